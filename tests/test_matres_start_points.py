"""Start-point order (MATRES): the publication as the moment of writing, inside its day."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from builders import placed_entry
from timeline import calendar as cal
from timeline.calendar import Granularity, Interval
from timeline.model import (
    Event,
    Placement,
    Relation,
    TemporalLink,
    Tense,
    TextSpan,
    Timeline,
    TimelineEntry,
)
from timeline.ordering import PartialOrder, entry_start_order, pairs, timeline_order
from timeline.ordering.pairs import LABELS, PairModel, event_tokens, start_point_order
from timeline.ordering.parse import Parse

PUBLISHED = date(2024, 3, 22)
DAY = cal.day_interval(PUBLISHED)


# "Shares fell. On Friday the company said it will cut jobs; it says demand is weak; it owns
# three plants", published on that Friday: "fell" has no time of its own (on or before
# publication), "said" is dated by "Friday" (t1, the day of publication).
ON_OR_BEFORE = Interval(start=None, end=DAY.end, granularity=Granularity.DAY)
ON_OR_AFTER = Interval(start=DAY.start, end=None, granularity=Granularity.DAY)
FELL = placed_entry("fell", ON_OR_BEFORE, Relation.BEFORE, tense=Tense.PAST, timex_id="t0")
SAID = placed_entry("said", DAY, Relation.IS_INCLUDED, tense=Tense.PAST, timex_id="t1")
CUT = placed_entry("cut", ON_OR_AFTER, Relation.AFTER, tense=Tense.FUTURE, timex_id="t0")
SAYS = placed_entry("says", DAY, Relation.IS_INCLUDED, tense=Tense.PRESENT, timex_id="t0")
OWNS = placed_entry("owns", DAY, Relation.INCLUDES, tense=Tense.PRESENT, timex_id="t0")


def _timeline(*entries: TimelineEntry, links: tuple[TemporalLink, ...]) -> Timeline:
    """A timeline of hand-placed entries, published on PUBLISHED, with the links the orderer would state."""
    return Timeline(text="", publication_date=PUBLISHED, entries=entries, links=links)


TIMELINE = _timeline(
    FELL,
    SAID,
    CUT,
    SAYS,
    OWNS,
    links=(TemporalLink(source="t1", target="t0", relation=Relation.SIMULTANEOUS, reason="the times' intervals"),),
)


def test_a_past_event_with_no_time_of_its_own_may_be_of_the_day_of_publication() -> None:
    # before the moment of writing, not before the day began: "fell" may follow what was said Friday
    assert timeline_order(TIMELINE).start_order("fell", "said") is Relation.BEFORE  # the day read as a point
    order = start_point_order(TIMELINE)
    assert order.start_order("fell", "said") is None
    assert order.start_order("said", "fell") is None


def test_the_tenses_still_order_events_around_the_moment_of_writing() -> None:
    order = start_point_order(TIMELINE)
    assert order.start_order("fell", "cut") is Relation.BEFORE
    assert order.start_order("fell", "says") is Relation.BEFORE
    assert order.start_order("owns", "says") is Relation.BEFORE
    assert order.start_order("says", "cut") is Relation.BEFORE
    assert order.start_order("t1", "t0") is Relation.SIMULTANEOUS  # times keep the day


def test_a_state_going_on_at_publication_may_have_begun_that_day() -> None:
    # "owns" includes the moment of writing: it began before it, maybe after what was said Friday
    assert entry_start_order(OWNS, SAID) is None
    assert entry_start_order(SAID, OWNS) is None
    # against what is itself placed at the moment of writing, it began first
    assert entry_start_order(OWNS, SAYS) is Relation.BEFORE
    # a state on a dated day still began before that day
    friday = placed_entry("closed", DAY, Relation.INCLUDES, tense=Tense.PAST, timex_id="t1")
    assert (
        entry_start_order(friday, placed_entry("rose", DAY, Relation.IS_INCLUDED, tense=Tense.PAST, timex_id="t2"))
        is Relation.BEFORE
    )


def test_the_classifier_states_an_order_the_rules_already_imply(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' order (the publication read as a day) implies "fell" before "said"; the
    # start-point order does not, so the classifier's agreement is still proposed as a link
    import spacy

    doc = spacy.blank("en")("Shares fell. The company said so.")
    events = [
        Event(
            id=f"e{i}",
            text=doc[i].text,
            start=doc[i].idx,
            end=doc[i].idx + len(doc[i]),
            sentence=TextSpan(text=doc.text, start=0, end=len(doc.text)),
            lemma=doc[i].lower_,
            pos="VERB",
            tense=Tense.PAST,
        )
        for i in (1, 5)
    ]
    model = PairModel.from_dict({"labels": LABELS, "bias": [3.0, 0.0, 0.0, 0.0], "weights": {}, "threshold": 0.8})
    monkeypatch.setattr(pairs, "load_pair_model", lambda language="en": model)
    order = PartialOrder()
    order.add("e1", Relation.BEFORE, "t0")
    order.add("e5", Relation.IS_INCLUDED, "t0")
    parse = Parse(doc)
    proposed = pairs.proposals_for(events, parse, event_tokens(parse, events), (), order)
    assert [(a.id, relation, b.id) for _, a, relation, b in proposed] == [("e1", Relation.BEFORE, "e5")]


def _inherited(word: str, relation: Relation, interval: Interval, timex_id: str, tense: Tense) -> TimelineEntry:
    return attrs.evolve(
        placed_entry(word, interval, relation, tense=tense, timex_id=timex_id), placement=Placement.INHERITED
    )


THURSDAY = cal.day_interval(date(2024, 3, 21))
SATURDAY = cal.day_interval(date(2024, 3, 23))


def test_an_event_with_the_time_of_the_verb_it_depends_on_began_at_some_point_before_its_end() -> None:
    # "Investors disregarded the gains Friday (t1), betting that rates would fall": "betting" takes
    # Friday from "disregarded"; it was going on then, which does not say it began after Thursday
    betting = _inherited("betting", Relation.IS_INCLUDED, DAY, "t1", Tense.PRESPART)
    said = placed_entry("said", THURSDAY, Relation.IS_INCLUDED, tense=Tense.PAST, timex_id="t2")
    opens = placed_entry("opens", SATURDAY, Relation.IS_INCLUDED, tense=Tense.PRESENT, timex_id="t3")
    timeline = _timeline(
        betting,
        said,
        opens,
        links=(
            TemporalLink(source="t2", target="t1", relation=Relation.BEFORE, reason="the times' intervals"),
            TemporalLink(source="t1", target="t3", relation=Relation.BEFORE, reason="the times' intervals"),
        ),
    )
    order = start_point_order(timeline)
    assert order.start_order("said", "betting") is None
    assert entry_start_order(said, betting) is None
    # it began before Friday ended: before what starts on Saturday
    assert order.start_order("betting", "opens") is Relation.BEFORE
    assert entry_start_order(betting, opens) is Relation.BEFORE
    # its own future tense still places it after the verb's time begins
    will = _inherited("will", Relation.AFTER, ON_OR_AFTER, "t1", Tense.FUTURE)
    assert entry_start_order(said, will) is Relation.BEFORE


def test_events_at_the_same_time_overlap_without_a_common_start() -> None:
    # "Shares leaped while the index sank; then trading closed": the two overlap, either may have begun first
    leaped, sank, closed = (
        placed_entry(w, ON_OR_BEFORE, Relation.BEFORE, tense=Tense.PAST, timex_id="t0")
        for w in ("leaped", "sank", "closed")
    )
    timeline = _timeline(
        leaped,
        sank,
        closed,
        links=(
            TemporalLink(source="sank", target="leaped", relation=Relation.SIMULTANEOUS, reason="at the same time"),
            TemporalLink(source="sank", target="closed", relation=Relation.BEFORE, reason="then"),
        ),
    )
    order = start_point_order(timeline)
    assert order.start_order("leaped", "sank") is None
    # both were going on before what came after one of them
    assert order.start_order("leaped", "closed") is Relation.BEFORE
