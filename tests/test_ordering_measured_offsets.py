"""A duration before "after" or "before" says how far an event lies from a dated event it is
ordered against: "resigned three days after the vote on March 2" is March 5, not merely "on or
after March 2". The full pipeline, parse included."""

from __future__ import annotations

from builders import only_entry
from timeline import extract_timeline


def test_a_duration_under_the_preposition_measures_from_the_dated_noun() -> None:
    timeline = extract_timeline("The vote was held on March 2. He resigned three days after the vote.", "2024-03-22")
    resigned = only_entry(timeline, "resigned")
    assert resigned.time.describe() == "2024-03-05"
    assert '"three days" after it' in resigned.reason


def test_a_fronted_duration_measures_from_the_dated_noun() -> None:
    timeline = extract_timeline("The vote was held on March 2. Three days after the vote, he resigned.", "2024-03-22")
    assert only_entry(timeline, "resigned").time.describe() == "2024-03-05"


def test_a_duration_of_weeks_gives_that_week() -> None:
    timeline = extract_timeline(
        "The ceremony was held on March 2. A week after the ceremony, the mayor resigned.", "2024-03-22"
    )
    assert only_entry(timeline, "resigned").time.describe() == "2024-W10"


def test_a_duration_before_a_clause_measures_from_the_clause_s_day() -> None:
    timeline = extract_timeline("Shares fell a day after the company warned on Monday.", "2024-03-22")
    assert only_entry(timeline, "fell").time.describe() == "2024-03-19"


def test_a_future_event_days_before_a_future_summit() -> None:
    text = "The summit is on April 10. Leaders will meet two days before the summit."
    timeline = extract_timeline(text, "2024-03-22")
    assert only_entry(timeline, "meet").time.describe() == "2024-04-08"


def test_a_past_event_is_not_measured_onto_a_day_after_publication() -> None:
    # three days after March 21 is after publication: a past verb is only after the vote, by publication
    timeline = extract_timeline("The vote was held on March 21. He resigned three days after the vote.", "2024-03-22")
    interval = only_entry(timeline, "resigned").time.interval
    assert interval.start is not None and interval.start.date().isoformat() == "2024-03-21"
    assert interval.end is not None and interval.end.date().isoformat() == "2024-03-23"


def test_bare_units_only_order() -> None:
    timeline = extract_timeline("The trial opened on March 1. Weeks after the trial, he resigned.", "2024-03-22")
    interval = only_entry(timeline, "resigned").time.interval
    assert interval.start is not None and interval.start.date().isoformat() == "2024-03-01"


def test_the_day_after_a_dated_vote_is_the_next_day() -> None:
    timeline = extract_timeline("The vote was held on March 2. The day after the vote, he resigned.", "2024-03-22")
    resigned = only_entry(timeline, "resigned")
    assert resigned.time.describe() == "2024-03-03"
    assert '"the day" after it' in resigned.reason


def test_the_morning_after_is_the_next_day() -> None:
    timeline = extract_timeline(
        "The election was on March 3. The morning after the election, he resigned.", "2024-03-22"
    )
    assert only_entry(timeline, "resigned").time.describe() == "2024-03-04"


def test_the_weeks_after_a_dated_event_only_order() -> None:
    timeline = extract_timeline(
        "The election was on March 3. In the weeks after the election, prices rose.", "2024-03-22"
    )
    interval = only_entry(timeline, "rose").time.interval
    assert interval.start is not None and interval.start.date().isoformat() == "2024-03-03"


def test_a_unit_noun_inside_a_time_expression_is_the_time_s_own() -> None:
    # "The day before last Tuesday" is a time of its own: its "day" measures nothing from the hearing
    timeline = extract_timeline(
        "The day before last Tuesday's court hearing, the father went to the house.", "2000-02-24"
    )
    assert '"The day" before it' not in only_entry(timeline, "went").reason
    assert only_entry(timeline, "went").time.describe() != "2000-02-20"


def test_a_day_the_parse_hangs_on_the_object_dates_the_doing_too() -> None:
    timeline = extract_timeline(
        "Two British climbers reached the summit of Mount Everest early on Thursday and returned to base camp on"
        " Saturday, their expedition organiser said on Sunday.",
        "2024-05-26",
    )
    assert only_entry(timeline, "reached").time.describe() == "2024-05-23"


def test_according_to_a_source_is_not_dated_by_what_it_attributes() -> None:
    timeline = extract_timeline(
        "The wall gave way at 5:52 p.m. on Monday, according to the fire department.", "2024-06-12"
    )
    assert only_entry(timeline, "gave").time.describe() == "2024-06-10T17:52"
    assert "according" not in [entry.event.text for entry in timeline.entries]


def test_a_date_a_plan_slipped_to_is_not_the_slipping_s() -> None:
    timeline = extract_timeline(
        "The mission was originally planned for November 2024. It slipped to September 2025 after the uncrewed"
        " Artemis I flight in late 2022 revealed damage to the capsule's heat shield.",
        "2025-10-01",
    )
    assert only_entry(timeline, "slipped").time.describe() != "2025-09"


def test_a_plan_told_in_a_past_saying_is_placed_in_its_range() -> None:
    timeline = extract_timeline("He said negotiators would meet again in Brussels from 3 to 5 December.", "2024-10-17")
    interval = only_entry(timeline, "meet").time.interval
    assert interval.start is not None and interval.start.date().isoformat() == "2024-12-03"
    assert interval.end is not None and interval.end.date().isoformat() == "2024-12-06"


def test_a_duration_before_a_copula_clause_measures_its_adjective() -> None:
    timeline = extract_timeline(
        "He was arrested in Warsaw on 6 January 2023, exactly two years before the verdict was originally due.",
        "2025-01-07",
    )
    assert only_entry(timeline, "due").time.describe() == "2025"


def test_a_time_on_what_a_verb_helped_happen_dates_the_helping() -> None:
    timeline = extract_timeline(
        "Osimhen joined Napoli from Lille in 2020 and helped them win the Serie A title in 2023.", "2024-08-30"
    )
    assert only_entry(timeline, "joined").time.describe() == "2020"
    assert only_entry(timeline, "helped").time.describe() == "2023"


def test_weeks_before_a_marker_set_the_clause_apart_from_a_day() -> None:
    timeline = extract_timeline(
        "Investigators said the last known meeting took place in Budapest on Nov. 12, 2022, weeks after Poland's"
        " counter-intelligence agency opened a file on him.",
        "2025-01-07",
    )
    interval = only_entry(timeline, "opened").time.interval
    assert interval.start is None and interval.end is not None and interval.end.date().isoformat() == "2022-11-13"


def test_what_comes_before_a_range_of_years_is_not_inside_it() -> None:
    timeline = extract_timeline(
        "Piracy off Somalia surged between 2008 and 2011, when gangs held dozens of ships at a time, before"
        " falling sharply after shipping companies hired armed guards.",
        "2024-09-30",
    )
    interval = only_entry(timeline, "falling").time.interval  # was the range itself: 2008 to the end of 2011
    assert interval.end is None or interval.end.year > 2012


def test_an_unless_clause_is_a_condition_not_something_that_happened() -> None:
    timeline = extract_timeline(
        "Outdoor venues said on Tuesday that they would not cancel performances unless winds exceeded 50mph.",
        "2024-08-14",
    )
    assert "exceeded" in [event.text for event in timeline.unplaced]


def test_a_range_the_parse_hangs_by_its_first_day_only_is_still_a_range() -> None:
    timeline = extract_timeline(
        "Signalling work will close the line between Peterborough and Doncaster from 3 to 5 July.", "2025-06-30"
    )
    interval = only_entry(timeline, "close").time.interval
    assert interval.start is not None and interval.start.date().isoformat() == "2025-07-03"
    assert interval.end is not None and interval.end.date().isoformat() == "2025-07-06"


def test_an_undated_saying_does_not_take_the_time_of_what_was_said() -> None:
    timeline = extract_timeline(
        "Pirates released the ship overnight, its owner said on Monday. A spokesman said at a news conference on"
        " Monday that the money was dropped late Saturday and the gunmen left early Sunday.\n\n"
        "The naval force said its warship had shadowed the carrier since the hijacking.",
        "2024-09-30",
    )
    naval = next(e for e in timeline.entries if e.event.text == "said" and e.event.start > timeline.text.index("naval"))
    assert naval.time.describe() != "2024-09-29"  # was early Sunday's day, a time the spokesman spoke of


def test_a_day_on_the_verb_wins_over_a_month_naming_its_subject() -> None:
    timeline = extract_timeline("The January window opens on 1 January 2025 and closes on 3 February.", "2024-08-30")
    assert only_entry(timeline, "opens").time.describe() == "2025-01-01"


def test_a_plan_told_in_a_past_saying_is_placed_by_its_deadline() -> None:
    timeline = extract_timeline(
        "FIFA said on Tuesday that it would review the international transfer calendar by 2026.", "2024-08-30"
    )
    interval = only_entry(timeline, "review").time.interval
    assert interval.end is not None and interval.end.year == 2027


def test_what_according_names_shares_the_time_of_the_clause_it_attributes() -> None:
    timeline = extract_timeline(
        "Biden and Netanyahu held a call on Monday. According to a readout of the conversation, Biden expressed"
        " deep concerns.",
        "2024-03-22",
    )
    assert only_entry(timeline, "conversation").time.describe() == "2024-03-18"
    assert "According" in [event.text for event in timeline.unplaced]


def test_a_dateline_s_day_is_no_figure_a_change_starts_from() -> None:
    timeline = extract_timeline("LONDON, March 31 - Households will see changes from tomorrow.", "2024-03-31")
    interval = only_entry(timeline, "see").time.interval
    assert interval.start is not None and interval.start.date().isoformat() == "2024-04-01"


def test_a_time_on_what_someone_was_forced_to_do_dates_the_forcing() -> None:
    timeline = extract_timeline(
        "The climbers reached the summit on Wednesday. On the way down, they were forced to spend a second night at"
        " Camp 4 on Thursday.",
        "2024-05-26",
    )
    assert only_entry(timeline, "forced").time.describe() == "2024-05-23"


def test_a_time_right_before_a_trailing_participle_dates_its_verb() -> None:
    timeline = extract_timeline(
        "HS2's chief executive wrote to the minister two weeks earlier warning that the cost could exceed"
        " 100 billion pounds.",
        "2025-06-30",
    )
    assert only_entry(timeline, "wrote").time.describe() == "2025-W25"


def test_a_saying_in_a_statement_a_participle_dates_takes_its_time() -> None:
    timeline = extract_timeline(
        "Wild wrote to the minister on June 16. In a statement issued hours later, HS2 said it was resetting the"
        " programme.",
        "2025-06-30",
    )
    assert only_entry(timeline, "said").time.describe() == "2025-06-16"


def test_an_event_told_after_a_clock_time_s_sentence_takes_its_day_not_its_minute() -> None:
    timeline = extract_timeline(
        "A helicopter picked up a heat signature at about 7:40 a.m. Thursday. He was taken to Skagit Valley Hospital.",
        "2025-01-03",
    )
    assert only_entry(timeline, "picked").time.describe() == "2025-01-02T07:40"
    assert only_entry(timeline, "taken").time.describe() == "2025-01-02"
