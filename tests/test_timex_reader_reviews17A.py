"""Time values a reader found wrong in seven hand-written news stories (review set 17A), each in a
short sentence of the same kind (no corpus text), with the TIMEX3 value, type and mod TimeML
writes for it. Resolver only (no spaCy parse).
"""

from __future__ import annotations

from datetime import date

import pytest

from reader_reviews import (
    RESOLVER,
    found,
    not_times,
    reviewed_values,
    values_with_the_parse,
)
from timeline.pipeline import Document

DEC12_2023 = date(2023, 12, 12)  # a Tuesday
JAN6_2025 = date(2025, 1, 6)  # a Monday
MAR31_2024 = date(2024, 3, 31)  # a Sunday
JUN26_2024 = date(2024, 6, 26)  # a Wednesday
SEP5_2025 = date(2025, 9, 5)  # a Friday
SEP30_2024 = date(2024, 9, 30)  # a Monday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a year of a school, an account or a harvest across two calendar years is one expression,
    # named by its first year
    (MAR31_2024, "Absences fell in the 2022/23 school year.", "the 2022/23 school year", "2022", "DATE", N),
    (
        SEP5_2025,
        "Drivers staged 14 strikes in the 2023/24 financial year.",
        "the 2023/24 financial year",
        "2023",
        "DATE",
        N,
    ),
    (SEP30_2024, "Output should recover in the 2024/25 season.", "the 2024/25 season", "2024", "DATE", N),
    (JUN26_2024, "Pupils must wait until the 2025-26 school year.", "the 2025-26 school year", "2025", "DATE", N),
    (SEP5_2025, "Revenue for 2023/24 rose.", "2023/24", "2023", "DATE", N),
    # ... while a hyphen alone writes a range of two years, each a DATE
    (SEP5_2025, "Prices rose in 2019-20.", "20", "2020", "DATE", N),
    # clock times of a schedule that takes effect from a date are of each day from then
    (
        JUN26_2024,
        "High schools will start at 8:15 a.m. instead of 7:30 a.m. beginning in August 2025.",
        "7:30 a.m.",
        "XXXX-XX-XXT07:30",
        "TIME",
        N,
    ),
    (JUN26_2024, "Trains will run at 6 a.m., starting Monday.", "6 a.m.", "XXXX-XX-XXT06:00", "TIME", N),
    # a year past 2099 after a preposition of time
    (DEC12_2023, "The world is on track to warm by 2.7 degrees Celsius by 2100.", "2100", "2100", "DATE", N),
    # "overnight" before a preposition modifies the verb
    (
        DEC12_2023,
        "Delegates wrangled overnight over whether a deal should call for a phase-out.",
        "overnight",
        "2023-12-11TNI",
        "TIME",
        N,
    ),
    # a season as the subject of a modal, or singled out by a superlative after a preposition
    (SEP30_2024, "Forecasters said the autumn could be drier than usual.", "the autumn", "2024-FA", "DATE", N),
    (SEP30_2024, "The crop suffered after the driest spring on record.", "spring", "2024-SP", "DATE", N),
    # "the week of" a day is that week, in the day-month order too
    (
        SEP5_2025,
        "Another round of talks is planned for the week of 15 September.",
        "the week of 15 September",
        "2025-W38",
        "DATE",
        N,
    ),
    # clock times after days of a kind in their sentence are the times of each of those days
    (
        SEP5_2025,
        "Drivers walk out on Tuesday 9 September. Operators said a skeleton timetable would run on "
        "strike days, with services from 7am to 7pm.",
        "7pm",
        "XXXX-XX-XXT19:00",
        "TIME",
        N,
    ),
    # ... unless a day is named between them
    (SEP5_2025, "He worked on both days, and on Tuesday left at 9 a.m.", "9 a.m.", "2025-09-02T09:00", "TIME", N),
    # a clock time told in the past tense does not take a day still to come
    (
        DEC12_2023,
        'Talks were expected to continue through Wednesday. "We did not come here to sign it," said her '
        "negotiator at a news conference at 11 a.m. local time.",
        "11 a.m.",
        "2023-12-12T11:00",
        "TIME",
        N,
    ),
    # ... while one in a future clause does
    (DEC12_2023, "The vote is on Wednesday. Polls will open at 7 a.m.", "7 a.m.", "2023-12-13T07:00", "TIME", N),
    # ... while a clock time on a day named after it keeps that day
    (JUN26_2024, "The polls will open on Monday at 7 a.m.", "7 a.m.", "2024-07-01T07:00", "TIME", N),
    # the day an event is put off to by an active verb lies ahead (the ordering's rescheduling rule
    # then dates the hearing with it); a move told with "was" is of the past
    (DEC12_2023, "Officials delayed the hearing to Friday.", "Friday", "2023-12-15", "DATE", N),
    (DEC12_2023, "The board postponed the vote until March 14.", "March 14", "2024-03-14", "DATE", N),
    (DEC12_2023, "The hearing was delayed to Friday.", "Friday", "2023-12-08", "DATE", N),
]


test_reviewed_value = reviewed_values(EXAMPLES)


# (published, sentence, phrase, value): the tense is read through the parse, as in the full pipeline
WITH_THE_PARSE: list[tuple[date, str, str, str]] = [
    # an infinitive of intending looks ahead from the intending, whatever its tense
    (
        JAN6_2025,
        "Castell said on Saturday that it planned to launch the drug in the second quarter.",
        "the second quarter",
        "2025-Q2",
    ),
    (JAN6_2025, "The firm said it expected to finish the work in the spring.", "the spring", "2025-SP"),
    (JAN6_2025, "The firm said it hoped to open the plant in the spring.", "the spring", "2025-SP"),
    (JAN6_2025, "The firm planned to open the plant in November.", "November", "2025-11"),
    # ... not a plan of the past, which may have failed
    (JAN6_2025, "The firm had planned to open the plant in November.", "November", "2024-11"),
]


test_reviewed_value_with_the_parse = values_with_the_parse(WITH_THE_PARSE)


# (published, sentence, words that must not be (part of) a time expression)
NOT_TIMES: list[tuple[date, str, str]] = [
    (DEC12_2023, "The index rose by 2100 points.", "2100"),
    # a superlative season with no preposition may be of any year ("the hottest summer on record was 2003")
    (SEP30_2024, "It was the hottest summer on record.", "summer"),
]


test_not_a_time = not_times(NOT_TIMES)


def test_the_second_year_of_a_split_year_is_no_year_of_its_own() -> None:
    """ "the 2025-26 school year" is one expression, not 2025 and a year "26"."""
    assert [t[0] for t in found("Pupils must wait until the 2025-26 school year.", JUN26_2024)] == [
        "the 2025-26 school year"
    ]


def test_a_split_year_holds_both_calendar_years() -> None:
    """Where a school or financial year starts varies, so its interval is the two calendar years."""
    text = "Drivers staged 14 strikes in the 2023/24 financial year."
    (timex,) = RESOLVER(Document(text=text, publication_date=SEP5_2025))
    assert timex.interval is not None
    assert (timex.interval.earliest, timex.interval.latest) == ("2023-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("sentence", "value", "bounds"),
    [
        # the value names the year back, as TimeBank writes it; the time is before the day that far back
        ("A pay dispute began more than two years ago.", "2023", (None, "2023-09-04")),
        ("The plant will close more than two years from now.", "2027", ("2027-09-06", None)),
        # ... while "two years ago" is that year
        ("A pay dispute began two years ago.", "2023", ("2023-01-01", "2023-12-31")),
    ],
)
def test_more_than_an_amount_ago_lies_beyond_it(
    sentence: str, value: str, bounds: tuple[str | None, str | None]
) -> None:
    (timex,) = RESOLVER(Document(text=sentence, publication_date=SEP5_2025))
    assert timex.value == value
    assert timex.interval is not None
    assert (timex.interval.earliest, timex.interval.latest) == bounds


@pytest.mark.parametrize(
    ("sentence", "freq"),
    [
        # "every second (other) Thursday" is fortnightly: TimeBank writes the period in freq ("each
        # Thursday": 1W), the value stays the weekday of any week
        ("The board will meet every second Thursday through December.", "2W"),
        ("The board meets every Thursday.", None),
    ],
)
def test_every_second_weekday_recurs_every_two_weeks(sentence: str, freq: str | None) -> None:
    (timex, *_) = RESOLVER(Document(text=sentence, publication_date=JUN26_2024))
    assert (timex.value, timex.type.value, timex.quant, timex.freq) == ("XXXX-WXX-4", "SET", "EVERY", freq)


@pytest.mark.parametrize(
    ("sentence", "value", "bounds"),
    [
        # a fiscal year whose first day its sentence gives runs a year from that day, named by the
        # year it ends in
        ("The board approved a budget for fiscal 2025, which begins on July 1.", "2025", ("2024-07-01", "2025-06-30")),
        # ... a split year from that day of its first year
        ("Output should recover in the 2024/25 season, which begins on Oct. 1.", "2024", ("2024-10-01", "2025-09-30")),
        ("The 2023/24 financial year, which began on 6 April, was bad.", "2023", ("2023-04-06", "2024-04-05")),
    ],
)
def test_a_year_runs_from_the_first_day_its_sentence_gives(sentence: str, value: str, bounds: tuple[str, str]) -> None:
    timex = RESOLVER(Document(text=sentence, publication_date=JUN26_2024))[0]
    assert timex.value == value
    assert timex.interval is not None
    assert (timex.interval.earliest, timex.interval.latest) == bounds
