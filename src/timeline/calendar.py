"""All calendar arithmetic of the library, in one place.

Every temporal value is an :class:`Interval`: a half-open span ``[start, end)`` of naive
datetimes (document-local time) with a :class:`Granularity`. Either bound may be open
(``None``) for placements such as "on or before 2024-03-22". TimeML values (``2024-W11``,
``2024-Q1``, ``199``) are produced and parsed here, so the rest of the code never does date
arithmetic of its own. Anything that would leave the proleptic Gregorian calendar (years
outside 1..9999) raises :class:`CalendarRangeError`, a :class:`ValueError`.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, time, timedelta
from enum import Enum

import attrs

__all__ = [
    "MONTH_NAMES",
    "PARTS_OF_DAY",
    "SEASONS",
    "WEEKDAY_NAMES",
    "CalendarRangeError",
    "Granularity",
    "Interval",
    "day_interval",
    "easter_sunday",
    "interval_from_value",
    "nth_weekday",
    "offset_at_least",
    "shift_date",
    "shift_moment",
    "unit_interval",
    "week_of_month",
    "weekday_after",
    "weekday_before",
    "weekday_on_or_after",
    "weekday_on_or_before",
]


class CalendarRangeError(ValueError):
    """A date computation left the supported calendar (years 1 to 9999)."""


class Granularity(str, Enum):
    """The unit an interval is stated in, finest first."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"
    UNBOUNDED = "unbounded"

    @property
    def rank(self) -> int:
        """Position from finest (0) to coarsest."""
        return _RANKS[self]


_RANKS = {g: i for i, g in enumerate(Granularity)}

#: English names of the weekdays (Monday is 0, as in ``date.weekday()``) and of the months
#: (January is index 0), for explanations; locale-independent, unlike :mod:`calendar`.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

#: TimeML season codes and the months they start and end in (northern hemisphere,
#: meteorological seasons; winter starts in December of the previous year).
SEASONS: dict[str, tuple[int, int]] = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 3)}

#: TimeML part-of-day codes and the hours they cover.
PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "MO": (6, 12),
    "MI": (12, 13),
    "AF": (12, 18),
    "EV": (18, 22),
    "NI": (18, 24),
    "DT": (8, 18),
}

_ONE_DAY = timedelta(days=1)


def _check_year(year: int) -> int:
    if not 1 <= year <= 9999:
        raise CalendarRangeError(f"year {year} is outside the supported calendar (1 to 9999)")
    return year


def _midnight(d: date) -> datetime:
    return datetime.combine(d, time())


@attrs.frozen(kw_only=True, slots=True)
class Interval:
    """A half-open span of time ``[start, end)`` at a granularity.

    ``start`` or ``end`` is ``None`` when that side is unbounded. ``earliest`` and ``latest``
    give the inclusive bounds a person reads (the last day of a week, not the Monday after).
    """

    start: datetime | None
    end: datetime | None
    granularity: Granularity

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and not self.start < self.end:
            raise ValueError(f"interval start {self.start} is not before its end {self.end}")
        if self.start is None and self.end is None and self.granularity is not Granularity.UNBOUNDED:
            raise ValueError("an interval with no bounds must have granularity 'unbounded'")

    # --- reading ----------------------------------------------------------------------------
    @property
    def is_bounded(self) -> bool:
        """Both sides known."""
        return self.start is not None and self.end is not None

    @property
    def earliest(self) -> str | None:
        """Inclusive lower bound in ISO form (a date for whole days, else a datetime)."""
        return None if self.start is None else _iso_bound(self.start, self._whole_days())

    @property
    def latest(self) -> str | None:
        """Inclusive upper bound in ISO form: the last day, minute or second inside."""
        if self.end is None:
            return None
        whole_days = self._whole_days()
        step = _ONE_DAY if whole_days else _step_of(self.end, self.start)
        return _iso_bound(_last_inside(self.end, step), whole_days)

    def _whole_days(self) -> bool:
        return all(b is None or b == END_OF_CALENDAR or b.time() == time() for b in (self.start, self.end))

    def contains(self, moment: datetime) -> bool:
        """Whether ``moment`` lies inside the interval."""
        return (self.start is None or self.start <= moment) and (self.end is None or moment < self.end)

    def covers(self, other: Interval) -> bool:
        """Whether ``other`` lies entirely inside this interval."""
        lower_ok = self.start is None or (other.start is not None and self.start <= other.start)
        upper_ok = self.end is None or (other.end is not None and other.end <= self.end)
        return lower_ok and upper_ok

    def describe(self) -> str:
        """A short phrase a person reads: ``2024-03-22``, ``2024-03-11 to 2024-03-17``,
        ``on or before 2024-03-22``."""
        lo, hi = self.earliest, self.latest
        if lo is None and hi is None:
            return "at an unknown time"
        if lo is None:
            return f"on or before {hi}"
        if hi is None:
            return f"on or after {lo}"
        return lo if lo == hi else f"{lo} to {hi}"

    # --- building -----------------------------------------------------------------------------
    @classmethod
    def from_bounds(cls, earliest: str | None, latest: str | None, granularity: Granularity) -> Interval:
        """Inverse of :attr:`earliest`/:attr:`latest` (used by JSON round trips)."""
        start = None if earliest is None else datetime.fromisoformat(earliest)
        end = None
        if latest is not None:
            hi = datetime.fromisoformat(latest)
            end = _end_bound(hi, _step_of_text(latest))
        return cls(start=start, end=end, granularity=granularity)

    def open_start(self) -> Interval:
        """The same upper bound with the lower bound removed ("on or before")."""
        return Interval(start=None, end=self.end, granularity=self.granularity if self.end else Granularity.UNBOUNDED)

    def open_end(self) -> Interval:
        """The same lower bound with the upper bound removed ("on or after")."""
        return Interval(
            start=self.start, end=None, granularity=self.granularity if self.start else Granularity.UNBOUNDED
        )


def _iso_bound(moment: datetime, whole_days: bool) -> str:
    if whole_days:
        return moment.date().isoformat()
    if moment.second or moment.microsecond:
        return moment.isoformat(timespec="seconds")
    return moment.isoformat(timespec="minutes")


def _step_of(end: datetime, start: datetime | None) -> timedelta:
    """The resolution of a sub-day interval, to turn its exclusive end into an inclusive one."""
    for moment in (end, start):
        if moment is not None and moment != END_OF_CALENDAR and (moment.second or moment.microsecond):
            return timedelta(seconds=1)
    return timedelta(minutes=1)


def _step_of_text(text: str) -> timedelta:
    if "T" not in text:
        return _ONE_DAY
    return timedelta(seconds=1) if text.count(":") >= 2 else timedelta(minutes=1)


# --- primitive units -------------------------------------------------------------------------
@functools.lru_cache(maxsize=1024)
def day_interval(d: date) -> Interval:
    """The whole calendar day ``d`` (remembered: the orderer asks for the publication day's
    a few times per event, and an ``Interval`` is immutable)."""
    _check_year(d.year)
    start = _midnight(d)
    return Interval(start=start, end=_end_bound(start, _ONE_DAY), granularity=Granularity.DAY)


#: The exclusive end of the calendar: ``datetime.max`` stands for 10000-01-01T00:00, so the last
#: day, month or year of year 9999 is still an interval.
END_OF_CALENDAR = datetime.max


def _end_bound(start: datetime, delta: timedelta) -> datetime:
    """The exclusive end ``start + delta``, or :data:`END_OF_CALENDAR` past year 9999."""
    try:
        return start + delta
    except OverflowError:
        return END_OF_CALENDAR


def _last_inside(end: datetime, step: timedelta) -> datetime:
    """The last unit of ``step`` before the exclusive ``end``."""
    if end == END_OF_CALENDAR:
        return datetime(9999, 12, 31) + (_ONE_DAY - step)
    return end - step


def shift_moment(moment: datetime, *, hours: float) -> datetime:
    """``moment`` moved by ``hours``; leaving the calendar raises :class:`CalendarRangeError`."""
    try:
        return moment + timedelta(hours=hours)
    except OverflowError as exc:
        raise CalendarRangeError(f"{moment} shifted by {hours} hours leaves the calendar") from exc


def _add(moment: datetime, delta: timedelta) -> datetime:
    try:
        return moment + delta
    except OverflowError as exc:
        raise CalendarRangeError(f"{moment.date()} shifted by {delta} leaves the calendar") from exc


def _month_start(year: int, month: int) -> datetime:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return datetime(_check_year(year), month, 1)


def _month_span(year: int, month: int, months: int) -> tuple[datetime, datetime]:
    start = _month_start(year, month)
    end_year, end_month = year + (month - 1 + months) // 12, (month - 1 + months) % 12 + 1
    end = datetime(end_year, end_month, 1) if end_year <= 9999 else END_OF_CALENDAR
    return start, end


def iso_week_start(year: int, week: int) -> date:
    """The Monday of ISO week ``week`` of ISO week-year ``year``."""
    _check_year(year)
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        raise CalendarRangeError(f"{year} has no ISO week {week}") from exc


def unit_interval(granularity: Granularity, d: date) -> Interval:
    """The unit of ``granularity`` that contains the day ``d``.

    ``unit_interval(WEEK, date(2024, 3, 13))`` is ISO week 2024-W11 (Mon 11 to Sun 17 March).
    """
    _check_year(d.year)
    g = Granularity
    if granularity is g.DAY:
        return day_interval(d)
    if granularity is g.WEEK:
        start = _midnight(_safe_sub(d, d.weekday()))
        return Interval(start=start, end=_end_bound(start, timedelta(days=7)), granularity=g.WEEK)
    if granularity is g.WEEKEND:
        start = _midnight(_safe_add(d, 5 - d.weekday()) if d.weekday() < 5 else _safe_sub(d, d.weekday() - 5))
        return Interval(start=start, end=_end_bound(start, timedelta(days=2)), granularity=g.WEEKEND)
    if granularity is g.MONTH:
        start, end = _month_span(d.year, d.month, 1)
        return Interval(start=start, end=end, granularity=g.MONTH)
    if granularity is g.QUARTER:
        start, end = _month_span(d.year, (d.month - 1) // 3 * 3 + 1, 3)
        return Interval(start=start, end=end, granularity=g.QUARTER)
    if granularity is g.HALF:
        start, end = _month_span(d.year, 1 if d.month <= 6 else 7, 6)
        return Interval(start=start, end=end, granularity=g.HALF)
    if granularity is g.SEASON:
        code = season_of(d)
        return season_interval(season_year(d), code)
    if granularity is g.YEAR:
        return year_interval(d.year)
    if granularity is g.DECADE:
        return decade_interval(d.year // 10)
    if granularity is g.CENTURY:
        return century_interval(d.year // 100)
    if granularity is g.MILLENNIUM:
        start_year = max(1, d.year // 1000 * 1000)
        return Interval(
            start=datetime(start_year, 1, 1),
            end=_year_start_or_max(d.year // 1000 * 1000 + 1000),
            granularity=g.MILLENNIUM,
        )
    raise ValueError(f"no calendar unit for granularity {granularity.value!r}")


def unit_holding(first: date, last: date) -> Interval:
    """The smallest month, quarter, half or year that holds both days (``first`` on or before
    ``last``): the calendar unit a span from one to the other is written as ("since June 1",
    written on June 27: the month)."""
    for granularity in (Granularity.MONTH, Granularity.QUARTER, Granularity.HALF):
        unit = unit_interval(granularity, first)
        if unit.contains(_midnight(last)):
            return unit
    return year_interval(first.year) if first.year == last.year else unit_interval(Granularity.DECADE, first)


def _year_start_or_max(year: int) -> datetime:
    return datetime(year, 1, 1) if year <= 9999 else END_OF_CALENDAR


def year_interval(year: int) -> Interval:
    """The calendar year."""
    _check_year(year)
    return Interval(start=datetime(year, 1, 1), end=_year_start_or_max(year + 1), granularity=Granularity.YEAR)


def fiscal_year_interval(year: int, last_month: int) -> Interval:
    """Fiscal year ``year`` whose last month is ``last_month``: named for the calendar year it ends
    in, as companies and governments name theirs (fiscal 2024 ending June 30 runs from July 2023);
    ending with December, it is the calendar year."""
    if last_month == 12:
        return year_interval(year)
    start, end = _month_span(year - 1, last_month + 1, 12)
    return Interval(start=start, end=end, granularity=Granularity.YEAR)


def fiscal_last_month(interval: Interval) -> int | None:
    """The last month of a fiscal year's interval (:func:`fiscal_year_interval`) that is no calendar
    year; None for any other interval."""
    start = interval.start
    if interval.granularity is not Granularity.YEAR or start is None or start.month == 1 or start.day != 1:
        return None
    return start.month - 1


def years_interval(first: int, last: int) -> Interval:
    """The calendar years from ``first`` to ``last`` (a school or financial year across two)."""
    _check_year(first)
    _check_year(last)
    return Interval(start=datetime(first, 1, 1), end=_year_start_or_max(last + 1), granularity=Granularity.YEAR)


def year_from(first: date) -> Interval:
    """A year that begins on ``first`` ("fiscal 2025, which begins on July 1"): up to the day before
    the same date a year on (Feb. 29 starts a year that ends on Feb. 28)."""
    _check_year(first.year + 1)
    try:
        after = first.replace(year=first.year + 1)
    except ValueError:  # Feb. 29
        after = date(first.year + 1, 3, 1)
    return Interval(start=_midnight(first), end=_midnight(after), granularity=Granularity.DAY)


def month_interval(year: int, month: int) -> Interval:
    """A calendar month (``CalendarRangeError`` for a month outside 1-12, such as "2024-13")."""
    if not 1 <= month <= 12:
        raise CalendarRangeError(f"month {month} is not a month of the year")
    start, end = _month_span(year, month, 1)
    return Interval(start=start, end=end, granularity=Granularity.MONTH)


def quarter_interval(year: int, quarter: int) -> Interval:
    """Quarter 1 to 4 of a year."""
    start, end = _month_span(year, (quarter - 1) * 3 + 1, 3)
    return Interval(start=start, end=end, granularity=Granularity.QUARTER)


def half_interval(year: int, half: int) -> Interval:
    """Half 1 or 2 of a year."""
    start, end = _month_span(year, 1 if half == 1 else 7, 6)
    return Interval(start=start, end=end, granularity=Granularity.HALF)


def week_interval(year: int, week: int) -> Interval:
    """ISO week ``week`` of ISO week-year ``year``."""
    start = _midnight(iso_week_start(year, week))
    return Interval(start=start, end=_end_bound(start, timedelta(days=7)), granularity=Granularity.WEEK)


def weekend_interval(year: int, week: int) -> Interval:
    """Saturday and Sunday of an ISO week."""
    start = _add(_midnight(iso_week_start(year, week)), timedelta(days=5))
    return Interval(start=start, end=_end_bound(start, timedelta(days=2)), granularity=Granularity.WEEKEND)


def season_of(d: date) -> str:
    """The TimeML season code of a day."""
    for code, (first, last) in SEASONS.items():
        if first < last and first <= d.month < last:
            return code
    return "WI"


def season_year(d: date) -> int:
    """The year a season is named by: December belongs to the next year's winter."""
    return d.year + 1 if d.month == 12 else d.year


def season_interval(year: int, code: str) -> Interval:
    """A meteorological season; winter ``year`` runs December ``year-1`` to February."""
    first, last = SEASONS[code]
    if code == "WI":
        start = _month_start(year - 1, 12) if year > 1 else datetime(1, 1, 1)
        end = _month_start(year, 3)
    else:
        start, end = _month_start(year, first), _month_start(year, last)
    return Interval(start=start, end=end, granularity=Granularity.SEASON)


def decade_interval(decade: int) -> Interval:
    """The decade whose years start with ``decade`` (199 is 1990-1999)."""
    start_year = max(1, decade * 10)
    _check_year(start_year)
    return Interval(
        start=datetime(start_year, 1, 1), end=_year_start_or_max(decade * 10 + 10), granularity=Granularity.DECADE
    )


def century_interval(century: int) -> Interval:
    """The hundred years whose years start with ``century`` (19 is 1900-1999, "the 20th century")."""
    start_year = max(1, century * 100)
    _check_year(start_year)
    return Interval(
        start=datetime(start_year, 1, 1), end=_year_start_or_max(century * 100 + 100), granularity=Granularity.CENTURY
    )


def part_of_day_interval(d: date, code: str) -> Interval:
    """A part of a day (``MO``, ``AF``, ``EV``, ``NI``...)."""
    first, last = PARTS_OF_DAY[code]
    start = _midnight(d) + timedelta(hours=first)
    return Interval(
        start=start, end=_end_bound(_midnight(d), timedelta(hours=last)), granularity=Granularity.PART_OF_DAY
    )


def clock_interval(d: date, hour: int, minute: int | None = None, second: int | None = None) -> Interval:
    """A clock time on a day, at the precision given (hour, minute or second)."""
    base = _midnight(d)
    if second is not None:
        start = base + timedelta(hours=hour, minutes=minute or 0, seconds=second)
        return Interval(start=start, end=_end_bound(start, timedelta(seconds=1)), granularity=Granularity.SECOND)
    if minute is not None:
        start = base + timedelta(hours=hour, minutes=minute)
        return Interval(start=start, end=_end_bound(start, timedelta(minutes=1)), granularity=Granularity.MINUTE)
    start = base + timedelta(hours=hour)
    return Interval(start=start, end=_end_bound(start, timedelta(hours=1)), granularity=Granularity.HOUR)


# --- moving around -----------------------------------------------------------------------------
def shift_date(d: date, granularity: Granularity, n: int) -> date:
    """``d`` moved by ``n`` units; months clamp to the last day (Jan 31 + 1 month = Feb 29/28)."""
    g = Granularity
    try:
        if g.DAY is granularity:
            return d + timedelta(days=n)
        if granularity in (g.WEEK, g.WEEKEND):
            return d + timedelta(weeks=n)
        months = {
            g.MONTH: 1,
            g.SEASON: 3,
            g.QUARTER: 3,
            g.HALF: 6,
            g.YEAR: 12,
            g.DECADE: 120,
            g.CENTURY: 1200,
            g.MILLENNIUM: 12000,
        }.get(granularity)
    except OverflowError as exc:
        raise CalendarRangeError(f"{d} shifted by {n} {granularity.value}s leaves the calendar") from exc
    if months is None:
        raise ValueError(f"cannot shift a date by {granularity.value}s")
    if abs(n) > 10**6:
        raise CalendarRangeError(f"{d} shifted by {n} {granularity.value}s leaves the calendar")
    total = d.year * 12 + d.month - 1 + n * months
    year, month = divmod(total, 12)
    _check_year(year)
    month += 1
    last_day = (
        (date(year, 12, 31) if month == 12 else date(year, month + 1, 1) - _ONE_DAY).day
        if year < 9999 or month < 12
        else 31
    )
    return date(year, month, min(d.day, last_day))


def offset_at_least(base: Interval, unit: Granularity, least: int, direction: int, grain: Granularity) -> Interval:
    """The time at least ``least`` units after (``direction`` 1) or before (-1) ``base``, open on the far
    side: "a few days later" than March 4 is March 6 or after, since "a few" is at least two.

    The near edge is the ``grain`` unit holding ``base``'s first day moved by ``least`` units (after), or
    its last day moved back (before): however far into ``base`` the anchor lies, nothing said lies
    closer to it. Every amount of ``least`` units or more falls inside."""
    if base.start is None or base.end is None:
        raise ValueError("an offset is counted from a bounded interval")
    if least < 0 or direction not in (-1, 1):
        raise ValueError(f"an offset of at least {least} units in direction {direction}")
    if direction > 0:
        near = unit_interval(grain, shift_date(base.start.date(), unit, least))
        return near.open_end()
    last = _last_inside(base.end, timedelta(microseconds=1)).date()
    return unit_interval(grain, shift_date(last, unit, -least)).open_start()


def weekday_on_or_before(d: date, weekday: int) -> date:
    """The latest day with ``weekday`` (Monday 0) on or before ``d``."""
    return _safe_sub(d, (d.weekday() - weekday) % 7)


def weekday_before(d: date, weekday: int) -> date:
    """The latest day with ``weekday`` strictly before ``d``."""
    return _safe_sub(d, (d.weekday() - weekday - 1) % 7 + 1)


def weekday_on_or_after(d: date, weekday: int) -> date:
    """The earliest day with ``weekday`` on or after ``d``."""
    return _safe_add(d, (weekday - d.weekday()) % 7)


def weekday_after(d: date, weekday: int) -> date:
    """The earliest day with ``weekday`` strictly after ``d``."""
    return _safe_add(d, (weekday - d.weekday() - 1) % 7 + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of a month, ``n = -1`` the last one: how movable
    holidays are defined (Thanksgiving is the fourth Thursday of November)."""
    if n == 0 or not -5 <= n <= 5:
        raise CalendarRangeError(f"no {n}th weekday in a month")
    if n > 0:
        day = weekday_on_or_after(date(_check_year(year), month, 1), weekday) + timedelta(days=7 * (n - 1))
    else:
        last = month_interval(year, month).latest
        assert last is not None
        day = weekday_on_or_before(date.fromisoformat(last), weekday) - timedelta(days=7 * (-n - 1))
    if day.month != month:
        raise CalendarRangeError(f"{year}-{month:02d} has no {n}th weekday {weekday}")
    return day


def week_of_month(year: int, month: int, n: int) -> Interval:
    """The ``n``-th week of a month (``n = -1`` the last) as an ISO week: the one holding the
    month's ``n``-th Thursday, so most of its days are in the month, as ISO 8601 gives week 1 of a
    year the year's first Thursday ("the first week of March 2024" is 2024-W10, March 4 to 10)."""
    return unit_interval(Granularity.WEEK, nth_weekday(year, month, 3, n))


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus)."""
    _check_year(year)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _safe_sub(d: date, days: int) -> date:
    try:
        return d - timedelta(days=days)
    except OverflowError as exc:
        raise CalendarRangeError(f"{d} minus {days} days leaves the calendar") from exc


def _safe_add(d: date, days: int) -> date:
    try:
        return d + timedelta(days=days)
    except OverflowError as exc:
        raise CalendarRangeError(f"{d} plus {days} days leaves the calendar") from exc


# --- TimeML values ------------------------------------------------------------------------------
def timex_value(interval: Interval) -> str:
    """The TimeML ``value`` of a bounded calendar unit (``2024-03-22``, ``2024-W11``, ``199``)."""
    g = Granularity
    if interval.start is None:
        raise ValueError("an open interval has no single TimeML value")
    s = interval.start
    gran = interval.granularity
    if gran is g.DAY:
        return s.date().isoformat()
    if gran is g.WEEK:
        y, w, _ = s.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if gran is g.WEEKEND:
        y, w, _ = s.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if gran is g.MONTH:
        return f"{s.year:04d}-{s.month:02d}"
    if gran is g.QUARTER:
        return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
    if gran is g.HALF:
        return f"{s.year:04d}-H{1 if s.month <= 6 else 2}"
    if gran is g.SEASON:
        code = season_of(s.date())
        return f"{season_year(s.date()):04d}-{code}"
    if gran is g.YEAR:  # a fiscal year that begins after January is named for the year it ends in
        return f"{s.year + (1 if s.month > 1 else 0):04d}"
    if gran is g.DECADE:
        return f"{s.year // 10:03d}"
    if gran is g.CENTURY:
        return f"{s.year // 100:02d}"
    if gran is g.MILLENNIUM:
        return f"{s.year // 1000:01d}"
    if gran is g.PART_OF_DAY:
        hour_code = {first: code for code, (first, _) in PARTS_OF_DAY.items() if code not in ("MI", "DT", "EV")}
        return f"{s.date().isoformat()}T{hour_code.get(s.hour, 'DT')}"
    if gran is g.HOUR:
        return f"{s.date().isoformat()}T{s.hour:02d}"
    if gran is g.MINUTE:
        return s.isoformat(timespec="minutes")
    if gran is g.SECOND:
        return s.isoformat(timespec="seconds")
    raise ValueError(f"no TimeML value for granularity {gran.value!r}")


_VALUE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})"), "second"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})"), "minute"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2})$"), "hour"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$"), "part_of_day"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})-WE$"), "weekend"),
    (re.compile(r"^(\d{4})-W(\d{2})$"), "week"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
]


def interval_from_value(value: str) -> Interval | None:
    """The interval a TimeML date/time value denotes, or ``None`` when it denotes none
    (``PAST_REF``, ``XXXX-03``, durations). Out-of-calendar values raise :class:`CalendarRangeError`."""
    for pattern, kind in _VALUE_PATTERNS:
        m = pattern.match(value)
        if not m:
            continue
        parts = m.groups()
        try:
            if kind in ("second", "minute", "hour"):
                d = date(int(parts[0]), int(parts[1]), int(parts[2]))
                nums = [int(p) for p in parts[3:]]
                return clock_interval(d, *nums)
            if kind == "part_of_day":
                return part_of_day_interval(date(int(parts[0]), int(parts[1]), int(parts[2])), parts[3])
            if kind == "day":
                return day_interval(date(int(parts[0]), int(parts[1]), int(parts[2])))
            if kind == "weekend":
                return weekend_interval(int(parts[0]), int(parts[1]))
            if kind == "week":
                return week_interval(int(parts[0]), int(parts[1]))
            if kind == "month":
                return month_interval(int(parts[0]), int(parts[1]))
            if kind == "quarter":
                return quarter_interval(int(parts[0]), int(parts[1]))
            if kind == "half":
                return half_interval(int(parts[0]), int(parts[1]))
            if kind == "season":
                return season_interval(int(parts[0]), parts[1])
            if kind == "year":
                return year_interval(int(parts[0]))
            if kind == "decade":
                return decade_interval(int(parts[0]))
            return century_interval(int(parts[0]))
        except ValueError as exc:
            if isinstance(exc, CalendarRangeError):
                raise
            raise CalendarRangeError(f"{value!r} is not a valid calendar value: {exc}") from exc
    return None
