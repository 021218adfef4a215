"""MATRES: start-point order of verb-event pairs, on the pairs the timeline decides.

Usage::

    .venv/bin/python benchmarks/matres.py [--split aquaint|timebank] [--limit N] [--by-rule]

Each TBAQ-cleaned document is run through the whole pipeline from its raw ``<TEXT>`` with its DCT
as publication date, with an event model that has not seen the split
(``events_tempeval.held_out_learned``: for AQUAINT, one trained on TimeBank only). Gold events
are matched to detected events by character overlap; a MATRES pair is *decided* when the
closure of the timeline's anchors and links orders the two events' start points
(:func:`timeline.ordering.pairs.start_point_order`, which reads an event's link to the
publication as one to the moment of writing, inside the day of publication, an event's
inherited time as one it was going on at, and two events at the same time as overlapping; equal
starts count as EQUAL), else when both events are placed and where their starts can lie does not
overlap (:func:`timeline.ordering.entry_start_order`: inside the placed interval, before it
for an event that includes its time, such as a present state going on at publication, or
before its end for an event with the time of the verb it depends on).
Printed: share of pairs decided (of all pairs, and of the pairs whose two events were detected),
accuracy on the decided pairs, the coverage/accuracy trade-off (pairs both the links and
the placed intervals decide, then those only the links decide, then those only the intervals
decide, with cumulative figures) and the confusion of decided labels. ``--by-rule`` then lists
what decided the pairs, right and wrong: the anchor or link whose addition first ordered each
pair (its reason with the words blanked, as ``events_tempeval.py --tlink-rules`` names rules),
and the placements of the two events for pairs only their intervals decide. VAGUE gold pairs count
in the share and can never be right.

Then the trade-off of the learned pairwise classifier (:mod:`timeline.ordering.pairs`, trained
on TimeBank only): the same documents ordered by the rules alone (``learned_order=False``),
then with the classifier's links added most confident first down to each confidence, as the
orderer adds them (a link contradicting the order is refused). The shipped threshold (chosen on
TimeBank by ``scripts/train_pair_order.py``) is marked; the headline figures above use it
(``AnchoringOrderer(learned_order=True)``; the default orderer is the "rules only" row).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import attrs
from events_tempeval import _rule_of, held_out_learned

from timeline.evaluation.scorer import align_spans
from timeline.evaluation.timeml import read_timeml
from timeline.events import SpacyEventDetector
from timeline.model import Relation, Timeline
from timeline.ordering import AnchoringOrderer, PartialOrder, entry_start_order
from timeline.ordering.pairs import (
    PairContext,
    classifier_proposals,
    event_tokens,
    load_pair_model,
    start_point_links,
    start_point_order,
)
from timeline.ordering.parse import Parse
from timeline.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
FOLDERS = {"aquaint": "AQUAINT", "timebank": "TimeBank"}
ALIASES = {"sarcozy": "sarkozy"}
_MATRES = {Relation.SIMULTANEOUS: "EQUAL"}
CUTS = (1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="aquaint", choices=tuple(FOLDERS))
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument(
        "--by-rule",
        action="store_true",
        help="which anchor or link decided each pair (right/wrong per rule), and the placements of pairs decided "
        "by intervals only",
    )
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
    # the event detector's learned model must not have seen the split either
    learned, note = held_out_learned(FOLDERS[args.split])
    print(note)
    detector = SpacyEventDetector(learned=learned)
    pipeline = Pipeline(detector=detector, orderer=AnchoringOrderer(learned_order=True))
    rules_only = Pipeline(detector=detector, orderer=AnchoringOrderer(learned_order=False))
    model = load_pair_model()
    # confidence cut -> [decided, correct] with the rules' links and the classifier's above it
    curve: dict[float, list[int]] = {cut: [0, 0] for cut in CUTS}
    started = time.perf_counter()
    total = detected = decided = correct = 0
    confusion: Counter[tuple[str, str]] = Counter()
    # how the pair was decided -> [decided, correct]: the trade-off between coverage and accuracy
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    # --by-rule: what decided a pair -> [decided, correct]
    by_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for doc_id in docs:
        name = doc_id
        for old, new in ALIASES.items():
            name = name.replace(old, new)
        path = folder / f"{name}.tml"
        if not path.is_file():
            total += len(by_doc[doc_id])
            continue
        gold = read_timeml(path)
        document = pipeline.document(gold.text, gold.dct)
        timeline = pipeline.run(document)
        event_of_instance = {i.eiid: i.event_id for i in gold.instances}
        gold_events = {e.eid: e for e in gold.events}
        entries = {e.event.id: e for e in timeline.entries}
        order = start_point_order(timeline)
        system_for_gold = {g.eid: s.id for g, s in align_spans(list(gold.events), list(timeline.events))}
        pairs = []
        for eiid1, eiid2, label in by_doc[doc_id]:
            ids = [system_for_gold.get(event_of_instance.get(x, ""), "") for x in (eiid1, eiid2)]
            if all(ids) and all(event_of_instance.get(x) in gold_events for x in (eiid1, eiid2)):
                pairs.append((ids[0], ids[1], label))
        if model is not None and document.parse is not None:
            _trade_off(rules_only.run(document), document.parse, model, pairs, curve)
        if args.by_rule:
            _attribute(timeline, pairs, by_rule)
        for eiid1, eiid2, label in by_doc[doc_id]:
            total += 1
            ids = [system_for_gold.get(event_of_instance.get(x, ""), "") for x in (eiid1, eiid2)]
            if not all(ids) or not all(event_of_instance.get(x) in gold_events for x in (eiid1, eiid2)):
                continue
            detected += 1
            first, second = entries.get(ids[0]), entries.get(ids[1])
            by_interval = None
            if first is not None and second is not None:
                by_interval = entry_start_order(first, second)
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
            if args.by_rule and by_links is None and first is not None and second is not None:
                kinds = f"intervals only: {_rule_of(first.reason)[:40]} | {_rule_of(second.reason)[:40]}"
                by_rule[kinds][0] += 1
                by_rule[kinds][1] += got == label
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
    if args.by_rule:
        print("  decided by (the anchor or link whose addition first ordered the pair; most wrong first):")
        print("    decided  right  accuracy  rule")
        for rule, (n, right) in sorted(by_rule.items(), key=lambda item: (item[1][1] - item[1][0], -item[1][0])):
            if n - right >= 2:
                print(f"    {n:>7}  {right:>5}  {right / n:8.3f}  {rule}")
    if model is not None:
        print("  trade-off: links of the rules, plus the classifier's down to a confidence (links only, no intervals)")
        print("    confidence >=   decided (% of all pairs)   accuracy")
        for cut in CUTS:
            n, right = curve[cut]
            label = "rules only" if cut > 1 else f"{cut:.2f}"
            mark = "  <- shipped threshold" if abs(cut - model.threshold) < 1e-9 else ""
            print(f"    {label:>13}   {n:>6} ({100 * n / max(total, 1):5.1f}%)         {right / max(n, 1):.3f}{mark}")
        half = next((cut for cut in CUTS if curve[cut][0] >= total / 2), None)
        at_half = f"{curve[half][1] / max(curve[half][0], 1):.3f}" if half is not None else "never reached"
        print(f"  target (>= 50% of pairs decided at >= 0.85): accuracy where the curve first decides half: {at_half}")
    return 0


def _attribute(timeline: Timeline, pairs: list[tuple[str, str, str]], by_rule: dict[str, list[int]]) -> None:
    """Add to ``by_rule`` each pair the timeline's links order, under the anchor or link whose
    addition (in :func:`timeline.ordering.pairs.start_point_order`'s order) first ordered it: the rule
    that decided it, with its reason's words blanked."""
    order = PartialOrder()
    anchors, links = start_point_links(timeline)
    steps = [(link.source, link.relation, link.target, f"anchor: {_rule_of(link.reason)}") for link in anchors]
    steps += [(link.source, link.relation, link.target, _rule_of(link.reason)) for link in links]
    pending = list(pairs)
    for source, relation, target, rule in steps:
        if not pending or not order.add(source, relation, target):
            continue
        left = []
        for a, b, label in pending:
            found = order.start_order(a, b)
            if found is None:
                left.append((a, b, label))
                continue
            by_rule[rule][0] += 1
            by_rule[rule][1] += _MATRES.get(found, found.value) == label
        pending = left


def _trade_off(
    rules: Timeline, parse: object, model: object, pairs: list[tuple[str, str, str]], curve: dict[float, list[int]]
) -> None:
    """Add to ``curve`` the pairs decided (and right) at each confidence cut: the order of the
    rules' links, then the classifier's proposals added most confident first."""
    from timeline.ordering.pairs import PairModel

    assert isinstance(model, PairModel)
    order: PartialOrder = start_point_order(rules)
    events = list(rules.events)
    columns = Parse(parse)  # type: ignore[arg-type]
    context = PairContext.build(events, columns, event_tokens(columns, events), rules.entries)
    everything = attrs.evolve(model, threshold=0.0)
    proposals = classifier_proposals(events, context, everything)
    i = 0
    for cut in CUTS:
        while i < len(proposals) and proposals[i][0] >= cut:
            _, first, relation, second = proposals[i]
            order.add(first.id, relation, second.id)
            i += 1
        for a, b, label in pairs:
            relation = order.start_order(a, b)
            if relation is not None:
                curve[cut][0] += 1
                curve[cut][1] += _MATRES.get(relation, relation.value) == label


if __name__ == "__main__":
    sys.exit(main())
