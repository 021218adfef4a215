"""TempEval-3 benchmark: annotate TBAQ-cleaned with the pipeline and print the scores.

Usage::

    .venv/bin/python benchmarks/tempeval3.py [CORPUS_DIR] [--limit N] [--only-timex] [--json]

CORPUS_DIR defaults to ``../shared/data/tempeval3/TBAQ-cleaned`` relative to the repo root.
Output goes to a temporary directory (``--keep DIR`` keeps it). ``--limit N`` takes N documents
alternately from each subcorpus so a small run still covers both. Figures are TempEval-3
conventions (see ``timeline.evaluation.scorer``), micro-averaged, in percent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import zip_longest
from pathlib import Path

import attrs

from timeline.evaluation.annotate import TIMEX_ONLY, annotate_files, load_pipeline
from timeline.evaluation.scorer import Counts, Scores, score_documents
from timeline.evaluation.timeml import TimeMLDocument, read_timeml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"

ROWS = (
    ("timex strict", "timex_strict"),
    ("timex relaxed", "timex_relaxed"),
    ("timex type", "timex_type"),
    ("timex value", "timex_value"),
    ("event strict", "event_strict"),
    ("event relaxed", "event_relaxed"),
    ("event class", "event_class"),
    ("event tense", "event_tense"),
    ("event aspect", "event_aspect"),
    ("event polarity", "event_polarity"),
    ("TLINK awareness", "temporal_awareness"),
)
TIMEX_ROWS = ROWS[:4]


def pick_files(corpus: Path, limit: int | None) -> list[Path]:
    """Every .tml, or ``limit`` of them taken in turn from each subcorpus folder."""
    groups = [sorted(d.rglob("*.tml")) for d in sorted(p for p in corpus.iterdir() if p.is_dir())]
    groups = [g for g in groups if g] or [sorted(corpus.glob("*.tml"))]
    interleaved = [p for batch in zip_longest(*groups) for p in batch if p is not None]
    return interleaved if limit is None else interleaved[:limit]


def table(parts: dict[str, Scores], rows: tuple[tuple[str, str], ...]) -> str:
    """P/R/F1 per metric, one column group per subcorpus."""
    names = list(parts)
    header = f"{'':<17}" + "".join(f"{name[:21]:^21}" for name in names)
    sub = f"{'metric':<17}" + "".join(f"{'P':>7}{'R':>7}{'F1':>7}" for _ in names)
    lines = [header, sub]
    for label, attr in rows:
        cells = []
        for name in names:
            c: Counts = getattr(parts[name], attr)
            cells.append(f"{100 * c.precision:7.2f}{100 * c.recall:7.2f}{100 * c.f1:7.2f}")
        lines.append(f"{label:<17}" + "".join(cells))
    lines.append(f"{'documents':<17}" + "".join(f"{len(parts[n].documents):>21}" for n in names))
    gold_counts = [
        f"{parts[n].timex_relaxed.gold_total}/{parts[n].event_relaxed.gold_total}/{parts[n].temporal_awareness.gold_total}"
        for n in names
    ]
    lines.append(f"{'gold tmx/evt/tl':<17}" + "".join(f"{c:>21}" for c in gold_counts))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Annotate, score and print; exit status 2 when the corpus is missing."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=None, help="annotate only N documents (alternating subcorpora)")
    parser.add_argument("--only-timex", action="store_true", help="time expressions only (resolver-only if offered)")
    parser.add_argument(
        "--pipeline", default=None, help="pipeline spec: module:function or resolver=...,detector=... (default full)"
    )
    parser.add_argument("--keep", default=None, help="write the system TimeML here instead of a temp dir")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    args = parser.parse_args(argv)

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    files = pick_files(corpus, args.limit)
    if args.pipeline:
        extract, mode = load_pipeline(args.pipeline), args.pipeline
    elif args.only_timex:
        # Pipeline(detector=NoEvents()): the resolver alone, no spaCy parse unless it asks for one.
        extract, mode = load_pipeline(TIMEX_ONLY), "resolver only (timex-only pipeline)"
    else:
        extract, mode = load_pipeline(), "timeline.extract_timeline"

    with tempfile.TemporaryDirectory(prefix="tempeval3-") as tmp:
        out = Path(args.keep) if args.keep else Path(tmp)
        started = time.perf_counter()
        report = annotate_files(corpus, out, files, extract=extract, log=sys.stderr)
        elapsed = time.perf_counter() - started
        pairs: list[tuple[TimeMLDocument, TimeMLDocument | None]] = []
        for path in files:
            rel = path.relative_to(corpus).as_posix()
            gold = read_timeml(path)
            pairs.append((_renamed(gold, rel), read_timeml(out / rel)))
        scores = score_documents(pairs)

    subcorpora = sorted({d.doc_id.split("/")[0] for d in scores.documents if "/" in d.doc_id})
    parts = {name: scores.subset(_in_folder(name)) for name in subcorpora}
    parts[f"all ({len(scores.documents)})"] = scores
    rows = TIMEX_ROWS if args.only_timex else ROWS
    if args.json:
        print(json.dumps({name: s.to_dict() for name, s in parts.items()}, indent=2))
    else:
        source = "TBAQ-cleaned" if corpus.resolve() == DEFAULT_CORPUS.resolve() else str(corpus)
        print(f"TempEval-3 scoring of {source}, {mode}: {len(files)} documents in {elapsed:.1f}s", end="")
        print(f" ({elapsed / max(len(files), 1):.2f}s/doc), {len(report.failures)} failed")
        print(table(parts, rows))
    return 0


def _in_folder(folder: str) -> Callable[[str], bool]:
    return lambda doc_id: doc_id.startswith(folder + "/")


def _renamed(doc: TimeMLDocument, doc_id: str) -> TimeMLDocument:
    return attrs.evolve(doc, doc_id=doc_id)


if __name__ == "__main__":
    sys.exit(main())
