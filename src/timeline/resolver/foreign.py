"""Full dates written in other languages ("22 mars 2024", "3. März 1999"), read with dateparser.

The rules find a candidate span (a day, a word, a year); only a candidate whose word is a month
name in one of :data:`LANGUAGES` (from dateparser's own locale data) is handed to
:func:`dateparser.parse`, restricted to the languages that know the word, so dateparser never
runs per token and rarely runs at all. dateparser and its locale data load on first use.
"""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache
from typing import Any

__all__ = ["LANGUAGES", "foreign_date"]

#: Languages whose month names are recognised (dateparser codes).
LANGUAGES = ("fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "ro", "ca")
_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_SETTINGS: dict[str, Any] = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"}


@cache
def _month_words() -> dict[str, frozenset[str]]:
    """Lower-case month word -> the languages that use it."""
    from dateparser.languages.loader import default_loader

    words: dict[str, set[str]] = {}
    for code in LANGUAGES:
        info = default_loader.get_locale(code).info
        for key in _MONTH_KEYS:
            for word in info.get(key, ()):
                words.setdefault(word.lower().rstrip("."), set()).add(code)
    return {word: frozenset(codes) for word, codes in words.items()}


def foreign_date(text: str, month_word: str) -> date | None:
    """The date ``text`` names, if ``month_word`` is a month in a known language and dateparser
    reads the whole of ``text`` as a day, month and year; else ``None``."""
    codes = _month_words().get(month_word.lower().rstrip("."))
    if not codes:
        return None
    return _parse(text, tuple(sorted(codes)))


@lru_cache(maxsize=4096)
def _parse(text: str, languages: tuple[str, ...]) -> date | None:
    import dateparser

    parsed = dateparser.parse(text, languages=list(languages), settings=_SETTINGS)
    return None if parsed is None else parsed.date()
