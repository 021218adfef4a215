"""The parse's columns the ordering stage reads, shared by the orderer and its links."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Parse"]

_T = TypeVar("_T")


class Parse:
    """The parse's columns the stage walks, read once per document (``Doc.to_array``): ``doc[i]``,
    ``Token.head`` and ``Doc.char_span`` build new objects at every access, which was most of this
    stage's time. The columns are those the detector read (:func:`timeline.nlp.token_columns`);
    the rare questions (edges of a subtree) ask ``doc`` itself. The orderer and its links
    (:mod:`timeline.ordering.links`) share one per document."""

    __slots__ = (
        "_columns",
        "_deps",
        "_lengths",
        "_lowers",
        "_root_hook",
        "_sentence_flags",
        "_starts",
        "_tags",
        "_text_end",
        "doc",
        "head_offsets",
    )

    def __init__(self, doc: Doc) -> None:
        from timeline.nlp import token_columns

        self.doc = doc
        columns = token_columns(doc)  # read once, shared with the detector and the replay data
        self._starts, self._lengths = columns.idxs, columns.lengths
        #: ``doc[i].head.i - i`` (0 at a root, negative to the left): ``node += offsets[node]`` climbs.
        self.head_offsets = columns.head_offsets
        self._sentence_flags = columns.sentence_flags
        self._columns = columns
        #: the labels and lowercase forms by token: the detector has read them already within a run
        self._deps: list[str] = columns.names("dep_hashes")
        self._lowers: list[str] | None = None
        self._tags: list[str] | None = None
        #: whether a span's root is the user's (``Doc.user_span_hooks``): then spaCy is asked
        self._root_hook = "root" in doc.user_span_hooks
        #: where the text ends: the last token's end and its trailing whitespace
        self._text_end = self._starts[-1] + self._lengths[-1] + columns.spaces[-1] if len(doc) else 0

    def head(self, i: int) -> int:
        """``doc[i].head.i``."""
        return i + self.head_offsets[i]

    def dep(self, i: int) -> str:
        """``doc[i].dep_``."""
        return self._deps[i]

    def root(self, start: int, end: int) -> int | None:
        """``doc.char_span(start, end, alignment_mode="expand").root.i``, or ``None`` without a span.
        An event is one token: found by its offsets alone."""
        starts = self._starts
        i = bisect.bisect_left(starts, start)
        if i < len(starts) and starts[i] == start and 0 < self._lengths[i] == end - start and not self._root_hook:
            return i
        tokens = self.span(start, end)
        return tokens[2] if tokens is not None else None

    def span(self, start: int, end: int) -> tuple[int, int, int] | None:
        """The first token, the end (not included) and the root token of ``doc.char_span(start,
        end, alignment_mode="expand")``, or ``None`` without a span or for an empty one: found from
        the offsets, without the ``Span`` and the ``Token`` each of its attributes builds. A token
        owns its trailing whitespace, as in spaCy; the root is the one token whose head lies
        outside, else spaCy's own choice (by depth, skipping punctuation)."""
        starts = self._starts
        if not 0 <= start < self._text_end or not 0 < end <= self._text_end:
            return None
        first = bisect.bisect_right(starts, start) - 1
        if start == starts[first] + self._lengths[first]:  # on the whitespace after a token
            first += 1
        last = bisect.bisect_right(starts, end - 1)
        if last <= first:
            return None
        if self._root_hook:
            return first, last, self.doc[first:last].root.i
        if last - first == 1:
            return first, last, first
        offsets = self.head_offsets
        outside = None
        for i in range(first, last):
            offset = offsets[i]
            if offset == 0:  # a sentence's root: spaCy's first pick
                return first, last, i
            if not first <= i + offset < last:
                if outside is not None:  # two candidates: spaCy compares their depths
                    return first, last, self.doc[first:last].root.i
                outside = i
        return first, last, outside if outside is not None else first

    def first_above(
        self, root: int, start: int, end: int, targets: Mapping[int, _T], *, steps: int
    ) -> tuple[_T, int] | None:
        """The first of ``targets`` (by token) met climbing from token ``root`` of the tokens
        ``start``..``end`` (not included) at most ``steps`` heads up, skipping those tokens, with
        the number of steps: what a time expression attaches to in the tree."""
        node = root
        for distance in range(1, steps + 1):
            head = self.head(node)
            if head == node:
                return None
            node = head
            if start <= node < end:
                continue
            found = targets.get(node)
            if found is not None:
                return found, distance
        return None

    def ancestor(self, i: int, steps: int) -> int:
        """The token ``steps`` heads above token ``i`` (the root if the tree ends first)."""
        for _ in range(steps):
            i = self.head(i)
        return i

    def sentence_starts(self) -> list[int]:
        """``[sent.start_char for sent in doc.sents]``, from the sentence-start flags."""
        doc = self.doc
        if "sents" in doc.user_hooks or not len(doc):
            return [sent.start_char for sent in doc.sents]
        flags = self._sentence_flags == 1
        flags[0] = True  # the first sentence starts at the first token whatever its flag
        return [self._starts[i] for i in flags.nonzero()[0].tolist()]

    def lower(self, i: int) -> str:
        """``doc[i].lower_``."""
        lowers = self._lowers
        if lowers is None:
            lowers = self._lowers = self._columns.names("lower_hashes")
        return lowers[i]

    def tag(self, i: int) -> str:
        """``doc[i].tag_``."""
        tags = self._tags
        if tags is None:
            tags = self._tags = self._columns.names("tag_hashes")
        return tags[i]

    def pos(self, i: int) -> str:
        """``doc[i].pos_``: looked up alone (a rare question; the detector reads no names of this column)."""
        columns = self._columns
        h = columns.poses[i]
        return str(columns.strings[h]) if h else ""

    def lemma(self, i: int) -> str:
        """``doc[i].lemma_``: looked up alone (asked of a verb's auxiliaries only, a few hundred a TBAQ pass)."""
        columns = self._columns
        h = columns.lemma_hashes[i]
        return str(columns.strings[h]) if h else ""

    def __len__(self) -> int:
        """``len(doc)``."""
        return len(self.head_offsets)

    def left_children(self, i: int) -> list[int]:
        """``[c.i for c in doc[i].lefts]``: the children before token ``i``, nearest the start first."""
        order, starts = self._columns.children()
        return [j for j in order[starts[i] : starts[i + 1]] if j < i]

    def children(self, i: int) -> list[int]:
        """``[c.i for c in doc[i].children]``: the children of token ``i`` in text order (from the
        children index the detector reads too: no walk over the subtree's range)."""
        order, starts = self._columns.children()
        return order[starts[i] : starts[i + 1]]
