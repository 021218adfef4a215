"""The model's ``attribute_ruler``, applied with array operations instead of spaCy's ``Matcher``.

In ``en_core_web_sm`` the tagger only predicts fine tags; the attribute ruler then maps them to
coarse POS, morphology and a few lemmas with 179 Matcher rules. Run token by token it costs
about as much as the parser (1.15 s against 1.14 s on 60 TBAQ documents here), almost all of it
Python work per match. Its rules only test a token's tag, lowercase form, dependency label and
whether it is a space (eight of them also the next or previous token), so
:class:`TableAttributeRuler` reduces each token to its *class*: in each of those four columns,
which value a rule names it has (or, for a value no rule names, which of the rules' regular
expressions it matches). What the single-token rules set depends only on that class, so it is
worked out once per class and remembered (a few hundred classes cover a news corpus), and each
document costs a few array operations: its tokens' classes, one search among the classes seen
before, masks for the eight multi-token rules (skipped unless some token of the document fills
each position of one: a bit per class says which it fills), and one ``Doc.from_array``.
``benchmarks/profile_pipeline.py --no-stages`` prints its share of the parse: under 3% of the
floor's time on TBAQ. Rules it cannot read (other attributes,
operators, extension attributes) make :meth:`TableAttributeRuler.from_ruler` return ``None``
and the model's own component keeps running.

The result is the same as spaCy's: rules are matched against the values before any rule is
applied, then applied in the order they were added, later ones winning, as
``AttributeRuler.set_annotations`` does; ``tests/test_attributes.py`` compares both on real text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    import numpy
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["TableAttributeRuler"]

#: Token attributes a rule may test, in the order of the key columns.
_KEY_NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")
#: Attributes a rule may set, in the order of the value columns.
_SET_NAMES = ("TAG", "DEP", "POS", "MORPH", "LEMMA")


@attrs.frozen(slots=True)
class _Check:
    """One attribute test of a Matcher token pattern: ``column`` of the key, an operator
    (``==``, ``IN``, ``NOT_IN``, ``REGEX``) and its argument as string hashes (a compiled
    pattern for ``REGEX``). Plain data, so the loaded pipeline pickles."""

    column: int
    op: str
    arg: Any


def _hash(strings: Any, value: str) -> int:
    """The id spaCy stores for ``value`` in a hashed column (0 for the empty string)."""
    return int(strings.add(value)) if value else 0


def _check(name: str, spec: Any, strings: Any) -> _Check | None:
    """The test of one attribute, or ``None`` for a spec the table cannot reproduce."""
    import numpy

    column = _KEY_NAMES.index(name)
    if name == "IS_SPACE":
        return _Check(column, "==", int(spec)) if isinstance(spec, bool) else None
    if isinstance(spec, str):
        return _Check(column, "==", _hash(strings, spec))
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            values = sorted({_hash(strings, v) for v in arg})
            return _Check(column, op, numpy.array(values, dtype=numpy.uint64))
        if op == "REGEX" and isinstance(arg, str):
            return _Check(column, op, re.compile(arg))
    return None


@attrs.frozen(slots=True)
class _Rule:
    """One ``AttributeRuler`` rule: alternative patterns (each a sequence of token tests, a
    token test being a tuple of checks), the index of the token it sets, and the values it sets
    (column of :data:`_SET_NAMES`, value id)."""

    patterns: tuple[tuple[tuple[_Check, ...], ...], ...]
    index: int
    values: tuple[tuple[int, int], ...]


#: Token classes remembered by a table before it starts afresh (a bound on memory; a news
#: corpus has a few hundred).
_MAX_CLASSES = 200_000
#: Regex results remembered per column for values no rule names (a bound on memory).
_MAX_REGEX_CACHE = 100_000


@attrs.frozen(slots=True)
class _Column:
    """The classes of one key column that the rules can tell apart: each value a rule names
    (by ``==``, ``IN`` or ``NOT_IN``) is its own class, its index in ``named``; every other
    value falls in class ``len(named) + m``, ``m`` the bit mask of the column's regular
    expressions it matches. Whether a token passes a check depends only on its class."""

    named: numpy.ndarray
    regexes: tuple[re.Pattern[str], ...]
    #: regex bit masks of values no rule names, by value id
    masks: dict[int, int] = attrs.field(factory=dict, eq=False)
    #: the class of every value seen, by value id, for a column with regular expressions
    classes: dict[int, int] = attrs.field(factory=dict, eq=False)

    @classmethod
    def of(cls, checks: list[_Check]) -> _Column:
        """The classes of a column, from the checks of all rules on it."""
        import numpy

        named: set[int] = set()
        regexes: list[re.Pattern[str]] = []
        for check in checks:
            if check.op == "==":
                named.add(int(check.arg))
            elif check.op in ("IN", "NOT_IN"):
                named.update(int(v) for v in check.arg.tolist())
            elif check.arg.pattern not in [r.pattern for r in regexes]:
                regexes.append(check.arg)
        return cls(numpy.array(sorted(named), dtype=numpy.uint64), tuple(regexes))

    @property
    def size(self) -> int:
        """Number of classes."""
        return len(self.named) + (1 << len(self.regexes))

    def codes(self, column: numpy.ndarray, strings: Any) -> numpy.ndarray:
        """The class of each token's value."""
        import numpy

        if self.regexes:
            return self._remembered_codes(column, strings)
        count = len(self.named)
        if count:
            position = numpy.minimum(numpy.searchsorted(self.named, column), count - 1)
            known = self.named[position] == column
            codes = numpy.where(known, position, count).astype(numpy.int64)
        else:
            known = numpy.zeros(len(column), dtype=bool)
            codes = numpy.zeros(len(column), dtype=numpy.int64)
        if self.regexes and not known.all():
            other = ~known
            unseen, inverse = numpy.unique(column[other], return_inverse=True)
            values = unseen.tolist()
            masks = list(map(self.masks.get, values))  # remembered: no call per value
            if None in masks:
                masks = [self._mask(v, strings) if m is None else m for v, m in zip(values, masks, strict=True)]
            codes[other] += numpy.array(masks, dtype=numpy.int64)[inverse]
        return codes

    def _remembered_codes(self, column: numpy.ndarray, strings: Any) -> numpy.ndarray:
        """:meth:`codes` for a column with regular expressions (the lowercase forms): each value's
        class remembered, so a document costs one dictionary lookup per token (the array
        operations that sort out the values no rule names were a quarter of the table's time)."""
        import numpy

        values = column.tolist()
        classes = self.classes
        codes = list(map(classes.get, values))
        if None in codes:
            if len(classes) >= _MAX_REGEX_CACHE:
                classes.clear()
            count = len(self.named)
            for value in set(values).difference(classes):
                position = int(numpy.searchsorted(self.named, numpy.uint64(value))) if count else 0
                named = position < count and int(self.named[position]) == value
                classes[value] = position if named else count + self._mask(value, strings)
            codes = list(map(classes.__getitem__, values))
        return numpy.array(codes, dtype=numpy.int64)

    def _mask(self, value: int, strings: Any) -> int:
        mask = self.masks.get(value)
        if mask is None:
            text = strings[value] if value else ""
            mask = sum(1 << i for i, regex in enumerate(self.regexes) if regex.search(text) is not None)
            if len(self.masks) >= _MAX_REGEX_CACHE:
                self.masks.clear()
            self.masks[value] = mask
        return mask

    def passing(self, checks: list[_Check], strings: Any) -> list[bool]:
        """For each class, whether a token of that class passes all ``checks`` (on this column)."""
        result = [True] * self.size
        for check in checks:
            if check.op in ("==", "IN"):
                named = [check.arg] if check.op == "==" else check.arg.tolist()
                keep = [False] * self.size
                for value in named:
                    code = self.code_of(value)
                    keep[code] = result[code]
                result = keep
            elif check.op == "NOT_IN":
                for value in check.arg.tolist():
                    result[self.code_of(value)] = False
            else:
                result = [ok and self._passes(check, code, strings) for code, ok in enumerate(result)]
        return result

    def code_of(self, value: int) -> int:
        """The class of a value a rule names."""
        import numpy

        return int(numpy.searchsorted(self.named, numpy.uint64(value)))

    def _passes(self, check: _Check, code: int, strings: Any) -> bool:
        count = len(self.named)
        if code < count:
            value = int(self.named[code])
            if check.op == "==":
                return bool(value == check.arg)
            if check.op in ("IN", "NOT_IN"):
                return (value in check.arg.tolist()) == (check.op == "IN")
            return check.arg.search(strings[value] if value else "") is not None
        if check.op == "REGEX":
            bit = [r.pattern for r in self.regexes].index(check.arg.pattern)
            return bool((code - count) >> bit & 1)
        return check.op == "NOT_IN"  # a value no rule names is in no list and equal to no value


def _checks_on(column: int, rules: list[_Rule]) -> list[_Check]:
    """The checks of ``rules`` on key column ``column``."""
    return [
        check
        for rule in rules
        for pattern in rule.patterns
        for checks in pattern
        for check in checks
        if check.column == column
    ]


class TableAttributeRuler:
    """Applies an ``AttributeRuler``'s rules with array operations (see the module docstring).

    Build it with :meth:`from_ruler`; call it on a tagged and parsed ``Doc``.
    """

    def __init__(self, vocab: Vocab, rules: list[_Rule]) -> None:
        import numpy

        self.vocab = vocab
        self.rules = rules
        strings = vocab.strings
        self._columns = tuple(_Column.of(_checks_on(k, rules)) for k in range(len(_KEY_NAMES)))
        single = [(rank, rule) for rank, rule in enumerate(rules) if all(len(p) == 1 for p in rule.patterns)]
        #: the alternatives of the single-token rules in rule order, as (rank, values set)
        self._alternatives = [(rank, rule.values) for rank, rule in single for _ in rule.patterns]
        #: per key column and class, the single-token alternatives a token of that class may
        #: match (bit ``a`` for alternative ``a``): a token matches the AND of its four classes' bits
        bits = []
        for k, spec in enumerate(self._columns):
            untested, per_class = 0, [0] * spec.size
            for a, (checks,) in enumerate(p for _, rule in single for p in rule.patterns):
                tests = [c for c in checks if c.column == k]
                if not tests:
                    untested |= 1 << a
                    continue
                for code, ok in enumerate(spec.passing(tests, strings)):
                    if ok:
                        per_class[code] |= 1 << a
            bits.append(tuple(b | untested for b in per_class))
        self._bits = tuple(bits)
        #: the multi-token rules: rank, values set, index and alternatives, each a sequence of
        #: token tests, each test a (column, classes passing) pair per column it looks at
        self._multi = [
            (
                rank,
                rule.values,
                rule.index,
                tuple(
                    tuple(
                        tuple(
                            (k, numpy.array(self._columns[k].passing([c for c in checks if c.column == k], strings)))
                            for k in sorted({c.column for c in checks})
                        )
                        for checks in pattern
                    )
                    for pattern in rule.patterns
                ),
            )
            for rank, rule in enumerate(rules)
            if any(len(p) > 1 for p in rule.patterns)
        ]
        #: outcome of the single-token rules per token class (combined code of the four columns):
        #: its row in ``_ranks`` (per set column, the rank of the last rule setting it, -1 for
        #: none) and in ``_values`` (the value it sets), so that a document's outcomes are one
        #: array lookup rather than an array built from a tuple per class
        self._outcomes: dict[int, int] = {}
        self._ranks = numpy.zeros((0, len(_SET_NAMES)), dtype=numpy.int64)
        self._values = numpy.zeros((0, len(_SET_NAMES)), dtype=numpy.uint64)
        #: the classes of ``_outcomes`` sorted, and their rows: a document's rows are one search
        self._sorted = numpy.zeros(0, dtype=numpy.int64)
        self._sorted_rows = numpy.zeros(0, dtype=numpy.intp)
        #: per row, bit ``b`` set when a token of that class passes every test of the ``b``-th
        #: position of a multi-token alternative (see :meth:`_multi_bits_of`); per multi-token rule,
        #: the bits of each alternative's positions: an alternative can match only where a
        #: document has a token for each of its positions, so most documents skip them at once
        positions = [
            (k_rule, a, offset)
            for k_rule, (_, _, _, alternatives) in enumerate(self._multi)
            for a, pattern in enumerate(alternatives)
            for offset in range(len(pattern))
        ]
        self._position_bits = {position: 1 << b for b, position in enumerate(positions)}
        self._needed = [
            [
                sum(self._position_bits[(k_rule, a, offset)] for offset in range(len(pattern)))
                for a, pattern in enumerate(alternatives)
            ]
            for k_rule, (_, _, _, alternatives) in enumerate(self._multi)
        ]
        self._multi_bits = numpy.zeros(0, dtype=numpy.int64 if len(positions) < 63 else object)

    def __getstate__(self) -> dict[str, Any]:
        return {"vocab": self.vocab, "rules": self.rules}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["vocab"], state["rules"])  # type: ignore[misc]

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler | Any) -> TableAttributeRuler | None:
        """The array version of ``ruler``, or ``None`` if one of its rules tests or sets
        something it cannot reproduce."""
        from spacy.parts_of_speech import IDS as POS_IDS

        vocab = ruler.vocab
        strings = vocab.strings
        rules: list[_Rule] = []
        for spec in ruler.patterns:
            pattern: Mapping[str, Any] = spec
            alternatives: list[tuple[tuple[_Check, ...], ...]] = []
            for tokens in pattern["patterns"]:
                if not tokens:
                    return None
                tests: list[tuple[_Check, ...]] = []
                for token in tokens:
                    checks = [
                        _check(name, value, strings) if name in _KEY_NAMES else None for name, value in token.items()
                    ]
                    if any(c is None for c in checks):
                        return None
                    tests.append(tuple(c for c in checks if c is not None))
                alternatives.append(tuple(tests))
            index = int(pattern.get("index", 0))
            if any(not -len(a) <= index < len(a) for a in alternatives):
                return None
            values: list[tuple[int, int]] = []
            for name, value in pattern["attrs"].items():
                if name not in _SET_NAMES or not isinstance(value, str):
                    return None
                if name == "POS":
                    if value not in POS_IDS:
                        return None
                    number = POS_IDS[value]
                elif name == "MORPH":
                    number = vocab.morphology.add(value)
                else:
                    number = _hash(strings, value)
                values.append((_SET_NAMES.index(name), number))
            rules.append(_Rule(tuple(alternatives), index, tuple(values)))
        return cls(vocab, rules)

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """The documents annotated a batch at a time: the class lookups of a batch's tokens are
        one set of array operations (per document, they were most of the table's time)."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self._annotate(batch)
                yield from batch
                batch = []
        if batch:
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        """Set the rules' attributes on ``docs``: the single-token rules on all their tokens at
        once, the multi-token rules within each document."""
        import numpy
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG

        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        keys = [doc.to_array([TAG, LOWER, DEP, IS_SPACE]) for doc in docs]
        key = keys[0] if len(keys) == 1 else numpy.concatenate(keys)
        strings = self.vocab.strings
        set_ids = (TAG, DEP, POS, MORPH, LEMMA)  # the order of _SET_NAMES
        codes = [spec.codes(numpy.ascontiguousarray(key[:, k]), strings) for k, spec in enumerate(self._columns)]
        combined = codes[0]
        for spec, code in zip(self._columns[1:], codes[1:], strict=True):
            combined = combined * spec.size + code
        rows = self._rows_of(combined)
        all_ranks, all_values = self._ranks[rows], self._values[rows]
        start = 0
        for doc in docs:
            n = len(doc)
            end = start + n
            ranks, values = all_ranks[start:end], all_values[start:end]  # views: written in place
            if self._multi:
                present = int(numpy.bitwise_or.reduce(self._multi_bits[rows[start:end]]))
                if present:
                    self._apply_multi(n, [code[start:end] for code in codes], ranks, values, present)
            current = doc.to_array([TAG, DEP, POS, MORPH, LEMMA])
            result = numpy.where(ranks >= 0, values, current)
            # Only the columns a rule changed are written: writing a value back is a no-op, and
            # each column costs a pass over the tokens (MORPH a string lookup per token).
            changed = (result != current).any(axis=0).tolist()
            written = [k for k in (2, 3, 4, 0) if changed[k]]
            if written:
                doc.from_array([set_ids[k] for k in written], result[:, written])  # type: ignore[arg-type]
            if changed[1]:
                for i in numpy.flatnonzero(result[:, 1] != current[:, 1]).tolist():
                    doc[i].dep = int(result[i, 1])
            start = end

    def _rows_of(self, combined: numpy.ndarray) -> numpy.ndarray:
        """The outcome row of each token's class: one search in the classes seen before, sorted
        (sorting the document's classes and looking each up was a fifth of the table's time);
        the classes not seen before are worked out and added first."""
        import numpy

        known = self._sorted
        if len(known):
            at = numpy.minimum(numpy.searchsorted(known, combined), len(known) - 1)
            if (known[at] == combined).all():
                return self._sorted_rows[at]
        self._rows(numpy.unique(combined).tolist())
        at = numpy.searchsorted(self._sorted, combined)
        return self._sorted_rows[at]

    def _rows(self, classes: list[int]) -> numpy.ndarray:
        """The rows of ``classes`` in the outcome tables, the classes not seen before worked out
        and added first."""
        import numpy

        rows = list(map(self._outcomes.get, classes))
        if None in rows:
            if len(self._outcomes) + len(classes) > _MAX_CLASSES:
                self._outcomes.clear()
                self._ranks, self._values = self._ranks[:0], self._values[:0]
                self._multi_bits = self._multi_bits[:0]
            new = [c for c in classes if c not in self._outcomes]
            outcomes = [self._outcome(c) for c in new]
            first = len(self._ranks)
            self._outcomes.update(zip(new, range(first, first + len(new)), strict=True))
            self._ranks = numpy.concatenate([self._ranks, numpy.array([o[0] for o in outcomes], dtype=numpy.int64)])
            self._values = numpy.concatenate([self._values, numpy.array([o[1] for o in outcomes], dtype=numpy.uint64)])
            self._multi_bits = numpy.concatenate(
                [self._multi_bits, numpy.array([self._multi_bits_of(c) for c in new], dtype=self._multi_bits.dtype)]
            )
            known = numpy.fromiter(self._outcomes, dtype=numpy.int64, count=len(self._outcomes))
            order = numpy.argsort(known)
            self._sorted = known[order]
            self._sorted_rows = numpy.fromiter(self._outcomes.values(), dtype=numpy.intp, count=len(known))[order]
            rows = list(map(self._outcomes.__getitem__, classes))
        return numpy.array(rows, dtype=numpy.intp)

    def _codes_of(self, combined: int) -> list[int]:
        """The class of each key column in a combined class."""
        codes, rest = [], combined
        for spec in reversed(self._columns):
            rest, code = divmod(rest, spec.size)
            codes.append(code)
        codes.reverse()
        return codes

    def _multi_bits_of(self, combined: int) -> int:
        """The positions of the multi-token alternatives a token of class ``combined`` fills (bits
        of ``_position_bits``)."""
        codes = self._codes_of(combined)
        bits = 0
        for k_rule, (_, _, _, alternatives) in enumerate(self._multi):
            for a, pattern in enumerate(alternatives):
                for offset, tests in enumerate(pattern):
                    if all(passing[codes[k]] for k, passing in tests):
                        bits |= self._position_bits[(k_rule, a, offset)]
        return bits

    def _outcome(self, combined: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """What the single-token rules set on a token of class ``combined``: per set column, the
        rank of the last rule that sets it (-1 for none) and its value."""
        codes = self._codes_of(combined)
        ranks, values = [-1] * len(_SET_NAMES), [0] * len(_SET_NAMES)
        matched = -1
        for bits, code in zip(self._bits, codes, strict=True):
            matched &= bits[code]
        while matched:  # the alternatives matched, in rule order: later rules win
            lowest = matched & -matched
            rank, sets = self._alternatives[lowest.bit_length() - 1]
            for column, number in sets:
                ranks[column], values[column] = rank, number
            matched ^= lowest
        return tuple(ranks), tuple(values)

    def _apply_multi(
        self, n: int, codes: list[numpy.ndarray], ranks: numpy.ndarray, values: numpy.ndarray, present: int
    ) -> None:
        """Match the rules that look at several tokens with masks over the document and let each
        win over the rules before it (``ranks`` and ``values`` are updated in place). ``present``
        has the bits of the alternatives' positions some token of the document fills."""
        import numpy

        for (rank, sets, index, alternatives), needed in zip(self._multi, self._needed, strict=True):
            hits = None
            for pattern, bits in zip(alternatives, needed, strict=True):
                width = len(pattern)
                # most documents hold no "gon" nor "y'": skip without a mask over the tokens
                if width > n or present & bits != bits:
                    continue
                starts = numpy.ones(n - width + 1, dtype=bool)
                for offset, tests in enumerate(pattern):
                    for k, passing in tests:
                        starts &= passing[codes[k][offset : n - width + 1 + offset]]
                at = index % width
                if hits is None:
                    hits = numpy.zeros(n, dtype=bool)
                hits[at : at + len(starts)] |= starts
            if hits is None or not hits.any():
                continue
            for column, number in sets:
                later = hits & (ranks[:, column] < rank)
                ranks[later, column] = rank
                values[later, column] = number
