"""Throughput of the date resolver alone (no spaCy parse) on the TBAQ-cleaned TEXTs.

Usage::

    .venv/bin/python benchmarks/resolver_speed.py [CORPUS_DIR] [--repeat N]

Loads every TEXT with its DCT, compiles the rules once (not timed), then runs
``RuleBasedResolver(use_parse=False)`` over all documents ``--repeat`` times and prints the best
pass in words per second (words = whitespace-separated tokens). Then, for timelines without a
publication date, the CPU time of :func:`timeline.relative.relative_times` (where each time
lies relative to publication) on the expressions of the first ``--relative`` documents found
without their date, and with ``--relative-long KB`` on one long undated text (the TEXTs joined)
and on its first tenth: the time should grow about linearly with the text.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from timeline.evaluation.timeml import read_timeml
from timeline.pipeline import Document
from timeline.relative import relative_times
from timeline.resolver import RuleBasedResolver

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


def main(argv: list[str] | None = None) -> int:
    """Print words/s of the resolver; exit status 2 when the corpus is missing."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--relative", type=int, default=20, help="documents for relative_times (0: skip)")
    parser.add_argument(
        "--relative-long",
        type=int,
        default=0,
        metavar="KB",
        help="also relative_times on one undated text of KB kilobytes and on its first tenth",
    )
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    docs = []
    for path in sorted(corpus.rglob("*.tml")):
        gold = read_timeml(path)
        docs.append(Document(text=gold.text, publication_date=gold.dct))
    words = sum(len(d.text.split()) for d in docs)
    resolver = RuleBasedResolver(use_parse=False)
    resolver(Document(text="Friday, last week", publication_date=None))  # warm-up outside the timing
    best = best_cpu = float("inf")
    found = 0
    for _ in range(max(1, args.repeat)):
        started, started_cpu = time.perf_counter(), time.process_time()
        found = sum(len(resolver(d)) for d in docs)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    print(f"resolver only (no parse): {len(docs)} documents, {words} words, {found} expressions")
    print(f"best of {args.repeat}: {best:.3f}s = {words / best:,.0f} words/s")
    # CPU seconds do not count the time other processes take the core: steadier on a shared machine.
    print(f"best CPU of {args.repeat}: {best_cpu:.3f}s = {words / best_cpu:,.0f} words/s")
    if args.relative > 0:
        undated = [list(resolver(Document(text=d.text, publication_date=None))) for d in docs[: args.relative]]
        undated = [times for times in undated if times]
        started = time.process_time()
        for times in undated:
            relative_times(times)
        spent = time.process_time() - started
        print(
            f"relative_times (no publication date): {len(undated)} documents, {spent:.2f} s CPU "
            f"= {spent / max(1, len(undated)):.3f} s per document"
        )
    if args.relative_long > 0:
        joined = "\n\n".join(d.text for d in docs)
        while len(joined) < args.relative_long * 1000:
            joined += "\n\n" + joined
        long_text = joined[: args.relative_long * 1000]
        spent_by_size = []
        for text in (long_text[: len(long_text) // 10], long_text):
            times = list(resolver(Document(text=text, publication_date=None)))
            started = time.process_time()
            relative_times(times)
            spent_by_size.append(time.process_time() - started)
            print(
                f"relative_times on one undated text of {len(text) // 1000:,} KB ({len(times):,} expressions): "
                f"{spent_by_size[-1]:.2f} s CPU"
            )
        tenth, whole = spent_by_size
        print(f"  whole / (10 x its first tenth): {whole / max(1e-9, 10 * tenth):.2f} (1.0: linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
