"""Speed of ``dateparser.search_dates`` on the TempEval-3 (TBAQ-cleaned) TEXTs: the peer figure.

Run in the library's venv (dateparser is already there):

    .venv/bin/python benchmarks/peers/dateparser_speed.py
    .venv/bin/python benchmarks/peers/dateparser_speed.py --strategy ngram --limit 30

Settings (printed too): ``languages=['en']`` (without it dateparser detects the language
and runs ~16x slower), the default search strategy ``"split"`` unless ``--strategy`` says
otherwise, and ``RELATIVE_BASE`` = the document's DCT, everything else dateparser's defaults
(``PREFER_DATES_FROM='current_period'``, ``PREFER_DAY_OF_MONTH='current'``, ...). One warm-up
call before timing, so the figure is steady-state throughput, not import and first-parse cost.

Prints documents, words, seconds, words/s and how many dates ``search_dates`` returned
(it returns no character offsets, so it is not scored against the gold timexes).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from datetime import datetime
from itertools import zip_longest
from pathlib import Path

from dateparser.search import search_dates

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT / "../shared/data/tempeval3/TBAQ-cleaned"
SUBCORPORA = ("TimeBank", "AQUAINT")


def read_text_and_dct(path: Path) -> tuple[str, datetime | None]:
    """The characters of TEXT and the DCT day of a TempEval-3 TimeML file."""
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    text = "".join(text_el.itertext()) if text_el is not None else ""
    dct: datetime | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            match = re.match(r"(\d{4})-(\d{2})-(\d{2})", timex.get("value", ""))
            if match:
                dct = datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            break
    return text, dct


def corpus_files(corpus: str, limit: int | None) -> list[Path]:
    """With ``all``, files taken in turn from AQUAINT and TimeBank (as ``benchmarks/tempeval3.py``)."""
    names = sorted(SUBCORPORA) if corpus == "all" else [corpus]
    groups = [sorted((CORPUS / name).rglob("*.tml")) for name in names]
    files = [p for batch in zip_longest(*groups) for p in batch if p is not None]
    return files[:limit] if limit is not None else files


def run(files: list[Path], strategy: str) -> None:
    docs = [read_text_and_dct(p) for p in files]
    words = sum(len(text.split()) for text, _ in docs)
    search_dates("The vote failed on Friday, March 22, 2024.", languages=["en"], strategy=strategy)  # warm-up
    found = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for text, dct in docs:
        settings = {"RELATIVE_BASE": dct} if dct is not None else {}
        result = search_dates(text, languages=["en"], settings=settings, strategy=strategy)
        found += len(result or [])
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"strategy: {strategy}")
    print(f"  documents: {len(docs)}")
    print(f"  words: {words}")
    print(f"  seconds: {elapsed:.2f}")
    print(f"  words/s: {words / elapsed:.0f}")
    print(f"  CPU seconds: {cpu:.2f} ({words / cpu:.0f} words per CPU-second; steadier on a busy machine)")
    print(f"  dates found: {found}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=[*SUBCORPORA, "all"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument(
        "--strategy",
        choices=["split", "ngram", "both"],
        default="split",
        help="dateparser search strategy (default: dateparser's default, split; ngram is ~10x slower)",
    )
    args = parser.parse_args(argv)
    files = corpus_files(args.corpus, args.limit)
    if not files:
        print(f"no .tml files under {CORPUS}", file=sys.stderr)
        return 1
    import dateparser

    print(
        f"dateparser {dateparser.__version__}: search_dates(text, languages=['en'], settings={{'RELATIVE_BASE': DCT}})"
    )
    print(f"corpus: TBAQ-cleaned {args.corpus}")
    for strategy in ("split", "ngram") if args.strategy == "both" else (args.strategy,):
        run(files, strategy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
