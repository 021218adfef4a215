"""Time values two readers found wrong in twelve hand-written news stories (review set 18: six
looking ahead, six looking back), each in a short sentence of the same kind (no corpus text), with
the TIMEX3 value, type and mod TimeML writes for it. Resolver only (no spaCy parse) unless a test
says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader_reviews import check_value

JAN6_2025 = date(2025, 1, 6)  # a Monday
AUG14_2024 = date(2024, 8, 14)  # a Wednesday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a bare weekday in the sentence of "this weekend" or "next week" is a day of that week
    (
        AUG14_2024,
        "The festival enters its busiest stretch this weekend, with 900 shows scheduled on Saturday alone.",
        "Saturday",
        "2024-08-17",
        "DATE",
        N,
    ),
    (
        AUG14_2024,
        "Highlights this weekend include a parade on Saturday and a concert at 9pm on Sunday.",
        "9pm",
        "2024-08-18T21:00",
        "TIME",
        N,
    ),
    (
        JAN6_2025,
        "Temperatures will fall sharply next week, with overnight frost likely from Monday.",
        "Monday",
        "2025-01-13",
        "DATE",
        N,
    ),
]


@pytest.mark.parametrize(("published", "sentence", "phrase", "value", "type_", "mod"), EXAMPLES)
def test_value(published: date, sentence: str, phrase: str, value: str | None, type_: str, mod: str | None) -> None:
    check_value(published, sentence, phrase, value, type_, mod)
