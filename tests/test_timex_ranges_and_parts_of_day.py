"""Ranges of durations and months, a weekday's part of day and universal time, as TimeML writes them.

Hand-written sentences, resolved without a parse against Friday 2024-03-22.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver

FRIDAY = date(2024, 3, 22)
RESOLVER = RuleBasedResolver(use_parse=False)


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(t.text, t.value, t.type.value) for t in RESOLVER(Document(text=text, publication_date=FRIDAY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday's part of day is a TIME of that day (TimeML: "Friday night" is 2024-03-22TNI)
        ("Officials met Thursday night.", [("Thursday night", "2024-03-21TNI", "TIME")]),
        ("The talks ended on Tuesday morning.", [("Tuesday morning", "2024-03-19TMO", "TIME")]),
        ("He will speak Monday afternoon.", [("Monday afternoon", "2024-03-25TAF", "TIME")]),
        ("The vote was held Wednesday evening.", [("Wednesday evening", "2024-03-20TEV", "TIME")]),
    ],
)
def test_a_weekday_keeps_its_part_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first number of a range shares the unit written after the second
        (
            "The review would take between 60 and 90 days.",
            [("60", "P60D", "DURATION"), ("90 days", "P90D", "DURATION")],
        ),
        ("Repairs take two to three weeks.", [("two", "P2W", "DURATION"), ("three weeks", "P3W", "DURATION")]),
        ("He was held for two or three days.", [("two", "P2D", "DURATION"), ("three days", "P3D", "DURATION")]),
        ("The flight lasts 10 to 15 minutes.", [("10", "PT10M", "DURATION"), ("15 minutes", "PT15M", "DURATION")]),
        # an age is no duration, and a number range of something else no time
        ("Children 2 to 5 years old were vaccinated.", []),
        ("Prices rose 2 to 3 percent.", []),
    ],
)
def test_a_range_of_durations_gives_both_ends(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales were weak between January and March.", [("January", "2024-01", "DATE"), ("March", "2024-03", "DATE")]),
        ("Snow fell throughout February.", [("February", "2024-02", "DATE")]),
    ],
)
def test_a_month_after_between_or_throughout_is_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time in universal time is a time wherever it stands, and ISO 8601 writes its zone as Z
        ("As of 14:48 UTC, the index was down.", [("14:48 UTC", "2024-03-22T14:48Z", "TIME")]),
        ("Trading resumed at 0800 GMT.", [("0800 GMT", "2024-03-22T08:00Z", "TIME")]),
        ("The quake struck at 10:30 p.m. GMT.", [("10:30 p.m. GMT", "2024-03-22T22:30Z", "TIME")]),
        # with its day, one expression
        ("Trading halted at 16:00 UTC yesterday.", [("16:00 UTC yesterday", "2024-03-21T16:00Z", "TIME")]),
        ("The polls closed at 20:00 GMT Wednesday.", [("20:00 GMT Wednesday", "2024-03-20T20:00Z", "TIME")]),
        # other zones keep the local clock, as TimeBank writes them
        ("The polls close at 8 p.m. EST.", [("8 p.m. EST", "2024-03-22T20:00", "TIME")]),
        # a dotted number with no zone after a verb is no time
        ("Shares rose 14.50 on the day.", []),
    ],
)
def test_universal_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "final" is the last part of a year that is named; alone it is a game's, not a calendar's
        ("Profit rose in the final quarter of 2023.", [("the final quarter of 2023", "2023-Q4", "DATE")]),
        ("Sales fell in the final half of last year.", [("the final half of last year", "2023-H2", "DATE")]),
        ("He scored twice in the final quarter.", []),
    ],
)
def test_the_final_quarter_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected
