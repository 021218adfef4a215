"""Time values a reader found wrong in seven economy and markets stories (session 17, review set
D), each in a short sentence of the same kind (no corpus text), with the TIMEX3 value, type and mod
TimeML writes for it. Resolver only (no spaCy parse).
"""

from __future__ import annotations

from datetime import date

import pytest

from reader_reviews import (
    RESOLVER,
    not_times,
    reviewed_values,
    values_with_the_parse,
)
from timeline import calendar
from timeline.pipeline import Document

AUG6_2024 = date(2024, 8, 6)  # a Tuesday
NOV13_2022 = date(2022, 11, 13)  # a Sunday
SEP30_2024 = date(2024, 9, 30)  # a Monday
APR10_2024 = date(2024, 4, 10)  # a Wednesday
DEC28_2024 = date(2024, 12, 28)  # a Saturday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # the day a market ended is a day: a month told in passing before it is no anchor for it
    (
        AUG6_2024,
        "It was the steepest drop since the crash of October 1987. The index rose 0.4% by 0800 GMT and"
        " ended the day 0.3% higher.",
        "the day",
        "2024-08-06",
        "DATE",
        N,
    ),
    (
        AUG6_2024,
        "It was the steepest drop since the crash of October 1987. The index ended the day 0.3% higher.",
        "the day",
        "2024-08-06",
        "DATE",
        N,
    ),
    # ... while a day told before it is the day it ended
    (AUG6_2024, "On Monday, the index ended the day 3% lower.", "the day", "2024-08-05", "DATE", N),
    # a day in the possessive dates a thing named ("Monday's sell-off"): the story stays on the day before it
    (
        AUG6_2024,
        "Stocks bounced back on Tuesday as investors bought shares battered in Monday's sell-off. The index"
        " recovered much of the 12.4% it lost a day earlier.",
        "a day earlier",
        "2024-08-05",
        "DATE",
        N,
    ),
    (
        AUG6_2024,
        "Stocks bounced back on Tuesday as investors bought shares battered in Monday's sell-off. The Nikkei"
        " closed at 3 p.m.",
        "3 p.m.",
        "2024-08-06T15:00",
        "TIME",
        N,
    ),
    # "the end of" a fiscal year is one expression with mod END, as "the end of 2027" is
    (
        SEP30_2024,
        "It expects to generate savings by the end of fiscal 2027. Its fiscal year ends in May.",
        "the end of fiscal 2027",
        "2027",
        "DATE",
        "END",
    ),
    # a month in the possessive before a noun, or after a possessive determiner, is the month of that
    # thing (TimeBank tags "December" in "December's figures", MEANTIME "January" in "their January sales")
    (APR10_2024, "The government also revised January's core reading up to 0.4%.", "January", "2024-01", "DATE", N),
    (AUG6_2024, "Traders expect the Fed to cut rates at its September meeting.", "September", "2024-09", "DATE", N),
    (APR10_2024, "Retailers reported their January sales.", "January", "2024-01", "DATE", N),
    # ... and, as a day in the possessive, not a time the story moves to
    (
        APR10_2024,
        "Prices rose 0.4% in March. The agency revised January's reading. A month earlier, they fell.",
        "A month earlier",
        "2024-02",
        "DATE",
        N,
    ),
]


test_reviewed_value = reviewed_values(EXAMPLES)


# (published, sentence, phrase, value), in the full pipeline: the tense comes from the parse
WITH_THE_PARSE: list[tuple[date, str, str, str]] = [
    # a participle coordinated with a past passive shares its auxiliary ("was"): a past, however far back
    (NOV13_2022, "CoinVault was founded in 2019 and valued at $32 billion in January.", "January", "2022-01"),
    (NOV13_2022, "CoinVault was valued at $32 billion in January.", "January", "2022-01"),
    # ... and a bare verb coordinated with a "will" future shares the "will"
    (NOV13_2022, "The plant will open in May and close in December.", "May", "2023-05"),
]


test_reviewed_value_with_the_parse = values_with_the_parse(WITH_THE_PARSE)


# (published, text, phrase, first day, last day): a fiscal year whose end or start the story states
# runs to that end, named (as TimeML writes it) for the calendar year it ends in
FISCAL_YEARS: list[tuple[date, str, str, str, str]] = [
    (
        SEP30_2024,
        "The deal will add to earnings in fiscal 2026. Its fiscal year ends in May.",
        "fiscal 2026",
        "2025-06-01",
        "2026-05-31",
    ),
    (
        DEC28_2024,
        "Canal revenue fell to $7.2 billion in fiscal 2024 from $9.4 billion a year earlier. Egypt's fiscal year"
        " ends on June 30.",
        "fiscal 2024",
        "2023-07-01",
        "2024-06-30",
    ),
    (
        DEC28_2024,
        "Canal revenue fell to $7.2 billion in fiscal 2024 from $9.4 billion a year earlier. Egypt's fiscal year"
        " ends on June 30.",
        "a year earlier",
        "2022-07-01",
        "2023-06-30",
    ),
    (
        SEP30_2024,
        "The state budget for fiscal 2025, which begins on July 1, passed.",
        "fiscal 2025",
        "2024-07-01",
        "2025-06-30",
    ),
    # without a stated end, or with two different ones, it stays the calendar year
    (SEP30_2024, "The deal will add to earnings in fiscal 2026.", "fiscal 2026", "2026-01-01", "2026-12-31"),
    (
        SEP30_2024,
        "Its fiscal year ends in May. Its rival's fiscal year ends in September. Both grew in fiscal 2024.",
        "fiscal 2024",
        "2024-01-01",
        "2024-12-31",
    ),
]


@pytest.mark.parametrize(("published", "text", "phrase", "first", "last"), FISCAL_YEARS)
def test_fiscal_year_runs_to_the_end_the_story_states(
    published: date, text: str, phrase: str, first: str, last: str
) -> None:
    times = [t for t in RESOLVER(Document(text=text, publication_date=published)) if t.text == phrase]
    assert len(times) == 1 and times[0].interval is not None, times
    assert (times[0].interval.earliest, times[0].interval.latest) == (first, last)
    assert times[0].value == str(int(last[:4]))


@pytest.mark.parametrize("last_month", range(1, 13))
def test_a_fiscal_year_is_named_for_the_year_it_ends_in(last_month: int) -> None:
    interval = calendar.fiscal_year_interval(2024, last_month)
    assert calendar.timex_value(interval) == "2024"
    assert interval.latest is not None and interval.latest.startswith(f"2024-{last_month:02d}")
    assert calendar.fiscal_last_month(interval) == (None if last_month == 12 else last_month)


# (published, sentence, words that must not be (part of) a time expression)
NOT_TIMES: list[tuple[date, str, str]] = [
    # a capitalized word before a possessive "May" makes it a name
    (APR10_2024, "Theresa May's government fell.", "May"),
]


test_not_a_time = not_times(NOT_TIMES)


def test_a_week_ago_says_which_week() -> None:
    """ "a week ago" is the week holding the day a week back (2024-W14, as TimeBank writes "six weeks
    ago" as a week); the explanation names that week, not the day alone."""
    (found,) = RESOLVER(Document(text="Prices rose a week ago.", publication_date=APR10_2024))
    assert found.value == "2024-W14"
    assert found.explanation.endswith("the week holding 2024-04-03")
