"""Property tests of the calendar arithmetic across year, leap-day and ISO-week boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import dates, shift_granularities, unit_granularities
from timeline import calendar as cal
from timeline.calendar import CalendarRangeError, Granularity

_MONTHS_PER = {
    Granularity.MONTH: 1,
    Granularity.SEASON: 3,
    Granularity.QUARTER: 3,
    Granularity.HALF: 6,
    Granularity.YEAR: 12,
    Granularity.DECADE: 120,
    Granularity.CENTURY: 1200,
    Granularity.MILLENNIUM: 12000,
}


@settings(max_examples=400)
@given(d=dates, granularity=shift_granularities, n=st.integers(min_value=-(10**7), max_value=10**7))
def test_shift_date_stays_in_the_calendar_or_says_so(d: date, granularity: Granularity, n: int) -> None:
    try:
        shifted = cal.shift_date(d, granularity, n)
    except CalendarRangeError:
        return
    assert date(1, 1, 1) <= shifted <= date(9999, 12, 31)
    if granularity is Granularity.DAY:
        assert shifted - d == timedelta(days=n)
    elif granularity in (Granularity.WEEK, Granularity.WEEKEND):
        assert shifted - d == timedelta(weeks=n)
    else:
        months = _MONTHS_PER[granularity] * n
        assert (shifted.year * 12 + shifted.month) - (d.year * 12 + d.month) == months
        # months clamp to the last day: the day is kept when it exists, else it is the month's last
        assert shifted.day == d.day or (shifted.day < d.day and (shifted + timedelta(days=1)).day == 1)


@settings(max_examples=300)
@given(d=dates, granularity=shift_granularities, n=st.integers(min_value=-50, max_value=50))
def test_shifting_there_and_back_returns_for_days_and_weeks(d: date, granularity: Granularity, n: int) -> None:
    try:
        there = cal.shift_date(d, granularity, n)
        back = cal.shift_date(there, granularity, -n)
    except CalendarRangeError:
        return
    if granularity in (Granularity.DAY, Granularity.WEEK, Granularity.WEEKEND) or d.day <= 28:
        assert back == d
    else:
        assert back.day <= d.day and (back.year, back.month) == (d.year, d.month)


@settings(max_examples=400)
@given(d=dates, granularity=unit_granularities)
def test_unit_interval_contains_its_day_and_round_trips_through_its_value(d: date, granularity: Granularity) -> None:
    try:
        interval = cal.unit_interval(granularity, d)
    except CalendarRangeError:
        return
    assert interval.granularity is granularity
    assert interval.start is not None and interval.end is not None
    assert interval.start < interval.end
    if d == date(9999, 12, 31):
        return  # the calendar's last day has no day interval: see test_the_last_day_of_the_calendar_is_a_day
    day = cal.day_interval(d)
    if granularity is not Granularity.WEEKEND:  # a weekday's "weekend" is the coming one
        assert interval.covers(day), (granularity, d, interval)
    if granularity is Granularity.WEEK:
        assert interval.start.weekday() == 0 and interval.end - interval.start == timedelta(days=7)
    if granularity is Granularity.MILLENNIUM:
        return  # a one-digit TimeML value is not parsed back
    try:
        value = cal.timex_value(interval)
        again = cal.interval_from_value(value)
    except CalendarRangeError:
        return
    assert again is not None, value
    if granularity in (Granularity.DECADE, Granularity.CENTURY) and d.year < 100:
        return  # the first decade/century is clipped to year 1
    assert again == interval, (value, again, interval)


@settings(max_examples=300)
@given(d=dates, weekday=st.integers(min_value=0, max_value=6))
def test_weekday_functions(d: date, weekday: int) -> None:
    for function, lo, hi in (
        (cal.weekday_on_or_before, -6, 0),
        (cal.weekday_before, -7, -1),
        (cal.weekday_on_or_after, 0, 6),
        (cal.weekday_after, 1, 7),
    ):
        try:
            found = function(d, weekday)
        except CalendarRangeError:
            continue
        assert found.weekday() == weekday
        assert lo <= (found - d).days <= hi, (function.__name__, d, weekday, found)


@settings(max_examples=300)
@given(year=st.integers(min_value=1, max_value=9999), week=st.integers(min_value=0, max_value=54))
def test_iso_weeks_round_trip(year: int, week: int) -> None:
    value = f"{year:04d}-W{week:02d}"
    try:
        interval = cal.interval_from_value(value)
    except CalendarRangeError:
        assert week in (0, 53, 54)
        return
    assert interval is not None
    assert cal.timex_value(interval) == value
    assert interval.start is not None and interval.start.isocalendar()[:2] == (year, week)


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        ("2024-02-29", "2024-02-29", "2024-02-29"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2025-W01", "2024-12-30", "2025-01-05"),
        ("2024-WI", "2023-12-01", "2024-02-29"),
        ("0001-W01", "0001-01-01", "0001-01-07"),
    ],
)
def test_values_at_boundaries(value: str, earliest: str, latest: str | None) -> None:
    interval = cal.interval_from_value(value)
    assert interval is not None
    assert interval.earliest == earliest
    if latest is not None:
        assert interval.latest == latest


@pytest.mark.parametrize("value", ["0000", "0000-01-01", "2023-02-29", "2024-W54", "0000-W01"])
def test_out_of_calendar_values_raise_calendar_range_error(value: str) -> None:
    with pytest.raises(CalendarRangeError):
        cal.interval_from_value(value)


@pytest.mark.parametrize("n", [1, 10**6, 10**9])
def test_shifting_past_year_9999_is_a_calendar_range_error(n: int) -> None:
    for granularity in (Granularity.DAY, Granularity.WEEK, Granularity.YEAR, Granularity.MILLENNIUM):
        with pytest.raises(CalendarRangeError):
            cal.shift_date(date(9999, 12, 31), granularity, n)
        with pytest.raises(CalendarRangeError):
            cal.shift_date(date(1, 1, 1), granularity, -n)


# --- the end of the calendar (once crashes: 9999-12-31 had no day interval) ---
def test_the_last_day_of_the_calendar_is_a_day() -> None:
    assert cal.day_interval(date(9999, 12, 31)).earliest == "9999-12-31"


@pytest.mark.parametrize(
    ("value", "earliest"), [("9999", "9999-01-01"), ("9999-12", "9999-12-01"), ("9999-Q4", "9999-10-01")]
)
def test_units_ending_with_the_calendar_read_as_whole_days(value: str, earliest: str) -> None:
    interval = cal.interval_from_value(value)
    assert interval is not None
    assert (interval.earliest, interval.latest) == (earliest, "9999-12-31")


def test_month_13_is_not_a_month() -> None:
    with pytest.raises(CalendarRangeError):
        cal.interval_from_value("2024-13")
