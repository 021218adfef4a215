"""The ordering stage: interval relations, "in the meantime", the partial order of TLINKs and the links."""

from __future__ import annotations

from datetime import date, datetime

from builders import placed_entry
from strategies import links_of
from timeline import calendar as cal
from timeline import extract_timeline
from timeline.calendar import Granularity, Interval
from timeline.model import Relation
from timeline.ordering import (
    PartialOrder,
    _meantime,
    entry_start_order,
    interval_relation,
    start_order,
    timeline_order,
)
from timeline.ordering.graph import _POINTS


def _day(d: str) -> Interval:
    return cal.day_interval(date.fromisoformat(d))


def test_disjoint_days_are_ordered_both_ways() -> None:
    assert interval_relation(_day("2024-03-18"), _day("2024-03-22")) is Relation.BEFORE
    assert interval_relation(_day("2024-03-22"), _day("2024-03-18")) is Relation.AFTER


def test_same_or_overlapping_intervals_are_undecided() -> None:
    assert interval_relation(_day("2024-03-18"), _day("2024-03-18")) is None
    on_or_before = Interval(start=None, end=datetime(2024, 3, 23), granularity=Granularity.DAY)
    assert interval_relation(on_or_before, _day("2024-03-22")) is None
    assert interval_relation(on_or_before, _day("2024-03-18")) is None


def test_open_interval_ending_before_a_day_is_before_it() -> None:
    on_or_before = Interval(start=None, end=datetime(2024, 3, 19), granularity=Granularity.DAY)
    assert interval_relation(on_or_before, _day("2024-03-22")) is Relation.BEFORE
    assert start_order(_day("2024-03-22"), on_or_before) is Relation.AFTER


def test_start_of_an_event_that_includes_its_time_is_before_that_time() -> None:
    # "owns" going on at publication (INCLUDES the day) began at some unknown point before it:
    # an event of the day before is not known to start first, one of a later day starts after
    owns = placed_entry("owns", _day("2024-03-22"), Relation.INCLUDES)
    bought = placed_entry("bought", _day("2024-03-21"), Relation.IS_INCLUDED)
    sells = placed_entry("sells", _day("2024-03-25"), Relation.IS_INCLUDED)
    assert start_order(owns.time.interval, bought.time.interval) is Relation.AFTER  # the interval alone
    assert entry_start_order(owns, bought) is None
    assert entry_start_order(bought, owns) is None
    assert entry_start_order(owns, sells) is Relation.BEFORE
    assert entry_start_order(placed_entry("says", _day("2024-03-22"), Relation.IS_INCLUDED), bought) is Relation.AFTER
    assert entry_start_order(owns, placed_entry("said", _day("2024-03-22"), Relation.IS_INCLUDED)) is Relation.BEFORE


def test_meantime_markers_open_or_set_off_the_sentence() -> None:
    assert _meantime("In the meantime, Netanyahu has done plenty of talking himself.")
    assert _meantime("Meanwhile the talks went on.")
    assert _meantime("“Since then, nothing has changed,” he said.")
    assert _meantime("The talks, meanwhile, went on.")
    assert not _meantime("He said the meantime was short.")
    assert not _meantime("The talks went on on Monday.")


# --- the partial order --------------------------------------------------------------------------
def test_partial_order_closes_transitively_and_refuses_contradictions() -> None:
    order = PartialOrder()
    assert order.add("e1", Relation.BEFORE, "e2")
    assert order.add("e2", Relation.IS_INCLUDED, "t1")
    assert order.add("t1", Relation.BEFORE, "t0")
    assert order.relation("e1", "t0") is Relation.BEFORE
    assert order.relation("t0", "e2") is Relation.AFTER
    assert order.relation("t1", "e2") is Relation.INCLUDES
    assert not order.add("t0", Relation.BEFORE, "e1")  # e1 < e2 < t1 < t0
    assert not order.add("e2", Relation.SIMULTANEOUS, "t1")  # e2 is inside t1, not all of it
    assert order.relation("e1", "t9") is None
    assert order.start_order("e1", "e2") is Relation.BEFORE
    assert order.start_order("t1", "e2") is Relation.BEFORE


def test_partial_order_merges_simultaneous_nodes() -> None:
    order = PartialOrder()
    assert order.add("t1", Relation.SIMULTANEOUS, "t0")
    assert order.add("e1", Relation.BEFORE, "t1")
    assert order.add("e2", Relation.AFTER, "t0")
    assert order.relation("e1", "e2") is Relation.BEFORE
    assert order.start_order("t1", "t0") is Relation.SIMULTANEOUS
    assert not order.add("e2", Relation.BEFORE, "t1")


def test_partial_order_agrees_with_the_scorers_closure() -> None:
    """Random links: whatever the order accepts, the TempEval-3 scorer's closure of the accepted
    links implies exactly the relations the order reports."""
    import random

    from timeline.evaluation.scorer import _Closure, link_constraints

    rng = random.Random(7)
    relations = [
        Relation.BEFORE,
        Relation.AFTER,
        Relation.INCLUDES,
        Relation.IS_INCLUDED,
        Relation.SIMULTANEOUS,
        Relation.IBEFORE,
        Relation.BEGINS,
        Relation.ENDED_BY,
    ]
    for _ in range(20):
        nodes = [f"n{i}" for i in range(8)]
        order = PartialOrder()
        order.reserve((n, side) for n in rng.sample(nodes, len(nodes)) for side in "-+")
        accepted = []
        for _ in range(14):
            a, b = rng.sample(nodes, 2)
            relation = rng.choice(relations)
            if order.add(a, relation, b):
                accepted.append((a, relation.value, b))
        closure = _Closure(c for s, r, t in accepted if (c := link_constraints(s, r, t)) is not None)
        for a in nodes:
            for b in nodes:
                if a == b:
                    continue
                for relation in relations:
                    implied = closure.verifies(link_constraints(a, relation.value, b) or frozenset())
                    holds = all(order._holds(op, left, right, a, b) for op, left, right in _POINTS[relation])
                    assert implied == holds, (accepted, a, relation, b)


def test_links_from_tense_and_clauses() -> None:
    links = links_of("Officials said the ship had sunk after it hit a mine. They plan to raise it.")
    assert ("sunk", "BEFORE", "said") in links  # past perfect reported by a past saying
    assert ("hit", "BEFORE", "sunk") in links  # "sunk after it hit"
    assert ("said", "BEFORE", "t0") in links  # past tense against publication
    assert ("raise", "AFTER", "plan") in links  # intended: after the intending
    assert ("plan", "INCLUDES", "t0") in links  # present tense: going on at publication


def test_links_are_consistent_and_order_dated_events() -> None:
    timeline = extract_timeline("The vote failed on March 3. The envoy will return on April 2.", "2024-03-22")
    order = timeline_order(timeline)
    failed = next(e for e in timeline.events if e.text == "failed")
    ret = next(e for e in timeline.events if e.text == "return")
    assert order.relation(failed.id, ret.id) is Relation.BEFORE
    assert order.relation(failed.id, "t0") is Relation.BEFORE
    assert len(order) == len(timeline.links)  # every link the timeline states fits the others


def test_links_between_sentences() -> None:
    links = links_of(
        "A bomb exploded near the embassy. Witnesses said the explosion shook the city. "
        "The explosion was heard miles away."
    )
    assert ("explosion", "IDENTITY", "explosion") in links  # the event noun named again


def test_links_at_the_ends_of_the_calendar() -> None:
    for published in ("0001-01-01", "9999-12-31"):
        timeline = extract_timeline("Friday the talks failed. They will resume tomorrow. He had left.", published)
        assert len(timeline_order(timeline)) == len(timeline.links)


def test_past_events_deep_in_what_is_reported_precede_the_saying() -> None:
    links = links_of("Officials said the bomb that exploded near the gate killed dozens.")
    assert ("killed", "BEFORE", "said") in links
    assert ("exploded", "BEFORE", "said") in links


def test_a_search_that_gives_up_refuses_the_link_and_answers_nothing(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline.ordering import graph

    monkeypatch.setattr(graph, "SEARCH_BUDGET", 5)
    order = PartialOrder()
    for i in range(20):
        assert order.add(f"e{i}", Relation.BEFORE, f"e{i + 1}")
    assert order.start_order("e0", "e1") is Relation.BEFORE  # found within the budget
    assert order.start_order("e0", "e20") is None  # too far to settle
    assert not order.add("e20", Relation.BEFORE, "e0")  # not known consistent: refused
    monkeypatch.setattr(graph, "SEARCH_BUDGET", 10_000)
    assert order.start_order("e0", "e20") is Relation.BEFORE


ARTICLE = (
    "The company said on Monday that it had cut 500 jobs. Workers protested on Tuesday. "
    "The union met on Wednesday and voted to strike. Managers will meet next week. "
    "Officials said the plant closed in 2019. It reopened last year after talks failed. "
) * 4


def test_long_texts_are_linked_window_by_window_consistently(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline.ordering import links as links_module

    whole = extract_timeline(ARTICLE, publication_date="2024-03-22")
    monkeypatch.setattr(links_module, "WINDOW_EVENTS", 7)
    windowed = extract_timeline(ARTICLE, publication_date="2024-03-22")
    assert windowed.entries == whole.entries  # placements do not depend on the links
    assert windowed.links
    assert len(PartialOrder(windowed.links)) == len(windowed.links)  # the union is consistent
    keys = [(link.source, link.relation, link.target) for link in windowed.links]
    assert len(keys) == len(set(keys))
    ids = {e.id for e in windowed.events} | {t.id for t in windowed.times} | {"t0"}
    assert all(k[0] in ids and k[2] in ids for k in keys)


def test_an_event_negated_by_its_governing_verb_is_notplaced_entry() -> None:
    tl = extract_timeline("The minister refused to attend the summit on Friday.", publication_date="2024-03-22")
    assert "refused" in [entry.event.text for entry in tl.entries]
    assert "attend" in [event.text for event in tl.unplaced]


def test_the_parse_columns_answer_as_the_tokens_do() -> None:
    """The stage's column reads (``Parse``) equal spaCy's own ``char_span(...).root``, heads,
    labels and sentence starts, for every character range of a small hand-parsed text."""
    import spacy
    from spacy.tokens import Doc

    from timeline.ordering.parse import Parse

    words = ["They", "met", "after", "talks", "failed", ".", "Then", "they", "left", "."]
    heads = [1, 1, 1, 4, 2, 1, 8, 8, 8, 8]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "advcl", "punct", "advmod", "nsubj", "ROOT", "punct"]
    spaces = [True, True, True, True, False, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    parse = Parse(doc)
    assert [parse.head(t.i) for t in doc] == [t.head.i for t in doc]
    assert [parse.dep(t.i) for t in doc] == deps
    assert parse.sentence_starts() == [s.start_char for s in doc.sents] == [0, 29]
    for start in range(len(doc.text) + 1):
        for end in range(start, len(doc.text) + 2):
            span = doc.char_span(start, end, alignment_mode="expand")
            assert parse.root(start, end) == (span.root.i if span is not None and len(span) else None), (start, end)


def test_reserved_points_in_any_order_keep_each_node_a_proper_interval() -> None:
    """``reserve`` with an end listed before its start (renumbered) or alone (its start made up)."""
    order = PartialOrder()
    order.reserve([("e2", "+"), ("e1", "-"), ("e2", "-"), ("e3", "+"), ("e1", "+")])
    assert "e3" in order and "e4" not in order
    assert not order.add("e2", Relation.SIMULTANEOUS, "e2")
    assert order.add("e2", Relation.BEFORE, "e1")
    assert order.add("e3", Relation.IBEFORE, "e2")
    assert order.relation("e3", "e1") is Relation.BEFORE
    assert not order.add("e1", Relation.BEFORE, "e3")
    assert not order.add("e2", Relation.INCLUDES, "e2")
    order.reserve([("e1", "-"), ("e4", "-")])
    assert order.add("e4", Relation.AFTER, "e1") and order.relation("e3", "e4") is Relation.BEFORE


def test_a_present_tense_report_happens_on_the_day_of_publication() -> None:
    """ "says" is a report made that day (IS_INCLUDED in it); "believes" goes on over it."""
    timeline = extract_timeline("The minister says the talks failed. The minister believes it.", "2024-03-22")
    entries = {entry.event.text: entry for entry in timeline}
    assert entries["says"].relation is Relation.IS_INCLUDED and entries["says"].time.value == "2024-03-22"
    assert entries["believes"].relation is Relation.INCLUDES and entries["believes"].time.value == "2024-03-22"


def test_a_time_under_since_after_before_or_until_bounds_its_event() -> None:
    """ "since Jan. 13" is when the losses began, not the day they happened on; TimeML links the
    event BEGUN_BY, AFTER or BEFORE the time, and a time it goes on until gets no link."""
    text = (
        "The company has lost money since Jan. 13. The vote came after Tuesday. "
        "Prices rose ahead of the weekend. Talks will continue until Friday."
    )
    timeline = extract_timeline(text, "2024-03-20")
    times = {t.text: t.id for t in timeline.times}
    entries = {entry.event.text: entry for entry in timeline}
    lost, came, rose, talks = entries["lost"], entries["came"], entries["rose"], entries["continue"]
    assert (lost.relation, lost.time.timex_id) == (Relation.BEGUN_BY, times["Jan. 13"])
    assert lost.time.interval.start == datetime(2024, 1, 13) and lost.time.interval.end is None
    assert (came.relation, came.time.timex_id) == (Relation.AFTER, times["Tuesday"])
    assert came.time.interval.start == datetime(2024, 3, 20)
    assert (rose.relation, rose.time.timex_id) == (Relation.BEFORE, times["the weekend"])
    assert talks.time.timex_id is None  # up to Friday, from publication on (future tense)
    assert (talks.time.interval.start, talks.time.interval.end) == (datetime(2024, 3, 20), datetime(2024, 3, 23))


def test_what_depends_on_a_present_tense_is_not_placed_at_publication_by_it() -> None:
    """ "faces" goes on at publication; the invasion it is about need not (TimeML: it is over)."""
    timeline = extract_timeline("The minister faces criticism over the invasion.", "2024-03-22")
    entries = {entry.event.text: entry for entry in timeline}
    assert entries["faces"].relation is Relation.INCLUDES
    assert "invasion" not in entries
