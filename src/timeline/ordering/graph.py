"""A partial order of events and times: TLINKs as constraints between interval endpoints.

Every node (an event, a time expression, ``t0``) is an interval with a start point and an end
point, the start strictly first. A TLINK is a conjunction of ``<`` or ``=`` constraints between
endpoints (``A BEFORE B``: end of A < start of B; ``A INCLUDES B``: start A < start B and end B
< end A), the point algebra the TempEval-3 temporal awareness score closes links with. The
closure is reachability: ``p < q`` when a path from ``p`` to ``q`` has a strict step, ``p = q``
when each reaches the other without one. A link is added only when it contradicts nothing
already in the order, so the set stays consistent whatever order the rules propose links in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from timeline.model import Relation, TemporalLink

__all__ = ["PartialOrder"]

# (op, left, right): endpoints "a-"/"a+" of the source, "b-"/"b+" of the target.
_POINTS: dict[Relation, tuple[tuple[str, str, str], ...]] = {
    Relation.BEFORE: (("<", "a+", "b-"),),
    Relation.AFTER: (("<", "b+", "a-"),),
    Relation.IBEFORE: (("=", "a+", "b-"),),
    Relation.IAFTER: (("=", "b+", "a-"),),
    Relation.INCLUDES: (("<", "a-", "b-"), ("<", "b+", "a+")),
    Relation.IS_INCLUDED: (("<", "b-", "a-"), ("<", "a+", "b+")),
    Relation.SIMULTANEOUS: (("=", "a-", "b-"), ("=", "a+", "b+")),
    Relation.IDENTITY: (("=", "a-", "b-"), ("=", "a+", "b+")),
    Relation.DURING: (("=", "a-", "b-"), ("=", "a+", "b+")),
    Relation.BEGINS: (("=", "a-", "b-"), ("<", "a+", "b+")),
    Relation.BEGUN_BY: (("=", "a-", "b-"), ("<", "b+", "a+")),
    Relation.ENDS: (("=", "a+", "b+"), ("<", "b-", "a-")),
    Relation.ENDED_BY: (("=", "a+", "b+"), ("<", "a-", "b-")),
}
# Relations asked about, most specific first.
_QUERY = (
    Relation.SIMULTANEOUS,
    Relation.IBEFORE,
    Relation.IAFTER,
    Relation.BEGINS,
    Relation.BEGUN_BY,
    Relation.ENDS,
    Relation.ENDED_BY,
    Relation.BEFORE,
    Relation.AFTER,
    Relation.INCLUDES,
    Relation.IS_INCLUDED,
)

_Point = tuple[str, str]


class PartialOrder:
    """Events and times ordered by TLINKs, closed transitively and kept consistent.

    >>> order = PartialOrder()
    >>> order.add("e1", Relation.BEFORE, "e2") and order.add("e2", Relation.IS_INCLUDED, "t1")
    True
    >>> order.add("e1", Relation.AFTER, "t1")  # contradicts e1 < e2 < end of t1: refused
    False
    >>> order.relation("t1", "e2"), order.start_order("e1", "e2")
    (<Relation.INCLUDES: 'INCLUDES'>, <Relation.BEFORE: 'BEFORE'>)
    """

    __slots__ = ("_edges", "_links", "_reach")

    def __init__(self, links: Iterable[TemporalLink] = ()) -> None:
        # point -> {next point: strict}; "=" is a pair of non-strict edges.
        self._edges: dict[_Point, dict[_Point, bool]] = {}
        self._reach: dict[_Point, dict[_Point, bool]] = {}
        self._links: list[TemporalLink] = []
        for link in links:
            self.add_link(link)

    def __contains__(self, node: str) -> bool:
        return (node, "-") in self._edges

    def __iter__(self) -> Iterator[TemporalLink]:
        """The links accepted, in the order they were added."""
        return iter(self._links)

    def __len__(self) -> int:
        return len(self._links)

    def add_link(self, link: TemporalLink) -> bool:
        """Add ``link`` unless it contradicts the order (or is VAGUE); whether it was added."""
        if not self.add(link.source, link.relation, link.target):
            return False
        self._links.append(link)
        return True

    def add(self, source: str, relation: Relation, target: str) -> bool:
        """Add ``source relation target`` unless it contradicts the order; whether it holds now."""
        spec = _POINTS.get(relation)
        if spec is None or source == target:
            return False
        constraints = [(op, _point(left, source, target), _point(right, source, target)) for op, left, right in spec]
        for op, left, right in constraints:
            if self._implies(right, left, strict=op == "="):
                return False  # right <= left contradicts left < right; right < left contradicts left = right
            if op == "=" and self._implies(left, right, strict=True):
                return False
        self._node(source)
        self._node(target)
        for op, left, right in constraints:
            self._edge(left, right, strict=op == "<")
            if op == "=":
                self._edge(right, left, strict=False)
        self._reach.clear()
        return True

    def relation(self, source: str, target: str) -> Relation | None:
        """The most specific TLINK relation the order implies between two nodes, if any."""
        if source not in self or target not in self:
            return None
        for relation in _QUERY:
            if all(self._holds(op, left, right, source, target) for op, left, right in _POINTS[relation]):
                return relation
        return None

    def start_order(self, source: str, target: str) -> Relation | None:
        """Order of the two nodes' start points (MATRES): BEFORE, AFTER, SIMULTANEOUS (equal) or None."""
        if source not in self or target not in self:
            return None
        a, b = (source, "-"), (target, "-")
        if self._implies(a, b, strict=True):
            return Relation.BEFORE
        if self._implies(b, a, strict=True):
            return Relation.AFTER
        if self._implies(a, b, strict=False) and self._implies(b, a, strict=False):
            return Relation.SIMULTANEOUS
        return None

    # --- endpoints ---------------------------------------------------------------------------
    def _node(self, node: str) -> None:
        if (node, "-") not in self._edges:
            self._edges[(node, "-")] = {(node, "+"): True}
            self._edges[(node, "+")] = {}

    def _edge(self, left: _Point, right: _Point, *, strict: bool) -> None:
        out = self._edges[left]
        out[right] = out.get(right, False) or strict

    def _holds(self, op: str, left: str, right: str, source: str, target: str) -> bool:
        p, q = _point(left, source, target), _point(right, source, target)
        if op == "<":
            return self._implies(p, q, strict=True)
        return self._implies(p, q, strict=False) and self._implies(q, p, strict=False)

    def _implies(self, p: _Point, q: _Point, *, strict: bool) -> bool:
        """``p < q`` (strict) or ``p <= q`` as the order stands."""
        if p not in self._edges or q not in self._edges:
            return False
        if p == q:
            return not strict
        reach = self._reachable(p)
        return q in reach and (reach[q] or not strict)

    def _reachable(self, start: _Point) -> dict[_Point, bool]:
        """Points reachable from ``start`` -> whether some path there has a strict step."""
        cached = self._reach.get(start)
        if cached is not None:
            return cached
        seen: dict[_Point, bool] = {}
        stack = [(start, False)]
        while stack:
            point, strict = stack.pop()
            for nxt, step in self._edges[point].items():
                s = strict or step
                before = seen.get(nxt)
                if before is None or (s and not before):
                    seen[nxt] = s
                    stack.append((nxt, s))
        self._reach[start] = seen
        return seen


def _point(name: str, source: str, target: str) -> _Point:
    return (source if name[0] == "a" else target, name[1])
