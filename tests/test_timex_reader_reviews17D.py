"""Time values a reader found wrong in seven economy and markets stories (session 17, review set
D), each in a short sentence of the same kind (no corpus text), with the TIMEX3 value, type and mod
TimeML writes for it. Resolver only (no spaCy parse).
"""

from __future__ import annotations

from datetime import date

import pytest

from reader_reviews import check_value, check_value_with_the_parse

AUG6_2024 = date(2024, 8, 6)  # a Tuesday
NOV13_2022 = date(2022, 11, 13)  # a Sunday
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
]


@pytest.mark.parametrize(("published", "sentence", "phrase", "value", "type_", "mod"), EXAMPLES)
def test_reviewed_value(
    published: date, sentence: str, phrase: str, value: str | None, type_: str, mod: str | None
) -> None:
    check_value(published, sentence, phrase, value, type_, mod)


# (published, sentence, phrase, value), in the full pipeline: the tense comes from the parse
WITH_THE_PARSE: list[tuple[date, str, str, str]] = [
    # a participle coordinated with a past passive shares its auxiliary ("was"): a past, however far back
    (NOV13_2022, "CoinVault was founded in 2019 and valued at $32 billion in January.", "January", "2022-01"),
    (NOV13_2022, "CoinVault was valued at $32 billion in January.", "January", "2022-01"),
    # ... and a bare verb coordinated with a "will" future shares the "will"
    (NOV13_2022, "The plant will open in May and close in December.", "May", "2023-05"),
]


@pytest.mark.parametrize(("published", "sentence", "phrase", "value"), WITH_THE_PARSE)
def test_reviewed_value_with_the_parse(published: date, sentence: str, phrase: str, value: str) -> None:
    check_value_with_the_parse(published, sentence, phrase, value)
