"""The model's ``attribute_ruler``, applied with array operations instead of spaCy's ``Matcher``.

In ``en_core_web_sm`` the tagger only predicts fine tags; the attribute ruler then maps them to
coarse POS, morphology and a few lemmas with 179 Matcher rules. Run token by token it costs
about as much as the parser (1.15 s against 1.14 s on 60 TBAQ documents here), almost all of it
Python work per match. Its rules only test a token's tag, lowercase form, dependency label and
whether it is a space (eight of them also the next or previous token), so
:class:`TableAttributeRuler` evaluates each rule over the whole document at once, as comparisons
of the hashed attribute columns, and writes the results back with one ``Doc.from_array``: the
cost is a few array operations per rule and document, whatever the vocabulary. Rules it cannot
read (other attributes, operators, extension attributes) make
:meth:`TableAttributeRuler.from_ruler` return ``None`` and the model's own component keeps
running.

The result is the same as spaCy's: rules are matched against the values before any rule is
applied, then applied in the order they were added, later ones winning, as
``AttributeRuler.set_annotations`` does; ``tests/test_attributes.py`` compares both on real text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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
    #: the values a token must have to pass (``None``: not a fixed set), so that a rule none of
    #: whose tokens occur in a document is skipped without computing anything
    allowed: frozenset[int] | None = None

    def mask(self, column: numpy.ndarray, strings: Any) -> numpy.ndarray:
        """Which tokens pass, given the hashed values of the column."""
        import numpy

        if self.op == "==":
            equal: numpy.ndarray = column == self.arg
            return equal
        if self.op in ("IN", "NOT_IN"):
            found = numpy.isin(column, self.arg)
            return found if self.op == "IN" else ~found
        values = numpy.unique(column)
        passing = [v for v in values.tolist() if self.arg.search(strings[v] if v else "") is not None]
        return numpy.isin(column, numpy.array(passing, dtype=numpy.uint64))


def _hash(strings: Any, value: str) -> int:
    """The id spaCy stores for ``value`` in a hashed column (0 for the empty string)."""
    return int(strings.add(value)) if value else 0


def _check(name: str, spec: Any, strings: Any) -> _Check | None:
    """The test of one attribute, or ``None`` for a spec the table cannot reproduce."""
    import numpy

    column = _KEY_NAMES.index(name)
    if name == "IS_SPACE":
        return _Check(column, "==", int(spec), frozenset([int(spec)])) if isinstance(spec, bool) else None
    if isinstance(spec, str):
        value = _hash(strings, spec)
        return _Check(column, "==", value, frozenset([value]))
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            values = sorted({_hash(strings, v) for v in arg})
            allowed = frozenset(values) if op == "IN" else None
            return _Check(column, op, numpy.array(values, dtype=numpy.uint64), allowed)
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


class TableAttributeRuler:
    """Applies an ``AttributeRuler``'s rules with array operations (see the module docstring).

    Build it with :meth:`from_ruler`; call it on a tagged and parsed ``Doc``.
    """

    def __init__(self, vocab: Vocab, rules: list[_Rule]) -> None:
        self.vocab = vocab
        self.rules = rules

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
                    checks = [_check(name, value, strings) if name in _KEY_NAMES else None
                              for name, value in token.items()]
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
        import numpy
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG

        n = len(doc)
        if n == 0:
            return doc
        key = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        columns = [numpy.ascontiguousarray(key[:, i]) for i in range(len(_KEY_NAMES))]
        current = doc.to_array([TAG, DEP, POS, MORPH, LEMMA])
        result = current.copy()
        strings = self.vocab.strings
        present = [set(numpy.unique(column).tolist()) for column in columns]
        everyone = numpy.ones(n, dtype=bool)
        for rule in self.rules:
            hits = None
            for pattern in rule.patterns:
                width = len(pattern)
                if width > n or any(
                    check.allowed is not None and check.allowed.isdisjoint(present[check.column])
                    for checks in pattern for check in checks
                ):
                    continue
                starts = everyone[: n - width + 1].copy()
                for k, checks in enumerate(pattern):
                    for check in checks:
                        starts &= check.mask(columns[check.column], strings)[k : n - width + 1 + k]
                offset = rule.index % width
                if hits is None:
                    hits = numpy.zeros(n, dtype=bool)
                hits[offset : offset + len(starts)] |= starts
            if hits is not None and hits.any():
                for column, number in rule.values:
                    result[hits, column] = number
        doc.from_array([POS, MORPH, LEMMA, TAG], result[:, [2, 3, 4, 0]])  # type: ignore[arg-type]
        for i in numpy.flatnonzero(result[:, 1] != current[:, 1]).tolist():
            doc[i].dep = int(result[i, 1])
        return doc
