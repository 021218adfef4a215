"""Events of the seed article: where each lands on the timeline, and in which order."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline.model import Polarity, Timeline, TimelineEntry

pytestmark = pytest.mark.slow


def _entry(timeline: Timeline, word: str, seed_text: str, near: str | None = None) -> TimelineEntry:
    """The entry whose trigger is ``word`` (the one after ``near`` in the text when given)."""
    after = seed_text.index(near) if near is not None else 0
    found = [e for e in timeline.entries if e.event.text == word and e.event.start >= after]
    assert found, f"{word!r} is not placed"
    return min(found, key=lambda e: e.event.start)


def _day(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


@pytest.mark.parametrize(
    ("word", "near", "value"),
    [
        ("attack", "Oct. 7", "2023-10-07"),
        ("insisted", None, "2024-W11"),
        ("changed", None, "2024-03-18"),
        ("held", "approach changed", "2024-03-18"),
        ("announced", None, "2024-03-18"),
        ("expressed", None, "2024-03-18"),
        ("said", "Nate Evans", None),
        ("failed", None, "2024-03-22"),
        ("voted", None, "2024-03-22"),
        ("visited", None, "2024-03-22"),
        ("meetings", None, "2024-W13"),
    ],
)
def test_seed_placements(
    seed_timeline: Timeline, seed_text: str, word: str, near: str | None, value: str | None
) -> None:
    if word == "said":  # "said Nate Evans ... on Thursday": the word before the name
        entry = _entry(seed_timeline, word, seed_text, "deal on the table")
        assert entry.time.value == "2024-03-21"
        return
    assert _entry(seed_timeline, word, seed_text, near).time.value == value


def test_underscored_in_egypt_on_or_before_friday(seed_timeline: Timeline, seed_text: str) -> None:
    entry = _entry(seed_timeline, "underscored", seed_text)
    interval = entry.time.interval
    assert interval.end == _day("2024-03-23")  # on or before 2024-03-22 ...
    assert interval.start is None
    assert entry.time.is_uncertain  # ... not at it: "before landing in the country"


@pytest.mark.parametrize("word", ["talking", "meeting"])
def test_meantime_between_monday_and_publication(seed_timeline: Timeline, seed_text: str, word: str) -> None:
    entry = _entry(seed_timeline, word, seed_text, "In the meantime")
    interval = entry.time.interval
    assert interval.start == _day("2024-03-18")
    assert interval.end == _day("2024-03-23")
    assert "meantime" in entry.reason


def test_hypothetical_ground_operation_is_not_a_past_event(seed_timeline: Timeline, seed_text: str) -> None:
    sentence = seed_text.index("A major ground operation there would mean")
    for entry in seed_timeline.entries:
        if entry.event.text == "operation" and sentence <= entry.event.start < sentence + 60:
            assert entry.time.interval.end is None or entry.time.interval.end > _day("2024-03-23")
    operations = [e for e in seed_timeline.events if e.text == "operation" and e.start >= sentence]
    for event in operations[:1]:
        assert event.is_hypothetical or event.polarity is Polarity.NEG or event in seed_timeline.unplaced


def test_seed_chronological_order(seed_timeline: Timeline, seed_text: str) -> None:
    order = [
        _entry(seed_timeline, "attack", seed_text, "Oct. 7"),
        _entry(seed_timeline, "insisted", seed_text),
        _entry(seed_timeline, "changed", seed_text),
        _entry(seed_timeline, "expressed", seed_text),
        _entry(seed_timeline, "said", seed_text, "deal on the table"),
        _entry(seed_timeline, "failed", seed_text),
        _entry(seed_timeline, "meetings", seed_text),
    ]
    positions = [seed_timeline.entries.index(e) for e in order]
    assert positions == sorted(positions)
    underscored = seed_timeline.entries.index(_entry(seed_timeline, "underscored", seed_text))
    assert positions[-2] < underscored < positions[-1]


def test_seed_links_are_consistent(seed_timeline: Timeline) -> None:
    from timeline.evaluation.scorer import link_constraints

    triples = [(link.source, link.relation.value, link.target) for link in seed_timeline.links]
    assert triples, "the seed timeline writes TLINKs"
    assert all(link_constraints(*t) is not None for t in triples)
    pairs = {(s, t): r for s, r, t in triples}
    for (s, t), r in pairs.items():
        back = pairs.get((t, s))
        if back is not None and r == "BEFORE":
            assert back != "BEFORE", f"{s} and {t} are each before the other"


def test_seed_factuality(seed_timeline: Timeline) -> None:
    """'... said that Netanyahu had agreed to send an interagency team': the agreement is reported
    by the saying, the sending only agreed to (hypothetical, so left off the timeline)."""
    by_id = {e.id: e for e in seed_timeline.events}
    agreed = next(e for e in seed_timeline.events if e.text == "agreed")
    assert agreed.factuality == "reported"
    assert agreed.reported_by is not None and by_id[agreed.reported_by].text == "said"
    send = next(e for e in seed_timeline.events if e.text == "send" and e.start > agreed.start)
    assert send.factuality == "hypothetical"
    assert send in seed_timeline.unplaced


def test_hypothetical_ground_operation_is_detected_as_a_hypothetical_event(
    seed_timeline: Timeline, seed_text: str
) -> None:
    sentence = seed_text.index("A major ground operation there would mean")
    found = [e for e in seed_timeline.events if e.text == "operation" and sentence <= e.start < sentence + 60]
    assert found, "the nominal event 'operation' is not detected"
    assert found[0].factuality == "hypothetical"
    placed = {entry.event.id: entry for entry in seed_timeline.entries}
    entry = placed.get(found[0].id)
    assert entry is None or entry.time.interval.end is None or entry.time.interval.end > _day("2024-03-23")


def test_an_operation_the_administration_opposes_is_not_a_past_event(seed_timeline: Timeline, seed_text: str) -> None:
    """In "underscored the Biden administration's opposition to a major operation in Rafah" the operation has
    not happened (the parser hangs "to" from "underscored"); it is marked hypothetical and left off the timeline."""
    start = seed_text.index("operation in Rafah, where")
    operation = next(e for e in seed_timeline.events if e.start == start)
    assert operation.factuality == "hypothetical" and operation.modality == "opposition"
    assert operation.is_hypothetical
    assert operation in seed_timeline.unplaced
