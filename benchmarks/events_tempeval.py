"""Events and TLINKs from raw text on TempEval-3 (Task B and temporal awareness).

Usage::

    .venv/bin/python benchmarks/events_tempeval.py [--split AQUAINT|TimeBank] [--threshold T ...] [--limit N]
    .venv/bin/python benchmarks/events_tempeval.py --factuality [--limit N]

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
import xml.etree.ElementTree as ET
from pathlib import Path

from timeline.evaluation.scorer import Scores, score_pair
from timeline.evaluation.timeml import parse_timeml, read_timeml
from timeline.events import SpacyEventDetector, factualities
from timeline.model import Polarity, Tense
from timeline.nlp import load_model, parse
from timeline.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
MEANTIME = REPO.parent / "shared" / "data" / "meantime" / "intra-doc_annotation"
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
    parser.add_argument("--factuality", action="store_true", help="score factuality on MEANTIME instead")
    args = parser.parse_args(argv)
    if args.factuality:
        return _factuality(MEANTIME, args.limit)
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


def _read_meantime(path: Path) -> tuple[str, dict[int, bool]]:
    """The text (tokens joined by spaces, a line per sentence) and, by character offset of each
    event mention's last token, whether the mention is non-factual."""
    root = ET.parse(path).getroot()
    parts: list[str] = []
    offsets: dict[str, int] = {}
    sentence = None
    length = 0
    for token in root.iter("token"):
        if sentence is not None and token.get("sentence") != sentence:
            parts.append("\n")
            length += 1
        elif parts:
            parts.append(" ")
            length += 1
        sentence = token.get("sentence")
        offsets[token.get("t_id", "")] = length
        parts.append(token.text or "")
        length += len(token.text or "")
    gold: dict[int, bool] = {}
    for mention in root.iter("EVENT_MENTION"):
        anchors = [a.get("t_id", "") for a in mention.iter("token_anchor")]
        if not anchors:
            continue
        non_factual = (
            mention.get("polarity") == "NEG"
            or mention.get("certainty") in ("POSSIBLE", "PROBABLE")
            or mention.get("time") == "FUTURE"
        )
        gold[offsets[anchors[-1]]] = non_factual
    return "".join(parts), gold


def _factuality(folder: Path, limit: int | None) -> int:
    files = sorted(folder.rglob("*.xml"))[:limit]
    if not files:
        print(f"corpus not found: {folder}", file=sys.stderr)
        return 2
    nlp = load_model()
    detector = SpacyEventDetector()
    counts = {"polarity+modality": [0, 0, 0], "... or future tense": [0, 0, 0], "factuality": [0, 0, 0]}  # tp, fp, fn
    aligned = 0
    for path in files:
        text, gold = _read_meantime(path)
        doc = parse(nlp, text)
        events = detector.detect(doc, nlp=nlp)
        found = factualities(doc, events, nlp=nlp)
        for event in events:
            truth = gold.get(event.start)
            if truth is None:
                continue
            aligned += 1
            future = event.tense is Tense.FUTURE
            flags = {
                "polarity+modality": event.polarity is Polarity.NEG or event.is_hypothetical,
                "... or future tense": event.polarity is Polarity.NEG or event.is_hypothetical or future,
                "factuality": future or found[event.id].value in ("hypothetical", "negated"),
            }
            for name, flagged in flags.items():
                c = counts[name]
                c[0] += flagged and truth
                c[1] += flagged and not truth
                c[2] += truth and not flagged
    print(f"MEANTIME: {len(files)} documents, {aligned} detected events aligned to a gold mention")
    print(f"{'flag non-factual by':<20}{'precision':>10}{'recall':>10}{'F1':>8}")
    for name, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:<20}{100 * p:10.1f}{100 * r:10.1f}{100 * f:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
