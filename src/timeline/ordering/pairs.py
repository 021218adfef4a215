"""The start-point order of two nearby events, learned from MATRES: a small pairwise classifier.

Rules on tense and the parse order events within a sentence well; across sentences a past event
told after another past one is about as often earlier as later. This model reads what the
pipeline already knows about two events in the same or adjacent sentences (tense, aspect, class,
factuality, who reports them, the parse path between them, words like "after" / "then" between
them, how each was placed and whether the placed intervals overlap) and scores whether the
first one's start is BEFORE, AFTER, EQUAL to the second's, or VAGUE. It is a multinomial
logistic regression over sparse string features, trained on TimeBank only by
``scripts/train_pair_order.py`` and shipped as JSON (``ordering/data/pair_order_en.json``).
"""

from __future__ import annotations

import bisect
import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
import numpy.typing as npt

from timeline.calendar import Granularity, Interval
from timeline.model import Event, Placement, Polarity, Relation, TemporalLink, Tense, Timeline, TimelineEntry
from timeline.ordering.graph import PartialOrder
from timeline.ordering.words import OrderingWords, load_words

if TYPE_CHECKING:
    from timeline.ordering.parse import Parse

__all__ = [
    "LABELS",
    "PairContext",
    "PairModel",
    "candidate_pairs",
    "classifier_proposals",
    "event_tokens",
    "load_pair_model",
    "pair_features",
    "paired_start_bounds",
    "start_bounds",
    "start_point_links",
    "start_point_order",
]

#: What the model scores: the order of the first event's start against the second's.
LABELS = ("BEFORE", "AFTER", "EQUAL", "VAGUE")
#: A candidate event is paired with at most this many candidates after it (same or next
#: sentence): keeps the number of pairs linear in the text, whatever a sentence holds.
MAX_PAIRS_PER_EVENT = 12
_BETWEEN_WINDOW = 40


@functools.cache
def _hashes(language: str) -> tuple[dict[int, str], npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """The words that tell order between two events (``pair_markers`` of the language's
    ordering words: the model's features name them) and the quotes, as spaCy's hashes of their
    lower case, to find them in a Doc's LOWER column (spaCy imported only when a parse is there
    to read)."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    words = load_words(language)
    marker_of_hash = {int(hash_string(w)): w for w in words.pair_markers}
    quotes = np.array(sorted({int(hash_string(q)) for q in words.quotes}), dtype=np.uint64)
    return marker_of_hash, np.array(sorted(marker_of_hash), dtype=np.uint64), quotes


def _member(values: npt.NDArray[np.uint64], sorted_set: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
    """Which ``values`` are in ``sorted_set`` (what ``np.isin`` says, without its cost on
    64-bit hashes: one binary search per value)."""
    at = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    found: npt.NDArray[np.bool_] = sorted_set[at] == values
    return found


_CACHE_SIZE = 50_000


@attrs.frozen(kw_only=True, slots=True)
class PairModel:
    """Weights of the pairwise classifier: per feature, one weight per label in :data:`LABELS`."""

    labels: tuple[str, ...]
    bias: npt.NDArray[np.float64]
    #: feature -> its row of weights in ``matrix``
    index: Mapping[str, int]
    matrix: npt.NDArray[np.float64]
    #: Links are proposed only for a BEFORE/AFTER at least this probable (chosen on TimeBank).
    threshold: float
    #: The rows of the joint attribute features, per pair of attribute values seen.
    cache: dict[tuple[tuple[str, ...], tuple[str, ...], str], list[int]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    #: The rows of the other joint features, per key of what they read (see ``_Rows``).
    link_cache: dict[tuple[str, ...], list[int]] = attrs.field(factory=dict, eq=False, repr=False)
    #: The rows of one event's features, per its features, role and distance.
    role_cache: dict[tuple[tuple[str, ...], str, str], list[int]] = attrs.field(factory=dict, eq=False, repr=False)

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """Softmax over the labels of the summed weights of ``features`` (unknown ones ignored)."""
        scores = self.scores(features) + self.bias
        exps = np.exp(scores - scores.max())
        return [float(x) for x in exps / exps.sum()]

    def scores(self, features: Iterable[str]) -> npt.NDArray[np.float64]:
        """Per label, the sum of the weights of ``features`` (without the bias)."""
        summed: npt.NDArray[np.float64] = self.matrix[self.rows(features)].sum(axis=0)
        return summed

    def rows(self, features: Iterable[str]) -> list[int]:
        """The rows of ``matrix`` of the known ``features``."""
        return [i for i in map(self.index.get, features) if i is not None]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PairModel:
        weights: Mapping[str, Sequence[float]] = data["weights"]
        labels = tuple(data["labels"])
        # and a last row of zeros, which every pair has (see :func:`classifier_proposals`)
        matrix = np.array([*(list(w) for w in weights.values()), [0.0] * len(labels)], dtype=np.float64)
        return cls(
            labels=labels,
            bias=np.array(data["bias"], dtype=np.float64),
            index={feature: i for i, feature in enumerate(weights)},
            matrix=matrix,
            threshold=float(data["threshold"]),
        )


@functools.cache
def load_pair_model(language: str = "en") -> PairModel | None:
    """The shipped model for ``language`` (read once), or ``None`` when there is none."""
    resource = resources.files("timeline.ordering.data").joinpath(f"pair_order_{language}.json")
    if not resource.is_file():
        return None
    return PairModel.from_dict(json.loads(resource.read_text("utf-8")))


def event_tokens(parse: Parse, events: Iterable[Event]) -> dict[str, int]:
    """Event id -> the index of the head token of its span in the parse."""
    out: dict[str, int] = {}
    for event in events:
        root = parse.root(event.start, event.end)
        if root is not None:
            out[event.id] = root
    return out


@attrs.frozen(kw_only=True, slots=True)
class _Single:
    """What the features read of one event, computed once per event."""

    values: dict[str, str]
    #: the values the joint features read, in :data:`_JOINT` order
    key: tuple[str, ...]
    #: "name:value" features of the event alone (prefixed by its role, a or b, and distance)
    features: tuple[str, ...]
    token: int | None
    markers: tuple[str, ...]
    sentence: int
    #: the token and its heads up to the root (at most 12): (index, dependency label) each
    chain: tuple[tuple[int, str], ...]


@attrs.define(kw_only=True, slots=True)
class PairContext:
    """What the features of a pair read besides the two events: their tokens (indices in
    ``parse``), their placements, the index of each sentence and where the marker words and
    quotes are."""

    parse: Parse | None
    tokens: Mapping[str, int]
    entries: Mapping[str, TimelineEntry]
    sentence_of: Mapping[int, int]
    marker_at: list[int] = attrs.Factory(list)
    marker_word: list[str] = attrs.Factory(list)
    quote_at: list[int] = attrs.Factory(list)
    singles: dict[str, _Single] = attrs.Factory(dict)
    words: OrderingWords = attrs.Factory(load_words)

    @classmethod
    def build(
        cls,
        events: Iterable[Event],
        parse: Parse | None,
        tokens: Mapping[str, int],
        entries: Iterable[TimelineEntry],
        words: OrderingWords | None = None,
    ) -> PairContext:
        """The context of ``events`` whose tokens in ``parse`` are ``tokens`` (event id -> token
        index; none without a parse)."""
        starts = sorted({e.sentence.start for e in events})
        context = cls(
            parse=parse if tokens else None,
            tokens=tokens if parse is not None else {},
            entries={entry.event.id: entry for entry in entries},
            sentence_of={start: i for i, start in enumerate(starts)},
            words=words or load_words(),
        )
        if context.parse is not None:
            # one pass over the stretch of text the events span, so a pair only bisects
            first, last = min(context.tokens.values()), max(context.tokens.values())
            marker_of_hash, marker_hashes, quote_hashes = _hashes(context.words.language)
            column = np.asarray(context.parse.doc.to_array("LOWER"), dtype=np.uint64)
            lowers: npt.NDArray[np.uint64] = column[first : last + 1]
            for i in np.flatnonzero(_member(lowers, marker_hashes)).tolist():
                context.marker_at.append(first + i)
                context.marker_word.append(marker_of_hash[int(lowers[i])])
            context.quote_at.extend((first + np.flatnonzero(_member(lowers, quote_hashes))).tolist())
        return context

    def single(self, event: Event) -> _Single:
        found = self.singles.get(event.id)
        if found is None:
            parse = self.parse
            ti = self.tokens.get(event.id) if parse is not None else None
            values = {
                "t": _tense(event),
                "c": event.event_class.value,
                "f": event.factuality,
                "m": _modal(event),
                "pl": _placement(self.entries.get(event.id)),
                "d": parse.dep(ti) if parse is not None and ti is not None else "-",
                "l": event.lemma.lower(),
            }
            markers = (
                tuple(_own_markers(parse, ti, self.words.pair_markers)) if parse is not None and ti is not None else ()
            )
            features = tuple(f"{name}:{value}" for name, value in values.items()) + tuple(f"mk:{w}" for w in markers)
            chain: list[tuple[int, str]] = []
            if parse is not None and ti is not None:
                node = ti
                while len(chain) < 12:
                    chain.append((node, parse.dep(node)))
                    up = parse.head(node)
                    if up == node:
                        break
                    node = up
            found = _Single(
                values=values,
                key=tuple(values[name] for name in _JOINT),
                features=features,
                token=ti,
                markers=markers,
                sentence=self.sentence_of.get(event.sentence.start, -10),
                chain=tuple(chain),
            )
            self.singles[event.id] = found
        return found


def pairable(event: Event) -> bool:
    """Events on the main time axis, as MATRES pairs them: verbs that happened, happen or will,
    finite, participles or infinitives (not negated, not under a modal of possibility). An
    infinitive is paired too ("called police *to report* the body", "agreed *to allow*"): its
    pairs are as often ordered as a finite verb's, and the model scores whether it is."""
    return (
        event.pos == "VERB"
        and event.polarity is Polarity.POS
        and event.factuality != "negated"
        and event.tense is not Tense.NONE
        and not event.is_hypothetical
    )


def candidate_pairs(events: Iterable[Event], context: PairContext) -> list[tuple[Event, Event]]:
    """Pairs of candidate events in the same or adjacent sentences, in text order."""
    ordered = sorted((e for e in events if pairable(e)), key=lambda e: e.start)
    sentence = [context.sentence_of.get(e.sentence.start, -10) for e in ordered]
    out: list[tuple[Event, Event]] = []
    for i, a in enumerate(ordered):
        last = bisect.bisect_right(
            sentence, sentence[i] + 1, lo=i + 1, hi=min(len(ordered), i + 1 + MAX_PAIRS_PER_EVENT)
        )
        out += [(a, ordered[j]) for j in range(i + 1, last)]
    return out


def _tense(event: Event) -> str:
    return f"{event.tense.value}_{event.aspect.value}"


def _modal(event: Event) -> str:
    if event.modality is None:
        return "-"
    return "will" if not event.is_hypothetical else "would"


def _placement(entry: TimelineEntry | None) -> str:
    return "unplaced" if entry is None else f"{entry.placement.value}_{entry.relation.value}"


#: Relations by which an event holds over the whole of its time and began before it ("is" at
#: publication, a state on a day): its start is bounded above only.
_STARTS_EARLIER = frozenset({Relation.INCLUDES, Relation.ENDED_BY})
_UNBOUNDED = Interval(start=None, end=None, granularity=Granularity.UNBOUNDED)


def _began_any_time_before(entry: TimelineEntry) -> bool:
    """Whether the placement of ``entry`` bounds its start from above only: an event that takes
    the time of the verb it depends on in its sentence, with no tense of its own placing it
    after that verb ("investors *disregarded* the gains, *betting* that...", "conditions will
    decline as the sector *remains* weak"), was going on at that time; when it began, the
    sentence does not say."""
    return (
        entry.placement is Placement.INHERITED
        and entry.event.tense is not Tense.FUTURE
        and entry.relation not in _STARTS_EARLIER
    )


def start_bounds(entry: TimelineEntry, *, writing: bool = False) -> Interval:
    """Where the start of a placed event lies: in its interval, unless the event includes that
    time (a state on a day): then at some point before the interval starts; or an event that
    takes the time of the verb it depends on: then at some point before the interval ends. With ``writing``,
    an event that includes the publication (``t0``: a present state "going on at
    publication") includes the moment of writing, a moment inside the day of publication: it
    started at some point before the day ends, not necessarily before it began."""
    interval = entry.time.interval
    if _began_any_time_before(entry):
        if interval.end is None:
            return _UNBOUNDED
        return Interval(start=None, end=interval.end, granularity=interval.granularity)
    if entry.relation not in _STARTS_EARLIER:
        return interval
    if interval.start is None:
        return _UNBOUNDED
    if writing and entry.time.timex_id == "t0":
        return Interval(start=None, end=interval.end, granularity=interval.granularity)
    return Interval(start=None, end=interval.start, granularity=interval.granularity)


def paired_start_bounds(a: TimelineEntry, b: TimelineEntry) -> tuple[Interval, Interval]:
    """The :func:`start_bounds` of two placed events, to compare them: read against the moment
    of writing, unless both are placed against the publication (``t0``), which then stands for
    the same moment for both (a state going on at publication started before what is said at
    it); an event the text dates to the day of publication may come before or after that
    moment."""
    writing = a.time.timex_id != b.time.timex_id
    return start_bounds(a, writing=writing), start_bounds(b, writing=writing)


#: The moment of writing: a node inside the publication day (``t0``) in :func:`start_point_order`.
WRITING = "t0-writing"
_WRITING_REASON = "the moment of writing: within the day of publication"
#: Suffix of the node of a moment at which an event with an inherited time was going on (see
#: :func:`start_point_links`).
GOING_ON = "@going-on"
#: Between the ids of two events, the node of a moment both hold at (see :func:`start_point_links`).
OVERLAP = "~"
_GOING_ON_REASON = "going on at the time of the verb it depends on, begun at some point before"


def start_point_order(timeline: Timeline) -> PartialOrder:
    """The timeline's anchors and links closed for questions about start points (MATRES; see
    :func:`start_point_links`)."""
    order = PartialOrder()
    anchors, links = start_point_links(timeline)
    for link in (*anchors, *links):
        order.add(link.source, link.relation, link.target)
    return order


def start_point_links(timeline: Timeline) -> tuple[list[TemporalLink], list[TemporalLink]]:
    """The timeline's anchors (each placed event against its time) and links, with an event's
    link to the publication (``t0``) read as a link to the moment of writing, a moment inside
    the publication day: a past event with no stated time happened before the writing, not
    necessarily before the day began ("the stock *fell*; it *closed* lower Friday", Friday the
    day of publication), so it is not ordered against an event the text dates to that day.
    Times keep their links to the day. Two events said to happen at the same time ("shares
    *leaped* while the index *sank*") overlap: each includes a common moment (``<a>~<b>``), which
    does not say which began first. An event that takes the time of the verb it depends on
    (see :func:`start_bounds`) is anchored through a moment at which it was going on
    (``<event>@going-on``, which it includes): its start lies before that moment, not inside the time."""
    events = {event.id for event in timeline.events}

    def writing(node: str, other: str) -> str:
        return WRITING if node == "t0" and other in events else node

    anchors = [TemporalLink(source=WRITING, target="t0", relation=Relation.IS_INCLUDED, reason=_WRITING_REASON)]
    for entry in timeline.entries:
        if entry.time.timex_id is None:
            continue
        event_id, time = entry.event.id, writing(entry.time.timex_id, entry.event.id)
        if _began_any_time_before(entry):
            moment = f"{event_id}{GOING_ON}"
            anchors.append(
                TemporalLink(source=event_id, target=moment, relation=Relation.INCLUDES, reason=_GOING_ON_REASON)
            )
            anchors.append(TemporalLink(source=moment, target=time, relation=entry.relation, reason=entry.reason))
        else:
            anchors.append(TemporalLink(source=event_id, target=time, relation=entry.relation, reason=entry.reason))
    links: list[TemporalLink] = []
    for link in timeline.links:
        if link.relation is Relation.SIMULTANEOUS and link.source in events and link.target in events:
            # both hold at a common moment
            moment = f"{link.source}{OVERLAP}{link.target}"
            links.append(attrs.evolve(link, target=moment, relation=Relation.INCLUDES))
            links.append(attrs.evolve(link, source=link.target, target=moment, relation=Relation.INCLUDES))
            continue
        links.append(
            attrs.evolve(link, source=writing(link.source, link.target), target=writing(link.target, link.source))
        )
    return anchors, links


def _intervals(a: TimelineEntry | None, b: TimelineEntry | None) -> str:
    if a is None or b is None:
        return "none"
    x, y = paired_start_bounds(a, b)
    if x.end is not None and y.start is not None and x.end <= y.start:
        return "before"
    if y.end is not None and x.start is not None and y.end <= x.start:
        return "after"
    if x == y:
        return "same_time" if a.time.timex_id == b.time.timex_id else "same_interval"
    return "overlap"


def _path(a: _Single, b: _Single) -> list[str]:
    """The dependency path between the tokens of two events of a sentence, as short string features."""
    if a.token == b.token:
        return ["path:same"]
    index_b = {i: n for n, (i, _) in enumerate(b.chain)}
    n_a = next((n for n, (i, _) in enumerate(a.chain) if i in index_b), None)
    if n_a is None:
        return ["path:none"]
    below_a = [dep for _, dep in a.chain[:n_a]]
    below_b = [dep for _, dep in b.chain[: index_b[a.chain[n_a][0]]]]
    deps_a = "/".join(below_a[:3])
    deps_b = "/".join(below_b[:3])
    if not below_a:
        return [
            f"path:a_over_b:{deps_b}",
            f"path:a_over_b:{below_b[0]}",
            f"path:a_over_b_len:{min(len(below_b), 3)}",
        ]
    if not below_b:
        return [
            f"path:b_over_a:{deps_a}",
            f"path:b_over_a:{below_a[0]}",
            f"path:b_over_a_len:{min(len(below_a), 3)}",
        ]
    return [f"path:sib:{below_a[-1]}|{below_b[-1]}", f"path:sib:{deps_a}|{deps_b}"]


def _own_markers(parse: Parse, token: int, markers: frozenset[str]) -> list[str]:
    """Markers introducing the clause of the event on ``token`` ("*after* he left", "*when* they met")."""
    out = []
    for child in parse.left_children(token):
        if parse.dep(child) in ("mark", "advmod", "prep") and (word := parse.lower(child)) in markers:
            out.append(word)
    if parse.dep(token) in ("pcomp", "pobj") and (word := parse.lower(parse.head(token))) in markers:
        out.append(word)
    return out


def _distance(a: _Single, b: _Single) -> str:
    return "s0" if a.sentence == b.sentence else "s1"


def _role_features(single: _Single, role: str, dist: str) -> list[str]:
    """The features of one event of the pair: alone, and with the distance between the two."""
    return [role + f for f in single.features] + [f"{dist}:{role}{f}" for f in single.features]


def pair_features(a: Event, b: Event, context: PairContext) -> list[str]:
    """String features of the pair (``a`` told first)."""
    sa, sb = context.single(a), context.single(b)
    dist = _distance(sa, sb)
    return _role_features(sa, "a", dist) + _role_features(sb, "b", dist) + _joint_features(a, b, context, dist)


def _joint_features(a: Event, b: Event, context: PairContext, dist: str) -> list[str]:
    """The features that read both events at once."""
    sa, sb = context.single(a), context.single(b)
    return _value_features(sa.values, sb.values, dist) + _link_features(a, b, sa, sb, context, dist)


_JOINT = ("t", "c", "f", "m", "pl", "d")


def _value_features(va: Mapping[str, str], vb: Mapping[str, str], dist: str) -> list[str]:
    """Joint features of the two events' attributes alone (the same for many pairs)."""
    features = [f"bias:{dist}"]
    for name in _JOINT:
        joint = f"{name}:{va[name]}|{vb[name]}"
        features += [joint, f"{dist}:{joint}"]
    features.append(f"{dist}:tc:{va['t']}|{va['c']}|{vb['t']}|{vb['c']}")
    features.append(f"{dist}:tpl:{va['t']}|{va['pl']}|{vb['t']}|{vb['pl']}")
    return features


def _link_features(a: Event, b: Event, sa: _Single, sb: _Single, context: PairContext, dist: str) -> list[str]:
    """Joint features of the two events' places in the text, the parse and the timeline."""
    va, vb = sa.values, sb.values
    features = []
    if b.reported_by == a.id:
        features.append("rep:b_by_a")
    if a.reported_by == b.id:
        features.append("rep:a_by_b")
    if a.reported_by is not None and a.reported_by == b.reported_by:
        features.append("rep:same")
    intervals = _intervals(context.entries.get(a.id), context.entries.get(b.id))
    features += [f"iv:{intervals}", f"{dist}:iv:{intervals}|{va['t']}|{vb['t']}"]
    ia, ib = sa.token, sb.token
    if ia is None or ib is None:
        return features
    if dist == "s0":
        features += [f"{dist}:{p}" for p in _path(sa, sb)]
    low, high = min(ia, ib) + 1, min(max(ia, ib), min(ia, ib) + 1 + _BETWEEN_WINDOW)
    i, j = bisect.bisect_left(context.marker_at, low), bisect.bisect_left(context.marker_at, high)
    features += [f"{dist}:btw:{w}" for w in sorted(set(context.marker_word[i:j]))]
    if bisect.bisect_left(context.quote_at, low) < bisect.bisect_left(context.quote_at, high):
        features.append(f"{dist}:btw:quote")
    features.append(f"{dist}:gap:{_gap(abs(ib - ia))}")
    features += [f"{dist}:am:{w}|{vb['t']}" for w in sa.markers]
    features += [f"{dist}:bm:{w}|{va['t']}" for w in sb.markers]
    return features


_RELATIONS = {"BEFORE": Relation.BEFORE, "AFTER": Relation.AFTER}


def _gap(gap: int) -> str:
    return "1-3" if gap <= 3 else "4-8" if gap <= 8 else "9-20" if gap <= 20 else ">20"


@attrs.define(slots=True)
class _Rows:
    """The rows of ``model.matrix`` of a pair's features, found without building the feature
    strings anew for each pair: each string is made once per key (parts the pair shares with
    others) and its row kept. Gives the rows of ``[zero] + _value_features + _role_features(a)
    + _role_features(b) + _link_features`` in that order, unknown features left out."""

    model: PairModel
    context: PairContext
    zero: int
    partial: dict[tuple[str, str, str], list[int]] = attrs.Factory(dict)

    def known(self, *features: str) -> list[int]:
        return self.model.rows(features)

    def get(self, key: tuple[str, ...]) -> list[int]:
        memo = self.model.link_cache
        found = memo.get(key)
        if found is None:
            if len(memo) > _CACHE_SIZE:
                memo.clear()
            found = memo[key] = self._make(key)
        return found

    def _make(self, key: tuple[str, ...]) -> list[int]:
        kind = key[0]
        if kind == "rep":
            return self.known(f"rep:{key[1]}")
        if kind == "iv":
            _, dist, intervals, ta, tb = key
            return self.known(f"iv:{intervals}", f"{dist}:iv:{intervals}|{ta}|{tb}")
        if kind == "btw":
            return self.known(f"{key[1]}:btw:{key[2]}")
        if kind == "gap":
            return self.known(f"{key[1]}:gap:{key[2]}")
        if kind == "am":
            return self.known(f"{key[1]}:am:{key[2]}|{key[3]}")
        if kind == "bm":
            return self.known(f"{key[1]}:bm:{key[2]}|{key[3]}")
        raise ValueError(kind)

    def role(self, single: _Single, role: str, dist: str) -> list[int]:
        """The rows of :func:`_role_features` (the same for events with the same features)."""
        memo = self.model.role_cache
        key = (single.features, role, dist)
        found = memo.get(key)
        if found is None:
            if len(memo) > _CACHE_SIZE:
                memo.clear()
            found = memo[key] = self.model.rows(_role_features(single, role, dist))
        return found

    def pair(self, a: Event, b: Event, sa: _Single, sb: _Single, intervals: str) -> list[int]:
        model, context = self.model, self.context
        dist = "s0" if sa.sentence == sb.sentence else "s1"
        key = (sa.key, sb.key, dist)
        joint = model.cache.get(key)
        if joint is None:
            if len(model.cache) > _CACHE_SIZE:
                model.cache.clear()
            joint = model.cache[key] = model.rows(_value_features(sa.values, sb.values, dist))
        part_a = self.partial.get((a.id, "a", dist))
        if part_a is None:
            part_a = self.partial[(a.id, "a", dist)] = self.role(sa, "a", dist)
        part_b = self.partial.get((b.id, "b", dist))
        if part_b is None:
            part_b = self.partial[(b.id, "b", dist)] = self.role(sb, "b", dist)
        rows = [self.zero, *joint, *part_a, *part_b]
        # what _link_features reads, in its order
        get = self.get
        if b.reported_by == a.id:
            rows += get(("rep", "b_by_a"))
        if a.reported_by == b.id:
            rows += get(("rep", "a_by_b"))
        if a.reported_by is not None and a.reported_by == b.reported_by:
            rows += get(("rep", "same"))
        ta, tb = sa.values["t"], sb.values["t"]
        rows += get(("iv", dist, intervals, ta, tb))
        ia, ib = sa.token, sb.token
        if ia is None or ib is None:
            return rows
        if dist == "s0":
            rows += model.rows([f"s0:{p}" for p in _path(sa, sb)])
        low, high = min(ia, ib) + 1, min(max(ia, ib), min(ia, ib) + 1 + _BETWEEN_WINDOW)
        marker_at = context.marker_at
        i, j = bisect.bisect_left(marker_at, low), bisect.bisect_left(marker_at, high)
        if i < j:
            for w in sorted(set(context.marker_word[i:j])):
                rows += get(("btw", dist, w))
        quote_at = context.quote_at
        if quote_at and bisect.bisect_left(quote_at, low) < bisect.bisect_left(quote_at, high):
            rows += get(("btw", dist, "quote"))
        rows += get(("gap", dist, _gap(abs(ib - ia))))
        for w in sa.markers:
            rows += get(("am", dist, w, tb))
        for w in sb.markers:
            rows += get(("bm", dist, w, ta))
        return rows


def classifier_proposals(
    events: Iterable[Event], context: PairContext, model: PairModel
) -> list[tuple[float, Event, Relation, Event]]:
    """Links the model is sure enough of (BEFORE or AFTER at least ``model.threshold``
    probable), most confident first; pairs whose placed intervals do not overlap are left out.
    A link the rules' order already implies is proposed too: :func:`start_point_order` reads
    the rules' links to the publication more weakly than the order they were made in (a past
    event before the moment of writing, not before the day), and the model's agreement then
    still orders the pair."""
    entries = context.entries
    # pairs the placed intervals already order are left alone
    pairs: list[tuple[Event, Event]] = []
    pair_intervals: list[str] = []
    for a, b in candidate_pairs(events, context):
        intervals = _intervals(entries.get(a.id), entries.get(b.id))
        if intervals != "before" and intervals != "after":
            pairs.append((a, b))
            pair_intervals.append(intervals)
    if not pairs:
        return []
    # the rows of each event's own features, found once per role and distance; those of the
    # joint attributes once per pair of values (kept with the model)
    found = _Rows(model, context, len(model.matrix) - 1)
    rows: list[int] = []
    starts: list[int] = []
    singles = {e.id: context.single(e) for e in {e.id: e for pair in pairs for e in pair}.values()}
    for (a, b), intervals in zip(pairs, pair_intervals, strict=True):
        starts.append(len(rows))
        rows += found.pair(a, b, singles[a.id], singles[b.id], intervals)
    scores = np.add.reduceat(model.matrix[rows], starts, axis=0) + model.bias
    scores -= scores.max(axis=1, keepdims=True)
    probabilities = np.exp(scores)
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    best = probabilities.argmax(axis=1)
    confidence = probabilities[np.arange(len(pairs)), best]
    relations = [_RELATIONS.get(label) for label in model.labels]
    out: list[tuple[float, Event, Relation, Event]] = []
    for n in np.flatnonzero(confidence >= model.threshold).tolist():
        relation = relations[best[n]]
        a, b = pairs[n]
        if relation is None:
            continue
        out.append((float(confidence[n]), a, relation, b))
    out.sort(key=lambda p: (-p[0], p[1].start, p[3].start))
    return out


def proposals_for(
    events: Sequence[Event],
    parse: Parse,
    tokens: Mapping[str, int],
    entries: Iterable[TimelineEntry],
    order: PartialOrder,
    words: OrderingWords | None = None,
) -> list[tuple[float, Event, Relation, Event]]:
    """:func:`classifier_proposals` with the shipped model of the words' language (none when it
    is missing). ``order``, the rules' order the links are added to, is not read: it refuses
    a proposal that contradicts it when the proposal is added."""
    words = words or load_words()
    model = load_pair_model(words.language)
    if model is None or not tokens:
        return []
    return classifier_proposals(events, PairContext.build(events, parse, tokens, entries, words), model)
