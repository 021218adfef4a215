"""TempEval-3 scoring: timex and event spans and attributes, and temporal awareness of TLINKs.

Conventions (TempEval-3, UzZaman et al. 2013):

* Only tags inside ``<TEXT>`` count; the DCT (``t0``) is not a Task A timex.
* Spans are aligned one-to-one: a *relaxed* match is any character overlap, a *strict* match
  the exact span. Exact matches are paired first, then the largest overlaps.
* Attribute scores (type, value, class, tense...) are attribute F1 = (relaxed matches with the
  exact attribute string / relaxed matches) x relaxed F1; P and R are scaled the same way.
* Relations are scored as temporal awareness (UzZaman & Allen 2011): precision is the share of
  system TLINKs implied by the closure of the gold graph, recall the share of gold TLINKs
  implied by the closure of the system graph. Closure works on interval endpoints, so it is
  exact for the point-convertible relations. System nodes are mapped onto gold nodes through
  the span alignment; ``t0`` is the DCT on both sides. As in UzZaman & Allen, the graph whose
  links are counted is first transitively reduced (a link implied by the others is dropped),
  so restating what follows from other links neither earns nor costs anything; duplicates and
  inverse duplicates count once, VAGUE links not at all.
* Every count is summed over documents before dividing (micro-average).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import attrs

from timeline.evaluation.timeml import TimeMLDocument, TimeMLEvent, TimeMLLink, TimeMLTimex, read_timeml

__all__ = [
    "CheckedLink",
    "Counts",
    "DocumentCounts",
    "Scores",
    "align_spans",
    "awareness_links",
    "checked_links",
    "link_constraints",
    "score_directories",
    "score_documents",
    "score_pair",
    "temporal_awareness",
    "transitive_reduction",
]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)
G = TypeVar("G", bound=_Spanned)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen(kw_only=True, slots=True)
class Counts:
    """What one precision/recall figure is made of.

    ``sys_correct`` of ``sys_total`` system items were right (precision) and ``gold_found`` of
    ``gold_total`` gold items were found (recall). For span matching the two numerators are the
    same; for temporal awareness they differ. Attribute scores also carry ``attr_correct`` of
    ``attr_total`` relaxed matches and scale the relaxed P/R/F1 by that accuracy.
    """

    sys_correct: int = 0
    sys_total: int = 0
    gold_found: int = 0
    gold_total: int = 0
    attr_correct: int | None = None
    attr_total: int | None = None

    def __add__(self, other: Counts) -> Counts:
        def add_opt(a: int | None, b: int | None) -> int | None:
            return None if a is None and b is None else (a or 0) + (b or 0)

        return Counts(
            sys_correct=self.sys_correct + other.sys_correct,
            sys_total=self.sys_total + other.sys_total,
            gold_found=self.gold_found + other.gold_found,
            gold_total=self.gold_total + other.gold_total,
            attr_correct=add_opt(self.attr_correct, other.attr_correct),
            attr_total=add_opt(self.attr_total, other.attr_total),
        )

    @property
    def accuracy(self) -> float | None:
        """Share of relaxed matches with the right attribute, for attribute scores."""
        if self.attr_total is None:
            return None
        return _ratio(self.attr_correct or 0, self.attr_total)

    @property
    def precision(self) -> float:
        p = _ratio(self.sys_correct, self.sys_total)
        acc = self.accuracy
        return p if acc is None else p * acc

    @property
    def recall(self) -> float:
        r = _ratio(self.gold_found, self.gold_total)
        acc = self.accuracy
        return r if acc is None else r * acc

    @property
    def f1(self) -> float:
        # Scaling P and R by the same accuracy scales their harmonic mean by it too.
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "sys_correct": self.sys_correct,
            "sys_total": self.sys_total,
            "gold_found": self.gold_found,
            "gold_total": self.gold_total,
        }
        if self.attr_total is not None:
            d["accuracy"] = self.accuracy
            d["attr_correct"] = self.attr_correct
            d["attr_total"] = self.attr_total
        return d


_METRICS = (
    "timex_strict",
    "timex_relaxed",
    "timex_type",
    "timex_value",
    "event_strict",
    "event_relaxed",
    "event_class",
    "event_tense",
    "event_aspect",
    "event_polarity",
    "temporal_awareness",
)


@attrs.frozen(kw_only=True, slots=True)
class DocumentCounts:
    """The counts of one gold/system document pair, kept so subsets can be summed later."""

    doc_id: str
    timex_strict: Counts = Counts()
    timex_relaxed: Counts = Counts()
    timex_type: Counts = Counts()
    timex_value: Counts = Counts()
    event_strict: Counts = Counts()
    event_relaxed: Counts = Counts()
    event_class: Counts = Counts()
    event_tense: Counts = Counts()
    event_aspect: Counts = Counts()
    event_polarity: Counts = Counts()
    temporal_awareness: Counts = Counts()


@attrs.frozen(kw_only=True, slots=True)
class Scores:
    """Micro-averaged TempEval-3 figures over a set of documents."""

    documents: tuple[DocumentCounts, ...] = ()
    missing: tuple[str, ...] = ()

    def _sum(self, name: str) -> Counts:
        total = Counts()
        for doc in self.documents:
            total = total + getattr(doc, name)
        return total

    @property
    def timex_strict(self) -> Counts:
        return self._sum("timex_strict")

    @property
    def timex_relaxed(self) -> Counts:
        return self._sum("timex_relaxed")

    @property
    def timex_type(self) -> Counts:
        return self._sum("timex_type")

    @property
    def timex_value(self) -> Counts:
        return self._sum("timex_value")

    @property
    def event_strict(self) -> Counts:
        return self._sum("event_strict")

    @property
    def event_relaxed(self) -> Counts:
        return self._sum("event_relaxed")

    @property
    def event_class(self) -> Counts:
        return self._sum("event_class")

    @property
    def event_tense(self) -> Counts:
        return self._sum("event_tense")

    @property
    def event_aspect(self) -> Counts:
        return self._sum("event_aspect")

    @property
    def event_polarity(self) -> Counts:
        return self._sum("event_polarity")

    @property
    def temporal_awareness(self) -> Counts:
        return self._sum("temporal_awareness")

    def subset(self, keep: Callable[[str], bool]) -> Scores:
        """The scores of the documents whose id passes ``keep`` (e.g. one subcorpus)."""
        return Scores(documents=tuple(d for d in self.documents if keep(d.doc_id)), missing=self.missing)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {name: getattr(self, name).to_dict() for name in _METRICS}
        d["documents"] = len(self.documents)
        d["missing"] = list(self.missing)
        return d

    def table(self) -> str:
        """A plain-text table of P/R/F1 (in percent) for every metric."""
        lines = [f"{'metric':<22}{'P':>8}{'R':>8}{'F1':>8}   counts"]
        for name in _METRICS:
            c: Counts = getattr(self, name)
            extra = f"sys {c.sys_correct}/{c.sys_total}  gold {c.gold_found}/{c.gold_total}"
            if c.accuracy is not None:
                extra += f"  attr {c.attr_correct}/{c.attr_total}"
            lines.append(f"{name:<22}{100 * c.precision:8.2f}{100 * c.recall:8.2f}{100 * c.f1:8.2f}   {extra}")
        lines.append(
            f"documents: {len(self.documents)}"
            + (f", missing system files: {len(self.missing)}" if self.missing else "")
        )
        return "\n".join(lines)


# --- span alignment ---------------------------------------------------------------------------
def align_spans(gold: Sequence[G], system: Sequence[S]) -> list[tuple[G, S]]:
    """Pair gold and system items one-to-one by character overlap.

    Exact spans pair first, then larger overlaps, so a system tag overlapping two gold tags is
    credited to the better one and cannot count twice.
    """
    candidates: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0 or (g.start == s.start and g.end == s.end):
                exact = g.start == s.start and g.end == s.end
                candidates.append((0 if exact else 1, -overlap, gi, si))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    pairs.sort()
    return [(gold[gi], system[si]) for gi, si in pairs]


def _span_counts(pairs: Sequence[tuple[G, S]], n_gold: int, n_sys: int) -> tuple[Counts, Counts]:
    strict = sum(1 for g, s in pairs if g.start == s.start and g.end == s.end)
    return (
        Counts(sys_correct=strict, sys_total=n_sys, gold_found=strict, gold_total=n_gold),
        Counts(sys_correct=len(pairs), sys_total=n_sys, gold_found=len(pairs), gold_total=n_gold),
    )


def _attr_counts(relaxed: Counts, pairs: Iterable[tuple[G, S]], same: Callable[[G, S], bool]) -> Counts:
    pair_list = list(pairs)
    return attrs.evolve(relaxed, attr_correct=sum(1 for g, s in pair_list if same(g, s)), attr_total=len(pair_list))


# --- temporal awareness -----------------------------------------------------------------------
# Each relation "A rel B" as constraints between endpoints: (op, (node, side), (node, side)),
# op "<" or "=", side "-" for the start and "+" for the end of the interval.
Point = tuple[str, str]
Constraint = tuple[str, Point, Point]

_RELATION_POINTS: dict[str, tuple[tuple[str, str, str, str, str], ...]] = {
    # (op, left node, left side, right node, right side) with "a"/"b" for the link's source/target
    "BEFORE": (("<", "a", "+", "b", "-"),),
    "AFTER": (("<", "b", "+", "a", "-"),),
    "IBEFORE": (("=", "a", "+", "b", "-"),),
    "IAFTER": (("=", "b", "+", "a", "-"),),
    "INCLUDES": (("<", "a", "-", "b", "-"), ("<", "b", "+", "a", "+")),
    "IS_INCLUDED": (("<", "b", "-", "a", "-"), ("<", "a", "+", "b", "+")),
    "SIMULTANEOUS": (("=", "a", "-", "b", "-"), ("=", "a", "+", "b", "+")),
    "IDENTITY": (("=", "a", "-", "b", "-"), ("=", "a", "+", "b", "+")),
    # TempEval-3's scorer reads DURING (and DURING_INV) as simultaneity.
    "DURING": (("=", "a", "-", "b", "-"), ("=", "a", "+", "b", "+")),
    "DURING_INV": (("=", "a", "-", "b", "-"), ("=", "a", "+", "b", "+")),
    "BEGINS": (("=", "a", "-", "b", "-"), ("<", "a", "+", "b", "+")),
    "BEGUN_BY": (("=", "a", "-", "b", "-"), ("<", "b", "+", "a", "+")),
    "ENDS": (("=", "a", "+", "b", "+"), ("<", "b", "-", "a", "-")),
    "ENDED_BY": (("=", "a", "+", "b", "+"), ("<", "a", "-", "b", "-")),
}


def link_constraints(source: str, relation: str, target: str) -> frozenset[Constraint] | None:
    """The endpoint constraints of ``source relation target``; ``None`` for VAGUE or unknown types."""
    spec = _RELATION_POINTS.get(relation.upper())
    if spec is None or source == target:
        return None
    names = {"a": source, "b": target}
    out: set[Constraint] = set()
    for op, ln, ls, rn, rs in spec:
        left, right = (names[ln], ls), (names[rn], rs)
        if op == "=" and right < left:
            left, right = right, left
        out.add((op, left, right))
    return frozenset(out)


class _Closure:
    """Transitive closure of endpoint constraints: equalities merged, then ``<`` reachability."""

    def __init__(self, links: Iterable[frozenset[Constraint]]) -> None:
        constraint_list = [c for link in links for c in link]
        nodes = {p[0] for _, a, b in constraint_list for p in (a, b)}
        self._parent: dict[Point, Point] = {}
        for node in nodes:
            for side in "-+":
                self._parent[(node, side)] = (node, side)
        for op, a, b in constraint_list:
            if op == "=":
                self._union(a, b)
        edges: dict[Point, set[Point]] = defaultdict(set)
        for node in nodes:  # every interval starts before it ends
            edges[self._find((node, "-"))].add(self._find((node, "+")))
        for op, a, b in constraint_list:
            if op == "<":
                edges[self._find(a)].add(self._find(b))
        self._edges = edges
        self._reach: dict[Point, set[Point]] = {}

    def _find(self, p: Point) -> Point:
        root = p
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[p] != root:
            self._parent[p], p = root, self._parent[p]
        return root

    def _union(self, a: Point, b: Point) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[rb] = ra

    def _reachable(self, start: Point) -> set[Point]:
        cached = self._reach.get(start)
        if cached is not None:
            return cached
        seen: set[Point] = set()
        stack = list(self._edges.get(start, ()))
        while stack:
            p = stack.pop()
            if p in seen:
                continue
            seen.add(p)
            stack.extend(self._edges.get(p, ()))
        self._reach[start] = seen
        return seen

    def implies(self, constraint: Constraint) -> bool:
        op, a, b = constraint
        if a not in self._parent or b not in self._parent:
            return False
        ra, rb = self._find(a), self._find(b)
        if op == "=":
            return ra == rb
        return rb in self._reachable(ra)

    def verifies(self, link: frozenset[Constraint]) -> bool:
        return all(self.implies(c) for c in link)


def transitive_reduction(links: Iterable[frozenset[Constraint]]) -> list[frozenset[Constraint]]:
    """Drop, one at a time, every link the remaining links imply.

    Links are tried in a fixed order, so among equivalent ways to state the same graph the
    result is deterministic.
    """
    kept = sorted(set(links), key=sorted)
    degree: dict[str, int] = defaultdict(int)
    for link in kept:
        for node in _nodes(link):
            degree[node] += 1
    i = 0
    while i < len(kept):
        link = kept[i]
        # A link whose node no other link mentions cannot follow from the others: skip the closure.
        if all(degree[node] > 1 for node in _nodes(link)):
            others = kept[:i] + kept[i + 1 :]
            if _Closure(others).verifies(link):
                kept = others
                for node in _nodes(link):
                    degree[node] -= 1
                continue
        i += 1
    return kept


def _nodes(link: frozenset[Constraint]) -> set[str]:
    return {point[0] for _, a, b in link for point in (a, b)}


@attrs.frozen(kw_only=True, slots=True)
class CheckedLink:
    """One counted link of temporal awareness: ``source relation target`` and whether the other
    side's closure verifies it (a system link: the gold closure; a gold link: the system's)."""

    source: str
    relation: str
    target: str
    verified: bool


def checked_links(
    gold: Iterable[tuple[str, str, str]], system: Iterable[tuple[str, str, str]], *, reduce: bool = True
) -> tuple[list[CheckedLink], list[CheckedLink]]:
    """The system links and the gold links temporal awareness counts (each graph transitively
    reduced unless ``reduce=False``), each marked verified or not: what :func:`temporal_awareness`
    sums, kept link by link so the figures can be split by kind of link."""
    gold_named, sys_named = _by_constraints(gold), _by_constraints(system)
    gold_closure, sys_closure = _Closure(gold_named), _Closure(sys_named)
    gold_counted = transitive_reduction(gold_named) if reduce else sorted(gold_named, key=sorted)
    sys_counted = transitive_reduction(sys_named) if reduce else sorted(sys_named, key=sorted)

    def checked(
        counted: list[frozenset[Constraint]],
        named: dict[frozenset[Constraint], tuple[str, str, str]],
        closure: _Closure,
    ) -> list[CheckedLink]:
        return [
            CheckedLink(source=named[c][0], relation=named[c][1], target=named[c][2], verified=closure.verifies(c))
            for c in counted
        ]

    return checked(sys_counted, sys_named, gold_closure), checked(gold_counted, gold_named, sys_closure)


def _by_constraints(links: Iterable[tuple[str, str, str]]) -> dict[frozenset[Constraint], tuple[str, str, str]]:
    """Each distinct link's endpoint constraints -> the first link stating them (a link and its
    inverse state the same ones); VAGUE and unknown relations are left out."""
    out: dict[frozenset[Constraint], tuple[str, str, str]] = {}
    for source, relation, target in links:
        c = link_constraints(source, relation, target)
        if c is not None:
            out.setdefault(c, (source, relation.upper(), target))
    return out


def temporal_awareness(
    gold: Iterable[tuple[str, str, str]], system: Iterable[tuple[str, str, str]], *, reduce: bool = True
) -> Counts:
    """Temporal awareness over ``(source, relation, target)`` links sharing one node namespace.

    Precision = |reduced(system) verified by closure(gold)| / |reduced(system)|, recall the same
    the other way round; ``reduce=False`` counts every distinct link instead.
    """
    sys_checked, gold_checked = checked_links(gold, system, reduce=reduce)
    return Counts(
        sys_correct=sum(link.verified for link in sys_checked),
        sys_total=len(sys_checked),
        gold_found=sum(link.verified for link in gold_checked),
        gold_total=len(gold_checked),
    )


def _first_instances(doc: TimeMLDocument) -> dict[str, str]:
    """Event id -> its first eiid, and every eiid -> the event it instantiates."""
    first: dict[str, str] = {}
    for inst in doc.instances:
        first.setdefault(inst.event_id, inst.eiid)
    return first


def _link_triples(
    doc: TimeMLDocument, links: Sequence[TimeMLLink], rename: Mapping[str, str]
) -> list[tuple[str, str, str]]:
    """Links with their ends renamed to shared node names; unknown ends get a private name."""
    out = []
    for link in links:
        source = rename.get(link.source, f"{doc.doc_id}#unaligned:{link.source}")
        target = rename.get(link.target, f"{doc.doc_id}#unaligned:{link.target}")
        out.append((source, link.relation, target))
    return out


# --- documents --------------------------------------------------------------------------------
def score_pair(gold: TimeMLDocument, system: TimeMLDocument) -> DocumentCounts:
    """Score one system document against its gold document."""
    timex_pairs = align_spans(list(gold.timexes), list(system.timexes))
    t_strict, t_relaxed = _span_counts(timex_pairs, len(gold.timexes), len(system.timexes))
    event_pairs = align_spans(list(gold.events), list(system.events))
    e_strict, e_relaxed = _span_counts(event_pairs, len(gold.events), len(system.events))

    gold_inst = {i.eiid: i for i in gold.instances}
    sys_inst = {i.eiid: i for i in system.instances}
    gold_first = _first_instances(gold)
    sys_first = _first_instances(system)

    def inst_attr(name: str) -> Callable[[TimeMLEvent, TimeMLEvent], bool]:
        def same(g: TimeMLEvent, s: TimeMLEvent) -> bool:
            # An event without MAKEINSTANCE has no attribute; two such events agree.
            gi = gold_inst.get(gold_first.get(g.eid, ""))
            si = sys_inst.get(sys_first.get(s.eid, ""))
            return (getattr(gi, name) if gi else None) == (getattr(si, name) if si else None)

        return same

    awareness = temporal_awareness(*_link_graphs(gold, system, timex_pairs, event_pairs)[:2])

    return DocumentCounts(
        doc_id=gold.doc_id,
        timex_strict=t_strict,
        timex_relaxed=t_relaxed,
        timex_type=_attr_counts(t_relaxed, timex_pairs, _same_type),
        timex_value=_attr_counts(t_relaxed, timex_pairs, _same_value),
        event_strict=e_strict,
        event_relaxed=e_relaxed,
        event_class=_attr_counts(e_relaxed, event_pairs, _same_class),
        event_tense=_attr_counts(e_relaxed, event_pairs, inst_attr("tense")),
        event_aspect=_attr_counts(e_relaxed, event_pairs, inst_attr("aspect")),
        event_polarity=_attr_counts(e_relaxed, event_pairs, inst_attr("polarity")),
        temporal_awareness=awareness,
    )


def _link_graphs(
    gold: TimeMLDocument,
    system: TimeMLDocument,
    timex_pairs: Sequence[tuple[TimeMLTimex, TimeMLTimex]],
    event_pairs: Sequence[tuple[TimeMLEvent, TimeMLEvent]],
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], dict[str, tuple[str, int]]]:
    """The gold and system TLINKs over one node namespace, and each node's kind ("event" or
    "timex") and character offset in the text.

    Gold names are kept; system nodes take the name of the gold node they align to, others a
    private one (their links cannot be verified); ``t0`` is the DCT on both sides and has no place.
    """
    gold_first = _first_instances(gold)
    gold_rename: dict[str, str] = {"t0": "t0"}
    gold_rename.update({t.tid: t.tid for t in gold.timexes})
    gold_rename.update({i.eiid: i.eiid for i in gold.instances})
    sys_rename: dict[str, str] = {"t0": "t0"}
    sys_rename.update({t.tid: f"sys:{t.tid}" for t in system.timexes})
    sys_rename.update({i.eiid: f"sys:{i.eiid}" for i in system.instances})
    for g_t, s_t in timex_pairs:
        sys_rename[s_t.tid] = g_t.tid
    event_for_sys_eid = {s.eid: g for g, s in event_pairs}
    for inst in system.instances:
        g_event = event_for_sys_eid.get(inst.event_id)
        if g_event is not None and g_event.eid in gold_first:
            sys_rename[inst.eiid] = gold_first[g_event.eid]
    # A gold event with several instances: all of them are the one aligned node.
    for inst in gold.instances:
        gold_rename[inst.eiid] = gold_first.get(inst.event_id, inst.eiid)

    starts: dict[str, tuple[str, int]] = {}
    for doc, rename in ((system, sys_rename), (gold, gold_rename)):  # gold last: aligned nodes at the gold span
        event_start = {e.eid: e.start for e in doc.events}
        starts.update({rename[t.tid]: ("timex", t.start) for t in doc.timexes})
        starts.update(
            {rename[i.eiid]: ("event", event_start[i.event_id]) for i in doc.instances if i.event_id in event_start}
        )
    return (
        _link_triples(gold, gold.links, gold_rename),
        _link_triples(system, system.links, sys_rename),
        starts,
    )


def awareness_links(
    gold: TimeMLDocument, system: TimeMLDocument
) -> tuple[list[CheckedLink], list[CheckedLink], dict[str, tuple[str, int]]]:
    """The links temporal awareness counts for one document pair, each marked verified or not
    (system links, gold links), and each node's kind ("event" or "timex") and character offset
    (``t0`` has none): to split the score by kind of link (event-DCT, same sentence...)."""
    timex_pairs = align_spans(list(gold.timexes), list(system.timexes))
    event_pairs = align_spans(list(gold.events), list(system.events))
    gold_links, sys_links, starts = _link_graphs(gold, system, timex_pairs, event_pairs)
    sys_checked, gold_checked = checked_links(gold_links, sys_links)
    return sys_checked, gold_checked, starts


def _same_type(g: TimeMLTimex, s: TimeMLTimex) -> bool:
    return g.type == s.type


def _same_value(g: TimeMLTimex, s: TimeMLTimex) -> bool:
    return g.value == s.value


def _same_class(g: TimeMLEvent, s: TimeMLEvent) -> bool:
    return g.event_class == s.event_class


def score_documents(pairs: Iterable[tuple[TimeMLDocument, TimeMLDocument | None]]) -> Scores:
    """Score gold/system pairs; a missing system document counts as an empty one."""
    docs: list[DocumentCounts] = []
    missing: list[str] = []
    for gold, system in pairs:
        if system is None:
            missing.append(gold.doc_id)
            system = TimeMLDocument(doc_id=gold.doc_id, text=gold.text, dct_value=gold.dct_value)
        docs.append(score_pair(gold, system))
    return Scores(documents=tuple(docs), missing=tuple(missing))


def _tml_files(directory: Path) -> dict[str, Path]:
    """Relative path -> file for every ``.tml`` below ``directory`` (subcorpora keep their folder)."""
    return {p.relative_to(directory).as_posix(): p for p in sorted(directory.rglob("*.tml"))}


def score_directories(gold_dir: str | Path, sys_dir: str | Path, *, present_only: bool = False) -> Scores:
    """Score every gold ``.tml`` against the system file at the same relative path.

    Document ids in the result are those relative paths (``TimeBank/ABC19980108.1830.0711.tml``),
    so callers can split the figures by subcorpus with :meth:`Scores.subset`. A gold file with
    no system file counts as an empty system document, unless ``present_only`` (for scoring a
    partial run, e.g. ``annotate --limit``).
    """
    gold_files = _tml_files(Path(gold_dir))
    sys_files = _tml_files(Path(sys_dir))
    pairs: list[tuple[TimeMLDocument, TimeMLDocument | None]] = []
    for rel, path in gold_files.items():
        sys_path = sys_files.get(rel)
        if sys_path is None and present_only:
            continue
        gold = attrs.evolve(read_timeml(path), doc_id=rel)
        pairs.append((gold, read_timeml(sys_path) if sys_path is not None else None))
    return score_documents(pairs)
