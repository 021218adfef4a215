"""Tense, aspect, polarity and modality: read from a spaCy parse, or guessed from words alone.

Both the date resolver (is "Friday" the last one or the next one?) and the event detector
(TimeML tense/aspect of a verb) need these, so they live here, once. The word lists are data
(``data/grammar_<lang>.json``), loaded once.
"""

from __future__ import annotations

import json
import re
from enum import Enum
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from timeline.model import Aspect, Polarity, Tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from timeline.ordering.parse import Parse

__all__ = [
    "VERB_FEATURE_DEPS",
    "Orientation",
    "VerbFeatures",
    "bounds_a_present",
    "governing_verb",
    "located_present_verb",
    "located_telling",
    "modified_verb_orientation",
    "orientation_from_parse",
    "orientation_from_text",
    "participle_orientation",
    "reported_would_of",
    "verb_features",
]


class Orientation(str, Enum):
    """Where a clause puts its events relative to the time of writing."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True, slots=True)
class VerbFeatures:
    """TimeML attributes of a verbal predicate."""

    tense: Tense
    aspect: Aspect
    polarity: Polarity
    modality: str | None

    @property
    def orientation(self) -> Orientation:
        """Past, present or future as the clause presents it."""
        if self.tense is Tense.FUTURE:
            return Orientation.FUTURE
        if self.modality is not None:
            # "could have done" looks back; "would mean" looks forward.
            return Orientation.PAST if self.aspect is Aspect.PERFECTIVE else Orientation.FUTURE
        if self.tense is Tense.PAST or (self.tense is Tense.PRESENT and self.aspect is Aspect.PERFECTIVE):
            return Orientation.PAST
        if self.tense is Tense.PRESENT:
            return Orientation.PRESENT
        if self.tense is Tense.INFINITIVE:
            return Orientation.FUTURE
        return Orientation.UNKNOWN


@attrs.frozen(kw_only=True, slots=True)
class _Vocabulary:
    future_auxiliaries: frozenset[str]
    modal_auxiliaries: frozenset[str]
    negators: frozenset[str]
    past_auxiliaries: frozenset[str]
    present_auxiliaries: frozenset[str]
    not_past_ed: frozenset[str]
    verb_compound_heads: frozenset[str]
    irregular_past: frozenset[str]
    participle_auxiliaries: frozenset[str]
    adverbs_before_participle: frozenset[str]
    non_final_abbreviations: frozenset[str]
    passive_present_auxiliaries: frozenset[str]
    locating_prepositions: frozenset[str]
    telling_verbs: frozenset[str]
    future_in_the_past: frozenset[str]
    future_marker: re.Pattern[str]


@cache
def _vocabulary(language: str = "en") -> _Vocabulary:
    raw: dict[str, Any] = json.loads(
        resources.files("timeline.data").joinpath(f"grammar_{language}.json").read_text("utf-8")
    )
    markers = sorted(raw["future_markers"], key=len, reverse=True)
    return _Vocabulary(
        future_auxiliaries=frozenset(raw["future_auxiliaries"]),
        modal_auxiliaries=frozenset(raw["modal_auxiliaries"]),
        negators=frozenset(raw["negators"]),
        past_auxiliaries=frozenset(raw["past_auxiliaries"]),
        present_auxiliaries=frozenset(raw["present_auxiliaries"]),
        not_past_ed=frozenset(raw["not_past_ed"]),
        verb_compound_heads=frozenset(raw["verb_compound_heads"]),
        irregular_past=frozenset(raw["irregular_past"]),
        participle_auxiliaries=frozenset(raw["participle_auxiliaries"]) | frozenset(raw["copulas_before_participle"]),
        adverbs_before_participle=frozenset(raw["adverbs_before_participle"]),
        non_final_abbreviations=frozenset(raw["non_final_abbreviations"]),
        passive_present_auxiliaries=frozenset(raw["passive_present_auxiliaries"]),
        locating_prepositions=frozenset(raw["locating_prepositions"]),
        telling_verbs=frozenset(raw["telling_verbs"]),
        future_in_the_past=frozenset(raw["future_in_the_past"]),
        future_marker=re.compile(r"\b(?:" + "|".join(re.escape(m) for m in markers) + r")\b", re.IGNORECASE),
    )


# --- from a parse ------------------------------------------------------------------------------
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


class _Tree(Protocol):
    """The questions the tense reading asks of a parse, by token index: answered by the pipeline's
    parse table (:class:`timeline.ordering.parse.Parse`, no ``Token`` per question) or by
    :class:`_DocTree` for a bare ``Doc``."""

    def tag(self, i: int) -> str: ...
    def dep(self, i: int) -> str: ...
    def lower(self, i: int) -> str: ...
    def lemma(self, i: int) -> str: ...
    def head(self, i: int) -> int: ...
    def children(self, i: int) -> list[int]: ...
    def span(self, start: int, end: int) -> tuple[int, int, int] | None: ...


class _DocTree:
    """A bare ``Doc`` asked token by token, for a caller without the parse table: the same answers.
    The last token asked about is kept, as the questions come several to a token (its tag, then
    its label, then its head)."""

    __slots__ = ("_token", "doc")

    def __init__(self, doc: Doc, token: Token | None = None) -> None:
        self.doc = doc
        self._token = token

    def _at(self, i: int) -> Token:
        token = self._token
        if token is None or token.i != i:
            token = self._token = self.doc[i]
        return token

    def tag(self, i: int) -> str:
        return self._at(i).tag_

    def dep(self, i: int) -> str:
        return self._at(i).dep_

    def lower(self, i: int) -> str:
        return self._at(i).lower_

    def lemma(self, i: int) -> str:
        return self._at(i).lemma_

    def head(self, i: int) -> int:
        head = self._token = self._at(i).head  # the next questions are about it, as a rule
        return head.i

    def children(self, i: int) -> list[int]:
        return [c.i for c in self._at(i).children]

    def span(self, start: int, end: int) -> tuple[int, int, int] | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span.start, span.end, span.root.i


def _tree(parse: Doc | Parse) -> _Tree:
    """The parse table as it is; a bare ``Doc`` wrapped to be asked token by token."""
    from spacy.tokens import Doc

    return _DocTree(parse) if isinstance(parse, Doc) else parse


def _is_verb(tree: _Tree, i: int) -> bool:
    return tree.tag(i) in _VERB_TAGS and tree.dep(i) not in _AUX_DEPS


def verb_features(token: Token) -> VerbFeatures:
    """TimeML tense, aspect, polarity and modality of the verb ``token`` from its auxiliaries."""
    return _features(_DocTree(token.doc, token), token.i)


def _features(tree: _Tree, i: int) -> VerbFeatures:
    """:func:`verb_features` of the verb ``i`` of ``tree``."""
    return verb_features_of(
        tree.tag(i),
        tree.dep(i),
        tuple(
            (dep, "", "", "")
            if dep == "nsubj"
            else (dep, tree.lower(c), tree.tag(c), tree.lemma(c) if dep in _AUX_DEPS else "")
            for c in tree.children(i)
            if (dep := tree.dep(c)) in VERB_FEATURE_DEPS
        ),
    )


_AUX_DEPS = ("aux", "auxpass")
#: The only children :func:`verb_features_of` reads: auxiliaries and negations, and whether there is an
#: active subject (as ``("nsubj", "", "", "")``: its words do not matter).
VERB_FEATURE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "nsubj"})
#: :func:`verb_features_of` by its arguments: a few hundred verb shapes make up most of a text.
_VERB_FEATURES: dict[tuple[str, str, tuple[tuple[str, str, str, str], ...]], VerbFeatures] = {}


def verb_features_of(tag: str, dep: str, children: tuple[tuple[str, str, str, str], ...]) -> VerbFeatures:
    """:func:`verb_features` of a verb given as its Penn tag, dependency label and children, each as
    ``(dep, lower, tag, lemma)`` in text order (those labelled :data:`VERB_FEATURE_DEPS` are the only
    ones read; the lemma of auxiliaries only, ``""`` for the others will do), for a caller that reads
    the parse as columns. Cached: the answer depends on these alone."""
    key = (tag, dep, children)
    found = _VERB_FEATURES.get(key)
    if found is None:
        if len(_VERB_FEATURES) > 100_000:
            _VERB_FEATURES.clear()
        found = _VERB_FEATURES[key] = _verb_features(tag, dep, children)
    return found


def _verb_features(tag: str, dep: str, children: tuple[tuple[str, str, str, str], ...]) -> VerbFeatures:
    vocab = _vocabulary()
    auxes = [c for c in children if c[0] in _AUX_DEPS]
    aux_words = [a[1] for a in auxes]
    polarity = (
        Polarity.NEG
        if any(d == "neg" or (lower in vocab.negators and d in ("neg", "advmod")) for d, lower, _, _ in children)
        else Polarity.POS
    )
    modality = next((lower for _, lower, t, _ in auxes if t == "MD" and lower not in vocab.future_auxiliaries), None)
    future = any(w in vocab.future_auxiliaries for w in aux_words)
    perfect = (
        any(lemma == "have" or lower in ("has", "have", "had", "'ve", "having") for _, lower, _, lemma in auxes)
        and tag == "VBN"
    ) or ("been" in aux_words and any(w in ("has", "have", "had", "'ve") for w in aux_words))
    # "is rising", and the passive "is being built" (TimeML: PROGRESSIVE)
    progressive = (tag == "VBG" or (tag == "VBN" and "being" in aux_words)) and any(
        w in ("is", "are", "am", "was", "were", "be", "been", "'s", "'re", "'m") for w in aux_words
    )
    aspect = (
        Aspect.PERFECTIVE_PROGRESSIVE
        if perfect and progressive
        else Aspect.PERFECTIVE
        if perfect
        else Aspect.PROGRESSIVE
        if progressive
        else Aspect.NONE
    )
    if tag == "VBN" and not auxes and dep == "ROOT" and any(c[0] == "nsubj" for c in children):
        tag = "VBD"  # the main verb with an active subject: a simple past read as a participle ("Day One" *opened*)
    tense = _tense(tag, dep, aux_words, [a[2] for a in auxes], future, modality)
    return VerbFeatures(tense=tense, aspect=aspect, polarity=polarity, modality=modality)


def _tense(tag: str, dep: str, aux_words: list[str], aux_tags: list[str], future: bool, modality: str | None) -> Tense:
    if future:
        return Tense.FUTURE
    if modality is not None:
        return Tense.NONE
    finite = [t for t in aux_tags if t in ("VBD", "VBZ", "VBP")]
    if finite:
        return Tense.PAST if finite[0] == "VBD" else Tense.PRESENT
    if tag == "VBD":
        return Tense.PAST
    if tag in ("VBZ", "VBP"):
        return Tense.PRESENT
    if tag == "VB":
        return Tense.INFINITIVE if "to" in aux_words or dep in ("xcomp",) else Tense.NONE
    if tag == "VBG":
        return Tense.PRESPART
    if tag == "VBN":
        # "is to be published": a passive infinitive
        return Tense.INFINITIVE if "to" in aux_words else Tense.PASTPART
    return Tense.NONE


def governing_verb(token: Token, *, max_steps: int = 32) -> Token | None:
    """The nearest verb at or above ``token`` in the dependency tree."""
    tree = _DocTree(token.doc, token)
    found = _governing_verb(tree, token.i, max_steps=max_steps)
    return None if found is None else token if found == token.i else tree._at(found)


def _governing_verb(tree: _Tree, i: int, *, max_steps: int = 32) -> int | None:
    """:func:`governing_verb` of the token ``i`` of ``tree``."""
    current = i
    for _ in range(max_steps):
        if _is_verb(tree, current):
            return current
        head = tree.head(current)
        if head == current:
            return None
        current = head
    return None


def _finite_verb(tree: _Tree, verb: int) -> int:
    """Climb from an infinitive or participle to the verb whose tense it takes ("plans to
    meet" -> plans; "was seen leaving" -> seen)."""
    current = verb
    for _ in range(8):
        if tree.tag(current) not in ("VB", "VBG", "VBN"):
            return current
        children = tree.children(current)
        if tree.dep(current) not in ("xcomp", "ccomp", "conj", "advcl") and not any(
            tree.dep(c) == "aux" and tree.lower(c) == "to" for c in children
        ):
            return current
        if any(tree.dep(c) in _AUX_DEPS for c in children if tree.lower(c) != "to"):
            return current
        head = tree.head(current)
        if head == current or not _is_verb(tree, head):
            return current
        current = head
    return current


def orientation_from_parse(parse: Doc | Parse, start: int, end: int) -> Orientation:
    """Past/present/future of the clause that governs the characters ``start:end`` of the parse (a
    ``Doc``, or the pipeline's parse table of it); a participle or gerund without tense takes it
    from the clause it hangs in (see :func:`participle_orientation`)."""
    tree = _tree(parse)
    verb = _verb_above(tree, start, end)
    if verb is None:
        return Orientation.UNKNOWN
    found = _clause_orientation(tree, verb)
    return found if found is not Orientation.UNKNOWN else _borrowed_orientation(tree, verb)


def participle_orientation(parse: Doc | Parse, start: int, end: int) -> Orientation:
    """The orientation the characters ``start:end`` take from the clause around the participle or
    gerund they modify ("the bill, introduced in May, passed": past; "after meeting in May, they
    agreed": past), or UNKNOWN when the verb above them is no such participle. The resolver trusts
    it as it trusts a simple past right before the expression: it is the tense of the verb the
    expression modifies, not one read from further off; so the expression must be the participle's
    adverbial ("in May", "Tuesday"), not part of its object ("by setting a Jan. 14 return date")."""
    tree = _tree(parse)
    found = _modified_verb(tree, start, end)
    return Orientation.UNKNOWN if found is None else _borrowed_orientation(tree, found[0])


def modified_verb_orientation(parse: Doc | Parse, start: int, end: int) -> Orientation:
    """The orientation of the verb the characters ``start:end`` modify as its adverbial, when that
    verb says it itself and they locate it (see :func:`_modified_verb`): a past ("broke out just
    after midnight *on Jan. 14*", "was arrested *in January*") or a "will" future, not under a
    modal ("would close *in January*" is no clear future); else that of the participle or gerund
    they modify (:func:`participle_orientation`). The resolver trusts it as it trusts a simple
    past right before the expression."""
    tree = _tree(parse)
    found = _modified_verb(tree, start, end)
    if found is None:
        return Orientation.UNKNOWN
    modified, locates = found
    features = _features(tree, _conjunct_with_the_auxiliary(tree, modified))
    if locates and features.modality is None and features.tense in (Tense.PAST, Tense.FUTURE):
        return features.orientation
    return _borrowed_orientation(tree, modified)


def _conjunct_with_the_auxiliary(tree: _Tree, verb: int) -> int:
    """The verb whose auxiliary ``verb`` shares: a verb with none of its own coordinated with one of
    its form that has one ("was founded in 2019 and *valued* at $32 billion in January": "was")
    shares it, so the tense is that one's; else ``verb`` itself."""
    first = verb
    for _ in range(8):  # "was founded, renamed and *valued*": up the chain of conjuncts
        if any(tree.dep(c) in _AUX_DEPS for c in tree.children(first)):
            return first
        if tree.dep(first) != "conj" or tree.tag(tree.head(first)) != tree.tag(first):
            break
        first = tree.head(first)
    return verb


def located_present_verb(parse: Doc | Parse, start: int, end: int) -> str | None:
    """The lower-case word of the verb the characters ``start:end`` locate (see
    :func:`_modified_verb`), when it is a simple present, no auxiliary ("Arsenal *face* Chelsea on
    Wednesday"); else None. The resolver reads a present of a scheduled event there as ahead, as
    it does right before the expression ("the talks resume Monday")."""
    tree = _tree(parse)
    found = _modified_verb(tree, start, end)
    if found is None or not found[1]:
        return None
    modified = found[0]
    tag = tree.tag(modified)
    if tag == "VB":  # a plural present tagged as a base form ("Arsenal *play* Chelsea"): a subject, no auxiliary
        deps = {tree.dep(c) for c in tree.children(modified)}
        return tree.lower(modified) if "nsubj" in deps and not deps & {"aux", "auxpass", "neg"} else None
    if tag not in ("VBP", "VBZ"):
        return None
    features = _features(tree, modified)
    if (
        features.tense is not Tense.PRESENT
        or features.aspect is not Aspect.NONE
        or features.modality is not None
        or features.polarity is not Polarity.POS  # "never meets on Sunday": a habit, no scheduled day
    ):
        return None
    return tree.lower(modified)


def bounds_a_present(parse: Doc | Parse, start: int, end: int) -> bool:
    """Whether the verb the characters ``start:end`` are an adverbial of (see
    :func:`_modified_verb`) is a simple present, no modal ("the festival, which opened on May 13
    and *runs* until Saturday"): after "until", the end of what goes on now."""
    tree = _tree(parse)
    found = _modified_verb(tree, start, end)
    if found is None:
        return False
    features = _features(tree, found[0])
    return features.tense is Tense.PRESENT and features.aspect is Aspect.NONE and features.modality is None


def located_telling(parse: Doc | Parse, start: int, end: int) -> int | None:
    """The token of the verb of saying, reporting or publishing the characters ``start:end``
    locate (see :func:`_modified_verb`): "the company said *on Friday*", "a report published
    *early Monday*"; else None. That day is when the story was told, not the one its events, and
    their clock times, fall on."""
    tree = _tree(parse)
    found = _modified_verb(tree, start, end)
    return found[0] if found is not None and found[1] and tree.lower(found[0]) in _vocabulary().telling_verbs else None


def reported_would_of(parse: Doc | Parse, start: int, end: int) -> int | None:
    """The token of the verb of saying whose reported clause, with a "would", the characters
    ``start:end`` date or are in ("said he was confident that Congress *would pass* a bill *by
    Friday*", "warned that *the first quarter* would be weak"): a future seen from that saying,
    not from publication; else None."""
    tree = _tree(parse)
    found = _modified_verb(tree, start, end)
    node = found[0] if found is not None else _verb_above(tree, start, end)  # or the subject's verb
    if node is None or _features(tree, node).modality not in _vocabulary().future_in_the_past:
        return None
    for _ in range(4):  # up through "was confident that ..." to the saying
        if tree.dep(node) not in _REPORTED_CLAUSE_DEPS:
            return None
        node = tree.head(node)
        if tree.lower(node) in _vocabulary().telling_verbs:
            return node
    return None


#: How a reported clause hangs on its verb of saying, or on an adjective or verb between them.
_REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "acomp", "xcomp"})


def _modified_verb(tree: _Tree, start: int, end: int) -> tuple[int, bool] | None:
    """The verb the characters ``start:end`` are an adverbial of: the verb over their preposition
    ("*in May*") or the one they modify bare ("*Tuesday*"), or over the time they are joined to
    ("on 3 and *4 May*"); None if they hang on anything else.
    With it, whether they locate it in time: bare, or after a preposition of place in time ("*in*
    May", "*on* Jan. 14"), not of a target or bound ("extended *to* Nov. 16", "planned *for* early
    March")."""
    span = tree.span(start, end)
    if span is None:
        return None
    root = span[2]
    for _ in range(4):  # "on 3 and *4 May*", "in June or *July*": where the first of them hangs
        if tree.dep(root) != "conj":
            break
        root = tree.head(root)
    if tree.dep(root) == "pobj" and tree.dep(preposition := tree.head(root)) == "prep":
        modified = tree.head(preposition)
        locates = tree.lower(preposition) in _vocabulary().locating_prepositions
    elif tree.dep(root) == "npadvmod":
        modified, locates = tree.head(root), True
    else:
        return None
    return (modified, locates) if _is_verb(tree, modified) else None


def _verb_above(tree: _Tree, start: int, end: int) -> int | None:
    span = tree.span(start, end)
    return None if span is None else _governing_verb(tree, span[2])


#: Where a past participle without tense hangs: on a noun ("the bill, introduced in May,", "a
#: merger first proposed in June") or on a clause ("Elected in May, he took office").
_PARTICIPLE_ADJUNCT_DEPS = frozenset({"acl", "relcl", "advcl"})


def _borrowed_orientation(tree: _Tree, verb: int, *, nested: bool = False) -> Orientation:
    """The orientation of a past participle on a noun or a clause, or of a gerund after a
    preposition ("after meeting in May"), read from the clause it hangs in (through the noun, up
    to the noun's verb). A past participle tells of something done before that clause's time:
    past when the clause is past or present, unsaid when it is future ("the company, founded in
    June, will list"); a gerund shares the clause's time. Infinitives ("to be unveiled in May")
    and participles with their own tense are left to :func:`_clause_orientation`. A gerund or
    participle under another participle borrows that one's ("a man *accused* of setting fire to
    a church in January *was arrested*": past); one level up, no more."""
    tense = _features(tree, verb).tense
    if tense not in (Tense.PASTPART, Tense.PRESPART):
        return Orientation.UNKNOWN
    participle = verb
    for _ in range(8):  # "introduced in April and passed in May": where the first one hangs
        if tree.dep(participle) != "conj" or tree.tag(tree.head(participle)) != tree.tag(participle):
            break
        participle = tree.head(participle)
    if tense is Tense.PASTPART:
        hangs = tree.tag(participle) == "VBN" and tree.dep(participle) in _PARTICIPLE_ADJUNCT_DEPS
    else:
        hangs = tree.tag(participle) == "VBG" and tree.dep(participle) == "pcomp"
    head = tree.head(participle)
    if not hangs or head == participle:
        return Orientation.UNKNOWN
    clause = _governing_verb(tree, head)
    if clause is None or clause == participle:
        return Orientation.UNKNOWN
    found = _clause_orientation(tree, clause)
    if found is Orientation.UNKNOWN and not nested:
        found = _borrowed_orientation(tree, clause, nested=True)
    if tense is Tense.PRESPART:
        return found
    return Orientation.PAST if found in (Orientation.PAST, Orientation.PRESENT) else Orientation.UNKNOWN


def _clause_orientation(tree: _Tree, verb: int) -> Orientation:
    """Past/present/future of the clause of ``verb``, an infinitive or participle climbing to the
    verb whose tense it takes."""
    features = _features(tree, verb)
    if features.tense in (Tense.INFINITIVE, Tense.PRESPART, Tense.PASTPART, Tense.NONE) and features.modality is None:
        finite = _finite_verb(tree, verb)
        if finite != verb:
            head_features = _features(tree, finite)
            if features.tense is Tense.INFINITIVE and head_features.orientation is not Orientation.PAST:
                return Orientation.FUTURE
            return head_features.orientation
    return features.orientation


# --- from words alone ----------------------------------------------------------------------------
_CLAUSE_BREAK = re.compile(r"[.;!?\n\"“”]")
#: A word, hyphenated compounds whole ("Iran-backed" is one adjective, not "Iran" and "backed").
_WORD = re.compile(r"[A-Za-z']+(?:-[A-Za-z']+)*")


def orientation_from_text(text: str, start: int, end: int, *, window: int = 160) -> Orientation:
    """Guess the clause's orientation from nearby words when there is no parse.

    The nearest tense marker before the expression wins ("said Friday that he would" is past),
    else the nearest after it, within the clause (up to ``window`` characters on each side). A
    future marker ("will", "plans to") counts like any other marker, by its distance.
    """
    vocab = _vocabulary()
    lo = max(0, start - window)
    for brk in reversed(list(_CLAUSE_BREAK.finditer(text, lo, start))):
        if _ends_clause(text, brk.start(), vocab):
            lo = brk.end()
            break
    before = text[lo:start]
    hi = min(len(text), end + window)
    for brk in _CLAUSE_BREAK.finditer(text, end, hi):
        if _ends_clause(text, brk.start(), vocab):
            hi = brk.start()
            break
    after = text[end:hi]
    found = _nearest_marker(before, vocab, last=True)
    if found is None:
        found = _nearest_marker(after, vocab, last=False)
    return found if found is not None else Orientation.UNKNOWN


#: A comma or a lower-case word right after a period: the period ended an abbreviation, not a sentence.
_LOWER_NEXT = re.compile(r"[,;:)]|\s+[a-z]")
#: The word (with inner periods: "U.S") a period ends.
_WORD_BEFORE_PERIOD = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)*$")


def _ends_clause(text: str, i: int, vocab: _Vocabulary) -> bool:
    """Whether the break character at ``i`` ends a clause: a period does not in a number ("3.5"),
    before a comma or a lower-case word ("Ala., on", "Corp. said") or after an abbreviation that never ends a sentence
    ("Gen.", "Sept.")."""
    if text[i] != ".":
        return True
    if text[i + 1 : i + 2].isdigit() or _LOWER_NEXT.match(text, i + 1):
        return False
    word = _WORD_BEFORE_PERIOD.search(text, max(0, i - 12), i)
    return word is None or word.group() not in vocab.non_final_abbreviations


def _nearest_marker(chunk: str, vocab: _Vocabulary, *, last: bool) -> Orientation | None:
    """The orientation of the marker in ``chunk`` nearest to the expression (the last one when
    the chunk precedes it, else the first)."""
    lowered = chunk.lower()
    if last:
        # Walk the words back from the expression: the first marker met is the nearest, so the
        # words before it are never looked up. (No future marker ends in a word that makes the
        # next one a participle, so the words after the last marker are read on their own.)
        future = None
        for marker in vocab.future_marker.finditer(chunk):
            future = marker
        words = _WORD.findall(lowered, 0 if future is None else future.end())
        for i in range(len(words) - 1, -1, -1):
            found = _word_orientation(words, i, vocab)
            if found is not None:
                return found
        if future is None:
            return None
        return Orientation.PAST if _after_had_been(chunk, future.start()) else Orientation.FUTURE
    first = vocab.future_marker.search(chunk)
    words = _WORD.findall(lowered, 0, len(chunk) if first is None else first.start())
    if (
        first is not None
        and words
        and lowered[: first.start()].rstrip().endswith(words[-1])
        and (words[-1] in vocab.past_auxiliaries or words[-1] in vocab.present_auxiliaries)
    ):
        words.pop()  # "were planning to", "is expected to": the auxiliary belongs to the future marker
    for i in range(len(words)):
        found = _word_orientation(words, i, vocab)
        if found is not None:
            return found
    if first is None:
        return None
    return Orientation.PAST if _after_had_been(chunk, first.start()) else Orientation.FUTURE


def _after_had_been(chunk: str, marker: int) -> bool:
    """Whether the future marker at ``marker`` follows "had been" ("the contract had been due to
    expire Friday"): a plan seen from the past, whose time is past too."""
    return chunk[:marker].rstrip().lower().endswith("had been")


def _verbal_compound(word: str, vocab: _Vocabulary) -> bool:
    """Whether ``word`` ending in -ed can be a past verb: a plain word, or a compound on a verbal
    first part ("re-elected", "test-fired"); "Iran-backed", "long-awaited" are adjectives."""
    head, hyphen, _ = word.partition("-")
    return not hyphen or head in vocab.verb_compound_heads


def _word_orientation(words: list[str], i: int, vocab: _Vocabulary) -> Orientation | None:
    """The tense the lower-cased word ``words[i]`` marks. The word before a past form (past an
    adverb: "will be formally named", "a still unspecified date") makes it a participle: "will be
    named", "the injured" take their tense from elsewhere (none here), "are named" is present."""
    word = words[i]
    if word in vocab.past_auxiliaries:
        return Orientation.PAST
    if word in vocab.present_auxiliaries:
        return Orientation.PRESENT
    if word in vocab.irregular_past or (
        len(word) > 4 and word.endswith("ed") and word not in vocab.not_past_ed and _verbal_compound(word, vocab)
    ):
        j = i - 1
        if j > 0 and words[j] in vocab.adverbs_before_participle:
            j -= 1
        previous = words[j] if j >= 0 else ""
        if previous in vocab.participle_auxiliaries:
            return None
        if previous in vocab.passive_present_auxiliaries:
            return Orientation.PRESENT
        return Orientation.PAST
    return None
