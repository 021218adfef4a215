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
import math
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from timeline.model import Event, Polarity, Relation, TimelineEntry
from timeline.ordering.graph import PartialOrder

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "LABELS",
    "PairContext",
    "PairModel",
    "candidate_pairs",
    "classifier_proposals",
    "event_tokens",
    "load_pair_model",
    "pair_features",
]

#: What the model scores: the order of the first event's start against the second's.
LABELS = ("BEFORE", "AFTER", "EQUAL", "VAGUE")
#: A candidate event is paired with at most this many candidates after it (same or next
#: sentence): keeps the number of pairs linear in the text, whatever a sentence holds.
MAX_PAIRS_PER_EVENT = 12
#: Words that tell order when they stand between two events or introduce one of them.
_MARKERS = frozenset(
    {
        "after",
        "afterwards",
        "ago",
        "already",
        "and",
        "as",
        "because",
        "before",
        "but",
        "earlier",
        "eventually",
        "finally",
        "first",
        "following",
        "later",
        "meanwhile",
        "next",
        "now",
        "once",
        "previously",
        "since",
        "so",
        "subsequently",
        "then",
        "until",
        "when",
        "while",
        "yet",
        "if",
        "although",
        "though",
        "recently",
        "still",
        "again",
        "soon",
    }
)
_QUOTES = frozenset({'"', "“", "”", "``", "''"})
_BETWEEN_WINDOW = 40


@attrs.frozen(kw_only=True, slots=True)
class PairModel:
    """Weights of the pairwise classifier: per feature, one weight per label in :data:`LABELS`."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    #: Links are proposed only for a BEFORE/AFTER at least this probable (chosen on TimeBank).
    threshold: float

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """Softmax over the labels of the summed weights of ``features`` (unknown ones ignored)."""
        scores = list(self.bias)
        weights = self.weights
        for feature in features:
            w = weights.get(feature)
            if w is not None:
                for i, x in enumerate(w):
                    scores[i] += x
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PairModel:
        labels = tuple(data["labels"])
        return cls(
            labels=labels,
            bias=tuple(float(x) for x in data["bias"]),
            weights={k: tuple(float(x) for x in v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
        )


@functools.cache
def load_pair_model(language: str = "en") -> PairModel | None:
    """The shipped model for ``language`` (read once), or ``None`` when there is none."""
    resource = resources.files("timeline.ordering.data").joinpath(f"pair_order_{language}.json")
    if not resource.is_file():
        return None
    return PairModel.from_dict(json.loads(resource.read_text("utf-8")))


def event_tokens(doc: Doc, events: Iterable[Event]) -> dict[str, Token]:
    """Event id -> the head token of its span in the parse."""
    out: dict[str, Token] = {}
    for event in events:
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        if span is not None and len(span):
            out[event.id] = span.root
    return out


@attrs.frozen(kw_only=True, slots=True)
class PairContext:
    """What the features of a pair read besides the two events: their tokens, their placements
    and the index of each sentence."""

    tokens: Mapping[str, Token]
    entries: Mapping[str, TimelineEntry]
    sentence_of: Mapping[int, int]

    @classmethod
    def build(
        cls, events: Iterable[Event], tokens: Mapping[str, Token], entries: Iterable[TimelineEntry]
    ) -> PairContext:
        starts = sorted({e.sentence.start for e in events})
        return cls(
            tokens=tokens,
            entries={entry.event.id: entry for entry in entries},
            sentence_of={start: i for i, start in enumerate(starts)},
        )


def pairable(event: Event) -> bool:
    """Events on the main time axis, as MATRES pairs them: verbs that happened or happen
    (not negated, not under a modal of possibility)."""
    return event.pos == "VERB" and event.polarity is Polarity.POS and event.factuality != "negated"


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


def _intervals(a: TimelineEntry | None, b: TimelineEntry | None) -> str:
    if a is None or b is None:
        return "none"
    x, y = a.time.interval, b.time.interval
    if x.end is not None and y.start is not None and x.end <= y.start:
        return "before"
    if y.end is not None and x.start is not None and y.end <= x.start:
        return "after"
    if x == y:
        return "same_time" if a.time.timex_id == b.time.timex_id else "same_interval"
    return "overlap"


def _path(a: Token, b: Token) -> list[str]:
    """The dependency path between two tokens of a sentence, as short string features."""
    if a.i == b.i:
        return ["path:same"]
    up_b = [b]
    while up_b[-1].head.i != up_b[-1].i and len(up_b) < 12:
        up_b.append(up_b[-1].head)
    index_b = {t.i: n for n, t in enumerate(up_b)}
    up_a = [a]
    while up_a[-1].i not in index_b and up_a[-1].head.i != up_a[-1].i and len(up_a) < 12:
        up_a.append(up_a[-1].head)
    top = up_a[-1]
    if top.i not in index_b:
        return ["path:none"]
    below_b = up_b[: index_b[top.i]]
    below_a = up_a[:-1]
    deps_a = "/".join(t.dep_ for t in below_a[:3])
    deps_b = "/".join(t.dep_ for t in below_b[:3])
    if not below_a:
        return [
            f"path:a_over_b:{deps_b}",
            f"path:a_over_b:{below_b[0].dep_}",
            f"path:a_over_b_len:{min(len(below_b), 3)}",
        ]
    if not below_b:
        return [
            f"path:b_over_a:{deps_a}",
            f"path:b_over_a:{below_a[0].dep_}",
            f"path:b_over_a_len:{min(len(below_a), 3)}",
        ]
    return [f"path:sib:{below_a[-1].dep_}|{below_b[-1].dep_}", f"path:sib:{deps_a}|{deps_b}"]


def _own_markers(token: Token) -> list[str]:
    """Markers introducing the event's clause ("*after* he left", "*when* they met")."""
    out = []
    for child in token.children:
        if child.dep_ in ("mark", "advmod", "prep") and child.lower_ in _MARKERS and child.i < token.i:
            out.append(child.lower_)
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in _MARKERS:
        out.append(token.head.lower_)
    return out


def pair_features(a: Event, b: Event, context: PairContext) -> list[str]:
    """String features of the pair (``a`` told first)."""
    sa = context.sentence_of.get(a.sentence.start, 0)
    sb = context.sentence_of.get(b.sentence.start, 0)
    dist = "s0" if sa == sb else "s1"
    ea, eb = context.entries.get(a.id), context.entries.get(b.id)
    ta, tb = context.tokens.get(a.id), context.tokens.get(b.id)
    features = [f"bias:{dist}"]
    pairs = {
        "t": (_tense(a), _tense(b)),
        "c": (a.event_class.value, b.event_class.value),
        "f": (a.factuality, b.factuality),
        "m": (_modal(a), _modal(b)),
        "pl": (_placement(ea), _placement(eb)),
        "d": (ta.dep_ if ta is not None else "-", tb.dep_ if tb is not None else "-"),
        "l": (a.lemma.lower(), b.lemma.lower()),
    }
    for name, (x, y) in pairs.items():
        features += [f"a{name}:{x}", f"b{name}:{y}", f"{dist}:a{name}:{x}", f"{dist}:b{name}:{y}"]
        if name != "l":
            features += [f"{name}:{x}|{y}", f"{dist}:{name}:{x}|{y}"]
    features.append(f"{dist}:tc:{pairs['t'][0]}|{pairs['c'][0]}|{pairs['t'][1]}|{pairs['c'][1]}")
    features.append(f"{dist}:tpl:{pairs['t'][0]}|{pairs['pl'][0]}|{pairs['t'][1]}|{pairs['pl'][1]}")
    if b.reported_by == a.id:
        features.append("rep:b_by_a")
    if a.reported_by == b.id:
        features.append("rep:a_by_b")
    if a.reported_by is not None and a.reported_by == b.reported_by:
        features.append("rep:same")
    intervals = _intervals(ea, eb)
    features += [f"iv:{intervals}", f"{dist}:iv:{intervals}|{pairs['t'][0]}|{pairs['t'][1]}"]
    if ta is None or tb is None:
        return features
    if dist == "s0":
        features += [f"{dist}:{p}" for p in _path(ta, tb)]
    doc = ta.doc
    between = doc[ta.i + 1 : min(tb.i, ta.i + 1 + _BETWEEN_WINDOW)]
    words = {t.lower_ for t in between if t.lower_ in _MARKERS}
    features += [f"{dist}:btw:{w}" for w in sorted(words)]
    if any(t.text in _QUOTES for t in between):
        features.append(f"{dist}:btw:quote")
    gap = tb.i - ta.i
    features.append(f"{dist}:gap:{'1-3' if gap <= 3 else '4-8' if gap <= 8 else '9-20' if gap <= 20 else '>20'}")
    features += [f"am:{w}" for w in _own_markers(ta)] + [f"bm:{w}" for w in _own_markers(tb)]
    features += [f"{dist}:am:{w}|{pairs['t'][1]}" for w in _own_markers(ta)]
    features += [f"{dist}:bm:{w}|{pairs['t'][0]}" for w in _own_markers(tb)]
    return features


_RELATIONS = {"BEFORE": Relation.BEFORE, "AFTER": Relation.AFTER}


def classifier_proposals(
    events: Iterable[Event],
    context: PairContext,
    model: PairModel,
    order: PartialOrder | None = None,
) -> list[tuple[float, Event, Relation, Event]]:
    """Links the model is sure enough of (BEFORE or AFTER at least ``model.threshold``
    probable), most confident first; pairs ``order`` already decides are skipped."""
    out: list[tuple[float, Event, Relation, Event]] = []
    for a, b in candidate_pairs(events, context):
        if order is not None and order.start_order(a.id, b.id) is not None:
            continue
        probabilities = model.probabilities(pair_features(a, b, context))
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        relation = _RELATIONS.get(model.labels[best])
        if relation is not None and probabilities[best] >= model.threshold:
            out.append((probabilities[best], a, relation, b))
    out.sort(key=lambda p: (-p[0], p[1].start, p[3].start))
    return out


def proposals_for(
    events: Sequence[Event], tokens: Mapping[str, Token], entries: Iterable[TimelineEntry], order: PartialOrder
) -> list[tuple[float, Event, Relation, Event]]:
    """:func:`classifier_proposals` with the shipped model (none when it is missing)."""
    model = load_pair_model()
    if model is None or not tokens:
        return []
    return classifier_proposals(events, PairContext.build(events, tokens, entries), model, order)
