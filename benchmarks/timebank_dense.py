"""TimeBank-Dense: the timeline's relations on the dense links of the test split.

Usage::

    .venv/bin/python benchmarks/timebank_dense.py [--split test|dev|train] [--learned-order]

Each document of the split (9 test documents by default, the standard CAEVO split) is run
through the whole pipeline from its raw TBAQ-cleaned ``<TEXT>`` with its DCT. Gold events and
times are matched to detected ones by character overlap; ``t0`` is the publication day. Every
gold pair gets a label: first from the closure of the timeline's links
(:func:`timeline.ordering.timeline_order`: ``b``, ``a``, ``i``, ``ii``, ``s``); where it says
nothing, ``b``/``a`` when the two placed intervals do not overlap, ``ii``/``i`` when a placed
event lies inside a time expression's interval (or the DCT's day) or the time inside it, else
``v`` (vague). Printed: micro F1 over all pairs (every pair labelled, so it equals accuracy, the
figure CAEVO's 0.507 is), and precision/recall/F1 of the non-vague labels. ``--learned-order``
adds the links of the opt-in pair classifier (:mod:`timeline.ordering.pairs`), which was trained
on MATRES TimeBank pairs: these documents are TimeBank documents, so with it the figure is not
held out.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from timeline import calendar as cal
from timeline.calendar import Interval
from timeline.evaluation.scorer import align_spans
from timeline.evaluation.timeml import read_timeml
from timeline.model import Relation
from timeline.ordering import AnchoringOrderer, interval_relation, timeline_order
from timeline.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
_LABEL = {Relation.BEFORE: "b", Relation.AFTER: "a"}
_ORDER_LABEL = {
    Relation.BEFORE: "b",
    Relation.IBEFORE: "b",
    Relation.AFTER: "a",
    Relation.IAFTER: "a",
    Relation.INCLUDES: "i",
    Relation.BEGUN_BY: "i",
    Relation.ENDED_BY: "i",
    Relation.IS_INCLUDED: "ii",
    Relation.BEGINS: "ii",
    Relation.ENDS: "ii",
    Relation.SIMULTANEOUS: "s",
}


def _label(a: Interval, b: Interval, a_is_time: bool, b_is_time: bool) -> str:
    relation = interval_relation(a, b)
    if relation is not None:
        return _LABEL[relation]
    if b_is_time and b.is_bounded and b.covers(a) and not (a_is_time and a == b):
        return "ii"
    if a_is_time and a.is_bounded and a.covers(b) and not (b_is_time and a == b):
        return "i"
    if a_is_time and b_is_time and a == b and a.is_bounded:
        return "s"
    return "v"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="test", choices=("train", "dev", "test"))
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument(
        "--learned-order",
        action="store_true",
        help="with the pair classifier's links (opt-in; it was trained on TimeBank, so not held out here)",
    )
    args = parser.parse_args(argv)
    data = Path(args.data)
    dense = data / "timebank-dense"
    folder = data / "tempeval3" / "TBAQ-cleaned" / "TimeBank"
    if not (dense / "split.tsv").is_file() or not folder.is_dir():
        print(f"data not found under {data}", file=sys.stderr)
        return 2
    docs = [
        line.split("\t")[0]
        for line in (dense / "split.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#") and line.split("\t")[1] == args.split
    ]
    links: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for line in (dense / "TimebankDense.full.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[0] in docs:
            links[parts[0]].append((parts[1], parts[2], parts[3]))
    pipeline = Pipeline(orderer=AnchoringOrderer(learned_order=args.learned_order))
    started = time.perf_counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for doc_id in docs:
        gold = read_timeml(folder / f"{doc_id}.tml")
        timeline = pipeline(gold.text, gold.dct)
        order = timeline_order(timeline)
        node: dict[str, str] = {"t0": "t0"}
        intervals: dict[str, tuple[Interval, bool]] = {}
        if timeline.publication_date is not None:
            intervals["t0"] = (cal.day_interval(timeline.publication_date), True)
        entries = {e.event.id: e for e in timeline.entries}
        for g, s in align_spans(list(gold.events), list(timeline.events)):
            node[g.eid] = s.id
            if s.id in entries:
                intervals[g.eid] = (entries[s.id].time.interval, False)
        for g_t, s_t in align_spans(list(gold.timexes), list(timeline.times)):
            node[g_t.tid] = s_t.id
            if s_t.interval is not None:
                intervals[g_t.tid] = (s_t.interval, True)
        for a, b, label in links[doc_id]:
            got = "v"
            relation = order.relation(node[a], node[b]) if a in node and b in node else None
            if relation is not None:
                got = _ORDER_LABEL.get(relation, "v")
            elif a in intervals and b in intervals:
                got = _label(intervals[a][0], intervals[b][0], intervals[a][1], intervals[b][1])
            confusion[(label, got)] += 1
    total = sum(confusion.values())
    correct = sum(n for (g, s), n in confusion.items() if g == s)
    sys_nv = sum(n for (_, s), n in confusion.items() if s != "v")
    gold_nv = sum(n for (g, _), n in confusion.items() if g != "v")
    right_nv = sum(n for (g, s), n in confusion.items() if g == s != "v")
    p, r = right_nv / max(sys_nv, 1), right_nv / max(gold_nv, 1)
    print(f"TimeBank-Dense {args.split}: {len(docs)} documents, {total} links, {time.perf_counter() - started:.1f}s")
    print(f"  micro F1 (all pairs, = accuracy): {correct / max(total, 1):.3f}")
    print(f"  non-vague labels: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} ({sys_nv} decided)")
    print("  gold -> system: " + ", ".join(f"{g}->{s} {n}" for (g, s), n in sorted(confusion.items()) if n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
