"""Where the orderer places what has not happened when it is spoken of (a looming, planned or sought
event: from the time of the verb that speaks of it on), and a verb of saying set inside what it
reports (hand-written sentences)."""

from __future__ import annotations

from datetime import datetime

from builders import only_entry
from timeline import extract_timeline
from timeline.model import Placement


# --- a verb of saying set inside the clause it reports --------------------------------------------------
def test_a_verb_of_saying_the_model_classes_an_occurrence_is_not_dated_by_the_clause_it_reports() -> None:
    # the event model classes "added" OCCURRENCE; it is still the saying, not the doubling, of 2019
    added = only_entry(extract_timeline("In 2019, the chairman added, sales doubled.", "2024-03-20"), "added")
    assert added.placement is Placement.TENSE
    assert added.time.interval.start is None and added.time.interval.end == datetime(2024, 3, 21)


# --- what is looming, planned or sought lies from the time of the verb that speaks of it on ------------
_SEED_SENTENCES = (
    "But the White House’s approach changed abruptly on Monday after President Joe Biden and Netanyahu held "
    "their first call in over a month.\n\nAccording to a readout of the conversation, Biden expressed “deep "
    "concerns” about looming Israeli action in Rafah."
)


def test_a_looming_action_lies_from_the_time_of_the_verb_that_speaks_of_it_on() -> None:
    timeline = extract_timeline(_SEED_SENTENCES, "2024-03-22")
    assert only_entry(timeline, "expressed").time.describe() == "2024-03-18"
    for word in ("looming", "action"):
        entry = only_entry(timeline, word)
        assert entry.event.factuality == "hypothetical"
        assert entry.time.describe() == "on or after 2024-03-18", word  # not on the day Biden spoke of it
        assert entry.placement is Placement.INHERITED
        assert "still to come" in entry.reason
    assert "looming" in only_entry(timeline, "looming").reason


def test_a_planned_or_sought_event_lies_from_the_time_of_its_verb_on() -> None:
    talks = only_entry(extract_timeline("On Monday, officials discussed the planned talks.", "2024-03-22"), "talks")
    assert talks.time.interval.start == datetime(2024, 3, 18) and talks.time.interval.end is None
    assert '"planned talks"' in talks.reason
    talks = only_entry(extract_timeline("On Monday, the union demanded talks.", "2024-03-22"), "talks")
    assert talks.time.interval.start == datetime(2024, 3, 18) and talks.time.interval.end is None
    assert '"demanded"' in talks.reason


def test_what_is_sought_from_a_time_known_only_by_its_end_is_not_placed() -> None:
    # "feared" lies on or before publication: the strike it fears may come at any time, not by then
    timeline = extract_timeline("Officials feared a strike.", "2024-03-22")
    assert "strike" not in {entry.event.text for entry in timeline.entries}
    assert "strike" in {event.text for event in timeline.unplaced}


def test_an_event_that_happened_keeps_the_time_of_the_verb_it_depends_on() -> None:
    # no mark of something still to come: the talks were held when the verb says
    talks = only_entry(extract_timeline("On Monday, officials held talks.", "2024-03-22"), "talks")
    assert talks.time.describe() == "2024-03-18"
    assert "depends on" in talks.reason


def test_a_hypothetical_event_under_a_modal_is_still_left_out() -> None:
    timeline = extract_timeline(
        "On Monday, officials warned that the army could launch a looming attack.", "2024-03-22"
    )
    assert not {"launch", "attack"} & {entry.event.text for entry in timeline.entries}


# --- a condition that was not met --------------------------------------------------------------------
def test_a_past_perfect_condition_did_not_happen_and_is_not_placed() -> None:
    timeline = extract_timeline("If they had cut rates in July, we would not be here.", "2024-03-22")
    cut = next(event for event in timeline.events if event.text == "cut")
    assert cut.factuality == "negated"
    assert cut.id in {event.id for event in timeline.unplaced}


def test_a_condition_with_no_if_that_was_not_met_is_not_placed() -> None:
    timeline = extract_timeline("Had he been appointed in 2022, the bank would have survived.", "2024-03-22")
    assert not timeline.entries
    assert {"appointed", "survived"} <= {event.text for event in timeline.unplaced}


def test_an_open_condition_is_hypothetical_not_negated() -> None:
    timeline = extract_timeline("If talks fail, the army will attack.", "2024-03-22")
    assert next(event for event in timeline.events if event.text == "fail").factuality == "hypothetical"


# --- a plan told of in a past saying, with its own time ------------------------------------------------
def test_a_would_event_a_past_saying_dates_is_placed_at_its_time() -> None:
    timeline = extract_timeline("The union said the walkout would begin on Monday.", "2024-03-22")
    assert only_entry(timeline, "begin").time.describe() == "2024-03-25"
    timeline = extract_timeline("FEMA would open three centers this weekend, officials said.", "2024-03-22")
    assert only_entry(timeline, "open").time.describe() == "2024-W12-WE"


def test_a_would_event_without_a_time_or_saying_stays_unplaced() -> None:
    timeline = extract_timeline("A major ground operation would mean more deaths.", "2024-03-22")
    assert not timeline.entries
    timeline = extract_timeline("Officials said a deal would not be signed this week.", "2024-03-22")
    assert "signed" in {event.text for event in timeline.unplaced}


def test_if_meaning_whether_with_a_past_perfect_is_no_unmet_condition() -> None:
    timeline = extract_timeline("The board asked if the bank had repaid the loan.", "2024-03-22")
    assert next(event for event in timeline.events if event.text == "repaid").factuality != "negated"


# --- what a verb of scheduling schedules is at the time it is scheduled for --------------------------------
def test_a_scheduled_event_is_at_the_time_it_is_scheduled_for() -> None:
    timeline = extract_timeline("A further meeting is scheduled for 8 September.", "2024-09-30")
    assert only_entry(timeline, "meeting").time.describe() == "2025-09-08"
    timeline = extract_timeline("A decision is expected on Friday.", "2025-09-06")
    assert only_entry(timeline, "decision").time.describe() == "2025-09-12"  # on the Friday, not from it on
    timeline = extract_timeline("A memorial vigil is planned for Tuesday evening.", "2024-06-30")
    assert only_entry(timeline, "vigil").time.describe() == "2024-07-02TEV"
    timeline = extract_timeline("Officials called for talks on Monday.", "2024-09-30")
    assert only_entry(timeline, "talks").time.describe().startswith("on or after")


def test_the_scheduling_itself_is_not_at_the_time_it_schedules_for() -> None:
    timeline = extract_timeline("The vote is scheduled for Friday.", "2024-03-20")
    assert only_entry(timeline, "vote").time.describe() == "2024-03-22"
    scheduled = only_entry(timeline, "scheduled")  # a state going on at publication, not on Friday
    assert scheduled.placement is Placement.TENSE and scheduled.time.describe() == "2024-03-20"
    timeline = extract_timeline("The launch is planned for next year.", "2024-03-20")
    assert only_entry(timeline, "launch").time.describe() == "2025"
    assert only_entry(timeline, "planned").time.describe() == "2024-03-20"


def test_the_time_of_what_did_not_happen_is_not_the_storys_reference_time() -> None:
    timeline = extract_timeline(
        "Murray would have played if the game had been on Wednesday. He strained his hamstring in Game 4.",
        "2025-05-14",
    )
    strained = next(entry for entry in timeline.entries if entry.event.text == "strained")
    assert "Wednesday" not in strained.reason  # the counterfactual Wednesday is no time of the story
