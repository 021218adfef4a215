"""Small builders for tests that order hand-made timeline entries without parsing any text."""

from __future__ import annotations

from timeline.calendar import Interval
from timeline.model import Event, EventTime, Placement, Relation, Tense, TextSpan, Timeline, TimelineEntry


def placed_entry(
    word: str, interval: Interval, relation: Relation, *, tense: Tense = Tense.PRESENT, timex_id: str = "t0"
) -> TimelineEntry:
    """A verb event ``word`` placed at ``interval``: by its tense against publication when ``timex_id`` is the
    publication's ("t0"), else by the time expression ``timex_id`` that governs it."""
    event = Event(
        id=word,
        text=word,
        start=0,
        end=len(word),
        sentence=TextSpan(text=word, start=0, end=len(word)),
        lemma=word,
        pos="VERB",
        tense=tense,
    )
    return TimelineEntry(
        event=event,
        time=EventTime(value=None, interval=interval, timex_id=timex_id),
        relation=relation,
        placement=Placement.TENSE if timex_id == "t0" else Placement.GOVERNING_TIMEX,
        reason="",
    )


def only_entry(timeline: Timeline, text: str) -> TimelineEntry:
    """The one placed entry whose trigger is ``text``; failing with every entry's trigger and time when
    there is none or more than one, so a test says what the timeline holds instead."""
    found = [entry for entry in timeline.entries if entry.event.text == text]
    assert len(found) == 1, [(e.event.text, e.time.describe()) for e in timeline.entries]
    return found[0]
