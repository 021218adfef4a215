"""Where the orderer places what has not happened when it is spoken of (a looming, planned or sought
event: from the time of the verb that speaks of it on), and a verb of saying set inside what it
reports (hand-written sentences)."""

from __future__ import annotations

from datetime import datetime

from timeline import extract_timeline
from timeline.model import Placement, Timeline, TimelineEntry


def _entry(timeline: Timeline, text: str) -> TimelineEntry:
    found = [entry for entry in timeline.entries if entry.event.text == text]
    assert len(found) == 1, [(e.event.text, e.time.describe()) for e in timeline.entries]
    return found[0]


# --- a verb of saying set inside the clause it reports --------------------------------------------------
def test_a_verb_of_saying_the_model_classes_an_occurrence_is_not_dated_by_the_clause_it_reports() -> None:
    # the event model classes "added" OCCURRENCE; it is still the saying, not the doubling, of 2019
    added = _entry(extract_timeline("In 2019, the chairman added, sales doubled.", "2024-03-20"), "added")
    assert added.placement is Placement.TENSE
    assert added.time.interval.start is None and added.time.interval.end == datetime(2024, 3, 21)
