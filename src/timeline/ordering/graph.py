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

# The same constraints for :meth:`PartialOrder.add`, decoded once: (strict, left, right), each
# endpoint an index into (source start, source end, target start, target end).
_ENDPOINT = {"a-": 0, "a+": 1, "b-": 2, "b+": 3}
_CONSTRAINTS: dict[Relation, tuple[tuple[bool, int, int], ...]] = {
    relation: tuple((op == "<", _ENDPOINT[left], _ENDPOINT[right]) for op, left, right in spec)
    for relation, spec in _POINTS.items()
}

#: Points a path search expands before giving up. News articles never come near it; on a
#: book-length text it keeps each question about order bounded (the time grows linearly with the
#: text), at the cost of refusing links whose consistency the search could not settle.
SEARCH_BUDGET = 4000


class PartialOrder:
    """Events and times ordered by TLINKs, closed transitively and kept consistent.

    >>> from timeline.model import Relation
    >>> from timeline.ordering import PartialOrder
    >>> order = PartialOrder()
    >>> order.add("e1", Relation.BEFORE, "e2") and order.add("e2", Relation.IS_INCLUDED, "t1")
    True
    >>> order.add("e1", Relation.AFTER, "t1")  # contradicts e1 < e2 < end of t1: refused
    False
    >>> order.relation("t1", "e2"), order.start_order("e1", "e2")
    (<Relation.INCLUDES: 'INCLUDES'>, <Relation.BEFORE: 'BEFORE'>)
    """

    __slots__ = ("_inn", "_links", "_order", "_out", "_parent", "_points")

    def __init__(self, links: Iterable[TemporalLink] = ()) -> None:
        # Endpoints are numbered; "=" merges them (union-find), so every edge left is a strict
        # "<" and the graph stays acyclic. A topological numbering kept up to date as edges
        # arrive (Pearce & Kelly 2006) lets a query search only between its two points.
        self._points: dict[str, tuple[int, int]] = {}  # node -> numbers of its start and end points
        self._parent: list[int] = []
        self._out: list[set[int]] = []
        self._inn: list[set[int]] = []
        self._order: list[int] = []
        self._links: list[TemporalLink] = []
        for link in links:
            self.add_link(link)

    def __contains__(self, node: str) -> bool:
        return node in self._points

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
        constraints = _CONSTRAINTS.get(relation)
        if constraints is None or source == target:
            return False
        points, parent, order, find = self._points, self._parent, self._order, self._find
        source_points, target_points = points.get(source), points.get(target)
        if source_points is not None and target_points is not None:  # else nothing relates them yet
            ends = source_points + target_points
            for strict, i, j in constraints:
                left, right = ends[i], ends[j]
                if parent[left] != left or parent[right] != right:  # most points stand for themselves
                    left, right = find(left), find(right)
                # right <= left contradicts left < right; right < left contradicts left = right. A
                # search that gave up (None) refuses the link too: only what is known consistent
                # goes in. A path needs rising numbers: compare them before searching.
                if strict:
                    if left == right or (order[right] < order[left] and self._reaches(right, left) is not False):
                        return False
                elif left != right and (
                    (order[right] < order[left] and self._reaches(right, left) is not False)
                    or (order[left] < order[right] and self._reaches(left, right) is not False)
                ):
                    return False
        ends = (source_points or self._node(source)) + (target_points or self._node(target))
        out, inn = self._out, self._inn
        for strict, i, j in constraints:
            x, y = ends[i], ends[j]
            if parent[x] != x or parent[y] != y:
                x, y = find(x), find(y)
            if strict:
                if order[x] < order[y]:  # already in order (the usual case): no renumbering, see _edge
                    out[x].add(y)
                    inn[y].add(x)
                else:
                    self._edge(x, y)
            elif x != y:  # into the one numbered first: the other's edges then mostly need no renumbering
                self._merge(*((x, y) if order[x] < order[y] else (y, x)))
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
        if self._implies(a, b, strict=False):
            return Relation.SIMULTANEOUS
        return None

    def starts_before(self, source: str, target: str) -> bool:
        """Whether ``source`` is known to start before ``target`` starts (one path search: the
        cheap question to ask before proposing that order)."""
        return bool(self._implies((source, "-"), (target, "-"), strict=True))

    def reserve(self, points: Iterable[tuple[str, str]]) -> None:
        """Create endpoints (``(node, "-")`` for a start, ``(node, "+")`` for an end) in their
        likely temporal order: links that agree with it cost no renumbering, so proposing
        links for a timeline sorted by time stays cheap."""
        known = self._points
        starts: dict[str, int] = {}
        ends: dict[str, int] = {}
        created: dict[str, None] = {}  # the new nodes in the order of their first point
        first = count = len(self._parent)
        for node, side in points:
            if node in known:
                continue
            numbers = starts if side == "-" else ends
            if node not in numbers:
                numbers[node] = count
                count += 1
                created[node] = None
        for node in created:
            start, end = starts.get(node), ends.get(node)
            if start is None:
                start, count = count, count + 1
            if end is None:
                end, count = count, count + 1
            known[node] = (start, end)
        self._new_points(count - first)
        out, inn = self._out, self._inn
        for node in created:
            start, end = known[node]
            if start < end:  # numbered in order (the usual case): no renumbering to do
                out[start].add(end)
                inn[end].add(start)
            else:
                self._edge(start, end)

    # --- endpoints ---------------------------------------------------------------------------
    def _new_points(self, count: int) -> None:
        """Number ``count`` more points, in the order they were numbered (created in one go: the
        calls per point were most of a small text's time here)."""
        first = len(self._parent)
        numbers = range(first, first + count)
        self._parent.extend(numbers)
        self._order.extend(numbers)
        self._out.extend([set() for _ in numbers])
        self._inn.extend([set() for _ in numbers])

    def _node(self, node: str) -> tuple[int, int]:
        """A new node's start and end points, the start first (numbered so: no renumbering)."""
        start = len(self._parent)
        end = start + 1
        self._new_points(2)
        self._out[start].add(end)
        self._inn[end].add(start)
        self._points[node] = (start, end)
        return start, end

    def _find(self, n: int) -> int:
        parent = self._parent
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def _holds(self, op: str, left: str, right: str, source: str, target: str) -> bool:
        p, q = _point(left, source, target), _point(right, source, target)
        return bool(self._implies(p, q, strict=op == "<")) and (op == "<" or bool(self._implies(q, p, strict=False)))

    def _implies(self, p: _Point, q: _Point, *, strict: bool) -> bool | None:
        """``p < q`` (strict) or ``p <= q`` as the order stands; ``None`` when the search for a
        path gave up (see :data:`SEARCH_BUDGET`)."""
        p_points, q_points = self._points.get(p[0]), self._points.get(q[0])
        if p_points is None or q_points is None:
            return False
        a, b = self._find(p_points[p[1] == "+"]), self._find(q_points[q[1] == "+"])
        if a == b:
            return not strict
        return self._reaches(a, b)

    def _reaches(self, a: int, b: int) -> bool | None:
        """A path from ``a`` to ``b``: only points numbered between them can be on it. ``None``
        after :data:`SEARCH_BUDGET` points without an answer."""
        order, out = self._order, self._out
        limit = order[b]
        if order[a] > limit:
            return False
        seen = {a}
        stack = [a]
        budget = SEARCH_BUDGET
        while stack:
            for n in out[stack.pop()]:
                if n == b:
                    return True
                if n not in seen and order[n] < limit:
                    seen.add(n)
                    stack.append(n)
            budget -= 1
            if budget <= 0:
                return None
        return False

    def _edge(self, x: int, y: int) -> None:
        """Add ``x < y`` (representatives, known not to close a cycle) and renumber if needed."""
        out, inn = self._out, self._inn
        if y in out[x]:
            return
        out[x].add(y)
        inn[y].add(x)
        order = self._order
        lower, upper = order[y], order[x]
        if upper < lower:
            return
        # The points numbered between them that follow y or precede x trade their numbers.
        forward = self._between(y, out, lower, upper)
        backward = self._between(x, inn, lower, upper)
        moved = sorted(backward, key=order.__getitem__) + sorted(forward, key=order.__getitem__)
        for n, number in zip(moved, sorted(order[n] for n in moved), strict=True):
            order[n] = number

    def _between(self, start: int, edges: list[set[int]], lower: int, upper: int) -> set[int]:
        """``start`` and the points reached from it along ``edges`` numbered between ``lower`` and
        ``upper`` (exclusive): following successors only the upper bound can fail, following
        predecessors only the lower one, as the numbering is topological."""
        order = self._order
        seen = {start}
        stack = [start]
        while stack:
            for n in edges[stack.pop()]:
                if n not in seen and lower < order[n] < upper:
                    seen.add(n)
                    stack.append(n)
        return seen

    def _merge(self, x: int, y: int) -> None:
        """Make ``y`` the same point as ``x`` (neither known to precede the other)."""
        successors, predecessors = self._out[y], self._inn[y]
        self._out[y], self._inn[y] = set(), set()
        for s in successors:
            self._inn[s].discard(y)
        for p in predecessors:
            self._out[p].discard(y)
        self._parent[y] = x
        for s in successors:
            self._edge(x, s)
        for p in predecessors:
            self._edge(p, x)


def _point(name: str, source: str, target: str) -> _Point:
    return (source if name[0] == "a" else target, name[1])
