"""The literals a rule requires: read soundly from the pattern, and skipping the windows that
lack them finds exactly the mentions a full scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import news_text
from timeline.resolver import extract
from timeline.resolver.extract import find_mentions
from timeline.resolver.language import case_blind, load_language, required_literals


def test_mandatory_words_are_required_and_optional_ones_are_not() -> None:
    assert set(required_literals(r"(?i:\bthe\s(?:full\s)?year\b)")) == {frozenset({"the"}), frozenset({"year"})}
    assert required_literals(r"(?:last\s)?week") == (frozenset({"week"}),)


def test_alternatives_require_one_of_their_beginnings() -> None:
    assert required_literals(r"\b(?:ago|later|from\snow)\b") == (frozenset({"ago", "later", "from"}),)
    # One alternative begins with a digit: the alternation requires nothing, the words after it do.
    assert required_literals(r"(?:\d+|two) days") == (frozenset({" days"}),)


def test_a_pattern_of_alternatives_requires_one_literal_of_any_of_them() -> None:
    """Each alternative's rarest set: "fiscal" in one, "fy" in the other (found in no window of
    most texts, so the rule's many windows around digits are skipped)."""
    assert required_literals(r"(?i:\bfiscal\s)(?P<year>\d{4})|\bFY\s?(?P<fy>\d{2})") == (frozenset({"fiscal", "fy"}),)
    assert required_literals(r"(?i:fiscal)\s\d{4}|\d{4}") == ()  # one alternative requires nothing


def test_only_the_ascii_beginning_of_a_literal_is_kept() -> None:
    found = set(required_literals("(?:Valentine’s|Easter) Day"))
    assert found == {frozenset({"valentine", "easter"}), frozenset({" day"})}


def test_case_is_ignored_and_nothing_certain_gives_nothing() -> None:
    assert required_literals("(?i:Friday)") == (frozenset({"friday"}),)
    assert required_literals(r"\d{4}|[A-Z]\w+") == ()


def test_a_text_an_ignore_case_pattern_matches_holds_its_literals_case_blind() -> None:
    """Dotless i and long s match "i" and "s" ignoring case, but do not lower-case to them."""
    source = r"\ball rights reserved\b"
    for text in ("ALL RIGHTS RESERVED.", "All rıghts reſerved.", "All rights reserved."):
        assert re.search(source, text, re.IGNORECASE)
        assert all(any(literal in case_blind(text) for literal in group) for group in required_literals(source))


def test_every_rule_example_holds_the_literals_its_rule_requires() -> None:
    for rule in load_language("en").rules:
        example = rule.example.lower()
        for group in rule.required:
            assert any(literal in example for literal in group), (rule.name, group)


_EXAMPLES = [rule.example for rule in load_language("en").rules]
_texts = st.one_of(
    news_text(),
    st.lists(st.one_of(st.sampled_from(_EXAMPLES), news_text(max_parts=4)), max_size=8).map(" ".join),
)


@settings(max_examples=150, deadline=None)
@given(_texts)
def test_skipping_windows_without_the_required_literals_changes_nothing(text: str) -> None:
    language = load_language("en")
    fast = find_mentions(text, language)
    with pytest.MonkeyPatch.context() as patch:
        # No window is skipped: every window of every rule is scanned.
        patch.setattr(extract, "_holds", lambda chunk, required: True)
        full = find_mentions(text, language)
    assert fast == full
