"""The model's ``attribute_ruler``, applied through lookup tables instead of spaCy's ``Matcher``.

In ``en_core_web_sm`` the tagger only predicts fine tags; the attribute ruler then maps them to
coarse POS, morphology and a few lemmas with 179 Matcher rules. Run token by token it costs
about as much as the parser (1.15 s against 1.14 s on 60 TBAQ documents here), almost all of it
Python work per match. Its rules only test a token's tag, lowercase form, dependency label and
whether it is a space (plus, in eight rules, the next or previous token), so the result is a
function of those values: :class:`TableAttributeRuler` works it out once per distinct
combination and writes all tokens back with one ``Doc.from_array``. Rules it cannot read (other
attributes, operators, extension attributes) make :meth:`TableAttributeRuler.from_ruler` return
``None`` and the model's own component keeps running.

The result is the same as spaCy's: rules are matched against the values before any rule is
applied, then applied in the order they were added, later ones winning, as
``AttributeRuler.set_annotations`` does; ``tests/test_attributes.py`` compares both on real text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["TableAttributeRuler"]

#: Token attributes a rule may test, in the order of the key columns.
_KEY_NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")
#: Distinct (tag, lower, dep, is_space) combinations remembered before the caches start over.
_CACHE_LIMIT = 200_000
#: Attributes a rule may set, in the order of the value columns.
_SET_NAMES = ("TAG", "DEP", "POS", "MORPH", "LEMMA")

@attrs.frozen(slots=True)
class _Check:
    """One attribute test of a Matcher token pattern: ``column`` of the key, an operator
    (``==``, ``IN``, ``NOT_IN``, ``REGEX``) and its argument. A class, not a closure, so the
    loaded pipeline pickles (``nlp.pipe(n_process=...)`` under ``spawn``)."""

    column: int
    op: str
    arg: Any

    def __call__(self, value: Any) -> bool:
        if self.op == "==":
            return bool(value == self.arg)
        if self.op == "IN":
            return value in self.arg
        if self.op == "NOT_IN":
            return value not in self.arg
        return isinstance(value, str) and self.arg.search(value) is not None


@attrs.frozen(slots=True)
class _TokenTest:
    """All checks of one token pattern, on a token's (tag, lower, dep, is_space)."""

    checks: tuple[_Check, ...]

    def __call__(self, token: tuple[str, str, str, bool]) -> bool:
        return all(check(token[check.column]) for check in self.checks)


def _check(name: str, spec: Any) -> _Check | None:
    """The test of one attribute, or ``None`` for a spec the table cannot reproduce."""
    column = _KEY_NAMES.index(name)
    if isinstance(spec, bool | str):
        if (name == "IS_SPACE") != isinstance(spec, bool):
            return None
        return _Check(column, "==", spec)
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            return _Check(column, op, frozenset(arg))
        if op == "REGEX" and isinstance(arg, str):
            return _Check(column, op, re.compile(arg))
    return None


def _token_test(spec: Mapping[str, Any]) -> _TokenTest | None:
    """The test of one token pattern, or ``None`` if it uses anything unsupported."""
    checks: list[_Check] = []
    for name, value in spec.items():
        check = _check(name, value) if name in _KEY_NAMES else None
        if check is None:
            return None
        checks.append(check)
    return _TokenTest(tuple(checks))


def _required(patterns: Sequence[Sequence[Mapping[str, Any]]], name: str) -> frozenset[str] | None:
    """The values of ``name`` the first token of every alternative requires (exactly or ``IN``),
    or ``None`` when some alternative accepts other values."""
    allowed: set[str] = set()
    for tokens in patterns:
        spec = tokens[0].get(name) if tokens else None
        if isinstance(spec, str):
            allowed.add(spec)
        elif isinstance(spec, dict) and set(spec) == {"IN"} and isinstance(spec["IN"], list):
            allowed.update(v for v in spec["IN"] if isinstance(v, str))
        else:
            return None
    return frozenset(allowed)


@attrs.frozen(kw_only=True, slots=True)
class _Rule:
    """One ``AttributeRuler`` rule: alternative token patterns, the index of the token it sets,
    and the values it sets (column of :data:`_SET_NAMES` -> value id)."""

    patterns: tuple[tuple[_TokenTest, ...], ...]
    index: int
    values: tuple[tuple[int, int], ...]
    #: tags the first token must have (None: any), so a token is only tested against the
    #: rules its tag or lowercase form can match
    tags: frozenset[str] | None = None
    lowers: frozenset[str] | None = None


class TableAttributeRuler:
    """Applies an ``AttributeRuler``'s rules per distinct token (see the module docstring).

    Build it with :meth:`from_ruler`; call it on a tagged and parsed ``Doc``.
    """

    def __init__(self, vocab: Vocab, rules: Sequence[_Rule]) -> None:
        self.vocab = vocab
        self.single = [(order, rule) for order, rule in enumerate(rules) if all(len(p) == 1 for p in rule.patterns)]
        self.multi = [(order, rule) for order, rule in enumerate(rules) if any(len(p) > 1 for p in rule.patterns)]
        self.rules = list(rules)
        self._by_tag: dict[str, list[int]] = {}
        self._by_lower: dict[str, list[int]] = {}
        self._general: list[int] = []
        for order, rule in self.single:
            if rule.tags is not None:
                for tag in rule.tags:
                    self._by_tag.setdefault(tag, []).append(order)
            elif rule.lowers is not None:
                for lower in rule.lowers:
                    self._by_lower.setdefault(lower, []).append(order)
            else:
                self._general.append(order)
        self._matches: dict[tuple[int, int, int, int], tuple[int, ...]] = {}
        self._tests: dict[tuple[int, int, int, int], tuple[str, str, str, bool]] = {}
        self._multi: dict[tuple[int, int, int, int], tuple[bool, ...]] = {}

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler | Any) -> TableAttributeRuler | None:
        """The table version of ``ruler``, or ``None`` if one of its rules tests or sets
        something the table cannot reproduce."""
        from spacy.parts_of_speech import IDS as POS_IDS

        vocab = ruler.vocab
        rules: list[_Rule] = []
        for spec in ruler.patterns:
            pattern: Mapping[str, Any] = spec
            alternatives: list[tuple[_TokenTest, ...]] = []
            tags = _required(pattern["patterns"], "TAG")
            lowers = _required(pattern["patterns"], "LOWER")
            for tokens in pattern["patterns"]:
                tests = [_token_test(token) for token in tokens]
                if not tokens or any(t is None for t in tests):
                    return None
                alternatives.append(tuple(t for t in tests if t is not None))
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
                    number = vocab.strings.add(value)
                values.append((_SET_NAMES.index(name), number))
            rules.append(_Rule(patterns=tuple(alternatives), index=index, values=tuple(values), tags=tags,
                               lowers=lowers))
        return cls(vocab, rules)

    def _strings(self, key: tuple[int, int, int, int]) -> tuple[str, str, str, bool]:
        found = self._tests.get(key)
        if found is None:
            strings = self.vocab.strings
            tag, lower, dep, space = key
            found = self._tests[key] = (
                strings[tag] if tag else "", strings[lower] if lower else "", strings[dep] if dep else "", bool(space),
            )
        return found

    def _single_matches(self, key: tuple[int, int, int, int]) -> tuple[int, ...]:
        """Orders of the one-token rules that match a token with this key (cached)."""
        found = self._matches.get(key)
        if found is None:
            token = self._strings(key)
            candidates = sorted({*self._by_tag.get(token[0], ()), *self._by_lower.get(token[1], ()), *self._general})
            found = self._matches[key] = tuple(
                order for order in candidates if any(p[0](token) for p in self.rules[order].patterns)
            )
        return found

    def _multi_tests(self, key: tuple[int, int, int, int]) -> tuple[bool, ...]:
        """Each test of each multi-token pattern on a token with this key (cached)."""
        found = self._multi.get(key)
        if found is None:
            token = self._strings(key)
            found = self._multi[key] = tuple(
                test(token) for _, rule in self.multi for pattern in rule.patterns for test in pattern
            )
        return found

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG

        n = len(doc)
        if n == 0:
            return doc
        if len(self._tests) > _CACHE_LIMIT:  # distinct tokens grow with the vocabulary of a huge corpus
            self._tests.clear()
            self._matches.clear()
            self._multi.clear()
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        current = doc.to_array([TAG, DEP, POS, MORPH, LEMMA])
        unique, inverse = numpy.unique(numpy.hstack([keys, current]), axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        key_rows: list[tuple[int, int, int, int]] = [tuple(row) for row in unique[:, :4].tolist()]
        matched = [self._single_matches(key) for key in key_rows]
        extra: dict[int, list[int]] = {}
        if self.multi:
            # every test of every multi-token pattern, per distinct token, then per token
            width_all = sum(len(pattern) for _, rule in self.multi for pattern in rule.patterns)
            table = numpy.array([self._multi_tests(key) for key in key_rows],
                                dtype=bool).reshape(len(key_rows), width_all)[inverse]
            offset = 0
            for order, rule in self.multi:
                for pattern in rule.patterns:
                    width = len(pattern)
                    hits = numpy.ones(n - width + 1, dtype=bool) if n >= width else numpy.zeros(0, dtype=bool)
                    for k in range(width):
                        hits &= table[k:n - width + 1 + k, offset + k]
                    offset += width
                    for start in numpy.flatnonzero(hits).tolist():
                        extra.setdefault(start + (rule.index % width), []).append(order)
        values = unique[:, 4:].copy()
        for row, orders in enumerate(matched):
            for order in orders:
                for column, number in self.rules[order].values:
                    values[row, column] = number
        result = values[inverse]
        for i, more in extra.items():
            row = int(inverse[i])
            result[i] = unique[row, 4:]
            for order in sorted({*matched[row], *more}):
                for column, number in self.rules[order].values:
                    result[i, column] = number
        doc.from_array([POS, MORPH, LEMMA, TAG], result[:, [2, 3, 4, 0]])  # type: ignore[arg-type]
        for i in numpy.flatnonzero(result[:, 1] != current[:, 1]).tolist():
            doc[i].dep = int(result[i, 1])
        return doc
