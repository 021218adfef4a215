"""Timelines without a known publication date.

:func:`extract` is what :class:`~timeline.pipeline.Pipeline` runs: a caller's date always wins;
without one, :func:`timeline.dateline.detect_publication_date` is tried and an exact date it
finds anchors the timeline (the :class:`~timeline.model.PublicationDateSource` says where it was
read and how sure that is). A copyright year only bounds the date: it is kept as a weak
constraint and never anchored to.

With no date at all the timeline is **relative**. Each time expression is resolved in text
order from its stored partial value; one whose value changes with the publication date is
reckoned from an unknown publication day and described by a
:class:`~timeline.model.RelativeTime`: day offsets from publication over every possible
publication date (a past "Friday" is -6..0), the calendar-unit offset when the words fix one
("last week": week -1) and a label ("the week before publication"). Expressions that need no
anchor ("Oct. 7, 2023") stay absolute. No date stands in for publication in the output: relative
times carry no value and an unbounded interval.

Ordering needs one assumption the text may not settle, the publication weekday: the weekday
mentions are kept as close to publication as they can be (the smallest spread back and forward
from publication; ties go to the weekday mentioned first, news ledes reporting the latest day).
The timeline's ``assumptions`` name the weekday assumed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from timeline.calendar import WEEKDAY_NAMES, Granularity, Interval
from timeline.dateline import PublicationDateGuess, detect_publication_date
from timeline.model import (
    Anchor,
    AnchorKind,
    EventTime,
    Placement,
    PublicationDateSource,
    RelativeTime,
    TemporalLink,
    TextSpan,
    TimeExpression,
    Timeline,
    TimelineEntry,
)
from timeline.nlp import sharing_columns
from timeline.reanchor import given_source, resolve_times, run_with_replay, stored_values

if TYPE_CHECKING:
    from timeline.pipeline import Document, Pipeline

__all__ = ["RELATIVE_TIMELINE", "extract", "relative_times", "source_from_guess"]

RELATIVE_TIMELINE = (
    "no publication date was given or found in the text: times reckoned from publication are given "
    "relative to the publication day (see each time's 'relative'); full dates stay absolute"
)

#: Publication dates tried to find how far from publication a relative expression may lie:
#: two years, one of them a leap year, so every weekday, month length and year length occurs.
_SAMPLE_START = date(2023, 1, 2)
_SAMPLE_DAYS = 731
#: Shifts of the publication date (whole weeks, so the weekday stays) that tell an expression
#: that depends on the publication date from one that does not.
_SHIFTS = (timedelta(weeks=52), timedelta(weeks=5218))
#: Where the internal working date goes when the text bounds the publication date in no way.
_NEUTRAL_START = date(2001, 1, 1)
#: The latest working date (a week of room before the end of the calendar).
_LATEST_FLOOR = date(9999, 12, 20)
_UNBOUNDED = Interval(start=None, end=None, granularity=Granularity.UNBOUNDED)
_UNIT_NAMES = {
    Granularity.DAY: "day",
    Granularity.WEEKEND: "weekend",
    Granularity.WEEK: "week",
    Granularity.MONTH: "month",
    Granularity.QUARTER: "quarter",
    Granularity.YEAR: "year",
}


def source_from_guess(guess: PublicationDateGuess) -> PublicationDateSource:
    """The timeline's record of a date read from the text."""
    explanation = guess.explanation
    if not guess.is_exact:
        explanation += "; a weak constraint only: the timeline is not anchored to it"
    return PublicationDateSource(
        method=guess.method.value,
        date=guess.date,
        earliest=guess.earliest,
        latest=guess.latest,
        evidence=TextSpan(text=guess.text, start=guess.start, end=guess.end),
        confidence=guess.confidence,
        explanation=explanation,
    )


def extract(pipeline: Pipeline, document: Document) -> Timeline:
    """The timeline of a prepared document, finding the publication date in the text if needed."""
    with sharing_columns(document.parse):  # the stages read the parse's columns once
        return _extract(pipeline, document)


def _extract(pipeline: Pipeline, document: Document) -> Timeline:
    if document.publication_date is not None:
        return _anchored(pipeline, document, given_source(document.publication_date), ())
    guess = detect_publication_date(document.text) if document.text.strip() else None
    if guess is not None and guess.is_exact:
        source = source_from_guess(guess)
        note = (
            f"publication date {guess.date} read from the text ({guess.method.value}, "
            f"confidence {guess.confidence:.2f}): {guess.explanation}"
        )
        return _anchored(pipeline, attrs.evolve(document, publication_date=guess.date), source, (note,))
    weak = source_from_guess(guess) if guess is not None else None
    return _relative(pipeline, document, weak)


def _stages(pipeline: Pipeline, document: Document) -> tuple[list[TimeExpression], list[Any]]:
    if not document.text.strip():
        return [], []
    return list(pipeline.resolver(document)), list(pipeline.detector(document))


def _anchored(
    pipeline: Pipeline, document: Document, source: PublicationDateSource, notes: tuple[str, ...]
) -> Timeline:
    times, events = _stages(pipeline, document)
    timeline = run_with_replay(pipeline, document, times, events)
    return attrs.evolve(timeline, publication_date_source=source, assumptions=(*notes, *timeline.assumptions))


# --- the relative timeline ---------------------------------------------------------------------------
def _relative(pipeline: Pipeline, document: Document, weak: PublicationDateSource | None) -> Timeline:
    times, events = _stages(pipeline, document)
    notes: list[str] = []
    if weak is not None:
        notes.append(
            f"the text bounds the publication date to {weak.earliest}..{weak.latest} "
            f'({weak.method}, "{weak.evidence.text if weak.evidence else ""}"); not used as an anchor'
        )
    if not times or any(t.partial is None for t in times):
        # Nothing to reckon from publication, or a resolver that keeps no partial values.
        timeline = run_with_replay(pipeline, document, times, events)
        return attrs.evolve(timeline, publication_date_source=weak, assumptions=(*timeline.assumptions, *notes))
    relative = relative_times(times, notes=notes)
    weekday = _assumed_weekday(times, relative)
    working = _working_date(times, relative, weekday, weak)
    resolved = resolve_times(times, working)
    timeline = run_with_replay(pipeline, attrs.evolve(document, publication_date=working), resolved, events)
    if weekday is not None:
        named = sorted(
            {
                WEEKDAY_NAMES[t.partial["weekday"]]
                for t in times
                if t.partial is not None and t.id in relative and t.partial.get("kind") == "weekday"
            }
        )
        assumed = WEEKDAY_NAMES[weekday]
        notes.append(
            f"the publication weekday is unknown: events are ordered as if it were a {assumed}, "
            f"which keeps the weekdays mentioned ({', '.join(named)}) closest to publication"
        )
    return _symbolic(timeline, relative, working, weak, (RELATIVE_TIMELINE, *notes))


def relative_times(
    times: Sequence[TimeExpression], *, notes: list[str] | None = None, budget: int | None = None
) -> dict[str, RelativeTime]:
    """Expression id -> where it lies relative to publication, for those that depend on it.

    What the two years of sample publication dates (:data:`_SAMPLE_DAYS`) give, resolving each
    expression as :func:`~timeline.reanchor.resolve_times` does (the resolver's own loop, in text
    order), with less work and the same results:

    - the stored values are read once, and an expression of a kind that reads no context
      (:data:`~timeline.resolver.resolve.CONTEXT_FREE_KINDS`) is resolved once;
    - an expression that reads no reference time
      (:func:`~timeline.resolver.resolve.reads_reference`) gets the same value alone as in the
      loop, so it is resolved alone, and once for all the expressions with the same words and
      orientation; when it reads the publication date only through its weekday and whole-day
      shifts (:func:`_weekly`), publication a week later moves its value by exactly a week: its
      offsets repeat every seven days, and the first seven sample days give every value (and
      the first sample) the two years give; when it reads only the publication month
      (:func:`_monthly`), its value is the same all month, so the first and last sample day of
      each month give every bound (and the first sample) the two years give;
    - the others run the loop, in groups: each group starts at the last expression before it
      that reads no reference time and sets it on every sample date (what came before is then
      forgotten) and ends after its last member (and the expression a ``day_from_next`` clock
      time reads). Groups with the same words give the same results and are run once; a group
      made only of expressions that move by whole days and weeks with publication (:func:`_weekly`
      and :func:`_weekly_chained`; others that leave the reference time alone may come between)
      repeats every seven days, so its first seven sample days give every value.

    A text can still hold more groups of expressions read against other times than can be run
    over every sample date in the time its parse takes. Past ``budget`` resolutions (by default
    :data:`_BUDGET_PER_CHARACTER` per character of the text up to the last expression, at least
    :data:`_MIN_BUDGET`), the groups that do not repeat weekly are run over fewer sample dates:
    every weekday and the first and last day of each month, then only the first seven days. Their
    offsets may then be narrower than over every date, and a sentence saying so is appended to
    ``notes``.
    """
    from timeline.resolver import keeps_reference, resets_reference, resolve_in_order
    from timeline.resolver.resolve import CONTEXT_FREE_KINDS, ResolutionContext, reads_reference, resolve

    partials, orientations, ids, texts = stored_values(times)
    count = len(partials)
    known = {
        i: resolve(p, ResolutionContext(publication_date=None, reference=None))
        for i, p in enumerate(partials)
        if p.kind in CONTEXT_FREE_KINDS
    }

    def loop(published: date, start: int, stop: int) -> list[Any]:
        """The resolver's loop over the expressions ``start`` to ``stop`` (excluded)."""
        fixed = {j - start: known[j] for j in range(start, stop) if j in known}
        return resolve_in_order(
            partials[start:stop], orientations[start:stop], ids[start:stop], texts[start:stop], published, known=fixed
        )

    # Which expressions change with the publication date (see _SHIFTS).
    base = loop(_SAMPLE_START, 0, count)
    depends = {i for i, a in enumerate(base) if a.anchor.kind is AnchorKind.PUBLICATION_DATE}
    for shift in _SHIFTS:
        for i, (a, b) in enumerate(zip(base, loop(_SAMPLE_START + shift, 0, count), strict=True)):
            if (a.value, a.interval) != (b.value, b.interval):
                depends.add(i)
    if not depends:
        return {}
    chained = [i for i in sorted(depends) if reads_reference(partials[i])]
    # The same words in the same orientation give the same results: one number per distinct pair,
    # and per distinct text for the loop (which reads the words of "the nine months").
    words: dict[tuple[Any, ...], int] = {}
    free_key = [words.setdefault((p, o), len(words)) for p, o in zip(partials, orientations, strict=True)]
    texts_seen: dict[tuple[Any, ...], int] = {}
    loop_key = [texts_seen.setdefault((k, t), len(texts_seen)) for k, t in zip(free_key, texts, strict=True)]

    # Expressions that read no reference time: their samples, and whether they set it every day.
    bounds: dict[int, list[Sample]] = {}
    always_resets = [j in known and resets_reference(partials[j], known[j]) for j in range(count)]
    by_words: dict[int, tuple[list[Sample], bool]] = {}
    for j, partial in enumerate(partials):
        if j in known or reads_reference(partial):
            continue
        if j not in depends:
            always_resets[j] = resets_reference(partial, base[j])
            continue
        found = by_words.get(free_key[j])
        if found is None:
            samples: list[Sample] = []
            resets = True
            for k in _WEEK if _weekly(partial) else _MONTH_EDGES if _monthly(partial) else _EVERY_DAY:
                published = _SAMPLE_START + timedelta(days=k)
                result = resolve(
                    partial, ResolutionContext(publication_date=published, reference=None, orientation=orientations[j])
                )
                resets = resets and resets_reference(partial, result)
                if result.interval is not None:
                    samples.append(_offsets(result.interval, published))
            found = by_words[free_key[j]] = (samples, resets)
        bounds[j], always_resets[j] = found

    # The groups of the loop (first, stop, members), the same words run once.
    groups: dict[int, tuple[int, list[int]]] = {}
    previous, start = -1, 0
    for i in chained:
        start = next(
            (j for j in range(i - 1, previous, -1) if always_resets[j] and not reads_reference(partials[j])), start
        )
        previous = i
        stop = min(count, i + 2 if partials[i].day_from_next else i + 1)
        last, members = groups.setdefault(start, (stop, []))
        members.append(i)
        groups[start] = (max(last, stop), members)
    distinct: dict[tuple[Any, ...], tuple[int, int, list[int]]] = {}
    members_of: dict[tuple[Any, ...], list[list[int]]] = {}
    for first, (stop, members) in groups.items():
        key = (tuple(loop_key[first:stop]), tuple(m - first for m in members))
        distinct.setdefault(key, (first, stop, members))
        members_of.setdefault(key, []).append(members)

    def weekly_member(j: int) -> bool:
        partial = partials[j]
        if j in known:
            return keeps_reference(partial, known[j])
        return _weekly_chained(partial) if reads_reference(partial) else _weekly(partial)

    weekly = {key: all(weekly_member(j) for j in range(first, stop)) for key, (first, stop, _) in distinct.items()}
    days: Sequence[int] = _EVERY_DAY
    if budget is None:
        budget = max(_MIN_BUDGET, _BUDGET_PER_CHARACTER * max(t.end for t in times))
    work = sum(stop - first for key, (first, stop, _) in distinct.items() if not weekly[key])
    for fewer in (_EVERY_DAY, _WEEK_AND_MONTH_EDGES, _WEEK):
        days = fewer
        if work * len(days) <= budget:
            break
    if days is not _EVERY_DAY and notes is not None:
        notes.append(
            f"the text has many times counted from other times ({len(chained)}): where they lie relative to "
            f"publication was worked out over {len(days)} sample publication dates, not all {_SAMPLE_DAYS}, "
            "so some ranges may be narrower than every date would give"
        )
    for key, (first, stop, members) in distinct.items():
        found_samples: dict[int, list[Sample]] = {i: [] for i in members}
        for k in _WEEK if weekly[key] else days:
            published = _SAMPLE_START + timedelta(days=k)
            results = loop(published, first, stop)
            for i in members:
                interval = results[i - first].interval
                if interval is not None:
                    found_samples[i].append(_offsets(interval, published))
        for same in members_of[key]:
            for i, j in zip(members, same, strict=True):
                bounds[j] = found_samples[i]
    summaries: dict[tuple[int, str], RelativeTime] = {}  # expressions sharing their samples and words
    out: dict[str, RelativeTime] = {}
    for i, samples in sorted(bounds.items()):
        if samples:
            shared = (id(samples), texts[i])
            found_summary = summaries.get(shared)
            if found_summary is None:
                found_summary = summaries[shared] = summary_of(times[i], samples)
            out[ids[i]] = found_summary
    return out


#: What one sample publication date gives an expression: day offsets of its first and last day,
#: its granularity and its calendar-unit offset (see :func:`_offsets`).
Sample = tuple[int | None, int | None, Granularity, int | None]


def summary_of(timex: TimeExpression, samples: Sequence[Sample]) -> RelativeTime:
    """Where ``timex`` lies relative to publication over the sample dates: the widest day offsets,
    and the calendar-unit offset when every sample gives the same one."""
    starts, ends = [s[0] for s in samples], [s[1] for s in samples]
    earliest = None if any(s is None for s in starts) else min(s for s in starts if s is not None)
    latest = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
    units = {(s[2], s[3]) for s in samples}
    granularity, offset = next(iter(units)) if len(units) == 1 else (samples[0][2], None)
    unit = _UNIT_NAMES.get(granularity, granularity.value)
    label = _label(timex, earliest, latest, granularity, offset)
    return RelativeTime(label=label, earliest_days=earliest, latest_days=latest, unit=unit, offset=offset)


_EVERY_DAY = range(_SAMPLE_DAYS)
_WEEK = range(7)
#: The first and the last sample day of each calendar month (indices into the sample days).
_MONTH_EDGES = sorted(
    {k for k in (0, _SAMPLE_DAYS - 1)}
    | {k for k in range(1, _SAMPLE_DAYS) if (_SAMPLE_START + timedelta(days=k)).day == 1}
    | {k - 1 for k in range(1, _SAMPLE_DAYS) if (_SAMPLE_START + timedelta(days=k)).day == 1}
)
#: Fewer sample days for a text with too many groups of the loop to run over every day: every
#: weekday, and the first and last day of each month.
_WEEK_AND_MONTH_EDGES = sorted(set(_WEEK) | set(_MONTH_EDGES))
#: Resolutions :func:`relative_times` may spend on groups of the loop per character of text (a
#: resolution costs about as much as spaCy's parse of a character; ordinary news needs far less:
#: 0.11 per character on 300 KB of TimeBank and AQUAINT), and at least.
_BUDGET_PER_CHARACTER = 2
_MIN_BUDGET = 50_000
#: Units an "ago"/"from now" offset moves whole days or weeks by (months and years vary in length).
_WEEKLY_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight"})


def _weekly(partial: Any) -> bool:
    """Whether resolving ``partial``, which reads no reference time, reads of the publication date
    only its weekday and whole-day shifts: a weekday name, "yesterday", "now", "three days ago",
    "last week", "the weekend" (the handlers of timeline.resolver.resolve shift the publication
    day by days or weeks and look at its weekday, never at its month or year)."""
    kind = partial.kind
    if kind in ("weekday", "named_day", "reference"):
        return True
    if kind == "relative_unit":
        return partial.unit in _WEEKLY_UNITS or partial.unit == "weekend"
    return kind == "offset" and partial.unit in _WEEKLY_UNITS


def _weekly_chained(partial: Any) -> bool:
    """Whether resolving ``partial``, which may read the reference time, moves its value by exactly
    a week when the reference time and the publication date move by a week: "two days later",
    "hours later", "the next day", "the following Monday", "that week", a clock time with no month
    and day of its own (the handlers of timeline.resolver.resolve shift the reference day by days
    or weeks, or take its day or a weekday near it; "5 p.m. Nov. 9" picks the year of its date)."""
    kind = partial.kind
    if kind == "clock":
        return partial.month is None
    if kind == "weekday":
        return True
    if kind in ("narrative_offset", "relative_unit"):
        return partial.unit in _WEEKLY_UNITS or partial.unit == "weekend"
    return False


def _monthly(partial: Any) -> bool:
    """Whether resolving ``partial``, which reads no reference time, reads of the publication date
    only its month and year: a month name, "the fourth quarter", "the '90s", "last month", "two
    quarters ago" (the handlers of timeline.resolver.resolve compare the month's first day, or
    move by whole months and keep the month, quarter or year they land in)."""
    kind = partial.kind
    if kind in ("month", "unit_of_year", "decade"):
        return True
    if kind == "relative_unit":  # not "the quarter ended July 31", which compares the day it ended
        return partial.direction is not None and partial.unit in ("month", "quarter", "year") and partial.day is None
    return (
        kind == "offset"
        and partial.unit in ("month", "quarter")
        and isinstance(partial.amount, int | float)
        and not partial.part_of_day
    )


def _offsets(interval: Interval, published: date) -> tuple[int | None, int | None, Granularity, int | None]:
    """Day offsets of the first and last day, the granularity and the calendar-unit offset."""
    first = None if interval.start is None else (interval.start.date() - published).days
    last = None if interval.end is None else ((interval.end - timedelta(microseconds=1)).date() - published).days
    return first, last, interval.granularity, _unit_offset(interval, published)


def _unit_offset(interval: Interval, published: date) -> int | None:
    if interval.start is None or interval.end is None:
        return None
    start, g = interval.start.date(), interval.granularity
    if g.rank <= Granularity.DAY.rank:
        return (start - published).days
    if g in (Granularity.WEEK, Granularity.WEEKEND):
        return ((start - timedelta(days=start.weekday())) - (published - timedelta(days=published.weekday()))).days // 7
    if g is Granularity.MONTH:
        return (start.year * 12 + start.month) - (published.year * 12 + published.month)
    if g is Granularity.QUARTER:
        return (start.year * 4 + (start.month - 1) // 3) - (published.year * 4 + (published.month - 1) // 3)
    if g is Granularity.YEAR:
        return start.year - published.year
    return None


def _fixed_label(unit: str, offset: int) -> str:
    if unit == "day":
        if offset == 0:
            return "the publication day"
        if abs(offset) == 1:
            return f"the day {'before' if offset < 0 else 'after'} publication"
        return f"{abs(offset)} days {'before' if offset < 0 else 'after'} publication"
    if offset == 0:
        return f"the {unit} of publication"
    if abs(offset) == 1:
        return f"the {unit} {'before' if offset < 0 else 'after'} publication"
    return f"{abs(offset)} {unit}s {'before' if offset < 0 else 'after'} publication"


def _span_phrase(earliest: int | None, latest: int | None) -> str:
    if earliest is None and latest is None:
        return "at an unknown distance from publication"
    if earliest is None:
        assert latest is not None
        return "on or before publication" if latest == 0 else f"no later than {_fixed_label('day', latest)}"
    if latest is None:
        return "on or after publication" if earliest == 0 else f"no earlier than {_fixed_label('day', earliest)}"
    if latest <= 0:
        head = "on or before publication" if latest == 0 else "before publication"
        return f"{head}, within the {'week' if earliest >= -7 else f'{-earliest} days'} before"
    if earliest >= 0:
        head = "on or after publication" if earliest == 0 else "after publication"
        return f"{head}, within the {'week' if latest <= 7 else f'{latest} days'} after"
    return f"between {-earliest} days before and {latest} days after publication"


def _label(
    timex: TimeExpression, earliest: int | None, latest: int | None, granularity: Granularity, offset: int | None
) -> str:
    unit = _UNIT_NAMES.get(granularity)
    if offset is not None and unit is not None:
        label = _fixed_label(unit, offset)
        if granularity.rank < Granularity.DAY.rank:
            label += f' ("{timex.text}")'
        return label
    partial = timex.partial or {}
    if partial.get("kind") == "weekday" and "weekday" in partial:
        return f"a {WEEKDAY_NAMES[partial['weekday']]} {_span_phrase(earliest, latest)}"
    return f'"{timex.text}" {_span_phrase(earliest, latest)}'


def _assumed_weekday(times: Sequence[TimeExpression], relative: dict[str, RelativeTime]) -> int | None:
    """The publication weekday that keeps the weekday mentions closest to publication."""
    mentions = [
        (t.partial["weekday"], t.partial.get("orientation", "unknown"), t.partial.get("direction"))
        for t in times
        if t.partial is not None and t.id in relative and t.partial.get("kind") == "weekday" and "weekday" in t.partial
    ]
    if not mentions:
        return None

    def cost(p: int) -> tuple[int, int, int]:
        offsets = []
        for w, orientation, direction in mentions:
            back, ahead = (p - w) % 7, (w - p) % 7
            if direction == -1 or (direction is None and orientation == "past"):
                offsets.append(back)
            elif direction == 1 or (direction is None and orientation == "future"):
                offsets.append(ahead)
            else:
                offsets.append(min(back, ahead))
        return max(offsets), sum(offsets), offsets[0]

    return min(range(7), key=lambda p: (cost(p), p))


def _working_date(
    times: Sequence[TimeExpression],
    relative: dict[str, RelativeTime],
    weekday: int | None,
    weak: PublicationDateSource | None,
) -> date:
    """An internal date to resolve and order against: late enough that whatever is reckoned
    from publication falls after every full date the text states, inside the weak constraint
    when there is one, on the assumed weekday. It never reaches the output: everything
    reckoned from it is rewritten relative to publication."""
    floor = _NEUTRAL_START
    # A month or year may hold the publication date itself: not one the weak constraint reaches
    # into ("© 2024" is the publication year, not a year before it).
    latest = weak.latest if weak is not None and weak.latest is not None else None
    stated = [
        t.interval.end
        for t in times
        if t.id not in relative
        and t.interval is not None
        and t.interval.end is not None
        and t.interval.is_bounded
        and (
            t.interval.granularity.rank <= Granularity.DAY.rank
            or (
                t.interval.granularity.rank <= Granularity.YEAR.rank
                and (latest is None or t.interval.end.date() <= latest)
            )
        )
    ]
    if stated:
        # Full dates come before everything reckoned from publication: news states older
        # events in full and recent ones relative to the day it appears.
        reach = max([0, *(-r.earliest_days for r in relative.values() if r.earliest_days is not None)])
        last = (max(stated) - timedelta(microseconds=1)).date()
        floor = last + timedelta(days=reach + 1) if last < _LATEST_FLOOR - timedelta(days=reach + 1) else _LATEST_FLOOR
    if weak is not None and weak.earliest is not None and (not stated or weak.earliest > floor):
        floor = weak.earliest
    floor = min(floor, _LATEST_FLOOR)
    if weekday is None:
        return floor
    return floor + timedelta(days=(weekday - floor.weekday()) % 7)


def _symbolic(
    timeline: Timeline,
    relative: dict[str, RelativeTime],
    working: date,
    weak: PublicationDateSource | None,
    notes: tuple[str, ...],
) -> Timeline:
    """Rewrite everything reckoned from the working date relative to publication."""
    symbolic = Anchor(kind=AnchorKind.PUBLICATION_DATE, value=None, timex_id="t0")
    times: list[TimeExpression] = []
    by_id: dict[str, TimeExpression] = {}
    edges: dict[tuple[bool, datetime], RelativeTime] = {}  # (is start, bound) -> the relative time it bounds
    for timex in timeline.times:
        rel = relative.get(timex.id)
        if rel is not None:
            if timex.interval is not None:
                for is_start, bound in ((True, timex.interval.start), (False, timex.interval.end)):
                    if bound is not None:
                        edges.setdefault((is_start, bound), rel)
            reference = timex.anchor.kind is AnchorKind.REFERENCE_TIME
            anchor = attrs.evolve(timex.anchor, value=None) if reference else symbolic
            timex = attrs.evolve(
                timex,
                value=None,
                interval=None,
                anchor=anchor,
                relative=rel,
                explanation=f"reckoned from the unknown publication date: {rel.label}",
            )
        elif timex.anchor.kind is AnchorKind.PUBLICATION_DATE:
            timex = attrs.evolve(timex, anchor=symbolic, explanation="reckoned from the unknown publication date")
        elif timex.anchor.kind is AnchorKind.REFERENCE_TIME and timex.anchor.timex_id in relative:
            timex = attrs.evolve(timex, anchor=attrs.evolve(timex.anchor, value=None))
        times.append(timex)
        by_id[timex.id] = timex
    # Relative times lie on or after this day, every full date the text states before it (_working_date).
    reckoned_since = working + timedelta(
        days=min([0, *(r.earliest_days for r in relative.values() if r.earliest_days is not None)])
    )
    entries = tuple(_symbolic_entry(e, by_id, working, reckoned_since, edges) for e in timeline.entries)
    described = {e.event.id: e.time.describe() for e in entries}
    links = tuple(_symbolic_link(link, described) for link in timeline.links)
    return attrs.evolve(
        timeline,
        publication_date=None,
        times=tuple(times),
        entries=entries,
        links=links,
        assumptions=notes,
        publication_date_source=weak,
    )


def _symbolic_entry(
    entry: TimelineEntry,
    times: dict[str, TimeExpression],
    working: date,
    reckoned_since: date,
    edges: dict[tuple[bool, datetime], RelativeTime],
) -> TimelineEntry:
    time = entry.time
    timex = times.get(time.timex_id) if time.timex_id is not None else None
    interval = time.interval
    reckoned = time.timex_id is None and _reckoned(interval, reckoned_since)
    # An interval carried over from a relative time ("told ... last month" dates what was told
    # "on or before" its end): in the words of that time.
    carried = _carried_over(interval, edges) if reckoned else None
    if timex is not None and timex.relative is not None:
        rel = _open_sided(timex.relative, interval)
        when = f'"{timex.text}" ({rel.label})'
    elif carried is not None:
        rel = carried
        when = rel.label
    elif time.timex_id == "t0" or reckoned:
        first, last, _, _ = _offsets(interval, working)
        exact = first is not None and first == last
        label = _fixed_label("day", first) if exact and first is not None else _span_phrase(first, last)
        rel = RelativeTime(
            label=label,
            earliest_days=first,
            latest_days=last,
            unit="day",
            offset=first if first is not None and first == last else None,
        )
        if first is None and last == 0:
            rel = attrs.evolve(rel, label="on or before publication")
        when = rel.label
    else:
        return entry
    reason = {
        Placement.GOVERNING_TIMEX: f'{when} governs "{entry.event.text}"',
        Placement.INHERITED: f"depends on an event in the same sentence, placed {rel.label}",
        Placement.REFERENCE_TIME: f"past tense with no time of its own: the story's reference time, {when}",
        Placement.TENSE: f"{entry.event.tense.value.lower()} tense with no stated time: {rel.label}",
    }[entry.placement]
    return attrs.evolve(
        entry, time=EventTime(value=None, interval=_UNBOUNDED, timex_id=time.timex_id, relative=rel), reason=reason
    )


def _reckoned(interval: Interval, since: date) -> bool:
    """Whether an interval of no time expression was reckoned from the working date: a bounded
    end on or after the first day a relative time can denote."""
    return any(bound is not None and bound.date() > since for bound in (interval.start, interval.end))


def _carried_over(interval: Interval, edges: dict[tuple[bool, datetime], RelativeTime]) -> RelativeTime | None:
    """The relative time an interval of no time expression takes its bounds from, said as such."""
    start = edges.get((True, interval.start)) if interval.start is not None else None
    end = edges.get((False, interval.end)) if interval.end is not None else None
    if start is not None and end is not None:
        return start if start is end else None
    found = end if interval.start is None else start if interval.end is None else None
    return None if found is None else _open_sided(found, interval)


def _open_sided(rel: RelativeTime, interval: Interval) -> RelativeTime:
    """``rel`` as the interval takes it: "on or before" it when the interval has no start, "on or
    after" it when it has no end."""
    if interval.start is None and interval.end is not None:
        return RelativeTime(
            label=f"on or before {rel.label}", earliest_days=None, latest_days=rel.latest_days, unit=rel.unit
        )
    if interval.end is None and interval.start is not None:
        return RelativeTime(
            label=f"on or after {rel.label}", earliest_days=rel.earliest_days, latest_days=None, unit=rel.unit
        )
    return rel


def _symbolic_link(link: TemporalLink, described: dict[str, str]) -> TemporalLink:
    """The link's reason in words relative to publication (``described``: each event's time)."""
    source = described.get(link.source, link.source)
    if link.target == "t0":
        return attrs.evolve(link, reason=f"{source} against publication")
    target = described.get(link.target, link.target)
    return attrs.evolve(link, reason=f"{source} ends before {target} starts")
