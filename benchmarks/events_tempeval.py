"""Events and TLINKs from raw text on TempEval-3 (Task B and temporal awareness).

Usage::

    .venv/bin/python benchmarks/events_tempeval.py [--split AQUAINT|TimeBank] [--threshold T ...] [--limit N]

Runs the whole pipeline (dates, events, ordering) on each document's raw ``<TEXT>`` with its DCT
as publication date, writes TimeML, reads it back and scores it against the gold file with the
project's TempEval-3 scorer: event span F1 (strict/relaxed), class/tense/aspect/polarity
attribute F1, and temporal awareness of the TLINKs. The event lexicon is learned from
TimeBank only (``scripts/train_event_lexicon.py``), so the AQUAINT figures (default) are held
out. Several ``--threshold`` values score the same parses with each detector setting.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from timeline.evaluation.scorer import Scores, score_pair
from timeline.evaluation.timeml import parse_timeml, read_timeml
from timeline.events import SpacyEventDetector
from timeline.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
ROWS = (
    "event_strict",
    "event_relaxed",
    "event_class",
    "event_tense",
    "event_aspect",
    "event_polarity",
    "temporal_awareness",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="AQUAINT", choices=("AQUAINT", "TimeBank"))
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--threshold", type=float, nargs="*", default=[0.5])
    parser.add_argument("--verb-threshold", type=float, nargs="*", default=[0.3])
    parser.add_argument("--no-learned", action="store_true", help="hand lexicons only (the detector before training)")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    folder = Path(args.corpus) / args.split
    files = sorted(folder.glob("*.tml"))[: args.limit]
    if not files:
        print(f"corpus not found: {folder}", file=sys.stderr)
        return 2
    base = Pipeline()
    started = time.perf_counter()
    golds = [read_timeml(p) for p in files]
    documents = [base.document(g.text, g.dct) for g in golds]
    parse_s = time.perf_counter() - started
    print(f"TempEval-3 {args.split}: {len(files)} documents, parsed in {parse_s:.1f}s")
    print(f"{'setting':<22}" + "".join(f"{r.replace('temporal_awareness', 'TLINK awareness'):>20}" for r in ROWS))
    settings = [(t, v) for t in args.threshold for v in args.verb_threshold]
    for threshold, verb_threshold in settings:
        detector = SpacyEventDetector(learned=not args.no_learned, threshold=threshold, verb_threshold=verb_threshold)
        pipeline = Pipeline(detector=detector)
        t0 = time.perf_counter()
        counts = []
        for gold, document in zip(golds, documents, strict=True):
            timeline = pipeline.run(document)
            system = parse_timeml(timeline.to_timeml(doc_id=gold.doc_id), default_id=gold.doc_id)
            counts.append(score_pair(gold, system))
        scores = Scores(documents=tuple(counts))
        kind = "hand" if args.no_learned else "learned"
        label = f"{kind} t={threshold:g}/{verb_threshold:g} ({time.perf_counter() - t0:.1f}s)"
        cells = []
        for row in ROWS:
            c = getattr(scores, row)
            cells.append(f"{100 * c.precision:6.1f}/{100 * c.recall:5.1f}/{100 * c.f1:5.1f}")
        print(f"{label:<22}" + "".join(f"{c:>20}" for c in cells))
    print("cells: precision/recall/F1 in percent, micro-averaged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
