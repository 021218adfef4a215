"""Placements a reader found wrong in the session-19 stories of lives and politics (review G):
hand-written sentences in the stories' words."""

from __future__ import annotations

from builders import only_entry
from timeline import extract_timeline


def test_a_day_dates_the_verb_rather_than_a_season_naming_its_noun() -> None:
    for text in (
        "Parliament rises for the summer recess on 21 July.",
        "On 21 July, Parliament rises for the summer recess.",
    ):
        assert only_entry(extract_timeline(text, "2022-07-08"), "rises").time.describe() == "2022-07-21"
    # with no finer time the season still dates it
    timeline = extract_timeline("Parliament rises for the summer recess.", "2022-07-08")
    assert only_entry(timeline, "rises").time.describe() == "2022-SU"


def test_a_present_copula_conjoined_to_a_past_does_not_share_its_time() -> None:
    timeline = extract_timeline(
        "Inflation rose to 3.8 per cent in the second quarter, and the council is due to meet on 11 September,"
        " less than a fortnight after she starts.",
        "2025-07-31",
    )
    assert only_entry(timeline, "rose").time.describe() == "2025-Q2"
    assert only_entry(timeline, "meet").time.describe() == "2025-09-11"
    # what hangs below the present clause is no part of the second quarter
    assert "rose" not in only_entry(timeline, "starts").reason
    assert all(entry.event.text != "due" or entry.time.describe() != "2025-Q2" for entry in timeline.entries)


def test_an_age_counts_from_the_birth_not_at_it() -> None:
    timeline = extract_timeline(
        "Dell was born on Nov. 4, 1985, in Baltimore and started playing organized basketball at the age of 8.",
        "2023-09-30",
    )
    for word in ("started", "playing"):
        entry = only_entry(timeline, word)
        assert entry.time.describe() == "1993-11-04 to 1994-11-04", entry.reason
    timeline = extract_timeline("Born in 1950, she moved to Paris at age 12.", "2023-09-30")
    assert only_entry(timeline, "moved").time.describe() == "1962-01-01 to 1963-12-31"


def test_an_age_is_not_the_time_of_the_verb_it_hangs_on() -> None:
    timeline = extract_timeline("He retired in 2010 and died at the age of 87.", "2023-09-30")
    died = only_entry(timeline, "died")
    assert died.time.describe() == "on or before 2023-09-30"  # not 2010


def test_the_time_of_a_condition_is_not_the_storys_reference_time() -> None:
    timeline = extract_timeline(
        '"If you called him at 3 a.m., he would be in the van by four," his drummer said.'
        " In those years he struggled with alcohol.",
        "2024-01-08",
    )
    struggled = only_entry(timeline, "struggled")
    assert "3 a.m." not in struggled.reason and struggled.time.describe() == "on or before 2024-01-08"


def test_what_nearly_happened_is_the_verb_not_its_noun_arguments() -> None:
    timeline = extract_timeline("In his 40s, a 1987 car crash nearly ended his career.", "2024-01-08")
    assert only_entry(timeline, "crash").time.describe() == "1987"
    assert [event.factuality for event in timeline.events if event.text == "ended"] == ["negated"]
    timeline = extract_timeline("She nearly lost the election.", "2024-01-08")
    assert [event.factuality for event in timeline.events if event.text in ("lost", "election")] == [
        "negated",
        "actual",
    ]


def test_a_headlines_present_tells_news_of_any_act_not_only_occurrences() -> None:
    timeline = extract_timeline(
        "Chancellor quits as party sets out timetable to choose successor\n\n"
        "LONDON - The Chancellor resigned on Thursday evening.",
        "2022-07-08",
    )
    assert only_entry(timeline, "quits").time.describe() == "on or before 2022-07-08"


def test_a_day_after_a_place_phrase_of_the_object_dates_the_doing() -> None:
    timeline = extract_timeline(
        "Advocates held a rally on the Capitol steps on Saturday and plan another on Monday.", "2025-11-30"
    )
    assert only_entry(timeline, "held").time.describe() == "2025-11-29"


def test_an_event_a_time_is_the_day_of_is_at_that_time() -> None:
    timeline = extract_timeline(
        "The pound fell 0.8 per cent against the dollar on Friday, its biggest one-day drop since 23 June 2016,"
        " the day of the EU referendum.",
        "2022-07-08",
    )
    assert only_entry(timeline, "referendum").time.describe() == "2016-06-23"
    assert only_entry(timeline, "fell").time.describe() == "2022-07-08"


def test_a_condition_is_not_placed_even_with_a_time_of_its_own() -> None:
    timeline = extract_timeline("If the election were held today, she would win.", "2022-07-08")
    assert [entry.event.text for entry in timeline.entries] == []
    assert "held" in [event.text for event in timeline.unplaced]


def test_a_clause_conjoined_to_an_event_at_an_age_comes_after_it_not_at_it() -> None:
    timeline = extract_timeline(
        "Born on March 14, 1942, in Clarksdale, Miss., Mr. Marsh picked up his first guitar at the age of 9"
        " and was playing juke joints by the time he was 15.",
        "2024-01-08",
    )
    assert only_entry(timeline, "picked").time.describe() == "1951-03-14 to 1952-03-14"
    playing = only_entry(timeline, "playing").time.interval
    assert playing.start is not None and playing.start.year == 1951 and playing.end is not None
    assert playing.end.year == 2024  # on or after it, by publication: not at the age of 9
