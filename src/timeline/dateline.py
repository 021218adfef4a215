"""Guess an article's publication date from its own text, when the caller gave none.

Relative expressions ("on Friday", "last week") need an anchor; most news text carries one in
the places editors put it: a metadata header or front matter at the top, a dateline
("WASHINGTON, March 22, 2024 (AP) —"), a byline or "Published ..." line, a date line under the
headline, and a copyright notice at the foot. :func:`detect_publication_date` looks only in those
places (the header block, about the first 600 characters of the body, the last 400 for the
copyright notice) and never takes a date from the story itself: "the Oct. 7, 2023 attack" in a
paragraph is an event, not the publication date.

Rules:

* The strongest cue wins: a metadata "published" key, then a dateline, byline or "Published"
  line, then a metadata "updated" key, then an "Updated" line, then a bare date line near the
  top, then the copyright year. "Published" beats "Updated" because relative expressions in
  the story were written relative to the first publication.
* A stamp with a time zone gives the local date as written (``2024-03-22T23:30:00-04:00`` is
  2024-03-22); no conversion to UTC.
* All-numeric dates ``A/B/YYYY`` (also with ``.`` or ``-``): day-first when ``A > 12``,
  month-first when ``B > 12``. When both are 12 or less the reading is ambiguous: an explicit
  format hint in the text ("dd/mm/yyyy", "mm/dd/yyyy") decides; otherwise month-first only in
  US-style context (a US time zone such as EDT, or an "(AP)" dateline) and with a ``/``
  separator; otherwise day-first, the reading of most of the world. Ambiguous readings get a
  lower confidence and say so in the explanation.
* Impossible dates ("February 30, 2024") are skipped; the next cue is tried.
* A copyright year is only a weak constraint: the guess has ``date=None`` and the year as
  ``earliest``/``latest``; with ``© 2019-2024`` only the last year is used, with less confidence.
  A wire dateline without a year ("LONDON, March 22 (Reuters) -") becomes an exact date only
  when no full date was found and a copyright notice supplies the year (lower confidence).

Vocabulary matches case-insensitively in ASCII only (``(?ai:...)``), so look-alikes such as
the long s in "Auguſt" never match a month name they cannot be looked up under.

Every regular expression uses bounded repetition and the windows are bounded, so the work is
linear in the input (in practice constant: only the windows are read).

Patterns are built from the vocabulary in ``data/datelines_en.json`` and compiled once.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

import attrs

__all__ = ["GuessMethod", "PublicationDateGuess", "detect_publication_date"]

#: Characters of body text (after any header block) searched for datelines, bylines and date lines.
HEAD_WINDOW = 600
#: Characters at the end of the text searched for a copyright notice.
TAIL_WINDOW = 400
#: Longest header block (front matter or ``Key: value`` lines) read at the top of the text.
HEADER_WINDOW = 8000
#: Longest line considered as a dateline, byline or date line.
MAX_CUE_LINE = 240
#: A head window cut inside a line is extended to the line end by at most this much.
_HEAD_OVERHANG = 200


class GuessMethod(StrEnum):
    """Where the publication date was found."""

    METADATA_HEADER = "metadata_header"
    DATELINE = "dateline"
    BYLINE = "byline"
    PUBLISHED_LINE = "published_line"
    UPDATED_LINE = "updated_line"
    LEADING_DATE = "leading_date"
    COPYRIGHT_YEAR = "copyright_year"


@attrs.frozen(kw_only=True, slots=True)
class PublicationDateGuess:
    """A publication date read from the text, with the evidence and how sure we are.

    ``date`` is the exact day, or ``None`` for a weak constraint (a copyright year) that only
    bounds the date to ``earliest``..``latest`` (inclusive). For an exact guess both bounds
    equal ``date``. ``text[start:end] == self.text`` is the evidence in the input.
    """

    date: dt.date | None
    earliest: dt.date
    latest: dt.date
    start: int
    end: int
    text: str
    method: GuessMethod
    confidence: float
    explanation: str

    def __attrs_post_init__(self) -> None:
        if self.earliest > self.latest:
            raise ValueError(f"earliest {self.earliest} is after latest {self.latest}")
        if self.date is not None and not self.earliest == self.date == self.latest:
            raise ValueError("an exact guess must have earliest == date == latest")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside 0..1")
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(f"evidence offsets {self.start}..{self.end} do not fit its text {self.text!r}")

    @property
    def is_exact(self) -> bool:
        """Whether the guess names a single day (not just a range such as a copyright year)."""
        return self.date is not None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping (dates in ISO form)."""
        return {
            "date": None if self.date is None else self.date.isoformat(),
            "earliest": self.earliest.isoformat(),
            "latest": self.latest.isoformat(),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "method": self.method.value,
            "confidence": self.confidence,
            "explanation": self.explanation,
        }


# --- vocabulary and patterns ------------------------------------------------------------------


@attrs.frozen(kw_only=True, slots=True)
class _Rules:
    months: dict[str, int]
    weekdays: dict[str, int]
    confidence: dict[str, float]
    published_keys: frozenset[str]
    updated_keys: frozenset[str]
    date: re.Pattern[str]
    cue: re.Pattern[str]
    cue_joint: re.Pattern[str]
    byline: re.Pattern[str]
    dateline_prefix: re.Pattern[str]
    yearless_dateline: re.Pattern[str]
    trailing_time: re.Pattern[str]
    dateline_suffix: re.Pattern[str]
    leading_prefix: re.Pattern[str]
    leading_suffix: re.Pattern[str]
    header_line: re.Pattern[str]
    value_date: re.Pattern[str]
    copyright: re.Pattern[str]
    us_context: re.Pattern[str]
    day_first_hint: re.Pattern[str]
    month_first_hint: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    """Longest first, so "sept" is tried before "sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _context_pattern(words: list[str]) -> re.Pattern[str]:
    """All-capital words (time zones) match case-sensitively as whole words; the rest literally."""
    parts = []
    for w in words:
        if w.isalpha() and w.isupper():
            parts.append(rf"\b{re.escape(w)}\b")
        else:
            parts.append(f"(?ai:{re.escape(w)})")
    return re.compile("|".join(parts))


@cache
def _rules() -> _Rules:
    raw = json.loads(resources.files("timeline").joinpath("data/datelines_en.json").read_text(encoding="utf-8"))
    months: dict[str, int] = raw["months"]
    weekdays: dict[str, int] = raw["weekdays"]
    month = rf"(?ai:{_alternation(list(months))})\b\.?"
    weekday = rf"(?:(?P<wd>(?ai:{_alternation(list(weekdays))}))\b\.?,?\s{{1,3}})?"
    ordinal = r"(?ai:st|nd|rd|th)?"
    year = r"[12]\d{3}(?!\d)"
    clock = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?)?"
    date_re = (
        rf"{weekday}(?:"
        rf"(?P<mdy_m>{month})\s{{1,3}}(?P<mdy_d>\d{{1,2}}){ordinal},?\s{{1,3}}(?P<mdy_y>{year})"
        rf"|(?<!\d)(?P<dmy_d>\d{{1,2}}){ordinal}\s{{1,3}}(?:of\s{{1,3}})?(?P<dmy_m>{month}),?\s{{1,3}}(?P<dmy_y>{year})"
        rf"|(?<![\d/.\-])(?P<iso_y>{year})(?P<iso_s>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_s)(?P<iso_d>\d{{1,2}})(?!\d){clock}"
        rf"|(?<![\d/.\-])(?P<num_a>\d{{1,2}})(?P<num_s>[/.\-])(?P<num_b>\d{{1,2}})(?P=num_s)(?P<num_y>{year})"
        r")"
    )
    sep = r"[\s:,|/\-–—·•]"
    time_of_day = r"(?:at\s{1,3})?\d{1,2}(?:[:.]\d{2}){0,2}\s{0,2}(?ai:[ap]\.?m\.?)?\s{0,2}(?:[A-Z]{1,5}\b)?"
    on = rf"(?:(?ai:on)\b{sep}{{1,6}})?"
    filler = rf"{sep}{{0,6}}{on}(?:{time_of_day}{sep}{{0,6}}{on})?"
    published = "|".join(raw["cues"]["published"])
    updated = "|".join(raw["cues"]["updated"])
    cue = rf"\b(?ai:(?P<updated>{updated})|(?P<published>{published}))\b{filler}$"
    name = r"[A-Z][\w.'’\-]{0,30}(?:\s{1,3}[A-Z][\w.'’\-]{0,30}){0,4}"
    names = rf"{name}(?:(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}and\s{{1,3}}){name}){{0,3}}"
    place = r"[A-Z][A-Z.'’\-]{1,30}(?:\s{1,3}[A-Z][A-Z.'’\-]{0,30}){0,4}"
    region = r"[A-Z][A-Za-z.'’\-]{0,30}(?:\s{1,3}[A-Z][A-Za-z.'’\-]{0,30}){0,3}"
    agency = r"(?:\([A-Z][A-Za-z&.'\- ]{0,30}\)|/[A-Z][A-Za-z&.'\- ]{0,30}/)"
    return _Rules(
        months=months,
        weekdays=weekdays,
        confidence=raw["confidence"],
        published_keys=frozenset(raw["metadata_keys"]["published"]),
        updated_keys=frozenset(raw["metadata_keys"]["updated"]),
        date=re.compile(date_re),
        cue=re.compile(cue),
        cue_joint=re.compile(r"[|·•/\-–—]\s{0,3}$"),
        byline=re.compile(rf"\s{{0,10}}(?:By|BY)\s{{1,3}}{names}\s{{0,3}}(?:[,|·•\-–—]\s{{0,3}})?"),
        dateline_prefix=re.compile(
            rf"^\s{{0,10}}\(?{place}(?:\s{{0,3}},\s{{0,3}}{region}){{0,2}}\)?\s{{0,3}}[,\-–—]?\s{{0,3}}$"
        ),
        yearless_dateline=re.compile(
            rf"[ \t]{{0,10}}\(?{place}(?:\s{{0,3}},\s{{0,3}}{region}){{0,2}}\)?\s{{0,3}},\s{{0,3}}"
            rf"(?P<m>{month})\s{{1,3}}(?P<d>\d{{1,2}}){ordinal}(?![\d,])\s{{0,3}}(?:{agency}\s{{0,3}})?(?:[-–—]{{1,2}})"
        ),
        trailing_time=re.compile(
            r"(?:,\s{0,2}|\s{1,3}(?:[-–—|]\s{1,3})?)(?:(?ai:at)\s{1,3})?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?!\d)"
            r"(?:\s{0,2}(?ai:[ap]\.?m\.?))?(?:\s{0,2}(?:[+-]\d{2}:?\d{2}|[A-Z]{2,5}\b))?"
        ),
        dateline_suffix=re.compile(rf"^\s{{0,3}}(?:{agency}\s{{0,3}})?(?:[-–—]{{1,2}}|:|$)"),
        leading_prefix=re.compile(r"^[\s\-–—|·•*#>_]{0,12}$"),
        leading_suffix=re.compile(
            rf"^{sep}{{0,6}}(?:{time_of_day})?{sep}{{0,6}}"
            r"(?:(?ai:last updated|updated|modified)\b.{0,80}"
            r"|\d{1,3}\s{1,3}(?ai:min(?:ute)?s?)\s{1,3}(?ai:read)\b.{0,40})?\s{0,10}$"
        ),
        header_line=re.compile(
            r"[ \t]{0,10}(?P<key>[A-Za-z][\w.\-]{0,40}(?:[: ][A-Za-z][\w.\-]{0,40}){0,3}?)"
            r"[ \t]{0,3}(?:[:=][ \t]{1,10}|[:=](?=[\"'\d]))(?P<value>[^\n]{0,400})$"
        ),
        value_date=re.compile(rf"[\"'\s]{{0,5}}(?:{date_re})"),
        copyright=re.compile(
            r"(?:(?ai:copyright)(?:\s{0,3}(?:©|\((?ai:c)\)))?|©|\((?ai:c)\))\s{0,3}"
            r"(?:(?P<first>[12]\d{3})\s{0,2}[-–—]\s{0,2})?(?P<year>[12]\d{3})(?!\d)"
        ),
        us_context=_context_pattern(raw["us_context"]),
        day_first_hint=_context_pattern(raw["day_first_hints"]),
        month_first_hint=_context_pattern(raw["month_first_hints"]),
    )


# --- reading a date match ---------------------------------------------------------------------


@attrs.frozen(kw_only=True, slots=True)
class _Reading:
    """A calendar date read from a date match, with a confidence factor and any caveat."""

    day: dt.date
    factor: float
    note: str


def _numeric_order(a: int, b: int, sep: str, context: str, rules: _Rules) -> tuple[bool, float, str]:
    """Whether ``a/b/yyyy`` is day-first, the confidence factor, and a note when it was a choice."""
    if a > 12:
        return True, 1.0, ""
    if b > 12 or a == b:
        return False, 1.0, ""
    if rules.day_first_hint.search(context):
        return True, 1.0, "read day-first as the text says"
    if rules.month_first_hint.search(context):
        return False, 1.0, "read month-first as the text says"
    if sep == "/" and rules.us_context.search(context):
        return False, 0.75, "ambiguous numeric date read month-first: US-style context"
    return True, 0.75, "ambiguous numeric date read day-first: no US-style context"


def _read(m: re.Match[str], context: str, rules: _Rules) -> _Reading | None:
    """The date a match denotes, or ``None`` when it does not exist (February 30)."""
    g = m.group
    note = ""
    factor = 1.0
    if g("mdy_m") is not None:
        y, mo, d = int(g("mdy_y")), rules.months[g("mdy_m").rstrip(".").lower()], int(g("mdy_d"))
    elif g("dmy_m") is not None:
        y, mo, d = int(g("dmy_y")), rules.months[g("dmy_m").rstrip(".").lower()], int(g("dmy_d"))
    elif g("iso_y") is not None:
        y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
    else:
        a, b = int(g("num_a")), int(g("num_b"))
        day_first, factor, note = _numeric_order(a, b, g("num_s"), context, rules)
        y, mo, d = (int(g("num_y")), b, a) if day_first else (int(g("num_y")), a, b)
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    wd = g("wd")
    if wd is not None and rules.weekdays[wd.lower()] != day.weekday():
        factor *= 0.8
        note = "; ".join(filter(None, [note, f"the weekday {wd!r} does not match {day.isoformat()}"]))
    return _Reading(day=day, factor=factor, note=note)


# --- candidates -------------------------------------------------------------------------------

#: Preference between cues, strongest first; confidence breaks ties within a tier, then position.
_TIERS = {
    GuessMethod.METADATA_HEADER: 0,
    GuessMethod.BYLINE: 1,
    GuessMethod.PUBLISHED_LINE: 1,
    GuessMethod.DATELINE: 2,
    GuessMethod.LEADING_DATE: 3,
    GuessMethod.UPDATED_LINE: 4,
    GuessMethod.COPYRIGHT_YEAR: 5,
}
#: An update stamp (metadata "modified" key or "Updated" line) ranks below every publication cue.
_TIER_UPDATED = 4


@attrs.frozen(kw_only=True, slots=True)
class _Candidate:
    tier: int
    guess: PublicationDateGuess


_LABELS = {
    GuessMethod.METADATA_HEADER: "metadata header",
    GuessMethod.DATELINE: "dateline",
    GuessMethod.BYLINE: "byline",
    GuessMethod.PUBLISHED_LINE: "publication line",
    GuessMethod.UPDATED_LINE: "update line",
    GuessMethod.LEADING_DATE: "date line",
    GuessMethod.COPYRIGHT_YEAR: "copyright notice",
}


def _where(text: str, start: int, first_line_start: int) -> str:
    if start <= first_line_start or not text[first_line_start:start].strip():
        return "at the start of the text"
    line = text.count("\n", 0, start) + 1
    return f"on line {line} of the text"


def _exact(
    text: str,
    start: int,
    end: int,
    method: GuessMethod,
    reading: _Reading,
    base: float,
    first_line_start: int,
    detail: str = "",
) -> PublicationDateGuess:
    evidence = text[start:end]
    shown = " ".join(evidence.split())
    extra = "; ".join(filter(None, [detail, reading.note]))
    explanation = f'{_LABELS[method]} "{shown}" {_where(text, start, first_line_start)}'
    if extra:
        explanation += f" ({extra})"
    return PublicationDateGuess(
        date=reading.day,
        earliest=reading.day,
        latest=reading.day,
        start=start,
        end=end,
        text=evidence,
        method=method,
        confidence=round(min(1.0, base * reading.factor), 3),
        explanation=explanation,
    )


def _line_bounds(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """Start and end of the line around ``pos``, clipped to ``[lo, hi]``."""
    start = text.rfind("\n", lo, pos) + 1 or lo
    end = text.find("\n", pos, hi)
    return max(start, lo), hi if end < 0 else end


def _header_block(text: str, rules: _Rules, out: list[_Candidate]) -> tuple[int, int]:
    """Read front matter or ``Key: value`` lines at the top.

    Returns where the text starts (first non-blank character) and where the header block ends
    (equal to the start when there is none).
    """
    window = text[:HEADER_WINDOW]
    first = len(window) - len(window.lstrip())
    lines: list[tuple[int, int]] = []  # (start, end) of each line of the window from ``first``
    pos = first
    while pos <= len(window):
        nl = window.find("\n", pos)
        lines.append((pos, len(window) if nl < 0 else nl))
        if nl < 0:
            break
        pos = nl + 1
    fence = window[lines[0][0] : lines[0][1]].strip() if lines else ""
    fenced = fence in ("---", "+++")
    if fenced:
        closing = next((i for i, (a, b) in enumerate(lines[1:], 1) if window[a:b].strip() == fence), None)
        if closing is None:  # unterminated front matter: not a header block
            return first, first
        body_lines, header_end = lines[1:closing], lines[closing][1]
    else:
        count = 0
        for a, b in lines:
            if rules.header_line.match(window, a, b) is None:
                break
            count += 1
        body_lines = lines[:count]
        header_end = body_lines[-1][1] if body_lines else first
    for a, b in body_lines:
        m = rules.header_line.match(window, a, b)
        if m is None:
            continue  # front matter may hold lists and blank lines
        key = re.sub(r"[\s\-]+", "_", m.group("key").strip().lower())
        updated = key in rules.updated_keys
        if not updated and key not in rules.published_keys:
            continue
        dm = rules.value_date.match(window, m.start("value"), b)
        reading = None if dm is None else _read(dm, window, rules)
        if dm is None or reading is None:
            continue
        conf = rules.confidence["metadata_header_updated" if updated else "metadata_header"]
        detail = "an update stamp" if updated else ""
        end = _with_time(window, dm.end(), b, rules)
        guess = _exact(text, m.start("key"), end, GuessMethod.METADATA_HEADER, reading, conf, first, detail)
        out.append(_Candidate(tier=_TIER_UPDATED if updated else 0, guess=guess))
    return first, header_end


def _head_candidates(text: str, lo: int, header_end: int, rules: _Rules, out: list[_Candidate]) -> None:
    """Datelines, bylines, Published/Updated lines and date lines near the top of the text."""
    hi = _head_bounds(text, lo, header_end)
    context = text[lo:hi]
    for m in rules.date.finditer(text, lo, hi):
        line_start, line_end = _line_bounds(text, m.start(), lo, hi)
        if m.start() - line_start > MAX_CUE_LINE // 2:
            continue  # deep inside a long line: story text, not a cue
        prefix = text[line_start : m.start()]
        suffix = text[m.end() : min(line_end, m.end() + MAX_CUE_LINE // 2)]
        whole_suffix = m.end() + len(suffix) == line_end
        reading = _read(m, context, rules)
        if reading is None:
            continue
        method: GuessMethod | None = None
        start, end = m.start(), m.end()
        cue = rules.cue.search(prefix)
        if cue is not None:
            cue_start = line_start + cue.start()
            byline = rules.byline.match(text, line_start, cue_start)
            before = text[line_start:cue_start]
            if cue.group("updated") is not None and (not before.strip() or rules.cue_joint.search(before)):
                method, start = GuessMethod.UPDATED_LINE, cue_start
            elif byline is not None and byline.end() == cue_start:
                method, start = GuessMethod.BYLINE, line_start + len(before) - len(before.lstrip())
            elif not before.strip() or rules.cue_joint.search(before):
                method, start = GuessMethod.PUBLISHED_LINE, cue_start
        elif (byline := rules.byline.match(prefix)) is not None and byline.end() == len(prefix):
            method, start = GuessMethod.BYLINE, line_start + len(prefix) - len(prefix.lstrip())
        elif prefix.strip() and rules.dateline_prefix.match(prefix):
            tail = rules.dateline_suffix.match(suffix)
            if tail is not None:
                method, start = GuessMethod.DATELINE, line_start + len(prefix) - len(prefix.lstrip())
                end = m.end() + len(tail.group().rstrip())
        elif rules.leading_prefix.match(prefix) and whole_suffix and rules.leading_suffix.match(suffix):
            method, end = GuessMethod.LEADING_DATE, line_end - (len(suffix) - len(suffix.rstrip()))
        if method is None:
            continue
        if method in (GuessMethod.BYLINE, GuessMethod.PUBLISHED_LINE, GuessMethod.UPDATED_LINE):
            end = _with_time(text, end, line_end, rules)
        if method is GuessMethod.LEADING_DATE:
            index = _nonempty_lines_before(text, lo, line_start)
            conf = rules.confidence["leading_date"] - (0.0 if index == 0 else 0.05 if index < 4 else 0.2)
        else:
            conf = rules.confidence[method.value]
        guess = _exact(text, start, end, method, reading, conf, lo)
        out.append(_Candidate(tier=_TIERS[method], guess=guess))


def _with_time(text: str, end: int, line_end: int, rules: _Rules) -> int:
    """Extend evidence over a clock time written right after the date ("22/03/2024 16:05")."""
    m = rules.trailing_time.match(text, end, line_end)
    return end if m is None else m.end()


def _head_bounds(text: str, lo: int, header_end: int) -> int:
    """End of the head window: HEAD_WINDOW characters after the header, finished to the line end."""
    hi = min(len(text), max(lo, header_end) + HEAD_WINDOW)
    if hi < len(text):
        nl = text.find("\n", hi, hi + _HEAD_OVERHANG)
        hi = min(len(text), hi + _HEAD_OVERHANG) if nl < 0 else nl
    return hi


def _yearless_dateline(
    text: str, lo: int, hi: int, year_from: PublicationDateGuess, rules: _Rules
) -> PublicationDateGuess | None:
    """A dateline without a year ("LONDON, March 22 (Reuters) -") completed with the copyright year.

    Wire copy often omits the year; the copyright notice supplies it. This is weaker than a
    full date (a story from late December can carry next year's notice), hence the confidence.
    """
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        line_end = hi if nl < 0 else nl
        m = rules.yearless_dateline.match(text, pos, line_end)
        if m is not None:
            year = year_from.earliest.year
            try:
                day = dt.date(year, rules.months[m.group("m").rstrip(".").lower()], int(m.group("d")))
            except ValueError:
                return None
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            evidence = text[start : m.end()]
            return PublicationDateGuess(
                date=day,
                earliest=day,
                latest=day,
                start=start,
                end=m.end(),
                text=evidence,
                method=GuessMethod.DATELINE,
                confidence=rules.confidence["yearless_dateline"],
                explanation=(
                    f'dateline "{evidence}" {_where(text, start, lo)} has no year; '
                    f'{year} is taken from the copyright notice "{year_from.text}"'
                ),
            )
        pos = line_end + 1
    return None


def _nonempty_lines_before(text: str, lo: int, pos: int) -> int:
    return sum(1 for line in text[lo:pos].split("\n") if line.strip())


def _copyright(text: str, rules: _Rules) -> PublicationDateGuess | None:
    lo = max(0, len(text) - TAIL_WINDOW)
    found = None
    for m in rules.copyright.finditer(text, lo):
        found = m
    if found is None:
        return None
    year = int(found.group("year"))
    first = found.group("first")
    conf = rules.confidence["copyright_year"] * (0.7 if first is not None else 1.0)
    evidence = text[found.start() : found.end()]
    note = f"; the range starts in {first}, only the last year is used" if first is not None else ""
    return PublicationDateGuess(
        date=None,
        earliest=dt.date(year, 1, 1),
        latest=dt.date(year, 12, 31),
        start=found.start(),
        end=found.end(),
        text=evidence,
        method=GuessMethod.COPYRIGHT_YEAR,
        confidence=round(conf, 3),
        explanation=f'copyright notice "{evidence}" near the end of the text gives only the year {year}{note}',
    )


def detect_publication_date(text: str) -> PublicationDateGuess | None:
    """The publication date an article states about itself, or ``None`` when it states none.

    Only the places where publication dates live are read (see the module docstring), so a
    date mentioned in the story never becomes the publication date.
    """
    if not isinstance(text, str):
        raise TypeError(f"detect_publication_date() argument 'text' must be str, not {type(text).__name__}")
    rules = _rules()
    found: list[_Candidate] = []
    first, header_end = _header_block(text, rules, found)
    _head_candidates(text, first, header_end, rules, found)
    if found:
        return min(found, key=lambda c: (c.tier, -c.guess.confidence, c.guess.start)).guess
    weak = _copyright(text, rules)
    if weak is not None:
        return _yearless_dateline(text, first, _head_bounds(text, first, header_end), weak, rules) or weak
    return None
