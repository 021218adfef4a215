"""The date resolver stage: find temporal expressions and normalise them TimeML-style.

:class:`RuleBasedResolver` is the default: per-language rules (``data/<lang>.json``) find
expressions and yield partial values (:mod:`.extract`); each is then resolved against the
publication date or the story's reference time (:mod:`.resolve`). The clause's tense, which
decides whether a bare "Friday" is the last one or the next one, comes from the spaCy parse when
the pipeline has one, else from nearby words; for a bare day or date ("announced Wednesday") the
nearest tense marker comes first, the parse answering where there is none.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

import attrs

from timeline import calendar
from timeline.calendar import Granularity
from timeline.grammar import (
    Orientation,
    bounds_a_present,
    located_present_verb,
    located_telling,
    modified_verb_orientation,
    orientation_from_parse,
    orientation_from_text,
    reported_would_of,
)
from timeline.model import AnchorKind, TimeExpression, TimexType
from timeline.resolver.extract import Mention, PartialTime, bare_weekday, find_mentions, follows_since
from timeline.resolver.language import Cues, Language, load_language
from timeline.resolver.resolve import Reference, Resolution, ResolutionContext, resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from timeline.ordering.parse import Parse
    from timeline.pipeline import Document

__all__ = [
    "Mention",
    "PartialTime",
    "RuleBasedResolver",
    "keeps_reference",
    "resets_reference",
    "resolve_in_order",
    "resolve_mentions",
]

# Kinds whose value depends on the direction the clause looks in.
_TENSE_SENSITIVE = frozenset(
    {
        "weekday",
        "month_day",
        "day_of_month",
        "month",
        "season",
        "unit_of_year",
        "clock",
        "relative_unit",
        "holiday",
        "week_of_month",
        "overnight",
        "short_year",
        "named_date",
        "century_turn",
        "narrative_offset",
    }
)


# Kinds of a day named, which a clock time after it in its sentence may be on.
_DAY_KINDS = frozenset({"weekday", "month_day", "absolute", "named_day", "day_of_month", "holiday", "named_date"})

# Kinds whose tense is read first from the nearest marker even when there is a parse.
_NEAREST_VERB_KINDS = frozenset({"weekday", "month_day", "day_of_month", "clock"})

# Kinds a present-tense verb of a scheduled event sends forward ("the talks resume Monday", "the law
# takes effect in December").
_SCHEDULE_KINDS = frozenset({"weekday", "month_day", "holiday", "month", "clock"})

# Kinds of a day that may locate a verb of saying or publishing ("said on Friday", "published early Monday").
_TELLING_DAY_KINDS = frozenset(
    {"weekday", "month_day", "day_of_month", "absolute", "named_day", "holiday", "named_date"}
)

# Kinds a "would" in what was said on a day counts from that day ("said on Monday it would pass by Friday").
_SAID_AHEAD_KINDS = frozenset({"weekday", "month_day", "month", "season", "unit_of_year", "holiday"})

# Kinds whose tense is not trusted when it points most of a year away, unless it is the tense of
# the verb the expression modifies (see ``PartialTime.clear_tense``).
_GUARDED_KINDS = frozenset({"month", "month_day", "week_of_month", "holiday"})

# Kinds a participle of expecting before a deadline sends forward ("not expected before the weekend").
_EXPECTED_KINDS = frozenset({"weekday", "month_day", "month", "season", "holiday"})

# Kinds an infinitive of intending before them sends forward ("planned to launch it in the second quarter").
_INTENDED_KINDS = frozenset({"unit_of_year", "month", "season"})

# How far before a month modifying a noun a verb of facing what comes is looked for ("setting up a ").
_AWAITED_REACH = 32
# Kinds a verb of planning with its object before them sends forward ("plan another on Monday").
_PLANNED_KINDS = frozenset({"weekday", "month", "season", "unit_of_year"})
# How far before a time a verb of planning with its object is looked for ("planned a counteroffensive in").
_PLAN_REACH = 48

# How far before a season a verb or preposition that looks ahead is looked for ("want ... before the winter").
_AHEAD_REACH = 60
# Days into a year in which "the end of the year", with no future tense, is the one just past.
_END_JUST_PAST_DAYS = 31
# How far before a weekday a modal that governs it is looked for ("drivers should avoid the M4
# ... between 8pm on Tuesday").
_MODAL_REACH = 90
# How far before a season a preposition of a deadline is looked for ("ahead of", "in time for").
_DEADLINE_REACH = 14
# How far before a day a measured figure is looked for ("the stock's closing price on Friday").
_FIGURE_REACH = 60


def _already_reported(found: Orientation) -> Orientation:
    """ "Thursday's closing price", "get around Wednesday's ruling", "since the Oct. 23 slaying": a
    day naming an event by its date is one news has already reported, whatever the tense of the
    clause around it; a future tense only makes it the nearest one ("will attend Sunday's
    ceremony", "the March accession will enable...")."""
    return Orientation.PRESENT if found is Orientation.FUTURE else Orientation.PAST


class RuleBasedResolver:
    """Rule-based recognition and normalisation of TIMEX3 expressions.

    Args:
        language: code of the rule data to use (``"en"``).
        use_parse: read tense from the spaCy parse when the pipeline provides one (for a day or
            a date, only where no tense marker is near it).
    """

    name = "rules"
    needs_parse = False

    def __init__(self, *, language: str = "en", use_parse: bool = True) -> None:
        self.language = load_language(language)
        self.use_parse = use_parse

    def __repr__(self) -> str:
        return f"RuleBasedResolver(language={self.language.code!r}, use_parse={self.use_parse})"

    def __call__(self, document: Document) -> Sequence[TimeExpression]:
        text = document.text
        mentions = find_mentions(text, self.language)
        parse = _parse_table(document.parse) if self.use_parse else None
        cues = self.language.cues

        happened: set[int] = set()  # starts of dates of unplanned events ("the Feb. 3 crash")
        next_one: set[int] = set()  # starts of seasons after a deadline ("before the winter"): the next one
        dates_a_thing: set[int] = set()  # starts of days of a figure measured ("the closing price on Friday")

        def orientation(mention: Mention) -> Orientation:
            if mention.partial.kind not in _TENSE_SENSITIVE:
                return Orientation.UNKNOWN
            if follows_since(text, mention.start, self.language):
                return Orientation.PAST  # "have risen since January": the start of a span up to now
            if parse is None:
                found = orientation_from_text(text, mention.start, mention.end)
            elif mention.partial.kind in _NEAREST_VERB_KINDS:
                # A bare day or date goes with the verb next to it ("the decision, announced Wednesday"),
                # which the nearest tense marker finds more often than the parse's clause head (TBAQ:
                # 13 against 3 where they disagree); the parse answers when there is no marker.
                found = orientation_from_text(text, mention.start, mention.end)
                if found is Orientation.UNKNOWN:
                    found = orientation_from_parse(parse, mention.start, mention.end)
            else:
                found = orientation_from_parse(parse, mention.start, mention.end)
                if found is Orientation.UNKNOWN:  # no verb above it ("introduced in April"): the nearest marker
                    found = orientation_from_text(text, mention.start, mention.end)
            if (
                mention.partial.kind in _INTENDED_KINDS
                and not mention.partial.narrative
                and (
                    intended := cues.intended_infinitive_before.search(
                        text, max(0, mention.start - _AHEAD_REACH), mention.start
                    )
                )
                # "broke up a network that planned to derail trains, and in May, a journalist was
                # convicted": the intending governs its own clause only
                and cues.clauses_joined.search(text, intended.start(), mention.start) is None
            ):
                # "said it planned to launch the drug in the second quarter", written in January: the coming one
                return Orientation.FUTURE
            if (
                mention.partial.kind in _PLANNED_KINDS
                and not mention.partial.narrative
                and cues.planned_object_before.search(text, max(0, mention.start - _PLAN_REACH), mention.start)
            ):
                # "plan another on Monday", "said Ukraine planned a counteroffensive in the spring",
                # written in February: what is planned lies ahead of the planning, the coming one
                return Orientation.FUTURE
            if (
                mention.partial.kind == "month"
                and found is not Orientation.PAST
                and (deadline := cues.looks_ahead_before.search(text, max(0, mention.start - 16), mention.start))
                and deadline.group("prep")
            ):
                # "expect another hike by October", written in March: a deadline ahead, not the last October
                return Orientation.FUTURE
            if mention.partial.kind == "season" and not mention.partial.narrative:  # not "by that summer"
                ahead = cues.looks_ahead_before.search(text, max(0, mention.start - _AHEAD_REACH), mention.start)
                if ahead is not None and (ahead.group("verb") or found is not Orientation.PAST):
                    # "want it repaired before the winter": the coming one, even in January; "expected to
                    # peak in the spring", written in March, this spring (one under way still lies ahead)
                    low = max(0, mention.start - _DEADLINE_REACH)
                    deadline = cues.looks_ahead_before.search(text, low, mention.start)
                    if deadline is not None and deadline.group("prep"):
                        next_one.add(mention.start)
                    return Orientation.FUTURE
            if (
                mention.partial.kind in _EXPECTED_KINDS or _looks_ahead_to_a_day(mention.partial)
            ) and cues.expected_before.search(text, max(0, mention.start - _DEADLINE_REACH - 12), mention.start):
                # "with results not expected before the weekend", in a story of Wednesday: still awaited
                return Orientation.FUTURE
            if _looks_ahead_to_a_day(mention.partial) and (
                (ahead := cues.looks_ahead_before.search(text, max(0, mention.start - _AHEAD_REACH), mention.start))
                and (
                    ahead.group("verb")
                    or (found is not Orientation.PAST and ahead.group("prep") and ahead.end() == mention.start)
                )
            ):
                # "hope to pass the bill before Christmas", written in June; "would consider proposals if
                # they arrived before the weekend": the coming one
                return Orientation.FUTURE
            if (
                mention.partial.kind in _SCHEDULE_KINDS
                and cues.until_before.search(text, max(0, mention.start - 8), mention.start)
                and (
                    found is Orientation.PRESENT
                    or (parse is not None and bounds_a_present(parse, mention.start, mention.end))
                )
            ):
                # "the festival, which opened on May 13 and runs until Saturday": what goes on now ends ahead
                return Orientation.FUTURE
            if mention.partial.kind in ("weekday", "month_day") and cues.request_deadline_before.search(
                text, max(0, mention.start - _AHEAD_REACH), mention.start
            ):
                # "had asked payment firms to report any customer losses by Friday": after the request
                return Orientation.FUTURE
            if mention.partial.kind in ("weekday", "month") and cues.ahead_of_a_day_before.search(
                text, max(0, mention.start - _AHEAD_REACH), mention.start
            ):
                # "extended the heat warning through Thursday evening", "if no budget passed by
                # Wednesday", "the next seat is Wednesday": the coming one
                return Orientation.FUTURE
            if mention.partial.kind == "weekday" and cues.possessive_after.match(text, mention.end):
                return _already_reported(found)
            if mention.partial.kind in ("weekday", "month_day") and cues.measured_figure_before.search(
                text, max(0, mention.start - _FIGURE_REACH), mention.start
            ):
                # "a premium to the stock's closing price on Friday" in a clause that "will" pay: a
                # figure is known once measured, so its day is past however far back
                happened.add(mention.start)
                dates_a_thing.add(mention.start)
                return Orientation.PAST
            if (
                mention.partial.kind in ("month_day", "month")
                and cues.attributive_after.match(text, mention.end)
                and cues.awaited_event_before.search(text, max(0, mention.start - _AWAITED_REACH), mention.start)
            ):
                # "won the primary on Tuesday, setting up a November showdown": what is faced is ahead
                return Orientation.FUTURE
            if (
                mention.partial.kind in ("month_day", "month")  # "the Oct. 23 slaying", "the March accession"
                and cues.attributive_after.match(text, mention.end)
                and cues.definite_before.search(text, max(0, mention.start - 4), mention.start)
            ):
                if mention.partial.kind == "month_day" and cues.unplanned_event_after.match(text, mention.end):
                    happened.add(mention.start)
                    return Orientation.PAST
                return _already_reported(found)
            if mention.partial.kind in _SCHEDULE_KINDS and (
                cues.schedule_verb_before.search(text, max(0, mention.start - 32), mention.start)
                or cues.scheduled_for_before.search(text, max(0, mention.start - 48), mention.start)
                or cues.rescheduled_to_before.search(text, max(0, mention.start - 48), mention.start)
                or cues.fixture_before.search(text, max(0, mention.start - 48), mention.start)
                or (
                    found is not Orientation.FUTURE
                    and _scheduled_in_the_parse(parse, mention, cues.schedule_verb_before)
                )
            ):
                # The verb the day modifies is a present of a scheduled event ("the talks resume Monday",
                # "takes place on New Year's Eve", "Arsenal face Chelsea on Wednesday"), or the day is what
                # something is set for ("Game 6 set for Thursday", "scheduled a hearing for Sept. 15"): the
                # next one, whatever a reporting verb says; so is the day an event is put off to ("delayed
                # the hearing to Friday").
                return Orientation.FUTURE
            if found is not Orientation.FUTURE and bare_weekday(mention.partial) and not mention.partial.narrative:
                return _weekday_ahead(mention, found, text, cues)
            return found

        orientations = [orientation(mention) for mention in mentions]
        orientations = [
            Orientation.FUTURE
            if m.partial.kind == "clock"
            and m.partial.day_from_next
            and i + 1 < len(mentions)
            and orientations[i + 1] is Orientation.FUTURE
            else found  # "should avoid the bridge between 8pm on Tuesday ...": on a day still to come
            for i, (m, found) in enumerate(zip(mentions, orientations, strict=True))
        ]
        mentions = [
            _happened(mention)
            if mention.start in happened
            else _with_clear_tense(mention, found, text, self.language, parse)
            for mention, found in zip(mentions, orientations, strict=True)
        ]
        if next_one:
            mentions = [
                attrs.evolve(m, partial=attrs.evolve(m.partial, direction=1)) if m.start in next_one else m
                for m in mentions
            ]
        mentions = [
            attrs.evolve(m, partial=attrs.evolve(m.partial, names_a_thing=True))
            if m.start in dates_a_thing or cues.possessive_after.match(text, m.end) is not None
            # "in Monday's sell-off. The Nikkei closed up 10.2% at 3 p.m.", "on Thursday night, ... ahead
            # of next month's Academy Awards. The ceremony began at 7:30 p.m.": the story stays on its day
            else m
            for m in mentions
        ]
        if parse is not None:
            mentions = _tellings_marked(mentions, parse)
        mentions = [
            attrs.evolve(m, partial=attrs.evolve(m.partial, after_since=True))
            if follows_since(text, m.start, self.language) and not cues.when_clause_after.match(text, m.end)
            else m  # "since Feb. 25, when Moscow blocked a resolution": the story moves to Feb. 25
            for m in mentions
        ]
        mentions = [
            attrs.evolve(m, partial=attrs.evolve(m.partial, in_sentence_of_previous=True))
            if i > 0
            and (m.partial.kind == "month" or m.partial.a_year_back)
            # up to the mention's first character, which a break's look-ahead reads
            and cues.sentence_break.search(text, mentions[i - 1].end, m.start + 1) is None
            else m
            for i, m in enumerate(mentions)
        ]
        mentions = [
            attrs.evolve(m, partial=attrs.evolve(m.partial, in_sentence_of_previous=True))
            if i > 0
            and found is Orientation.UNKNOWN
            and m.partial.kind == "month_day"
            and cues.sentence_break.search(text, mentions[i - 1].end, m.start + 1) is None
            else m  # "start in Chicago on Sept. 7 and end in Washington, D.C., on Nov. 22": see resolve._month_day
            for i, (m, found) in enumerate(zip(mentions, orientations, strict=True))
        ]
        breaks = _SentenceBreaks(text=text, pattern=cues.sentence_break)
        mentions = [
            attrs.evolve(m, partial=attrs.evolve(m.partial, day_in_its_sentence=True))
            if m.partial.kind == "clock" and _day_in_its_sentence(mentions, i, breaks)
            else m
            for i, m in enumerate(mentions)
        ]
        mentions = [
            attrs.evolve(m, partial=attrs.evolve(m.partial, month_in_its_sentence=True))
            if m.partial.kind == "clock" and _month_in_its_sentence(mentions, i, breaks)
            else m
            for i, m in enumerate(mentions)
        ]
        mentions = [
            attrs.evolve(m, partial=attrs.evolve(m.partial, month_range_end=True))
            if i > 0 and _ends_a_month_range(mentions[i - 1], m, text, cues)
            else m
            for i, m in enumerate(mentions)
        ]
        mentions = [
            attrs.evolve(m, partial=attrs.evolve(m.partial, future_after_a_time=True))
            if i > 0 and found is Orientation.FUTURE and bare_weekday(m.partial)
            else m
            for i, (m, found) in enumerate(zip(mentions, orientations, strict=True))
        ]
        mentions = _days_of_a_week_named(mentions, orientations, text, cues, breaks, document.publication_date)
        mentions = _clock_times_of_a_day_told(mentions, text, cues)
        mentions = _months_of_a_dated_sentence(mentions, breaks)
        mentions = _ends_just_past(mentions, orientations, document.publication_date, text, cues)
        by_start = {mention.start: found for mention, found in zip(mentions, orientations, strict=True)}
        return resolve_mentions(mentions, document.publication_date, lambda mention: by_start[mention.start])


def _weekday_ahead(mention: Mention, found: Orientation, text: str, cues: Cues) -> Orientation:
    """A weekday that a modal governs with no tense between them ("showers could continue into
    Saturday afternoon", "drivers should avoid the bridge between 8pm on Tuesday and noon on
    Wednesday"), the day something called off was for ("cancelled all services for Wednesday
    morning") or the end of what a modal allows until a clock time ("can register players signed
    before the deadline until 5pm on Saturday") is still to come, whatever a saying around it says."""
    low = max(0, mention.start - _AHEAD_REACH)
    if cues.called_off_for_before.search(text, low, mention.start):
        return Orientation.FUTURE
    modal = cues.modal_ahead_before.search(text, max(0, mention.start - _MODAL_REACH), mention.start)
    if modal is None or cues.sentence_break.search(text, modal.start(), mention.start + 1) is not None:
        return found
    if modal.group().lower().startswith("could") and _could_denied(text, modal.start(), cues):
        return found  # "could not be reached Monday": a past ability
    if cues.until_a_clock_before.search(text, max(0, mention.start - 24), mention.start):
        return Orientation.FUTURE
    between = text[modal.start() : mention.end]
    told = orientation_from_text(between, mention.start - modal.start(), len(between))
    return Orientation.FUTURE if told in (Orientation.UNKNOWN, Orientation.FUTURE) else found


def _could_denied(text: str, could: int, cues: Cues) -> bool:
    """Whether the "could" at ``could`` is denied in its sentence ("neither he nor his family could
    be located Wednesday", "could not"): the past of "can", not a possibility ahead."""
    start = max(0, could - 2 * _MODAL_REACH)
    for brk in cues.sentence_break.finditer(text, start, could):
        start = brk.end()
    return cues.could_denied.search(text, start, min(len(text), could + 12)) is not None


def _clock_times_of_a_day_told(mentions: list[Mention], text: str, cues: Cues) -> list[Mention]:
    """A clock time with no day of its own right before a day counted in the story ("had left
    at about 9 p.m. the previous evening", "at 6 a.m. two days later") is on that day, as one
    before "on Sunday" is: the two name one time."""
    out = list(mentions)
    for i, (clock, day) in enumerate(itertools.pairwise(mentions)):
        p, q = clock.partial, day.partial
        if (
            p.kind == "clock"
            and p.amount is None
            and p.weekday is None
            and p.day is None
            and not p.day_from_next
            and q.kind == "narrative_offset"
            and q.unit == "day"
            and q.direction in (-1, 1)
            and cues.clock_day_gap.fullmatch(text, clock.end, day.start)
        ):
            out[i] = attrs.evolve(clock, partial=attrs.evolve(p, day_from_next=True))
    return out


def _months_of_a_dated_sentence(mentions: list[Mention], breaks: _SentenceBreaks) -> list[Mention]:
    """A bare month in the sentence of a date of that month with its year is of that year ("The
    January window opens on 1 January 2025 and closes on 3 February", told in August 2024: 2025-01,
    not the last January): the sentence names that month once in full."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        p = m.partial
        if p.kind != "month" or p.year is not None or p.direction is not None or p.narrative:
            continue
        dated = [
            other
            for other in _in_its_sentence(mentions, i, breaks)
            if other.partial.kind == "absolute" and other.partial.month == p.month and other.partial.year is not None
        ]
        if dated:
            nearest = min(dated, key=lambda other: abs(other.start - m.start))
            out[i] = attrs.evolve(m, partial=attrs.evolve(p, year=nearest.partial.year))
    return out


@attrs.define(slots=True)
class _SentenceBreaks:
    """Where a text's sentence breaks start, found in one pass on the first question, then asked by
    bisection whether one lies between two offsets: a walk from a mention over the others of its
    sentence then costs no scan of the text between them for each step (a sentence of hundreds of
    clauses joined by semicolons had made such walks quadratic in its length)."""

    text: str
    pattern: re.Pattern[str]
    starts: list[int] | None = None

    def between(self, low: int, high: int) -> bool:
        """Whether a break starts at or after ``low`` and before ``high``."""
        if self.starts is None:
            self.starts = [found.start() for found in self.pattern.finditer(self.text)]
        k = bisect.bisect_left(self.starts, low)
        return k < len(self.starts) and self.starts[k] < high


#: How many times on each side of a time its sentence is searched for the others: a bounded look, so
#: that a sentence of thousands of times costs time in proportion to its length.
_SENTENCE_REACH = 12


def _in_its_sentence(mentions: list[Mention], i: int, breaks: _SentenceBreaks) -> list[Mention]:
    """The other mentions of the sentence of mention ``i`` (no sentence break between them and it, up
    to the mention's first character, which a break's look-ahead reads), in text order, found by
    walking out from it, at most :data:`_SENTENCE_REACH` each way."""
    m = mentions[i]
    first = i
    while first > max(0, i - _SENTENCE_REACH) and not breaks.between(mentions[first - 1].end, m.start + 1):
        first -= 1
    found = mentions[first:i]
    for j in range(i + 1, min(len(mentions), i + 1 + _SENTENCE_REACH)):
        if breaks.between(m.end, mentions[j].start + 1):
            break
        found.append(mentions[j])
    return found


def _ends_just_past(
    mentions: list[Mention], orientations: list[Orientation], published: date | None, text: str, cues: Cues
) -> list[Mention]:
    """ "the end of the year" (not "this year") in a past clause is the last one, the current one
    being still to come ("Sales were strong at the end of the year", told in March); with no future
    tense, also in the first month of a year (week of a month) ("The storm follows a wet end to the
    year", told on 6 January: 2024's); not a deadline ("cut stocks, leaving it near its goal by the end of the
    year": this one)."""
    if published is None:
        return mentions
    out = list(mentions)
    for i, (m, found) in enumerate(zip(mentions, orientations, strict=True)):
        p = m.partial
        if (
            m.rule.name != "part_of_current_unit"
            or p.mod != "END"
            or p.unit not in ("year", "month")
            or p.direction != 0
            or p.narrative
            or found is Orientation.FUTURE
            or _deadline_before(m, text, cues)
        ):
            continue
        unit = calendar.Granularity.YEAR if p.unit == "year" else calendar.Granularity.MONTH
        current = calendar.unit_interval(unit, published)
        assert current.start is not None and current.end is not None
        since_last = (published - current.start.date()).days
        if found is Orientation.PAST or since_last < (_END_JUST_PAST_DAYS if p.unit == "year" else 7):
            out[i] = attrs.evolve(m, partial=attrs.evolve(p, direction=-1))
    return out


def _deadline_before(mention: Mention, text: str, cues: Cues) -> bool:
    """Whether a preposition of a deadline ("by", "until", "before") is right before the mention."""
    ahead = cues.looks_ahead_before.search(text, max(0, mention.start - _DEADLINE_REACH), mention.start)
    return ahead is not None and ahead.group("prep") is not None


def _days_of_a_week_named(
    mentions: list[Mention],
    orientations: list[Orientation],
    text: str,
    cues: Cues,
    breaks: _SentenceBreaks,
    published: date | None,
) -> list[Mention]:
    """A bare weekday in the sentence of "this week(end)" or "next week(end)" is a day of that week,
    whatever the tense ("enters its busiest stretch this weekend, with 900 shows scheduled on
    Saturday", "will fall sharply next week, with frost likely from Monday"); a past clause may
    reach back from a week ahead ("next week's talks, agreed on Monday"), so that week only frames
    a weekday not told in the past, and this week no weekday told in the past that is after the
    publication's ("said this week that it fired him on Friday", told on a Monday: the last Friday);
    a week in another clause joined to the weekday's frames none ("will be held on Saturday, and he
    will be buried next week": the coming Saturday)."""
    weeks = [
        m
        for m in mentions
        if m.partial.kind == "relative_unit"
        and m.partial.unit in ("week", "weekend")
        and m.partial.direction in (0, 1)
        and not m.partial.narrative
        and not m.partial.names_a_thing
    ]
    if not weeks:
        return mentions
    week_ids = {id(week) for week in weeks}
    out = list(mentions)
    for i, (m, found) in enumerate(zip(mentions, orientations, strict=True)):
        if not bare_weekday(m.partial) or m.partial.narrative:
            continue
        for week in _in_its_sentence(mentions, i, breaks):
            if id(week) not in week_ids or _in_another_clause(m, week, text, cues):
                continue
            if week.partial.direction == 1 and found is Orientation.PAST:
                continue
            if (
                week.partial.unit == "week"
                and found is Orientation.PAST
                and (published is None or (m.partial.weekday or 0) > published.weekday())
            ):
                continue
            out[i] = attrs.evolve(m, partial=attrs.evolve(m.partial, week_shift=week.partial.direction))
            break
    return out


def _in_another_clause(first: Mention, second: Mention, text: str, cues: Cues) -> bool:
    """Whether a comma and a conjunction join two clauses between two mentions of a sentence ("will
    be held on Saturday ..., and he will be buried next week"): each clause has its own time."""
    low, high = (first.end, second.start) if first.start < second.start else (second.end, first.start)
    return cues.clauses_joined.search(text, low, high) is not None


def _day_in_its_sentence(mentions: list[Mention], i: int, breaks: _SentenceBreaks) -> bool:
    """Whether a day is named before ``mentions[i]`` in its sentence ("arrested on 14 December
    2022 and charged at 3 p.m.")."""
    for before in reversed(mentions[max(0, i - _SENTENCE_REACH) : i]):
        if breaks.between(before.end, mentions[i].start + 1):
            return False
        if before.partial.kind in _DAY_KINDS:
            return True
    return False


def _month_in_its_sentence(mentions: list[Mention], i: int, breaks: _SentenceBreaks) -> bool:
    """Whether the time right before a clock time with no day of its own, in its sentence, is a
    month ("passed the bill 104-99 last month, after a debate that ran past midnight")."""
    clock = mentions[i].partial
    if i == 0 or clock.weekday is not None or clock.day is not None or clock.amount is not None:
        return False
    before = mentions[i - 1]
    if breaks.between(before.end, mentions[i].start + 1):
        return False
    p = before.partial
    return (p.kind == "relative_unit" and p.unit == "month" and p.direction == -1) or (
        p.kind == "month" and p.day is None
    )


def _ends_a_month_range(first: Mention, second: Mention, text: str, cues: Cues) -> bool:
    """Whether ``second`` is a month without a year that ends a range ``first`` opens, a month
    without a year too ("between April and October", "from December to February")."""
    if first.partial.kind != "month" or second.partial.kind != "month":
        return False
    if first.partial.year is not None or second.partial.year is not None:
        return False
    if cues.month_range_gap.fullmatch(text, first.end, second.start):
        return True
    return bool(
        cues.month_range_and.fullmatch(text, first.end, second.start)
        and cues.month_range_between.search(text, max(0, first.start - 10), first.start)
    )


def _tellings_marked(mentions: list[Mention], parse: Doc | Parse) -> list[Mention]:
    """Days that locate a verb of saying or publishing, marked as days the story was told; a time
    right after one that a "would" dates in what was said then, marked as counted from it; and
    every time in such a "would" clause, marked as a prospect, no time the story moves to."""
    out = list(mentions)
    told_by: int | None = None  # the verb of saying the mention before locates
    for i, mention in enumerate(mentions):
        partial = mention.partial
        saying = reported_would_of(parse, mention.start, mention.end)
        if saying is not None:
            partial = attrs.evolve(partial, prospect=True)
        if told_by is not None and partial.kind in _SAID_AHEAD_KINDS and saying == told_by:
            partial = attrs.evolve(partial, from_the_saying=True)
        told_by = located_telling(parse, mention.start, mention.end) if partial.kind in _TELLING_DAY_KINDS else None
        if told_by is not None:
            partial = attrs.evolve(partial, dates_a_telling=True)
        if partial is not mention.partial:
            out[i] = attrs.evolve(mention, partial=partial)
    return out


def _looks_ahead_to_a_day(partial: PartialTime) -> bool:
    """A holiday or "the weekend", which a verb that looks ahead in its sentence makes the coming one."""
    return partial.kind == "holiday" or (
        partial.kind == "relative_unit" and partial.unit == "weekend" and partial.direction is None
    )


def _scheduled_in_the_parse(parse: Doc | Parse | None, mention: Mention, schedule_verb: re.Pattern[str]) -> bool:
    """Whether, in the parse, the expression locates a simple present of a scheduled event with
    words between them ("Arsenal *face* Chelsea on Wednesday"), which the cue right before the
    expression cannot see."""
    if parse is None:
        return False
    verb = located_present_verb(parse, mention.start, mention.end)
    return verb is not None and schedule_verb.search(verb + " ") is not None


def _parse_table(doc: Doc | None) -> Parse | None:
    """The parse read by token index (:class:`~timeline.ordering.parse.Parse`, on the columns the
    other stages read too): the tense reading asks a few thousand questions a TBAQ pass, each a new
    ``Token`` or ``Span`` when asked of the ``Doc``."""
    if doc is None:
        return None
    from timeline.ordering.parse import Parse  # the ordering package is loaded only when a parse is read

    return Parse(doc)


def _happened(mention: Mention) -> Mention:
    """The date of an event nobody schedules ("the Jan. 6 attack", written on Dec. 30) is the past
    one however far back: it has happened, and no tense was read that might be misread."""
    return attrs.evolve(mention, partial=attrs.evolve(mention.partial, clear_tense=True))


def _with_clear_tense(
    mention: Mention, found: Orientation, text: str, language: Language, parse: Doc | Parse | None = None
) -> Mention:
    """Mark a month or date whose tense is that of the verb right before it ("sales rose in
    January", "will open in December"), a simple past or a "will" future, or that follows "since",
    or, in the parse, that of the verb it modifies, a past or "will" future of its own ("the fire
    broke out just after midnight on Jan. 14") or a participle or gerund, from the clause it hangs
    in ("the bill, introduced in May, passed"): that tense decides even when it points most of a year away; a
    tense read from further off (a reporting verb, an infinitive's head: "decided to admit them in
    early March") may be misread there."""
    if mention.partial.kind not in _GUARDED_KINDS or found not in (Orientation.PAST, Orientation.FUTURE):
        return mention
    if (found is Orientation.PAST and follows_since(text, mention.start, language)) or (
        parse is not None and modified_verb_orientation(parse, mention.start, mention.end) is found
    ):
        return attrs.evolve(mention, partial=attrs.evolve(mention.partial, clear_tense=True))
    verb = language.cues.clear_tense_before.search(text, max(0, mention.start - 48), mention.start)
    if verb is None:
        return mention
    words = verb.group("verb")
    # The last word is the verb itself, a past form ("rose", not "preferred shares", "extended to"), or a
    # bare verb after "will"; with the word before it the tense stays the same ("has set", "be published" differ).
    alone = orientation_from_text(words.rsplit(maxsplit=1)[-1], 0, 0)
    if orientation_from_text(words, 0, 0) is not found or alone is not (
        found if found is Orientation.PAST else Orientation.UNKNOWN
    ):
        return mention
    return attrs.evolve(mention, partial=attrs.evolve(mention.partial, clear_tense=True))


def resolve_mentions(
    mentions: Sequence[Mention], publication_date: object, orientation: object
) -> list[TimeExpression]:
    """Resolve mentions in text order, carrying the story's reference time forward.

    ``orientation`` maps a mention to the clause's :class:`~timeline.grammar.Orientation`.
    """
    from datetime import date

    assert publication_date is None or isinstance(publication_date, date)
    assert callable(orientation)
    orientations = [orientation(mention) for mention in mentions]
    ids = [f"t{number}" for number in range(1, len(mentions) + 1)]
    results = resolve_in_order(
        [m.partial for m in mentions], orientations, ids, [m.text for m in mentions], publication_date
    )
    return [
        TimeExpression(
            id=timex_id,
            text=mention.text,
            start=mention.start,
            end=mention.end,
            rule=mention.rule.name,
            **result.timex_fields(),
            partial={**mention.partial.to_dict(), "orientation": how.value},
        )
        for mention, how, timex_id, result in zip(mentions, orientations, ids, results, strict=True)
    ]


def resolve_in_order(
    partials: Sequence[PartialTime],
    orientations: Sequence[Orientation],
    ids: Sequence[str],
    texts: Sequence[str],
    publication_date: date | None,
    *,
    known: Mapping[int, Resolution] | None = None,
) -> list[Resolution]:
    """Resolve partial values in text order against ``publication_date``.

    The story's reference time moves with every bounded DATE or TIME that sets it, so narrative
    expressions ("two days later") count from the last time mentioned; a clock time marked
    ``day_from_next`` takes the day of the expression after it. Re-anchoring calls this too, so
    a stored timeline resolves exactly as the text did. ``known`` holds results already computed
    against this publication date for expressions whose value reads no reference time (such as
    :data:`~timeline.resolver.resolve.CONTEXT_FREE_KINDS`), so a caller resolving against many
    dates computes them once.
    """
    reference: Reference | None = None
    day_reference: Reference | None = None  # the last one of a day or finer
    clock_reference: Reference | None = None  # the last clock time on a known day, since the reference
    since: Reference | None = None  # the last time after "since", since the reference
    events_day: Reference | None = None  # the last day of a day or finer that dates no saying or publishing
    news_day: Reference | None = None  # the last day of a day or finer within a week of publication
    told = False  # whether the reference dates a saying or publishing ("the company said on Friday")
    told_prospect = False  # whether the reference is a prospect in what was said ("would ... on Friday")
    story: Reference | None = None  # then, the reference before it, which narrative offsets count from
    results: list[Resolution | None] = [None] * len(partials)
    if known:
        for i, resolution in known.items():
            results[i] = resolution
    for i, partial in enumerate(partials):
        result = results[i]
        if result is None:
            context = ResolutionContext(
                publication_date=publication_date,
                reference=reference,
                orientation=orientations[i],
                day_reference=day_reference,
                clock_reference=clock_reference,
                since=since,
                reference_tells=told,
            )
            if told_prospect and story is not None and _counts_from_the_story(partial):
                # "said his forces would observe a pause on Friday. Two weeks earlier, ...": from the saying's time
                context = attrs.evolve(context, reference=story, day_reference=story)
            told_on = None
            if (
                partial.from_the_saying
                and told
                and reference is not None
                and reference.timex_id == ids[i - 1]
                and reference.interval.start is not None
            ):
                # "On Monday, he said Congress would pass a bill by Friday": the Friday after that Monday
                told_on = reference
                context = attrs.evolve(context, publication_date=reference.interval.start.date())
            if told and events_day is not None and _reads_the_day(partial) and _days_before(events_day, reference):
                # "took websites offline on Sunday, the company said in a report published early Monday.
                # ... pushed an update at 13:02 UTC": the clock time is of the story's events, on Sunday
                told_on = context.reference
                context = attrs.evolve(context, reference=events_day, day_reference=events_day, reference_tells=False)
            if (
                news_day is not None
                and _reads_the_day(partial)
                and partial.kind == "clock"
                and not partial.day_in_its_sentence
                and _in_the_background(context.reference, publication_date)
            ):
                # "found guilty on Friday ... was arrested on 14 December 2022, two days before the
                # planned attack. The jury deliberated ... before returning its verdict at 3:45 p.m.":
                # a day of the background, far from publication, in another sentence, holds no clock
                # time of the story's; the story's last day near publication does
                context = attrs.evolve(context, reference=news_day, day_reference=news_day, clock_reference=None)
            if partial.day_from_next and i + 1 < len(partials):
                day = resolve(partials[i + 1], attrs.evolve(context, orientation=orientations[i + 1]))
                results[i + 1] = day
                if _can_be_reference(day):
                    context = attrs.evolve(
                        context,
                        reference=_reference_to(day, ids[i + 1], texts[i + 1]),
                        clock_reference=None,  # "10:35 a.m. (0735 GMT) Friday": the day after it is nearer
                    )
            result = resolve(partial, context)
            if partial.from_the_saying and told_on is not None:
                why = f"{result.explanation}, counted from {told_on.text!r} ({told_on.value}), a saying"
                result = attrs.evolve(result, explanation=why, anchor=told_on.as_anchor())
            elif told_on is not None and events_day is not None and result.anchor.timex_id == events_day.timex_id:
                why = f"{result.explanation}; {told_on.text!r} dates a telling, not events"
                result = attrs.evolve(result, explanation=why)
            results[i] = result
        # "for the quarter ended Sept. 30": the day dates the quarter, which stays the story's time
        ends_period = partial.period_end and reference is not None and reference.timex_id == ids[i - 1]
        if _can_be_reference(result) and not ends_period and not partial.after_since:
            assert result.interval is not None
            if partial.prospect:  # "said his forces would observe a pause on Friday": the story stays where it was
                story = story if told_prospect else reference
            told_prospect = partial.prospect
            reference = _reference_to(result, ids[i], texts[i])
            clock_reference = _clock_of_the_day(clock_reference, partial, result)
            since = None
            told = partial.dates_a_telling
            if result.interval.granularity.rank <= Granularity.DAY.rank:
                day_reference = reference
                if _near_publication(reference, publication_date):
                    news_day = reference
                if not told:
                    events_day = reference
        elif partial.after_since and _can_be_reference(result):
            since = _reference_to(result, ids[i], texts[i])
        elif _is_clock_on_a_day(partial, result):
            clock_reference = _reference_to(result, ids[i], texts[i])
            if _moves_to_its_day(partial):
                # "picked up a heat signature at about 7:40 a.m. Thursday. ... two days earlier": the
                # day it names is where the story is, as "on Thursday" would be
                reference = day_reference = _day_of(clock_reference)
                if _near_publication(reference, publication_date):
                    news_day = reference
                told = partial.dates_a_telling
                if not told:
                    events_day = reference
        elif reference is not None and _is_year_to_date(partial):
            reference = _year_of(reference, ids[i], texts[i])
    return [r for r in results if r is not None]


def _moves_to_its_day(partial: PartialTime) -> bool:
    """A clock time that names its own day ("at about 7:40 a.m. Thursday", "3 p.m. on Oct. 2"), no
    day of a thing named or after "since": the story moves to that day."""
    return (
        partial.kind == "clock"
        and (partial.weekday is not None or partial.day is not None)
        and not partial.names_a_thing
        and not partial.after_since
        and not partial.prospect
    )


def _day_of(clock: Reference) -> Reference:
    """The day a clock time is on, as a reference of its own."""
    assert clock.interval.start is not None
    day = clock.interval.start.date()
    return attrs.evolve(clock, interval=calendar.day_interval(day), value=day.isoformat())


def _reference_to(result: Resolution, timex_id: str, text: str) -> Reference:
    """The time a resolved expression gives the story to count from (one with an interval and a value)."""
    assert result.interval is not None and result.value is not None
    return Reference(interval=result.interval, value=result.value, timex_id=timex_id, text=text)


#: How many days before a telling the day of the events it tells of may lie for a clock time to
#: take it (a week: "took websites offline on Sunday, the company said ... early Monday").
_EVENTS_DAY_REACH = 7


def _days_before(events_day: Reference, told: Reference | None) -> bool:
    """Whether the day of the events lies within a week before the day of the telling: "Organizers
    said on Friday morning that the after-party ran until 2 a.m.", after "Last year's ceremony,
    held on 19 February 2023": a day of another story is no day of what is told now."""
    if told is None or told.interval.start is None or events_day.interval.start is None:
        return False
    gap = (told.interval.start.date() - events_day.interval.start.date()).days
    return 0 <= gap <= _EVENTS_DAY_REACH


#: How far from publication a day is the story's news (a week), and beyond how many days (a month)
#: a day is its background, which a clock time in another sentence is not on.
_NEWS_DAY_REACH = 7
_BACKGROUND_DAYS = 31


def _days_from_publication(reference: Reference, publication_date: date | None) -> int | None:
    if publication_date is None or reference.interval.start is None:
        return None
    return abs((reference.interval.start.date() - publication_date).days)


def _near_publication(reference: Reference, publication_date: date | None) -> bool:
    days = _days_from_publication(reference, publication_date)
    return days is not None and days <= _NEWS_DAY_REACH


def _in_the_background(reference: Reference | None, publication_date: date | None) -> bool:
    """Whether the story's time is a day more than a month from publication (a coarser time leaves
    a clock time on the publication date)."""
    if reference is None or reference.interval.granularity.rank > Granularity.DAY.rank:
        return False
    days = _days_from_publication(reference, publication_date)
    return days is not None and days > _BACKGROUND_DAYS


def _counts_from_the_story(partial: PartialTime) -> bool:
    """An offset from the story's time ("two weeks earlier", "the next day"), which a prospect in
    what was said does not move; a clock time or part of the day ("at 4 in the morning", "that
    same day") still takes the last day named; nor a comparison, dated by its own clause ("would be
    completed in fiscal 2026, a year later than planned": 2026)."""
    return partial.kind == "narrative_offset" and partial.amount != 0 and not partial.compared


def _clock_of_the_day(clock: Reference | None, partial: PartialTime, result: Resolution) -> Reference | None:
    """ "failed at about 4:20 a.m. on Thursday ... 40 minutes later": the day named with a clock
    time is that time's own day, which leaves the clock time the one minutes count from; any
    other time the story moves to ends it."""
    if clock is None or not partial.day_of_a_clock or clock.interval.start is None or result.interval is None:
        return None
    start = result.interval.start
    return clock if start is not None and start.date() == clock.interval.start.date() else None


def _reads_the_day(partial: PartialTime) -> bool:
    """A clock time or a part of the day that takes the day the story is at ("at 13:02 UTC", "in
    the afternoon"), naming none of its own."""
    if partial.kind == "clock":
        return partial.amount is None and partial.weekday is None and partial.day is None
    return partial.kind == "narrative_offset" and partial.part_of_day is not None and partial.amount == 0


def _is_clock_on_a_day(partial: PartialTime, result: Resolution) -> bool:
    """A clock time resolved on a day ("12:20 a.m. Sunday"), which "ten minutes later" counts from."""
    return (
        partial.kind == "clock"
        and result.interval is not None
        and result.interval.start is not None
        and result.value is not None
        and result.interval.granularity.rank < Granularity.DAY.rank
    )


def _is_year_to_date(partial: PartialTime) -> bool:
    """ "the first nine months", "the nine months": a definite span of months within a year, which
    is no calendar unit; "a year earlier" after it compares with the same months of the year
    before, written as that year (TimeBank), not as the quarter mentioned before it."""
    return (
        partial.kind == "duration"
        and partial.unit == "month"
        and isinstance(partial.amount, int | float)
        and 4 <= partial.amount <= 11
        and partial.definite
    )


def _year_of(reference: Reference, timex_id: str, text: str) -> Reference:
    start = reference.interval.start
    if start is None or reference.interval.granularity.rank >= Granularity.YEAR.rank:
        return reference
    interval = calendar.year_interval(start.year)
    return Reference(
        interval=interval, value=calendar.timex_value(interval), timex_id=timex_id, text=text, of_a_span=True
    )


def resets_reference(partial: PartialTime, result: Resolution) -> bool:
    """Whether :func:`resolve_in_order` makes ``result`` the story's reference time whatever the
    reference before it: it can be one, and it is not the day a period just named ends on ("for
    the quarter ended *Sept. 30*"), which leaves that period the reference; and it is a day or
    finer, so it is also the last day mentioned, which "two days later" counts from when a
    coarser time follows; and it follows no "since" and dates no saying; and it is a day read from
    publication within a week of it, the story's news day (see :func:`_in_the_background`). A
    caller may start the loop at such an expression and get the same results after it."""
    return (
        _can_be_reference(result)
        and not partial.period_end
        and not partial.after_since
        and not partial.prospect
        and not partial.dates_a_telling  # the loop also keeps the last day of the events from before it
        and not partial.day_of_a_clock  # the loop keeps the clock time before it
        and result.interval is not None
        and result.interval.granularity.rank <= Granularity.DAY.rank
        and _the_news_day(result)  # the loop keeps the last such day for a clock time after a far one
    )


def _the_news_day(result: Resolution) -> bool:
    """Whether a day read from publication lies within a week of it, so that it is the story's
    news day however the story went before (a date of its own, "14 December 2022", may be far)."""
    anchor = result.anchor
    if anchor.kind is not AnchorKind.PUBLICATION_DATE or anchor.value is None or result.interval is None:
        return False
    start = result.interval.start
    if start is None:
        return False
    return abs((start.date() - date.fromisoformat(anchor.value)).days) <= _NEWS_DAY_REACH


def keeps_reference(partial: PartialTime, result: Resolution) -> bool:
    """Whether :func:`resolve_in_order` leaves the story's reference time as it was after
    ``result``, whatever that was: it can be no reference and is no span of months ("the nine
    months") that moves the reference to its year (the partial value says whether the span is a
    definite one), or it follows "since" (a span up to now, no time the story moves to)."""
    return (
        (not _can_be_reference(result) or partial.after_since)
        and not _is_year_to_date(partial)
        and not (_moves_to_its_day(partial) and _is_clock_on_a_day(partial, result))
    )


def _can_be_reference(result: Resolution) -> bool:
    return (
        result.sets_reference
        and result.interval is not None
        and result.value is not None
        and result.interval.is_bounded
        and result.type in (TimexType.DATE, TimexType.TIME)
    )
