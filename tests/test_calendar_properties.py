"""Hypothesis properties of calendar arithmetic as the resolver uses it."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline import calendar as cal
from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver

RESOLVER = RuleBasedResolver(use_parse=False)
anchors = st.dates(min_value=date(1900, 1, 8), max_value=date(2099, 12, 20))
weekday_names = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


def _value(text: str, phrase: str, published: date) -> str | None:
    for timex in RESOLVER(Document(text=text, publication_date=published)):
        if timex.text == phrase:
            return timex.value
    raise AssertionError(f"{phrase!r} not found in {text!r}")


def _week_start(value: str) -> date:
    year, week = value.split("-W")
    return cal.iso_week_start(int(year), int(week))


@given(anchors, st.integers(min_value=-20, max_value=20))
def test_last_week_shifts_with_the_anchor(anchor: date, k: int) -> None:
    shifted = anchor + timedelta(weeks=k)
    first = _week_start(_value("last week", "last week", anchor) or "")
    second = _week_start(_value("last week", "last week", shifted) or "")
    assert second - first == timedelta(weeks=k)


@given(anchors, st.integers(min_value=-20, max_value=20), weekday_names)
def test_weekday_answers_shift_with_the_anchor(anchor: date, k: int, name: str) -> None:
    text = f"They met {name}."
    first = date.fromisoformat(_value(text, name, anchor) or "")
    second = date.fromisoformat(_value(text, name, anchor + timedelta(weeks=k)) or "")
    assert second - first == timedelta(weeks=k)


@given(anchors)
def test_last_week_never_contains_the_publication_date(anchor: date) -> None:
    interval = cal.interval_from_value(_value("last week", "last week", anchor) or "")
    assert interval is not None and interval.start is not None and interval.end is not None
    assert interval.end.date() <= anchor
    assert anchor - interval.start.date() <= timedelta(days=13)


@given(anchors)
def test_this_week_is_the_iso_week_of_the_anchor(anchor: date) -> None:
    year, week, _ = anchor.isocalendar()
    assert _value("this week", "this week", anchor) == f"{year:04d}-W{week:02d}"


@given(st.integers(min_value=1901, max_value=2098), st.integers(min_value=0, max_value=13))
def test_iso_week_years_at_year_boundaries(year: int, offset: int) -> None:
    day = date(year, 12, 25) + timedelta(days=offset)
    iso_year, week, weekday = day.isocalendar()
    start = cal.iso_week_start(iso_year, week)
    assert start.weekday() == 0
    assert start + timedelta(days=weekday - 1) == day
    assert cal.timex_value(cal.unit_interval(cal.Granularity.WEEK, day)) == f"{iso_year:04d}-W{week:02d}"


@given(anchors, weekday_names)
def test_past_weekday_is_on_or_before_the_anchor_within_a_week(anchor: date, name: str) -> None:
    day = date.fromisoformat(_value(f"They met {name}.", name, anchor) or "")
    assert timedelta(0) <= anchor - day <= timedelta(days=6)
    assert day.strftime("%A") == name


@given(anchors, st.dates(min_value=date(2001, 1, 1), max_value=date(2001, 12, 31)))
def test_month_day_in_a_past_clause_is_never_after_the_anchor(anchor: date, day: date) -> None:
    """Within about nine months back the past reading wins; a tense reaching further is distrusted."""
    phrase = f"{day.strftime('%B')} {day.day}"
    latest = day.replace(year=anchor.year)
    if latest > anchor:
        latest = latest.replace(year=anchor.year - 1)
    value = date.fromisoformat(_value(f"It happened on {phrase}.", phrase, anchor) or "")
    assert (value.month, value.day) == (day.month, day.day)
    if anchor - latest <= timedelta(days=270):
        assert value == latest
        assert value <= anchor


def test_movable_holidays_fall_on_their_rule_days() -> None:
    assert [cal.easter_sunday(y) for y in (1999, 2000, 2024, 2025)] == [
        date(1999, 4, 4),
        date(2000, 4, 23),
        date(2024, 3, 31),
        date(2025, 4, 20),
    ]
    assert cal.nth_weekday(1999, 11, 3, 4) == date(1999, 11, 25)  # Thanksgiving: fourth Thursday
    assert cal.nth_weekday(2024, 5, 0, -1) == date(2024, 5, 27)  # Memorial Day: last Monday


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=12), st.integers(0, 6))
def test_nth_weekday_is_that_weekday_in_that_month(year: int, month: int, weekday: int) -> None:
    for n in (1, 2, 3, 4, -1):
        day = cal.nth_weekday(year, month, weekday, n)
        assert (day.year, day.month, day.weekday()) == (year, month, weekday)
    assert cal.nth_weekday(year, month, weekday, 1).day <= 7
    assert cal.nth_weekday(year, month, weekday, -1).day > 21


@given(st.integers(min_value=2, max_value=9998), st.integers(min_value=1, max_value=12))
def test_week_of_month_has_most_of_its_days_in_the_month(year: int, month: int) -> None:
    first, last = cal.week_of_month(year, month, 1), cal.week_of_month(year, month, -1)
    for week in (first, last, cal.week_of_month(year, month, 2)):
        assert week.granularity is cal.Granularity.WEEK and week.start is not None and week.start.weekday() == 0
        days = [week.start.date() + timedelta(days=i) for i in range(7)]
        assert sum(d.month == month for d in days) >= 4  # its Thursday is in the month
    assert first.start is not None and last.start is not None
    # no earlier (later) week has as many days in the month: the first and last such weeks
    assert (first.start.date() - timedelta(days=4)).month != month
    assert (last.start.date() + timedelta(days=10)).month != month


def test_week_of_month_examples() -> None:
    assert cal.timex_value(cal.week_of_month(2024, 3, 1)) == "2024-W10"  # March 1, 2024 is a Friday
    assert cal.timex_value(cal.week_of_month(2024, 3, -1)) == "2024-W13"  # March 25 to 31
    assert cal.timex_value(cal.week_of_month(2021, 1, 1)) == "2021-W01"  # not 2020-W53 (Jan 1 to 3)


@given(st.integers(min_value=1583, max_value=9999))
def test_easter_is_a_sunday_in_spring(year: int) -> None:
    day = cal.easter_sunday(year)
    assert day.weekday() == 6
    assert date(year, 3, 22) <= day <= date(year, 4, 25)


@given(st.integers(min_value=1, max_value=9999))
def test_every_holiday_of_the_data_falls_in_its_year(year: int) -> None:
    from timeline.resolver.language import load_language
    from timeline.resolver.resolve import holiday_date

    for name, spec in load_language("en").holidays.items():
        day = holiday_date(spec, year)
        assert day.year == year, (name, spec, day)


_G = cal.Granularity
_OFFSET_UNITS = st.sampled_from([_G.DAY, _G.WEEK, _G.MONTH, _G.YEAR])
_BASES = st.sampled_from([_G.DAY, _G.WEEK, _G.MONTH, _G.YEAR])


@given(anchors, _BASES, _OFFSET_UNITS, st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=40))
def test_offset_at_least_holds_every_larger_amount_and_no_smaller(
    anchor: date, base_grain: cal.Granularity, unit: cal.Granularity, least: int, more: int
) -> None:
    """ "A few days later" than a day (week, month...) holds the day that many units after any of its
    days, and never the anchor itself; "a few days earlier" likewise before it."""
    base = cal.unit_interval(base_grain, anchor)
    assert base.start is not None and base.end is not None
    grain = min(unit, base_grain, key=lambda g: g.rank)
    after = cal.offset_at_least(base, unit, least, 1, grain)
    before = cal.offset_at_least(base, unit, least, -1, grain)
    assert after.end is None and before.start is None
    assert after.start is not None and before.end is not None
    assert after.start > base.start and before.end < base.end
    first, last = base.start.date(), (base.end - timedelta(days=1)).date()
    for day in (first, last):
        later = cal.shift_date(day, unit, least + more)
        earlier = cal.shift_date(day, unit, -(least + more))
        assert after.contains(cal.day_interval(later).start or base.start)
        assert before.contains(cal.day_interval(earlier).start or base.start)
    # a larger least never reaches closer to the anchor
    further = cal.offset_at_least(base, unit, least + more, 1, grain)
    assert after.covers(further)
    assert before.covers(cal.offset_at_least(base, unit, least + more, -1, grain))


@given(anchors, _OFFSET_UNITS, st.integers(min_value=1, max_value=12))
def test_offset_at_least_from_a_day_starts_exactly_that_far(anchor: date, unit: cal.Granularity, least: int) -> None:
    after = cal.offset_at_least(cal.day_interval(anchor), unit, least, 1, cal.Granularity.DAY)
    before = cal.offset_at_least(cal.day_interval(anchor), unit, least, -1, cal.Granularity.DAY)
    assert after.earliest == cal.shift_date(anchor, unit, least).isoformat()
    assert before.latest == cal.shift_date(anchor, unit, -least).isoformat()


@given(anchors, st.sampled_from(["A few days", "Weeks", "Several months", "Days", "A couple of years"]))
def test_a_vague_count_later_starts_at_its_least_count_after_the_story_time(anchor: date, words: str) -> None:
    """Whatever the day the story is at, "a few days later" starts two days after it, "several
    months later" three months after it, and is open after."""
    text = f"It opened on {anchor:%B} {anchor.day}, {anchor.year}. {words} later, it closed."
    found = {t.text: t for t in RESOLVER(Document(text=text, publication_date=date(2100, 1, 1)))}
    later = found[f"{words} later"]
    unit = {"days": cal.Granularity.DAY, "weeks": cal.Granularity.WEEK, "months": cal.Granularity.MONTH}.get(
        words.split()[-1].lower(), cal.Granularity.YEAR
    )
    least = 3 if words.startswith("Several") else 2
    assert later.interval is not None and later.interval.latest is None
    assert later.interval.earliest == cal.shift_date(anchor, unit, least).isoformat()
    assert later.mod == "ON_OR_AFTER" and later.value == later.interval.earliest
