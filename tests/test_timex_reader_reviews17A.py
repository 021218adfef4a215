"""Time values a reader found wrong in seven hand-written news stories (review set 17A), each in a
short sentence of the same kind (no corpus text), with the TIMEX3 value, type and mod TimeML
writes for it. Resolver only (no spaCy parse).
"""

from __future__ import annotations

from datetime import date

import pytest

from reader_reviews import check_value, check_value_with_the_parse

JAN6_2025 = date(2025, 1, 6)  # a Monday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
]


@pytest.mark.parametrize(("published", "sentence", "phrase", "value", "type_", "mod"), EXAMPLES)
def test_reviewed_value(
    published: date, sentence: str, phrase: str, value: str | None, type_: str, mod: str | None
) -> None:
    check_value(published, sentence, phrase, value, type_, mod)


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


@pytest.mark.parametrize(("published", "sentence", "phrase", "value"), WITH_THE_PARSE)
def test_reviewed_value_with_the_parse(published: date, sentence: str, phrase: str, value: str) -> None:
    check_value_with_the_parse(published, sentence, phrase, value)
