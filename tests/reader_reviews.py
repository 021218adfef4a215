"""What the reader-review tests share (``test_timex_reader_reviews*.py``): each file holds the
examples of one review, (published, sentence, phrase, value, type, mod) as TimeML writes them, and
runs these checks on them, through the tests :func:`reviewed_values`, :func:`not_times` and
:func:`values_with_the_parse` make of its tables. The resolver alone (no spaCy parse) unless the
check says otherwise."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pytest

from timeline import extract_timeline
from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver

RESOLVER = RuleBasedResolver(use_parse=False)

#: (published, sentence, phrase, value, type, mod)
Example = tuple[date, str, str, str | None, str, str | None]


def found(text: str, published: date) -> list[tuple[str, str | None, str, str | None]]:
    """(text, value, type, mod) of each time expression the resolver finds, in order."""
    return [(t.text, t.value, t.type.value, t.mod) for t in RESOLVER(Document(text=text, publication_date=published))]


def check_value(published: date, sentence: str, phrase: str, value: str | None, type_: str, mod: str | None) -> None:
    """The phrase is found once, with that value, type and mod."""
    times = found(sentence, published)
    assert [f for f in times if f[0] == phrase] == [(phrase, value, type_, mod)], times


def check_not_a_time(published: date, sentence: str, words: str) -> None:
    """No time expression holds the words."""
    times = found(sentence, published)
    assert not [f for f in times if words in f[0]], times


def check_value_with_the_parse(published: date, sentence: str, phrase: str, value: str) -> None:
    """The phrase has that value in the full pipeline, whose tense reading goes through the parse."""
    times = [(t.text, t.value) for t in extract_timeline(sentence, publication_date=published).times]
    assert [t for t in times if t[0] == phrase] == [(phrase, value)], times


def reviewed_values(examples: Sequence[Example]) -> Callable[..., None]:
    """A test of :func:`check_value` on each example, for a module to bind as ``test_reviewed_value``."""

    @pytest.mark.parametrize(("published", "sentence", "phrase", "value", "type_", "mod"), examples)
    def test(published: date, sentence: str, phrase: str, value: str | None, type_: str, mod: str | None) -> None:
        check_value(published, sentence, phrase, value, type_, mod)

    return test


def not_times(cases: Sequence[tuple[date, str, str]]) -> Callable[..., None]:
    """A test of :func:`check_not_a_time` on each (published, sentence, words), to bind as ``test_not_a_time``."""

    @pytest.mark.parametrize(("published", "sentence", "words"), cases)
    def test(published: date, sentence: str, words: str) -> None:
        check_not_a_time(published, sentence, words)

    return test


def values_with_the_parse(cases: Sequence[tuple[date, str, str, str]]) -> Callable[..., None]:
    """A test of :func:`check_value_with_the_parse` on each (published, sentence, phrase, value), to
    bind as ``test_reviewed_value_with_the_parse``."""

    @pytest.mark.parametrize(("published", "sentence", "phrase", "value"), cases)
    def test(published: date, sentence: str, phrase: str, value: str) -> None:
        check_value_with_the_parse(published, sentence, phrase, value)

    return test
