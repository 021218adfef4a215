"""MATRES: start-point order of verb-event pairs, on the pairs the timeline decides.

Usage::

    .venv/bin/python benchmarks/matres.py [--split aquaint|timebank] [--limit N]

Each TBAQ-cleaned document is run through the whole pipeline from its raw ``<TEXT>`` with its DCT
as publication date. Gold events are matched to detected events by character overlap; a MATRES
pair is *decided* when the closure of the timeline's links (:func:`timeline.ordering.timeline_order`)
orders the two events' start points (``SIMULTANEOUS`` counts as EQUAL), else when both events are
placed in intervals that do not overlap (the earlier one's start is then before the later one's).
Printed: share of pairs decided (of all pairs, and of the pairs whose two events were detected),
accuracy on the decided pairs, the coverage/accuracy trade-off (pairs both the links and
the placed intervals decide, then those only the links decide, then those only the intervals
decide, with cumulative figures) and the confusion of decided labels. VAGUE gold pairs count
in the share and can never be right.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from timeline.evaluation.scorer import align_spans
from timeline.evaluation.timeml import read_timeml
from timeline.model import Relation
from timeline.ordering import start_order, timeline_order
from timeline.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
FOLDERS = {"aquaint": "AQUAINT", "timebank": "TimeBank"}
ALIASES = {"sarcozy": "sarkozy"}
_MATRES = {Relation.SIMULTANEOUS: "EQUAL"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="aquaint", choices=tuple(FOLDERS))
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    args = parser.parse_args(argv)
    data = Path(args.data)
    pairs_file = data / "matres" / f"{args.split}.txt"
    folder = data / "tempeval3" / "TBAQ-cleaned" / FOLDERS[args.split]
    if not pairs_file.is_file() or not folder.is_dir():
        print(f"data not found: {pairs_file} / {folder}", file=sys.stderr)
        return 2
    by_doc: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for line in pairs_file.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 6:
            by_doc[parts[0]].append((f"ei{parts[3]}", f"ei{parts[4]}", parts[5]))
    docs = sorted(by_doc)[: args.limit]
    pipeline = Pipeline()
    started = time.perf_counter()
    total = detected = decided = correct = 0
    confusion: Counter[tuple[str, str]] = Counter()
    # how the pair was decided -> [decided, correct]: the trade-off between coverage and accuracy
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for doc_id in docs:
        name = doc_id
        for old, new in ALIASES.items():
            name = name.replace(old, new)
        path = folder / f"{name}.tml"
        if not path.is_file():
            total += len(by_doc[doc_id])
            continue
        gold = read_timeml(path)
        timeline = pipeline(gold.text, gold.dct)
        event_of_instance = {i.eiid: i.event_id for i in gold.instances}
        gold_events = {e.eid: e for e in gold.events}
        entries = {e.event.id: e for e in timeline.entries}
        order = timeline_order(timeline)
        system_for_gold = {g.eid: s.id for g, s in align_spans(list(gold.events), list(timeline.events))}
        for eiid1, eiid2, label in by_doc[doc_id]:
            total += 1
            ids = [system_for_gold.get(event_of_instance.get(x, ""), "") for x in (eiid1, eiid2)]
            if not all(ids) or not all(event_of_instance.get(x) in gold_events for x in (eiid1, eiid2)):
                continue
            detected += 1
            first, second = entries.get(ids[0]), entries.get(ids[1])
            by_interval = None
            if first is not None and second is not None:
                by_interval = start_order(first.time.interval, second.time.interval)
            by_links = order.start_order(ids[0], ids[1])
            relation = by_links or by_interval
            if relation is None:
                continue
            decided += 1
            got = _MATRES.get(relation, relation.value)
            confusion[(label, got)] += 1
            correct += got == label
            source = "links only" if by_interval is None else "intervals only" if by_links is None else "both"
            by_source[source][0] += 1
            by_source[source][1] += got == label
    elapsed = time.perf_counter() - started
    print(f"MATRES {args.split}: {len(docs)} documents, {total} pairs, {elapsed:.1f}s")
    print(f"  both events detected: {detected} ({100 * detected / max(total, 1):.1f}%)")
    print(
        f"  decided: {decided} = {100 * decided / max(total, 1):.1f}% of all pairs, "
        f"{100 * decided / max(detected, 1):.1f}% of detected pairs"
    )
    print(f"  accuracy on decided pairs: {correct}/{decided} = {correct / max(decided, 1):.3f}")
    cumulative = [0, 0]
    for source in ("both", "links only", "intervals only"):
        n, right = by_source[source]
        cumulative = [cumulative[0] + n, cumulative[1] + right]
        print(
            f"  decided by {source}: {n} at {right / max(n, 1):.3f}; cumulative "
            f"{100 * cumulative[0] / max(total, 1):.1f}% of pairs at {cumulative[1] / max(cumulative[0], 1):.3f}"
        )
    print("  gold -> decided: " + ", ".join(f"{g}->{s} {n}" for (g, s), n in sorted(confusion.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
