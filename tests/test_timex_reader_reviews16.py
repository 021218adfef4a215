"""Time values a reader found wrong in seven hand-written wire stories (review C), each in a
short sentence of the same kind (no corpus text), with the TIMEX3 value, type and mod TimeML
writes for it. Resolver only (no spaCy parse) unless said otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver

SEP30_2022 = date(2022, 9, 30)  # a Friday
N = None
RESOLVER = RuleBasedResolver(use_parse=False)


def _found(text: str, published: date) -> list[tuple[str, str | None, str, str | None]]:
    return [(t.text, t.value, t.type.value, t.mod) for t in RESOLVER(Document(text=text, publication_date=published))]


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a time after "since" with a "when" clause telling what happened then is one the story moves to
    (
        SEP30_2022,
        "The referendums were held from Sept. 23 to 27. It was the first veto since Feb. 25, when Moscow "
        "blocked a resolution deploring its invasion, launched the previous day.",
        "the previous day",
        "2022-02-24",
        "DATE",
        N,
    ),
    # without one, it stays a point of comparison
    (
        SEP30_2022,
        "The referendums were held from Sept. 23 to 27. Prices have risen since Feb. 25. The vote had been "
        "called the previous day.",
        "the previous day",
        "2022-09-26",
        "DATE",
        N,
    ),
]


@pytest.mark.parametrize(("published", "sentence", "phrase", "value", "type_", "mod"), EXAMPLES)
def test_reviewed_value(
    published: date, sentence: str, phrase: str, value: str | None, type_: str, mod: str | None
) -> None:
    found = _found(sentence, published)
    assert [f for f in found if f[0] == phrase] == [(phrase, value, type_, mod)], found
