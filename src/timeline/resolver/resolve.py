"""Resolution: a partial value plus an explicit anchor gives a TimeML value and an interval.

News expressions ("Friday", "last week", "three days ago") resolve against the publication
date; narrative ones ("two days later", "the next day", "hours later") against the story's
reference time, the last time it mentioned. Direction for a bare weekday or month comes from
the clause's orientation (past tense: the latest such day on or before the anchor). No clock is
ever read: without an anchor, relative expressions stay unresolved and say why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import attrs

from timeline import calendar as cal
from timeline.calendar import CalendarRangeError, Granularity, Interval
from timeline.grammar import Orientation
from timeline.model import Anchor, AnchorKind, TimexType
from timeline.resolver.extract import PartialTime

__all__ = ["CONTEXT_FREE_KINDS", "Reference", "Resolution", "ResolutionContext", "reads_reference", "resolve"]

_G = Granularity
_UNIT_GRANULARITY = {
    "second": _G.DAY,
    "minute": _G.DAY,
    "hour": _G.DAY,
    "day": _G.DAY,
    "week": _G.WEEK,
    "fortnight": _G.WEEK,
    "weekend": _G.WEEKEND,
    "month": _G.MONTH,
    "quarter": _G.QUARTER,
    "season": _G.SEASON,
    "half": _G.HALF,
    "year": _G.YEAR,
    "decade": _G.DECADE,
    "century": _G.CENTURY,
}


def _in_steps(unit: str, amount: float) -> float:
    """``amount`` counted in steps of ``unit``'s granularity: a fortnight is two weeks."""
    return amount * 2 if unit == "fortnight" else amount


_SUBDAY = {"second", "minute", "hour"}
_NOON = 12
_MONTH_NAMES = cal.MONTH_NAMES
# Without any tense a bare weekday up to this many days back is taken as the past one.
_NEWS_PAST_BIAS_DAYS = 6
# A month and day resolved by tense alone stays within this many days (about nine months) of publication;
# a future tense reaches further, but not to the day a year ahead ("by Jan. 14", written on Jan. 15).
_MAX_TENSE_REACH_DAYS = 270
_MAX_FUTURE_REACH_DAYS = 330
# Likewise a month name alone: at most this many months from the publication month (about nine months).
_MAX_TENSE_REACH_MONTHS = 9
# A month-day right after a full date of the story far from publication is read near that date, at
# most this many days (a quarter) away from it.
_STORY_DATE_REACH_DAYS = 92
_MAX_FUTURE_REACH_MONTHS = 10
_WEEKDAY_NAMES = cal.WEEKDAY_NAMES


@attrs.frozen(kw_only=True, slots=True)
class Reference:
    """The story's current reference time: the last time expression it resolved."""

    interval: Interval
    value: str
    timex_id: str
    text: str
    #: The year of a span of months ("the six months"), which "a year earlier" compares with but
    #: no count of weeks or days starts from: a span is no point in time.
    of_a_span: bool = False

    def as_anchor(self) -> Anchor:
        """The anchor of a value counted from this time."""
        return Anchor(kind=AnchorKind.REFERENCE_TIME, value=self.value, timex_id=self.timex_id)


@attrs.frozen(kw_only=True, slots=True)
class ResolutionContext:
    """What a partial value is resolved against."""

    publication_date: date | None
    reference: Reference | None
    orientation: Orientation = Orientation.UNKNOWN
    #: The last reference time of a day or finer: what "two days later" counts from when the story
    #: has named a coarser time since ("broke out on Jan. 14 and destroyed a church that had stood
    #: since 1889. Two days later, ...").
    day_reference: Reference | None = None
    #: The last clock time on a known day, when the story has named no other time since: what
    #: "ten minutes later" counts from ("connected at 12:20 a.m. Sunday and was switched off about
    #: ten minutes later").
    clock_reference: Reference | None = None
    #: The time after "since" told since the reference time ("had died since June 1"), which starts
    #: the span "the same period last year" compares with.
    since: Reference | None = None
    #: Whether the reference time dates a saying ("said on Tuesday night that ..."): what was said
    #: happened before it, so no morning or midnight after it is read from it.
    reference_tells: bool = False


@attrs.frozen(kw_only=True, slots=True)
class Resolution:
    """The normalised value of one expression."""

    type: TimexType
    value: str | None
    interval: Interval | None
    anchor: Anchor
    explanation: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    sets_reference: bool = False

    def timex_fields(self) -> dict[str, Any]:
        """The fields of a :class:`~timeline.model.TimeExpression` this resolution sets (its value
        and how it was reached), for a new expression or a re-resolved one."""
        return {
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "interval": self.interval,
            "anchor": self.anchor,
            "explanation": self.explanation,
            "quant": self.quant,
            "freq": self.freq,
        }


def resolve(partial: PartialTime, context: ResolutionContext) -> Resolution:
    """Resolve ``partial`` in ``context``; out-of-calendar results come back unresolved."""
    handler = _HANDLERS[partial.kind]
    try:
        result = handler(partial, context)
        if partial.names_a_thing and result.sets_reference and not partial.day_shift:
            # "Monday's sell-off", "a premium to the closing price on Friday": the day of a thing
            # named, not a time the story moves to ("the day before last Tuesday's hearing" is one)
            result = attrs.evolve(result, sets_reference=False)
        return _day_shifted(result, partial.day_shift) if partial.day_shift else result
    except CalendarRangeError as exc:
        return _unanchored(partial, str(exc))


# --- helpers ----------------------------------------------------------------------------------------
def _day_shifted(result: Resolution, days: int) -> Resolution:
    """ "the day before last Tuesday": the day named, moved by whole days."""
    interval = result.interval
    if interval is None or interval.start is None or interval.granularity is not _G.DAY:
        return result
    day = cal.shift_date(interval.start.date(), _G.DAY, days)
    side = "after" if days > 0 else "before"
    return attrs.evolve(
        result,
        value=day.isoformat(),
        interval=cal.day_interval(day),
        explanation=f"{abs(days)} day(s) {side} {result.value}: {result.explanation}",
    )


def _publication_anchor(ctx: ResolutionContext) -> Anchor:
    assert ctx.publication_date is not None
    return Anchor(kind=AnchorKind.PUBLICATION_DATE, value=ctx.publication_date.isoformat(), timex_id="t0")


def _undated(partial: PartialTime, value: str | None, explanation: str, type_: TimexType | None = None) -> Resolution:
    """A value on no interval of the calendar, anchored to nothing: a duration, a time of unknown day
    ("XXXX-XX-XXTNI"), or none."""
    return Resolution(
        type=partial.type if type_ is None else type_,
        value=value,
        interval=None,
        anchor=Anchor(kind=AnchorKind.NONE),
        explanation=explanation,
        mod=partial.mod,
    )


def _unanchored(partial: PartialTime, why: str) -> Resolution:
    return _undated(partial, None, f"left unresolved: {why}")


def _dated(
    partial: PartialTime,
    interval: Interval,
    anchor: Anchor,
    explanation: str,
    *,
    type_: TimexType | None = None,
    sets_reference: bool = True,
) -> Resolution:
    return Resolution(
        type=type_ or partial.type,
        value=cal.timex_value(interval),
        interval=interval,
        anchor=anchor,
        explanation=explanation,
        mod=partial.mod,
        sets_reference=sets_reference,
    )


def _before(moment: datetime | None, granularity: Granularity) -> Interval:
    """Everything before ``moment``; nothing lies before the first day of the calendar."""
    if moment == datetime.min:
        raise CalendarRangeError("nothing lies before the first day of the calendar")
    return Interval(start=None, end=moment, granularity=granularity)


def _with_part_of_day(partial: PartialTime, day: date, anchor: Anchor, explanation: str) -> Resolution:
    if partial.part_of_day:
        interval = cal.part_of_day_interval(day, partial.part_of_day)
        value = f"{day.isoformat()}T{partial.part_of_day}"
        return Resolution(
            type=TimexType.TIME,
            value=value,
            interval=interval,
            anchor=anchor,
            explanation=explanation,
            mod=partial.mod,
            sets_reference=True,
        )
    return _dated(partial, cal.day_interval(day), anchor, explanation, type_=TimexType.DATE)


def _pick(
    candidates: list[Interval], anchor_day: date, orientation: Orientation, direction: int | None
) -> tuple[Interval, str]:
    """Choose among occurrences of a recurring unit (a month, a weekday) around the anchor.

    ``direction`` -1/+1 comes from the words ("last", "next"); otherwise the clause's orientation
    decides (past: the latest one starting on or before the anchor day), and with no tense the
    nearest wins, ties going to the past, as news mostly reports.
    """
    anchor_start = cal.day_interval(anchor_day).start
    assert anchor_start is not None
    dated = [c for c in candidates if c.start is not None and c.end is not None]
    if not dated:  # "Feb. 29" with no leap year within a year of the anchor
        raise CalendarRangeError(f"no such day within a year of {anchor_day}")
    past = [c for c in dated if c.start is not None and c.start <= anchor_start]
    future = [c for c in dated if c.start is not None and c.start >= anchor_start]
    if past and (direction == -1 or (direction is None and orientation is Orientation.PAST)):
        strict = [c for c in past if c.end is not None and c.end <= anchor_start] if direction == -1 else past
        return max(
            strict or past, key=lambda c: c.start or anchor_start
        ), "the latest one before" if direction == -1 else "past tense: the latest one on or before"
    if future and (direction == 1 or (direction is None and orientation is Orientation.FUTURE)):
        strict = [c for c in future if c.start is not None and c.start > anchor_start] if direction == 1 else future
        return min(
            strict or future, key=lambda c: c.start or anchor_start
        ), "the next one after" if direction == 1 else "future tense: the earliest one on or after"
    containing = [c for c in dated if c.contains(anchor_start)]
    if containing:
        return containing[0], "no tense to go by: the one containing"
    best = min(
        dated,
        key=lambda c: (abs(((c.start or anchor_start) - anchor_start).days), (c.start or anchor_start) > anchor_start),
    )
    return best, "no tense to go by: the nearest one to"


# --- handlers ---------------------------------------------------------------------------------------
def _absolute(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    anchor = Anchor(kind=AnchorKind.NONE)
    assert p.year is not None
    if p.month is not None and p.day is not None:
        day = date(p.year, p.month, p.day)
        if p.hour is not None:
            interval = cal.clock_interval(day, p.hour, p.minute, p.second)
            return _dated(p, interval, anchor, "a full date and time", type_=TimexType.TIME)
        return _dated(p, cal.day_interval(day), anchor, "a full date")
    if p.month is not None:
        return _dated(p, cal.month_interval(p.year, p.month), anchor, "a month and year")
    if p.season is not None:
        return _dated(p, cal.season_interval(p.year, p.season), anchor, "a season and year")
    if p.names_a_thing:  # "A 2023 study found": the date of a thing named, not where the story goes
        return _dated(p, cal.year_interval(p.year), anchor, "a year dating a thing named", sets_reference=False)
    return _dated(p, cal.year_interval(p.year), anchor, "a year")


def _month_day(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    assert p.month is not None and p.day is not None
    if p.year is not None:  # "The previous election, in 2019, ran from April 11 ...": see extract._story_dates
        how = f"{_MONTH_NAMES[p.month - 1]} {p.day} in the year that frames its clause ({p.year})"
        return _dated(p, cal.day_interval(date(p.year, p.month, p.day)), Anchor(kind=AnchorKind.NONE), how)
    if ctx.publication_date is None:
        return _unanchored(p, "a month and day need a publication date to infer the year")
    pub = ctx.publication_date
    if p.narrative and (story := _near_story_date(p, ctx)) is not None:
        return story
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(cal.day_interval(date(year, p.month, p.day)))
        except (ValueError, CalendarRangeError):
            continue
    if p.weekday is not None:
        matching = [c for c in candidates if c.start is not None and c.start.weekday() == p.weekday]
        candidates = matching or candidates
    orientation, ahead = ctx.orientation, ""
    if (
        orientation is Orientation.UNKNOWN
        and p.in_sentence_of_previous
        and p.direction is None
        and (ref := ctx.reference) is not None
        and ref.interval.granularity.rank <= _G.DAY.rank
        and _still_to_come(ref, ctx)
    ):
        # "The new dates start in Chicago on Sept. 7 and end in Washington, D.C., on Nov. 22",
        # written in May: with no tense of its own, a day told in the sentence of a day still to
        # come looks ahead too, not to the nearest one (last November)
        orientation = Orientation.FUTURE
        ahead = f"no tense of its own, in the sentence of a day still to come ({ref.text!r}, {ref.value}): "
    chosen, how = _pick(candidates, pub, orientation, p.direction)
    assert chosen.start is not None
    if ahead:
        how = ahead + how.removeprefix("future tense: ")
    if (
        p.direction is None
        and not p.clear_tense
        and abs((chosen.start.date() - pub).days)
        > (_MAX_FUTURE_REACH_DAYS if orientation is Orientation.FUTURE else _MAX_TENSE_REACH_DAYS)
    ):
        # A tense that sends a day most of a year away is more likely misread than right.
        misread = _misread_tense(orientation, chosen, pub)
        chosen, how = _pick(candidates, pub, Orientation.UNKNOWN, None)
        how = f"{misread}; {_without_no_tense(how)}"
    name = f"{_MONTH_NAMES[p.month - 1]} {p.day}"
    if p.unit == "week" and chosen.start is not None:
        chosen, name = cal.unit_interval(_G.WEEK, chosen.start.date()), f"the week of {name}"
    return _dated(p, chosen, _publication_anchor(ctx), f"{name} without a year; {how} the publication date {pub}")


def _misread_tense(orientation: Orientation, chosen: Interval, pub: date) -> str:
    """Why the tense read was set aside: the day it gives and how far that is from publication
    (the explanation says what decided, not that there was no tense)."""
    assert chosen.start is not None
    days = abs((chosen.start.date() - pub).days)
    return (
        f"the clause read as {orientation.value} tense would give {chosen.start.date()}, {days} days away,"
        " more likely a misread tense than right"
    )


def _without_no_tense(how: str) -> str:
    """The choice :func:`_pick` made without a tense, without its "no tense to go by" (a tense was read)."""
    return how.removeprefix("no tense to go by: ")


def _near_story_date(p: PartialTime, ctx: ResolutionContext) -> Resolution | None:
    """ "on the night of July 9, 1993. The levee failed ... on July 10": a month-day right after a
    date, month or season of the story is the one in it, or else the one nearest its start within a
    quarter, when that time lies beyond what a month-day read from publication reaches (the story is
    at another time); else None."""
    ref, pub = ctx.reference, ctx.publication_date
    assert p.month is not None and p.day is not None and pub is not None
    if ref is None or ref.interval.start is None or ref.interval.granularity.rank > _G.SEASON.rank:
        return None
    story_day = ref.interval.start.date()
    if abs((story_day - pub).days) <= _MAX_TENSE_REACH_DAYS:
        return None
    candidates = []
    for year in (story_day.year - 1, story_day.year, story_day.year + 1):
        try:
            candidates.append(date(year, p.month, p.day))
        except (ValueError, CalendarRangeError):
            continue
    inside = [day for day in candidates if ref.interval.contains(datetime(day.year, day.month, day.day))]
    nearest = min(candidates, key=lambda day: abs((day - story_day).days), default=None)
    which = "the one in it"
    if inside:
        nearest = inside[0]
    elif nearest is None or abs((nearest - story_day).days) > _STORY_DATE_REACH_DAYS:
        return None
    else:
        which = "the one nearest it"
    anchor = ref.as_anchor()
    how = f"{_MONTH_NAMES[p.month - 1]} {p.day} without a year, right after a time of the story: {which}"
    return _dated(p, cal.day_interval(nearest), anchor, f"{how} ({ref.text!r}, {ref.value})")


def _day_of_month(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "On the 18th": that day of the month the story is at (the last day, week or month it named:
    "began on May 3 and ended on the 7th"), else of a month around publication, as the tense says."""
    assert p.day is not None
    ref = ctx.reference
    if ref is not None and ref.interval.start is not None and ref.interval.granularity.rank <= _G.MONTH.rank:
        ref_day = ref.interval.start.date()
        anchor = ref.as_anchor()
        where = f"the month of the story's time ({ref.text!r}, {ref.value})"
        months = [ref_day]
    elif ctx.publication_date is not None:
        ref_day, anchor, where = ctx.publication_date, _publication_anchor(ctx), "the publication date"
        months = [cal.shift_date(ref_day.replace(day=1), _G.MONTH, step) for step in (-2, -1, 0, 1)]
    else:
        return _unanchored(p, "a day of the month needs a publication date or a month in the story")
    candidates = []
    for first in months:
        try:
            candidates.append(cal.day_interval(date(first.year, first.month, p.day)))
        except (ValueError, CalendarRangeError):
            continue
    if not candidates:
        return _unanchored(p, f"no day {p.day} in the month of {where}")
    chosen, how = _pick(candidates, ref_day, ctx.orientation, None)
    return _dated(p, chosen, anchor, f"day {p.day} without a month; {how} {where}")


def _month(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    if p.year is not None:  # "The January window opens on 1 January 2025": see resolver._months_of_a_dated_sentence
        assert p.month is not None
        how = f"{_MONTH_NAMES[p.month - 1]} in the year of the date of that month in its sentence ({p.year})"
        return _dated(p, cal.month_interval(p.year, p.month), Anchor(kind=AnchorKind.NONE), how)
    if ctx.publication_date is None:
        return _unanchored(p, "a month name needs a publication date to infer the year")
    pub = ctx.publication_date
    assert p.month is not None
    candidates = [cal.month_interval(y, p.month) for y in (pub.year - 1, pub.year, pub.year + 1)]
    ref = ctx.reference
    if p.direction == 0:
        chosen, how = cal.month_interval(pub.year, p.month), "this year's"
    elif (
        p.month_range_end
        and ref is not None
        and ref.interval.start is not None
        and ref.interval.granularity is _G.MONTH
    ):
        # "between April and October": a range never runs backwards, the first October from that April on
        opening = ref.interval.start
        later = [cal.month_interval(y, p.month) for y in (opening.year, opening.year + 1)]
        chosen = next(c for c in later if c.start is not None and c.start >= opening)
        anchor = ref.as_anchor()
        how = f"{_MONTH_NAMES[p.month - 1]}: the end of a range, the first one from its start on"
        return _dated(p, chosen, anchor, f"{how} ({ref.text!r}, {ref.value})")
    elif (
        p.in_sentence_of_previous
        and p.direction is None
        and ctx.orientation is Orientation.FUTURE
        and ref is not None
        and ref.interval.start is not None
        and ref.interval.granularity.rank <= _G.DAY.rank
        and ref.interval.start.date() > pub
    ):
        # "a tour next spring, opening on April 3 and ending in late May": the plan told in order,
        # the first such month from the day still to come its sentence named (not from a period
        # it may fall in: "its fiscal fourth quarter, which ends in September")
        story_start = ref.interval.start
        after = [c for c in [*candidates, cal.month_interval(pub.year + 2, p.month)] if c.end and c.end > story_start]
        chosen = min(after, key=lambda c: c.start or story_start)
        anchor = ref.as_anchor()
        how = f"{_MONTH_NAMES[p.month - 1]}: future tense, the first one ending after the day its sentence named"
        return _dated(p, chosen, anchor, f"{how} ({ref.text!r}, {ref.value})")
    else:
        month_anchor = pub.replace(day=1)
        chosen, how = _pick(candidates, month_anchor, ctx.orientation, p.direction)
        how += " the month of"
        assert chosen.start is not None
        months_away = abs((chosen.start.year - pub.year) * 12 + chosen.start.month - pub.month)
        reach = _MAX_FUTURE_REACH_MONTHS if ctx.orientation is Orientation.FUTURE else _MAX_TENSE_REACH_MONTHS
        if p.direction is None and not p.clear_tense and months_away > reach:
            # "in January" read as past in late October is more likely next January, a tense misread.
            chosen, how = _pick(candidates, month_anchor, Orientation.UNKNOWN, None)
            how = (
                f"the clause read as {ctx.orientation.value} tense would give a month {months_away} months"
                f" away, more likely a misread tense than right; {_without_no_tense(how)} the month of"
            )
    return _dated(p, chosen, _publication_anchor(ctx), f"{_MONTH_NAMES[p.month - 1]}: {how} publication ({pub})")


def _season(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    assert p.season is not None
    ref = ctx.reference
    if p.narrative and p.direction in (-1, 1) and ref is not None and ref.interval.is_bounded:
        # "the next spring", "the previous winter": the first one after (last one before) the story's time
        assert ref.interval.start is not None and ref.interval.end is not None
        year = ref.interval.start.year
        seasons = [cal.season_interval(y, p.season) for y in range(year - 2, year + 3)]
        if p.direction > 0:
            chosen = next(c for c in seasons if c.start is not None and c.start >= ref.interval.end)
        else:
            chosen = next(c for c in reversed(seasons) if c.end is not None and c.end <= ref.interval.start)
        anchor = ref.as_anchor()
        side = "after" if p.direction > 0 else "before"
        how = f"a season: the one {side} the time last mentioned ({ref.text!r}, {ref.value})"
        return _dated(p, chosen, anchor, how)
    if p.narrative and p.direction == 0 and _story_time(ctx) is None:
        # "who was 19 that summer", the story last at a decade: a summer it points back to, whose
        # year the text does not give here (TimeML's unknown year), not this year's
        return _undated(
            p, f"XXXX-{p.season}", "a season the story points back to, with no time of the story to take its year from"
        )
    if p.narrative and p.direction == 0 and (ref := _story_time(ctx)) is not None:
        # "on July 9, 1993 ... That summer it rained": the season of the year the story is at (a
        # winter begun in its December)
        assert ref.interval.start is not None
        start = ref.interval.start
        year = start.year + (1 if p.season == "WI" and start.month == 12 else 0)
        chosen = cal.season_interval(year, p.season)
        anchor = ref.as_anchor()
        how = f"a season: the one of the time last mentioned ({ref.text!r}, {ref.value})"
        return _dated(p, chosen, anchor, how)
    if ctx.publication_date is None:
        return _unanchored(p, "a season needs a publication date to infer the year")
    pub = ctx.publication_date
    candidates = [cal.season_interval(y, p.season) for y in (pub.year - 1, pub.year, pub.year + 1)]
    direction = p.direction
    today = cal.day_interval(pub).start
    assert today is not None
    containing = [c for c in candidates if c.contains(today)]
    if direction == 0 and not containing:
        # "this winter" written in summer names no season under way: the tense decides ("this winter
        # was mild" the one just past, "will be cold" the coming one), as for a bare season
        direction = None
    if direction is None and ctx.orientation is Orientation.FUTURE and containing:
        # "prices are expected to peak in the spring", written in March: the rest of this spring lies ahead
        return _dated(p, containing[0], _publication_anchor(ctx), f"a season: future tense, the one under way on {pub}")
    chosen, how = _pick(candidates, pub, ctx.orientation, direction)
    return _dated(p, chosen, _publication_anchor(ctx), f"a season: {how} the publication date {pub}")


def _story_time(ctx: ResolutionContext) -> Reference | None:
    """The time "that summer" points back to: the time last mentioned, a year or finer; but after a
    day of a story told far from publication (beyond the reach of a tense), a year named since is
    more often a comparison ("had flooded in 1973 and again in 1986", "a 2023 study") than where
    the story moved, so that day."""
    ref, day = ctx.reference, ctx.day_reference
    if ref is None or ref.interval.start is None or ref.interval.granularity.rank > _G.YEAR.rank:
        ref = None
    if (
        day is not None
        and day.interval.start is not None
        and (ref is None or ref.interval.granularity.rank >= _G.YEAR.rank)
        and ctx.publication_date is not None
        and abs((day.interval.start.date() - ctx.publication_date).days) > _MAX_TENSE_REACH_DAYS
    ):
        return day
    return ref


def _weekday(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    if ctx.publication_date is None:
        return _unanchored(p, "a weekday needs a publication date")
    pub = ctx.publication_date
    assert p.weekday is not None
    name = _WEEKDAY_NAMES[p.weekday]
    ref = ctx.reference
    anchor = _publication_anchor(ctx)
    if p.narrative and p.direction in (-1, 1) and ref is not None and ref.interval.granularity.rank <= _G.DAY.rank:
        # "the previous Friday", "the following Monday": around the day the story is at.
        assert ref.interval.start is not None
        ref_day = ref.interval.start.date()
        day = cal.weekday_before(ref_day, p.weekday) if p.direction == -1 else cal.weekday_after(ref_day, p.weekday)
        anchor = ref.as_anchor()
        side = "before" if p.direction == -1 else "after"
        return _with_part_of_day(
            p, day, anchor, f"the {name} {side} the day last mentioned ({ref.text!r}, {ref.value})"
        )
    if p.week_shift is not None:  # "Wednesday of last week": that day of the ISO week named
        week = cal.unit_interval(_G.WEEK, cal.shift_date(pub, _G.WEEK, p.week_shift))
        assert week.start is not None
        day = cal.weekday_on_or_after(week.start.date(), p.weekday)
        how = f"the {name} of {cal.timex_value(week)}, {_weeks_from_publication(p.week_shift)}"
    elif p.direction == 0:
        day = cal.weekday_on_or_after(pub - timedelta(days=pub.weekday()), p.weekday)
        how = f"'this {name}': the {name} of the publication week"
    elif p.direction == -1:
        day = cal.weekday_before(pub, p.weekday)
        how = f"'last {name}': the latest {name} before the publication date"
    elif p.direction == 1:
        day = cal.weekday_after(pub, p.weekday)
        how = f"'next {name}': the first {name} after the publication date"
    else:
        before, after = cal.weekday_on_or_before(pub, p.weekday), cal.weekday_on_or_after(pub, p.weekday)
        if ctx.orientation is Orientation.PAST and p.range_days and (pub - before).days < p.range_days:
            # "Protests ran from Monday to Wednesday", written on a Monday: a past range ends by publication
            day = cal.shift_date(before, _G.DAY, -7)
            how = f"past tense: the latest {name} whose range ({p.range_days} days) ends by the publication date"
        elif ctx.orientation is Orientation.PAST:
            day, how = before, f"past tense: the latest {name} on or before the publication date"
        elif (
            p.future_after_a_time
            and ctx.orientation is Orientation.FUTURE
            and after == pub
            and (ahead := _day_of_the_week_ahead(ctx)) is not None
        ):
            # "will land on Tuesday ... On Wednesday he will meet ..., and on Thursday he will visit",
            # written on a Thursday: told after a day still to come, the story does not step back
            # to the publication day, its own weekday is the next one
            day, anchor = cal.weekday_after(ahead.day, p.weekday), ahead.reference.as_anchor()
            how = (
                f"future tense, told after a day still to come ({ahead.reference.text!r}, "
                f"{ahead.reference.value}): the first {name} after it"
            )
        elif ctx.orientation is Orientation.FUTURE:
            day, how = after, f"future tense: the first {name} on or after the publication date"
        elif ctx.orientation is Orientation.UNKNOWN and (pub - before).days <= _NEWS_PAST_BIAS_DAYS:
            day, how = (
                before,
                f"no tense to go by: news reports the past, the latest {name} on or before the publication date",
            )
        elif (pub - before) <= (after - pub):
            day, how = before, f"present tense: the nearest {name} (on or before the publication date)"
        else:
            day, how = after, f"present tense: the nearest {name} (after the publication date)"
    explanation = f"{how} ({pub} is a {_WEEKDAY_NAMES[pub.weekday()]})"
    if p.unit == "week":  # "the week ending Saturday": the week holding that day
        week = cal.unit_interval(_G.WEEK, day)
        return _dated(p, week, anchor, f"the week holding that {name}: {explanation}")
    # "Friday night" is that night, a TIME (2024-03-22TNI), as TimeML writes it (AQUAINT's
    # annotators mostly wrote the day alone, a DATE; TimeBank and MEANTIME the part of day).
    return _with_part_of_day(p, day, anchor, explanation)


@attrs.frozen(kw_only=True, slots=True)
class _DayAhead:
    """A day of the coming week the story is at, and the time that named it."""

    day: date
    reference: Reference


def _day_of_the_week_ahead(ctx: ResolutionContext) -> _DayAhead | None:
    """The story's reference time when it is a day (or a time of a day) after the publication day
    and within the week after it: a future weekday told after it that is the publication's own
    weekday is a week ahead, not the publication day (TimeBank's same-weekday futures, with no such
    day told before them, stay the publication day)."""
    ref, pub = ctx.reference, ctx.publication_date
    if ref is None or pub is None or ref.interval.start is None or ref.interval.granularity.rank > _G.DAY.rank:
        return None
    day = ref.interval.start.date()
    return _DayAhead(day=day, reference=ref) if 0 < (day - pub).days < 7 else None


def _named_day(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    if ctx.publication_date is None:
        return _unanchored(p, "yesterday/today/tomorrow need a publication date")
    offset = int(p.amount or 0)
    day = cal.shift_date(ctx.publication_date, _G.DAY, offset)
    words = {-2: "two days before", -1: "the day before", 0: "the day of", 1: "the day after", 2: "two days after"}
    return _with_part_of_day(
        p,
        day,
        _publication_anchor(ctx),
        f"{words.get(offset, f'{offset} days from')} publication ({ctx.publication_date})",
    )


def holiday_date(spec: str, year: int) -> date:
    """The day a holiday falls on in ``year``, from its rule in the data ("12-25", "11/3/4",
    "11/1/>=2", "easter-2"); :class:`CalendarRangeError` outside years 1 to 9999."""
    if not 1 <= year <= 9999:
        raise CalendarRangeError(f"year {year} is outside the calendar")
    if spec.startswith("easter"):
        return cal.shift_date(cal.easter_sunday(year), _G.DAY, int(spec[len("easter") :]))
    if "/" not in spec:
        month, day = spec.split("-")
        return date(year, int(month), int(day))
    month, weekday, nth = spec.split("/")
    if nth.startswith(">="):
        return cal.weekday_on_or_after(date(year, int(month), int(nth[2:])), int(weekday))
    return cal.nth_weekday(year, int(month), int(weekday), int(nth))


def _holiday(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    assert p.holiday is not None
    grain = _G.WEEK if p.unit == "week" else _G.DAY  # "Easter week": the week containing Easter
    if p.unit in ("month", "year"):  # "over the holidays", "the new year": the month or year of the holiday
        day = _holiday(attrs.evolve(p, unit=None), ctx)
        if day.interval is None or day.interval.start is None:
            return day
        wide = cal.unit_interval(_G.MONTH if p.unit == "month" else _G.YEAR, day.interval.start.date())
        how = f"the {p.unit} of {day.explanation}"
        return attrs.evolve(day, value=cal.timex_value(wide), interval=wide, explanation=how)
    if p.year is not None:
        interval = cal.unit_interval(grain, holiday_date(p.holiday, p.year))
        return _dated(p, interval, Anchor(kind=AnchorKind.NONE), "a holiday")
    if ctx.publication_date is None:
        return _unanchored(p, "a holiday without a year needs a publication date")
    pub = ctx.publication_date
    years = [y for y in (pub.year - 1, pub.year, pub.year + 1) if 1 <= y <= 9999]
    candidates = [cal.unit_interval(grain, holiday_date(p.holiday, y)) for y in years]
    chosen, how = _pick(candidates, pub, ctx.orientation, p.direction)
    assert chosen.start is not None
    reach = _MAX_FUTURE_REACH_DAYS if ctx.orientation is Orientation.FUTURE else _MAX_TENSE_REACH_DAYS
    if p.direction is None and not p.clear_tense and abs((chosen.start.date() - pub).days) > reach:
        # "brace for strikes over Easter", three weeks before it: a tense that sends the holiday most of
        # a year away is more likely misread than right, as for a month and day
        misread = _misread_tense(ctx.orientation, chosen, pub)
        chosen, how = _pick(candidates, pub, Orientation.UNKNOWN, None)
        how = f"{misread}; {_without_no_tense(how)}"
    return _dated(p, chosen, _publication_anchor(ctx), f"a holiday without a year; {how} the publication date {pub}")


def _relative_unit(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    if ctx.publication_date is None:
        return _unanchored(p, f"'{p.unit}' relative to now needs a publication date")
    pub = ctx.publication_date
    assert p.unit is not None
    if p.direction is None:
        # "the weekend": news means the one just past, unless written on it or looking ahead; on a
        # Friday the coming one, but a past tense there ("spent the weekend") is the one before
        ahead = ctx.orientation is Orientation.FUTURE or pub.weekday() >= 5
        ahead = ahead or (pub.weekday() == 4 and (p.unit != "weekend" or ctx.orientation is not Orientation.PAST))
        return _relative_unit(attrs.evolve(p, direction=0 if ahead else -1), ctx)
    if p.unit == "season":
        assert p.season is not None
        return _season(attrs.evolve(p, kind="season"), ctx)
    if p.unit == "quarter" and p.month is not None and p.day is not None:
        return _quarter_ended(p, ctx)
    ref = ctx.reference
    if p.narrative and ref is not None and p.unit == "year" and ref.interval.granularity in (_G.QUARTER, _G.HALF):
        # "net rose in the quarter, compared with $5 million last year": that quarter, a year before
        return _offset(attrs.evolve(p, kind="offset", amount=1), ctx)
    if p.direction == -5 and p.narrative and (span := _since_span_a_year_before(p, ctx)) is not None:
        return span
    if p.direction == -5 and p.narrative and p.unit in ("day", "week", "month"):
        # "up from 2.67% in the same week a year ago", after Thursday, Dec. 30, 2021: the week of
        # Dec. 30, 2020; with no time of the story that fine, the week of publication a year before
        grain = _UNIT_GRANULARITY[p.unit]
        if ref is not None and ref.interval.start is not None and ref.interval.granularity.rank <= grain.rank:
            base, anchor = (
                ref.interval.start.date(),
                ref.as_anchor(),
            )
            how = f"the {p.unit} of the time last mentioned ({ref.text!r}, {ref.value}), a year before"
        else:
            base, anchor, how = pub, _publication_anchor(ctx), f"the {p.unit} of publication ({pub}), a year before"
        day = cal.shift_date(base, _G.YEAR, -1)
        return _dated(p, cal.unit_interval(grain, day), anchor, how, sets_reference=False)
    if (
        p.direction == -5
        and p.narrative
        and ref is not None
        and ref.interval.start is not None
        and ref.interval.granularity in (_G.MONTH, _G.QUARTER, _G.HALF)
    ):
        # "sales rose in February compared to the same period last year": that February, a year before
        start = cal.shift_date(ref.interval.start.date(), _G.YEAR, -1)
        anchor = ref.as_anchor()
        return attrs.evolve(
            _dated(
                p,
                cal.unit_interval(ref.interval.granularity, start),
                anchor,
                f"the period last mentioned ({ref.text!r}, {ref.value}), a year before",
            ),
            sets_reference=False,
        )
    granularity = _UNIT_GRANULARITY[p.unit]
    if (
        p.narrative
        and ref is not None
        and ref.interval.start is not None
        and ref.interval.granularity.rank <= granularity.rank
        and ref.interval.granularity is not _G.WEEKEND
    ):
        # "In March 1995 ... the following year", "the previous month": next to the story's time
        interval = cal.unit_interval(granularity, cal.shift_date(ref.interval.start.date(), granularity, p.direction))
        anchor = ref.as_anchor()
        word = "after" if p.direction > 0 else "before"
        return _dated(p, interval, anchor, f"the {p.unit} {word} the time last mentioned ({ref.text!r}, {ref.value})")
    if (
        p.narrative
        and p.direction in (-1, 1)
        and ref is not None
        and ref.interval.start is not None
        and ref.interval.granularity in (_G.MONTH, _G.QUARTER, _G.SEASON, _G.HALF, _G.YEAR)
    ):
        # "a strike in October 2023. That dispute was settled the following week": a week after an
        # unknown day of that month, so that month (at its grain, as "three weeks later" after it)
        start = cal.shift_date(ref.interval.start.date(), granularity, p.direction)
        interval = cal.unit_interval(ref.interval.granularity, start)
        anchor = ref.as_anchor()
        word = "after" if p.direction > 0 else "before"
        how = f"the {p.unit} {word} the time last mentioned ({ref.text!r}, {ref.value}), at its grain"
        return _dated(p, interval, anchor, how, sets_reference=False)
    shifted = cal.shift_date(pub, granularity, p.direction)
    interval = cal.unit_interval(granularity, shifted)
    if p.direction == -5:  # "the year-ago quarter" is a comparison, not where the story goes
        return attrs.evolve(
            _dated(
                p, interval, _publication_anchor(ctx), f"the quarter a year before the last one reported before {pub}"
            ),
            sets_reference=False,
        )
    word = {-1: "the previous", 0: "the current", 1: "the next"}.get(
        p.direction, f"{abs(p.direction)} {p.unit}s {'before' if p.direction < 0 else 'after'}"
    )
    return _dated(p, interval, _publication_anchor(ctx), f"{word} {p.unit} relative to the publication date {pub}")


def _since_span_a_year_before(p: PartialTime, ctx: ResolutionContext) -> Resolution | None:
    """ "had died since June 1, compared with six over the same period last year": the span from
    the time after "since" to the story's day (else publication), a year before, written as the
    calendar unit holding it; ``None`` with no such time."""
    since, ref = ctx.since, ctx.reference
    if since is None or since.interval.start is None or ctx.publication_date is None:
        return None
    first = since.interval.start.date()
    last = ctx.publication_date
    if ref is not None and ref.interval.start is not None and ref.interval.granularity.rank <= _G.DAY.rank:
        last = ref.interval.start.date()
    if last < first:
        return None
    span = cal.unit_holding(cal.shift_date(first, _G.YEAR, -1), cal.shift_date(last, _G.YEAR, -1))
    anchor = since.as_anchor()
    how = f"the span since {since.text!r} ({since.value}) to {last}, a year before"
    return _dated(p, span, anchor, how, sets_reference=False)


def _quarter_ended(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "the quarter ended July 31" (a fiscal quarter, May to July): the calendar quarter holding most
    of it, that of its middle day, 45 days before its last; the last day without a year is the latest
    one up to publication (the quarter has ended)."""
    assert p.month is not None and p.day is not None and ctx.publication_date is not None
    pub = ctx.publication_date
    year = p.year if p.year is not None else pub.year
    try:
        last = date(year, p.month, p.day)
        if p.year is None and last > pub:
            last = date(year - 1, p.month, p.day)
    except ValueError:  # "Feb. 29" in a year without one
        return _unanchored(p, f"no such day as {p.month}-{p.day} in {year}")
    quarter = cal.unit_interval(_G.QUARTER, last - timedelta(days=45))
    how = f"the calendar quarter holding most of the quarter that ended {last}"
    return _dated(p, quarter, _publication_anchor(ctx) if p.year is None else Anchor(kind=AnchorKind.NONE), how)


def _day_of_year(year: int, month: int, day: int) -> Interval:
    """That day of ``year``; :class:`CalendarRangeError` when the year has none ("Feb. 29 next year")."""
    try:
        return cal.day_interval(date(year, month, day))
    except ValueError:
        raise CalendarRangeError(f"no {_MONTH_NAMES[month - 1]} {day} in {year}") from None


def _unit_of_year(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    make: Callable[[int], Interval]
    if p.month is not None and p.day is not None:  # "5 March next year": that day of the year
        month, day = p.month, p.day
        make = lambda y: _day_of_year(y, month, day)  # noqa: E731
        label = f"{_MONTH_NAMES[month - 1]} {day}"
    elif p.month is not None:
        month = p.month
        make = lambda y: cal.month_interval(y, month)  # noqa: E731
        label = _MONTH_NAMES[month - 1]
    elif p.quarter is not None:
        quarter = p.quarter
        make = lambda y: cal.quarter_interval(y, quarter)  # noqa: E731
        label = f"quarter {quarter}"
    else:
        half = p.half or 1
        make = lambda y: cal.half_interval(y, half)  # noqa: E731
        label = f"half {half}"
    if p.year is not None:
        return _dated(p, make(p.year), Anchor(kind=AnchorKind.NONE), f"{label} of {p.year}")
    if ctx.publication_date is None:
        return _unanchored(p, f"{label} without a year needs a publication date")
    pub = ctx.publication_date
    year = pub.year + (p.direction or 0)
    how = f"of the year {year}" if p.direction is not None else f"without a year: the publication year {year}"
    just_ended = make(pub.year - 1).end
    if (
        p.reported
        and p.direction is None
        and just_ended is not None
        and just_ended.date() > cal.shift_date(pub, _G.QUARTER, -1)
    ):
        # "will report fourth-quarter results on Feb. 8", written on Jan. 2: figures come once the
        # period has ended, so the one of that number that ended just before publication
        year -= 1
        return _dated(
            p, make(year), _publication_anchor(ctx), f"{label} reported: the one that ended just before {pub}"
        )
    start = make(year).start
    if p.direction is None and ctx.orientation is Orientation.PAST and start is not None and start.date() > pub:
        # "profits fell in the fourth quarter", written in January: last year's, the latest one begun.
        year -= 1
        how = f"past tense and this year's has not begun: the year {year}"
    end = make(year).end
    if (
        p.direction is None
        and ctx.orientation is Orientation.FUTURE
        and end is not None
        and end.date() <= cal.shift_date(pub, _G.QUARTER, -1)
    ):
        # "sales will rise in the first quarter", written in December: next year's; one that ended within
        # a quarter stays ("will report third-quarter results", written in October: the results come later)
        year += 1
        how = f"future tense and this year's ended over a quarter before: the year {year}"
    return _dated(p, make(year), _publication_anchor(ctx), f"{label} {how}")


_PERIOD_GRANULARITIES = {
    "quarter": (_G.QUARTER,),
    "half": (_G.HALF,),
    "period": (_G.QUARTER, _G.HALF, _G.MONTH, _G.YEAR),
}


def _year_period(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "the 1988 period": the period the story last mentioned (a quarter, a half, a month), moved
    to that year; with none, the quarter last reported before publication, in that year."""
    assert p.year is not None and p.unit is not None
    ref = ctx.reference
    base: Interval | None = None
    if ref is not None and ref.interval.granularity in _PERIOD_GRANULARITIES[p.unit]:
        base, anchor = ref.interval, ref.as_anchor()
        how = f"the period last mentioned ({ref.text!r}, {ref.value})"
    elif ctx.publication_date is not None and p.unit != "half":
        last = cal.shift_date(ctx.publication_date, _G.QUARTER, -1)
        base, anchor = cal.unit_interval(_G.QUARTER, last), _publication_anchor(ctx)
        how = f"the quarter last reported before {ctx.publication_date}"
    if base is None or base.start is None:
        return _dated(p, cal.year_interval(p.year), Anchor(kind=AnchorKind.NONE), f"a {p.unit} of {p.year}")
    start = base.start.date()
    moved = cal.unit_interval(base.granularity, cal.shift_date(start, _G.YEAR, p.year - start.year))
    return attrs.evolve(_dated(p, moved, anchor, f"{how}, in {p.year}"), sets_reference=False)


def _story_year(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "the year": the year the story is in. News mostly means the year of publication, but after
    "In 1995, ..." it is 1995: the reference time's year when the story has moved to another one."""
    ref = ctx.reference
    if ref is not None and ref.interval.start is not None and ref.interval.granularity.rank <= _G.YEAR.rank:
        year = ref.interval.start.year
        if ctx.publication_date is None or year != ctx.publication_date.year:
            anchor = ref.as_anchor()
            how = f"the year of the time last mentioned ({ref.text!r}, {ref.value})"
            return attrs.evolve(_dated(p, cal.year_interval(year), anchor, how), sets_reference=False)
    return _relative_unit(attrs.evolve(p, kind="relative_unit", direction=0), ctx)


def _fiscal_year(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """TimeBank and TempEval-3 write a fiscal year as its number ("fiscal 1989" is 1989), never
    TIMEX2's ``FY1989``; the interval is the calendar year, since fiscal calendars vary, unless the
    story states where its fiscal years end or start (``fiscal_last_month``). It is a
    year the story is at, as "2022" is: "from $97 million a year earlier" after it is the one before."""
    assert p.year is not None
    if p.fiscal_last_month is not None:  # "Its fiscal year ends in May": fiscal 2026 runs June 2025-May 2026
        interval = cal.fiscal_year_interval(p.year, p.fiscal_last_month)
        assert interval.earliest is not None and interval.latest is not None
        how = f"fiscal year {p.year}, whose end or start the story states: {interval.earliest} to {interval.latest}"
    else:
        interval = cal.year_interval(p.year)
        how = f"fiscal year {p.year} (its calendar year shown; fiscal calendars vary)"
    return _named_by_its_year(p, interval, how)


def _split_year(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "the 2022/23 school year", "the 2024/25 season": a year of a school, an account or a harvest
    across two calendar years. TimeML has no value for it, so it is written as its first year, as
    the year it is named by; the interval holds both calendar years, as where it starts varies."""
    assert p.year is not None
    interval = cal.years_interval(p.year, p.year + 1)
    why = f"a year across {p.year} and {p.year + 1}: named by its first year, both calendar years shown"
    if p.month is not None and p.day is not None:
        # "the 2024/25 season, which begins on Oct. 1": a year from that day of its first year
        interval = cal.year_from(date(p.year, p.month, p.day))
        why = f"a year across {p.year} and {p.year + 1}, named by its first year, from the day the sentence gives"
    return _named_by_its_year(p, interval, why)


def _named_by_its_year(p: PartialTime, interval: Interval, explanation: str) -> Resolution:
    """A year of an account, a school or a season, valued as the year it is named by (``p.year``,
    as TimeML writes "fiscal 1989") over the interval it runs."""
    assert p.year is not None
    return Resolution(
        type=p.type,
        value=f"{p.year:04d}",
        interval=interval,
        anchor=Anchor(kind=AnchorKind.NONE),
        explanation=explanation,
        mod=p.mod,
        sets_reference=True,
    )


def _decade(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    assert p.decade is not None
    decade = p.decade
    if p.two_digit_decade:
        if ctx.publication_date is None:
            decade = 190 + decade
        else:
            current = ctx.publication_date.year // 10
            decade = (
                max(d for d in (190 + decade, 200 + decade, 180 + decade) if d <= current)
                if any(d <= current for d in (180 + decade, 190 + decade, 200 + decade))
                else 190 + decade
            )
    return _dated(
        p,
        cal.decade_interval(decade),
        Anchor(kind=AnchorKind.NONE),
        f"the decade {decade}0-{decade}9",
        sets_reference=False,
    )


def _century(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    assert p.century is not None
    return _dated(
        p,
        cal.century_interval(p.century),
        Anchor(kind=AnchorKind.NONE),
        f"the century of the years {p.century}00-{p.century}99",
        sets_reference=False,
    )


def _century_turn(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "the turn of the century": the year a century began, mod APPROX (the turn is the years
    around it). "of the 20th century" is 1900, "of the last century" the one before the current;
    a bare one is the turn nearest the story's time when the story is at a time already (an
    article of 2024 telling of 1897 means 1900), else the latest turn up to publication, the next
    one in a clause that looks ahead ("by the turn of the century")."""
    if p.century is not None:
        year, anchor, how = p.century * 100, Anchor(kind=AnchorKind.NONE), f"the start of century {p.century + 1}"
        return _dated(p, cal.year_interval(year), anchor, how, sets_reference=False)
    if ctx.publication_date is None:
        return _unanchored(p, "the turn of the century needs a publication date")
    pub_year = ctx.publication_date.year
    ref = ctx.reference
    if p.direction is not None:
        year, anchor = (pub_year // 100 + p.direction) * 100, _publication_anchor(ctx)
        how = f"the turn of century {year // 100 + 1}, counted from publication ({pub_year})"
    elif ctx.orientation is Orientation.FUTURE:
        year, anchor, how = (pub_year // 100 + 1) * 100, _publication_anchor(ctx), "the next turn after publication"
    elif ref is not None and ref.interval.start is not None:
        year = (ref.interval.start.year + 50) // 100 * 100
        anchor = ref.as_anchor()
        how = f"the turn nearest the time last mentioned ({ref.text!r}, {ref.value})"
        year = min(year, pub_year // 100 * 100)
    else:
        year, anchor, how = pub_year // 100 * 100, _publication_anchor(ctx), "the latest turn up to publication"
    if not 1 <= year <= 9999:
        return _unanchored(p, "the turn of the century lies outside the calendar")
    return _dated(p, cal.year_interval(year), anchor, f"around {year}: {how}", sets_reference=False)


def _offset(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    if ctx.publication_date is None:
        return _unanchored(p, "'ago' and 'from now' need a publication date")
    ref = ctx.reference
    if (
        ref is not None
        and p.unit == "year"
        and isinstance(p.amount, int | float)
        and (
            ref.interval.granularity in (_G.QUARTER, _G.HALF)
            or (p.a_year_back and p.in_sentence_of_previous and ref.interval.granularity is _G.MONTH)
        )
    ):
        # "profit rose from $5 million a year ago" right after a quarter: the year-ago quarter; "several
        # years ago" compares with no period, so it counts from publication as "ago" does. So does a
        # month of its sentence: "sales fell 35% in January, compared to the same month a year ago".
        anchor = ref.as_anchor()
        return _shift_from(p, ctx, ref.interval, anchor, f"the period last mentioned ({ref.text!r}, {ref.value})")
    if p.a_year_back:
        # "up from seven a year ago": this time last year, the month of publication a year back
        month = cal.month_interval(ctx.publication_date.year, ctx.publication_date.month)
        found = _shift_from(attrs.evolve(p, unit="month", amount=12), ctx, month, _publication_anchor(ctx), "")
        # a comparison, as "a year earlier": the story does not move there
        why = "a year before the month of publication (this time last year)"
        return attrs.evolve(found, explanation=why, sets_reference=False)
    published = cal.day_interval(ctx.publication_date)
    found = _shift_from(p, ctx, published, _publication_anchor(ctx), "the publication date")
    return _beyond_the_amount(p, ctx.publication_date, found)


#: Units "more than N ... ago" is counted in, with their calendar step and how many of it one makes.
_BEYOND_STEPS = {
    "day": (_G.DAY, 1),
    "week": (_G.DAY, 7),
    "month": (_G.MONTH, 1),
    "year": (_G.YEAR, 1),
    "decade": (_G.YEAR, 10),
}


def _beyond_the_amount(p: PartialTime, published: date, found: Resolution) -> Resolution:
    """ "a pay dispute that began more than two years ago", told on Sept. 5, 2025: the value names the
    year two years back, as TimeBank writes it, but the time is before Sept. 5, 2023, with no known
    start, not any day of 2023 ("at least": on or before that day); "more than a year from now" is
    after the day a year ahead."""
    step = _BEYOND_STEPS.get(p.unit or "")
    if (
        p.mod not in ("MORE_THAN", "EQUAL_OR_MORE")
        or p.direction not in (-1, 1)
        or step is None
        or not isinstance(p.amount, int | float)
        or p.amount != int(p.amount)
        or found.interval is None
    ):
        return found
    granularity, per = step
    day = cal.shift_date(published, granularity, p.direction * int(p.amount) * per)
    inclusive = p.mod == "EQUAL_OR_MORE"
    if p.direction < 0:  # before that day ("at least": on or before it)
        interval = cal.day_interval(day if inclusive else cal.shift_date(day, _G.DAY, -1)).open_start()
        side = "on or before" if inclusive else "before"
    else:
        interval = cal.day_interval(day if inclusive else cal.shift_date(day, _G.DAY, 1)).open_end()
        side = "on or after" if inclusive else "after"
    return attrs.evolve(
        found, interval=interval, explanation=f"{found.explanation}; {side} {day.isoformat()}", sets_reference=False
    )


def _narrative_offset(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    clock = ctx.clock_reference
    if (
        clock is not None
        and clock.interval.start is not None
        and p.unit in ("minute", "hour")
        and p.direction in (-1, 1)
        and isinstance(p.amount, int | float)
    ):
        return _from_clock(p, clock)
    ref = ctx.reference
    if p.compared and p.part_of_day is None and p.direction in (-1, 1) and ref is not None:
        # "arrives on November 11, three days later than originally planned": the difference between
        # two times, dated by its own clause, the time last mentioned (as MEANTIME writes it)
        how = f"a comparison ('than'): the time of its clause, the last time mentioned ({ref.text!r}, {ref.value})"
        return _dated(p, ref.interval, ref.as_anchor(), how, type_=TimexType.DATE, sets_reference=False)
    if p.session_day and ref is not None and ref.interval.granularity.rank > _G.DAY.rank:
        return _day_of_the_session(p, ctx, ref)
    if p.day_from_next and p.part_of_day is None and p.direction in (-1, 1) and ref is not None:
        # "had warned them two weeks earlier, on Dec. 8": the date set off after it names the day reached
        anchor = ref.as_anchor()
        how = f"the date set off after it ({ref.text!r}, {ref.value}) names the time it reaches"
        return _dated(p, ref.interval, anchor, how, type_=TimexType.DATE, sets_reference=False)
    if (
        ref is not None
        and ctx.day_reference is not None
        and p.direction in (-1, 1)
        and (
            (_UNIT_GRANULARITY.get(p.unit or "") is _G.DAY and ref.interval.granularity.rank > _G.DAY.rank)
            # "under a timetable set in 2020. ... wrote to the minister two weeks earlier": weeks
            # count from a day the story is at, not from a year named in passing
            or (p.unit in ("week", "fortnight") and ref.interval.granularity.rank >= _G.YEAR.rank)
            or (ref.of_a_span and p.unit != "year")
        )
    ):
        # days and hours count from a day, not from a year named since; "that same day" is one of
        # the time last named, whatever its grain ("in October 1998 ... that same day": 1998-10-XX);
        # weeks neither from the year of a span ("in the six months before her death ... had bought
        # the gun two weeks earlier")
        ref = ctx.day_reference
    if ref is not None and _part_of_a_coarser_time(p, ref):
        why = f"a part of the day is of a day; the last time mentioned ({ref.text!r}, {ref.value}) is no day"
        return _undated(p, None, f"left unresolved: {why}", TimexType.TIME)
    if _still_to_come(ref, ctx) and ctx.orientation is Orientation.PAST:
        # "officials said it would not reopen before Saturday. ... Had the wind shifted an hour
        # earlier": what a past clause tells happened before the time of writing, not before a day
        # still to come, so it counts from publication
        ref = None
    if ref is not None:
        anchor = ref.as_anchor()
        if p.part_of_day == "MO" and p.amount == 0 and ref.value.endswith("TNI"):
            # "a fire on Tuesday night ... put out by morning": the morning after that night
            p = attrs.evolve(p, amount=1, direction=1)
        return _shift_from(p, ctx, ref.interval, anchor, f"the last time mentioned ({ref.text!r}, {ref.value})")
    if ctx.publication_date is None:
        return _unanchored(p, "no earlier time in the story and no publication date to count from")
    if p.part_of_day == "NI" and p.amount == 0 and ctx.orientation is Orientation.PAST:
        # "Survivors said three people had fallen overboard during the night": a past night with no
        # day of the story is the last one before publication, as "overnight" is
        day = cal.shift_date(ctx.publication_date, _G.DAY, -1)
        return _with_part_of_day(p, day, _publication_anchor(ctx), "past tense: the night before publication")
    return _shift_from(p, ctx, cal.day_interval(ctx.publication_date), _publication_anchor(ctx), "the publication date")


def _day_of_the_session(p: PartialTime, ctx: ResolutionContext, ref: Reference) -> Resolution:
    """ "its steepest drop since the Black Monday crash of October 1987. ... rose 0.4% by 0800 GMT and
    ended the day 0.3% higher": a session ends on a day, so a coarser time told before it is no
    anchor; the day of the session's clock time told since, else the story's day, publication."""
    clock = _clock_on_its_day(ctx)
    why = f"the last time mentioned ({ref.text!r}, {ref.value}) is no day a session ends on"
    if clock is not None and clock.interval.start is not None:
        day = clock.interval.start.date()
        return _dated(p, cal.day_interval(day), clock.as_anchor(), f"the day of {clock.text!r} ({clock.value}); {why}")
    if ctx.publication_date is None:
        return _unanchored(p, why)
    return _dated(p, cal.day_interval(ctx.publication_date), _publication_anchor(ctx), f"the publication date; {why}")


def _part_of_a_coarser_time(p: PartialTime, ref: Reference) -> bool:
    """ "during the holiday season in 2022 and 2023 ... 'I think about that night every day'": a
    night (morning, evening) of the story's time is of a day. A month leaves the day unsaid
    ("shot in October 1998 ... that night": 1998-10-XXTNI); a year is no anchor for a night (a
    year's unknown night dates nothing), nor a week, season or quarter (its first day's night)."""
    grain = ref.interval.granularity
    return p.part_of_day is not None and p.amount == 0 and grain.rank > _G.DAY.rank and grain is not _G.MONTH


def _still_to_come(ref: Reference | None, ctx: ResolutionContext) -> bool:
    """Whether the story's reference time begins after the publication day (a day it looks ahead to)."""
    if ref is None or ref.interval.start is None or ctx.publication_date is None:
        return False
    return ref.interval.start.date() > ctx.publication_date


def _from_clock(p: PartialTime, clock: Reference) -> Resolution:
    """ "at 12:20 a.m. Sunday ... about ten minutes later": minutes and hours counted from the clock
    time just told give a clock time (00:30), on the day they reach."""
    assert clock.interval.start is not None and p.unit is not None and p.direction is not None
    assert isinstance(p.amount, int | float)
    minutes = p.amount * (60 if p.unit == "hour" else 1) * p.direction
    moment = clock.interval.start + timedelta(minutes=round(minutes))
    interval = cal.clock_interval(moment.date(), moment.hour, moment.minute)
    side = "after" if p.direction > 0 else "before"
    told = f"the clock time last mentioned ({clock.text!r}, {clock.value})"
    return Resolution(
        type=TimexType.TIME,
        value=f"{moment.date().isoformat()}T{moment.hour:02d}:{moment.minute:02d}",
        interval=interval,
        anchor=clock.as_anchor(),
        explanation=f"{_fmt(p.amount)} {p.unit}(s) {side} {told}",
        mod=p.mod,
    )


def _day_offset(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "a week from Tuesday", "two weeks ago Monday", "a year ago today", "this time last year": the
    day named (the coming weekday after "from", the past one after "ago"), moved by whole units; a
    day, as the day counted from is one."""
    if ctx.publication_date is None:
        return _unanchored(p, "a day counted from a day named needs a publication date")
    pub = ctx.publication_date
    assert p.unit is not None and p.direction is not None and isinstance(p.amount, int)
    if p.weekday is not None:
        name = _WEEKDAY_NAMES[p.weekday]
        pick = cal.weekday_on_or_before if p.direction < 0 else cal.weekday_on_or_after
        base, base_name = pick(pub, p.weekday), f"{'the latest' if p.direction < 0 else 'the coming'} {name}"
    else:
        base = cal.shift_date(pub, _G.DAY, p.from_day or 0)
        base_name = "the publication date" if not p.from_day else f"{p.from_day:+d} day(s) from publication"
    day = cal.shift_date(base, _UNIT_GRANULARITY[p.unit], round(_in_steps(p.unit, p.amount)) * p.direction)
    side = "before" if p.direction < 0 else "after"
    return _dated(
        p, cal.day_interval(day), _publication_anchor(ctx), f"{p.amount} {p.unit}(s) {side} {base_name} ({base})"
    )


def _week_of_month(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "the first week of March": the ISO week holding the month's first Thursday (see
    :func:`timeline.calendar.week_of_month`), in the year the month alone would be in."""
    assert p.month is not None and isinstance(p.amount, int)
    if p.year is not None:
        year, anchor, how = p.year, Anchor(kind=AnchorKind.NONE), f"of {p.year}"
    else:
        month = _month(attrs.evolve(p, kind="month", amount=None), ctx)
        if month.interval is None or month.interval.start is None:
            return attrs.evolve(month, type=p.type)
        year, anchor, how = month.interval.start.year, month.anchor, f"of {month.value} ({month.explanation})"
    which = "last" if p.amount == -1 else f"week {p.amount}"
    week = cal.week_of_month(year, p.month, p.amount)
    return _dated(p, week, anchor, f"the {which} of {_MONTH_NAMES[p.month - 1]} {how}")


def _overnight(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "Prices rose overnight": the night before publication (TNI of the day before) in a past or
    tenseless clause, as news reports it; looking ahead ("will fall overnight"), the coming night.
    In a sentence that names a day, the night before that day; in a habitual one, no dated night."""
    if p.habitual:
        # "stays open overnight on Fridays": a night of a habit, no dated one (TimeML's unknown day)
        return _undated(p, "XXXX-XX-XXTNI", "a night in a habitual or generic sentence: no dated one", TimexType.TIME)
    ref = ctx.reference
    if (p.narrative or p.day_from_next) and ref is not None and ref.interval.granularity.rank <= _G.DAY.rank:
        # "Overnight, rebels shelled the city, officials said on Sunday": the night before that day;
        # "gathered on Saturday, and police detained 14 people overnight" (direction 0): its own night
        assert ref.interval.start is not None
        day = cal.shift_date(ref.interval.start.date(), _G.DAY, 0 if p.direction == 0 else -1)
        anchor = ref.as_anchor()
        which = "the night of" if p.direction == 0 else "the night before"
        how = f"{which} the story's day ({ref.text!r}, {ref.value})"
        if not _past_after_publication(cal.shift_date(day, _G.DAY, 1), ctx):  # the night ends the day after
            return _with_part_of_day(attrs.evolve(p, part_of_day=p.part_of_day or "NI"), day, anchor, how)
    if ctx.publication_date is None:
        return _unanchored(p, "'overnight' needs a publication date")
    ahead = ctx.orientation in (Orientation.PRESENT, Orientation.FUTURE)
    day = cal.shift_date(ctx.publication_date, _G.DAY, 0 if ahead else -1)
    how = "the coming night" if ahead else "the night before publication"
    return _with_part_of_day(attrs.evolve(p, part_of_day=p.part_of_day or "NI"), day, _publication_anchor(ctx), how)


def _past_after_publication(day: date, ctx: ResolutionContext) -> bool:
    """ "The first troops left Munster overnight and were expected to arrive late Tuesday", in a
    Monday story: what a past tense tells has happened, so its night or clock time reaches no day
    after publication, whatever day the sentence names for something else."""
    return ctx.orientation is Orientation.PAST and ctx.publication_date is not None and day > ctx.publication_date


def _short_year(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "in '98": the latest such year up to publication; looking ahead ("will graduate in '28"),
    the first from publication on."""
    assert p.year is not None
    if ctx.publication_date is None:
        return _unanchored(p, "a two-digit year needs a publication date to infer its century")
    pub_year = ctx.publication_date.year
    latest = pub_year - (pub_year - p.year) % 100
    year = latest + 100 if ctx.orientation is Orientation.FUTURE and latest < pub_year else latest
    return _dated(p, cal.year_interval(year), _publication_anchor(ctx), f"'{p.year:02d}: the year {year}")


def _named_date(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "since 9/11": the day the name refers to; "on 9/11" in a clause that looks ahead is just
    the coming September 11."""
    if p.holiday is not None and ctx.orientation is Orientation.FUTURE:
        return _holiday(attrs.evolve(p, year=None), ctx)
    return _absolute(attrs.evolve(p, holiday=None), ctx)


_IN_YEARS = {"decade": 10, "century": 100}


def _shift_from(p: PartialTime, ctx: ResolutionContext, base: Interval, anchor: Anchor, base_name: str) -> Resolution:
    assert p.unit is not None and p.direction is not None
    assert base.start is not None and base.end is not None
    unit = p.unit
    if p.amount == "X" and unit in _SUBDAY:  # "a few hours later" as "hours later": the same day
        return _shift_from(attrs.evolve(p, amount=None), ctx, base, anchor, base_name)
    if p.amount == "X" or (p.amount is None and unit not in _SUBDAY):
        if p.direction in (-1, 1):  # "a few days later", "weeks earlier": at least the least count away
            return _at_least(p, base, anchor, base_name)
        # only the side is known
        interval = (
            _before(base.start, base.granularity)
            if p.direction < 0
            else Interval(start=base.end, end=None, granularity=base.granularity)
        )
        ref = {-1: "PAST_REF", 1: "FUTURE_REF"}.get(p.direction, "PRESENT_REF")
        side = "before" if p.direction < 0 else "after"
        return Resolution(
            type=TimexType.DATE,
            value=ref if anchor.kind is AnchorKind.PUBLICATION_DATE else None,
            interval=interval,
            anchor=anchor,
            explanation=f"an unstated number of {unit}s {side} {base_name}",
            mod=p.mod,
            sets_reference=False,
        )
    amount = float(p.amount) if p.amount is not None else 0.0
    if unit in _IN_YEARS:
        # "a decade ago" is a year (1989), not a decade (198)
        amount, unit = amount * _IN_YEARS[unit], "year"
    # TimeML keeps the reference's grain when it is finer: "a year earlier" than 1989-Q3 is 1988-Q3,
    # than Nov. 2, 1989 is 1988-11-02; from publication ("a year ago") the unit's grain is kept.
    unit_granularity = _UNIT_GRANULARITY.get(unit, _G.DAY)
    if anchor.kind is AnchorKind.REFERENCE_TIME and p.direction == 0:
        # "later that year" after June 1998 is 1998; "that same day" after October 1998 stays October
        granularity = max(unit_granularity, base.granularity, _G.DAY, key=lambda g: g.rank)
    elif anchor.kind is AnchorKind.REFERENCE_TIME and unit == "year" and amount > 1:
        # "a year earlier" compares a day with the same day a year before; "Thirty-two years later"
        # tells of a stretch of history, at the grain of years
        granularity = max(unit_granularity, base.granularity, key=lambda g: g.rank)
    elif anchor.kind is AnchorKind.REFERENCE_TIME:
        # ... and never finer than the reference: "three weeks later" after "in 2017" counts from an
        # unknown day of 2017, so it is 2017, not the third week of January
        granularity = max(base.granularity, _G.DAY, key=lambda g: g.rank)
    else:
        granularity = max(unit_granularity, base.granularity, key=lambda g: g.rank)
    if base.granularity.rank < _G.DAY.rank and unit in _SUBDAY:
        granularity = base.granularity
    base_day = base.start.date()
    if unit in _SUBDAY:
        hours = amount * {"second": 1 / 3600, "minute": 1 / 60, "hour": 1}[unit] * p.direction
        if p.amount is None:
            day = base_day
        elif base.granularity.rank < _G.DAY.rank:
            day = cal.shift_moment(base.start, hours=hours).date()
        else:
            # "an hour earlier" than a day of no known hour is most likely that day, not the one before
            # its midnight: whole days only, the nearest number of them
            day = cal.shift_date(base_day, _G.DAY, round(hours / 24))
        interval = cal.unit_interval(max(granularity, _G.DAY, key=lambda g: g.rank), day)
        words = f"{'some' if p.amount is None else _fmt(amount)} {unit}s {'after' if p.direction > 0 else 'before'}"
        return _dated(
            p,
            interval,
            anchor,
            f"{words} {base_name}: the same {interval.granularity.value}"
            if day == base_day
            else f"{words} {base_name}",
        )
    step_unit = _UNIT_GRANULARITY[unit]
    steps = round(_in_steps(unit, amount)) * p.direction
    shifted = cal.shift_date(base_day, step_unit, steps)
    interval = cal.unit_interval(granularity, shifted)
    last_month = cal.fiscal_last_month(base)
    if last_month is not None and granularity is _G.YEAR and step_unit is _G.YEAR:
        # "in fiscal 2024 [ending June 30] from $9.4 billion a year earlier": fiscal 2023, July to June
        interval = cal.fiscal_year_interval(int(cal.timex_value(base)) + steps, last_month)
    unknown = _unknown_within(base, unit) if anchor.kind is AnchorKind.REFERENCE_TIME and steps == 0 else None
    if unknown is not None:
        # "that same day" after "in October 1998": a day of that month, which one unsaid (1998-10-XX)
        return Resolution(
            type=TimexType.TIME if p.part_of_day else TimexType.DATE,
            value=unknown + (f"T{p.part_of_day}" if p.part_of_day and unit == "day" else ""),
            interval=base,
            anchor=anchor,
            explanation=f"the same {unit} as {base_name}, which the text does not narrow down to a {unit}",
            mod=p.mod,
            sets_reference=False,
        )
    if p.part_of_day:
        interval = cal.part_of_day_interval(shifted, p.part_of_day)
        return Resolution(
            type=TimexType.TIME,
            value=f"{shifted.isoformat()}T{p.part_of_day}",
            interval=interval,
            anchor=anchor,
            explanation=f"{abs(steps)} day(s) from {base_name}",
            mod=p.mod,
            sets_reference=True,
        )
    direction_word = "after" if steps > 0 else "before" if steps < 0 else "the same as"
    how = f"{_fmt(abs(amount))} {unit}(s) {direction_word} {base_name}" if steps else f"the same {unit} as {base_name}"
    if steps and interval.granularity.rank > base.granularity.rank:
        # "a week ago" on 2024-04-10 is the week of 2024-04-03 (2024-W14), not that day
        how = f"{how}: the {interval.granularity.value} holding {shifted}"
    # "a year earlier" compares with the time being reported; it does not move the story there.
    # "two years later" from the story's time is a step of its history, which the story moves to
    # ("two years later it reached the Top 40, and he signed the following year": 1971).
    steps_history = anchor.kind is AnchorKind.REFERENCE_TIME and amount > 1
    return _dated(p, interval, anchor, how, sets_reference=unit != "year" or steps_history)


def _at_least(p: PartialTime, base: Interval, anchor: Anchor, base_name: str) -> Resolution:
    """ "A few days later", "weeks earlier", "several years ago": the count is vague, but the words set
    its least ("a few" is at least two, see ``least_counts`` in the data), so the time lies on that
    side at least that far from the anchor, the far side open. From publication TimeML writes
    ``PAST_REF`` or ``FUTURE_REF``; from a time in the story the nearest day it may be, with mod
    ``ON_OR_AFTER`` (``ON_OR_BEFORE``), as TimeML writes "1994 or later"."""
    assert p.unit is not None and p.direction is not None
    unit, least = p.unit, p.least or 1
    if unit in _IN_YEARS:
        least, unit = least * _IN_YEARS[unit], "year"
    step, steps = _UNIT_GRANULARITY[unit], round(_in_steps(unit, least))
    # the reference's grain when finer, as "two days later" is a day; never finer than a day
    finer = min(_UNIT_GRANULARITY.get(unit, _G.DAY), base.granularity, key=lambda g: g.rank)
    grain = max(finer, _G.DAY, key=lambda g: g.rank)
    interval = cal.offset_at_least(base, step, steps, p.direction, grain)
    side = "after" if p.direction > 0 else "before"
    edge = interval.start if p.direction > 0 else interval.end - timedelta(days=1) if interval.end else None
    assert edge is not None
    least_words = f"at least {least} {unit}{'s' if least > 1 else ''}"
    explanation = f"{least_words} {side} {base_name}: {interval.describe()}"
    if anchor.kind is AnchorKind.PUBLICATION_DATE:
        value, mod = ("PAST_REF" if p.direction < 0 else "FUTURE_REF"), p.mod
    else:
        value = cal.timex_value(cal.unit_interval(grain, edge.date()))
        mod = "ON_OR_AFTER" if p.direction > 0 else "ON_OR_BEFORE"
    return Resolution(
        type=TimexType.DATE,
        value=value,
        interval=interval,
        anchor=anchor,
        explanation=explanation,
        mod=mod,
        sets_reference=False,
    )


#: The unknown digits TimeML writes for a smaller unit inside a known month or year.
_UNKNOWN_WITHIN = {
    (_G.MONTH, "day"): "-XX",
    (_G.YEAR, "day"): "-XX-XX",
    (_G.YEAR, "month"): "-XX",
    (_G.YEAR, "week"): "-WXX",
}


def _unknown_within(base: Interval, unit: str) -> str | None:
    """ "that day" when the story's time is a month: that month with the day left unknown
    (``1998-10-XX``), as TimeML writes an unspecified part; ``None`` when the reference is fine
    enough to give the unit itself, or the unit does not nest in it."""
    suffix = _UNKNOWN_WITHIN.get((base.granularity, unit))
    if suffix is None or base.start is None:
        return None
    return cal.timex_value(base) + suffix


def _fmt(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else str(amount)


def _clock(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    assert p.hour is not None
    day: date | None = None
    anchor = Anchor(kind=AnchorKind.NONE)
    if p.amount is not None and ctx.publication_date is not None:
        day = cal.shift_date(ctx.publication_date, _G.DAY, int(p.amount))
        anchor, where = _publication_anchor(ctx), "the day named, counted from publication"
    elif (told := _clock_on_its_day(ctx)) is not None:
        # "by 6 a.m. Saturday. She had arrived at 4 a.m.": the day of the nearest dated time before it
        assert told.interval.start is not None
        day = told.interval.start.date()
        anchor = told.as_anchor()
        where = f"on the day of the clock time last mentioned ({told.text!r}, {told.value})"
    elif ctx.reference is not None and ctx.reference.interval.granularity.rank <= _G.DAY.rank:
        assert ctx.reference.interval.start is not None
        day = ctx.reference.interval.start.date()
        anchor = ctx.reference.as_anchor()
        where = f"on the day last mentioned ({ctx.reference.value})"
        if ctx.reference.value.endswith("TNI") and p.hour < _NOON and not ctx.reference_tells:
            # "flown overnight to Niamey ..., where he landed at 9:15 a.m.": a night runs into the
            # next day's morning, which a morning time after it is on
            day, where = (
                cal.shift_date(day, _G.DAY, 1),
                f"on the morning after the night last mentioned ({ctx.reference.value})",
            )
    elif (story_day := _story_day_near_publication(ctx)) is not None:
        # "won the primary on Tuesday, setting up a November showdown. The AP called the race at 9:47
        # p.m.": a coarser time named since is no day; the story's last day named, near publication, is
        assert story_day.interval.start is not None
        day = story_day.interval.start.date()
        anchor = story_day.as_anchor()
        where = f"on the story's last day named ({story_day.text!r}, {day}), a coarser time named since"
    elif ctx.publication_date is not None:
        day, anchor, where = ctx.publication_date, _publication_anchor(ctx), "on the publication date"
    # a midnight at the end of a day reaches the next one
    if day is not None and p.amount is None and _past_after_publication(_reached(day, p.hour), ctx):
        # "Talks were expected to continue through Wednesday. ... said at a news conference at 11
        # a.m.": a past clock time is on no day after publication, whatever day came before it
        assert ctx.publication_date is not None
        day, anchor = ctx.publication_date, _publication_anchor(ctx)
        where = f"on the publication date (past tense: not on {where.removeprefix('on ')})"
    opening = ctx.clock_reference if p.range_end else None
    if p.habitual:
        # "a nightly curfew from 10 p.m. to 5 a.m.": the hours of a recurrence, on no one day
        day, anchor, where = None, Anchor(kind=AnchorKind.NONE), "of a recurrence"
    elif opening is not None and opening.interval.start is not None:
        # "from 10 p.m. to 5 a.m.": the end of a range is the first such time after its start
        start = opening.interval.start
        day = start.date()
        if (p.hour, p.minute or 0) <= (start.hour, start.minute) and p.hour != 24:
            day = cal.shift_date(day, _G.DAY, 1)
        anchor = opening.as_anchor()
        where = f"on {day}, the first such time after the range's start ({opening.text!r}, {opening.value})"
    elif p.weekday is not None or (p.month is not None and p.day is not None):
        # "9 a.m. Tuesday", "5 p.m. EST, Nov. 6": the day named with the time, as a date would be.
        day_partial = attrs.evolve(
            p,
            kind="weekday" if p.weekday is not None else "month_day",
            type=TimexType.DATE,
            hour=None,
            minute=None,
            amount=None,
            unit=None,
        )
        named = resolve(day_partial, ctx)
        if named.interval is not None and named.interval.start is not None:
            day, anchor, where = named.interval.start.date(), named.anchor, f"on the day named ({named.value})"
    elif (
        p.hour == 24
        and p.amount is None
        and not p.day_from_next
        and day is not None
        and not (p.mod == "BEFORE" and anchor.kind is AnchorKind.REFERENCE_TIME)
        and not (p.direction == 1 and anchor.kind is AnchorKind.REFERENCE_TIME)  # "ran past midnight" on Sunday
        and (p.direction == -1 or ctx.orientation is Orientation.PAST)
        and not _told_after_a_clock_of(day, ctx.clock_reference, p.direction)
        and (ctx.reference_tells or not _told_after_a_clock_of(day, _part_of_the_day(ctx.reference), p.direction))
        and (ctx.reference_tells or not _the_night_of(day, ctx.reference))
    ):
        # "since midnight", "it fell at midnight": the one that began the day, the end of the day before;
        # but "shortly before midnight" on the day the story is at is the late evening of that day
        day, where = cal.shift_date(day, _G.DAY, -1), f"ending the day before ({where})"
    clock = f"{p.hour:02d}:{p.minute or 0:02d}" if p.minute is not None else f"{p.hour:02d}"
    ref = ctx.reference
    if (
        p.month_in_its_sentence
        and not p.day_from_next
        and ref is not None
        and ref.interval.granularity is _G.MONTH
        and ref.interval.start is not None
    ):
        # "passed the bill last month, after a debate that ran past midnight": a day of that month,
        # which one unsaid, as TimeML writes an unspecified part (2025-10-XXT24:00)
        return Resolution(
            type=TimexType.TIME,
            value=f"{ref.value}-XXT{p.hour:02d}:{p.minute or 0:02d}",
            interval=ref.interval,
            anchor=ref.as_anchor(),
            explanation=f"{clock} on a day of the month of its sentence ({ref.text!r}, {ref.value}), which one unsaid",
            mod=p.mod,
            sets_reference=False,
        )
    if day is None:
        return Resolution(
            type=TimexType.TIME,
            value=f"XXXX-XX-XXT{clock if p.minute is not None else clock + ':00'}",
            interval=None,
            anchor=anchor,
            explanation=f"a clock time {where}, on no one day"
            if p.habitual
            else "a clock time on a day the text does not fix",
            mod=p.mod,
        )
    if p.hour == 24:  # midnight at the end of the day: the first instant of the next one
        interval = cal.clock_interval(cal.shift_date(day, _G.DAY, 1), 0, p.minute)
    else:
        # "1 a.m." is one o'clock, the minute 01:00 its value writes, not the hour up to 01:59
        interval = cal.clock_interval(day, p.hour, p.minute or 0)
    value = f"{day.isoformat()}T{p.hour:02d}:{p.minute or 0:02d}{'Z' if p.utc else ''}"
    return Resolution(
        type=TimexType.TIME,
        value=value,
        interval=interval,
        anchor=anchor,
        explanation=f"{clock} {where}",
        mod=p.mod,
        sets_reference=False,
    )


def _reached(day: date, hour: int) -> date:
    """The day a clock time on ``day`` reaches: the next one for a midnight at its end (T24:00)."""
    return cal.shift_date(day, _G.DAY, 1) if hour == 24 else day


#: How many days from publication the story's last day named may lie for a clock time told after a
#: coarser time to take it (a week, the news of the story).
_STORY_DAY_REACH = 7


def _story_day_near_publication(ctx: ResolutionContext) -> Reference | None:
    """The last day the story named, when a coarser time was named since and that day lies within a
    week of publication: the day of the story's news, which a clock time with no day of its own is on."""
    day = ctx.day_reference
    if day is None or day.interval.start is None or ctx.publication_date is None:
        return None
    if ctx.reference is None or ctx.reference.interval.granularity.rank <= _G.DAY.rank:
        return None
    if abs((day.interval.start.date() - ctx.publication_date).days) > _STORY_DAY_REACH:
        return None
    return day


def _clock_on_its_day(ctx: ResolutionContext) -> Reference | None:
    """The clock time told on a day since the story's last reference time ("lines stretched out the
    doors by 6 a.m. Saturday"), the nearest dated time before a bare clock time; ``None`` when
    there is none, or it is a midnight, which sits between two days ("expired at midnight Friday")."""
    clock = ctx.clock_reference
    if clock is None or clock.interval.start is None or clock.value.endswith("T24:00"):
        return None
    return clock


def _told_after_a_clock_of(day: date, clock: Reference | None, direction: int | None) -> bool:
    """ "The screening started at 10:15 p.m. ... stayed until well past midnight": a midnight told
    after a clock time of the same day is the one that ends it (not "since midnight"); after a
    morning time ("the after-party ran until 2 a.m., and a fire alarm cleared the lobby at
    midnight") the one that began that day is the nearer."""
    start = clock.interval.start if clock is not None else None
    return direction != -1 and start is not None and start.date() == day and start.hour >= _NOON


def _the_night_of(day: date, reference: Reference | None) -> bool:
    """Whether the story's time is the night of ``day`` ("Overnight, a drone strike hit a vehicle.
    ... no violation since midnight"): the midnight of that night is the one that ends the day (not
    a night of a telling: "said on Tuesday night that the curfew had begun at midnight")."""
    return (
        reference is not None
        and reference.value.endswith("TNI")
        and reference.interval.start is not None
        and reference.interval.start.date() == day
    )


def _part_of_the_day(reference: Reference | None) -> Reference | None:
    """The story's time when it is a part of a day ("The trouble began on Tuesday evening. By
    midnight, ..."), which a midnight told after it ends, as it ends a clock time's day."""
    if reference is None or reference.interval.granularity.rank >= _G.DAY.rank:
        return None
    return reference


def _event_day(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    """ "attended on the first day": a day of an event (a match, a term in office), a DATE whose
    date the words do not give (TimeML's unknown day), not a length of one day."""
    return _undated(p, "XXXX-XX-XX", "a day of an event, not dated by its words", TimexType.DATE)


def _reference(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    ref = p.reference
    assert ref is not None
    if ctx.publication_date is None:
        return _undated(p, ref, f"{ref}: relative to an unknown publication date")
    day = cal.day_interval(ctx.publication_date)
    interval = {"PRESENT_REF": day, "PAST_REF": day.open_start(), "FUTURE_REF": day.open_end()}[ref]
    if ref == "PAST_REF":
        interval = _before(day.start, _G.DAY)
    elif ref == "FUTURE_REF":
        interval = Interval(start=day.end, end=None, granularity=_G.DAY)
    words = {
        "PRESENT_REF": "the time of writing",
        "PAST_REF": "some time before publication",
        "FUTURE_REF": "some time after publication",
    }[ref]
    return Resolution(
        type=p.type,
        value=ref,
        interval=interval,
        anchor=_publication_anchor(ctx),
        explanation=f"{words} ({ctx.publication_date})",
        mod=p.mod,
    )


_DURATION_CODE = {
    "second": ("T", "S"),
    "minute": ("T", "M"),
    "hour": ("T", "H"),
    "day": ("", "D"),
    "week": ("", "W"),
    "weekend": ("", "WE"),
    "month": ("", "M"),
    "quarter": ("", "Q"),
    "year": ("", "Y"),
    "decade": ("", "DE"),
    "century": ("", "CE"),
}
_SMALLER = {
    "hour": ("minute", 60),
    "day": ("hour", 24),
    "year": ("month", 12),
    "month": ("day", 30),
    "week": ("day", 7),
    "minute": ("second", 60),
    "decade": ("year", 10),
    "century": ("year", 100),
}


def duration_value(amount: float | str | None, unit: str) -> str:
    """The TimeML value of a duration: ``P3W``, ``PT48H``, ``PXY``; halves go to the next unit
    down ("half an hour" is ``PT30M``)."""
    if amount is None:
        amount = 1
    if amount == "X" and unit == "decade":
        unit = "year"  # "for decades", "decades-long": PXY, as TimeBank writes decades in years
    if isinstance(amount, float) and not amount.is_integer() and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        whole = int(amount)
        rest = duration_value((amount - whole) * factor, smaller)
        if whole == 0:
            return rest
        # "5 1/2 hours" is PT5H30M, "2 1/2 years" P2Y6M
        big = duration_value(whole, unit)
        tail = rest[1:]
        if tail.startswith("T") and "T" in big:
            tail = tail[1:]
        return big + tail
    prefix, code = _DURATION_CODE.get(unit, ("", "X"))
    number = amount if isinstance(amount, str) else _fmt(float(amount))
    return f"P{prefix}{number}{code}"


def _duration(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    assert p.unit is not None
    value = duration_value(p.amount, p.unit)
    return Resolution(
        type=TimexType.DURATION,
        value=value,
        interval=None,
        anchor=Anchor(kind=AnchorKind.NONE),
        explanation=f"a duration of {p.amount if p.amount != 'X' else 'some'} {p.unit}(s)"
        + (f" ({p.mod.lower().replace('_', ' ')})" if p.mod else ""),
        mod=p.mod,
    )


def _set(p: PartialTime, ctx: ResolutionContext) -> Resolution:
    anchor = Anchor(kind=AnchorKind.NONE)

    def every(value: str, explanation: str) -> Resolution:
        return Resolution(
            type=TimexType.SET, value=value, interval=None, anchor=anchor, explanation=explanation, quant="EVERY"
        )

    if p.frequency and not p.frequency.endswith("X"):
        return every(p.frequency, f"a recurrence every {p.frequency}")
    if p.holiday is not None:  # "every Christmas": a holiday of a fixed date, each year
        return every(f"XXXX-{p.holiday}", f"every year on {p.holiday}")
    if p.month is not None:
        return every(f"XXXX-{p.month:02d}", f"every {_MONTH_NAMES[p.month - 1]}")
    if p.season is not None:  # "every autumn": that season each year, as "every November"
        return every(f"XXXX-{p.season}", f"every year's season {p.season}")
    if p.weekday is not None:
        pod = f"T{p.part_of_day}" if p.part_of_day else ""
        value = f"XXXX-WXX-{p.weekday + 1}{pod}"
        if isinstance(p.amount, int) and p.amount > 1:
            # "every second Thursday": that weekday every two weeks, its period in freq as TimeBank
            # writes one ("each Thursday": freq 1W), not every Thursday
            weeks = f"{p.amount}W"
            return attrs.evolve(
                every(value, f"a {_WEEKDAY_NAMES[p.weekday]} every {p.amount} weeks ({weeks})"), freq=weeks
            )
        return every(value, f"every {_WEEKDAY_NAMES[p.weekday]}")
    unit = p.unit or "day"
    # "every weekday" recurs daily (on the working days), as "every morning" does
    value = duration_value(p.amount or 1, "day" if unit in ("morning", "night", "evening", "weekday") else unit)
    return Resolution(
        type=TimexType.SET,
        value=value,
        interval=None,
        anchor=anchor,
        explanation=f"a recurrence ({value})",
        quant="EVERY" if not p.frequency else None,
        freq=p.frequency,
    )


#: Kinds whose handler reads only the partial value, never the publication date, the reference
#: time or the orientation: their resolution is the same in every context.
CONTEXT_FREE_KINDS = frozenset({"absolute", "fiscal_year", "split_year", "century", "duration", "set", "event_day"})


def reads_reference(p: PartialTime) -> bool:
    """Whether resolving ``p`` may read the story's reference time (keep in step with the
    handlers): otherwise its value depends only on its words, its orientation and the
    publication date, whatever came before it."""
    if p.kind in ("year_period", "story_year", "narrative_offset", "clock", "day_of_month") or p.from_the_saying:
        return True
    if p.kind == "month":
        return p.in_sentence_of_previous or p.month_range_end
    if p.kind == "weekday":
        return (p.narrative and p.direction in (-1, 1)) or p.future_after_a_time
    if p.kind == "month_day":
        return p.narrative or p.in_sentence_of_previous
    if p.kind == "season":
        return p.narrative
    if p.kind == "relative_unit":
        return p.narrative
    if p.kind == "overnight":
        return p.narrative or p.day_from_next
    if p.kind == "offset":
        return p.unit == "year"
    if p.kind == "century_turn":
        return p.century is None and p.direction is None
    return False


_HANDLERS: dict[str, Callable[[PartialTime, ResolutionContext], Resolution]] = {
    "absolute": _absolute,
    "month_day": _month_day,
    "month": _month,
    "day_of_month": _day_of_month,
    "season": _season,
    "weekday": _weekday,
    "named_day": _named_day,
    "holiday": _holiday,
    "relative_unit": _relative_unit,
    "unit_of_year": _unit_of_year,
    "fiscal_year": _fiscal_year,
    "split_year": _split_year,
    "year_period": _year_period,
    "story_year": _story_year,
    "decade": _decade,
    "century": _century,
    "century_turn": _century_turn,
    "offset": _offset,
    "narrative_offset": _narrative_offset,
    "day_offset": _day_offset,
    "week_of_month": _week_of_month,
    "overnight": _overnight,
    "short_year": _short_year,
    "named_date": _named_date,
    "clock": _clock,
    "reference": _reference,
    "event_day": _event_day,
    "duration": _duration,
    "set": _set,
}


def _weeks_from_publication(shift: int) -> str:
    """Words for an ISO week ``shift`` weeks from the publication week, for explanations."""
    if shift == 0:
        return "the publication week"
    side = "before" if shift < 0 else "after"
    weeks = "the week" if abs(shift) == 1 else f"{abs(shift)} weeks"
    return f"{weeks} {side} the publication week"
