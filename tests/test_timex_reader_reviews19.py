"""Time values two readers found wrong in twelve hand-written news stories (review set 19: lives
and careers, politics, science, business and conflict), each in a short sentence of the same kind
(no corpus text), with the TIMEX3 value, type and mod TimeML writes for it. Resolver only (no
spaCy parse) unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

from reader_reviews import reviewed_values

JAN8_2024 = date(2024, 1, 8)  # a Monday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # "two years later" from the story's time is a step of its history, which later times count from
    (
        JAN8_2024,
        "His first album came out in 1968. Two years later it reached the Top 40, and he signed "
        "with Atlantic Records the following year.",
        "the following year",
        "1971",
        "DATE",
        N,
    ),
]

test_reviewed_value = reviewed_values(EXAMPLES)
