"""The ordering stage: anchor each event to a time, then order the events into a timeline.

:class:`AnchoringOrderer` places an event, in this order of preference:

1. **governing time expression**: the DATE/TIME that attaches to the event in the parse
   ("failed *Friday*", "the *Oct. 7* attack", "*next week's* meetings"), or, when none dates it,
   one that bounds it: after, before, from or up to that time ("*since* Jan. 13", "*by* May");
2. **inherited**: the time of the event it depends on in the same sentence ("changed on Monday
   after they *held* a call"), earlier for a past perfect ("said Netanyahu *had agreed*"), from it
   on for what is still to come when it is spoken of ("expressed concerns about *looming action*");
3. **reference time**: for a past-tense event with no time of its own, the time the story last
   mentioned ("*Just hours later*, Sullivan announced…" / "Biden *expressed* concerns");
4. **tense**: before (on or before) the publication date for the past, at it for the present,
   after it for the future.

Hypothetical and negated events are not placed: they did not (yet) happen. Entries are sorted by
time; events at the same time keep the order of the text; an interval known on one side only
("on or before 2024-03-22") sorts after the events known to fall on that last day.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import attrs

from timeline import calendar as cal
from timeline.calendar import Granularity, Interval
from timeline.grammar import governing_verb
from timeline.model import (
    Aspect,
    Event,
    EventClass,
    EventTime,
    Placement,
    Polarity,
    Relation,
    Tense,
    TimeExpression,
    Timeline,
    TimelineEntry,
    TimexType,
)
from timeline.ordering.graph import PartialOrder
from timeline.ordering.links import still_to_come, timeline_links, timeline_order
from timeline.ordering.pairs import load_pair_model, paired_start_bounds
from timeline.ordering.parse import Parse
from timeline.ordering.words import OrderingWords, load_words

if TYPE_CHECKING:
    from timeline.pipeline import Document

__all__ = [
    "NO_PUBLICATION_DATE",
    "AnchoringOrderer",
    "PartialOrder",
    "entry_start_order",
    "interval_relation",
    "start_order",
    "timeline_order",
]

NO_PUBLICATION_DATE = (
    "no publication date was given: expressions relative to it (weekdays, 'last week', 'yesterday') "
    "are left unresolved and events are placed only by times the text states in full"
)


@attrs.frozen(kw_only=True, slots=True)
class _Placed:
    time: EventTime
    relation: Relation
    placement: Placement
    reason: str


class AnchoringOrderer:
    """Anchors events to time expressions through the parse, then sorts them.

    Args:
        reference_window: how many sentences back the story's reference time still applies to a
            past-tense event that states no time of its own.
        place_hypothetical: also place hypothetical and negated events (off by default: they
            did not happen).
        learned_order: after the rules' links, add those the pairwise classifier trained on
            MATRES is confident of (:mod:`timeline.ordering.pairs`). Off by default: on held-out
            AQUAINT it lets the order decide 34% of MATRES pairs at 0.82 instead of 12% at 0.80,
            but costs about a tenth of the parse's time (measured before infinitives were
            paired, which scores about 1.5 times as many pairs), which the default pipeline
            cannot spare (``benchmarks/matres.py``, ``benchmarks/profile_pipeline.py``).
        language: code of the words the rules read (``ordering/data/links_<language>.json``).
    """

    name = "anchored"
    needs_parse = False

    def __init__(
        self,
        *,
        reference_window: int = 3,
        place_hypothetical: bool = False,
        learned_order: bool = False,
        language: str = "en",
    ) -> None:
        self.reference_window = reference_window
        self.place_hypothetical = place_hypothetical
        self.learned_order = learned_order
        self.language = language
        self.words = load_words(language)
        if learned_order:
            load_pair_model()  # read once when the stage is built, not in the first text's time

    def __repr__(self) -> str:
        return (
            f"AnchoringOrderer(reference_window={self.reference_window}, place_hypothetical={self.place_hypothetical}, "
            f"learned_order={self.learned_order}" + (f", language={self.language!r})" if self.language != "en" else ")")
        )

    def __call__(self, document: Document, times: Sequence[TimeExpression], events: Sequence[Event]) -> Timeline:
        assumptions = () if document.publication_date is not None else (NO_PUBLICATION_DATE,)
        if not events:
            return Timeline(
                text=document.text,
                publication_date=document.publication_date,
                times=tuple(times),
                assumptions=assumptions,
            )
        story = _Story.read(document, times, events, reference_window=self.reference_window, words=self.words)
        entries: list[TimelineEntry] = []
        unplaced: list[Event] = []
        for event in events:
            if not self.place_hypothetical and event.id in story.conditions:
                found = None  # "*If* the election *were held* today": a condition, whatever its time
            elif (
                not self.place_hypothetical
                and _did_not_happen(event)
                and not story.reported_plan(event)
                and not story.happens_not_until(event)
                and not (event.id in story.rescheduled and event.polarity is Polarity.POS)
            ):
                found = None
            else:
                found = story.place(event)
            if found is None:
                unplaced.append(event)
                continue
            story.placed[event.id] = found
            entries.append(
                TimelineEntry(
                    event=event,
                    time=found.time,
                    relation=found.relation,
                    placement=found.placement,
                    reason=found.reason,
                )
            )
        entries.sort(key=_sort_key)
        return Timeline(
            text=document.text,
            publication_date=document.publication_date,
            entries=tuple(entries),
            times=tuple(times),
            unplaced=tuple(unplaced),
            links=tuple(
                timeline_links(
                    entries,
                    story.heads,
                    story.parse,
                    story.tokens,
                    story.by_id,
                    document.publication_date,
                    times,
                    governing=story.governing,
                    learned=self.learned_order,
                    words=self.words,
                )
            ),
            assumptions=assumptions,
        )


#: How long before the story's last day a year or quarter must end to take the story away from that
#: day: an earlier year is background ("Born in 1931, she studied..."), the last quarter's figures
#: ("net income in the third quarter rose") are not.
_BACKGROUND = timedelta(days=365)

#: How many days before publication the last day of a reference time may be and still date an
#: undated verb of saying: one that dates a saying itself ("said on Friday"), and one that dates
#: any other event ("the talks ended on Monday. The minister said ...", published on Wednesday).
_SAYING_REACH_DAYS = 8
_SAYING_NEAR_DAYS = 2


@attrs.define(kw_only=True, slots=True)
class _Story:
    """What placing the events of one document needs: the parse-derived links between events
    and times, the times that move the narrative, and the placements made so far."""

    document: Document
    parse: Parse | None
    roots: dict[str, int]
    placed: dict[str, _Placed]
    heads: dict[str, str]
    tokens: dict[str, int]  # event id -> its token (the last event on a token has it)
    events_at: dict[int, Event]  # token -> the (last) event on it
    event_tokens: frozenset[int]  # the tokens of events
    by_id: dict[str, Event]
    narrative_times: list[TimeExpression]  # in text order
    anchorable: list[TimeExpression]
    governing: dict[str, TimeExpression]
    sentence_starts: list[int]
    reference_window: int
    meantime_sentences: dict[str, bool]
    by_tense: dict[tuple[Tense, Aspect, bool, bool], _Placed | None]
    headline_end: int  # where the headline ends (see :func:`_headline_end`), 0 without one
    #: ids of the events a verb of rescheduling gives a new time ("postponed the *vote* until May")
    rescheduled: frozenset[str]
    #: ids of the events a range of two times dates ("from 3 to 5 December") or a time bounds ("by 2026")
    ranged: frozenset[str]
    recurring: frozenset[str]  # ids of the events a set dates ("a showcase *held* each June"): see :func:`_recurring`
    words: OrderingWords
    offsets: dict[str, _Offset]
    aged: set[str]  # ids of the events placed by an age (see :meth:`at_an_age`)
    separate: dict[str, str]
    after_origin: frozenset[str]  # main verbs after an opening participle of origin (:func:`_after_an_origin`)
    conditions: frozenset[str]
    #: starts of the sentences told wholly in the past perfect: flashbacks (see :meth:`window_start`),
    #: found on the first need
    flashbacks: frozenset[int] | None
    #: (start, id) of the past figures placed in a reporting period, in text order (see :meth:`figure_period`)
    figures: list[tuple[int, str]]
    durations: frozenset[int]  # the tokens heading a duration ("three months"): no figure
    #: ids of the times that date a verb of saying ("told reporters *on Friday*")
    saying_times: frozenset[str]
    saying_starts: list[int] | None  # where the verbs of saying start, in text order, found on the first need
    #: starts of the sentences whose present perfect "since then" brings up to publication, found on the first need
    caught_up: list[int] | None
    narrative_by_id: dict[str, TimeExpression] | None  # the narrative times by id, built on the first need
    #: (start, end) of the quotations, in text order (see :func:`_quotations`)
    quotations: list[tuple[int, int]]

    @classmethod
    def read(
        cls,
        document: Document,
        times: Sequence[TimeExpression],
        events: Sequence[Event],
        *,
        reference_window: int,
        words: OrderingWords,
    ) -> _Story:
        anchorable = [t for t in times if t.type in (TimexType.DATE, TimexType.TIME) and t.interval is not None]
        parse = Parse(document.parse) if document.parse is not None else None
        roots: dict[str, int] = {}  # event id -> its token
        by_token: dict[int, Event] = {}  # token -> the (last) event on it
        for event in events:
            root = parse.root(event.start, event.end) if parse is not None else None
            if root is not None:
                roots[event.id] = root
                by_token[root] = event
        by_id = {e.id: e for e in events}
        stamped = [t for t in anchorable if not _in_a_dateline(document.text, t, words)]
        moved: set[str] = set()  # events a verb of rescheduling gives a new time (see :func:`_moved_to`)
        governing, bounding = _governing_times(
            parse, stamped, events, by_token, words, moved=moved, published=document.publication_date
        )
        again: frozenset[str] = frozenset()  # event nouns dated as the same event told before
        if parse is not None:
            _date_the_event_of_a_day(parse, document.text, stamped, by_token, governing, bounding, words)
            again = _date_the_same_event_again(parse, events, roots, by_token, governing, bounding)
        asides: frozenset[str] = frozenset()  # events dated by the time a clause describes
        if parse is not None:
            _share_with_aspectual(parse, by_token, governing, bounding, words)
            _share_with_head(parse, by_token, governing, bounding, words)
            asides = _date_clauses_on_times(parse, document.text, anchorable, by_token, governing, bounding, words)
            _give_scheduled_time_to_noun(parse, by_token, governing, bounding, words, document.publication_date)
            if document.publication_date is not None:
                _give_against_tense_to_object(parse, by_token, governing, document.publication_date)
        spans = {} if parse is None else _ranges(parse, document.text, anchorable, by_token, governing, bounding, words)
        edges = {} if parse is None else _spans_dated_by_an_edge(parse, times, by_token, governing, bounding, words)
        if parse is not None:
            edges.update(_parts_of_a_time(parse, times, governing, words))
            edges.update(_periods_to_a_day(document.text, times, by_id, governing, words))
        # Only times that date a clause move the story's reference time: "since the Oct. 7
        # attack" dates a noun, not the narrative.
        # Nor do those of a flashback or a description: a past perfect ("had received them *in
        # October*"), a relative clause ("rates, which it last raised *in July 2023*"); nor those of
        # what did not happen ("would have played *if the game had been on Wednesday*"), nor of a
        # condition ("*If* you *called* him at 3 a.m. on a Tuesday, he would be in the van").
        conditions = _conditional_clauses(parse, document.text, by_token, words)
        narrative = {
            t.id
            for event_id, t in governing.items()
            if by_id[event_id].pos == "VERB"
            and not _not_a_fact(by_id[event_id])
            and not _looks_back(parse, by_id[event_id], roots.get(event_id), by_token, words)
            and not _inside_a_dated_clause(parse, roots.get(event_id), t, by_token, governing)
            and event_id not in asides
            and event_id not in conditions
        }
        recurring = _recurring(parse, times, by_token)
        if recurring:
            _drop_days_a_set_repeats(document.text, times, governing, recurring)
        placed = {
            event_id: _bounded_by(by_id[event_id], timex, side, document.publication_date)
            for event_id, (timex, side) in bounding.items()
            if timex.interval is not None
        }
        placed.update(
            (event_id, _from_timex(by_id[event_id], timex, document.publication_date))
            for event_id, timex in governing.items()
            if timex.interval is not None
        )
        for event_id in again:
            timex = governing.get(event_id)
            if timex is None or timex.interval is None:  # (a later rule gave the noun another time)
                continue
            placed[event_id] = attrs.evolve(
                placed[event_id],
                reason=f'the "{by_id[event_id].text}" told of before, which "{timex.text}" ({timex.value}) dates',
            )
        placed.update(spans)
        durations: frozenset[int] = frozenset()
        figures: list[tuple[int, str]] = []
        if parse is not None:
            dated_after = _after_dated_events(parse, by_token, governing, words, document.publication_date, times)
            for event_id, found in dated_after:
                placed.setdefault(event_id, found)
            for event_id, found in edges.items():
                placed.setdefault(event_id, found)
            periods = [
                event_id
                for event_id, found in placed.items()
                if _a_reporting_period(found) and by_id[event_id].pos == "VERB" and _told_as_past(by_id[event_id])
            ]
            if periods:
                durations = frozenset(
                    root for t in times if t.type is TimexType.DURATION and (root := parse.root(t.start, t.end))
                )
                figures = sorted(
                    (by_id[event_id].start, event_id)
                    for event_id in periods
                    if event_id in roots and _reports_figure(parse, roots[event_id], durations, words)
                )
        quotations = _quotations(document.text)
        # A quoted "today" dates the saying even with no event of its own ("'*Today* is a milestone,' she said")
        conditions_times = {governing[e].id for e in conditions if e in governing}
        narrative.update(
            t.id
            for t in anchorable
            if _holds_day(t, document.publication_date)
            and _in_quotation(quotations, t.start, len(document.text)) is not None
            and t.id not in conditions_times
        )
        return cls(
            document=document,
            parse=parse,
            roots=roots,
            placed=placed,
            heads=_event_heads(parse, by_token),
            tokens={event.id: i for i, event in by_token.items()},
            events_at=by_token,
            event_tokens=frozenset(by_token),
            by_id=by_id,
            narrative_times=sorted((t for t in anchorable if t.id in narrative), key=lambda t: t.start),
            anchorable=anchorable,
            governing=governing,
            sentence_starts=_sentence_starts(document, parse, events),
            reference_window=reference_window,
            meantime_sentences={},
            by_tense={},
            headline_end=_headline_end(document.text, anchorable),
            rescheduled=frozenset(moved),
            ranged=frozenset(spans) | frozenset(bounding),
            recurring=recurring,
            words=words,
            offsets=_offset_clauses(parse, times, by_token, words),
            aged=set(),
            separate=_separate_clauses(parse, by_token, governing, bounding),
            after_origin=_after_an_origin(parse, by_token, governing, words),
            conditions=conditions,
            flashbacks=None,
            figures=figures,
            durations=durations,
            saying_starts=None,
            caught_up=None,
            narrative_by_id=None,
            saying_times=frozenset(
                t.id for event_id, t in governing.items() if by_id[event_id].event_class is EventClass.REPORTING
            ),
            quotations=quotations,
        )

    def reported_plan(self, event: Event) -> bool:
        """Whether a "would" event is a plan someone told of, with its time ("the union said the
        walkout *would begin* on Monday", "he said he *would meet* the president next week", "...
        *would meet* again from 3 to 5 December", "*would review* the calendar by 2026"): the future
        of a past saying, which the timeline places at that time, not a hypothesis ("a ground
        operation *would mean* more deaths")."""
        if (
            event.modality is None
            or event.modality.lower() not in self.words.reported_future
            or event.polarity is not Polarity.POS
            or (event.id not in self.governing and event.id not in self.ranged)
        ):
            return False
        head = self.by_id.get(self.heads.get(event.id, ""))
        return (
            head is not None
            and head.event_class is EventClass.REPORTING
            and head.tense is Tense.PAST
            and head.polarity is Polarity.POS
        )

    def happens_not_until(self, event: Event) -> bool:
        """Whether a denied event is dated by the time after "not ... until" ("did *not* resume
        production *until March*": see :func:`_not_until`): it happened then, and is placed."""
        timex = self.governing.get(event.id)
        return (
            timex is not None
            and event.polarity is Polarity.NEG
            and _word_before(self.document.text, timex.start) in self.words.until
        )

    def place(self, event: Event) -> _Placed | None:
        if event.id in self.placed:
            return self.placed[event.id]
        if event.tense not in (Tense.FUTURE, Tense.INFINITIVE) and (
            self.opens_meantime(event.sentence.text) or self.closes_meantime(event)
        ):
            between = self.meantime(event)
            if between is not None:
                return between
        if event.id in self.conditions:
            return None  # a condition ("if lawmakers *fail*") is not something that happened, nor at its result's time
        age = self.age_at(event)
        if age is not None:  # "born in 1985 and *started* playing at the age of 8": not at the birth
            return self.at_an_age(event, age)
        inherited = self.inherit(event, depth=0)
        if inherited is not None:
            return inherited
        if event.tense is Tense.INFINITIVE or (event.pos == "NOUN" and event.tense is Tense.NONE):
            return None
        if (
            event.tense is Tense.PAST
            and event.aspect in (Aspect.NONE, Aspect.PROGRESSIVE)
            and not self.describes_a_noun(event)
            and not self.looks_back_to(event)
            and not self.set_in_an_event(event)
            and event.id not in self.recurring  # a habit has no one time the story is at
            and event.id not in self.after_origin
        ):
            reference = self.reference(event)
            if reference is not None and not self.stale_for_saying(event, reference):
                return self.day_of_saying(event, reference)
        if event.tense is Tense.PRESENT:
            ahead = self.still_to_come(event)
            if ahead is not None:
                return ahead
        return self.told(event)

    def age_at(self, event: Event) -> int | None:
        """The age the event happened at, said on it or on the verb it completes: "moved to Paris *at
        the age of 12*", "started playing basketball *at age 8*" (its own time, never its head's)."""
        parse, root, words = self.parse, self.roots.get(event.id), self.words
        if parse is None or root is None or parse.dep(root) == "xcomp":
            return None  # the verb it completes has the age, and it that verb's time
        verbs = [root, *(c for c in parse.children(root) if parse.dep(c) == "xcomp")]
        for verb in verbs:
            for at in parse.children(verb):
                if parse.dep(at) != "prep" or parse.lower(at) not in words.age_prepositions:
                    continue
                for noun in parse.children(at):
                    if parse.dep(noun) == "pobj" and parse.lower(noun) in words.age_nouns:
                        number = _age_number(parse, noun, words)
                        if number is not None:
                            return number
        return None

    def at_an_age(self, event: Event, age: int) -> _Placed | None:
        """Placed ``age`` years after the birth its clause depends on ("was born on Nov. 4, 1985, and
        *started* playing at the age of 8": from 1993-11-04 to a year later); else by its tense
        alone, as an age says the event is not at the time of the verb it hangs on."""
        head = self.birth_of(event)
        birth = None if head is None else self.place(head)
        interval = None if birth is None else birth.time.interval
        if head is None or birth is None or interval is None or interval.start is None or interval.end is None:
            return self.told(event)
        try:
            start = cal.shift_date(interval.start.date(), Granularity.YEAR, age)
            end = cal.shift_date(interval.end.date(), Granularity.YEAR, age + 1)
        except cal.CalendarRangeError:
            return self.told(event)
        bounds = Interval(
            start=datetime(start.year, start.month, start.day),
            end=datetime(end.year, end.month, end.day),
            granularity=interval.granularity,
        )
        if _against_its_tense(event, bounds, self.document.publication_date):
            return self.told(event)
        self.aged.add(event.id)
        return _Placed(
            time=EventTime(value=None, interval=bounds, timex_id=None),
            relation=Relation.IS_INCLUDED,
            placement=Placement.INHERITED,
            reason=f'aged {age}: {age} years after "{head.text}" ({birth.time.describe()})',
        )

    def birth_of(self, event: Event) -> Event | None:
        """The birth an age is counted from: the verb the event's clause depends on ("was *born* in
        1985 and started ...") or a clause of its own ("*Born* in 1950, she moved ...")."""
        births = self.words.births
        head = self.by_id.get(self.heads.get(event.id, ""))
        if head is not None and head.lemma.lower() in births:
            return head
        root = self.roots.get(event.id)
        if self.parse is None or root is None:
            return None
        clauses = (self.events_at.get(c) for c in self.parse.children(root) if self.parse.dep(c) == "advcl")
        return next((other for other in clauses if other is not None and other.lemma.lower() in births), None)

    def still_to_come(self, event: Event) -> _Placed | None:
        """A present under "when"/"until"... of a future ("would send updates *until* replacement
        units *arrive*"): on or after publication (:func:`links.still_to_come`), not going on now."""
        published = self.document.publication_date
        head = self.by_id.get(self.heads.get(event.id, ""))
        if published is None or head is None or self.parse is None:
            return None
        found = still_to_come(event, head, self.parse, self.tokens, self.words)
        return None if found is None else _from_publication_on(published, f"{found[1]} ({published})")

    def window_start(self, event: Event) -> int:
        """Where the first sentence of the event's reference window starts: ``reference_window``
        sentences back, not counting flashbacks ("beat Arsenal on Sunday. ... Arsenal *had won* their
        previous four games. ... he told reporters"): a past perfect steps back from the story's
        time without moving it (at most as many again are skipped: the window stays bounded)."""
        starts = self.sentence_starts
        k = bisect.bisect_right(starts, event.sentence.start) - 1
        if self.flashbacks is None:
            self.flashbacks = _flashbacks(self.by_id.values())
        flashbacks = self.flashbacks
        counted = skipped = 0
        while k > 0 and counted < self.reference_window:
            k -= 1
            if starts[k] in flashbacks and skipped < self.reference_window:
                skipped += 1
            else:
                counted += 1
        return starts[k]

    def told(self, event: Event) -> _Placed | None:
        """:func:`_from_tense`, once per tense, aspect and kind (the same for every such event)."""
        headline = event.event_class in _HEADLINE_NEWS and event.start < self.headline_end
        key = (event.tense, event.aspect, event.event_class is EventClass.REPORTING, headline)
        if key not in self.by_tense:
            self.by_tense[key] = _from_tense(event, self.document, in_the_headline=headline)
        return self.by_tense[key]

    def opens_meantime(self, sentence: str) -> bool:
        """:func:`_meantime`, once per sentence (its events ask in turn)."""
        found = self.meantime_sentences.get(sentence)
        if found is None:
            found = self.meantime_sentences[sentence] = _meantime(sentence, self.words)
        return found

    def inherit(self, event: Event, depth: int) -> _Placed | None:
        head_id = self.heads.get(event.id)
        if head_id is None or depth > 8 or event.id in self.conditions or head_id in self.conditions:
            return None  # nor what a condition speaks of ("if the *talks* went well"): no time of its own
        head = self.by_id[head_id]
        if head.text.lower() in self.words.attributions and self.reports_its_head(head) and head_id in self.heads:
            # "*According* to a readout of the *conversation*, Biden expressed ...": the source is
            # undated (see :meth:`reports_its_head`); what it names shares the clause's time
            head_id = self.heads[head_id]
            head = self.by_id[head_id]
        head_token = self.tokens.get(head_id)
        offset = self.offsets.get(event.id)
        if offset is not None and self.purpose_infinitive(head):
            # "beat Arsenal *to move* top, two weeks after losing": measured from the verb it completes
            head_id = self.heads.get(head_id, head_id)
            head = self.by_id[head_id]
        if event.pos == "VERB" and (head.pos != "VERB" or self.describes_a_noun(event)):
            return None  # a clause inside a noun phrase ("hostages held in Gaza") need not share its time
        if self.across_a_semicolon(event, head_token):
            return None  # "profit *beats* forecasts; CEO to step down in March": a clause with a time of its own
        if self.other_tense_conjoined(event, head):
            return None  # "who joined in 2021 and *is expected* to take over": each its own tense's time
        if self.reports_its_head(event):
            return None  # "Sales, *he said*, doubled in 2019": the saying is not dated by what it reports
        if event.pos == "NOUN" and self.in_an_apposition(event, head_token):
            return None  # "said Evans, a spokesperson for the *mission*, on Thursday": a description of him
        # what depends on an event that did not happen has no time to share: "classes have *not been
        # held* since mid-October, and the year is *due* to end"
        if _did_not_happen(head) and not self.happens_not_until(head) and not self.reported_plan(head):
            return None
        root = self.roots.get(event.id)
        if head_id in self.aged and self.parse is not None and root is not None and self.parse.dep(root) == "conj":
            # "picked up a guitar at the age of 9 and *was playing* clubs by 15": later, not at that age
            aged = self.placed[head_id]
            against = f'told after "{head.text}" ({aged.time.describe()})'
            return _beside(event, aged.time.interval, True, self.document.publication_date, against) or self.told(event)
        parent = self.placed.get(head_id)
        if parent is None:
            parent = self.inherit(head, depth + 1)
            if (
                parent is None
                and head.tense is Tense.PAST
                and head.aspect in (Aspect.NONE, Aspect.PROGRESSIVE)
                and not self.looks_back_to(head)
            ):
                parent = self.reference(head)
                if parent is not None and self.stale_for_saying(head, parent):
                    parent = self.told(head)  # a saying told from now: so is what it reports
                elif parent is not None:
                    parent = self.day_of_saying(head, parent)
        if parent is None:
            return None
        if _at_publication_by_tense(parent) or (parent.placement is Placement.TENSE and head.start < self.headline_end):
            # (a headline's present is placed by its tense alone too: "... *convicts* man, *sentencing*
            # set for September" says nothing of when the sentencing is)
            if offset is not None and offset.head_token == head_token and head.event_class is not EventClass.STATE:
                return _offset_from(parent, head, offset)  # "The move *comes* a week after X": from the story's day
            return None
        if event.tense is Tense.INFINITIVE and event.pos == "VERB":
            return None
        if event.tense is Tense.PAST and _reaches_past_publication(parent, self.document.publication_date):
            return None  # "will walk out on Monday after talks *broke down*": a past told from now, not then
        if offset is not None and offset.head_token == head_token:
            return _offset_from(parent, head, offset)
        interval = parent.time.interval
        when = parent.time.describe()
        marker = _temporal_marker(self.parse, self.roots.get(event.id), self.words)
        edge = self.edge_it_marks(event, head) or self.lasting_until(event, head)
        if edge == "end" and interval.end is not None:
            return _on_or_before(parent, None, f'"{head.text}" ({when}) ends it: on or before it')
        if edge == "start" and interval.start is not None:
            return _on_or_after(parent, None, f'"{head.text}" ({when}) starts it: on or after it')
        if interval.end is not None and _judged_for(self.parse, self.roots.get(event.id), head, self.words):
            return _on_or_before(parent, None, f'what "{head.text}" judges ({when}) came first: on or before it')
        if marker == "before" and interval.end is not None:
            return _on_or_before(parent, None, f'"before ..." under "{head.text}" ({when}): on or before it')
        if marker == "after" and interval.start is not None:
            return _on_or_after(parent, None, f'"after ..." under "{head.text}" ({when}): on or after it')
        ordered = None
        if (
            interval.granularity.rank > Granularity.DAY.rank
            or _longer_than_a_day(interval)  # "surged *between 2008 and 2011* ... before falling"
            or _measured_in_bare_units(self.parse, self.roots.get(event.id), self.words)
        ):  # "changed on Monday after they held a call": Monday; "said on Friday, *days* after Estonia expelled"
            ordered = _ordered_by_marker(self.parse, self.roots.get(event.id), head_token, self.words)
        if ordered is not None:
            word, relation = ordered
            said = f'"{head.text} {word} ..." ({when})'
            if relation is Relation.BEFORE and interval.end is not None:
                return _on_or_before(parent, None, f"{said}: on or before it")
            if relation is Relation.AFTER and interval.start is not None:
                return _on_or_after(parent, None, f"{said}: on or after it")
        if event.id in self.separate:
            return self.after_first_clause(event, head, parent)
        if (
            _told_as_past(event)
            and head.event_class in _CLAUSE_TAKING
            and _is_complement(self.parse, self.roots.get(event.id))
            and interval.end is not None
        ):  # (a present perfect too: "23 *have died*, the ministry said": up to the saying)
            return _on_or_before(parent, None, f'past tense reported by "{head.text}" ({when}): on or before it')
        if event.tense is Tense.PAST and event.aspect is Aspect.PERFECTIVE and head.aspect is not Aspect.PERFECTIVE:
            if interval.end is None:
                return None
            reason = f'past perfect under "{head.text}" ({when}): on or before it'
            return _on_or_before(parent, parent.time.timex_id, reason)
        if event.tense is Tense.FUTURE:
            if interval.start is None:
                return None
            return _on_or_after(parent, parent.time.timex_id, f'future under "{head.text}" ({when}): on or after it')
        ahead = self.ahead_of(event, head)
        if ahead is not None and self.scheduled_for(head, parent):
            return _Placed(
                time=parent.time,
                relation=Relation.IS_INCLUDED,
                placement=Placement.INHERITED,
                reason=f'"{head.text}" for {when}: at that time',
            )
        if ahead is not None:
            if interval.start is None:
                return None  # from a time known only by its end: it may lie anywhere
            said = f'hypothetical, {ahead}: still to come when "{head.text}" ({when}) speaks of it'
            return _on_or_after(parent, None, f"{said}: on or after it")
        return _Placed(
            time=parent.time,
            relation=parent.relation,
            placement=Placement.INHERITED,
            reason=f'depends on "{head.text}" in the same sentence, placed at {when}',
        )

    def across_a_semicolon(self, event: Event, head_token: int | None) -> bool:
        """Whether a semicolon stands between the event and the word the parse hangs it on ("Northwind
        profit *beats* forecasts; CEO to step down in March"): a semicolon joins clauses that each
        stand alone, so neither takes the other's time (only the words between the two are read). Not
        one before "and", "or", "but", which closes a list of parallel clauses ("has fallen 2.08% this
        year; the Vanguard fund rose 1.84%; *and* the T. Rowe Price fund edged up 0.66%")."""
        parse, root = self.parse, self.roots.get(event.id)
        if parse is None or root is None or head_token is None:
            return False
        low, high = sorted((root, head_token))
        return any(parse.lower(i) == ";" and parse.dep(i + 1) != "cc" for i in range(low + 1, high))

    def looks_back_to(self, event: Event) -> bool:
        """Whether the event heads a clause under "since" ("no deaths have been reported *since the
        outbreak began*"): the start of a stretch that reaches the present, earlier than the
        story's last time, which it does not take."""
        root = self.roots.get(event.id)
        if self.parse is None or root is None or self.parse.dep(root) != "advcl":
            return False
        return any(
            self.parse.dep(c) == "mark" and self.parse.lower(c) in self.words.looking_back
            for c in self.parse.left_children(root)
        )

    def other_tense_conjoined(self, event: Event, head: Event) -> bool:
        """Whether the verb, or the predicate of a copula, is conjoined to its head with a tense of
        another time ("*joined* in 2021 and *is expected* to take over", "*released* five albums
        ... and *performs* twice a year", "rose in the second quarter, and the council *is due* to
        meet"): a present beside a past is no part of the past's time, nor a past of a present's."""
        root, head_root, parse = self.roots.get(event.id), self.roots.get(head.id), self.parse
        if parse is None or root is None or head_root is None:
            return False
        clause = root  # the word conjoined to the head on the way up: the event, or a verb over it
        for _ in range(_CLAUSE_CLIMB):
            if clause == head_root or (parse.dep(clause) == "conj" and parse.head(clause) == head_root):
                break
            clause = parse.head(clause)
        if clause == head_root or parse.dep(clause) != "conj" or parse.head(clause) != head_root:
            return False
        if clause == root:
            tense = _time_of_tense(event) if event.pos == "VERB" else None
        else:  # "and the council *is* due to meet ..., less than a fortnight after she *starts*"
            tense = _TENSES_OF_TAGS.get(parse.tag(clause))
        return tense is not None and _time_of_tense(head) not in (None, tense)

    def scheduled_for(self, head: Event, parent: _Placed) -> bool:
        """Whether ``head`` is a verb of scheduling placed at a time still to come by a time of its
        own ("a further meeting *is scheduled for 8 September*", "the hearing *was set for* Oct.
        15"): that time is the scheduled event's, which is at it, not from it on."""
        published, interval = self.document.publication_date, parent.time.interval
        return (
            head.lemma.lower() in self.words.scheduling
            and parent.placement is Placement.GOVERNING_TIMEX
            and published is not None
            and interval.start is not None
            and interval.end is not None
            and interval.start.date() >= published
        )

    def ahead_of(self, event: Event, head: Event) -> str | None:
        """What marks a hypothetical event as not yet happened when the event it depends on speaks of
        it: a word of its own or over it (``ahead``: "*looming* Israeli action", "a *potential*
        incursion"), or a verb or noun of intending or fearing that governs it ("*called for* a
        cease-fire", "*fears* of an attack"). It lies from that event's time on, as a future does,
        not at it. None for one qualified by a modal (left out unless asked for), or past."""
        if (
            event.factuality != "hypothetical"
            or event.modality is not None
            or event.tense is Tense.PAST
            or event.aspect is not Aspect.NONE
        ):
            return None
        ahead = self.words.ahead
        if event.text.lower() in ahead:
            return f'"{event.text}"'
        root = self.roots.get(event.id)
        if self.parse is not None and root is not None:
            for child in self.parse.children(root):
                if self.parse.dep(child) in _MODIFIERS and self.parse.lower(child) in ahead:
                    return f'"{self.parse.doc[child].text} {event.text}"'
        if head.text.lower() in ahead:
            return f'under "{head.text}"'
        if head.event_class in _INTENDING or head.lemma.lower() in self.words.intending_for:
            return f'intended or feared by "{head.text}"'
        return None

    def edge_it_marks(self, event: Event, head: Event) -> str | None:
        """The edge ("end", "start") of an event noun an aspectual verb marks when the noun is its
        subject or object ("the *strike*, which began on March 1, *ended* on Friday"; "*opened* the
        *trial* on Monday"): the noun lasted up to that time, or from it on, not within it."""
        root = self.roots.get(event.id)
        if (
            self.parse is None
            or root is None
            or event.pos != "NOUN"
            or head.event_class is not EventClass.ASPECTUAL
            or self.parse.head(root) != self.tokens.get(head.id)
            or self.parse.dep(root) not in ("nsubj", "nsubjpass", "dobj")
        ):
            return None
        return self.words.period_edges.get(head.lemma.lower())

    def lasting_until(self, event: Event, head: Event) -> str | None:
        """The edge "end" when the event noun is measured by a length of time after "after" on its head ("The
        truce *took effect* at 4am on Wednesday after 14 months of *fighting*"): it lasted up to the
        head's time, not at it."""
        parse, root = self.parse, self.roots.get(event.id)
        if parse is None or root is None or event.pos != "NOUN" or parse.dep(root) != "pobj":
            return None
        of = parse.head(root)
        length = parse.head(of)
        marker = parse.head(length)
        if (
            parse.lower(of) == "of"
            and parse.lower(length) in self.words.bare_units
            and parse.dep(length) == "pobj"
            and parse.dep(marker) == "prep"
            and self.words.before_after.get(parse.lower(marker)) == "after"
            and parse.head(marker) == self.tokens.get(head.id)
        ):
            return "end"
        return None

    def in_an_apposition(self, event: Event, head_token: int | None) -> bool:
        """Whether the event noun lies inside an apposition on the way up to the event it depends on
        ("said Nate Evans, *a spokesperson for the U.S. mission*"): that describes a participant,
        at no time of the verb's. Not an apposition the event heads, which names the verb's event
        again ("jumped 20 percent, *quite a dramatic rise*")."""
        root = self.roots.get(event.id)
        if self.parse is None or root is None or head_token is None:
            return False
        node = root
        for _ in range(_CLAUSE_DEPTH * 2):
            if node == head_token or self.parse.head(node) == node:
                return False
            if self.parse.dep(node) == "appos":
                return node != root
            node = self.parse.head(node)
        return False

    def set_in_an_event(self, event: Event) -> bool:
        """Whether the verb is set in an event noun by a preposition of ``during`` ("prices *soared
        during the war*", "suspended the rule *during the pandemic*"): its time is that event's,
        which a time of its own would date (:func:`_share_with_head`), not the day the story is at."""
        root = self.roots.get(event.id)
        if self.parse is None or root is None:
            return False
        parse, during = self.parse, self.words.during
        # on the verb, or on the object of one of its prepositions ("for two years *during* the pandemic")
        near = [root, *(o for c in parse.children(root) if parse.dep(c) == "prep" for o in parse.children(c))]
        return any(
            parse.dep(c) == "prep"
            and parse.lower(c) in during
            and any(parse.dep(o) == "pobj" and o in self.event_tokens for o in parse.children(c))
            for node in near
            for c in parse.children(node)
        )

    def describes_a_noun(self, event: Event) -> bool:
        """Whether the event heads a relative clause ("an astronomer *who discovered* comets, died on
        Tuesday"): it describes a participant, at a time of its own, not the story's nor that of
        the verb above the noun."""
        root = self.roots.get(event.id)
        return self.parse is not None and root is not None and self.parse.dep(root) == "relcl"

    def reports_its_head(self, event: Event) -> bool:
        """Whether the event is a verb of saying set in the clause it reports ("Sales, *he said*,
        doubled in 2019"; "In 2019, *the chairman added*, sales doubled"; "gave way at 5:52 p.m.,
        *according* to the fire department"): the parse hangs it below that clause's verb, but the
        time of what is said is not the time of saying it. A verb of saying by its lemma too
        (``saying``): the event model may class "added" an occurrence."""
        root = self.roots.get(event.id)
        if self.parse is None or root is None or event.pos != "VERB":
            return False
        if event.text.lower() in self.words.attributions:
            return self.parse.dep(root) in ("prep", "advcl", "parataxis")
        return (
            event.event_class is EventClass.REPORTING or event.lemma.lower() in self.words.saying
        ) and self.parse.dep(root) == "parataxis"

    def purpose_infinitive(self, event: Event) -> bool:
        """Whether the event is an infinitive of purpose or result with no time of its own ("beat
        Arsenal *to move* top"): not placed itself, it happens with the verb it completes, so a
        time clause the parse hangs on it ("two weeks after losing") measures from that verb."""
        token = self.tokens.get(event.id)
        return (
            event.tense is Tense.INFINITIVE
            and event.id not in self.placed
            and self.parse is not None
            and token is not None
            and self.parse.dep(token) == "advcl"
        )

    def after_first_clause(self, event: Event, head: Event, parent: _Placed) -> _Placed | None:
        """A past clause conjoined after one its own time dates ("the House approved it *in February*,
        and Biden said..."): that time is not its own, but the clause is told after it, so it falls
        between that time's start and publication. None for other tenses: they are placed alone."""
        published = self.document.publication_date
        if published is None or event.tense is not Tense.PAST or event.aspect is not Aspect.NONE:
            return None
        start, end = parent.time.interval.start, cal.day_interval(published).end
        if start is None or end is None or not start < end:
            return None
        when = parent.time.describe()
        if parent.time.interval.end is not None and parent.time.interval.end >= end:  # the first clause's time is now
            reason = f'told after "{head.text}" in the same sentence, placed at {when}'
            return attrs.evolve(parent, placement=Placement.INHERITED, reason=reason)
        return _Placed(
            time=EventTime(value=None, interval=Interval(start=start, end=end, granularity=Granularity.DAY)),
            relation=Relation.IS_INCLUDED,
            placement=Placement.INHERITED,
            reason=f'a clause of its own told after "{head.text}" ({when}), whose time dates only that one: '
            f"between it and publication ({published})",
        )

    def closes_meantime(self, event: Event) -> bool:
        """Whether the event is a perfect in a sentence that "since then" ends ("around 500 staff
        officers *have been stationed* there since then."): "since" measures the perfect."""
        if event.aspect not in (Aspect.PERFECTIVE, Aspect.PERFECTIVE_PROGRESSIVE):
            return False
        tail = event.sentence.text.rstrip(" \t\n.!?\"”’')").lower()
        closer = next((words for words in self.words.meantime_closers if tail.endswith(words)), None)
        return closer is not None and event.end <= event.sentence.start + len(tail) - len(closer)

    def meantime(self, event: Event) -> _Placed | None:
        """ "In the meantime" / "meanwhile" / "since then": between the story's reference time and publication."""
        published = self.document.publication_date
        if published is None:
            return None
        reference = self.reference(event, back_to=True)
        if reference is None or reference.time.interval.start is None:
            return None
        end = cal.day_interval(published).end
        start = reference.time.interval.start
        if end is None or not start < end:
            return None
        interval = Interval(start=start, end=end, granularity=Granularity.DAY)
        return _Placed(
            time=EventTime(value=None, interval=interval, timex_id=None),
            relation=Relation.IS_INCLUDED,
            placement=Placement.REFERENCE_TIME,
            reason=f'"in the meantime": between the story\'s reference time ({reference.time.describe()}) '
            f"and publication ({published})",
        )

    def stale_for_saying(self, event: Event, reference: _Placed) -> bool:
        """Whether a verb of saying would be dated by a reference time well before publication: news
        reports what people say now, so after a background sentence ("was convicted in September")
        an undated "the judge said" is told from the story's present, not from that time. A time
        that dates a saying ("told reporters on Friday") still dates the next ones within a week
        or so; any other, only up to two days before publication."""
        published = self.document.publication_date
        interval = reference.time.interval
        if event.event_class is not EventClass.REPORTING or published is None or interval is None:
            return False
        if interval.end is None:
            return False
        last_day = (interval.end - timedelta(microseconds=1)).date()  # (the end is exclusive)
        if reference.time.timex_id not in self.saying_times:
            # "notified retailers last Friday. Lumen *said* the recall would cost...": the day of
            # another event; what the story's people say, undated, they say on its present
            return (published - last_day).days > _SAYING_NEAR_DAYS
        return (published - last_day).days > _SAYING_REACH_DAYS

    def day_of_saying(self, event: Event, reference: _Placed) -> _Placed:
        """An undated verb of saying takes the day of a clock time that dates another event ("passed
        Earth at 9:34 p.m. ... *said* Ortiz"), not the minute: people speak of an event later; so
        does any event told in a later sentence than the clock time ("picked up a heat signature at
        about 7:40 a.m. Thursday. He *was taken* to hospital"): the story moved on within the day
        (not from a part of the day, which goes on: "Friday night ... the crowd *sang*")."""
        interval = reference.time.interval
        timex = self.timex_by_id(reference.time.timex_id)
        told_later = (
            timex is not None
            and timex.start < event.sentence.start
            and interval.granularity.rank < Granularity.PART_OF_DAY.rank  # a night goes on: "Friday night ... sang"
        )
        if (
            (event.event_class is not EventClass.REPORTING and not told_later)
            or interval.start is None
            or interval.granularity.rank >= Granularity.DAY.rank
            or reference.time.timex_id in self.saying_times
        ):
            return reference
        day = cal.day_interval(interval.start.date())
        return _Placed(
            time=EventTime(value=cal.timex_value(day), interval=day, timex_id=None),
            relation=Relation.IS_INCLUDED,
            placement=Placement.REFERENCE_TIME,
            reason=f"{reference.reason}: its day",
        )

    def moved_away(self, day: TimeExpression, later: TimeExpression) -> bool:
        """Whether a year or quarter mentioned after the story's last day, in a later sentence, lies
        a year or more away from that day: ended that much before it, the story went back into the
        background ("died on Tuesday. Born in 1931, she..."); begun that much after it, the story
        moved on through the years ("born on May 3, 1943. ... She moved to Europe in 1978"); in
        the same sentence it is a detail of that sentence ("said Friday it would investigate the
        genocide *four years ago*")."""
        assert day.interval is not None and later.interval is not None
        start, end = day.interval.start, later.interval.end
        day_end, later_start = day.interval.end, later.interval.start
        back = start is not None and end is not None and start - end >= _BACKGROUND
        on = day_end is not None and later_start is not None and later_start - day_end >= _BACKGROUND
        if not (back or on):
            return False
        starts = self.sentence_starts
        return bisect.bisect_right(starts, later.start) != bisect.bisect_right(starts, day.start)

    def reference(self, event: Event, *, back_to: bool = False) -> _Placed | None:
        """The last bounded day-to-month time mentioned before the event, if recent enough and the
        story has not moved since to a year or quarter well before or after it (a coarse time is no
        reference time itself, but one a year or more away from the last day mentioned takes the
        story away from that day: see :meth:`moved_away`). ``back_to``: the event's own words point
        back to it ("since then"), so the time of a conjoined clause with its own subject counts too."""
        earliest_sentence = self.window_start(event)
        published = self.document.publication_date
        own_clause_only = None if back_to else self.separate.get(event.id)
        # a saying after what it reports, in one sentence, is not at the time of what it reports
        reporting = event.event_class is EventClass.REPORTING and not back_to
        figure = self.figure_period(event, earliest_sentence)
        since: TimeExpression | None = None  # a coarser time the story moved to after the candidate
        quoted = self.quotation_of(event.start) is not None
        # only the times before the event, from the last back (a bounded look: no pass over the later ones)
        times = self.narrative_times
        for k in range(bisect.bisect_left(times, event.start, key=lambda t: t.start) - 1, -1, -1):
            timex = times[k]
            if timex.id == own_clause_only:
                continue
            if reporting and timex.start >= event.sentence.start and self.quotation_of(timex.start) is None:
                continue  # "... began taking on water *overnight*, survivors *told* rescuers": what it reports
            if reporting and self.reported_by_a_saying(timex):
                continue  # "said the gunmen left *early Sunday*. Atalanta *said* ...": what was said, not when
            if figure is not None and timex.start < figure[0]:
                return figure[1]  # the story's last figure is newer than its last day
            if timex.start < earliest_sentence:
                break
            if not quoted and self.quotation_of(timex.start) is not None and not self.holds_publication(timex):
                continue  # "'I said to the lads *on Friday* ...,' Allen told reporters": the speaker's time
            interval = timex.interval
            if interval is None or not interval.is_bounded:
                continue
            if interval.granularity.rank > Granularity.MONTH.rank:
                since = since or timex
                continue
            if timex.value is None or timex.value.endswith("_REF"):
                continue
            if since is not None and self.moved_away(timex, since):
                return None  # "died on Tuesday. Born in 1931, she *studied*...": the story left that day
            if self.caught_up_since(timex, event):
                return None  # "... escalated in late September. 3,800 *have been killed* since then. Agencies *warned*"
            if published is not None and interval.start is not None and interval.start.date() > published:
                return None  # the story last spoke of the future: no past reference time
            return _Placed(
                time=EventTime(value=timex.value, interval=interval, timex_id=timex.id),
                relation=Relation.IS_INCLUDED,
                placement=Placement.REFERENCE_TIME,
                reason=(
                    f'past tense with no time of its own: the story\'s reference time, "{timex.text}" ({timex.value})'
                ),
            )
        return None if figure is None else figure[1]

    def caught_up_since(self, timex: TimeExpression, event: Event) -> bool:
        """Whether a sentence between the time and the event's sentence brings the story up to
        publication with a present perfect measured "since then" ("The war escalated sharply in late
        September. More than 3,800 people *have been killed* since then, according to ... Aid
        agencies *warned* ..."): after it the story is at its present, not at that time."""
        if self.caught_up is None:
            closers = self.words.meantime_closers
            self.caught_up = sorted(
                {
                    e.sentence.start
                    for e in self.by_id.values()
                    if e.tense is Tense.PRESENT
                    and e.aspect in (Aspect.PERFECTIVE, Aspect.PERFECTIVE_PROGRESSIVE)
                    and any(words in e.sentence.text.lower() for words in closers)
                }
            )
        k = bisect.bisect_right(self.caught_up, timex.start)
        return k < len(self.caught_up) and self.caught_up[k] < event.sentence.start

    def reported_by_a_saying(self, timex: TimeExpression) -> bool:
        """Whether the time dates no saying and follows a verb of saying in its sentence ("the
        spokesman *said* the gunmen left *early Sunday*"): the time of what was said, which the story's
        next undated saying does not take (people speak of events later)."""
        if timex.id in self.saying_times:
            return False
        if self.saying_starts is None:
            self.saying_starts = sorted(
                e.start for e in self.by_id.values() if e.event_class is EventClass.REPORTING and e.pos == "VERB"
            )
        k = bisect.bisect_left(self.saying_starts, timex.start)
        if not k:
            return False
        starts = self.sentence_starts
        sentence = starts[bisect.bisect_right(starts, timex.start) - 1] if starts else 0
        return self.saying_starts[k - 1] >= sentence

    def timex_by_id(self, timex_id: str | None) -> TimeExpression | None:
        """The story's time expression of that id (None for none; the lookup is built on first need)."""
        if timex_id is None:
            return None
        if self.narrative_by_id is None:
            self.narrative_by_id = {t.id: t for t in self.narrative_times}
        return self.narrative_by_id.get(timex_id)

    def holds_publication(self, timex: TimeExpression) -> bool:
        """Whether the time is or holds the publication day ("*today*", "this week"): a speaker's
        time that is also the story's."""
        return _holds_day(timex, self.document.publication_date)

    def quotation_of(self, offset: int) -> int | None:
        """The index of the quotation the character ``offset`` is in, if any."""
        return _in_quotation(self.quotations, offset, len(self.document.text))

    def figure_period(self, event: Event, earliest: int) -> tuple[int, _Placed] | None:
        """A past figure with no time of its own ("Revenue *climbed* 11 percent to $2.1 billion") is
        reported for the period of the story's last figure in the same paragraph, if that was a
        reporting period ("earned $412 million in the three months that ended Dec. 31": October to
        December), not on the day the story was told: the start of that figure and the period, if
        it lies in the window."""
        figures = self.figures
        k = bisect.bisect_left(figures, (event.start, ""))
        if not k or figures[k - 1][0] < earliest or self.parse is None:
            return None
        root = self.roots.get(event.id)
        if root is None or not _reports_figure(self.parse, root, self.durations, self.words):
            return None
        start, figure_id = figures[k - 1]
        if _PARAGRAPH_BREAK.search(self.document.text, start, event.start):
            return None  # a new paragraph, a new subject: "Shares *jumped* 7 percent" trade on the day
        found = self.placed[figure_id]
        head = self.by_id[figure_id]
        return start, _Placed(
            time=found.time,
            relation=Relation.IS_INCLUDED,
            placement=Placement.REFERENCE_TIME,
            reason=f"a figure with no time of its own: reported for the period of the story's last figure, "
            f'"{head.text}" ({found.time.describe()})',
        )


def _flashbacks(events: Iterable[Event]) -> frozenset[int]:
    """Starts of the sentences whose verbs are all in the past perfect ("Arsenal *had won* their
    previous four games"): one pass over the events."""
    perfect: dict[int, bool] = {}
    for event in events:
        if event.pos == "VERB":
            start = event.sentence.start
            past_perfect = event.tense is Tense.PAST and event.aspect is Aspect.PERFECTIVE
            perfect[start] = perfect.get(start, True) and past_perfect
    return frozenset(start for start, all_perfect in perfect.items() if all_perfect)


def _a_reporting_period(placed: _Placed) -> bool:
    """Whether a time a clause states is a period figures are reported for: bounded, dated by the text,
    longer than a week ("in the fourth quarter", "in the three months that ended Dec. 31")."""
    interval = placed.time.interval
    return (
        placed.placement is Placement.GOVERNING_TIMEX
        and placed.relation is Relation.IS_INCLUDED
        and interval.start is not None
        and interval.end is not None
        and interval.end - interval.start > _A_WEEK
    )


_A_WEEK = timedelta(days=7)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")

#: A quotation within a line: curly quotes, TeX quotes (``...''), or straight double quotes; an
#: unclosed one runs to the end of its line (a quote that goes on in the next paragraph).
_QUOTATION = re.compile(r"“[^”\n]*(?:”|$)|``(?:[^'\n]|'(?!'))*(?:''|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)


def _holds_day(timex: TimeExpression, day: date | None) -> bool:
    """Whether the time is or holds ``day`` (the publication day: "*today*", "this week")."""
    interval = timex.interval
    if day is None or interval is None or interval.start is None or interval.end is None:
        return False
    return interval.start.date() <= day < interval.end.date() or interval.start.date() == day


def _in_quotation(quotations: Sequence[tuple[int, int]], offset: int, text_length: int) -> int | None:
    """The index of the quotation (of :func:`_quotations`) the character ``offset`` is in, if any."""
    k = bisect.bisect_right(quotations, (offset, text_length + 1)) - 1
    return k if k >= 0 and quotations[k][0] <= offset < quotations[k][1] else None


def _quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation of the text, in order: a time inside one is the speaker's,
    and moves the story's time only for what is quoted, unless it holds the publication day."""
    return [m.span() for m in _QUOTATION.finditer(text)]


def _reports_figure(parse: Parse, root: int, durations: frozenset[int], words: OrderingWords) -> bool:
    """Whether the verb (its token ``root``) reports a figure: a number as its object or measure
    ("earned *$412 million*", "rose *18 percent*", "was *$3 million*") or after a preposition of a
    change ("fell *to 3,000 units*", "rose *by 2 percent*"); not a length of time ("lasted *three
    weeks*"). Only the verb's children and theirs are read."""
    for child in parse.children(root):
        dep = parse.dep(child)
        if dep == "prep" and parse.lower(child) in words.figure_prepositions:
            nodes = [c for c in parse.children(child) if parse.dep(c) == "pobj"]
        elif dep in _FIGURE_DEPS:
            nodes = [child]
        else:
            continue
        for node in nodes:
            if node in durations:
                continue
            if parse.tag(node) in _NUMBER_TAGS or any(parse.tag(c) in _NUMBER_TAGS for c in parse.children(node)):
                return True
    return False


#: Dependents of a verb that give its figure ("earned *$4 million*", "rose *18 percent*", "was *$3 million*").
_FIGURE_DEPS = frozenset({"dobj", "npadvmod", "attr", "oprd"})
_NUMBER_TAGS = frozenset({"CD", "$"})


#: The time a finite verb tells by its tag, for the clause of a word with no tense of its own.
_TENSES_OF_TAGS = {"VBZ": "present", "VBP": "present", "VBD": "past"}
#: How many heads up from an event its clause's conjoined verb is looked for.
_CLAUSE_CLIMB = 8


def _time_of_tense(event: Event) -> str | None:
    """Past, present or future, as a tense tells it: a present perfect is told of the past ("*has
    demanded* his rights and *insisted*", :func:`_told_as_past`), a present of now."""
    if _told_as_past(event):
        return "past"
    if event.tense is Tense.PRESENT:
        return "present"
    return "future" if event.tense is Tense.FUTURE else None


def _reaches_past_publication(placed: _Placed, published: date | None) -> bool:
    """Whether ``placed`` may lie after the publication day: a future, which a past tense under it
    is not part of."""
    interval = placed.time.interval
    if published is None or interval.start is None or interval.start.date() < published:
        return False
    day_end = cal.day_interval(published).end  # (the calendar's own bound on its last day)
    return interval.end is None or day_end is None or interval.end > day_end


def _at_publication_by_tense(placed: _Placed) -> bool:
    """Placed at the publication day by its present tense alone ("says", "faces"): what depends
    on it need not be going on now ("faces *criticism* over the *invasion*", "says troops
    *withdrew*"), so it is not placed there too; its own tense places it, if it has one."""
    return placed.placement is Placement.TENSE and placed.relation in (Relation.INCLUDES, Relation.IS_INCLUDED)


def _on_or_before(parent: _Placed, timex_id: str | None, reason: str) -> _Placed:
    """Placed on or before the end of ``parent``'s time."""
    interval = parent.time.interval
    before = Interval(start=None, end=interval.end, granularity=interval.granularity)
    return _Placed(
        time=EventTime(value=None, interval=before, timex_id=timex_id),
        relation=Relation.BEFORE,
        placement=Placement.INHERITED,
        reason=reason,
    )


def _on_or_after(parent: _Placed, timex_id: str | None, reason: str) -> _Placed:
    """Placed on or after the start of ``parent``'s time."""
    interval = parent.time.interval
    after = Interval(start=interval.start, end=None, granularity=interval.granularity)
    return _Placed(
        time=EventTime(value=None, interval=after, timex_id=timex_id),
        relation=Relation.AFTER,
        placement=Placement.INHERITED,
        reason=reason,
    )


@attrs.frozen(kw_only=True, slots=True)
class _Offset:
    """A duration saying how far an event lies from the event its clause modifies: "fell *a day
    after* the company warned" (``relation``: the clause's event is BEFORE the head's)."""

    timex: TimeExpression
    marker: str
    relation: Relation
    head_token: int


#: TimeML duration values of one whole number of calendar units ("P1D", "P2W", "P3M", "P1Y").
_WHOLE_UNITS = re.compile(r"P(\d{1,4})([DWMY])")
_UNITS = {"D": Granularity.DAY, "W": Granularity.WEEK, "M": Granularity.MONTH, "Y": Granularity.YEAR}


def _shift_by(day: date, duration: str | None, earlier: bool) -> tuple[date, Granularity] | None:
    """``day`` moved back (``earlier``) or forward by a duration of whole calendar units ("P2W": two
    weeks), and that unit; None for another duration, or one that leaves the calendar (years 1 to
    9999: :class:`~timeline.calendar.CalendarRangeError`, the only error a whole-unit shift raises)."""
    match = _WHOLE_UNITS.fullmatch(duration or "")
    if match is None:
        return None
    unit = _UNITS[match.group(2)]
    try:
        return cal.shift_date(day, unit, int(match.group(1)) * (-1 if earlier else 1)), unit
    except cal.CalendarRangeError:
        return None


def _measured_unit(interval: Interval, duration: str | None, earlier: bool) -> Interval | None:
    """The calendar unit a duration of whole units ("P2W") away from the start of ``interval`` on
    the side ``earlier`` says: the day, week... it lands in (a unit of the calendar: "two weeks
    before" is that week). None from a time coarser than that unit or open, or another duration."""
    start = interval.start if interval.is_bounded else None
    moved = None if start is None else _shift_by(start.date(), duration, earlier)
    if moved is None or interval.granularity.rank > moved[1].rank:
        return None
    return cal.unit_interval(moved[1], moved[0])


def _offset_from(parent: _Placed, head: Event, offset: _Offset) -> _Placed | None:
    """Placed ``offset`` away from ``parent`` (the head's time) on the side its marker says: "fell on
    Monday, *a day after* the company warned" puts the warning on Sunday. At the unit's granularity
    ("two weeks before": that week), from a head known to that unit or finer; else only on that side
    of the head's time (a whole-day "a day after" a month, "hours after")."""
    interval, timex = parent.time.interval, offset.timex
    earlier = offset.relation is Relation.BEFORE
    when = parent.time.describe()
    said = f'"{timex.text} {offset.marker}" ... "{head.text}" ({when})'
    shifted = _measured_unit(interval, timex.value, earlier)
    if shifted is not None:
        value = cal.timex_value(shifted)
        return _Placed(
            time=EventTime(value=value, interval=shifted, timex_id=None),
            relation=Relation.IS_INCLUDED,
            placement=Placement.INHERITED,
            reason=f"{said}: {timex.text} {'before' if earlier else 'after'} it, {value}",
        )
    if earlier and interval.end is not None:
        return _on_or_before(parent, None, f"{said}: before it")
    if not earlier and interval.start is not None:
        return _on_or_after(parent, None, f"{said}: after it")
    return None


def _sentence_starts(document: Document, parse: Parse | None, events: Sequence[Event]) -> list[int]:
    """Character offsets where sentences start: from the parse, else from the events' sentences."""
    if parse is not None and parse.doc.has_annotation("SENT_START"):
        return parse.sentence_starts()
    return sorted({e.sentence.start for e in events})


def _meantime(sentence: str, words: OrderingWords | None = None) -> bool:
    """Whether the sentence opens with (or sets off) "in the meantime", "meanwhile", "since then"."""
    words = words or load_words()
    head = sentence.lstrip(" \t\n\"“'‘—-").lower()[:40]
    return head.startswith(words.meantime_openers) or any(w in sentence.lower() for w in words.meantime_inserted)


#: Dependents that qualify an event noun ("a *potential* incursion", "the *planned* talks").
_MODIFIERS = frozenset({"amod", "compound", "advmod"})
#: Classes of what intends, seeks or fears an event that is still to come.
_INTENDING = frozenset({EventClass.I_ACTION, EventClass.I_STATE})

_CLAUSE_TAKING = frozenset({EventClass.REPORTING, EventClass.I_STATE, EventClass.I_ACTION, EventClass.PERCEPTION})


def _is_complement(parse: Parse | None, root: int | None) -> bool:
    """Whether the event (its token ``root``) heads a clausal complement ("said *that* Y happened")."""
    return parse is not None and root is not None and parse.dep(root) in ("ccomp", "parataxis")


def _temporal_marker(parse: Parse | None, root: int | None, words: OrderingWords) -> str | None:
    """``before`` or ``after`` when the event (its token ``root``) is modified by "before ..." /
    "after ..." with an event after it ("before landing in the country, he underscored...")."""
    if parse is None or root is None:
        return None
    for child in parse.left_children(root):  # the children before the event
        side = words.before_after.get(parse.lower(child))
        if (
            side is not None
            and parse.dep(child) in ("prep", "mark")
            and any(
                parse.dep(c) in ("pcomp", "pobj") and parse.tag(c).startswith(("VB", "NN"))
                for c in parse.children(child)
            )
        ):
            return side
    return None


def _ordered_by_marker(
    parse: Parse | None, root: int | None, head: int | None, words: OrderingWords
) -> tuple[str, Relation] | None:
    """The marker and the side of its head's time on which a clause or event noun under "after",
    "before", "since"... lies (``clause_markers``): "arrested him in August, *after* a colleague
    *reported* the records" (BEFORE: the report came first), "resigned in May *before* the council
    *voted*" (AFTER), "walked out in May *after* the *vote*". Only when the marker hangs on the head
    itself. (Under a day, the sentence's day is that of both: "changed on Monday after they held a
    call"; the caller asks only for a head known to a week or coarser.)"""
    if parse is None or root is None or head is None:
        return None
    dep = parse.dep(root)
    marker: int | None = None
    if dep == "advcl" and parse.head(root) == head:
        marker = next((c for c in parse.left_children(root) if parse.dep(c) == "mark"), None)
    elif dep in ("pcomp", "pobj") and parse.dep(parse.head(root)) == "prep":
        preposition = parse.head(root)
        if parse.lower(preposition) in words.bounding_links.values() and parse.dep(parse.head(preposition)) in (
            "prep",
            "advmod",
        ):
            preposition = parse.head(preposition)  # "ahead of", "prior to"
        marker = preposition if parse.head(preposition) == head else None
    if marker is None:
        return None
    word = parse.lower(marker)
    relation = words.clause_markers.get(word)
    return (word, relation) if relation in (Relation.BEFORE, Relation.AFTER) else None


def _judged_for(parse: Parse | None, root: int | None, head: Event, words: OrderingWords) -> bool:
    """Whether the event (its token ``root``) is what a verb of judging judges someone for
    ("sentenced *for* defrauding investors", "arrested *for* the murder", "convicted of murder *and
    kidnapping*"), or an adjective of a verdict does ("*found* a man *guilty of* preparing acts of
    terrorism"): done before it."""
    if parse is None or root is None:
        return False
    for _ in range(4):  # a charge in a list: "of murder, *kidnapping* and tampering"
        if parse.dep(root) != "conj":
            break
        root = parse.head(root)
    if parse.dep(root) not in ("pobj", "pcomp"):
        return False
    preposition = parse.head(root)
    if parse.dep(preposition) != "prep" or parse.lower(preposition) not in words.judged_for:
        return False
    return head.lemma.lower() in words.judging or parse.lower(parse.head(preposition)) in words.verdicts


def _not_a_fact(event: Event) -> bool:
    """Qualified by a modal ("would have played") or told as not having happened though not negated
    ("if the game *had been* on Wednesday", "*almost* gave up"): its time is not the story's. (A
    negated verb keeps it: "did not comment *on Monday*" tells of Monday.)"""
    return event.is_hypothetical or (event.factuality == "negated" and event.polarity is Polarity.POS)


def _did_not_happen(event: Event) -> bool:
    """Negated ("did not resign", "refused to attend") or qualified by a modal ("would mean")."""
    return event.polarity is Polarity.NEG or event.factuality == "negated" or event.is_hypothetical


def _from_timex(event: Event, timex: TimeExpression, published: date | None) -> _Placed:
    assert timex.interval is not None
    value = timex.value if timex.interval.is_bounded else None
    if value == "PRESENT_REF" and published is not None and _ahead_by_tense_or_modal(event):
        # "Washington *would now take* the resolution to the General Assembly": from now on
        start = cal.day_interval(published).start
        return _Placed(
            time=EventTime(
                value=None, interval=Interval(start=start, end=None, granularity=Granularity.DAY), timex_id=timex.id
            ),
            relation=Relation.AFTER,
            placement=Placement.GOVERNING_TIMEX,
            reason=f'"{timex.text}" ({timex.value}) under a future: "{event.text}" is from publication '
            f"({published}) on",
        )
    if value is not None and value.endswith("_REF"):  # "has *now* scored": shown as the day it stands for
        value = cal.timex_value(timex.interval)
    interval, by_tense = _within_tense(event, timex.interval, published)
    return _Placed(
        time=EventTime(value=value, interval=interval, timex_id=timex.id),
        # IS_INCLUDED for a state too ("As of Sept. 30, the bank *had* assets of $511 million"):
        # TimeML links an event to the date that dates it so, whatever its class (TimeBank's 26
        # states dated by a day: 14 IS_INCLUDED, 7 ENDED_BY, 4 SIMULTANEOUS, 1 INCLUDES)
        relation=Relation.IS_INCLUDED,
        placement=Placement.GOVERNING_TIMEX,
        reason=f'"{timex.text}" ({timex.value}) governs "{event.text}": {timex.explanation}{by_tense}',
    )


def _ahead_by_tense_or_modal(event: Event) -> bool:
    """A future, or what "would" or "will" says is to come ("would now take")."""
    modality = (event.modality or "").lower()
    return event.tense is Tense.FUTURE or modality in ("will", "would", "shall", "'ll", "'d")


def _within_tense(event: Event, interval: Interval, published: date | None) -> tuple[Interval, str]:
    """A time open on one side ("*weeks later*": on or after a day) closed on the other by the event's
    tense: a past happened by publication, a future happens from it on ("Weeks later, the CEO
    *resigned*": between that day and publication). With the words to add to the reason."""
    if interval.is_bounded:
        return interval, ""
    start, end = interval.start, interval.end
    earliest, latest = _tense_bounds(event, published)
    if end is None and start is not None and latest is not None and start < latest:
        bounded = Interval(start=start, end=latest, granularity=interval.granularity)
        return bounded, f"; {event.tense.value.lower()} tense: by publication ({published})"
    if start is None and end is not None and earliest is not None and earliest < end:
        bounded = Interval(start=earliest, end=end, granularity=interval.granularity)
        return bounded, f"; future tense: from publication ({published}) on"
    return interval, ""


def _age_number(parse: Parse, noun: int, words: OrderingWords) -> int | None:
    """The number of years of an age noun: "age *8*", "the age *of 12*", "the age of *eight*"."""
    for child in parse.children(noun):
        dep = parse.dep(child)
        if dep == "prep" and parse.lower(child) == "of":
            figures = [c for c in parse.children(child) if parse.dep(c) == "pobj"]
        elif dep == "nummod":
            figures = [child]
        else:
            continue
        for figure in figures:
            word = parse.lower(figure)
            if word.isdigit() and 0 < len(word) <= 3:
                return int(word)
            if word in words.age_numbers:
                return words.age_numbers[word]
    return None


def _against_its_tense(event: Event, interval: Interval, published: date | None) -> bool:
    """Whether a bounded interval lies where the event's tense forbids it (:func:`_tense_bounds`):
    a past wholly after publication, a future wholly before it."""
    earliest, latest = _tense_bounds(event, published)
    return (latest is not None and interval.start is not None and interval.start >= latest) or (
        earliest is not None and interval.end is not None and interval.end <= earliest
    )


def _tense_bounds(event: Event, published: date | None) -> tuple[datetime | None, datetime | None]:
    """The earliest and latest an event may lie by its tense alone: a past (or present perfect) is
    over by the end of the publication day, a future starts no earlier than that day."""
    if published is None:
        return None, None
    day = cal.day_interval(published)
    earliest = day.start if event.tense is Tense.FUTURE else None
    latest = day.end if _told_as_past(event) else None
    return earliest, latest


def _bounded_by(event: Event, timex: TimeExpression, side: str, published: date | None) -> _Placed:
    """Placed on one side of a time that bounds the event (see :func:`_bounding_side`), as TimeML
    links them: AFTER a time it follows, BEFORE one it precedes, BEGUN_BY one it runs from ("since
    August"); up to a time ("by May", "until 1993") it may end with it or well before it, which
    no one relation says: no link. A future event up to a time starts after publication."""
    interval = timex.interval
    assert interval is not None
    if side in _BESIDE:  # "before the deadline *on Friday*": the noun's time, the event beside it
        against = f'"{timex.text}" ({timex.value}) dates what "{event.text}" is ordered against'
        beside = _beside(event, interval, side == "on_or_after", published, against)
        if beside is not None:
            return beside
        side = "after" if side == "on_or_after" else "before"
    if side == "until" and published is not None and _told_as_past(event):
        today = cal.day_interval(published)
        if interval.start is not None and today.end is not None and interval.start >= today.end:
            # "had committed funding *through fiscal 2027*": the reach of what was done, not its time
            return _Placed(
                time=EventTime(
                    value=None, interval=Interval(start=None, end=today.end, granularity=Granularity.DAY), timex_id="t0"
                ),
                relation=Relation.BEFORE,
                placement=Placement.TENSE,
                reason=f'"{timex.text}" ({timex.value}) is how far what "{event.text}" did reaches, not when it was: '
                f"{event.tense.value.lower()} tense, on or before publication ({published})",
            )
    granularity = interval.granularity
    timex_id: str | None = timex.id
    low, high = _bounded_part(timex)
    if low != interval.start and low != interval.end:
        granularity = Granularity.DAY  # the middle of a month or year is a day
    if side in ("after", "from"):
        start = high if side == "after" else interval.start
        bounds = Interval(start=start, end=None, granularity=granularity)
        relation = Relation.AFTER if side == "after" else Relation.BEGUN_BY
        words = "after it" if side == "after" else "from it on"
    else:
        end = low if side == "before" else interval.end
        start = None
        if event.tense is Tense.FUTURE and published is not None:
            start = cal.day_interval(published).start
            start = start if end is None or start is None or start < end else None
        bounds = Interval(start=start, end=end, granularity=granularity)
        relation = Relation.BEFORE if side == "before" or start is None else Relation.IS_INCLUDED
        words = "before it" if side == "before" else "up to its end"
        timex_id = timex.id if side == "before" else None
    return _Placed(
        time=EventTime(value=None, interval=bounds, timex_id=timex_id),
        relation=relation,
        placement=Placement.GOVERNING_TIMEX,
        reason=f'"{timex.text}" ({timex.value}) bounds "{event.text}": {words}',
    )


def _after_dated_events(
    parse: Parse,
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    words: OrderingWords,
    published: date | None,
    times: Sequence[TimeExpression] = (),
) -> list[tuple[str, _Placed]]:
    """A verb with no time of its own, after or before an event noun or a clause a time dates
    ("will meet again *after* a summit on Dec. 27", "*ahead of* the summit", "*since* the vote on
    Dec. 3", "*until* his trial", "shares fell *after* the company said on Monday..."), lies on
    that side of its time: from its start on (it may follow the same day) or up to its end; a
    duration before the marker says how far ("resigned *three days after* the vote on March 2":
    March 5). Not where its tense forbids it: a past verb after a time still to come, a future one
    before a time gone by."""
    out: list[tuple[str, _Placed]] = []
    lengths: dict[int, TimeExpression] | None = None  # a duration's token -> the duration, on first need
    inside: _TimesCover | None = None  # where the times lie, on first need
    for i, dated in by_token.items():
        timex = governing.get(dated.id)
        if timex is None or timex.interval is None:
            continue
        if dated.pos == "VERB" and parse.dep(i) == "advcl":  # "fell *after* the company *said* on Monday..."
            preposition = next((c for c in parse.left_children(i) if parse.dep(c) == "mark"), i)
            head = parse.head(i)
            measured_at = i  # "fell *a day* after the company warned": the duration under the clause
        elif dated.pos == "NOUN" and parse.dep(i) == "pobj":
            preposition = parse.head(i)
            head = parse.head(preposition)
            measured_at = preposition  # "resigned *three days* after the vote"
        else:
            continue
        if lengths is None:
            lengths = {root: t for t in times if t.type is TimexType.DURATION and (root := parse.root(t.start, t.end))}
        length = _length_of(next((lengths[c] for c in parse.left_children(measured_at) if c in lengths), None))
        if head in lengths and parse.dep(head) == "npadvmod":  # "*A week* after the ceremony, the mayor resigned"
            length, head = _length_of(lengths[head]), parse.head(head)
        elif (
            head not in by_token
            and (unit := _unit_noun(parse, head, words)) is not None
            # (not a unit inside a time expression of its own: "The day before last Tuesday")
            and not (inside := inside or _TimesCover.of(times)).covers(parse.doc[head].idx)
        ):
            length, head = unit  # "*The day* after the vote, he resigned"; "In *the weeks* after the election"
        elif length is None:  # "fell *a day* after the company warned", the duration hung on "fell"
            just_before = [c for c in parse.children(head) if parse.doc[c].right_edge.i + 1 == preposition]
            length = _length_of(next((lengths[c] for c in just_before if c in lengths), None))
        word = marker = parse.lower(preposition)
        if words.bounding_links.get(parse.lower(head)) == word:  # "ahead of", "prior to"
            preposition = head
            word = parse.lower(preposition)
            marker = f"{word} {marker}"
            head = parse.head(preposition)
        side = words.bounding.get(word) if words.clause_markers.get(word) in _ORDERING else None
        if word in words.until:  # "continued *until* the vote on Dec. 3": up to its end, as before it
            side = "before"
        verb = by_token.get(head)
        if (
            side not in ("after", "before", "from")
            or parse.dep(preposition) not in ("prep", "advmod", "mark")
            or verb is None
        ):
            continue
        side = "after" if side == "from" else side  # "since" the vote: from its start on, as after it
        if verb.pos != "VERB" or verb.id in governing:
            continue
        against = f'{marker} "{dated.text}", which "{timex.text}" ({timex.value}) dates'
        measured = None if length is None else _measured_from(verb, timex.interval, length, side, published, against)
        if measured is not None:
            out.append((verb.id, measured))
            continue
        beside = _beside(verb, timex.interval, side == "after", published, against)
        if beside is not None:
            out.append((verb.id, beside))
    return out


@attrs.frozen(kw_only=True, slots=True)
class _TimesCover:
    """Where time expressions lie in the text, to ask whether an offset is inside one in log time
    (their starts in order, and the furthest end among those starting at or before each)."""

    starts: list[int]
    furthest_ends: list[int]

    @classmethod
    def of(cls, times: Sequence[TimeExpression]) -> _TimesCover:
        spans = sorted((t.start, t.end) for t in times)
        return cls(starts=[s for s, _ in spans], furthest_ends=list(itertools.accumulate((e for _, e in spans), max)))

    def covers(self, offset: int) -> bool:
        """Whether some time expression holds the character ``offset``."""
        k = bisect.bisect_right(self.starts, offset) - 1
        return k >= 0 and self.furthest_ends[k] > offset


def _length_of(duration: TimeExpression | None) -> tuple[str, str] | None:
    """A duration's TimeML value and words, as :func:`_measured_from` takes them (None without a value)."""
    return None if duration is None or duration.value is None else (duration.value, duration.text)


def _unit_noun(parse: Parse, noun: int, words: OrderingWords) -> tuple[tuple[str, str] | None, int] | None:
    """For a noun of calendar units that an "after" or "before" phrase hangs on, and that dates the
    verb above it ("*The day* after the vote, he resigned", "In *the weeks* after the election, prices
    rose"): the length it measures (TimeML value and words; None for a bare plural, which only
    orders) and the verb's token; None for any other noun."""
    word, dep = parse.lower(noun), parse.dep(noun)
    if word not in words.following_units and word not in words.bare_units:
        return None
    if dep == "npadvmod":
        verb = parse.head(noun)
    elif dep == "pobj" and parse.lower(parse.head(noun)) in words.unit_prepositions:
        verb = parse.head(parse.head(noun))
    else:
        return None
    determiner = next((c for c in parse.left_children(noun) if parse.dep(c) == "det"), None)
    if word in words.bare_units or determiner is None or parse.lower(determiner) != "the":
        return None, verb
    return (words.following_units[word], f"the {parse.doc[noun].text}"), verb


def _measured_from(
    event: Event, interval: Interval, length: tuple[str, str], side: str, published: date | None, against: str
) -> _Placed | None:
    """The placement of an event a duration of whole calendar units after or before (``side``)
    something that happened in ``interval`` (``length``: its TimeML value and words): "resigned
    three days after the vote on March 2" is March 5, at the duration's unit ("two weeks before":
    that week), from a time known to that unit or finer; None for another duration or time, or where
    the event's tense forbids the result (a past verb on a day still to come)."""
    value, said = length
    shifted = _measured_unit(interval, value, earlier=side == "before")
    if shifted is None or shifted.start is None or shifted.end is None:
        return None
    if _against_its_tense(event, shifted, published):
        return None
    shifted_value = cal.timex_value(shifted)
    return _Placed(
        time=EventTime(value=shifted_value, interval=shifted, timex_id=None),
        relation=Relation.IS_INCLUDED,
        placement=Placement.GOVERNING_TIMEX,
        reason=f'{against}, "{said}" {side} it: {shifted_value}',
    )


def _beside(event: Event, interval: Interval, after: bool, published: date | None, against: str) -> _Placed | None:
    """The placement of an event on one side of something that happened in ``interval`` (``against``
    says what, for the reason): from its start on (``after``: it may follow the same day) or up to
    its end, within what its tense allows (a past by publication, a future from it); None where its
    tense forbids that side (a past after a time still to come, a future before a time gone by)."""
    start, end = _tense_bounds(event, published)
    if after:
        if interval.start is None or (end is not None and interval.start >= end):
            return None
        bounds = Interval(start=interval.start, end=end, granularity=interval.granularity)
        said = "on or after it" if end is None else f"on or after it, by publication ({published})"
    else:
        if interval.end is None or (start is not None and interval.end <= start):
            return None
        bounds = Interval(start=start, end=interval.end, granularity=interval.granularity)
        said = "on or before it" if start is None else f"on or before it, from publication ({published})"
    return _Placed(
        time=EventTime(value=None, interval=bounds, timex_id=None),
        relation=Relation.IS_INCLUDED,
        placement=Placement.GOVERNING_TIMEX,
        reason=f"{against}: {said}",
    )


def _bounded_part(timex: TimeExpression) -> tuple[datetime | None, datetime | None]:
    """The start and end that "before" and "after" a time bound against: the whole interval, or the
    point its mod narrows it to. "Before *the end of the year*" is before the year ends, not before
    it starts; "after *the start of March*" is after March starts; "mid-March" counts from its middle."""
    interval = timex.interval
    assert interval is not None
    start, end = interval.start, interval.end
    if timex.mod == "END":
        return end, end
    if timex.mod == "START":
        return start, start
    if timex.mod == "MID" and start is not None and end is not None:
        middle = datetime.combine((start + (end - start) / 2).date(), datetime.min.time())
        return middle, middle
    return start, end


def _told_as_past(event: Event) -> bool:
    """A past tense, or a present perfect ("has raised"): over by the time of writing."""
    return event.tense is Tense.PAST or (
        event.tense is Tense.PRESENT and event.aspect in (Aspect.PERFECTIVE, Aspect.PERFECTIVE_PROGRESSIVE)
    )


#: The classes a headline's present tense tells as news that has happened: "Chancellor *quits*",
#: "Ship *sinks*", "Fed *vows* to act" (not a state: "Prices *remain* high").
_HEADLINE_NEWS = frozenset({EventClass.OCCURRENCE, EventClass.ASPECTUAL, EventClass.I_ACTION})


def _from_tense(event: Event, document: Document, *, in_the_headline: bool = False) -> _Placed | None:
    published = document.publication_date
    if published is None:
        return None
    day = cal.day_interval(published)
    if _told_as_past(event):
        interval = Interval(start=None, end=day.end, granularity=Granularity.DAY)
        return _Placed(
            time=EventTime(value=None, interval=interval, timex_id="t0"),
            relation=Relation.BEFORE,
            placement=Placement.TENSE,
            reason=f"{event.tense.value.lower()} tense with no stated time: on or before publication ({published})",
        )
    if event.tense is Tense.PRESENT and event.event_class is EventClass.REPORTING and event.aspect is Aspect.NONE:
        return _Placed(
            time=EventTime(value=published.isoformat(), interval=day, timex_id="t0"),
            relation=Relation.IS_INCLUDED,
            placement=Placement.TENSE,
            reason=f'present-tense report ("says"): said on the day of publication ({published})',
        )
    if (
        event.tense is Tense.PRESENT
        and event.aspect is Aspect.NONE
        and event.event_class in _HEADLINE_NEWS
        and in_the_headline
    ):
        return _Placed(
            time=EventTime(
                value=None, interval=Interval(start=None, end=day.end, granularity=Granularity.DAY), timex_id="t0"
            ),
            relation=Relation.BEFORE,
            placement=Placement.TENSE,
            reason=f"a headline's present tense tells news that has happened: on or before publication ({published})",
        )
    if event.tense is Tense.PRESENT:
        return _Placed(
            time=EventTime(value=published.isoformat(), interval=day, timex_id="t0"),
            relation=Relation.INCLUDES,
            placement=Placement.TENSE,
            reason=f"present tense: going on at publication ({published})",
        )
    if event.tense is Tense.FUTURE:
        return _from_publication_on(published, f"future tense: on or after publication ({published})")
    return None


def _date_the_same_event_again(
    parse: Parse,
    events: Sequence[Event],
    roots: dict[str, int],
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
) -> frozenset[str]:
    """An event noun under "the" that nothing dates is the event of that name the story dated before
    ("returning its *verdict* at 3:45 p.m. ... Morgan said after the *verdict*"): it takes that time,
    if a day or finer and told within :data:`_SAME_EVENT_REACH` characters. Returns the ids so dated."""
    dated: set[str] = set()
    last: dict[str, tuple[int, TimeExpression]] = {}  # lemma -> (where, time) of its last dated mention
    for event in events:  # in text order
        if event.pos != "NOUN":
            continue
        lemma = event.lemma.lower()
        root = roots.get(event.id)
        timex = governing.get(event.id)
        if timex is None and root is not None and parse.dep(root) in ("dobj", "nsubj", "nsubjpass"):
            verb = by_token.get(parse.head(root))  # "returning its *verdict* at 3:45 p.m.": the verb's time
            timex = None if verb is None else governing.get(verb.id)
            if (
                timex is not None
                and timex.interval is not None
                and timex.interval.granularity.rank <= Granularity.DAY.rank
            ):
                last[lemma] = (event.start, timex)
            continue
        if timex is not None:
            if timex.interval is not None and timex.interval.granularity.rank <= Granularity.DAY.rank:
                last[lemma] = (event.start, timex)
            continue
        earlier = last.get(lemma)
        if (
            earlier is None
            or root is None
            or event.id in bounding
            or event.start - earlier[0] > _SAME_EVENT_REACH
            or not any(parse.dep(c) == "det" and parse.lower(c) == "the" for c in parse.children(root))
        ):
            continue
        governing[event.id] = earlier[1]
        dated.add(event.id)
    return frozenset(dated)


#: How far (characters) a definite event noun looks back for the dated event of its name.
_SAME_EVENT_REACH = 2000


def _recurring(parse: Parse | None, times: Sequence[TimeExpression], by_token: dict[int, Event]) -> frozenset[str]:
    """Ids of the events a set (a recurring time) attaches to in the parse ("its summer shorts
    showcase *held* each June", "*meets* every Monday"): a habit, which takes no single time from
    the story (it may still share the span of the event it depends on: "was stuck in the canal from
    23 to 29 March 2021 and *held up* $9.6 billion of trade each day")."""
    if parse is None:
        return frozenset()
    found: set[str] = set()
    for timex in times:
        if timex.type is not TimexType.SET:
            continue
        tokens = parse.span(timex.start, timex.end)
        if tokens is None or parse.dep(tokens[2]) == "amod":
            continue  # "a *daily* rally", "his *weekly* radio address": the noun's kind, not a habit of the verb
        above = parse.first_above(tokens[2], tokens[0], tokens[1], by_token, steps=2)
        if above is not None:
            found.add(above[0].id)
    return frozenset(found)


def _drop_days_a_set_repeats(
    text: str, times: Sequence[TimeExpression], governing: dict[str, TimeExpression], recurring: frozenset[str]
) -> None:
    """A time written right beside a set, on a habit the set dates, says when in each period it
    recurs ("Ceremonies will be *held* every year *on Feb. 24*", "meets each week *on Monday*"): no one
    time, so it dates nothing (the habit is placed by its tense). Only the time next to each set is
    read."""
    ordered = sorted(times, key=lambda t: t.start)
    beside: set[str] = set()
    for k, timex in enumerate(ordered):
        if timex.type is not TimexType.SET:
            continue
        neighbours = (ordered[k - 1] if k > 0 else None, ordered[k + 1] if k + 1 < len(ordered) else None)
        for other in neighbours:
            if other is None or other.type is TimexType.SET:
                continue
            gap = text[timex.end : other.start] if other.start >= timex.end else text[other.end : timex.start]
            if len(gap) <= _SET_GAP and not any(c in gap for c in ",;.\n"):
                beside.add(other.id)
    for event_id in recurring:
        dating = governing.get(event_id)
        if dating is not None and dating.id in beside:
            del governing[event_id]


#: The most characters between a set and the time of each period it recurs at (" on ", " at ").
_SET_GAP = 4


def _headline_end(text: str, times: Sequence[TimeExpression] = ()) -> int:
    """Where the text's headline ends, 0 without one: a first line of its own, short, of one
    sentence with no closing punctuation ("Eleanor Vance, stage and screen actress ..., *dies* at
    91"), and naming no time. A headline's simple present tells the news, which has happened ("'The
    Zone of Interest' and Emma Stone *win* big at ..." the night before)."""
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    if line_end < 0 or line_end - first > _HEADLINE_LENGTH:
        return 0
    line = text[first:line_end].rstrip()
    if ". " in line or line.endswith((".", "!", "?", ":", '"', "”")):
        return 0
    # a headline that says when ("Suez backlog stretches into new year") places its verbs by that
    return 0 if any(t.start < line_end for t in times) else line_end


#: The most characters a headline's line has (the longest of the reviewed stories' is under 100).
_HEADLINE_LENGTH = 160


def _from_publication_on(published: date, reason: str) -> _Placed:
    """Placed by tense on or after the publication day: a future, or what is still to come."""
    day = cal.day_interval(published)
    return _Placed(
        time=EventTime(
            value=None, interval=Interval(start=day.start, end=None, granularity=Granularity.DAY), timex_id="t0"
        ),
        relation=Relation.AFTER,
        placement=Placement.TENSE,
        reason=reason,
    )


def _sort_key(entry: TimelineEntry) -> tuple[datetime, int, datetime, int]:
    """Earliest first. At the same day: events known to fall on it, then those "on or before"
    it (sorted at their last possible day), then those "on or after" it; ties in text order."""
    interval = entry.time.interval
    if interval.start is not None:
        start, rank = interval.start, 0 if interval.end is not None else 2
    elif interval.end is not None:
        start, rank = (
            interval.end - timedelta(days=1) if interval.granularity.rank >= Granularity.DAY.rank else interval.end,
            1,
        )
    else:
        start, rank = datetime.max, 3
    return start, rank, interval.end or datetime.max, entry.event.start


# --- the parse ---------------------------------------------------------------------------------------
#: How far into its line a dateline's time may start ("WASHINGTON, March 22, 2024 (AP) --").
_DATELINE_REACH = 100


def _date_the_event_of_a_day(
    parse: Parse,
    text: str,
    times: Sequence[TimeExpression],
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
    words: OrderingWords,
) -> None:
    """Dates an event noun that a time is said to be the day of, in apposition ("its biggest drop
    since *23 June 2016, the day of the EU referendum*", "*Oct. 19, 1987, the day of the crash*"),
    wherever the parse hangs the apposition: the referendum was on that day. Read from the words
    right after each time (one anchored match per time)."""
    for timex in times:
        match = words.day_of_an_event.match(text, timex.end)
        if match is None or timex.interval is None or not timex.interval.is_bounded:
            continue
        of = parse.root(match.end() - 3, match.end() - 1)
        if of is None or parse.lower(of) != "of":
            continue
        event = next((by_token.get(c) for c in parse.children(of) if parse.dep(c) == "pobj"), None)
        if event is not None and event.pos == "NOUN" and event.id not in governing and event.id not in bounding:
            governing[event.id] = timex


def _in_a_dateline(text: str, timex: TimeExpression, words: OrderingWords) -> bool:
    """Whether the time stands in a dateline ("GENEVA, *5 March 2024* — The WHO declared..."):
    when the story was filed, not the time of the verb the parse hangs it on."""
    if words.dateline_after.match(text, timex.end) is None:
        return False  # most times: no dash after them, and no look back along the line
    low = max(0, timex.start - _DATELINE_REACH - 1)
    line_start = text.rfind("\n", low, timex.start) + 1  # within the reach only: one long line is no dateline
    if not line_start and low:
        return False
    return (
        timex.start - line_start <= _DATELINE_REACH
        and words.dateline_before.fullmatch(text, line_start, timex.start) is not None
    )


def _governing_times(
    parse: Parse | None,
    times: Sequence[TimeExpression],
    events: Sequence[Event],
    by_token: dict[int, Event],
    words: OrderingWords,
    *,
    moved: set[str] | None = None,
    published: date | None = None,
) -> tuple[dict[str, TimeExpression], dict[str, tuple[TimeExpression, str]]]:
    """Event id -> the time expression attached to it in the parse that dates it (nearest in the
    tree wins; bounded values before open ones), and event id -> a time that only bounds it, with
    the side (see :func:`_bounding_side`: "lost money *since* Jan. 13"), for events no time dates."""
    if parse is None:
        return _governing_by_sentence(times, events), {}
    best: dict[str, tuple[tuple[int, int, int], TimeExpression, str | None]] = {}
    for timex in times:
        tokens = parse.span(timex.start, timex.end)
        if tokens is None:
            continue
        first, end, root = tokens
        assert timex.interval is not None
        bounded = 0 if timex.interval.is_bounded else 1
        possessed = _possessed_event(parse, end, by_token, words.possessive)
        if possessed is not None:  # "next week's planned meetings": the time dates the noun
            best[possessed.id] = ((0, bounded, 0), timex, None)
            continue
        if _possesses_a_role(parse, root, end, words):
            continue  # "*Last year's* winner said": it says which winner, not when the saying was
        found = (
            _predicate_of_the_noun_after(parse, root, end, by_token)
            or parse.first_above(root, first, end, by_token, steps=11)
            or _subject_of_a_copula(parse, root, (first, end), by_token, words)
        )
        if found is None:
            fronted = _finite_verb_right_after(parse, end, by_token) or _clause_under_a_fronted_time(
                parse, root, end, by_token
            )
            if fronted is not None and fronted.id not in best:  # "The FDA on Friday *approved* Helvora, ..."
                best[fronted.id] = ((0, bounded, 2), timex, None)
            continue
        event, distance = found
        rescheduled = _moved_to(parse, root, distance, event, by_token, words, _after_the_day(timex, published))
        if rescheduled is not None:  # "pushed the *tour* into 2024", "rescheduled for Saturday": the new time
            if isinstance(rescheduled, Event) and (
                rescheduled.id not in best or (0, bounded, distance) < best[rescheduled.id][0]
            ):
                best[rescheduled.id] = ((0, bounded, distance), timex, None)
                if moved is not None:
                    moved.add(rescheduled.id)
            continue
        recalled = _recalled_by_an_anniversary(parse, parse.ancestor(root, distance), event, by_token, words)
        if recalled is not None:  # "the third anniversary of the invasion on Feb. 24, 2022": the invasion's day
            if recalled.id not in best or (0, bounded, distance) < best[recalled.id][0]:
                best[recalled.id] = ((0, bounded, distance), timex, None)
            continue
        compared = _past_an_elliptical_comparison(parse, parse.ancestor(root, distance), by_token)
        if compared is not None:  # "added more jobs than *expected* in December": the adding
            event, distance = compared[0], distance + compared[1]
        missing = False  # "has gone five games without a *victory* since August": the verb's time
        if event.pos == "NOUN":
            verb = by_token.get(_past_a_missing_noun(parse, parse.ancestor(root, distance)))
            if verb is not None and verb is not event:
                event, distance, missing = verb, distance + 2, True
        side = _bounding_side(parse, root, words)
        if side == "until" and _not_until(parse, root, words):
            side = None  # "did *not* resume production *until March*": it resumed in March
        doing: Event | None = None  # a verb done to an event object the time dates too
        if side is None and distance <= 2:
            speaker = _verb_before_its_complement(parse, root, first, end, distance, by_token)
            if speaker is not None:  # "said *on Thursday* the talks had failed": the saying's time
                event = speaker
            outer = _past_a_set_off_clause(parse, root, first, distance, by_token)
            if outer is not None:  # "approved the merger, first proposed in 2019, *on Tuesday*"
                event = outer
            opening = _closing_an_opening_participle(parse, root, first, end, distance, by_token)
            if opening is not None:  # "*Born* in Dayton, Ohio, *on May 3, 1943*, she graduated"
                event = opening
            playing = _verb_of_a_role(parse, root, distance, event, by_token, words)
            if playing is not None:  # "made landfall as a Category 3 *hurricane* at 11:10 p.m."
                event, distance = playing, distance + 2
            reporting = _reporting_its_object(parse, root, distance, event, timex, by_token)
            if reporting is not None:  # "*reported* a 38% rise in annual profit *on Tuesday*"
                event, distance = reporting, distance + 1
            else:
                doing = _done_to_its_object(parse, root, distance, event, timex, by_token) or _before_a_participle(
                    parse, end, distance, event, by_token
                )
        elif side is None and distance == 4:  # "*held* a rally on the Capitol steps on Saturday"
            doing = _done_to_its_object(parse, root, distance, event, timex, by_token)
        if doing is not None and (doing.id not in best or (0, bounded, distance + 1) < best[doing.id][0]):
            best[doing.id] = ((0, bounded, distance + 1), timex, None)  # "*reached* the summit early on Thursday"
        if side is None and distance == 2 and event.pos == "VERB":
            owner = _phrase_the_time_follows(parse, root, by_token, words)
            if owner is not None:  # "collapsed before the vote *on Dec. 3*": the vote's time, not the verb's
                if isinstance(owner, Event):
                    rank = (0, bounded, distance)
                    if owner.id not in best or rank < best[owner.id][0]:
                        best[owner.id] = (rank, timex, None)
                continue
        if (
            (not missing and _inside_a_description(parse, root, distance, side))
            or (side == "from" and _range_of_a_superlative(parse, root, words))
            or _classifies_an_object(parse, root, distance, words)
            or _comparison_base(parse, root, distance, words, first)
            or _earlier_time_after_a_base_figure(parse, first, end, words)
            or _excepted(parse, root, words)
            or _period_of_a_forecast(parse, root, words)
            or _inside_a_relative_clause(parse, root, distance)
            or _inside_a_complement_clause(parse, root, distance)
        ):
            continue
        side = side or _ordered_on_the_way(parse, root, distance, words)
        rank = (0 if side is None else 1, bounded, distance)
        held = best.get(event.id)
        if held is None or _dates_rather_than(parse, rank, timex, held):
            best[event.id] = (rank, timex, side)
        started = _started_by_a_participle(parse, parse.ancestor(root, distance), event, by_token, words)
        if started is not None and side is None and started.id not in best:  # "notified by letter *starting* April 1"
            best[started.id] = ((1, bounded, distance + 1), timex, "from")
        perfect = (
            _perfect_over_an_infinitive(parse, parse.ancestor(root, distance), by_token) if side == "from" else None
        )
        if perfect is not None and perfect.id not in best:  # "has *struggled* to fill positions since 2021"
            best[perfect.id] = ((1, bounded, distance + 1), timex, side)
    dating = {event_id: timex for event_id, (_, timex, side) in best.items() if side is None}
    bounding = {event_id: (timex, side) for event_id, (_, timex, side) in best.items() if side is not None}
    return dating, bounding


def _dates_rather_than(
    parse: Parse,
    rank: tuple[int, int, int],
    timex: TimeExpression,
    held: tuple[tuple[int, int, int], TimeExpression, str | None],
) -> bool:
    """Whether ``timex``, reaching the event at ``rank``, dates it rather than the time it holds
    (``held``): the nearer in the tree, except that a time which only names a noun (a compound:
    "The *January* window", "for the *summer* recess") gives way to a finer one at any distance:
    "The January window opens *on 1 January 2025*", "rises for the summer recess *on 21 July*"
    are days, not the season or month the noun is named by."""
    other_rank, other = held[0], held[1]
    if rank[:2] == other_rank[:2] and timex.interval is not None and other.interval is not None:
        finer, coarser = timex.interval.granularity.rank, other.interval.granularity.rank
        if finer < coarser and _names_a_noun(parse, other):
            return True
        if finer > coarser and _names_a_noun(parse, timex):
            return False
    return rank < other_rank


def _names_a_noun(parse: Parse, timex: TimeExpression) -> bool:
    """Whether the time ends in a compound of a noun ("the *summer* recess"): what the noun is
    called (its last word, as "the" of "the summer" hangs on the noun too)."""
    tokens = parse.span(timex.start, timex.end)
    return tokens is not None and parse.dep(tokens[1] - 1) == "compound"


def _past_an_elliptical_comparison(parse: Parse, node: int, by_token: dict[int, Event]) -> tuple[Event, int] | None:
    """The event above a participle of a comparison with no subject ("added more jobs than
    *expected* in December", "grew faster than *forecast* last quarter"), with the steps up to it:
    "than expected" is the comparison's standard, the time is that of what is compared."""
    if parse.tag(node) != "VBN" or not any(
        parse.dep(c) == "mark" and parse.lower(c) == "than" for c in parse.left_children(node)
    ):
        return None
    if any(parse.dep(c) in ("nsubj", "nsubjpass") for c in parse.children(node)):
        return None  # "than analysts expected": a clause of its own
    return parse.first_above(node, node, node + 1, by_token, steps=4)


def _started_by_a_participle(
    parse: Parse, node: int, event: Event, by_token: dict[int, Event], words: OrderingWords
) -> Event | None:
    """The event a participle of starting with no subject hangs on ("Owners will be *notified* by letter
    *starting* April 1", "Trains will *run* hourly, *starting* Monday"): the time after the participle
    is when that event starts, so it bounds it from then on."""
    if parse.lower(node) not in words.start_participles or event.tense is not Tense.PRESPART:
        return None
    if any(parse.dep(c) in ("nsubj", "nsubjpass") for c in parse.children(node)):
        return None
    above = parse.first_above(node, node, node + 1, by_token, steps=3)
    if above is None or above[0].pos != "VERB":
        return None
    started = above[0]  # what is to run from then: a present or future, or a modal's
    return started if started.tense in (Tense.PRESENT, Tense.FUTURE) or started.modality is not None else None


def _perfect_over_an_infinitive(parse: Parse, node: int, by_token: dict[int, Event]) -> Event | None:
    """The perfect verb whose infinitive (token ``node``) the parse hangs a "since" on ("The district
    *has struggled* to fill driver positions since 2021"): "since" measures a perfect, so it bounds the
    perfect as well as the infinitive."""
    if parse.tag(node) != "VB" or parse.dep(node) != "xcomp":
        return None
    head = by_token.get(parse.head(node))
    return head if head is not None and head.aspect in (Aspect.PERFECTIVE, Aspect.PERFECTIVE_PROGRESSIVE) else None


def _predicate_of_the_noun_after(
    parse: Parse, root: int, end: int, by_token: dict[int, Event]
) -> tuple[Event, int] | None:
    """The verb of a clause a time opens when the parse hangs the time, as an adverb, on the subject
    noun after it and the verb on that noun ("..., and two weeks earlier a dinghy *capsized* near
    Tunisia": "earlier" and "capsized" both under "dinghy"), with the steps to it: a time before a
    noun does not modify the noun, it dates the clause."""
    noun = parse.head(root)
    if parse.dep(root) not in ("advmod", "npadvmod") or noun < end or not parse.tag(noun).startswith("NN"):
        return None
    for child in parse.children(noun):
        event = by_token.get(child)
        if event is not None and child > noun and parse.dep(child) == "acl" and parse.tag(child) in ("VBD", "VBN"):
            return event, 2
    return None


def _clause_under_a_fronted_time(parse: Parse, root: int, end: int, by_token: dict[int, Event]) -> Event | None:
    """The verb of the clause after a fronted time that the parse made the root of the sentence,
    the clause a relative clause of it ("The following day, at 10:30 a.m. Eastern time, CoinVault
    and more than 130 affiliates *filed* for Chapter 11": "day" the root, "filed" under it): with a
    subject of its own, the clause is the sentence the time opens. (``root``: the time's head token,
    ``end`` the token after it.)"""
    top = root
    for _ in range(4):  # up from "a.m." through "at" to "day"
        if parse.head(top) == top:
            break
        top = parse.head(top)
    if parse.head(top) != top or parse.tag(top).startswith(("VB", "MD")):
        return None
    for child in parse.children(top):
        event = by_token.get(child)
        if (
            event is not None
            and child >= end
            and parse.dep(child) in ("relcl", "acl")
            and parse.tag(child) in ("VBD", "VBN", "VBZ", "VBP")
            and any(parse.dep(c) in ("nsubj", "nsubjpass") for c in parse.children(child))
        ):
            return event
    return None


def _finite_verb_right_after(parse: Parse, end: int, by_token: dict[int, Event]) -> Event | None:
    """The verb event right after a time expression (its tokens end before ``end``) that the parse
    hangs on no event: news puts the day between subject and verb ("The U.S. Food and Drug
    Administration on Friday *approved* Helvora, an oral treatment ..."), and in a long sentence the
    parse can lose the verb (here, an adjective of "Helvora" under a root "Administration"); a
    finite past or present right after the day is still the verb it dates."""
    if end >= len(parse.doc):
        return None
    event = by_token.get(end)
    return event if event is not None and event.pos == "VERB" and parse.tag(end) in ("VBD", "VBZ", "VBP") else None


def _subject_of_a_copula(
    parse: Parse, root: int, span: tuple[int, int], by_token: dict[int, Event], words: OrderingWords
) -> tuple[Event, int] | None:
    """The event noun a copula says is at the time (its token ``root``) when no event is above the
    time ("the *vote* was on Tuesday", "its next *meeting* is on April 25"), with the distance
    through the copula: the noun's time, as "the Tuesday vote" would say; else the event adjective
    the copula predicates ("the report is *due* on Feb. 2"), not a word of the time (``span``, its
    tokens: "is this *coming* Sunday")."""
    copula, distance = parse.head(root), 1
    if parse.dep(root) == "pobj":
        copula, distance = parse.head(copula), 2
    if parse.lower(copula) not in words.copulas:
        return None
    subject = next((c for c in parse.left_children(copula) if parse.dep(c) in ("nsubj", "nsubjpass")), None)
    event = None if subject is None else by_token.get(subject)
    if event is not None and event.pos == "NOUN" and not _adverb_before_a_predicate(parse, root, copula):
        return event, distance
    # "the report *is due* on Feb. 2": the predicate the copula joins the time to
    predicate = next(
        (
            by_token[c]
            for c in parse.children(copula)
            if parse.dep(c) == "acomp" and c in by_token and not span[0] <= c < span[1]
        ),
        None,
    )
    return None if predicate is None else (predicate, distance)


def _adverb_before_a_predicate(parse: Parse, root: int, copula: int) -> bool:
    """Whether the time (its token ``root``) is an adverb on the copula before its predicate ("a final
    decision is *now* due by 13 December"): it says when the predicate holds, not when the subject's
    event is (the decision is due now; it is taken by 13 December)."""
    return parse.dep(root) == "advmod" and any(
        parse.dep(c) in ("acomp", "attr") and c > root for c in parse.children(copula)
    )


def _phrase_the_time_follows(
    parse: Parse, root: int, by_token: dict[int, Event], words: OrderingWords
) -> Event | bool | None:
    """What a date phrase the parse hangs on a verb belongs to when it comes right after a phrase
    of that verb that places or measures it against a noun: the event noun that orders the verb
    ("collapsed *before the vote* on Dec. 3": the vote was on Dec. 3, the collapse before it;
    "after", "since", "until", "ahead of"...), or the standard a difference the verb's object
    names is measured from ("will pay *a premium over the closing price* on Friday": the price of
    Friday; not a place: "blew up a jet *over* Scotland in 1988"). The noun's event, ``True`` for
    a standard that is no event (the time dates no event), ``None`` when the time stays the verb's:
    set off by a comma, after a noun that is no event ("left before dawn on Friday"), or after any
    other phrase ("set the price on Friday", "clashed over the budget on Friday")."""
    preposition = parse.head(root)
    verb = parse.head(preposition)
    last = preposition - 1  # the token right before the date phrase
    if parse.dep(root) != "pobj" or parse.dep(preposition) != "prep" or not verb < last:
        return None
    path = [last]
    while parse.head(path[-1]) != verb:
        if len(path) > _PHRASE_DEPTH or parse.head(path[-1]) == path[-1]:
            return None
        path.append(parse.head(path[-1]))
    marker = next((k for k, node in enumerate(path) if parse.dep(node) == "prep"), None)
    if marker is None or not marker or parse.dep(path[marker - 1]) != "pobj":
        return None
    noun, opening, phrase = path[marker - 1], path[marker], path[-1]
    event = by_token.get(noun)
    event = event if event is not None and event.pos == "NOUN" else None
    word = parse.lower(opening)
    if opening != phrase and words.bounding_links.get(parse.lower(phrase)) == word and parse.head(opening) == phrase:
        word = parse.lower(phrase)  # "ahead of", "prior to"
        opening = phrase
    if opening == phrase and _orders(word, words):
        return event
    if word not in words.comparison_standard:
        return None
    compared = phrase if parse.dep(phrase) in _COMPARED else None
    if opening == phrase:  # "pay a premium *over* ...": the object ends right before the preposition
        compared = next(
            (c for c in parse.children(verb) if parse.dep(c) in _COMPARED and parse.doc[c].right_edge.i == opening - 1),
            None,
        )
    if compared is None or not (
        parse.lower(compared) in words.differences or any(t.tag_ == "$" for t in parse.doc[compared].subtree)
    ):
        return None  # "blowing up a jet *over* Scotland in 1988": a place, no comparison
    return event if event is not None else True


#: How many heads up from the word before a date phrase :func:`_phrase_the_time_follows` climbs to the verb.
_PHRASE_DEPTH = 6
#: The relations of the clause markers that order an event against another ("before", "after", "since").
_ORDERING = (Relation.BEFORE, Relation.AFTER)
#: Dependents of a verb that a comparison may measure ("pay *a premium* over the price").
_COMPARED = frozenset({"dobj", "npadvmod", "attr", "oprd"})


def _orders(word: str, words: OrderingWords) -> bool:
    """Whether ``word`` orders an event against what it governs ("after", "before", "since", "until",
    "ahead"), unlike a preposition that only bounds or places it ("by", "from", "in")."""
    return word in words.until or words.clause_markers.get(word) in _ORDERING


def _share_with_aspectual(
    parse: Parse,
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
    words: OrderingWords,
) -> None:
    """An aspectual verb and the event it begins, continues or ends ("*began* raising rates in March
    2022", "*resumed* talks on Monday") happen at the same time, and so do a verb that says
    whether its infinitive happened and that infinitive ("*failed* to override the veto *the
    following day*", "*helped* them win the title in 2023": ``implicative``): a time that dates
    one of the two dates the other when that has none of its own."""
    for i, event in by_token.items():
        if event.pos != "VERB" or (
            event.event_class is not EventClass.ASPECTUAL and event.lemma.lower() not in words.implicative
        ):
            continue
        for child in parse.children(i):
            complement = by_token.get(child)
            if complement is None or (
                parse.dep(child) not in ("xcomp", "dobj")
                and not (parse.dep(child) == "ccomp" and parse.tag(child) == "VB")  # "helped them *win*"
            ):
                continue
            own = governing.get(event.id)
            theirs = governing.get(complement.id)
            if own is None and theirs is not None and event.id not in bounding:
                governing[event.id] = theirs
            elif theirs is None and own is not None and complement.id not in bounding:
                governing[complement.id] = own
            break


def _governed_tokens(by_token: dict[int, Event], governing: dict[str, TimeExpression]) -> list[int]:
    """The tokens of the events a time dates, in the parse's order (one pass over the events, so the
    rules that follow visit only those few)."""
    return [i for i, event in by_token.items() if event.id in governing]


def _share_with_head(
    parse: Parse,
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
    words: OrderingWords,
) -> None:
    """A verb with no time of its own takes the time of the event that sets it: "said *in a speech
    on Saturday*" (a verb of saying and an event noun under "in"/"at": the speech is when it was
    said; other verbs often say what they are about: "involved *in* the Oct. 23 killing", unless
    the noun is an occasion: "called for aid *in a speech* on Saturday"; any verb under "during":
    "lost $3 million a day *during a strike* in October 2023"; also through a participle that dates
    the noun: "*in a statement issued hours later*"), "the
    case began *when* an employee contacted regulators *in early 2020*" (a "when" clause happens
    at its head's time)."""
    shared: dict[str, TimeExpression] = {}
    for i in _governed_tokens(by_token, governing):
        event, timex = by_token[i], governing[by_token[i].id]
        dep = parse.dep(i)
        if event.pos == "NOUN" and dep == "pobj":
            preposition = parse.head(i)
            word = parse.lower(preposition)
            if parse.dep(preposition) != "prep" or (word not in words.setting and word not in words.during):
                continue
            above = parse.head(preposition)
            if above not in by_token and parse.dep(above) == "dobj":
                above = parse.head(above)  # "won 241 seats *in Saturday's election*": through the object
            head = by_token.get(above)
            if head is None or (
                word not in words.during
                and head.event_class is not EventClass.REPORTING
                and event.lemma not in words.occasions
            ):
                continue  # "involved *in* the Oct. 23 killing", "evidence *in* the slaying": what it is about
        elif event.pos == "NOUN" and dep in ("dobj", "nsubj", "nsubjpass"):
            # "skipped a payment *on Dec. 15*", "the bombings *on Aug. 7* killed 224": the parse hangs the
            # day on the noun, whose event the verb does or is done by (not "the Oct. 7 attack": a
            # time before the noun classifies it; nor a period: "reported a loss *in the third quarter*"
            # tells of the quarter after it ends)
            if not _dated_by_a_phrase_after(parse, i, timex) or not _a_day_or_finer(timex):
                continue
            head = by_token.get(parse.head(i))
        elif event.pos == "VERB" and dep == "advcl":
            if not any(parse.lower(c) in words.simultaneous_clause for c in parse.left_children(i)):
                continue
            head = by_token.get(parse.head(i))
        elif event.pos == "VERB" and dep == "acl":
            # "*In a statement issued hours later*, HS2 *said*": the statement's time, told by its participle
            head = _done_at_an_occasion_told_by(parse, i, by_token, words)
        elif dep in ("ccomp", "xcomp", "oprd") and parse.tag(i) in ("VBG", "JJ") and parse.head(i) < i:
            # "reported her *missing* the next morning", "found him *dead* on Monday": a small clause
            # with no tense of its own is seen, said or found at the time of its verb
            if any(parse.dep(c) in ("aux", "auxpass") for c in parse.children(i)):
                continue
            head = by_token.get(parse.head(i))
        else:
            continue
        if head is not None and head.pos == "VERB" and head.id not in governing and head.id not in bounding:
            shared.setdefault(head.id, timex)
    governing.update(shared)


def _done_at_an_occasion_told_by(
    parse: Parse, participle: int, by_token: dict[int, Event], words: OrderingWords
) -> Event | None:
    """The verb done in or at the noun a participle (token ``participle``) describes, when that
    noun is what the verb was said in or an occasion: "*In a statement issued hours later*, HS2
    *said*", "*approved* it at meetings *held* on 15 and 16 May" (the participle's time is the
    occasion's, so the verb's); else None."""
    noun = parse.head(participle)
    if parse.dep(participle) != "acl" or parse.dep(noun) != "pobj":
        return None
    preposition = parse.head(noun)
    if parse.dep(preposition) != "prep" or parse.lower(preposition) not in words.setting:
        return None
    head = by_token.get(parse.head(preposition))
    if head is None:
        return None
    noun_event = by_token.get(noun)
    lemma = noun_event.lemma if noun_event is not None else parse.lower(noun)  # "meetings": a meeting
    if head.event_class is not EventClass.REPORTING and lemma not in words.occasions:
        return None
    return head


def _give_scheduled_time_to_noun(
    parse: Parse,
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
    words: OrderingWords,
    published: date | None,
) -> None:
    """The time still to come of a participle of scheduling on an event noun is the noun's ("an
    approval *decision* *expected* by the end of the year", "a *summit* set for April"), as it is the
    subject's of the verb ("a decision is expected on Friday"): the expecting holds now, the decision
    is then. Not a time over by publication ("A memorial service *planned* for Saturday was
    canceled"), which dates the planning as the story told it."""
    for i in _governed_tokens(by_token, governing) + [i for i, e in by_token.items() if e.id in bounding]:
        participle = by_token[i]
        if participle.lemma.lower() not in words.scheduling or parse.dep(i) != "acl" or parse.tag(i) != "VBN":
            continue
        noun = by_token.get(parse.head(i))
        if noun is None or noun.pos != "NOUN" or noun.id in governing or noun.id in bounding:
            continue
        timex = governing[participle.id] if participle.id in governing else bounding[participle.id][0]
        interval = timex.interval
        if published is None or interval is None or interval.end is None or interval.end.date() <= published:
            continue
        if participle.id in governing:
            governing[noun.id] = governing.pop(participle.id)
        else:
            bounding[noun.id] = bounding.pop(participle.id)


def _a_day_or_finer(timex: TimeExpression) -> bool:
    """Whether the time is a bounded day or a part of one (not a period figures are reported for)."""
    interval = timex.interval
    return interval is not None and interval.is_bounded and interval.granularity.rank <= Granularity.DAY.rank


def _dated_by_a_phrase_after(parse: Parse, noun: int, timex: TimeExpression) -> bool:
    """Whether the time is the object of a preposition right on the noun (token ``noun``), after it:
    "a payment *on Dec. 15*", "the bombings *on Aug. 7*"."""
    tokens = parse.span(timex.start, timex.end)
    if tokens is None:
        return False
    root = tokens[2]
    preposition = parse.head(root)
    return (
        root > noun
        and parse.dep(root) == "pobj"
        and parse.dep(preposition) == "prep"
        and parse.head(preposition) == noun
    )


def _date_clauses_on_times(
    parse: Parse,
    text: str,
    times: Sequence[TimeExpression],
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
    words: OrderingWords,
) -> frozenset[str]:
    """A "when" clause on a time expression happens at that time: "talks started *in January, when*
    the chief executive *called* the chairman" (the parse hangs the clause on "January", below
    the verb the time dates, so climbing from the time does not reach it); so does one set off by
    a comma right after a bounded time that the parse hangs elsewhere ("since the end of the Cold
    War in the 1990s, *when* it *withdrew* most of its forces": on the main verb). Only the times
    the text shows a marker right after are parsed. Returns the ids of the events so dated: a
    clause that describes a time does not move the story's time."""
    markers = tuple(words.simultaneous_clause)
    dated: set[str] = set()
    for timex in times:
        following = text[timex.end : timex.end + 12]
        if not following.lstrip(" ,").lower().startswith(markers):
            continue
        tokens = parse.span(timex.start, timex.end)
        if tokens is None or timex.interval is None:
            continue
        first, end, _ = tokens
        # on the time's head, or on a word inside it ("the summer of *2021*, when ...")
        found = next(
            (
                by_token[child]
                for child in (c for i in range(first, end) for c in parse.children(i))
                if child in by_token
                and parse.dep(child) == "relcl"
                and any(parse.lower(c) in words.simultaneous_clause for c in parse.left_children(child))
            ),
            None,
        )
        if found is None and following.startswith(", ") and timex.interval.is_bounded and end + 1 < len(parse.doc):
            marker = end + 1  # the token after the comma
            verb = parse.head(marker)
            if (
                parse.lower(marker) in words.simultaneous_clause
                and verb > marker
                and parse.dep(verb) in ("advcl", "relcl")
            ):
                found = by_token.get(verb)
                found = found if found is not None and found.pos == "VERB" else None
        if found is not None and found.id not in governing and found.id not in bounding:
            governing[found.id] = timex
            dated.add(found.id)
    return frozenset(dated)


#: How many of the next times after "from" a range's end is looked for in (a bound: no scan of all).
_RANGE_REACH = 4


def _ranges(
    parse: Parse,
    text: str,
    times: Sequence[TimeExpression],
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
    words: OrderingWords,
) -> dict[str, _Placed]:
    """Event id -> the range of time it spans, "from" one time "to" another ("served as president
    *from 1988 to 1990*", "lasted *from Monday through Thursday*"), "between" one "and" another
    ("raised rates *between March 2022 and July 2023*") or two times joined by a dash ("will meet
    *April 30-May 1*"): from the first's start to the second's end. Neither time alone is the
    event's: each is dropped from the event's dating and bounding times (one only bounds it on one
    side; the other would date it at the range's end)."""
    out: dict[str, _Placed] = {}
    for event, first, last in (
        *_worded_ranges(parse, text, times, by_token, words),
        *_adjacent_ranges(text, times, by_token, governing, words, bounding),
    ):
        if first.interval is None or last.interval is None or event.id in out:
            continue
        start, end = first.interval.start, last.interval.end
        if start is None or end is None or not start < end:
            continue
        for timex in (first, last):
            if governing.get(event.id) is timex:
                del governing[event.id]
            if bounding.get(event.id, (None, ""))[0] is timex:
                del bounding[event.id]
        span = Interval(start=start, end=end, granularity=Granularity.DAY)
        out[event.id] = _in_a_span(
            span, f'"{first.text}" ({first.value}) to "{last.text}" ({last.value}) is the range of "{event.text}"'
        )
    return out


def _in_a_span(span: Interval, why: str, relation: Relation = Relation.IS_INCLUDED) -> _Placed:
    """Placed in a span of time the text gives by its edges or parts (no one time expression's):
    a range, a span one edge of which a clause dates, a part of a time."""
    return _Placed(
        time=EventTime(value=None, interval=span, timex_id=None),
        relation=relation,
        placement=Placement.GOVERNING_TIMEX,
        reason=f"{why}: {span.describe()}",
    )


def _past_a_missing_noun(parse: Parse, node: int) -> int:
    """The verb above the noun ``node`` if it is the object of "without" ("went 10 races *without a
    win* between June and October"): a time on what was missing is the time of the verb, which went
    on without it; else ``node``."""
    if parse.dep(node) == "pobj":
        preposition = parse.head(node)
        if parse.lower(preposition) == "without" and parse.dep(preposition) == "prep":
            return parse.head(preposition)
    return node


def _worded_ranges(
    parse: Parse, text: str, times: Sequence[TimeExpression], by_token: dict[int, Event], words: OrderingWords
) -> Iterator[tuple[Event, TimeExpression, TimeExpression]]:
    """(event, first time, last time) of each "from T1 to T2" and "between T1 and T2" hung on an
    event: T1 the object of "from"/"between", T2 the object of a "to" on the same head, or T2
    joined to T1 by "and"."""
    opening_words = words.range_from | words.range_between
    marked = opening_words | words.range_to | words.range_and
    # the parse only for the times right after one of the range's words (a look at the text first)
    found = {parse.root(t.start, t.end): t for t in times if _word_before(text, t.start) in marked}
    roots = sorted((root, t) for root, t in found.items() if root is not None)
    for k, (root, first) in enumerate(roots):
        if parse.dep(root) != "pobj" or parse.lower(opening := parse.head(root)) not in opening_words:
            continue
        event = by_token.get(_past_a_missing_noun(parse, parse.head(opening)))
        if event is None:
            continue
        follows = roots[k + 1 : k + 1 + _RANGE_REACH]  # the range's end follows closely: a bounded look
        if parse.lower(opening) in words.range_between:
            ends = (
                t
                for r, t in follows
                if parse.dep(r) == "conj" and parse.head(r) == root and _word_before(text, t.start) in words.range_and
            )
        else:
            ends = (
                t
                for r, t in follows
                if parse.dep(r) == "pobj"
                and parse.lower(parse.head(r)) in words.range_to
                and parse.head(parse.head(r)) in (opening, parse.head(opening))
            )
        last = next(ends, None)
        if last is not None:
            yield event, first, last


def _adjacent_ranges(
    text: str,
    times: Sequence[TimeExpression],
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    words: OrderingWords,
    bounding: dict[str, tuple[TimeExpression, str]] | None = None,
) -> Iterator[tuple[Event, TimeExpression, TimeExpression]]:
    """(event, first time, last time) for each event dated or bounded by either of two times written
    next to each other as one range: joined by a dash ("April 30-May 1", "March 5 - 7"), or by "to"
    after "from" and "and" after "between" ("from 11 to 13 March 2023", "from March 11 to 13, 2023",
    "will close the line *from 3 to 5 July*", where the parse hangs only the "3" on the verb), which
    the parse often does not hang together."""
    ordered = sorted(times, key=lambda t: t.start)
    joined = {
        id(t): (a, b)
        for a, b in itertools.pairwise(ordered)
        if b.start - a.end <= 9
        and _joins_a_range(a, b, text[a.end : b.start].strip().lower(), _word_before(text, a.start), words)
        for t in (a, b)
    }
    if not joined:
        return
    for event in by_token.values():
        timex = governing.get(event.id)
        if timex is None and bounding is not None and event.id in bounding:
            timex = bounding[event.id][0]
        if timex is not None and id(timex) in joined:
            yield event, *joined[id(timex)]


def _joins_a_range(first: TimeExpression, last: TimeExpression, gap: str, before: str, words: OrderingWords) -> bool:
    """Whether the words between two times (``gap``), after the word ``before`` the first, make
    them one range: a dash, "from … to", "between … and", or two days or other units in a row
    joined by "and" ("held *on 3 and 4 May*", "much of *2021 and 2022*") or close days by "or"
    ("due *Monday or Tuesday*"): the event is in that stretch (:data:`OrderingWords.joined_days`)."""
    if gap in words.range_dash:
        return True
    if gap in words.range_to:
        return before in words.range_from or _month_elided(first, last)
    if gap in words.range_and and before in words.range_between:
        return True
    reach = words.joined_days.get(gap)
    one, two = first.interval, last.interval
    if reach is None or one is None or two is None or one.granularity is not two.granularity:
        return False
    if one.start is None or two.start is None or not one.is_bounded or not two.is_bounded:
        return False
    if one.granularity is Granularity.DAY:
        return 0 < (two.start - one.start).days <= reach
    return reach == 1 and one.end == two.start  # "spent much of *2021 and 2022*": one year and the next


def _month_elided(first: TimeExpression, last: TimeExpression) -> bool:
    """Whether the second of two days is written as its number alone, its month the first's ("scheduled
    for *June 5 to 7*"): one stretch of days, with no "from" before it."""
    one, two = first.interval, last.interval
    return (
        last.text.isdigit()
        and one is not None
        and two is not None
        and one.granularity is Granularity.DAY
        and two.granularity is Granularity.DAY
        and one.start is not None
        and two.start is not None
        and 0 < (two.start - one.start).days <= 31
    )


def _word_before(text: str, start: int) -> str:
    """The lower-case word right before offset ``start`` ("" at the start of the text)."""
    words = text[max(0, start - 12) : start].split()
    return words[-1].lower() if words else ""


def _spans_dated_by_an_edge(
    parse: Parse,
    times: Sequence[TimeExpression],
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
    words: OrderingWords,
) -> dict[str, _Placed]:
    """Event id -> the span of time it happened in, when a relative clause on that span dates one
    of its edges ("earned $412 million in *the three months that ended Dec. 31*": October to
    December; "in the quarter *ended* Sept. 30"; "in the year *beginning* in July"): the
    clause's time is the span's edge, not the main verb's time; the span's length (the duration,
    or a noun of one length: "quarter") gives the other edge, else the event is only on that side."""
    out: dict[str, _Placed] = {}
    lengths: dict[int | None, str | None] | None = None  # a duration's token -> its value, built on first need
    for i, timex, edge, event in _period_edge_clauses(parse, by_token, governing, bounding, words):
        noun = parse.head(i)
        if lengths is None:
            lengths = {parse.root(t.start, t.end): t.value for t in times if t.type is TimexType.DURATION}
        length = lengths.get(noun) or words.period_units.get(parse.lower(noun))
        assert timex.interval is not None  # (checked by _period_edge_clauses)
        point = timex.interval.end if edge == "end" else timex.interval.start
        if point is None:
            continue
        moved = _shift_by(point.date(), length, earlier=edge == "end")
        other = None if moved is None else datetime.combine(moved[0], point.time())
        start, end = (other, point) if edge == "end" else (point, other)
        span = Interval(start=start, end=end, granularity=Granularity.DAY)
        out[event.id] = _in_a_span(
            span,
            f'in a span of time whose {edge} "{timex.text}" ({timex.value}) dates ("{parse.doc[i].text}")',
            Relation.IS_INCLUDED if span.is_bounded else Relation.BEFORE if end else Relation.AFTER,
        )
        if governing.get(event.id) is timex:
            del governing[event.id]  # the edge's day is no time of the event's own
    return out


#: "the year *to* March 31", "the three months *to* 30 June": a period named by the day it ends on.
_PERIOD_BEFORE_TO = re.compile(r"\bthe\s+(?:(?:fiscal|financial|first|last|past)\s+)?(\w+)\s+to\s+$", re.IGNORECASE)


def _periods_to_a_day(
    text: str,
    times: Sequence[TimeExpression],
    by_id: dict[str, Event],
    governing: dict[str, TimeExpression],
    words: OrderingWords,
) -> dict[str, _Placed]:
    """Event id -> the period it happened in, when the day dating it ends a period written right
    before it with "to" ("revenue *fell* in the three months *to 30 June*": April to June; "profit
    rose in the year to March 31"), as news written in Britain names a reporting period; the
    period's length is its duration or its unit (``period_units``). The day alone is no time of
    the event's."""
    ending: dict[int, tuple[TimeExpression, str]] = {}  # id of the day -> (the day, the period's length)
    previous: TimeExpression | None = None
    for timex in sorted(times, key=lambda t: t.start):
        interval = timex.interval
        if (
            interval is not None
            and interval.granularity is Granularity.DAY
            and interval.end is not None
            and text[max(0, timex.start - 4) : timex.start].lower() == " to "
        ):
            if previous is not None and previous.type is TimexType.DURATION and timex.start - previous.end == 4:
                ending[id(timex)] = (timex, previous.value or "")
            else:
                unit = _PERIOD_BEFORE_TO.search(text, max(0, timex.start - 40), timex.start)
                length = None if unit is None else words.period_units.get(unit.group(1).lower())
                if length is not None:
                    ending[id(timex)] = (timex, length)
        previous = timex
    if not ending:
        return {}
    out: dict[str, _Placed] = {}
    for event_id, timex in list(governing.items()):
        found = ending.get(id(timex))
        if found is None or by_id[event_id].pos != "VERB":
            continue
        day, length = found
        assert day.interval is not None and day.interval.end is not None
        moved = _shift_by(day.interval.end.date(), length, earlier=True)
        if moved is None:
            continue
        span = Interval(
            start=datetime.combine(moved[0], datetime.min.time()), end=day.interval.end, granularity=Granularity.DAY
        )
        out[event_id] = _in_a_span(span, f'in the period "to {day.text}" ({day.value})')
        del governing[event_id]
    return out


def _parts_of_a_time(
    parse: Parse, times: Sequence[TimeExpression], governing: dict[str, TimeExpression], words: OrderingWords
) -> dict[str, _Placed]:
    """Event id -> the part of a time it happened in, when a definite length of time from one end of
    that time ("*the first three months* of the year", "the last two quarters of 2023") is what
    the event is put in: the length counted from that end, not the whole time (which the parse
    hangs on the length, and so reaches the event)."""
    parts = {
        parse.root(t.start, t.end): (t, edge)
        for t in times
        if t.type is TimexType.DURATION
        and (edge := next((e for w, e in words.part_of_a_time.items() if t.text.lower().startswith(w + " ")), None))
    }
    parts.pop(None, None)
    if not parts:
        return {}
    out: dict[str, _Placed] = {}
    for event_id, timex in list(governing.items()):
        tokens = parse.span(timex.start, timex.end)
        if tokens is None or timex.interval is None or not timex.interval.is_bounded:
            continue
        preposition = parse.head(tokens[2])
        if parse.dep(tokens[2]) != "pobj" or parse.lower(preposition) not in words.part_of:
            continue
        found = parts.get(parse.head(preposition))  # the length the time is "of"
        if found is None:
            continue
        length, edge = found
        assert timex.interval.start is not None and timex.interval.end is not None
        point = timex.interval.start if edge == "start" else timex.interval.end
        moved = _shift_by(point.date(), length.value, earlier=edge == "end")
        if moved is None:
            continue
        other = datetime.combine(moved[0], point.time())
        start, end = (point, other) if edge == "start" else (other, point)
        if not (timex.interval.start <= start < end <= timex.interval.end):
            continue
        span = Interval(start=start, end=end, granularity=Granularity.DAY)
        del governing[event_id]  # the whole time is no time of the event's own
        out[event_id] = _in_a_span(span, f'"{length.text}" ({length.value}) of "{timex.text}" ({timex.value})')
    return out


def _period_edge_clauses(
    parse: Parse,
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
    words: OrderingWords,
) -> Iterator[tuple[int, TimeExpression, str, Event]]:
    """(edge verb's token, its time, the edge it dates, the event in the span) for each relative
    clause of :data:`period_edges` on a span of time an event is put in: the clause's verb an
    event with a time of its own ("in the three months *that ended* Dec. 31"), or no event, whose
    time then reached the event above it ("in the three months *ended* Sept. 30")."""
    candidates = [
        (i, governing[by_token[i].id], words.period_edges.get(by_token[i].lemma.lower()))
        for i in _governed_tokens(by_token, governing)
    ]
    for timex in governing.values():
        tokens = parse.span(timex.start, timex.end)
        if tokens is None:
            continue
        above = parse.head(tokens[2])
        if parse.dep(tokens[2]) == "pobj":
            above = parse.head(above)
        if above not in by_token:
            candidates.append((above, timex, words.period_edge_forms.get(parse.lower(above))))
    for i, timex, edge in candidates:
        if edge is None or parse.dep(i) not in ("relcl", "acl"):
            continue
        noun = parse.head(i)
        preposition = parse.head(noun)
        if parse.dep(noun) != "pobj" or parse.dep(preposition) != "prep":
            continue
        event = by_token.get(parse.head(preposition))
        if (
            parse.lower(preposition) not in words.period_in
            or event is None
            or event.pos not in ("VERB", "NOUN")  # "reported a *loss* ... in the three months that ended March 31"
            or (event.id in governing and governing[event.id] is not timex)
            or event.id in bounding
            or timex.interval is None
        ):
            continue
        yield i, timex, edge, event


def _looks_back(
    parse: Parse | None, event: Event, root: int | None, by_token: dict[int, Event], words: OrderingWords
) -> bool:
    """A past perfect, told as before the story's reference time ("had received them *in October*"),
    or a clause under one ("had fallen *since the company reported results in October*"), or a
    clause under "since" (``looking_back``: "have won 11 straight *since losing* at Aston Villa in
    December"), or a relative clause, which describes a noun ("rates, *which it last raised in
    July 2023*"): none moves the story's time."""
    if event.tense is Tense.PAST and event.aspect is Aspect.PERFECTIVE:
        return True
    if parse is None or root is None:
        return False
    if (parse.dep(root) == "pcomp" and parse.lower(parse.head(root)) in words.looking_back) or (
        parse.dep(root) == "advcl"
        and any(parse.dep(c) == "mark" and parse.lower(c) in words.looking_back for c in parse.left_children(root))
    ):
        return True
    node = root
    for _ in range(_CLAUSE_DEPTH):
        dep = parse.dep(node)
        if dep == "relcl":
            return True
        if dep != "advcl":
            return False
        node = parse.head(node)
        head = by_token.get(node)
        if head is not None and head.tense is Tense.PAST and head.aspect is Aspect.PERFECTIVE:
            return True
    return False


def _inside_a_dated_clause(
    parse: Parse | None,
    root: int | None,
    timex: TimeExpression,
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
) -> bool:
    """Whether the event (its token ``root``) is told in a complement of a clause dated by another
    time ("stocks fell *on Monday* after a report showed prices *rose in February*"; "she said *on
    Tuesday* that talks *had failed last week*"): the story is at the outer clause's time; the
    complement's time is what was reported, and does not move the story."""
    if parse is None or root is None:
        return False
    node, complement = root, False
    for _ in range(_CLAUSE_DEPTH):
        dep = parse.dep(node)
        if dep not in ("ccomp", "advcl"):
            return False
        complement = complement or dep == "ccomp"
        node = parse.head(node)
        head = by_token.get(node)
        outer = None if head is None else governing.get(head.id)
        if outer is not None:
            return complement and outer is not timex
    return False


#: How many adverbial clauses up :func:`_looks_back` looks for a past perfect.
_CLAUSE_DEPTH = 3


def _excepted(parse: Parse, root: int, words: OrderingWords) -> bool:
    """Whether the time (its token ``root``) is taken out of the event's by a preposition of ``excepting``
    ("has met every year since 1998, *except* in 2020"): when it did not happen, which dates nothing."""
    node = root
    for _ in range(3):  # the time's preposition and one above it: "except *in* 2020"
        if parse.dep(node) not in ("pobj", "pcomp", "prep"):
            return False
        node = parse.head(node)
        if parse.lower(node) in words.excepting:
            return True
    return False


def _comparison_base(parse: Parse, root: int, distance: int, words: OrderingWords, first: int) -> bool:
    """Whether the time expression (its token ``root``, its first token ``first``) names the base of
    a comparison on its way to the event ("earned $4 million, up from $3 million *a year earlier*",
    "compared with *2022*"), or right after the figure a change starts from, wherever the parse
    hangs it ("rose to 48 on Wednesday from 31 *the day before*"; a level it started from: "fell 12%
    from its record high *on July 10*"): that is when the other figure held, not when the event
    happened."""
    figure, dated = first - 1, False
    if figure > 0 and parse.dep(figure) == "prep" and parse.lower(figure) in words.figure_times:
        figure, dated = figure - 1, True  # "from its record high *on* July 10"
    if figure >= 0 and parse.dep(figure) == "pobj":
        preposition = parse.head(figure)
        if parse.lower(preposition) in words.base_figure and parse.dep(preposition) == "prep":
            if dated:  # a level's noun ("high"); not a number: "rose to $12 from $10 *on Monday*" is the rise's
                return parse.lower(figure) in words.figure_nouns
            if parse.tag(figure) == "CD" or any(parse.tag(c) == "CD" for c in parse.left_children(figure)):
                return True
    preposition = parse.head(root)
    if (
        parse.dep(root) in ("pobj", "pcomp")
        and parse.lower(preposition) in words.base_figure
        and parse.dep(preposition) == "prep"
    ):
        verb = parse.head(preposition)  # "production *fell 8.4%* from *a year ago*": the base of the fall
        if any(c < preposition and _a_figure(parse, c) for c in parse.children(verb)):
            return True
    node = root
    for _ in range(distance - 1):
        node = parse.head(node)
        if parse.dep(node) in ("advmod", "prep", "advcl", "cc") and parse.lower(node) in words.comparison:
            return True
    return False


def _period_of_a_forecast(parse: Parse, root: int, words: OrderingWords) -> bool:
    """Whether the time (its token ``root``) follows "for" right after a noun of a forecast, wherever
    the parse hangs it ("*raised* its forecast *for the full year*", "cut its outlook for 2025"): the
    period the forecast covers, not when it was raised, nor when the forecast was made."""
    preposition = parse.head(root)
    if parse.dep(root) != "pobj" or parse.dep(preposition) != "prep":
        return False
    noun = preposition - 1
    return (
        parse.lower(preposition) in words.forecast_for
        and noun >= 0
        and parse.head(preposition) in (noun, parse.head(noun))
        and parse.lower(noun) in words.forecast_nouns
    )


def _earlier_time_after_a_base_figure(parse: Parse, first: int, end: int, words: OrderingWords) -> bool:
    """Whether the time (tokens ``first`` to ``end``) names a time before another ("a year *earlier*",
    "the *year-earlier* quarter") and follows the preposition of a base figure in its clause, past
    what the parse hangs between ("rose to $412 million from $350 million, or 89 cents per share, *in
    the year-earlier quarter*"): the time of the figure compared with, not of the change."""
    if not any(parse.lower(i) in words.base_times for i in range(first, end)):
        return False
    for i in range(first - 1, max(first - _BASE_FIGURE_REACH, 0) - 1, -1):
        if parse.tag(i).startswith("VB") or parse.lower(i) in (";", "."):
            return False  # another clause
        if parse.lower(i) in words.base_figure and parse.dep(i) == "prep":
            # of a figure: "from *$350 million*", not "fled from Cuba six weeks ago"
            return any(parse.dep(c) == "pobj" and _a_number(parse, c) for c in parse.children(i))
    return False


def _a_number(parse: Parse, node: int) -> bool:
    """Whether ``node`` is a number or a noun counted by one ("$350 million", "31", "89 cents")."""
    return parse.tag(node) == "CD" or any(parse.tag(c) == "CD" for c in parse.children(node))


#: How many tokens before a time :func:`_earlier_time_after_a_base_figure` looks for "from".
_BASE_FIGURE_REACH = 14


def _a_figure(parse: Parse, node: int) -> bool:
    """Whether the object or measure ``node`` of a verb is a number ("fell *8.4%*", "rose *$3 million*"),
    not a date ("LONDON, *March 31* - Households will see changes from tomorrow": a proper noun)."""
    return (
        parse.dep(node) in ("dobj", "npadvmod", "attr")
        and parse.tag(node) not in ("NNP", "NNPS")
        and (parse.tag(node) == "CD" or any(parse.tag(c) == "CD" for c in parse.children(node)))
    )


#: Dependents that name the event a verb is about: "expected *a cut*", "the *meeting* was scheduled".
_OBJECTS = ("dobj", "nsubjpass", "xcomp", "ccomp", "attr", "oprd")


def _give_against_tense_to_object(
    parse: Parse, by_token: dict[int, Event], governing: dict[str, TimeExpression], published: date
) -> None:
    """A past event cannot lie wholly after publication, nor a future one wholly before it: a time
    that says so ("had expected a cut *as early as next month*", "the meeting was scheduled *for
    next week*") dates the event the verb is about, its object or complement, if it has none of
    its own; the verb keeps no time from it and is placed by its tense."""
    day = cal.day_interval(published)
    if day.start is None or day.end is None:
        return
    for i in _governed_tokens(by_token, governing):
        event, timex = by_token[i], governing[by_token[i].id]
        if timex.interval is None or event.pos != "VERB":
            continue
        interval = timex.interval
        after = interval.start is not None and interval.start >= day.end
        before = interval.end is not None and interval.end <= day.start
        if not ((_told_as_past(event) and after) or (event.tense is Tense.FUTURE and before)):
            continue
        del governing[event.id]
        for child in parse.children(i):
            about = by_token.get(child)
            if about is not None and parse.dep(child) in _OBJECTS and about.id not in governing:
                governing[about.id] = timex
                break


def _after_the_day(timex: TimeExpression, published: date | None) -> bool:
    """Whether the time begins after the day of publication (none is without a publication date)."""
    interval = timex.interval
    return (
        published is not None
        and interval is not None
        and interval.start is not None
        and interval.start.date() > published
    )


def _moved_to(
    parse: Parse,
    root: int,
    distance: int,
    event: Event,
    by_token: dict[int, Event],
    words: OrderingWords,
    still_to_come: bool,
) -> Event | bool | None:
    """What a time after "to", "into", "for", "until" on a verb of moving an event in time is the new
    time of ("*pushed* the tour *into 2024*", "the launch was *rescheduled for Saturday*", "*delayed*
    the hearing *to Friday*"), or after "for" on a verb of scheduling, a time after the day of
    publication (``still_to_come``: "the vote is *scheduled for Friday*"; "scheduled a news
    conference for later today" may be today's scheduling): the event moved or scheduled (its
    object, or its subject in the passive), ``True`` when none is named; ``None`` when the time is
    not so placed. The moving or scheduling itself is not then: it is placed by its tense ("is
    scheduled": a state going on at publication)."""
    lemma = event.lemma.lower()
    if distance != 2 or event.pos != "VERB" or (lemma not in words.rescheduling and lemma not in words.scheduling):
        return None
    preposition = parse.head(root)
    if parse.dep(root) != "pobj" or parse.lower(preposition) not in words.rescheduled_to:
        return None
    if lemma not in words.rescheduling and (parse.lower(preposition) != "for" or not still_to_come):
        return None  # "scheduled *for* Friday" gives the meeting its time; "planned until May" does not
    verb = parse.head(preposition)
    moved = next(
        (by_token.get(c) for c in parse.children(verb) if parse.dep(c) in ("dobj", "nsubjpass") and c in by_token),
        None,
    )
    return moved if moved is not None and moved.pos == "NOUN" else True


def _recalled_by_an_anniversary(
    parse: Parse, node: int, event: Event, by_token: dict[int, Event], words: OrderingWords
) -> Event | None:
    """The event an anniversary noun (token ``node``) recalls in its "of" phrase, to which a time the
    parse hangs on the anniversary belongs ("the third *anniversary* of Russia's full-scale *invasion*
    of Ukraine *on Feb. 24, 2022*"): the date of what is remembered, not of the anniversary."""
    if event.pos != "NOUN" or event.lemma.lower() not in words.anniversaries:
        return None
    of = next((c for c in parse.children(node) if parse.dep(c) == "prep" and parse.lower(c) == "of"), None)
    recalled = (
        None if of is None else next((by_token.get(c) for c in parse.children(of) if parse.dep(c) == "pobj"), None)
    )
    return recalled if recalled is not None and recalled.pos == "NOUN" else None


def _inside_a_description(parse: Parse, root: int, distance: int, side: str | None) -> bool:
    """Whether the time expression (its token ``root``), ``distance`` heads below the event it
    reaches, bounds a noun on the way that is not an event ("rose to 4.1 percent, *the highest
    level since 2021*", "the first time *since 1990*"): it sets the range of the noun's
    superlative, not the event's time. (A time that dates such a noun may still be the verb's,
    misattached: "said Evans, a spokesman for the mission, *on Thursday*".)"""
    if side is None or distance < 3:  # the preposition's head is the event itself
        return False
    noun = parse.head(parse.head(root))
    # "reached 67.4 percent, *the highest* since the 1990s": a superlative standing for its noun
    if parse.tag(noun) in ("JJS", "RBS"):
        return True
    if parse.pos(noun) not in ("NOUN", "PROPN", "PRON", "NUM"):
        return False
    # a figure is no description: "has *cost* the industry an estimated *£1bn* since the summer of 2022"
    return parse.tag(noun) not in ("CD", "$") and not any(parse.tag(c) == "$" for c in parse.children(noun))


#: How many words before "since" :func:`_range_of_a_superlative` looks for the superlative.
_SUPERLATIVE_REACH = 6


def _range_of_a_superlative(parse: Parse, root: int, words: OrderingWords) -> bool:
    """Whether "since" before the time expression (its token ``root``) closes a noun phrase with a
    superlative or an ordinal, wherever the parse hangs it ("its *biggest* one-day drop *since*
    early December", "their *lowest* level *since* March 2020", "their *first* away win *since*
    August"): the time is where the superlative's range starts, not when the event began."""
    preposition = parse.head(root)
    if parse.lower(preposition) not in words.looking_back:
        return False
    above = parse.head(preposition)  # "the strike, the *first* at a major U.S. carrier *since* 2010"
    if above < preposition and (parse.tag(above) in ("JJS", "RBS") or parse.lower(above) in words.ordinals):
        return True
    for k in range(preposition - 1, max(-1, preposition - 1 - _SUPERLATIVE_REACH), -1):
        tag = parse.tag(k)
        if tag in ("JJS", "RBS") or parse.lower(k) in words.ordinals:
            return True
        if tag.startswith("VB") or tag in (",", ".", ":", "CC"):
            return False
    return False


#: How a time written before a noun qualifies it ("a *2019* study", "the *2019* warehouse fire").
_NOUN_QUALIFIERS = frozenset({"nummod", "compound", "amod"})


def _classifies_an_object(parse: Parse, root: int, distance: int, words: OrderingWords) -> bool:
    """Whether the time expression (its token ``root``) is written before a noun that is no event,
    as what kind of thing it is, and that noun is the object of the event the parse reaches ("the
    findings confirm *a 2019 study*"), or of a preposition that says what it is about ("gets 12
    years *for the deadly 2019 fire*"): it dates the noun's thing, not the event done to it. (A
    subject's time is the event's: "*1989* earnings rose"; so is that of a noun that places or
    orders it: "quoted *in its Friday issue*", "*before his Sunday night address*".)"""
    if distance < 2 or parse.dep(root) not in _NOUN_QUALIFIERS:
        return False
    noun = parse.head(root)
    if parse.pos(noun) != "NOUN":
        return False
    dep = parse.dep(noun)
    return dep == "dobj" or (dep == "pobj" and parse.lower(parse.head(noun)) in words.object_prepositions)


def _not_until(parse: Parse, root: int, words: OrderingWords) -> bool:
    """Whether the time expression (its token ``root``) follows "until" on a denied event or on a
    verb denied above it ("did *not* resume production *until* March", "is *not* scheduled to sit
    again *until* Nov. 12"): "not ... until" says when the event happens, not up to when."""
    preposition = parse.head(root)
    if parse.lower(preposition) not in words.until:
        return False
    node = parse.head(preposition)
    for _ in range(3):  # the verb the preposition hangs on, and the verbs it completes
        if any(parse.dep(c) == "neg" for c in parse.children(node)):
            return True
        if parse.dep(node) not in ("xcomp", "aux", "auxpass") or parse.head(node) == node:
            return False
        node = parse.head(node)
    return False


def _ordered_on_the_way(parse: Parse, root: int, distance: int, words: OrderingWords) -> str | None:
    """The side of the time on which the event lies (:data:`_BESIDE`) when the time expression (its
    token ``root``) dates a noun that is no event under an ordering preposition of the event ("the talks continued
    *until* the vote *on Dec. 3*", "collapsed *before* the deadline *on Friday*"): the preposition
    orders the event against the noun's time, which does not date the event itself. Only the
    words that order ("after", "before", "since", "until", "ahead of"), not "by" or "from"."""
    node = parse.head(root)
    for _ in range(distance - 2):  # the nodes between the time's own preposition and the event
        node = parse.head(node)
        word = parse.lower(node)
        if _orders(word, words) and parse.dep(node) in ("prep", "advmod"):  # "ahead" of: an adverb
            return "on_or_before" if words.bounding.get(word) in ("before", "until") else "on_or_after"
    return None


#: The sides of :func:`_ordered_on_the_way`: on or after the time of what the event follows, on or
#: before that of what it precedes (:func:`_beside`), where the time dates that, not the event.
_BESIDE = ("on_or_after", "on_or_before")


def _phrase_start(parse: Parse, root: int, first: int, distance: int) -> int | None:
    """Where the date phrase of a time expression (its first token ``first``, its token ``root``,
    ``distance`` heads below the event it reaches) begins in the sentence: at its preposition right
    before it when the parse hangs it by one ("*on* Thursday", ``distance`` 2), else at its own first
    token; None when the preposition the parse gives it is not the word right before it."""
    if distance != 2:
        return first
    preposition = parse.head(root)
    if parse.dep(root) != "pobj" or parse.dep(preposition) != "prep" or preposition != first - 1:
        return None
    return preposition


def _reporting_its_object(
    parse: Parse, root: int, distance: int, event: Event, timex: TimeExpression, by_token: dict[int, Event]
) -> Event | None:
    """The verb of reporting whose object is the event noun the parse hangs a day on ("*reported* a
    38% rise in annual profit *on Tuesday*", "*announced* a merger *on Monday*"): the day is the
    report's; what is reported (a figure of a period, a deal) is placed through it."""
    if event.pos != "NOUN" or distance != 2 or timex.interval is None:
        return None
    if timex.interval.granularity.rank > Granularity.DAY.rank:
        return None  # "reported a loss *in the third quarter*": the figure's period
    noun = parse.head(parse.head(root))
    if parse.dep(noun) != "dobj":
        return None
    verb = by_token.get(parse.head(noun))
    return verb if verb is not None and verb.event_class is EventClass.REPORTING else None


def _before_a_participle(
    parse: Parse, end: int, distance: int, event: Event, by_token: dict[int, Event]
) -> Event | None:
    """The verb whose trailing participle clause the parse hangs a time on that stands right before
    the participle ("*wrote* to the minister *two weeks earlier* *warning* that ..."): a participle
    with no subject of its own goes on with its verb, and the time between them dates both."""
    if event.pos != "VERB" or distance > 2 or end >= len(parse):
        return None
    participle = parse.span(event.start, event.end)
    if participle is None or participle[2] != end or parse.tag(end) != "VBG" or parse.dep(end) != "advcl":
        return None
    if any(parse.dep(c) in _SUBJECTS or parse.dep(c) == "mark" for c in parse.children(end)):
        return None
    verb = by_token.get(parse.head(end))
    return verb if verb is not None and verb.pos == "VERB" and parse.head(end) < end else None


def _done_to_its_object(
    parse: Parse, root: int, distance: int, event: Event, timex: TimeExpression, by_token: dict[int, Event]
) -> Event | None:
    """The past verb of an occurrence whose object is the event noun the parse hangs a day or a
    clock time on ("*reached* the summit early on Thursday", "*won* the final on Sunday"): the time is
    the doing's as much as the noun's, so the verb shares it when it has no time of its own. Not a
    verb of saying or thinking, which may speak of an object's day from another ("condemned the
    attack on Monday"). The time may follow a place phrase of the noun ("*held* a rally on the
    Capitol steps on Saturday")."""
    if event.pos != "NOUN" or distance == 3 or distance > 4 or timex.interval is None:
        return None
    if distance == 4 and (parse.dep(parse.ancestor(root, 2)) != "pobj" or parse.dep(parse.ancestor(root, 3)) != "prep"):
        return None
    if timex.interval.granularity.rank > Granularity.DAY.rank:
        return None  # "completed the sale of its unit in the third quarter": the period may be the unit's
    noun = parse.ancestor(root, distance)
    if parse.dep(noun) != "dobj" or timex.start < parse.doc[noun].idx:
        return None  # (a time before the noun classifies it: "condemned the *Oct. 7* attack")
    verb = by_token.get(parse.head(noun))
    if verb is None or verb.pos != "VERB" or verb.tense is not Tense.PAST:
        return None
    return verb if verb.event_class in (EventClass.OCCURRENCE, EventClass.ASPECTUAL) else None


def _verb_of_a_role(
    parse: Parse, root: int, distance: int, event: Event, by_token: dict[int, Event], words: OrderingWords
) -> Event | None:
    """The verb an event noun names the role of, when the parse hangs a time on that noun ("made
    landfall *as a Category 3 hurricane* at 11:10 p.m. on Wednesday"): what the subject was when
    the verb happened, so the time is the verb's."""
    if event.pos != "NOUN":
        return None
    node = root
    for _ in range(distance):
        node = parse.head(node)
    if parse.dep(node) != "pobj" or parse.lower(role := parse.head(node)) not in words.role_prepositions:
        return None
    verb = by_token.get(parse.head(role))
    return verb if verb is not None and verb.pos == "VERB" else None


def _past_a_set_off_clause(
    parse: Parse, root: int, first: int, distance: int, by_token: dict[int, Event]
) -> Event | None:
    """The verb a participle clause set off by commas hangs on, when the parse hangs a date phrase
    after the clause's closing comma on the participle ("approved the merger, *first proposed in
    2019*, on Tuesday"): the comma closed the clause, so the phrase after it is the outer verb's."""
    start = _phrase_start(parse, root, first, distance)
    if start is None:
        return None
    participle = parse.head(start) if distance == 2 else parse.head(root)
    if (
        start < 2
        or parse.lower(start - 1) != ","
        or parse.dep(participle) not in ("advcl", "acl")
        or parse.tag(participle) not in ("VBN", "VBG")
        or parse.lower(parse.doc[participle].left_edge.i - 1) != ","  # the edge: rare, and spaCy's own
    ):
        return None
    node = participle
    for _ in range(_CLAUSE_DEPTH):  # the participle hangs on a noun ("the merger") or on the verb itself
        node = parse.head(node)
        outer = by_token.get(node)
        if outer is not None:
            return outer if outer.pos == "VERB" else None
    return None


def _closing_an_opening_participle(
    parse: Parse, root: int, first: int, end: int, distance: int, by_token: dict[int, Event]
) -> Event | None:
    """The participle that opens the sentence, when the parse hangs on the main verb a date phrase
    (its tokens ``first``..``end``) that closes the participle's clause: right after a comma
    that ends the participle's words, right before the comma that ends the clause ("*Born* in
    Dayton, Ohio, *on May 3, 1943*, she graduated in 1965"): the phrase lies inside the clause
    set off before the subject, so it is the participle's time, not the main verb's."""
    start = _phrase_start(parse, root, first, distance)
    if start is None or start < 2 or end >= len(parse) or parse.lower(start - 1) != "," or parse.lower(end) != ",":
        return None
    verb = root
    for _ in range(distance):
        verb = parse.head(verb)
    if verb <= end:
        return None
    participle = next(
        (c for c in parse.left_children(verb) if parse.dep(c) == "advcl" and parse.tag(c) in ("VBN", "VBG")),
        None,
    )
    if participle is None or participle >= start:
        return None
    token = parse.doc[participle]
    if not token.is_sent_start or token.right_edge.i not in (start - 2, start - 1):
        return None
    return by_token.get(participle)


def _verb_before_its_complement(
    parse: Parse, root: int, first: int, end: int, distance: int, by_token: dict[int, Event]
) -> Event | None:
    """The verb a date phrase (its tokens ``first``..``end``, its token ``root``, ``distance`` heads
    below the event it reaches) follows right away when the parse hangs it in that verb's clausal
    complement, before the complement's subject, with no "that" between ("the ministry said *on
    Thursday* the talks had failed"): a complement starts at its "that" or its subject, so the
    phrase before it is the verb's ("said that on Thursday the talks had failed" is not)."""
    complement = root
    for _ in range(distance):
        complement = parse.head(complement)
    start = _phrase_start(parse, root, first, distance)
    if start is None:
        return None
    verb = parse.head(complement)
    if parse.dep(complement) != "ccomp" or verb != start - 1:
        return None
    speaker = by_token.get(verb)
    if speaker is None or speaker.pos != "VERB":
        return None
    subjects = [c for c in parse.left_children(complement) if parse.dep(c) in _SUBJECTS]
    return speaker if subjects and subjects[0] >= end else None


def _inside_a_relative_clause(parse: Parse, root: int, distance: int) -> bool:
    """Whether the time expression (its token ``root``) lies in a relative clause below the event it
    reaches, ``distance`` heads up, whose own verb is no event, on a noun that is not that event
    ("the *sale* of the notes, which will be due *on Nov. 1, 2004*"; "to *replace* the Eisenhower,
    which has been on patrol *since March*"): it dates what the clause says of its noun, not the
    event above. A clause on the event noun itself dates it ("the *gains* the issues made *this week*")."""
    path = [root]
    for _ in range(distance):
        path.append(parse.head(path[-1]))
    event = path[-1]
    return any(parse.dep(node) == "relcl" and parse.head(node) != event for node in path[1:-1])


def _inside_a_complement_clause(parse: Parse, root: int, distance: int) -> bool:
    """Whether the time expression (its token ``root``) lies in a clause the event it reaches,
    ``distance`` heads up, takes as its complement, whose own verb is no event ("analysts *say* a
    cut is unlikely *before June*"; "*plans* to be in Paris *on Monday*"): it dates what the
    clause says, not the saying or the planning. A small clause is no such clause: an adjective or
    noun with no verb of its own ("*found* a man *guilty on Friday*") is what the verb does, then."""
    node = root
    for _ in range(distance - 1):
        node = parse.head(node)
        if parse.dep(node) in ("ccomp", "xcomp") and not _small_clause(parse, node):
            return True
    return False


def _small_clause(parse: Parse, node: int) -> bool:
    """Whether the complement headed by ``node`` is a small clause, a subject and an adjective or noun
    with no verb ("found *a man guilty*", "declared *him dead*"), as the parse reads "found a man
    guilty" when it takes "guilty" for a clause."""
    return not parse.tag(node).startswith(("VB", "MD")) and not any(
        parse.dep(c) in ("aux", "auxpass", "cop") or (parse.tag(c).startswith("VB") and parse.dep(c) != "amod")
        for c in parse.children(node)
    )


def _bounding_side(parse: Parse, root: int, words: OrderingWords) -> str | None:
    """The side of the time on which an event under the preposition over a time expression (its
    token ``root``) lies, if that preposition bounds rather than dates (``bounding`` in the
    data): "after" it follows the time, "before" it precedes it, "from" its start on ("*since*
    Jan. 13"), "until" up to its end ("*by* May"); also "*ahead of* the weekend", "*prior to* May"."""
    if parse.dep(root) != "pobj":
        return None
    preposition = parse.head(root)
    word = parse.lower(preposition)
    if parse.dep(preposition) == "prep" and word in words.bounding_links.values():
        above = parse.lower(parse.head(preposition))  # "ahead of", "prior to"
        return words.bounding.get(above) if words.bounding_links.get(above) == word else None
    return words.bounding.get(word)


def _possessed_event(parse: Parse, after: int, by_token: dict[int, Event], possessive: frozenset[str]) -> Event | None:
    """The event noun a possessive time expression ("next week's") determines, if any (its token
    ``after`` is the one right after the time)."""
    if after >= len(parse) or parse.lower(after) not in possessive:
        return None
    for i in range(after + 1, min(after + 5, len(parse))):
        event = by_token.get(i)
        if event is not None and event.pos == "NOUN":
            return event
        if parse.tag(i) not in ("JJ", "VBN", "VBG", "NN", "NNS", "NNP", "HYPH", "CD"):
            return None
    return None


def _possesses_a_role(parse: Parse, root: int, after: int, words: OrderingWords) -> bool:
    """Whether a possessive time expression (its root token ``root``; ``after`` the token right after
    it) says which holder of a role a noun is ("*last year's* winner", "*2023's* champion"): it dates
    no event the holder does ("Last year's winner said ..." was not said last year)."""
    if after >= len(parse) or parse.lower(after) not in words.possessive or parse.dep(root) != "poss":
        return False
    return parse.lower(parse.head(root)) in words.roles


def _governing_by_sentence(times: Sequence[TimeExpression], events: Sequence[Event]) -> dict[str, TimeExpression]:
    """Without a parse: the nearest time expression in the event's sentence."""
    out: dict[str, TimeExpression] = {}
    for event in events:
        same = [t for t in times if event.sentence.start <= t.start < event.sentence.end]
        if same:
            out[event.id] = min(same, key=lambda t: abs(t.start - event.start))
    return out


def _offset_clauses(
    parse: Parse | None, times: Sequence[TimeExpression], by_token: dict[int, Event], words: OrderingWords
) -> dict[str, _Offset]:
    """Event id -> the duration that says how far it lies from the event its clause or phrase
    modifies: "fell *a day after* the company warned" (the duration under the clause's verb, beside
    its marker), "resigned *three days after* the vote" (the duration under the preposition). Only
    markers that order ("after", "before", "ahead of"), a few tokens per duration."""
    out: dict[str, _Offset] = {}
    if parse is None:
        return out
    markers = words.clause_markers
    for timex in times:
        if timex.type is not TimexType.DURATION:
            continue
        root = parse.root(timex.start, timex.end)
        if root is None or parse.dep(root) != "npadvmod":
            continue
        above = parse.head(root)
        marker: int | None
        if parse.lower(above) in markers and parse.dep(above) in ("prep", "advmod", "mark"):
            # "three days after the vote"
            marker, head = above, parse.head(above)
            clause = next((c for c in parse.children(above) if parse.dep(c) in ("pobj", "pcomp")), None)
        else:  # "a day after the company warned"
            lefts = parse.left_children(above)
            marker = next((c for c in lefts if parse.dep(c) in ("mark", "advmod") and parse.lower(c) in markers), None)
            clause, head = above, parse.head(above)
        relation = None if marker is None else markers[parse.lower(marker)]
        if marker is None or clause is None or relation not in (Relation.BEFORE, Relation.AFTER):
            continue
        event = by_token.get(clause)
        if event is None and clause != above:  # "two days after *minutes* of the Fed's meeting *showed*"
            event = _clause_of_a_subject(parse, clause, head, by_token)
        if event is None and clause == above:  # "two years before the verdict *was* originally *due*"
            predicates = [c for c in parse.children(clause) if parse.dep(c) == "acomp" and c in by_token]
            event = by_token[predicates[0]] if predicates else None
        if event is not None:
            out[event.id] = _Offset(timex=timex, marker=parse.doc[marker].text, relation=relation, head_token=head)
    return out


def _measured_in_bare_units(parse: Parse | None, root: int | None, words: OrderingWords) -> bool:
    """Whether the clause of the event (its token ``root``) is set apart from the event it modifies by a
    bare plural unit before its marker ("said on Friday, *days* after Estonia expelled an official",
    "*weeks* before the vote"): not the same day, though how far is not said."""
    if parse is None or root is None:
        return False
    for child in parse.left_children(root):
        if parse.dep(child) == "npadvmod" and parse.lower(child) in words.bare_units:
            return True
        if parse.dep(child) == "mark" and any(  # "on Nov. 12, 2022, *weeks* after the agency opened a file"
            parse.dep(c) == "npadvmod" and parse.lower(c) in words.bare_units for c in parse.left_children(child)
        ):
            return True
    return False


def _longer_than_a_day(interval: Interval) -> bool:
    """Whether a bounded interval spans more than one day (a range of years the text gives by its
    edges, kept at the day's granularity): what lies after or before something in it is not at the
    same time."""
    start, end = interval.start, interval.end
    return start is not None and end is not None and end - start > timedelta(days=1)


def _clause_of_a_subject(parse: Parse, noun: int, head: int, by_token: dict[int, Event]) -> Event | None:
    """The verb whose subject the parse took for the object of a preposition ``noun`` and hung on the
    preposition's ``head`` as a clause of its own: "comes two days after *minutes* of the Federal
    Reserve's meeting *showed* ...", a clause with no subject nor marker of its own right after the noun
    phrase."""
    end = parse.doc[noun].right_edge.i
    for child in parse.children(head):
        if child <= end or parse.dep(child) != "advcl":
            continue
        if any(parse.dep(c) in ("nsubj", "nsubjpass", "mark") for c in parse.children(child)):
            return None
        event = by_token.get(child)
        return event if event is not None and event.pos == "VERB" and child == end + 1 else None
    return None


def _after_an_origin(
    parse: Parse | None, by_token: dict[int, Event], governing: dict[str, TimeExpression], words: OrderingWords
) -> frozenset[str]:
    """Ids of the main verbs after an opening participle of origin that a time dates ("*Born* on 14
    February 1932 in Scranton, Vance *moved* to New York at 18"): a life told from its start, which
    takes neither that time nor the story's (not in 1932, nor on the day her death was confirmed)."""
    if parse is None:
        return frozenset()
    found: set[str] = set()
    for i, event in by_token.items():
        if event.pos != "VERB":
            continue
        origin = next((c for c in parse.left_children(i) if parse.dep(c) == "advcl" and parse.tag(c) == "VBN"), None)
        if origin is not None and parse.lower(origin) in words.origins and origin in by_token:
            timex = governing.get(by_token[origin].id)
            if timex is not None and timex.end <= event.start:
                found.add(event.id)
    return frozenset(found)


def _separate_clauses(
    parse: Parse | None,
    by_token: dict[int, Event],
    governing: dict[str, TimeExpression],
    bounding: dict[str, tuple[TimeExpression, str]],
) -> dict[str, str]:
    """Event id of a verb conjoined to another with a subject of its own ("the House approved it
    *in February*, and Biden *said*...") -> the id of the time expression that dates only the first
    clause: one after the first verb, inside its clause, does not reach the second, which is
    placed as if alone (a time before the first verb, "*On Monday*, X did A and Y did B", may)."""
    out: dict[str, str] = {}
    if parse is None:
        return out
    for i, event in by_token.items():
        if event.pos != "VERB":
            continue
        if parse.dep(i) != "conj":
            continue
        head = by_token.get(parse.head(i))
        if head is None or not any(parse.dep(c) in _SUBJECTS for c in parse.left_children(i)):
            continue
        timex = governing.get(head.id) or bounding.get(head.id, (None, ""))[0]
        if timex is not None and head.end <= timex.start and timex.end <= event.start:
            out[event.id] = timex.id
    return out


def _conditional_clauses(
    parse: Parse | None, text: str, by_token: dict[int, Event], words: OrderingWords
) -> frozenset[str]:
    """Ids of the events that head a conditional clause ("could begin on Dec. 20 *if* lawmakers
    *fail* to pass a bill"): found from the markers in the text (no walk over every token)."""
    if parse is None or not words.condition:
        return frozenset()
    out: set[str] = set()
    matches = (match for pattern in _condition_pattern(words.condition) for match in pattern.finditer(text))
    for match in matches:
        if match.start() and text[match.start() - 1].isalnum():
            continue
        marker = parse.root(match.start(), match.end())
        if marker is None or parse.dep(marker) != "mark" or parse.dep(parse.head(marker)) not in ("advcl", "conj"):
            continue  # "decide *if* it prefers" asks whether: a complement, not a condition
        # (a "conj" with "if": the parse's reading of ", but only *if* the city approves")
        event = by_token.get(parse.head(marker))
        if event is not None:
            out.add(event.id)
    return frozenset(out)


@functools.cache
def _condition_pattern(markers: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """One pattern per marker, lower case or capitalized, that starts with its literal (a pattern
    that starts with \\b or an alternation scans the whole text many times slower); the word
    boundary before it is checked on the few matches."""
    forms = sorted({form for word in markers for form in (word, word.capitalize())})
    return tuple(re.compile(re.escape(form) + r"\b") for form in forms)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def _event_heads(parse: Parse | None, by_token: dict[int, Event]) -> dict[str, str]:
    """Event id -> id of the nearest event above it in the dependency tree (same sentence)."""
    if parse is None:
        return {}
    offsets = parse.head_offsets
    heads: dict[str, str] = {}
    for i, event in by_token.items():
        node = i
        for _ in range(12):
            if not offsets[node]:  # the root of the sentence
                break
            node += offsets[node]
            above = by_token.get(node)
            if above is not None:
                heads[event.id] = above.id
                break
            if parse.dep(node) == "ROOT" and governing_verb(token := parse.doc[node]) is token:  # label first: cheap
                break
    return heads


# --- the partial order ------------------------------------------------------------------------------
def interval_relation(a: Interval, b: Interval) -> Relation | None:
    """What the intervals alone decide between two things placed in them: ``BEFORE``/``AFTER``
    when they do not overlap, ``SIMULTANEOUS`` when both are the same bounded interval, else
    ``None`` (an event somewhere inside a day is not known to include or be included by another
    event in it)."""
    if a.end is not None and b.start is not None and a.end <= b.start:
        return Relation.BEFORE
    if b.end is not None and a.start is not None and b.end <= a.start:
        return Relation.AFTER
    return None


def start_order(a: Interval, b: Interval) -> Relation | None:
    """Order of the start points of events placed in ``a`` and ``b`` (MATRES): ``BEFORE`` when
    ``a`` ends before ``b`` starts, ``AFTER`` the other way round, else undecided (``None``)."""
    return interval_relation(a, b)


def entry_start_order(first: TimelineEntry, second: TimelineEntry) -> Relation | None:
    """Order of the start points of two placed events (MATRES), reading each placement's
    relation as well as its interval (:func:`~timeline.ordering.pairs.paired_start_bounds`): an
    event that includes its time (a present state "going on at publication") started at some
    unknown point before it, so only an interval that starts later orders it."""
    return start_order(*paired_start_bounds(first, second))
