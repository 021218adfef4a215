"""TLINKs from a placed timeline: what the placements, tense and the parse say about order.

Links are proposed most reliable first and kept in a :class:`~timeline.ordering.graph.PartialOrder`,
which refuses any link contradicting those already accepted, so the set written out is
transitively consistent:

1. **anchors** (kept, not repeated: TimeML output writes them from the entries): each placed
   event against the time it was placed at (``IS_INCLUDED`` a governing date, ``BEFORE`` the
   publication date for a past tense...);
2. **times** against each other and ``t0``, from their intervals: disjoint ones in order, equal
   ones SIMULTANEOUS, and a time inside a longer one included in the shortest that holds it
   ("*October 2025*" in "*2025*"; not the day of writing in a part said from it, "*later* this
   year"); "now" (``PRESENT_REF``) is no day: it includes the publication day;
3. **the parse, within a sentence**: an event within the duration or set that governs it ("talks
   *for three weeks*"); an event under "after"/"before"/"during"/"since"/"ahead of"/"prior to"
   and the event the phrase modifies; an event noun or a clause that caused it before it ("closed
   *because of* the strike", "damaged *by* the explosion", "rejected it *because* it was not
   financed"), one it came out of ("returned *from* the summit"), and what a verb of judging
   judges ("charged *in* the bombing", "arrested *for* the attack") and what a verb of responding
   answers ("*rejected* the offer", "*responded to* the attack"), and after it what a verb of
   causing brings about ("*provoked* violence", "*led to* arrests"); a condition before what
   depends on it ("will retaliate *if* they attack", and a present under "when" of a verb not in
   the past: "will become a bank *when* the merger is completed"); a verb within the event noun
   it happens in or at ("killed *in* the attack"), but a close ends the trading it closes
   ("*in* composite trading, shares *closed* at $21"); an event noun sought, planned or kept off by
   its verb after it ("demanded *his return*", "called for *talks*"); a
   clause under a verb of saying, thinking or wanting (a past event reported by "said" is before
   the saying, and so is one deeper in what it reports; a future or "would" one is after it; a
   present one is left alone: TempEval-3's corpora annotate it both ways); an infinitive of
   intention or purpose after its verb, but "to close"/"to end" hung on a change ends it ("fell 3%
   *to close* at 2,600"), and a perfect one is before a verb that does not look ahead ("is said *to
   have fled*"); a past participle adjunct before its verb ("*rated* single-A, the issue
   will be sold"); a past perfect under a simple past before it; a past
   adverbial clause under a past verb before it ("collapsed *because* the river flooded"),
   unless it goes on at once or is granted ("as", "while", "although"); a past clause under
   "while" at the same time as its past main clause ("shares fell *while* bonds rallied"); what
   a denied event waits for before it ("will not lift them *until* they report"); past verbs
   joined by "and" in the order told, present ones at the same time ("*continues* as treasurer,
   and Mr. Wonham *remains* ...");
4. **an event noun named again** in a later sentence ("the bombing ... the bombing"): the
   same event (IDENTITY) as its last mention, unless indefinite ("*another* bombing");
5. **the publication date** (``t0``) for every event: from the placed interval when it lies
   wholly before or after the publication day (after it only if not a past tense nor a verb of
   intending or expecting, which a later time dates by what it is about), else from tense, as
   TimeML annotates news: past and present perfect BEFORE, present INCLUDES (a present "says"
   IS_INCLUDED; none for a happening in the simple present, a habit, a plan or a headline's
   news: "*becomes* director"), future AFTER;
   an event noun without tense BEFORE when it is the subject or object of a simple past
   happening or the one it happened in ("the *blast* destroyed the bridge", "died in the
   *attack*"), and a participle or event noun under a past or present-perfect event BEFORE
   too, unless that event seeks, plans or keeps it off ("*fled*, *leaving* their weapons",
   "*stopped* the *protest*"; not "*ordered* an *inquiry*"); what a verb of intending in the
   present, future or after a modal intends AFTER ("*plans* to *build*"), and so is a simple
   present under "if"/"when"/"until"... of a future verb ("will leave *when* the talks *end*"),
   and a happening after "may", "might", "could" or "should" ("the bank *may* plead guilty"),
   unless a state, a perfect, a past ability ("*couldn't* be reached") or a past verb's future;
   and one after the writer's own "would", in a clause no event governs ("the acquisition
   *would give* it access"), unless a state, a perfect or denied;
6. **learned**: the links the pairwise classifier trained on MATRES is confident of, most
   confident first (:mod:`timeline.ordering.pairs`; only with ``learned=True``, off by default).

Events placed at disjoint times are not linked to each other directly: their anchors and the
times' links already order them, and a link stated between them only repeats an order the
entries show (on TempEval-3 such links were mostly ones the annotators did not state). Nor
are the main events of consecutive sentences: a past happening told just before a past saying
is as often said at that moment ("urged people to be alert. ... said") as before it (TimeBank:
10 such links verified, 16 contradicted).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from timeline import calendar as cal
from timeline.calendar import Granularity, Interval
from timeline.model import (
    Aspect,
    Event,
    EventClass,
    Polarity,
    Relation,
    TemporalLink,
    Tense,
    TimeExpression,
    Timeline,
    TimelineEntry,
    TimexType,
)
from timeline.ordering.graph import PartialOrder
from timeline.ordering.pairs import proposals_for
from timeline.ordering.words import OrderingWords, load_words

if TYPE_CHECKING:
    from timeline.ordering.parse import Parse

__all__ = ["timeline_links", "timeline_order"]

_SAYING = frozenset({EventClass.REPORTING})
_CLAUSE_TAKING = frozenset({EventClass.REPORTING, EventClass.I_STATE, EventClass.I_ACTION, EventClass.PERCEPTION})
_FINITE = frozenset({Tense.PAST, Tense.PRESENT, Tense.FUTURE})
_COMPLEMENT = frozenset({"ccomp", "parataxis", "xcomp"})
_V = TypeVar("_V")
_DATED = frozenset({TimexType.DATE, TimexType.TIME})
#: Events per partial order (see :func:`timeline_links`): far more than a news article has.
WINDOW_EVENTS = 400


def timeline_links(
    entries: Sequence[TimelineEntry],
    heads: Mapping[str, str],
    parse: Parse | None,
    tokens: Mapping[str, int],
    by_id: Mapping[str, Event],
    published: date | None,
    times: Sequence[TimeExpression] = (),
    *,
    governing: Mapping[str, TimeExpression] | None = None,
    learned: bool = False,
    words: OrderingWords | None = None,
) -> list[TemporalLink]:
    """The timeline's TLINKs, consistent as a whole (see the module docstring for the rules).

    ``parse`` is the document's (``None`` without one) and ``tokens`` gives each event's token in
    it. ``times`` are the text's time expressions: dates and times are ordered by their intervals,
    durations and sets linked to the event that governs them. ``words`` are the language's
    (:func:`~timeline.ordering.words.load_words`; English by default).

    A text with more than :data:`WINDOW_EVENTS` events (a book, a day's wire joined into one
    text) is linked in windows of that many events, cut between sentences, each with its own
    partial order: keeping one order for all of it makes every question about order search a
    graph that grows with the text, so the time grew with its square.
    """
    words = words or load_words()
    if len(by_id) > WINDOW_EVENTS:
        return _windowed_links(
            entries, heads, parse, tokens, by_id, published, times, governing=governing, learned=learned, words=words
        )
    return _links_in_one_order(
        entries, heads, parse, tokens, by_id, published, times, governing=governing, learned=learned, words=words
    )


def _links_in_one_order(
    entries: Sequence[TimelineEntry],
    heads: Mapping[str, str],
    parse: Parse | None,
    tokens: Mapping[str, int],
    by_id: Mapping[str, Event],
    published: date | None,
    times: Sequence[TimeExpression],
    *,
    governing: Mapping[str, TimeExpression] | None,
    learned: bool,
    words: OrderingWords,
) -> list[TemporalLink]:
    order = PartialOrder()
    dated = [(t.id, t.interval) for t in times if t.type in _DATED and t.interval is not None and t.interval.is_bounded]
    if published is not None:
        dated.append(("t0", cal.day_interval(published)))
    order.reserve(_points_in_time_order(dated, entries, by_id, published))
    for entry in entries:
        if entry.time.timex_id is not None:
            order.add(entry.event.id, entry.relation, entry.time.timex_id)  # the writer's anchor link
    links: list[TemporalLink] = []

    def propose(source: str, relation: Relation, target: str, reason: str) -> None:
        # A link is built only once accepted; this order is local, so it keeps no list of its own.
        if order.add(source, relation, target):
            links.append(TemporalLink(source=source, target=target, relation=relation, reason=reason))

    present = {t.id for t in times if t.value == "PRESENT_REF"}
    interval_dated = [d for d in dated if d[0] not in present]
    for source, time_relation, target in _time_order(interval_dated):
        propose(source, time_relation, target, "the times' intervals")
    partial = frozenset(t.id for t in times if t.mod is not None)
    day = cal.day_interval(published) if published is not None else None
    for source, time_relation, target in _containers(interval_dated, partial, day):
        propose(source, time_relation, target, "the times' intervals: one holds the other")
    if published is not None:
        for time_id in sorted(present & {name for name, _ in dated}):
            propose(time_id, Relation.INCLUDES, "t0", 'the present ("now") includes the day of publication')

    for event_id, saying_id in _reported_deeper(by_id, heads, parse, tokens):
        propose(event_id, Relation.BEFORE, saying_id, f'past tense reported by "{by_id[saying_id].text}": before it')

    placed_ids = {entry.event.id for entry in entries}
    for event_id, timex in (governing or {}).items():
        if event_id not in placed_ids:  # not placed (hypothetical, negated), yet dated by the text
            propose(event_id, Relation.IS_INCLUDED, timex.id, f'"{timex.text}" governs "{by_id[event_id].text}"')

    for event_id, timex in _governed_durations(times, parse, tokens, words.offset):
        event = by_id[event_id]
        propose(
            event_id, Relation.IS_INCLUDED, timex.id, f'"{timex.text}" governs "{event.text}": it happens within it'
        )

    for child_id, head_id in heads.items():
        child, head = by_id[child_id], by_id[head_id]
        child_token, head_token = tokens.get(child_id), tokens.get(head_id)
        if parse is None or child_token is None or head_token is None:
            continue
        found = _clause_relation(child, head, parse, child_token, head_token, words)
        if found is not None:
            propose(child_id, found[0], head_id, found[1])

    for later_mention, first_mention in _repeated_mentions(by_id.values(), parse, tokens, words.indefinite):
        propose(
            later_mention.id,
            Relation.IDENTITY,
            first_mention.id,
            f'"the {later_mention.text}" again: the {first_mention.text} mentioned before',
        )

    if published is not None:
        day = cal.day_interval(published)
        assert day.start is not None and day.end is not None
        placed = {entry.event.id: entry for entry in entries}
        for event in by_id.values():
            found = _publication_relation(event, placed.get(event.id), day, published)
            if (found is None or found[0] in _NOW) and parse is not None and event.id in heads:
                found = still_to_come(event, by_id[heads[event.id]], parse, tokens, words) or found
            if found is None and parse is not None and event.id in heads:
                found = _done_by_past_verb(event, by_id[heads[event.id]], parse, tokens, words)
                if found is None:
                    found = _from_governing_tense(event, by_id[heads[event.id]], words)
                if found is None:
                    found = _intended_from_now(event, by_id[heads[event.id]], parse, tokens, words)
            if found is None:
                found = _possible_from_now(event, heads.get(event.id), by_id, parse, tokens.get(event.id), words)
            if found is None and event.id not in heads:
                found = _would_in_a_main_clause(event, words)
            if found is not None:
                propose(event.id, found[0], "t0", found[1])

    proposals = []
    if learned and parse is not None:
        proposals = proposals_for(list(by_id.values()), parse, tokens, entries, order, words)
    for confidence, first, relation, second in proposals:
        propose(
            first.id,
            relation,
            second.id,
            f'learned from MATRES: "{first.text}" starts {relation.value.lower()} "{second.text}" (p={confidence:.2f})',
        )
    return links


def _windowed_links(
    entries: Sequence[TimelineEntry],
    heads: Mapping[str, str],
    parse: Parse | None,
    tokens: Mapping[str, int],
    by_id: Mapping[str, Event],
    published: date | None,
    times: Sequence[TimeExpression],
    *,
    governing: Mapping[str, TimeExpression] | None,
    learned: bool,
    words: OrderingWords,
) -> list[TemporalLink]:
    """:func:`timeline_links` window by window: each window holds the events of consecutive
    sentences (about :data:`WINDOW_EVENTS`), the times written in its stretch of text and those
    its events are placed at. Each window's links are consistent; windows share no event, so
    they meet only at times and ``t0``, whose links come from their intervals."""
    events = sorted(by_id.values(), key=lambda e: e.start)
    windows: list[list[Event]] = [[]]
    for event in events:
        current = windows[-1]
        if len(current) >= WINDOW_EVENTS and event.sentence.start != current[-1].sentence.start:
            windows.append(current := [])
        current.append(event)
    # everything sorted into its window in one pass each, so the whole stays linear
    window_of = {event.id: i for i, window in enumerate(windows) for event in window}
    bounds = [window[0].sentence.start for window in windows[1:]]
    window_entries: list[list[TimelineEntry]] = [[] for _ in windows]
    window_times: list[dict[str, TimeExpression]] = [{} for _ in windows]
    by_time_id = {t.id: t for t in times}
    for entry in entries:
        i = window_of[entry.event.id]
        window_entries[i].append(entry)
        timex_id = entry.time.timex_id
        if timex_id is not None and timex_id in by_time_id:
            window_times[i][timex_id] = by_time_id[timex_id]
    for t in times:
        window_times[bisect.bisect_right(bounds, t.start)].setdefault(t.id, t)
    window_heads: list[dict[str, str]] = [{} for _ in windows]
    for child, head in heads.items():
        place = window_of.get(child)
        if place is not None and window_of.get(head) == place:
            window_heads[place][child] = head
    window_tokens = _split_by_window(tokens, window_of, len(windows))
    window_governing = _split_by_window(governing or {}, window_of, len(windows))
    links: list[TemporalLink] = []
    seen: set[tuple[str, Relation, str]] = set()
    for i, window in enumerate(windows):
        for link in _links_in_one_order(
            window_entries[i],
            window_heads[i],
            parse,
            window_tokens[i],
            {e.id: e for e in window},
            published,
            sorted(window_times[i].values(), key=lambda t: t.start),
            governing=window_governing[i],
            learned=learned,
            words=words,
        ):
            key = (link.source, link.relation, link.target)
            if key not in seen:
                seen.add(key)
                links.append(link)
    return links


def _split_by_window(by_event: Mapping[str, _V], window_of: Mapping[str, int], count: int) -> list[dict[str, _V]]:
    """``by_event``'s items, one dict per window, each event's in the window it belongs to."""
    split: list[dict[str, _V]] = [{} for _ in range(count)]
    for event_id, value in by_event.items():
        place = window_of.get(event_id)
        if place is not None:
            split[place][event_id] = value
    return split


def _points_in_time_order(
    dated: Sequence[tuple[str, Interval]],
    entries: Sequence[TimelineEntry],
    by_id: Mapping[str, Event],
    published: date | None,
) -> list[tuple[str, str]]:
    """Endpoints of times and events sorted by when they probably are: an event inside a time
    just after its start, one that includes its time around it, one known on one side only just
    beyond that side, one not placed where its tense puts it against the publication day (else
    last). The two ends of an event stay together (but around a time it includes), events at the
    same moment in the order of the text: links between them (the narrative's, the learned ones)
    mostly follow it, so they cost no renumbering."""
    # (moment, rank, position in the text, end after start, name, side)
    keyed: list[tuple[datetime, int, int, int, str, str]] = []
    for name, interval in dated:
        assert interval.start is not None and interval.end is not None
        keyed += [(interval.start, 0, 0, 0, name, "-"), (interval.end, -1, 0, 0, name, "+")]
    for entry in entries:
        name, interval, at = entry.event.id, entry.time.interval, entry.event.start
        if interval.start is not None and interval.end is not None and entry.relation is Relation.INCLUDES:
            # around its time, as its anchor link says: placed inside, every such link would reorder
            keyed += [(interval.start, -1, at, 0, name, "-"), (interval.end, 1, at, 0, name, "+")]
        elif interval.start is not None and interval.end is not None:
            keyed += [(interval.start, 1, at, 0, name, "-"), (interval.start, 1, at, 1, name, "+")]
        elif interval.end is not None:  # on or before: just before the start of its last day
            last = _shift(interval.end, -_unit(interval))
            keyed += [(last, -3, at, 0, name, "-"), (last, -3, at, 1, name, "+")]
        elif interval.start is not None:  # on or after: just after the end of its first day
            first = _shift(interval.start, _unit(interval))
            keyed += [(first, 2, at, 0, name, "-"), (first, 2, at, 1, name, "+")]
    if published is not None:
        day = cal.day_interval(published)
        assert day.start is not None and day.end is not None
        placed = {entry.event.id for entry in entries}
        for event in by_id.values():
            relation = None if event.id in placed else _tense_relation(event)
            at = event.start
            if relation is Relation.BEFORE:
                keyed += [(day.start, -3, at, 0, event.id, "-"), (day.start, -3, at, 1, event.id, "+")]
            elif relation is Relation.AFTER:
                keyed += [(day.end, 2, at, 0, event.id, "-"), (day.end, 2, at, 1, event.id, "+")]
            elif relation is not None:
                keyed += [(day.start, -1, at, 0, event.id, "-"), (day.end, 1, at, 0, event.id, "+")]
    keyed.sort()
    points = [(name, side) for *_, name, side in keyed]
    points += [(event_id, side) for event_id in by_id for side in "-+"]
    return points


def _unit(interval: Interval) -> timedelta:
    return timedelta(days=1) if interval.granularity.rank >= Granularity.DAY.rank else timedelta(0)


def _shift(moment: datetime, by: timedelta) -> datetime:
    """``moment + by``, held at the calendar's ends (only a sort key: year 1 and 9999 happen)."""
    try:
        return moment + by
    except OverflowError:
        return moment


#: How many of the next equal times each time is linked to (see :func:`_time_order`).
_EQUAL_REACH = 16


def _time_order(dated: Sequence[tuple[str, Interval]]) -> list[tuple[str, Relation, str]]:
    """Each time against the next disjoint one and the next few with the same interval (enough for
    the closure to order every pair of disjoint times and join every pair of equal ones). Equal
    times are each linked to the next :data:`_EQUAL_REACH`, not to all: what a story states is
    kept for the few times it repeats a day, and a text naming one day a thousand times costs
    linear links, not half a million."""
    ordered = sorted(dated, key=lambda d: (d[1].start or datetime.min, d[1].end or datetime.max, d[0]))
    starts = [d[1].start or datetime.min for d in ordered]
    out: list[tuple[str, Relation, str]] = []
    for i, (name, interval) in enumerate(ordered):
        if interval.end is None:
            continue
        for other, other_interval in ordered[i + 1 : i + 1 + _EQUAL_REACH]:
            if other_interval != interval:
                break
            out.append((name, Relation.SIMULTANEOUS, other))
        j = bisect.bisect_left(starts, interval.end)
        if j < len(ordered):
            out.append((name, Relation.BEFORE, ordered[j][0]))
    return out


def _containers(
    dated: Sequence[tuple[str, Interval]], partial: frozenset[str] = frozenset(), published: Interval | None = None
) -> list[tuple[str, Relation, str]]:
    """Each time inside a longer one ("*October* of *next year*", "*16:15 UTC* on *June 1*", the
    publication day in "*this week*"): the shortest time holding it ``INCLUDES`` it, the closure
    gives the longer ones. ``dated`` are bounded intervals. A time in ``partial`` (with a mod:
    "*later this year*" is a part of the year its interval spans, said from the day of writing)
    holds neither the day ``published`` nor a time holding it ("today"). One pass over the times
    from the earliest start, longest first, with a stack of the times still open: calendar times
    nest, so the top of the stack is the shortest holder (a time across two others, a week across
    two months, gets one of them or none)."""
    bounds = [(name, i, i.start or datetime.min, i.end or datetime.max) for name, i in dated]
    bounds.sort(key=lambda b: b[3], reverse=True)
    bounds.sort(key=lambda b: b[2])  # stable: from the earliest start, the longest first
    now_start, now_end = (published.start, published.end) if published is not None else (None, None)
    open_times: list[tuple[str, Interval, datetime]] = []
    out: list[tuple[str, Relation, str]] = []
    for name, interval, start, end in bounds:
        while open_times and open_times[-1][2] < end:
            open_times.pop()  # ends first: it cannot hold this time (nor, times nesting, a later one)
        holds_now = now_start is not None and now_end is not None and start <= now_start and now_end <= end
        holder = next((o for o in reversed(open_times) if not holds_now or o[0] not in partial), None)
        if holder is not None and holder[1] != interval:  # an equal time is linked SIMULTANEOUS already
            out.append((holder[0], Relation.INCLUDES, name))
        open_times.append((name, interval, end))
    return out


def _governed_durations(
    times: Sequence[TimeExpression], parse: Parse | None, tokens: Mapping[str, int], offset: frozenset[str]
) -> list[tuple[str, TimeExpression]]:
    """Durations and sets attached to an event in the parse ("talks *for three weeks*", "met *every week*"), with
    the nearest event above them, which TimeML annotates as within them (``IS_INCLUDED``), unless the duration
    only says how far apart two times are (a word of ``offset`` near it: "*two months after* the vote",
    "*a year* later"). Only ``times`` of
    those types count (the caller passes every time of the text); a few steps up the tree per expression.

    TimeBank annotates a duration that measures its event ("for three weeks", a "two-hour" meeting) as
    ``DURING`` it, AQUAINT as ``IS_INCLUDED``; the link keeps the latter."""
    durations = [t for t in times if t.type in (TimexType.DURATION, TimexType.SET)]
    if not durations or not tokens or parse is None:
        return []
    event_at = {i: event_id for event_id, i in tokens.items()}
    out = []
    for timex in durations:
        span = parse.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        found = parse.first_above(span.root.i, span.start, span.end, event_at, steps=4)
        if found is not None and not (
            timex.type is TimexType.DURATION and _is_offset(parse, span.root.i, found[1], offset)
        ):
            out.append((found[0], timex))
    return out


def _is_offset(parse: Parse, root: int, distance: int, offset: frozenset[str]) -> bool:
    """Whether the duration whose token ``root`` lies ``distance`` heads below its event says how
    far apart two times are: a word of ``offset`` above it, below it ("two days *after* May 1") or
    beside it under the event ("two months *after* they voted")."""
    node, near = root, [c for c in parse.children(root) if parse.dep(c) in ("advmod", "prep")]
    for _ in range(distance - 1):
        node = parse.head(node)
        near.append(node)
    if parse.dep(root) == "npadvmod":
        near += [c for c in parse.children(parse.head(node)) if parse.dep(c) in ("mark", "advmod", "prep")]
    return any(parse.lower(i) in offset for i in near)


def _reported_deeper(
    by_id: Mapping[str, Event], heads: Mapping[str, str], parse: Parse | None, tokens: Mapping[str, int]
) -> list[tuple[str, str]]:
    """Past events inside what a past verb of saying reports, below its complement's own verb
    ("said the bomb exploded, *killing* dozens"): they happened before the saying."""
    out = []
    for event_id, event in by_id.items():
        if event.tense is not Tense.PAST or event.aspect not in (Aspect.NONE, Aspect.PERFECTIVE):
            continue
        head_id = heads.get(event_id)
        for _ in range(3):
            if head_id is None:
                break
            above = heads.get(head_id)
            if above is None:
                break
            saying = by_id[above]
            token = tokens.get(head_id)
            if (
                saying.event_class in _SAYING
                and _simple_past(saying)
                and token is not None
                and parse is not None
                and parse.dep(token) in ("ccomp", "parataxis")
                and parse.head(token) == tokens[above]
            ):
                out.append((event_id, above))
                break
            head_id = above
    return out


def _repeated_mentions(
    events: Iterable[Event], parse: Parse | None, tokens: Mapping[str, int], indefinite: frozenset[str]
) -> list[tuple[Event, Event]]:
    """Event nouns named again ("the bombing ... the bombing"): each with its last mention. Not a
    later mention under a determiner of ``indefinite`` ("*another* attack", "*a* new offer"): an
    indefinite noun phrase introduces a new event, it does not refer back to one."""
    last: dict[str, Event] = {}
    out: list[tuple[Event, Event]] = []
    for event in sorted(events, key=lambda e: e.start):
        if event.pos != "NOUN" or event.tense is not Tense.NONE:
            continue
        key = event.lemma.lower()
        if (
            key in last
            and last[key].sentence.start != event.sentence.start
            and not _indefinite(event, parse, tokens, indefinite)
        ):
            out.append((event, last[key]))
        last[key] = event
    return out


def _indefinite(event: Event, parse: Parse | None, tokens: Mapping[str, int], indefinite: frozenset[str]) -> bool:
    """Whether the event noun has a determiner of ``indefinite`` ("*an* attack", "*no* arrests")."""
    token = tokens.get(event.id)
    if parse is None or token is None:
        return False
    return any(parse.dep(c) == "det" and parse.lower(c) in indefinite for c in parse.children(token))


def _simple_past(event: Event) -> bool:
    return event.tense is Tense.PAST and event.aspect in (Aspect.NONE, Aspect.PERFECTIVE)


def _publication_relation(
    event: Event, entry: TimelineEntry | None, day: Interval, published: date
) -> tuple[Relation, str] | None:
    """The event against ``t0``: from its placed interval when that lies wholly before or after
    the publication day, else from tense."""
    interval = entry.time.interval if entry is not None else None
    if entry is not None and interval is not None and day.start is not None and day.end is not None:
        if interval.end is not None and interval.end <= day.start:
            return Relation.BEFORE, f"{entry.time.describe()}: before publication ({published})"
        if interval.start is not None and interval.start >= day.end and not _now_about_later(event):
            return Relation.AFTER, f"{entry.time.describe()}: after publication ({published})"
    relation = _tense_relation(event)
    if relation is None or (relation is Relation.INCLUDES and _simple_present_happening(event)):
        return None
    return relation, f"{event.tense.value.lower()} tense against publication ({published})"


def _simple_present_happening(event: Event) -> bool:
    """Whether the event is a happening in the simple present ("the company *makes* chips", "Peter
    Holland *becomes* director", "Iraq *agrees* to talks"): English says what goes on at the
    moment of speaking with the progressive; its simple present is a habit, a plan or a headline's
    news, so its tense does not place it against the day of writing."""
    return (
        event.tense is Tense.PRESENT
        and event.aspect is Aspect.NONE
        and event.pos == "VERB"
        and event.event_class is EventClass.OCCURRENCE
    )


def _now_about_later(event: Event) -> bool:
    """Whether an event placed at a later time may itself be past or now, only what it is about
    being later: a past tense ("*extended* its offer to Nov. 20"), or intending or expecting
    ("*expects* margins of 10% next year", "the ruling, *expected* next week"): its tense, not
    the time, says where it lies against publication."""
    return event.tense is Tense.PAST or event.event_class in _INTENDING_CLASSES


def _done_by_past_verb(
    event: Event, head: Event, parse: Parse, tokens: Mapping[str, int], words: OrderingWords
) -> tuple[Relation, str] | None:
    """An event noun that is the subject or object of a simple past happening, or the one it
    happened in ("the blast *killed* ten", "*held* talks", "*died* in the attack"), happened too,
    before publication; not one sought or kept off."""
    token, head_token = tokens.get(event.id), tokens.get(head.id)
    if (
        event.pos != "NOUN"
        or event.tense is not Tense.NONE
        or event.event_class is not EventClass.OCCURRENCE
        or token is None
        or head_token is None
        or not (
            (parse.head(token) == head_token and parse.dep(token) in ("nsubj", "nsubjpass", "dobj"))
            or _marker(parse, token, head_token, words) in words.setting
        )
        or not _simple_past(head)
        or head.event_class is not EventClass.OCCURRENCE
        or head.lemma.lower() in words.intending_for
    ):
        return None
    return Relation.BEFORE, f'done by the past "{head.text}": before publication'


_PARTICIPLES = frozenset({Tense.PRESPART, Tense.PASTPART})
_INTENDING_CLASSES = frozenset({EventClass.I_ACTION, EventClass.I_STATE})
_STATES = frozenset({EventClass.STATE, EventClass.I_STATE})


def _from_governing_tense(event: Event, head: Event, words: OrderingWords) -> tuple[Relation, str] | None:
    """An event without a tense of its own against publication, from the event it depends on in
    the sentence: a participle or an event noun under a past or present-perfect event happened
    before publication too ("*fled*, *leaving* their weapons", "*reported* the *explosion*").
    Not what a verb seeks, plans or keeps off ("demanded *talks*", "ordered an *inquiry*"): that
    may still be to come."""
    if event.tense in _PARTICIPLES and event.pos == "VERB":
        kind = "participle"
    elif event.pos == "NOUN" and event.tense is Tense.NONE and event.event_class is EventClass.OCCURRENCE:
        if head.event_class in _INTENDING_CLASSES:
            return None
        kind = "event noun"
    else:
        return None
    if _tense_relation(head) is not Relation.BEFORE or head.lemma.lower() in words.intending_for:
        return None
    return Relation.BEFORE, f'{kind} under the past "{head.text}": before publication'


_NOT_YET = frozenset({Tense.PRESENT, Tense.FUTURE, Tense.NONE})


def _intended_from_now(
    event: Event, head: Event, parse: Parse, tokens: Mapping[str, int], words: OrderingWords
) -> tuple[Relation, str] | None:
    """What a verb of intending in the simple present, the future or after a modal intends
    (an infinitive) is after publication ("*plans* to *build*", "*wants* to *leave*", "*will* try
    to *reach*"): it has not happened yet. Not what a verb of another kind goes on with or seems
    to be ("continues to *fight*", "seems to *hold*"), nor a perfect ("to have *fled*")."""
    token, head_token = tokens.get(event.id), tokens.get(head.id)
    if (
        event.tense is not Tense.INFINITIVE
        or event.pos != "VERB"
        or token is None
        or head_token is None
        or parse.head(token) != head_token
        or parse.dep(token) not in ("xcomp", "ccomp", "advcl")
        or head.tense not in _NOT_YET
        or event.aspect is not Aspect.NONE
        or head.aspect is not Aspect.NONE
        or (head.event_class is not EventClass.I_ACTION and head.lemma.lower() not in words.intending_for)
        or (head.tense is Tense.NONE and head.modality is None)
    ):
        return None
    return Relation.AFTER, f'"to {event.text}" intended from "{head.text}" on: after publication'


_NOW = frozenset({Relation.INCLUDES, Relation.IS_INCLUDED})
_NOW_ASPECTS = frozenset({Aspect.NONE, Aspect.PROGRESSIVE})


def _possible_from_now(
    event: Event,
    head_id: str | None,
    by_id: Mapping[str, Event],
    parse: Parse | None,
    token: int | None,
    words: OrderingWords,
) -> tuple[Relation, str] | None:
    """A happening after a modal of possibility ("*may* plead guilty", "prices *might* rise",
    "troops *should* leave") is after publication: what may happen has not happened yet. Not a
    state ("*may* be the largest" holds now), a perfect ("*may* have failed"), a "could" that may
    be a past ability (denied, passive or of perceiving: "*couldn't* be reached", "*could* be
    seen"), nor a clause under a past verb, whose "might" is that verb's future, not the writer's."""
    modal = (event.modality or "").lower()
    if (
        modal not in words.possible
        or event.pos != "VERB"
        or event.tense is not Tense.NONE
        or event.aspect is not Aspect.NONE
        or event.event_class is EventClass.STATE
    ):
        return None
    if modal in words.possible_past and (
        event.polarity is Polarity.NEG
        or event.event_class is EventClass.PERCEPTION
        or (parse is not None and token is not None and any(parse.dep(c) == "auxpass" for c in parse.children(token)))
    ):
        return None
    head = by_id.get(head_id) if head_id is not None else None
    if head is not None and _tense_relation(head) is Relation.BEFORE:
        return None
    return Relation.AFTER, f'"{modal} {event.text}": still to come after publication'


def _would_in_a_main_clause(event: Event, words: OrderingWords) -> tuple[Relation, str] | None:
    """A happening after "would" in a clause no event governs is after publication: the writer's
    own "would" states a consequence still to come ("the acquisition *would give* the bank
    access to Ohio"). The caller passes only such events: under a past verb "would" is that
    verb's future ("said the merger *would create* jobs"), linked to it instead. Not a state nor a
    state of mind ("*would be* the largest"), a perfect ("*would have won*"), nor a denial
    ("*wouldn't say*": a refusal already made)."""
    modal = (event.modality or "").lower()
    if (
        modal not in words.would
        or modal in words.possible  # "could", "might": _possible_from_now
        or event.pos != "VERB"
        or event.tense is not Tense.NONE
        or event.aspect is not Aspect.NONE
        or event.polarity is Polarity.NEG
        or event.event_class in _STATES
    ):
        return None
    return Relation.AFTER, f'"{modal} {event.text}": a consequence still to come after publication'


def still_to_come(
    event: Event, head: Event, parse: Parse, tokens: Mapping[str, int], words: OrderingWords
) -> tuple[Relation, str] | None:
    """A simple present under "if"/"when"/"until"... of a future verb, of a "would" one or of an
    infinitive of a plan, is after publication, not now: English puts the future's conditions and
    times in the present ("will leave *when* the talks *end*", "would send updates *until*
    replacement units *arrive*", "plans to leave *when* the talks *end*")."""
    token, head_token = tokens.get(event.id), tokens.get(head.id)
    ahead = (
        head.tense is Tense.FUTURE
        or (head.modality is not None and head.modality.lower() in words.reported_future)
        or (head.tense is Tense.INFINITIVE and head.factuality == "hypothetical")  # "plans to leave"
    )
    if (
        event.tense is not Tense.PRESENT
        or event.aspect is not Aspect.NONE
        or not ahead
        or token is None
        or head_token is None
        or parse.head(token) != head_token
        or parse.dep(token) != "advcl"
    ):
        return None
    marker = _marker(parse, token, head_token, words)
    if marker not in words.future_clause:
        return None
    return Relation.AFTER, f'present "{event.text}" under "{marker}" of the future "{head.text}": after publication'


def _tense_relation(event: Event) -> Relation | None:
    """The event against the publication date from tense alone, as TimeML annotates news."""
    if event.tense is Tense.PAST or (
        event.tense is Tense.PRESENT and event.aspect in (Aspect.PERFECTIVE, Aspect.PERFECTIVE_PROGRESSIVE)
    ):
        return Relation.BEFORE
    if event.tense is Tense.PRESENT:
        return Relation.IS_INCLUDED if event.event_class in _SAYING else Relation.INCLUDES
    if event.tense is Tense.FUTURE:
        return Relation.AFTER
    return None


def _clause_relation(
    child: Event, head: Event, parse: Parse, child_token: int, head_token: int, words: OrderingWords
) -> tuple[Relation, str] | None:
    """How an event relates to the event it depends on in the same sentence, from the parse
    (``child_token`` and ``head_token`` are the two events' tokens). The words the rules name
    are ``words``': "after" a time marker (``clause_markers``), "because of" a cause, "in"/"at"
    a setting, "from" a source, "if" a condition, "for" what is sought, verbs of removal and of
    intending, "as"/"while" (``at_once``), "would" (``would``)."""
    marker = _marker(parse, child_token, head_token, words)
    child_dep = parse.dep(child_token)
    markers = words.clause_markers
    if marker is not None and marker in markers:
        return markers[marker], f'"{head.text} {marker} ... {child.text}"'
    direct = parse.head(child_token) == head_token
    nominal = child.pos == "NOUN" and child.tense is Tense.NONE
    if nominal and marker in words.cause:
        return Relation.BEFORE, f'"{head.text} {marker} ... the {child.text}": the cause came first'
    if nominal and marker in words.source and head.lemma.lower() not in words.removing:
        return Relation.BEFORE, f'"{head.text} from the {child.text}": what it came out of, before it'
    if (
        nominal
        and child_dep == "pobj"
        and parse.dep(parse.head(child_token)) == "agent"
        and parse.head(parse.head(child_token)) == head_token
        and child.event_class is EventClass.OCCURRENCE
    ):
        return Relation.BEFORE, f'"{head.text} by the {child.text}": the cause came first'
    if marker in words.condition and direct and child_dep == "advcl":
        return Relation.BEFORE, f'"{head.text} if ... {child.text}": the condition comes first'
    if (
        nominal
        and head.lemma.lower() in words.judging
        and (marker in words.judged_for or (marker in words.setting and head.lemma.lower() in words.judged_in))
    ):
        return Relation.BEFORE, f'"{head.text} {marker} the {child.text}": what is judged came first'
    if nominal and child.event_class is not EventClass.STATE:
        answering = _verb_taking_it(head, child_dep, marker, direct, words.responding, words.responding_to)
        if answering is not None:
            return Relation.BEFORE, f'"{answering} the {child.text}": what it answers came first'
    if nominal and child.event_class is EventClass.OCCURRENCE:
        causing = _verb_taking_it(head, child_dep, marker, direct, words.causing, words.causing_to)
        if causing is not None:
            return Relation.AFTER, f'"{causing} the {child.text}": what it brings about comes after it'
    if (
        nominal
        and marker in words.setting
        and head.pos == "VERB"
        and child.event_class is EventClass.OCCURRENCE
        and head.lemma.lower() not in words.setting_objects
    ):
        if head.lemma.lower() in words.closing and child.lemma.lower() in words.closing_periods:
            return Relation.ENDED_BY, f'"{head.text} {marker} the {child.text}": the close ends it'
        return Relation.INCLUDES, f'"{head.text} {marker} the {child.text}": it happens within it'
    if (
        nominal
        and child.event_class is EventClass.OCCURRENCE
        and (
            (marker in words.sought_for and head.lemma.lower() in words.intending_for)
            or (direct and child_dep == "dobj" and head.lemma.lower() in words.intending)
        )
    ):
        seeking = f"{head.text} {marker}" if marker in words.sought_for else head.text
        return Relation.AFTER, f'"{seeking} the {child.text}": what is sought or kept off comes after it'
    complement = direct and child_dep in _COMPLEMENT
    if complement and head.event_class in _CLAUSE_TAKING and head.tense in _FINITE:
        if child.modality in words.would or child.tense is Tense.FUTURE:
            return Relation.AFTER, f'"{child.modality or "will"} {child.text}" under "{head.text}": after it'
        if child.tense is Tense.PAST and child.aspect in (Aspect.NONE, Aspect.PERFECTIVE):
            return Relation.BEFORE, f'past tense under "{head.text}": before it'
        if child.tense is Tense.PRESENT and child.aspect is Aspect.PERFECTIVE:
            return Relation.BEFORE, f'present perfect under "{head.text}": before it'
    if (
        child.tense is Tense.INFINITIVE
        and direct
        and (child_dep == "advcl" or (child_dep == "xcomp" and _changes_by_a_figure(parse, head_token)))
        and child.lemma.lower() in words.closing
        and not any(
            parse.dep(c) == "nsubj" or (parse.dep(c) == "dobj" and parse.lower(c) not in words.closing_periods)
            for c in parse.children(child_token)
        )
    ):
        return Relation.ENDS, f'"{head.text} ... to {child.text}": where the change ends'
    if (
        child.tense is Tense.INFINITIVE
        and direct
        and child_dep in ("xcomp", "ccomp", "advcl", "acl")
        and head.event_class is not EventClass.ASPECTUAL
    ):
        return _infinitive_relation(child, head, words)
    if direct and child_dep == "advcl" and marker in words.cause and child.pos == "VERB":
        return Relation.BEFORE, f'"{head.text} {marker} ... {child.text}": the cause came first'
    if (
        direct
        and child_dep == "advcl"
        and marker is None
        and child.tense is Tense.PASTPART
        and child.pos == "VERB"
        and child.event_class is not EventClass.STATE
    ):
        return Relation.BEFORE, f'"{child.text} ..., {head.text}": what was done to it first'
    if (
        child.tense is Tense.PAST
        and child.aspect is Aspect.PERFECTIVE
        and head.tense is Tense.PAST
        and head.aspect is Aspect.NONE
    ):
        return Relation.BEFORE, f'past perfect under "{head.text}": before it'
    if direct and child_dep == "advcl" and marker in words.until and head.polarity is Polarity.NEG:
        return Relation.BEFORE, f'"not {head.text} until ... {child.text}": what it waits for comes first'
    if (
        direct
        and child_dep == "advcl"
        and marker in words.simultaneous_clause
        and child.tense is Tense.PRESENT
        and child.aspect is Aspect.NONE
        and child.event_class is not EventClass.STATE
        and head.tense is not Tense.PAST
    ):
        return Relation.BEFORE, f'"{head.text} when ... {child.text}": the present clause is its condition, first'
    if direct and child_dep == "advcl" and marker in words.same_time and _simple_past(child) and _simple_past(head):
        return Relation.SIMULTANEOUS, f'"{head.text} {marker} ... {child.text}": at the same time'
    if (
        direct
        and child_dep == "advcl"
        and marker not in words.at_once
        and _simple_past(child)
        and _simple_past(head)
        and child.event_class is not EventClass.STATE
    ):
        return Relation.BEFORE, f'past clause "{child.text}" under the past "{head.text}": what led to it, before it'
    if (
        direct
        and child_dep == "conj"
        and child.tense is head.tense is Tense.PAST
        and child.aspect is head.aspect is Aspect.NONE
        and EventClass.STATE not in (child.event_class, head.event_class)
        and child.pos == head.pos == "VERB"
    ):
        return Relation.AFTER, f'"{head.text} ... and {child.text}": told in the order it happened'
    if (
        direct
        and child_dep == "conj"
        and child.tense is head.tense is Tense.PRESENT
        and child.aspect in _NOW_ASPECTS
        and head.aspect in _NOW_ASPECTS
        and child.pos == head.pos == "VERB"
    ):
        return Relation.SIMULTANEOUS, f'"{head.text} ... and {child.text}": both hold now, at the same time'
    return None


def _verb_taking_it(
    head: Event, child_dep: str, marker: str | None, direct: bool, as_object: frozenset[str], with_to: frozenset[str]
) -> str | None:
    """The words of the verb ``head`` when it is one of ``as_object`` and takes the event as its
    object ("*rejected* the offer") or one of ``with_to`` and takes it with "to" ("*led to* arrests"),
    for the reason; None otherwise."""
    lemma = head.lemma.lower()
    if direct and child_dep == "dobj" and lemma in as_object:
        return head.text
    if marker == "to" and lemma in with_to:
        return f"{head.text} to"
    return None


def _infinitive_relation(child: Event, head: Event, words: OrderingWords) -> tuple[Relation, str]:
    """How an infinitive relates to the verb or noun it hangs under: mostly intended or purposed,
    after it ("agreed *to pay*", "met *to end* the strike"). A perfect one is done before it ("were
    said *to have breached*", "claims *to have won*"), unless that verb looks ahead (intends, tries,
    expects): then it is a future perfect, before a later time but still after that verb ("expects
    *to have finished* by May")."""
    looks_ahead = head.event_class is EventClass.I_ACTION or head.lemma.lower() in words.intending_for
    if child.aspect is Aspect.PERFECTIVE and not looks_ahead:
        return Relation.BEFORE, f'"to have {child.text}" under "{head.text}": done before it'
    return Relation.AFTER, f'"to {child.text}" under "{head.text}": intended or purposed, after it'


def _changes_by_a_figure(parse: Parse, head: int) -> bool:
    """Whether the verb at token ``head`` has a figure for object ("shed *47.3 points*", "rose *$2*"):
    a change of a price or an index, which an infinitive "to close" ends, whatever its label."""
    doc = parse.doc
    return any(
        parse.dep(c) in ("dobj", "npadvmod") and (doc[c].like_num or any(doc[g].like_num for g in parse.children(c)))
        for c in parse.children(head)
    )


def _marker(parse: Parse, child: int, head: int, words: OrderingWords) -> str | None:
    """The temporal preposition or conjunction linking token ``child`` to token ``head``, if any
    ("left *after* the attack", "left *after* they met", "*before* landing, he said")."""
    parent = parse.head(child)
    child_dep = parse.dep(child)
    if (
        child_dep in ("pobj", "pcomp")
        and parse.head(parent) == head
        and parse.dep(parent) in ("prep", "mark", "advmod")
    ):
        return parse.lower(parent)
    if child_dep == "pobj" and parse.dep(parent) in ("prep", "pcomp") and parse.head(parse.head(parent)) == head:
        above = parse.lower(parse.head(parent))  # "*ahead* of the vote", "*due* to the strike"
        if above in words.clause_markers or above in words.cause:
            return above
    if parent == head and child_dep in ("advcl", "prep"):
        for c in parse.left_children(child):
            if parse.dep(c) in ("mark", "advmod"):
                return parse.lower(c)
    return None


def timeline_order(timeline: Timeline) -> PartialOrder:
    """The partial order a timeline states: each entry against its time, then its links (a link
    contradicting what is already there is left out)."""
    order = PartialOrder()
    for entry in timeline.entries:
        if entry.time.timex_id is not None:
            order.add(entry.event.id, entry.relation, entry.time.timex_id)
    for link in timeline.links:
        order.add_link(link)
    return order
