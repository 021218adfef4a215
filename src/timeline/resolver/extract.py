"""Finding temporal expressions: text in, :class:`Mention` objects with partial values out.

Extraction never looks at the publication date: a mention says what the words fix
(weekday=4, a past or future direction, "3 units ago") and leaves the rest to
:mod:`timeline.resolver.resolve`. Overlapping matches are settled leftmost-longest, then by rule
order in the data file.
"""

from __future__ import annotations

import bisect
import itertools
import re
from datetime import date
from typing import Any

import attrs

from timeline.model import TimexType
from timeline.resolver.foreign import foreign_date
from timeline.resolver.language import CompiledRule, Cues, Language

__all__ = ["Mention", "PartialTime", "find_mentions"]


@attrs.frozen(kw_only=True, slots=True)
class PartialTime:
    """What an expression's words fix; unset fields are left for resolution to fill.

    ``kind`` names the resolution strategy (``absolute``, ``weekday``, ``offset``...).
    """

    kind: str
    type: TimexType
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    part_of_day: str | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    unit: str | None = None
    amount: float | str | None = None
    direction: int | None = None
    mod: str | None = None
    reference: str | None = None
    frequency: str | None = None
    #: When a holiday falls, as written in the data ("11/3/4": the fourth Thursday of November).
    holiday: str | None = None
    fiscal: bool = False
    two_digit_decade: bool = False
    #: A clock time whose day is the expression right after it ("11:40 p.m. on Sunday"); "overnight"
    #: whose night is the one before that day ("Overnight, rebels shelled the city, officials said Sunday");
    #: an offset whose date is set off after it ("two weeks earlier, on Dec. 8"): that date.
    day_from_next: bool = False
    #: Counted from the story's reference time, not publication ("the previous Friday"; "overnight"
    #: after the day its sentence names: the night before it).
    narrative: bool = False
    #: Whole days from the day named ("the day before last Tuesday": -1).
    day_shift: int | None = None
    #: The day a period just named ends on ("the quarter ended Sept. 30"): it dates that period,
    #: which stays the story's time.
    period_end: bool = False
    #: A clock time stated in universal time ("16:15 UTC", "0800 GMT"): ISO 8601 writes it with Z.
    utc: bool = False
    #: A duration written with a definite article ("the nine months"): a known span, not any.
    definite: bool = False
    #: The tense is that of the verb the expression modifies, a simple past or a "will" future
    #: ("sales rose in January"): it decides even when it points most of a year away.
    clear_tense: bool = False
    #: Days from publication of the day an amount is counted from ("two weeks from today": 0,
    #: "a week from tomorrow": 1); a weekday named instead is in ``weekday``.
    from_day: int | None = None
    #: In a habitual or generic sentence ("The museum stays open overnight on Fridays"): no dated time.
    habitual: bool = False
    #: Weeks from the publication week to the week of a weekday named with it ("Wednesday of last
    #: week": -1): that weekday of that ISO week, whatever the tense.
    week_shift: int | None = None
    #: Days from this weekday to the end of the range it opens ("from Monday to Wednesday": 2): a
    #: past range ends by publication.
    range_days: int | None = None
    #: The smallest count a vague amount allows ("a few days later": 2, "several": 3, "days": 2).
    least: int | None = None
    #: A year written before the noun it dates ("a 2023 study", "the 2019 vote"), a time's possessive
    #: ("Monday's sell-off", "next month's Academy Awards") or the day of a figure measured ("the
    #: closing price on Friday"): the date of a thing named, not a time the story moves to.
    names_a_thing: bool = False
    #: A day that locates a verb of saying or publishing ("the company said *on Friday*"): when the
    #: story was told; clock times and parts of day after it keep the day of its events.
    dates_a_telling: bool = False
    #: A time a "would" dates in what was said on the day named right before it ("On Monday, he
    #: said Congress would pass a bill by Friday"): a future counted from that day, not publication.
    from_the_saying: bool = False
    #: In the sentence of the time before it ("a tour next spring, opening on April 3 and ending
    #: in late May"): a future month there counts on from that time when it lies ahead.
    in_sentence_of_previous: bool = False
    #: A clock time after a day named earlier in its own sentence ("arrested on 14 December 2022
    #: and charged at 3 p.m."), whose day it may be, however far back.
    day_in_its_sentence: bool = False
    #: A clock time with no day of its own after a month named earlier in its own sentence, no day
    #: between them ("passed the bill last month, after a debate that ran past midnight").
    month_in_its_sentence: bool = False
    #: A quarter or half whose figures are reported ("fourth-quarter results"): reported once it has
    #: ended, so, written just after one of that number ended, that one.
    reported: bool = False
    #: After "since" ("its biggest drop since early December"): the start of a span up to now, a
    #: point of comparison, not a time the story moves to.
    after_since: bool = False
    #: A clock time with no day of its own ending a range from another ("from 10 p.m. to *5 a.m.*"):
    #: the first such time after the range's start.
    range_end: bool = False
    #: In a clause a "would" makes a prospect of what someone said ("Daher said his forces would
    #: observe a pause from 6 a.m. on *Friday*"): a time still to come then, not one the story
    #: moves to, so "Two weeks earlier" after it counts from the story's time before it.
    prospect: bool = False
    #: The day a clock time right before it takes ("at about 4:20 a.m. *on Thursday*"): it names
    #: that clock time's day, so minutes and hours after it still count from the clock time.
    day_of_a_clock: bool = False
    #: "a year ago" (not "year-ago results"): this time last year, whose grain is the month as
    #: TimeBank writes it (1988-11 in an article of 1989-11-01), not the whole year.
    a_year_back: bool = False
    #: The end of a range of months opened by the month right before it ("between April and
    #: October", "from December to February"): a range never runs backwards, so the first such
    #: month from that one on.
    month_range_end: bool = False
    #: A bare weekday in a future clause told after another time ("On Wednesday he will meet ...,
    #: and on Thursday he will visit"): when that time is a day of the week after publication, the
    #: publication's own weekday is a week ahead, not the publication day.
    future_after_a_time: bool = False
    #: An offset that compares two times ("arrived on Nov. 11, three days later *than* planned",
    #: "in late November, two weeks earlier than in 2023"): the time of its own clause, not one
    #: reached from it.
    compared: bool = False
    #: The day a market or session ended ("the index ended the day 0.3% higher"): a day the story
    #: is at, which a month or year told in passing does not narrow down.
    session_day: bool = False
    #: The last month of the story's fiscal years, when the story states their end or start ("Its
    #: fiscal year ends in May": 5): fiscal 2026 then runs from June 2025 through May 2026.
    fiscal_last_month: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Only the fields that are set (kept in the JSON so a timeline can be re-anchored)."""
        out: dict[str, Any] = {"kind": self.kind, "type": self.type.value}
        for name in _OPTIONAL_FIELDS:
            value = getattr(self, name)
            if value is not None and value is not False:
                out[name] = value
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PartialTime:
        return cls(**{**d, "type": TimexType(d["type"])})


#: The fields after ``kind`` and ``type`` (the first two, always set), in order.
_OPTIONAL_FIELDS = tuple(field.name for field in attrs.fields(PartialTime))[2:]


@attrs.frozen(kw_only=True, slots=True)
class Mention:
    """A temporal expression found in the text, not yet resolved."""

    start: int
    end: int
    text: str
    rule: CompiledRule
    partial: PartialTime


def find_mentions(text: str, language: Language) -> list[Mention]:
    """Every temporal expression in ``text``, in text order, without overlaps."""
    candidates: list[tuple[int, int, CompiledRule, re.Match[str]]] = []
    original = text
    if _FOLDS_TO_ASCII.search(text):
        # Ignore-case patterns match these as ASCII letters ("laſt" as "last"), but the
        # vocabularies are looked up by the matched word: read them as those letters (one for
        # one, so offsets stay) and keep the original characters in the mentions' text.
        text = text.translate(_ASCII_FOLDS)
    # Lower-cased once: with those folded, lower-casing keeps every character in place (only
    # U+0130 lower-cases to two), so trigger words and the literals a rule requires
    # (CompiledRule.required) are looked up in it directly.
    lowered = text.lower()
    hits = _trigger_hits(text, lowered, language)
    # Rules sharing triggers share windows; a group whose triggers are absent is skipped whole.
    # The candidates' order does not depend on the rules' (each has its own priority below).
    for triggers, rules in language.rule_groups:
        if hits.keys().isdisjoint(triggers):
            continue
        positions = sorted(p for cls in triggers for p in hits.get(cls, ()))
        windows = [(lo, hi, lowered[lo:hi]) for lo, hi in _windows(text, positions)]
        for rule in rules:
            for lo, hi, chunk in windows:
                if rule.required and not _holds(chunk, rule.required):
                    continue  # the rule cannot match here
                for m in rule.scanner.finditer(text, lo, hi):  # the matches of rule.pattern, found sooner
                    start, end = m.span(rule.span_group) if rule.span_group else m.span()
                    if end > start and not _glued_by_periods(text, start, end):
                        candidates.append((start, end, rule, m))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2].priority, c[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Mention] = []
    for start, end, rule, m in candidates:
        i = bisect.bisect_right(starts, start)
        if i > 0 and ends[i - 1] > start:
            continue
        if i < len(starts) and starts[i] < end:
            continue
        partial = _build(rule, m, language)
        if partial is None:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append(Mention(start=start, end=end, text=original[start:end], rule=rule, partial=partial))
    chosen.sort(key=lambda mention: mention.start)
    cues = language.cues
    mentions = _clock_days(text, chosen, cues)
    mentions = _days_around(text, original, _period_ends(text, _clock_ranges(text, mentions, cues), cues), cues)
    mentions = _years_naming_things(text, mentions, cues)
    mentions = _story_dates(text, _weekday_ranges(text, _overnight_days(text, mentions, cues), cues), cues)
    mentions = _dates_in_apposition(text, mentions, cues)
    mentions = _fiscal_years_bounded(text, _generic_years(text, mentions, cues), language)
    mentions = _clock_times_of_habits(text, mentions, cues)
    return _recurrences(text, original, mentions, cues)


#: A word and a period right before a match, or a period and a word right after it, with no
#: space between: the match is part of a name written with periods ("Sea.Hear.Now", "today.com").
_PERIOD_GLUED_BEFORE = re.compile(r"[A-Za-z]{2}\.$")
_PERIOD_GLUED_AFTER = re.compile(r"(?<=[A-Za-z]{2})\.[A-Za-z]{2}")


def _glued_by_periods(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are glued by periods to a word before or after
    them ("the Sea.Hear.Now festival"): part of a name, no time (the letters of "a.m." are no
    words: "10 a.m.Tuesday" stays a time)."""
    return (
        _PERIOD_GLUED_BEFORE.search(text, max(0, start - 3), start) is not None
        or _PERIOD_GLUED_AFTER.match(text, end) is not None
    )


def _put(out: list[Mention], mentions: list[Mention], i: int, mention: Mention) -> list[Mention]:
    """``out`` with ``mention`` at ``i``: a pass over ``mentions`` copies the list on its first change
    only (most passes change nothing)."""
    if out is mentions:
        out = list(mentions)
    out[i] = mention
    return out


#: A holiday of a fixed date, as written in the data ("12-25").
_FIXED_HOLIDAY = re.compile(r"\d\d-\d\d")


def _recurrences(text: str, original: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """A weekday listed after one that recurs recurs too ("every Tuesday and *Friday*"); a holiday
    of a fixed date after "every" is each year's ("*every Christmas* since 2019"); a range of
    lengths after "every" recurs at both ends ("*every 25* to *30 years*")."""
    out = mentions
    for i, mention in enumerate(mentions):
        partial = mention.partial
        before = out[i - 1].partial if i > 0 else None
        if (
            partial.kind == "weekday"
            and before is not None
            and before.type is TimexType.SET
            and before.weekday is not None
            and cues.set_list_gap.fullmatch(text, out[i - 1].end, mention.start)
        ):
            found = attrs.evolve(mention, partial=PartialTime(kind="set", type=TimexType.SET, weekday=partial.weekday))
        elif (
            partial.kind == "holiday"
            and partial.holiday is not None
            and _FIXED_HOLIDAY.fullmatch(partial.holiday)
            and (every := cues.every_before.search(text, max(0, mention.start - 8), mention.start)) is not None
        ):
            found = _from_every(mention, every.start(), original, holiday=partial.holiday)
        elif (
            partial.kind == "duration"
            and mention.rule.name == "duration_range_start"
            and i + 1 < len(mentions)
            and mentions[i + 1].partial.kind == "duration"
            and mentions[i + 1].partial.unit == partial.unit
            and (every := cues.every_before.search(text, max(0, mention.start - 8), mention.start)) is not None
        ):
            # "once occurred every 25 to 30 years": both ends of the range recur, as "every six years"
            found = _from_every(mention, every.start(), original, unit=partial.unit, amount=partial.amount)
            end = mentions[i + 1]
            recurring = PartialTime(kind="set", type=TimexType.SET, unit=end.partial.unit, amount=end.partial.amount)
            out = _put(out, mentions, i + 1, attrs.evolve(end, partial=recurring))
        else:
            continue
        out = _put(out, mentions, i, found)
    return out


def _from_every(mention: Mention, start: int, original: str, **recurring: Any) -> Mention:
    """The mention grown back to "every" at ``start``, as the SET of ``recurring`` (a holiday, a unit)."""
    return attrs.evolve(
        mention,
        start=start,
        text=original[start : mention.end],
        partial=PartialTime(kind="set", type=TimexType.SET, **recurring),
    )


_DAY_KINDS = frozenset({"weekday", "month_day", "absolute", "named_day", "day_of_month", "holiday"})


def _takes_next_day(partial: PartialTime) -> bool:
    """A clock time with no day of its own ("at 11:40 p.m. on Sunday"), or a part of the day the
    story is at ("at dusk on Tuesday"): the day named right after it is its day."""
    if partial.kind == "clock":
        return partial.amount is None
    return partial.kind == "narrative_offset" and partial.part_of_day is not None and partial.amount == 0


def _clock_days(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """Mark clock times (and parts of the day: "at dusk on Tuesday") that take their day from the
    expression that follows them."""
    out = list(mentions)
    for i, (clock, day) in enumerate(itertools.pairwise(mentions)):
        if day.partial.kind not in _DAY_KINDS or not _takes_next_day(clock.partial):
            continue
        if cues.clock_day_gap.fullmatch(text, clock.end, day.start):
            out[i] = attrs.evolve(clock, partial=attrs.evolve(clock.partial, day_from_next=True))
            if clock.partial.kind == "clock":
                out[i + 1] = attrs.evolve(day, partial=attrs.evolve(day.partial, day_of_a_clock=True))
        elif (
            clock.partial.kind == "clock"
            and (close := cues.clock_zone_close.match(text, clock.end, day.start)) is not None
            and close.end() == day.start
        ):
            # "12:01 a.m. EST (0501 GMT) on Tuesday": both name the same moment of that day
            out[i] = attrs.evolve(clock, partial=attrs.evolve(clock.partial, day_from_next=True))
            first = mentions[i - 1] if i > 0 else None
            if (
                first is not None
                and first.partial.kind == "clock"
                and _takes_next_day(first.partial)
                and day.partial.kind in ("weekday", "month_day")
                and cues.clock_zone_open.fullmatch(text, first.end, clock.start)
            ):
                # the first names the day as "9 a.m. Tuesday" does (no look past the next expression)
                named = attrs.evolve(
                    first.partial, weekday=day.partial.weekday, month=day.partial.month, day=day.partial.day
                )
                out[i - 1] = attrs.evolve(first, partial=named)
    return out


def _clock_ranges(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """Mark the end of a range of clock times with no day of its own ("from 10 p.m. to *5 a.m.*",
    "between 11 p.m. Saturday and *2 a.m.*"): the first such time after the start. Clock times of a
    recurrence ("a nightly curfew from 10 p.m. to 5 a.m.", "at 9 a.m. every day"), the recurrence
    next to them or to the other end of their range, are of no one day (``habitual``)."""
    out = list(mentions)
    ranges: list[tuple[int, int]] = []
    for i, (first, second) in enumerate(itertools.pairwise(mentions)):
        if first.partial.kind != "clock" or not _is_dayless_clock(second.partial):
            continue
        if cues.clock_range_gap.fullmatch(text, first.end, second.start) or (
            cues.clock_range_and_gap.fullmatch(text, first.end, second.start)
            and cues.between_before.search(text, max(0, first.start - 10), first.start)
        ):
            out[i + 1] = attrs.evolve(second, partial=attrs.evolve(second.partial, range_end=True))
            ranges.append((i, i + 1))
    recurring = {
        i
        for i, mention in enumerate(mentions)
        if _is_dayless_clock(mention.partial)
        and (
            (
                i > 0
                and mentions[i - 1].partial.type is TimexType.SET
                and cues.set_clock_gap.fullmatch(text, mentions[i - 1].end, mention.start)
            )
            or (
                i + 1 < len(mentions)
                and mentions[i + 1].partial.type is TimexType.SET
                and cues.clock_set_gap.fullmatch(text, mention.end, mentions[i + 1].start)
            )
        )
    }
    recurring |= _clock_times_of_a_new_schedule(text, mentions, cues)
    recurring |= _clock_times_on_days_of_a_kind(text, mentions, cues)
    for opening, closing in ranges:  # "nightly ... from 10 p.m. to 5 a.m.", "from 9 a.m. to 5 p.m. daily"
        if (opening in recurring or closing in recurring) and _is_dayless_clock(mentions[opening].partial):
            recurring |= {opening, closing}
    for i in recurring:
        out[i] = attrs.evolve(out[i], partial=attrs.evolve(out[i].partial, habitual=True, range_end=False))
    return out


def _clock_times_of_habits(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """A clock time with no day of its own in a sentence of a habit or of a repeated event ("We
    argued until midnight more than once", "The bar usually closes at 2 a.m.") is of no one day
    (``habitual``), as the clock times of a recurrence are."""
    out = mentions
    for i, mention in enumerate(mentions):
        if mention.partial.habitual or not _is_dayless_clock(mention.partial):
            continue
        start, stop = _sentence(text, mention.start, mention.end, cues)
        if cues.habitual.search(text, start, stop) or cues.repeated.search(text, start, stop):
            out = _put(out, mentions, i, attrs.evolve(mention, partial=attrs.evolve(mention.partial, habitual=True)))
    return out


def _clock_times_of_a_new_schedule(text: str, mentions: list[Mention], cues: Cues) -> set[int]:
    """Clock times with no day of their own that a schedule keeps from a date on ("will start at 8:15
    a.m. instead of 7:30 a.m. beginning in August 2025", "trains run at 6 a.m., starting Monday"):
    the times of each day of it, so of no one day; clock times joined to them ("instead of 7:30
    a.m.", "or 9 a.m.") are the same schedule's."""
    found: set[int] = set()
    for i, mention in enumerate(mentions):
        if not _is_dayless_clock(mention.partial) or i in found:
            continue
        joined = [i]
        j = i + 1
        while (
            j < len(mentions)
            and _is_dayless_clock(mentions[j].partial)
            and cues.clock_alternative_gap.fullmatch(text, mentions[j - 1].end, mentions[j].start)
        ):
            joined.append(j)
            j += 1
        if (
            j < len(mentions)
            and mentions[j].partial.kind != "clock"
            and cues.schedule_from_gap.fullmatch(text, mentions[j - 1].end, mentions[j].start)
        ):
            found.update(joined)
    return found


def _clock_times_on_days_of_a_kind(text: str, mentions: list[Mention], cues: Cues) -> set[int]:
    """Clock times with no day of their own after days of a kind in their sentence ("only a skeleton
    timetable would run on strike days, with services from 7am to 7pm", "on weekdays the office
    opens at 9 a.m."): the times of each of those days, so of no one day; not when a date is named
    between them (the clock time is that date's)."""
    found: set[int] = set()
    for i, mention in enumerate(mentions):
        if not _is_dayless_clock(mention.partial):
            continue
        low, _ = _sentence(text, mention.start, mention.end, cues)
        days = next(reversed(list(cues.days_of_a_kind.finditer(text, low, mention.start))), None)  # the last
        if days is not None and not any(
            days.end() <= other.start < mention.start and other.partial.kind != "clock" for other in mentions[:i]
        ):
            found.add(i)
    return found


def _is_dayless_clock(partial: PartialTime) -> bool:
    """A clock time that names no day of its own ("at 10 p.m.", not "10 p.m. Saturday", "tonight")."""
    return (
        partial.kind == "clock"
        and partial.amount is None
        and partial.weekday is None
        and partial.day is None
        and not partial.day_from_next
    )


#: How far around "overnight" its sentence is looked for (a bound: no scan of a whole long text).
_SENTENCE_REACH = 200


def _sentence(text: str, start: int, end: int, cues: Cues, reach: int = _SENTENCE_REACH) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]`` (cue ``sentence_break``), looked for
    at most ``reach`` characters away: the one definition of a sentence of the resolver."""
    low, high = max(0, start - reach), min(len(text), end + reach)
    # up to the expression's first character, which a break's look-ahead reads ("12 November. Overnight")
    first = max((b.end() for b in cues.sentence_break.finditer(text, low, min(len(text), start + 1))), default=low)
    return first, next((b.start() for b in cues.sentence_break.finditer(text, end, high)), high)


def _generic_years(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """ "Holiday sales, usually the most important period of the year, were weak": a part "of the
    year" in a habitual or generic sentence (cue ``habitual``) is of any year, no specific one, so
    it is no time expression (not the story's year)."""
    out = [
        mention
        for mention in mentions
        if not (
            mention.partial.kind == "story_year"
            and cues.part_of_before.search(text, max(0, mention.start - 3), mention.start)
            and cues.habitual.search(text, *_sentence(text, mention.start, mention.end, cues))
        )
    ]
    return out if len(out) < len(mentions) else mentions


def _overnight_days(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """ "overnight" in a sentence that names a day is the night before that day ("Overnight, rebels
    shelled the city, officials said on Sunday"), not the night before publication, unless the day
    is in a clause coordinated after it ("..., and an airstrike hit a market late Friday", "shelling
    overnight and at least two people were killed on Friday"), which dates another event; told in a
    clause of its own after the day ("gathered on Saturday, and police detained 14 people
    overnight"), or after the day's late part ("left late Tuesday and began taking on water
    overnight"), it is the night of that day; in a habitual or generic sentence ("stays open
    overnight on Fridays", "usually") it is no dated night."""
    out = mentions
    for i, mention in enumerate(mentions):
        if mention.partial.kind != "overnight":
            continue
        start, stop = _sentence(text, mention.start, mention.end, cues)
        before = mentions[i - 1] if i > 0 and mentions[i - 1].start >= start else None
        after = mentions[i + 1] if i + 1 < len(mentions) and mentions[i + 1].end <= stop else None
        partial = mention.partial
        if cues.habitual.search(text, start, stop) or any(
            m is not None and m.partial.type is TimexType.SET for m in (before, after)
        ):
            partial = attrs.evolve(partial, habitual=True)
        elif (
            after is not None
            and _names_a_day(after, text, cues)
            and not cues.clause_coordination.search(text, mention.end, after.start)
            and not cues.clause_of_its_own_subject.search(text, mention.end, after.start)
        ):
            # resolved with the day after it; "camped overnight on Thursday": the night of that
            # Thursday, as "overnight Thursday" is
            on_it = cues.overnight_on_day.fullmatch(text, mention.end, after.start) is not None
            partial = attrs.evolve(partial, day_from_next=True, direction=0 if on_it else partial.direction)
        elif before is not None and _names_a_day(before, text, cues):
            # the story's time is that day; told after it in a clause of its own ("gathered on
            # Saturday, and police detained 14 people overnight"), the night that follows it
            follows = cues.clause_coordination.search(text, before.end, mention.start) is not None or (
                _late_in_the_day(before.partial)
                and cues.overnight_told_after.search(text, before.end, mention.start) is None
            )
            partial = attrs.evolve(partial, narrative=True, direction=0 if follows else None)
        elif (
            before is None
            and i > 0
            and not text[start : mention.start].strip(" \t\n\"'“‘")
            and mentions[i - 1].partial.type in (TimexType.DATE, TimexType.TIME)
            and mention.start - mentions[i - 1].end <= _OVERNIGHT_REACH
            and not _told_in_the_past_perfect(mentions[i - 1], text, cues)
        ):
            # "On Thursday, VLT fell 80%. ... wrote on Twitter at 4:02 p.m. EST ... \n\n*Overnight*,
            # regulators froze ...": opening its sentence, the night after the story's day; not after
            # a day of a past perfect ("Talks had collapsed ... on 12 November. Overnight, ..."), the
            # story's background, which leaves the night before publication
            partial = attrs.evolve(partial, narrative=True, direction=0)
        else:
            continue
        out = _put(out, mentions, i, attrs.evolve(mention, partial=partial))
    return out


def _told_in_the_past_perfect(mention: Mention, text: str, cues: Cues) -> bool:
    """Whether a past perfect comes before the mention in its sentence ("Talks had collapsed twice,
    in late October and again on 12 November"): a time of the story's background."""
    start, _ = _sentence(text, mention.start, mention.end, cues)
    return cues.past_perfect.search(text, start, mention.start) is not None


#: How far back (characters) an "overnight" opening its sentence looks for the day it follows.
_OVERNIGHT_REACH = 400


def _late_in_the_day(partial: PartialTime) -> bool:
    """ "left late Tuesday and began taking on water overnight": a day's late part ("late Tuesday",
    "Tuesday evening", "Tuesday night"), which the night after it follows."""
    return partial.mod == "END" or partial.part_of_day in ("EV", "NI")


def _years_naming_things(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """Mark years written between an article and the noun they date ("A 2023 study found", "the
    2019 vote"): they name a thing, the story does not move to them ("... the flood of 1993 ... A
    2023 study found ... who was 19 that summer")."""
    out = mentions
    for i, mention in enumerate(mentions):
        partial = mention.partial
        if partial.kind != "absolute" or partial.year is None or partial.month is not None:
            continue
        if partial.season is not None or not (
            cues.article_before.search(text, max(0, mention.start - 8), mention.start)
            and cues.noun_after.match(text, mention.end)
        ):
            continue
        out = _put(out, mentions, i, attrs.evolve(mention, partial=attrs.evolve(partial, names_a_thing=True)))
    return out


def _fiscal_years_bounded(text: str, mentions: list[Mention], language: Language) -> list[Mention]:
    """Give the story's fiscal years ("fiscal 2026") the last month its text states for them ("Its
    fiscal year ends in May", "fiscal 2025, which begins on July 1"), wherever it says so; a
    story that states two different ones leaves them calendar years."""
    if not any(m.partial.kind == "fiscal_year" for m in mentions):
        return mentions
    last_months = set()
    for bound in language.cues.fiscal_year_bound.finditer(text):
        month = language.months.get(bound.group("month").lower())
        if month is not None:
            last_months.add(month if bound.group("ends") else (month - 2) % 12 + 1)
    if len(last_months) != 1:
        return mentions
    (last_month,) = last_months
    out = mentions
    for i, mention in enumerate(mentions):
        if mention.partial.kind == "fiscal_year":
            partial = attrs.evolve(mention.partial, fiscal_last_month=last_month)
            out = _put(out, mentions, i, attrs.evolve(mention, partial=partial))
    return out


#: Kinds that never set the story's time: looked past for the time a month-day follows.
_NOT_STORY_TIMES = frozenset({"clock", "duration", "set", "reference"})


def _story_dates(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """A month and day without a year read in the year the sentence gives them: after a year that
    frames their clause ("The previous election, in 2019, ran from April 11 to May 19"), that
    year; right after a full date of the story, in its sentence or the one before ("on the night
    of July 9, 1993. The levee failed ... on July 10"), near that date (``narrative``: resolution
    counts from it when it lies beyond the reach of publication); but a day something is scheduled
    for in a new paragraph is back at the news ("... on 14 September 2022.\n\nBrenner scheduled a
    hearing for Sept. 15": the coming one)."""
    out = mentions
    framed: set[int] = set()  # starts of month-days given the year of a frame
    for i, mention in enumerate(mentions):
        partial = mention.partial
        if not _bare_month_day(partial):
            continue
        j = i - 1
        while j >= 0 and out[j].partial.kind in _NOT_STORY_TIMES:
            j -= 1
        if j < 0:
            continue
        prev = out[j]
        first, _ = _sentence(text, mention.start, mention.end, cues)
        frame = prev
        k = j
        while frame.start in framed and k > 0:  # "from April 11 to May 19": the frame of the first one
            k -= 1
            frame = out[k]
        year = frame.partial.year
        if (
            frame.start >= first
            and frame.partial.kind == "absolute"
            and year is not None
            and frame.partial.month is None
            and frame.partial.season is None
            and (opening := cues.year_frame_before.search(text[first : frame.start]))
            # "In 2019 the election ran ..." opens its sentence; ", in 2019," is set off by commas
            and (text.startswith(",", frame.end) or not opening.group().startswith(","))
            and not cues.clause_break.search(text, frame.end + 1, mention.start)
            and _valid_day(year, partial.month, partial.day)
        ):
            framed.add(mention.start)
            partial = attrs.evolve(partial, year=year)
        elif _story_time_of_a_month_day(prev.partial):
            if prev.end < first and (
                first - prev.end > 2 * _SENTENCE_REACH
                or sum(1 for _ in cues.sentence_break.finditer(text, prev.end, first + 1)) > 1
            ):
                continue  # further back than the sentence before
            if "\n" in text[prev.end : first] and cues.scheduled_for_before.search(
                text, max(0, mention.start - 48), mention.start
            ):
                continue  # a day scheduled in a new paragraph: read from publication
            partial = attrs.evolve(partial, narrative=True)
        else:
            continue
        out = _put(out, mentions, i, attrs.evolve(mention, partial=partial))
    return out


#: Kinds of a date that may stand in apposition to an offset ("two weeks earlier, on Dec. 8").
_APPOSED_DATE_KINDS = frozenset({"month_day", "absolute", "weekday", "month"})


def _dates_in_apposition(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """Mark a narrative offset followed by a date set off by a comma ("had warned them two weeks
    earlier, on Dec. 8"): the date names the day the offset reaches, so the offset takes it
    (``day_from_next``) rather than counting from a time of another sentence."""
    out = mentions
    for i, (offset, date_) in enumerate(itertools.pairwise(mentions)):
        partial = offset.partial
        if not (
            partial.kind == "narrative_offset"
            and partial.direction in (-1, 1)
            and isinstance(partial.amount, int | float)
            and date_.partial.kind in _APPOSED_DATE_KINDS
            and date_.partial.type is TimexType.DATE
            and cues.apposition_gap.fullmatch(text, offset.end, date_.start)
            and "," in text[offset.end : date_.start]
        ):
            continue
        out = _put(out, mentions, i, attrs.evolve(offset, partial=attrs.evolve(partial, day_from_next=True)))
    return out


def _story_time_of_a_month_day(partial: PartialTime) -> bool:
    """A time a month-day right after it is read near: a full date ("July 9, 1993") or one read in
    the story's time ("July 10" after a full date, "that summer"); not a month or season with its
    year, as often the date of a thing named ("following the August 1988 cease-fire. ... Iraq's
    invasion of Kuwait on Aug. 2", written in August 1990)."""
    if partial.kind == "absolute":
        return partial.year is not None and partial.day is not None
    return partial.kind in ("month_day", "season") and partial.narrative


def _bare_month_day(partial: PartialTime) -> bool:
    """A month and day and nothing else ("April 11"): no year, word of direction or week."""
    return (
        partial.kind == "month_day"
        and partial.type is TimexType.DATE
        and partial.year is None
        and partial.direction is None
        and partial.unit is None
        and partial.day_shift is None
        and not partial.period_end
    )


def _weekday_ranges(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """ "Rain is forecast for Wednesday into Thursday", "open Monday through Friday": the second
    weekday of a range is the first such day after the first one (the story's time then), whatever
    the tense would make of it alone; the first knows how long the range is, so that a past one
    ends by publication ("Protests ran from Monday to Wednesday", written on a Monday)."""
    out = mentions
    for i, (first, second) in enumerate(itertools.pairwise(mentions)):
        if not (bare_weekday(first.partial) and bare_weekday(second.partial)):
            continue
        if not cues.weekday_range_gap.fullmatch(text, first.end, second.start):
            continue
        assert first.partial.weekday is not None and second.partial.weekday is not None
        days = (second.partial.weekday - first.partial.weekday) % 7 or 7
        out = _put(out, mentions, i, attrs.evolve(first, partial=attrs.evolve(first.partial, range_days=days)))
        ahead = attrs.evolve(second.partial, direction=1, narrative=True)
        out = _put(out, mentions, i + 1, attrs.evolve(second, partial=ahead))
    return out


def bare_weekday(partial: PartialTime) -> bool:
    """A weekday with no word that places it ("last", "the following", "of next week"), not a recurrence."""
    return (
        partial.kind == "weekday"
        and partial.type is not TimexType.SET
        and partial.direction is None
        and partial.week_shift is None
    )


def _names_a_day(mention: Mention, text: str, cues: Cues) -> bool:
    """Whether a mention dates its sentence by a day ("on Sunday", "yesterday", "March 3"), not a
    day naming something else ("Sunday's vote")."""
    partial = mention.partial
    return (
        partial.kind in _DAY_KINDS
        and partial.type is TimexType.DATE
        and partial.day_shift is None
        and (partial.kind != "absolute" or partial.day is not None)
        and not cues.possessive_after.match(text, mention.end)
    )


_NAMED_DAYS = frozenset({"weekday", "month_day", "holiday"})


def _days_around(text: str, original: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """Widen a day named after "the day before/after" to one expression a day away from it."""
    out = mentions
    for i, mention in enumerate(mentions):
        partial = mention.partial
        if partial.kind not in _NAMED_DAYS or partial.type is not TimexType.DATE or partial.unit is not None:
            continue
        around = cues.day_around.search(text, max(0, mention.start - 20), mention.start)
        if around is None or (i > 0 and mentions[i - 1].end > around.start()):
            continue
        shift = cues.day_around_shift[around.group("word").lower()]
        start = around.start()
        shifted = attrs.evolve(partial, day_shift=shift)
        out = _put(
            out, mentions, i, attrs.evolve(mention, start=start, text=original[start : mention.end], partial=shifted)
        )
    return out


def _period_ends(text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """Mark days that end a period just named ("for the quarter ended Sept. 30"); a period that
    "ended" on a day without a year is over, so that day is the last one before publication."""
    out = mentions
    for i, mention in enumerate(mentions):
        partial = mention.partial
        if partial.kind not in ("month_day", "absolute") or partial.day is None:
            continue
        ended = cues.period_ended.search(text, max(0, mention.start - 40), mention.start)
        if ended:
            past = partial.year is None and ended.group("verb").lower() in cues.period_over
            ending = attrs.evolve(partial, period_end=True, direction=-1 if past else partial.direction)
            out = _put(out, mentions, i, attrs.evolve(mention, partial=ending))
            before = out[i - 1].partial if i > 0 else None
            if (past or partial.year is not None) and before is not None and _is_bare_quarter(before):
                # "the quarter ended July 31": the quarter knows the day it ended (see resolve._relative_unit)
                ends = attrs.evolve(before, year=partial.year, month=partial.month, day=partial.day)
                out[i - 1] = attrs.evolve(out[i - 1], partial=ends)
    return out


def _is_bare_quarter(partial: PartialTime) -> bool:
    """ "the quarter", "the latest quarter": the quarter a report is about, with no number of its own."""
    return partial.kind == "relative_unit" and partial.unit == "quarter" and partial.direction == -1


# Every expression contains a trigger word of its rule (a digit, a month, "week"...), so a rule
# only runs on the text around its triggers. The margin must cover the longest run of words a
# rule allows before or after its trigger ("at least the first two quarters of fiscal 1990").
_MARGIN = 64
#: Characters an ignore-case pattern matches to an ASCII letter other than its own upper or lower
#: case (dotted and dotless i, long s, Kelvin sign): :func:`find_mentions` reads them as those letters.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_ASCII_FOLDS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s")


def _holds(chunk: str, required: tuple[frozenset[str], ...]) -> bool:
    """Whether ``chunk`` contains one string of each set."""
    for group in required:
        for literal in group:
            if literal in chunk:
                break
        else:
            return False
    return True


def _trigger_hits(text: str, lowered: str, language: Language) -> dict[str, list[int]]:
    """Start offsets of the trigger words of each class: runs of digits (class ``digit``) and
    whole runs of ASCII letters whose lower case is a trigger word (found in ``lowered``, the
    text lower-cased character for character)."""
    hits: dict[str, list[int]] = {}
    digits = [m.start() for m in _DIGITS.finditer(text)]
    if digits:
        hits["digit"] = digits
    classes = language.trigger_classes
    for m in language.trigger_words.finditer(lowered):
        start, word = m.start(), m.group()
        for cls in classes[word]:
            hits.setdefault(cls, []).append(start)
    return hits


def _windows(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """Merged character windows around sorted trigger positions, cut at whitespace so that
    word boundaries and look-arounds see the characters they would see in the full text."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for position in positions:
        lo, hi = position - _MARGIN, position + _MARGIN
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
            continue
        out.append((lo, hi))
    cut: list[tuple[int, int]] = []
    for lo, hi in out:
        lo = 0 if lo <= 0 else max(text.rfind(" ", 0, lo), text.rfind("\n", 0, lo), 0)
        if hi >= n:
            hi = n
        else:
            found = _SPACE.search(text, hi)
            hi = n if found is None else found.start()
        if cut and lo <= cut[-1][1]:
            cut[-1] = (cut[-1][0], max(cut[-1][1], hi))
        else:
            cut.append((lo, hi))
    return cut


# --- building partial values from a match -----------------------------------------------------------
def _group(m: re.Match[str], name: str) -> str | None:
    if name not in m.re.groupindex:  # cheaper than catching the IndexError
        return None
    value = m.group(name)
    return value if value else None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    if len(text) == 2:
        value += 1900 if value >= 50 else 2000
    return value


#: A range written with a two-digit end ("2019-20") spans at most this many years.
_SHORT_RANGE_YEARS = 20


def _short_range_end(first: int, end: int) -> int:
    """The year a two-digit range end names after ``first``: "2019-20" is 2020, "1999-00" 2000."""
    last = first - first % 100 + end
    return last if last > first else last + 100


def _valid_day(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None or day is None:
        return True
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: "Feb. 29" without a year is fine
    except ValueError:
        return False
    return True


def _spelled_year(text: str, lang: Language) -> int | None:
    """ "nineteen ninety-six" is 1996, "nineteen o five" 1905, "two thousand and one" 2001."""
    cues = lang.cues
    words = [w for w in _WORD_GAP.split(text.lower()) if w not in cues.year_word_fillers]
    for n in (2, 1):
        head = cues.year_word_heads.get(" ".join(words[:n]))
        if head is not None:
            rest = words[n:]
            break
    else:
        return None
    total = 0
    for word in rest:
        value = lang.number(word)
        if not isinstance(value, int):
            return None
        total += value
    return head + total if total < 100 else None


_WORD_GAP = re.compile(r"[\s-]+")


def _unit_name(word: str, lang: Language) -> str:
    """The unit a (lower-case) word names; a part of day counts as its day ("two nights later")."""
    unit = lang.units.get(word)
    if unit is not None:
        return unit
    return "day" if word in lang.cues.parts_of_day_as_days else word


def _build(rule: CompiledRule, m: re.Match[str], lang: Language) -> PartialTime | None:
    def g(name: str) -> str | None:
        return _group(m, name)

    kind = rule.kind
    base: dict[str, Any] = {"kind": kind, "type": rule.type}
    pmod = g("pmod")
    if pmod:
        base["mod"] = lang.point_mods.get(pmod.lower(), lang.point_mods.get(pmod.lower().rstrip("-")))
        if base["mod"] is None:  # "the last half of the '80s": the decade's END
            base["mod"] = lang.cues.half_mods.get(" ".join(pmod.lower().split()))
    if g("hours_mod"):  # "the early (small, wee) hours of Sunday": the start of the day, as "early Sunday"
        base["mod"] = "START"
    month_text = g("month")
    month = lang.months.get(month_text.lower().rstrip(".")) if month_text else None
    if g("month_num"):
        month = int(g("month_num") or 0)
    weekday_text = g("weekday")
    weekday = None
    if weekday_text:
        key = weekday_text.lower().rstrip(".")
        weekday = lang.weekdays.get(key, lang.plural_weekdays.get(key))
    day = int(g("day") or 0) or None
    year = _year(g("year"))
    if year is None and g("year_words"):
        year = _spelled_year(g("year_words") or "", lang)
        if year is None:
            return None
    pod = g("pod")
    part_of_day = lang.parts_of_day.get(pod.lower()) if pod else None

    if kind == "absolute":
        if not _valid_day(year, month, day):
            return None
        if g("range_from") or g("range_to") or g("range_to2"):  # "2019-2021": a range runs forward, within a century
            first = int(g("range_from") or year or 0)
            short_end = g("range_to2") or g("range_year2")
            if short_end:  # "2019-20", "1999-00": the first year's century, or the next one
                last = _short_range_end(first, int(short_end))
                if not first < last <= first + _SHORT_RANGE_YEARS:
                    return None  # "2024-03" is no range of 79 years
                if g("range_year2"):
                    year = last
            else:
                last = int(g("range_to") or year or 0)
                if not first < last <= first + 100:
                    return None
        season = g("season")
        winter_end = g("winter_end")
        if winter_end and year is not None:  # "the winter of 2022-23": the winter that ends in 2023
            end = int(winter_end) if len(winter_end) == 4 else _short_range_end(year, int(winter_end))
            if end != year + 1:
                return None
            year = end
        hour, minute, second = g("hour"), g("minute"), g("second")
        return PartialTime(
            **base,
            year=year,
            month=month,
            day=day,
            weekday=weekday,
            season=lang.seasons.get(season.lower()) if season else None,
            hour=int(hour) if hour else None,
            minute=int(minute) if minute else None,
            second=int(second) if second else None,
        )
    if kind == "numeric":
        a, b = int(g("a") or 0), int(g("b") or 0)
        day_first = g("sep") == "." or a > 12
        month, day = (b, a) if day_first else (a, b)
        if not 1 <= month <= 12 or not _valid_day(year, month, day):
            return None
        return PartialTime(**{**base, "kind": "absolute"}, year=year, month=month, day=day)
    if kind == "month_day":
        if not _valid_day(None, month, day):
            return None
        # "the week of March 6", "the week ending Dec. 14": the week containing it
        week = "week" if rule.name in ("week_of", "week_of_day_month", "week_ending") else None
        return PartialTime(**base, month=month, day=day, weekday=weekday, unit=week)
    if kind == "day_of_month":  # "on the 18th": a day of the month the story is in
        return PartialTime(**base, day=day)
    if kind == "month":
        rel = g("rel")
        if not (rel or pmod) and month_text and _begins_a_name(m, lang):
            return None  # "the May Fair Hotel": the month begins a proper name
        return PartialTime(**base, month=month, direction=lang.relative.get(rel.lower()) if rel else None)
    if kind == "weekday":
        rel = g("rel")
        shared = None if g("pod") else lang.cues.shared_plural_part_of_day.match(m.string, m.end())
        if shared:  # "on Monday and Tuesday nights": every Monday night too
            part_of_day = lang.parts_of_day.get(shared.group("pod").lower())
        if not rel and (g("pod_plural") or shared or (weekday_text or "").lower() in lang.plural_weekdays):
            # "on Mondays", "on Tuesday nights": every such day, a SET
            return PartialTime(
                **{**base, "kind": "set", "type": TimexType.SET}, weekday=weekday, part_of_day=part_of_day
            )
        return PartialTime(
            **{**base, "type": TimexType.TIME if part_of_day else TimexType.DATE},
            weekday=weekday,
            part_of_day=part_of_day,
            direction=lang.relative.get(rel.lower()) if rel else None,
            narrative=(rel or "").lower() in lang.cues.narrative_relative,
            unit="week" if rule.name == "week_ending_day" else None,  # "the week ending Saturday"
            week_shift=lang.relative[week_rel.lower()] if (week_rel := g("week_rel")) else None,
        )
    if kind == "named_day":
        named, around, named_rel = g("named"), g("around"), g("named_rel")
        if named and _TITLE_WORD.fullmatch(named) and _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            return None  # "USA Today", "VOA Today", "The Tonight Show": a title-cased day after a name is the name
        if around:  # "the day before yesterday"
            offset = lang.cues.days_around_named_day[around.split()[0].lower()]
        elif named_rel:  # "last night", "this morning"
            offset = lang.relative[named_rel.lower()]
        elif named:
            offset = lang.named_days[named.lower()]
        else:  # "mid-morning": today's
            offset = 0
        if named:  # "tonight": NI
            part_of_day = lang.cues.named_day_parts.get(named.lower(), part_of_day)
        elif not (around or named_rel) and lang.cues.definite_before.search(m.string, max(0, m.start() - 4), m.start()):
            # "went down in the early afternoon": that part of the day the story is at, as "in the afternoon"
            return PartialTime(
                **{**base, "kind": "narrative_offset", "type": TimexType.TIME},
                unit="day",
                amount=0,
                direction=0,
                part_of_day=part_of_day,
            )
        return PartialTime(
            **{**base, "type": TimexType.TIME if part_of_day else TimexType.DATE},
            unit="day",
            amount=offset,
            part_of_day=part_of_day,
        )
    if kind == "relative_unit":
        rel = " ".join((g("rel") or "").lower().split())  # no word: this one; "before last": two back
        cues = lang.cues
        if rule.name == "year_end":  # the end of the year (END); "since year-end": the one past
            since = follows_since(m.string, m.start(), lang)
            return PartialTime(**{**base, "mod": "END"}, unit="year", direction=-1 if since else 0)
        if rule.name in ("the_weekend", "the_week"):  # the one just past or the current one: see resolve
            return PartialTime(**base, unit=(g("unit") or "weekend").lower(), direction=None)
        if rule.name == "last_year_period":  # "last year's quarter": as "the year-ago quarter"
            # "the same period last year" compares with the period just told, if the story named one
            period = "period" in m.group().lower()
            return PartialTime(**base, unit="quarter", direction=-5, narrative=period)
        if rule.name == "same_unit_a_year_before":  # "the same week a year ago": of the story's time
            return PartialTime(**base, unit=(g("unit") or "").lower(), direction=-5, narrative=True)
        if rule.name == "compared_last_year":  # against the period the story reports, if any
            return PartialTime(**base, unit="year", direction=-1, narrative=True)
        season = g("season")
        unit = "season" if season else (g("unit") or ("quarter" if g("year_ago") or g("latest") else "")).lower()
        if rel in cues.relative_as_duration and unit not in cues.relative_duration_units:
            return None  # "the past decade": a duration
        direction = -1 if g("this_past") else lang.relative[rel] if rel else 0  # "this past spring": the last one
        if g("year_ago"):
            direction = -5  # "the year-ago quarter": the latest reported quarter, a year before
        elif g("latest") or (unit == "quarter" and g("rel") is None and pmod is None):
            # "the (latest) quarter", "the latest fiscal year": news reports on the last completed one
            direction = -1
        return PartialTime(
            **base,
            unit=unit,
            season=lang.seasons.get(season.lower()) if season else None,
            direction=direction,
            # "the following spring", and "the next spring" as "the next day": from the story's time
            narrative=(rel in cues.narrative_relative or (bool(g("the")) and rel == "next"))
            and direction in (-1, 1)
            and pmod is None,
        )
    if kind == "foreign_date":
        found = foreign_date(m.group(), g("foreign_month") or "")
        if found is None:
            return None
        return PartialTime(**{**base, "kind": "absolute"}, year=found.year, month=found.month, day=found.day)
    if kind == "holiday":
        if g("season_of") or g("season_of2"):  # "over the holidays": the December of a Christmas
            return PartialTime(**base, holiday=lang.cues.holiday_season, unit="month")
        if g("new_year"):  # "in the new year": the year its New Year's Day begins
            return PartialTime(**base, holiday=lang.cues.new_year, unit="year")
        name = (g("holiday") or "").lower().replace("’", "'")
        rel = g("rel")
        return PartialTime(
            **base,
            holiday=lang.holidays[name],
            year=year,
            direction=lang.relative.get(rel.lower()) if rel else None,
            unit="week" if g("holiday_week") else None,  # "Easter week": the week containing the day
        )
    if kind == "season":
        season = g("season") or ""
        if g("that"):  # "that summer": the one of the story's time
            return PartialTime(**base, season=lang.seasons.get(season.lower()), direction=0, narrative=True)
        return PartialTime(**base, season=lang.seasons.get(season.lower()))
    if kind == "unit_of_year":
        qcode = g("qcode")
        this_year = g("this_year") or g("this_year2")
        # "the first half of the year": this year's
        year_shift = None if this_year is None else lang.cues.year_shifts[this_year.split()[0].lower()]
        if g("year_ago"):  # "the year-ago third quarter"
            year_shift = -1
        if month is not None:  # "June last year", "5 March next year"
            if not _valid_day(None, month, day):
                return None
            return PartialTime(**base, month=month, day=day, direction=year_shift)
        if qcode:
            number, part = int(qcode[1]), "quarter" if qcode[0] == "Q" else "half"
        else:
            ordinal = (g("ord") or "").lower()
            part = (g("part") or ("half" if g("two_quarters") else "")).lower()  # "the first two quarters of 1990"
            number = int(ordinal[0]) if ordinal[:1].isdigit() else lang.ordinals.get(ordinal, 0)
            if number == -1:
                number = 4 if part == "quarter" else 2
        if (part == "half" and number not in (1, 2)) or (part == "quarter" and not 1 <= number <= 4):
            return None
        if not qcode and year is None and year_shift is None and _match_half(m, lang):
            return None  # "scored twice in the first half", "led by 19 in the third quarter": of a match
        return PartialTime(
            **base,
            year=year,
            quarter=number if part == "quarter" else None,
            half=number if part == "half" else None,
            direction=year_shift,
            reported=lang.cues.period_report_after.match(m.string, m.end()) is not None,
        )
    if kind == "story_year":
        if lang.cues.award_title_before.search(m.string, max(0, m.start() - _AWARD_REACH), m.start()):
            return None  # "actor of the year": the title of an award, no time
        if g("year_kind"):  # "the full year", "the fiscal year": this year's accounts
            return PartialTime(**{**base, "kind": "relative_unit"}, unit="year", direction=0)
        return PartialTime(**base, unit="year")
    if kind == "year_period":
        return PartialTime(**base, year=year, unit=(g("unit") or "period").lower())
    if kind == "split_year":
        # "the 2024/25 season, which begins on Oct. 1": the first day the sentence gives it
        start_month_text = g("start_month") or g("start_month2")
        start_month = lang.months.get(start_month_text.lower().rstrip(".")) if start_month_text else None
        start_day = int(g("start_day") or g("start_day2") or 0) or None
        if not _valid_day(None, start_month, start_day):
            start_month = start_day = None
        base = {**base, "month": start_month, "day": start_day}
    if kind == "split_year":  # "the 2022/23 school year": the second year is the one after the first
        second = g("split_end") or g("split_end2") or ""
        last = int(second) if len(second) == 4 else _short_range_end(year or 0, int(second))
        return PartialTime(**base, year=year) if year is not None and last == year + 1 else None
    if kind == "fiscal_year":
        return PartialTime(**base, year=year if year else _year(g("fy")), fiscal=True)
    if kind == "decade":
        decade, decade2, decade_word = g("decade"), g("decade2"), g("decade_word")
        if decade_word:  # "the nineties": the latest such decade, as for "the '90s"
            return PartialTime(**base, decade=lang.cues.decade_words[decade_word.lower()], two_digit_decade=True)
        if decade:
            return PartialTime(**base, decade=int(decade) // 10)
        return PartialTime(**base, decade=int(decade2 or 0) // 10, two_digit_decade=True)
    if kind == "century":
        number = int(g("cent") or 0)
        if not 1 <= number <= 100:
            return None
        return PartialTime(**base, century=number - 1)
    if kind == "century_turn":  # "the turn of the century": around the year a century began
        cent, turn_rel = g("cent"), g("rel")
        if cent and not 1 <= int(cent) <= 100:
            return None
        return PartialTime(
            **{**base, "mod": "APPROX"},
            century=int(cent) - 1 if cent else None,
            direction=lang.relative[turn_rel.lower()] if turn_rel else None,
        )
    if kind == "event_day":  # "on the first day": a day of an event, not dated by the words
        return PartialTime(**base)
    if kind in ("offset", "narrative_offset"):
        return _build_offset(base, m, lang)
    if kind == "day_offset":  # "a week from Tuesday", "two weeks ago Monday", "this time last year"
        rel, named = g("rel"), g("named")
        unit = _unit_name((g("unit") or "").lower(), lang)
        amount = lang.number(g("num") or "") if g("num") else 1
        if not isinstance(amount, int | float) or amount != int(amount):
            return None
        direction = lang.relative[rel.lower()] if rel else (-1 if (g("dir") or "").lower() == "ago" else 1)
        from_day = lang.named_days[named.lower()] if named else None if weekday is not None else 0
        return PartialTime(
            **base, unit=unit, amount=int(amount), direction=direction, weekday=weekday, from_day=from_day
        )
    if kind == "week_of_month":  # "the first week of March": amount is which week (-1 the last)
        return PartialTime(**base, month=month, year=year, amount=lang.ordinals[(g("ord") or "").lower()])
    if kind == "overnight":
        return PartialTime(**base, part_of_day=part_of_day)
    if kind == "short_year":  # "'98": the century is left to resolution
        return PartialTime(**base, year=int(g("short_year") or 0))
    if kind == "named_date":  # "9/11": that day; "on 9/11" may be the day of the year (holiday spec)
        iso = date.fromisoformat(lang.cues.named_dates[g("named_date") or ""])
        as_day = lang.cues.named_date_as_day_before.search(m.string, max(0, m.start() - 8), m.start())
        return PartialTime(
            **base,
            year=iso.year,
            month=iso.month,
            day=iso.day,
            holiday=f"{iso.month:02d}-{iso.day:02d}" if as_day else None,
        )
    if kind == "clock":
        clock = _build_clock(base, m, lang)
        if clock is None or (month is not None and not _valid_day(None, month, day)):
            return None
        return attrs.evolve(clock, weekday=weekday, month=month, day=day)
    if kind == "reference":
        if rule.name in ("one_day_future", "soon", "later_date"):  # "Islam will one day be...": time to come
            return PartialTime(**base, reference="FUTURE_REF")
        ref = (g("ref") or "").lower()
        return PartialTime(**base, reference=lang.references[ref])
    if kind == "duration":
        if rule.name == "a_while":  # "for a while": neither amount nor unit is known (PXX)
            return PartialTime(**base, unit="while", amount="X")
        if lang.cues.definite_start.match(m.group(rule.span_group or 0)):
            base["definite"] = True
        return _build_duration(base, m, lang, rule)
    if kind == "set":
        if month is not None:  # "each July"
            return PartialTime(**base, month=month)
        if part_of_day is not None:  # "every Friday afternoon": that part of every Friday
            base["part_of_day"] = part_of_day
        return _build_set(base, m, lang, weekday)
    raise ValueError(f"rule {rule.name!r} has unknown kind {kind!r}")


def _begins_a_name(m: re.Match[str], lang: Language) -> bool:
    """Whether the title-cased month of ``m``, after an article or a possessive, begins a proper
    name with the capitalised word after it ("the May Fair Hotel", "the October Revolution")."""
    start, end = m.span("month")
    return (
        _TITLE_WORD.fullmatch(m.group("month")) is not None
        and lang.cues.article_before.search(m.string, max(0, start - 8), start) is not None
        and lang.cues.month_name_after.match(m.string, end) is not None
    )


def _build_offset(base: dict[str, Any], m: re.Match[str], lang: Language) -> PartialTime | None:
    def g(name: str) -> str | None:
        return _group(m, name)

    num = g("num")
    amount = lang.number(num) if num else None
    if num and amount is None:
        return None
    sun = g("sun")  # "at dawn", "by nightfall": a part of the day the story is at
    unit = g("unit") or g("unit2") or g("unit3") or g("single") or sun
    if g("dir2") and not num and not (unit or "").lower().endswith(lang.cues.plural_suffix):
        # "(last) week after ...": a preposition; a bare plural before a pause is an adverb ("days before, ...")
        return None
    if g("single"):  # "year-earlier results": one year
        amount = 1
    direction_word = (g("dir") or g("dir2") or g("ndir") or g("ndir2") or g("that") or "").lower()
    # "ago", "earlier": -1; "that", "the same", "(in) the (morning)": 0; "later", "from now": +1
    direction = 0 if sun else lang.cues.offset_directions.get(direction_word, 1)
    unit_key = (unit or "day").lower()
    unit_name = _unit_name(unit_key, lang)
    if g("ndir") or g("ndir2") or g("that") or sun:
        amount = 1 if direction else 0
    pod = lang.parts_of_day.get(unit_key) if unit_key in lang.cues.parts_of_day_as_days else None
    least = None
    if num and num.lower() in lang.cues.least_counts:  # "a couple of weeks later": two or more
        amount = "X"
    if amount == "X" or amount is None:  # "a few days later", "weeks later": only the least count is known
        plural = unit_key != unit_name and unit_key.endswith(lang.cues.plural_suffix)
        least = lang.cues.least_counts.get(num.lower()) if num else lang.cues.least_counts[""] if plural else 1
    high = lang.number(g("num_high") or g("num_high2") or "")
    if isinstance(high, int | float) and isinstance(amount, int | float) and 1 <= amount < high:
        # "two or three days later", "a day or two later": at least the smaller count; the far side stays
        # open, as the value states only the near edge
        amount, least = "X", int(amount)
    dmod = g("dmod")  # "just", "only" are no mod: not in the vocabulary
    mod = lang.duration_mods.get(dmod.lower()) if dmod else None
    if g("or_so"):  # "a week or so ago"
        mod = "APPROX"
    a_year_back = not g("single") and unit_name == "year" and amount == 1 and direction_word == "ago"
    mod = mod or base.pop("mod", None)  # "later in the day", "in the small hours": a point mod
    return PartialTime(
        **{**base, "type": TimexType.TIME if pod else TimexType.DATE},
        unit=unit_name,
        amount=amount,
        direction=direction,
        part_of_day=pod,
        mod=mod,
        least=least,
        a_year_back=a_year_back,
        compared=base["kind"] == "narrative_offset" and lang.cues.comparison_after.match(m.string, m.end()) is not None,
        session_day=bool(g("session")),
    )


def _clock_day_part(day_word: str, lang: Language) -> tuple[int | None, str | None]:
    """Days from today and part of day of the words after a clock time: "tonight" (0, NI),
    "last night" (-1, NI), "this morning" (0, MO), "tomorrow" (1, None)."""
    if day_word in lang.named_days:
        return lang.named_days[day_word], lang.cues.named_day_parts.get(day_word)
    rel, _, part = day_word.partition(" ")
    if rel in lang.relative and part.strip() in lang.parts_of_day:
        return lang.relative[rel], lang.parts_of_day[part.strip()]
    return None, None


def _build_clock(base: dict[str, Any], m: re.Match[str], lang: Language) -> PartialTime | None:
    def g(name: str) -> str | None:
        return _group(m, name)

    noon = g("noon")
    minute: int | None
    if noon:
        hour, minute = lang.cues.clock_words[noon.lower()], 0  # TimeML: midnight ends its day, T24:00
    else:
        hour = int(g("hour") or 0)
        minute_text = g("minute")
        minute = int(minute_text) if minute_text else None
        ampm = (g("ampm") or "").lower().replace(".", "")
        clock_pod = g("clock_pod")
        day_part = _clock_day_part((g("day_word") or "").lower(), lang)
        if not ampm and g("end_ampm"):
            ampm = _range_start_half(hour, int(g("end_hour") or 0), g("end_ampm") or "")
        if clock_pod:  # "4 in the morning", "8 in the evening"
            ampm = "am" if lang.parts_of_day.get(clock_pod.lower()) == "MO" else "pm"
        elif not ampm and day_part[1]:  # "10:30 tonight", "6 this morning" ("12 tonight": unsure, none)
            if hour == 12 and day_part[1] != "AF":
                return None
            ampm = "am" if day_part[1] == "MO" else "pm"
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23:
            return None
    around = g("around")
    if around:  # "around 7:15 p.m.": APPROX, "shortly after 2 a.m.": AFTER
        base = {**base, "mod": lang.cues.clock_mods.get(" ".join(around.lower().split()), base.get("mod"))}
    amount = _clock_day_part((g("day_word") or "").lower(), lang)[0]
    # "since midnight": the one already past; "ran past midnight" on a day named: the one ending it
    since = hour == 24 and follows_since(m.string, m.start(), lang)
    reached = hour == 24 and lang.cues.day_end_before.search(m.string, max(0, m.start() - 10), m.start())
    return PartialTime(
        **base,
        hour=hour,
        minute=minute,
        amount=amount,
        unit="day" if amount is not None else None,
        direction=-1 if since else (1 if reached else None),
        utc=(g("tz") or "").upper() in lang.universal_timezones,
    )


def _range_start_half(hour: int, end_hour: int, end_ampm: str) -> str:
    """The half of the day ("am", "pm") of the start of a clock range whose end alone names one:
    the end's ("between 3 and 8 p.m."), else the other when that would put the start after the
    end ("from 10 to 2 p.m.": 10 a.m.)."""
    end_half = end_ampm.lower().replace(".", "")
    if hour % 12 > end_hour % 12:
        return "am" if end_half == "pm" else "pm"
    return end_half


#: TimeML writes "two decades" as P20Y and "three quarters" as P9M (keys: the units of the data).
_IN_SMALLER_UNITS = {
    "fortnight": (2, "week"),
    "decade": (10, "year"),
    "century": (100, "year"),
    "quarter": (3, "month"),
}


def _build_duration(base: dict[str, Any], m: re.Match[str], lang: Language, rule: CompiledRule) -> PartialTime | None:
    def g(name: str) -> str | None:
        return _group(m, name)

    unit_text = g("unit") or ""
    unit_word = unit_text.lower()
    unit = lang.units.get(unit_word)
    num = g("num")
    if unit is None or (num and _TITLE_WORD.fullmatch(unit_text)):
        return None  # "CBS's ''60 Minutes''", "48 Hours": a number and a title-cased unit name a show
    if num:
        amount = lang.number(num)
        if amount is None:
            return None
        cues = lang.cues
        if num.lower() in cues.articles and (
            m.group().lower().endswith(cues.length_suffix) or not _is_a_duration(m, unit, lang)
        ):
            return None  # "a day-long meeting": the article of the noun; "day-long" alone is the length
        if (
            num.lower() in cues.articles
            and m.group(rule.span_group or 0).lower() == f"{num.lower()} {unit_word}"
            and cues.count_before_rate.search(m.string, max(0, m.start() - 40), m.start())
        ):
            # "an aspirin a day", "hundreds of interviews a day": so many per day, a SET (TimeBank)
            return PartialTime(**{**base, "kind": "set", "type": TimexType.SET}, unit=unit, amount=1)
        if num.isdigit() and len(num) == 4 and unit_word == unit:  # "the 1988 quarter": a year, not 1988 units
            return None
        if unit in cues.fraction_units and cues.fraction_of_a_whole.match(m.string, m.end()):
            return None  # "three quarters of voters": a fraction of them, not nine months
    elif g("rel_dur") or unit_word == unit:
        amount = 1
    else:
        amount = "X"  # "for years"
    if g("and_half") and isinstance(amount, int | float):  # "a minute and a half"
        amount = amount + 0.5
    if isinstance(amount, int | float) and unit in _IN_SMALLER_UNITS:
        factor, unit = _IN_SMALLER_UNITS[unit]
        amount = amount * factor
    mod = None
    dmod = g("dmod2") or g("dmod") or g("dmod_after")  # "two years or more": at least two years
    expr = g("expr") or ""
    if dmod:
        before = lang.cues.mods_as_prepositions.get(dmod.lower())
        if before is None or not expr.lower().startswith(before):  # "over the next year": a preposition
            mod = lang.duration_mods.get(dmod.lower())
        if before is not None and not lang.cues.over_as_more_than_before.search(
            m.string, max(0, m.start() - 24), m.start()
        ):
            mod = None  # "a pay rise over two years": across them; "lasted over a week": more than
    return PartialTime(**base, unit=unit, amount=amount, mod=mod)


def _match_half(m: re.Match[str], lang: Language) -> bool:
    """Whether words of a game stand in the sentence around a bare "the first half", "the third quarter"."""
    start, stop = _sentence(m.string, m.start(), m.end(), lang.cues, reach=160)
    return lang.cues.match_half.search(m.string, start, stop) is not None


def follows_since(text: str, start: int, lang: Language) -> bool:
    """Whether "since " stands right before ``start`` ("since year-end", "since midnight": the one
    already past; "have risen since January": past whatever the tense)."""
    return lang.cues.since_before.search(text, max(0, start - 20), start) is not None


#: A word in title case ("Minutes", "Today"): inside a sentence, part of a name.
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
#: How far before "the year" the role of an award title is looked for ("parliamentarian of ").
_AWARD_REACH = 40
#: A capitalised word right before, with no punctuation between ("USA Today", "The Tonight").
_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z&'-]*[ \t]$")
#: A capitalised word right after, with no punctuation between ("Daily *News*", "Weekly *Standard*").
_TITLE_AFTER = re.compile(r"[ \t][A-Z][A-Za-z&'-]*\b")


def _is_a_duration(m: re.Match[str], unit: str, lang: Language) -> bool:
    """Whether "a <unit>" is a length of time: not a rate ("$5 a year"), an ordinal ("a second
    group") or a fraction ("a quarter of the market")."""
    cues = lang.cues
    if unit in cues.units_not_after_article:
        return False
    if unit in cues.fraction_units and cues.fraction_of.match(m.string, m.end()):
        return False
    return cues.rate_before.search(m.string, max(0, m.start() - 30), m.start()) is None


def _build_set(base: dict[str, Any], m: re.Match[str], lang: Language, weekday: int | None) -> PartialTime | None:
    def g(name: str) -> str | None:
        return _group(m, name)

    freq_word = g("freq")
    if freq_word:
        if lang.cues.rate_before.search(m.string, max(0, m.start() - 30), m.start()):
            return None  # "rise 8.5% annually", "10,000 units annually": a rate, as "$5 a year" is
        if _TITLE_WORD.fullmatch(freq_word) and _TITLE_AFTER.match(m.string, m.end()):
            return None  # "The Dayton Daily News", "the Weekly Standard": a title-cased word in a name
        return PartialTime(**base, frequency=lang.frequencies[freq_word.lower()])
    times = g("times")
    unit_word = (g("unit") or "").lower()
    unit = _unit_name(unit_word, lang) if unit_word else None
    if times:
        count = lang.cues.times_words.get(times.lower()) or lang.number(times.rsplit(maxsplit=1)[0])
        if not isinstance(count, int):
            return None  # "several times a year", "half a times": no count of times to write
        return PartialTime(**base, unit=unit, amount=1, frequency=f"{count}X")
    num = g("num")
    every = 2 if num and num.lower() in lang.cues.every_other else (lang.number(num) if num else 1)
    season = g("season")
    if season:  # "every autumn": that season each year ("every other summer" has no such value)
        return PartialTime(**base, season=lang.seasons[season.lower()]) if num is None else None
    return PartialTime(**base, unit=unit, weekday=weekday, amount=every)
