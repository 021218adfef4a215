"""Placements a careful reader found wrong in the session-19 review H (news stories of health,
business and conflict), each fixed by a rule: the full pipeline, parse included."""

from __future__ import annotations

from datetime import datetime

from builders import only_entry
from timeline import extract_timeline


def test_a_participle_dates_the_occasion_named_in_the_plural() -> None:
    timeline = extract_timeline(
        "The deal was announced on 4 March. Shareholders of both companies approved it at meetings held on"
        " 15 and 16 May.",
        "2024-06-30",
    )
    assert only_entry(timeline, "approved").time.describe() == "2024-05-15 to 2024-05-16"


def test_a_present_perfect_a_saying_reports_is_up_to_the_saying() -> None:
    timeline = extract_timeline(
        "Cases jumped on Sunday. In total, 1,104 people have fallen ill and 23 have died since the outbreak began,"
        " the ministry said.",
        "2024-09-30",
    )
    assert only_entry(timeline, "said").time.describe() == "2024-09-29"
    for word in ("fallen", "died", "began"):  # cumulative totals, from the outbreak's start
        assert only_entry(timeline, word).time.describe() == "on or before 2024-09-29"


def test_a_clause_after_a_semicolon_does_not_date_the_one_before() -> None:
    timeline = extract_timeline(
        "Northwind Foods profit beats forecasts; CEO to step down in March\n"
        "CHICAGO, Oct 24 (Reuters) - Northwind Foods Inc reported a better-than-expected quarterly profit on Thursday.",
        "2024-10-24",
    )
    assert only_entry(timeline, "step").time.describe() == "2025-03"
    assert only_entry(timeline, "beats").time.describe() == "2024-10-24"


def test_a_time_after_a_forecast_is_the_period_it_covers() -> None:
    timeline = extract_timeline(
        "Northwind Foods Inc reported a better-than-expected quarterly profit on Thursday and raised its forecast"
        " for the full year, as price increases offset weaker volumes.",
        "2024-10-24",
    )
    assert only_entry(timeline, "raised").time.describe() == "2024-10-24"


def test_now_before_a_predicate_does_not_date_the_subjects_event() -> None:
    timeline = extract_timeline(
        "The deal was announced in March. A final decision is now due by 13 December.", "2024-06-30"
    )
    assert only_entry(timeline, "decision").time.describe() == "on or before 2024-12-13"


def test_a_day_beside_a_set_is_when_each_recurrence_falls() -> None:
    timeline = extract_timeline("Ceremonies will be held every year on Feb. 24, the government said.", "2023-02-24")
    assert only_entry(timeline, "held").time.describe() == "on or after 2023-02-24"


def test_an_event_noun_measured_after_after_lasts_up_to_its_head() -> None:
    timeline = extract_timeline("The truce took effect at 4am on Wednesday after 14 months of fighting.", "2024-11-30")
    fighting = only_entry(timeline, "fighting").time.interval
    assert (fighting.start, fighting.end) == (None, datetime(2024, 11, 27, 4, 1))  # up to the minute of 4am


def test_the_time_of_a_participle_of_scheduling_is_its_nouns() -> None:
    timeline = extract_timeline(
        "The drug met its main goal, putting it on track for a U.S. approval decision expected by the end of the year.",
        "2025-01-06",
    )
    assert only_entry(timeline, "decision").time.describe() == "on or before 2025-12-31"


def test_an_earlier_time_after_the_base_figure_is_the_bases() -> None:
    timeline = extract_timeline(
        "Net income rose to $412 million, or $1.05 per share, from $350 million, or 89 cents per share, in the"
        " year-earlier quarter.",
        "2024-10-24",
    )
    assert only_entry(timeline, "rose").time.describe() == "on or before 2024-10-24"


def test_a_present_perfect_since_then_brings_the_story_up_to_publication() -> None:
    timeline = extract_timeline(
        "The war began on 8 October 2023 and escalated sharply in late September this year. More than 3,800 people"
        " have been killed in Lebanon since then, according to health ministry figures. Aid agencies warned that"
        " rebuilding would take years.",
        "2024-11-30",
    )
    assert only_entry(timeline, "warned").time.describe() == "on or before 2024-11-30"
