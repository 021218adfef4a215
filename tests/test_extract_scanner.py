"""The characters a rule's match begins with: read soundly from the pattern, and the rule's scanner
(its pattern behind a look-ahead for them) finds exactly the pattern's matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import news_text
from timeline.resolver.language import first_characters, load_language, scanning_pattern


def test_optional_words_and_zero_width_items_add_their_beginnings() -> None:
    # "\b" and look-behinds take no text; "the " is optional, so the digits may begin a match too.
    assert first_characters(r"\b(?<!No\.\s)(?:the\s)?(?P<year>\d{4})") == r"\dt"
    assert first_characters(r"(?:[0-3]?\d|mid-)(?:st|th)") == r"0-3\dm"


def test_alternatives_give_every_beginning() -> None:
    assert first_characters(r"(?i:noon|midnight)|1[0-2]") == "1mn"


def test_a_pattern_that_may_match_nothing_or_begin_anywhere_has_no_beginning() -> None:
    assert first_characters(r"(?:the\s)?") is None
    assert first_characters(r"(?:last)?\s*") is None
    assert first_characters(r".year") is None
    assert first_characters(r"[^a-z]year") is None
    assert first_characters(r"(?P<a>x)(?P=a)") == "x"  # the back-reference comes second
    assert first_characters(r"(?:(?P=a)|x)") is None


def test_the_scanner_keeps_global_flags_first_and_the_pattern_whole_without_a_beginning() -> None:
    scanner = scanning_pattern(re.compile(r"(?i)\bfriday"))
    assert scanner.pattern == r"(?i)(?=(?i:[f]))\bfriday"
    assert [m.group() for m in scanner.finditer("FRIDAY and Friday")] == ["FRIDAY", "Friday"]
    anywhere = re.compile(r".day")
    assert scanning_pattern(anywhere) is anywhere


def test_every_english_rule_is_scanned_behind_its_beginnings() -> None:
    for rule in load_language("en").rules:
        assert rule.scanner.groupindex == rule.pattern.groupindex, rule.name
        assert [m.span() for m in rule.scanner.finditer(rule.example)] == [
            m.span() for m in rule.pattern.finditer(rule.example)
        ], rule.name


_EXAMPLES = [rule.example for rule in load_language("en").rules]
_texts = st.one_of(
    news_text(),
    st.lists(st.one_of(st.sampled_from(_EXAMPLES), news_text(max_parts=4)), max_size=8).map(" ".join),
)


@settings(max_examples=100, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=40))
def test_a_rules_scanner_finds_the_matches_of_its_pattern(text: str, lo: int) -> None:
    """Every group of every match, from any start (a window's ``lo``: look-behinds see before it)."""
    for rule in load_language("en").rules:
        found = [(m.regs, m.groupdict()) for m in rule.scanner.finditer(text, lo)]
        assert found == [(m.regs, m.groupdict()) for m in rule.pattern.finditer(text, lo)], rule.name


def test_a_pattern_that_begins_with_a_character_is_left_to_re() -> None:
    """ "(?:19|20)\\d\\d" begins with a character: ``re`` skips to a 1 or a 2 by itself."""
    for source in (r"(?P<y>(?:19|20)\d\d)", r"['’]\d\d", r"Q[1-4]"):
        pattern = re.compile(source)
        assert scanning_pattern(pattern) is pattern
    guarded = scanning_pattern(re.compile(r"\b(?:19|20)\d\d"))
    assert guarded.pattern == r"(?=(?i:[12]))\b(?:19|20)\d\d"


def test_a_rule_is_parsed_once_for_its_literals_beginnings_and_scanner(monkeypatch: pytest.MonkeyPatch) -> None:
    # Parsing is most of the time of loading the rules, which the first call of a process pays.
    from timeline.resolver import language

    parses: list[str] = []
    real_parse = language._sre_parser.parse

    class CountingParser:
        @staticmethod
        def parse(source: str) -> object:
            parses.append(source)
            return real_parse(source)

    monkeypatch.setattr(language, "_sre_parser", CountingParser)
    language._parsed.cache_clear()
    source = r"\b(?<!No\.\s)(?:the\s)?(?P<year>\d{4}) was once parsed"
    language.required_literals(source)
    first_characters(source)
    scanning_pattern(re.compile(source))
    assert parses == [source]
