"""A date resolver for other languages, backed by dateparser.

:class:`DateparserResolver` finds temporal expressions with :func:`dateparser.search.search_dates`
in any language dateparser knows and reads each one's granularity with
:class:`dateparser.date.DateDataParser` (its ``period``: day, week, month, year or time). It is
meant for text the English rules do not cover, and it is slow: dateparser tries its date
formats on every stretch of text, so the stage costs 50 to 100 ms per short news article, 25 to
40 times the rule-based :class:`~timeline.resolver.RuleBasedResolver` (the 120 MEANTIME texts:
6.4 to 11.6 s against 0.21 to 0.29 s over runs on a shared machine), far more than the rest of
a resolver-only pipeline. Use it for other languages, not for English, and one language per
document works best (dateparser's search settles on one language per text).

No clock is read: dateparser's ``RELATIVE_BASE`` is always set, to the publication date when
there is one. An expression whose value changes with that base ("hier", "vendredi", "22 mars")
is relative: it is resolved against the publication date, or skipped without one. Only
expressions that need no anchor (full dates) are resolved without a publication date; they keep
a partial value, so a timeline made only of them can be re-anchored. Relative expressions keep
none (re-anchoring such a timeline raises a clear :class:`ValueError`).

Spans are located in the text in order (dateparser returns substrings only), trimmed of words
that carry no date ("le", "am"), widened to an "ago" phrase or a finer date it cut off ("il y a",
"7." before "Oktober 2023"), and a weekday in apposition ("Montag, dem 4. März 2024") joins its
date when the weekday fits.

dateparser reads many things as dates that are not; these are skipped: spans that are only
digits ("1990", "am 7"), durations ("pendant 3 jours" reads as "3 day", with no "ago"), decades
("the 1990s" reads as seconds, "les années 1990" as the year 1990), clock-less "times", and a
lone abbreviated weekday or month name (German "Die" is dateparser's Tuesday).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from timeline import calendar as cal
from timeline.calendar import CalendarRangeError, Granularity, Interval
from timeline.model import Anchor, AnchorKind, TimeExpression, TimexType

if TYPE_CHECKING:
    from timeline.pipeline import Document

__all__ = ["DateparserResolver"]

#: dateparser ``period`` -> granularity of the value.
_PERIODS = {"day": Granularity.DAY, "week": Granularity.WEEK, "month": Granularity.MONTH, "year": Granularity.YEAR}
#: A second reference date for telling relative expressions from absolute ones: a year and a week
#: later, so the weekday, the month day and the year all differ.
_SHIFT = timedelta(days=372)
#: The reference date used without a publication date (only absolute expressions are kept).
_NEUTRAL_BASE = datetime(2001, 1, 1)
#: Words dateparser's translation uses for calendar units, "ago" and "in" mark a relative offset.
_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
_OFFSET_WORDS = frozenset({"ago", "in"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = tuple(m.lower() for m in cal.MONTH_NAMES)
#: Conjunctions dateparser joins two dates with ("Oktober 2023 und am 7"): a span is cut there.
_CONJUNCTIONS = frozenset({"and", "und", "et", "y", "e", "en", "og", "och", "i", "oder", "ou", "o", "or"})
_DATE_WORDS = frozenset({*_WEEKDAYS, *_MONTHS, *_UNITS, "ago", "am", "pm", "noon", "midnight"})
_TOKEN = re.compile(r"\w+\.?|[^\w\s]", re.UNICODE)
_CLOCK = re.compile(r"\d{1,2}\s?(?::|h\b|h\d|uhr\b|a\.?m\.?|p\.?m\.?)", re.IGNORECASE)
_DECADE = re.compile(r"\d{3}0(?:'?s|er)\b", re.IGNORECASE)
_PLURAL_YEARS = re.compile(r"^\D*s\W+\d{3}0$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d+[.,]?$")


class DateparserResolver:
    """Temporal expressions in the languages dateparser supports (see the module docstring).

    Args:
        languages: dateparser language codes of the text (``("fr",)``, ``("de", "fr")``).
        prefer_dates_from: dateparser's ``PREFER_DATES_FROM`` for incomplete dates; news reports
            the past, so ``"past"``.
    """

    name = "dateparser"
    needs_parse = False

    def __init__(self, *, languages: Sequence[str] = ("fr",), prefer_dates_from: str = "past") -> None:
        if isinstance(languages, str):
            languages = (languages,)
        self.languages = tuple(languages)
        self.prefer_dates_from = prefer_dates_from

    def __repr__(self) -> str:
        return f"DateparserResolver(languages={self.languages!r}, prefer_dates_from={self.prefer_dates_from!r})"

    def __getstate__(self) -> dict[str, Any]:
        return {"languages": self.languages, "prefer_dates_from": self.prefer_dates_from}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def _settings(self, base: datetime) -> dict[str, Any]:
        return {"RELATIVE_BASE": base, "PREFER_DATES_FROM": self.prefer_dates_from, "RETURN_TIME_AS_PERIOD": True}

    def __call__(self, document: Document) -> Sequence[TimeExpression]:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates

        text = document.text
        published = document.publication_date
        # The end of the publication day, so a clock time alone falls on that day.
        base = datetime.combine(published, time(23, 59)) if published is not None else _NEUTRAL_BASE
        other_base = base + _SHIFT if base.year < 9998 else base - _SHIFT
        # Only the substrings of the search are used, so it runs with a base far from the calendar's
        # ends (dateparser overflows counting "hier" back from year 1).
        search_base = base if 2 <= base.year <= 9997 else _NEUTRAL_BASE
        found = search_dates(text, languages=list(self.languages), settings=self._settings(search_base)) or []
        parsers = (
            _SafeParser(DateDataParser(languages=list(self.languages), settings=self._settings(base))),
            _SafeParser(DateDataParser(languages=list(self.languages), settings=self._settings(other_base))),
        )
        out: list[TimeExpression] = []
        cursor = 0
        for substring, _ in found:
            at = _locate(text, substring, cursor)
            if at < 0:
                continue
            cursor = at + len(substring)
            for span in self._spans(text, at, at + len(substring), parsers[0]):
                span = self._extend_left(text, *span, out[-1].end if out else 0, parsers[0])
                timex = self._read(text, span, parsers, published, len(out) + 1)
                if timex is None:
                    continue
                merged = self._with_weekday(text, out[-1], timex) if out else None
                if merged is not None:
                    out[-1] = merged
                else:
                    out.append(timex)
        return out

    def _with_weekday(self, text: str, weekday: TimeExpression, day: TimeExpression) -> TimeExpression | None:
        """ "Montag, dem 4. März 2024" as one date: dateparser returns the weekday apart (and reads
        it as last Monday) when a comma and an article stand between it and the date."""
        between = [m.group() for m in _TOKEN.finditer(text, weekday.end, day.start)]
        if len(between) > 2 or any(len(word) > 3 for word in between):
            return None
        name = self._translate(weekday.text)
        if name not in _WEEKDAYS or day.interval is None or day.interval.granularity is not Granularity.DAY:
            return None
        assert day.interval.start is not None
        if day.interval.start.weekday() != _WEEKDAYS.index(name):
            return None
        return attrs.evolve(
            day,
            id=weekday.id,
            text=text[weekday.start : day.end],
            start=weekday.start,
            explanation=f"{day.explanation}, a {name.capitalize()} as the text says",
        )

    # --- locating ---------------------------------------------------------------------------
    def _translate(self, words: str) -> str:
        """dateparser's English rendering of ``words`` (e.g. "hier" -> "1 day ago")."""
        from dateparser.conf import settings
        from dateparser.languages.loader import default_loader

        for code in self.languages:
            locale = default_loader.get_locale(code)
            if locale.is_applicable(words, strip_timezone=False, settings=settings):
                translated: str = locale.translate(words, keep_formatting=False, settings=settings)
                return " ".join(translated.split())
        return " ".join(words.lower().split())

    def _extend_left(self, text: str, start: int, end: int, floor: int, parser: Any) -> tuple[int, int]:
        """Take in words before the span when they make it an "ago" offset ("a 3 jours" out of
        "il y a 3 jours") or, word by word, a finer date ("7." before "Oktober 2023", "22 mars"
        before a "2024" found alone)."""
        before = [m.start() for m in _TOKEN.finditer(text, floor, start)][-3:]
        if not before:
            return start, end
        if "ago" not in self._translate(text[start:end]).split():
            for candidate in reversed(before):
                if "ago" in self._translate(text[candidate:end]).split():
                    return candidate, end
        here = parser.get_date_data(text[start:end])
        while before and here.date_obj is not None and here.period in _PERIODS:
            wider = parser.get_date_data(text[before[-1] : end])
            finer = wider.period in _PERIODS and _PERIODS[wider.period].rank < _PERIODS[here.period].rank
            if wider.date_obj is None or not finer:
                break
            start, here, before = before[-1], wider, before[:-1]
        return start, end

    def _spans(self, text: str, start: int, end: int, parser: Any) -> list[tuple[int, int]]:
        """The span cut at conjunctions and trimmed at either edge of punctuation, dateparser's
        skip words ("le", "de") and words that change nothing ("am" in "am 7. Oktober 2023")."""
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
        groups: list[list[tuple[int, int]]] = [[]]
        for s, e in tokens:
            if text[s:e].lower() in _CONJUNCTIONS:
                groups.append([])
            else:
                groups[-1].append((s, e))
        spans = []
        phrases = [p.split() for p in self._skip_words() if " " in p]
        for group in groups:
            for phrase in phrases:  # "a las 15:30": a skip phrase of several words
                if len(group) > len(phrase) and [text[s:e].lower() for s, e in group[: len(phrase)]] == phrase:
                    group = group[len(phrase) :]
            while group and self._idle(text, group, 0, parser):
                group = group[1:]
            while group and self._idle(text, group, -1, parser):
                group = group[:-1]
            if group:
                spans.append((group[0][0], group[-1][1]))
        return spans

    def _idle(self, text: str, group: list[tuple[int, int]], edge: int, parser: Any) -> bool:
        """Whether the token at ``edge`` of ``group`` can go: it carries no date."""
        s, e = group[edge]
        word = text[s:e]
        if any(c.isdigit() for c in word):
            return False
        if not any(c.isalpha() for c in word) or word.lower() in self._skip_words():
            return True
        if len(group) == 1:
            return False
        rest = group[1:] if edge == 0 else group[:-1]
        without = parser.get_date_data(text[rest[0][0] : rest[-1][1]])
        if without.date_obj is None:
            return False
        translated = self._translate(word)
        if translated.split() and translated.split()[0] in _DATE_WORDS and translated != "am":
            return False  # "vendredi", "March": part of the date even where it adds nothing
        whole = parser.get_date_data(text[group[0][0] : group[-1][1]])
        return whole.date_obj is None or (whole.date_obj, whole.period) == (without.date_obj, without.period)

    def _skip_words(self) -> frozenset[str]:
        from dateparser.languages.loader import default_loader

        words: set[str] = set()
        for code in self.languages:
            words.update(w.lower() for w in default_loader.get_locale(code).info.get("skip", []))
        return frozenset(words)

    # --- reading ----------------------------------------------------------------------------
    def _read(
        self, text: str, span: tuple[int, int], parsers: tuple[Any, Any], published: date | None, number: int
    ) -> TimeExpression | None:
        start, end = span
        words = text[start:end]
        translated = self._translate(words)
        if self._false_positive(words, translated, text[end : end + 4]):
            return None
        first, second = (p.get_date_data(words) for p in parsers)
        if first.date_obj is None:
            return None
        clock = first.period == "time"
        if clock and not _CLOCK.search(words):
            return None  # "the 1990s" as seconds, "3 heures" as a time today
        try:
            interval = _interval(first.date_obj, first.period)
            other = _interval(second.date_obj, second.period) if second.date_obj is not None else None
        except (CalendarRangeError, ValueError, OverflowError):
            return None
        if interval is None:
            return None
        relative = other is None or cal.timex_value(other) != cal.timex_value(interval)
        if relative and published is None:
            return None  # it needs an anchor and there is none: no hidden clock
        value = cal.timex_value(interval)
        locale = first.locale or ",".join(self.languages)
        reading = f'dateparser ({locale}) reads "{words}" as "{translated}"'
        if relative:
            assert published is not None
            anchor = Anchor(kind=AnchorKind.PUBLICATION_DATE, value=published.isoformat(), timex_id="t0")
            explanation = f"{reading}, counted from the publication date {published.isoformat()}: {value}"
            partial = None
        else:
            anchor = Anchor(kind=AnchorKind.NONE)
            explanation = f"{reading}, a full date: {value}"
            partial = _absolute_partial(first.date_obj, interval.granularity)
        return TimeExpression(
            id=f"t{number}",
            text=words,
            start=start,
            end=end,
            type=TimexType.TIME if clock else TimexType.DATE,
            value=value,
            interval=interval,
            anchor=anchor,
            rule="dateparser",
            explanation=explanation,
            partial=partial,
        )

    def _false_positive(self, words: str, translated: str, after: str) -> bool:
        """dateparser's known misreadings (see the module docstring)."""
        if _BARE_NUMBER.match(words):
            return True
        if _DECADE.search(words + after) or (_PLURAL_YEARS.match(words) and translated.startswith("year")):
            return True
        parts = translated.split()
        if _UNITS & set(parts) and not _OFFSET_WORDS & set(parts):
            numbers = [p for p in parts if p.isdigit()]
            if not numbers or any(len(n) < 4 for n in numbers):
                return True  # "3 day": a duration, not a date
        if len(parts) == 1 and (parts[0] in _WEEKDAYS or parts[0] in _MONTHS) and " " not in words.strip():
            return self._abbreviated(words.strip().rstrip(".").lower(), parts[0])
        return False

    def _abbreviated(self, word: str, english: str) -> bool:
        """Whether ``word`` is a short form of a weekday or month name (a lone "Die", "mar")."""
        from dateparser.languages.loader import default_loader

        for code in self.languages:
            names = default_loader.get_locale(code).info.get(english, [])
            full = max((len(n) for n in names), default=0)
            if word in (n.lower() for n in names) and len(word) < full:
                return True
        return False


def _locate(text: str, substring: str, cursor: int) -> int:
    """Where dateparser's ``substring`` starts at or after ``cursor``: the first occurrence that is
    not inside a word ("hier" is not the one in "Thierry"), else the first one; -1 if none."""
    bounded = re.compile(r"(?<!\w)" + re.escape(substring) + r"(?!\w)").search(text, cursor)
    return bounded.start() if bounded is not None else text.find(substring, cursor)


class _SafeParser:
    """A ``DateDataParser`` that reads a date off the calendar's ends as no date."""

    __slots__ = ("parser",)

    def __init__(self, parser: Any) -> None:
        self.parser = parser

    def get_date_data(self, words: str) -> Any:
        from dateparser.date import DateData

        try:
            return self.parser.get_date_data(words)
        except (OverflowError, ValueError):
            return DateData(date_obj=None, period="day", locale=None)


def _interval(moment: datetime, period: str) -> Interval | None:
    if period == "time":
        return cal.clock_interval(moment.date(), moment.hour, moment.minute, moment.second or None)
    granularity = _PERIODS.get(period)
    if granularity is None:
        return None
    return cal.unit_interval(granularity, moment.date())


def _absolute_partial(moment: datetime, granularity: Granularity) -> dict[str, Any] | None:
    """The partial value of a full date, so re-anchoring resolves it as the rules would."""
    if granularity is Granularity.WEEK:
        return None
    partial: dict[str, Any] = {"kind": "absolute", "type": TimexType.DATE.value, "year": moment.year}
    if granularity in (Granularity.MONTH, Granularity.DAY) or granularity.rank < Granularity.DAY.rank:
        partial["month"] = moment.month
    if granularity is Granularity.DAY or granularity.rank < Granularity.DAY.rank:
        partial["day"] = moment.day
    if granularity.rank < Granularity.DAY.rank:
        partial.update(type=TimexType.TIME.value, hour=moment.hour, minute=moment.minute)
        if moment.second:
            partial["second"] = moment.second
    partial["orientation"] = "unknown"
    return partial
