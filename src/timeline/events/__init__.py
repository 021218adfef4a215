"""The event detector stage: TimeML events from the spaCy parse.

:class:`SpacyEventDetector` takes main verbs and the nouns that name events ("the attack",
"the summit", "next week's meetings"), and gives each its TimeML class, tense, aspect,
polarity and modality, plus who took part (subject and object from the parse). Lexicons are
data (``data/<lang>.json``), loaded once.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from timeline.grammar import VERB_FEATURE_DEPS, VerbFeatures, verb_features_of
from timeline.model import FACTUALITY_VALUES, Aspect, Event, EventClass, Participant, Polarity, Tense, TextSpan
from timeline.nlp import token_columns
from timeline.resolver.language import case_blind, required_literals

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from timeline.pipeline import Document

__all__ = [
    "FACTUALITY_VALUES",
    "ClassModel",
    "DetectionModel",
    "EventLexicon",
    "Factuality",
    "FactualityWords",
    "LearnedLexicon",
    "SpacyEventDetector",
    "candidate_pos",
    "class_features",
    "coarse_pos",
    "complement_key",
    "detection_features",
    "event_factuality",
    "factualities",
    "learned_from_dict",
    "load_learned",
    "load_lexicon",
]


@attrs.frozen(kw_only=True, slots=True)
class EventLexicon:
    """Which lemmas are events and of which TimeML class."""

    verb_classes: Mapping[str, EventClass]
    noun_classes: Mapping[str, EventClass]
    event_nouns: frozenset[str]
    non_event_verbs: frozenset[str]
    factuality: FactualityWords | None = None
    #: Words of time, which as a possessor date a noun event rather than do it ("*last week's* attack").
    time_words: frozenset[str] = frozenset()
    #: Nouns of attack, whose "on"-phrase is the target: "the attack *on the embassy*".
    target_nouns: frozenset[str] = frozenset()
    #: Modifiers that say what became of an event, so their noun is one: "the *attempted* murder".
    event_modifiers: frozenset[str] = frozenset()
    #: Verbs whose object can only be an event, so it is one: "averted a *disaster*", "called off the *march*".
    event_governors: frozenset[str] = frozenset()
    #: Verbs that with a to-infinitive and no object are its modal ("*have* to pay", "is *going* to sell"), by
    #: lemma, with the only tags they are one in (none: any).
    semi_modals: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    #: Endings of a noun of a person ("guitar*ist*"), no event even when tagged a verb, and the verbs (lemmas)
    #: that end so all the same ("insist").
    person_suffixes: tuple[str, ...] = ()
    person_suffix_verbs: frozenset[str] = frozenset()
    #: The words a quoted title leaves in lower case ("Gone *with the* Wind"): see :func:`_quoted_titles`.
    title_small_words: frozenset[str] = frozenset()
    #: A sentence of the publisher's notices, not of the story ("Copyright (c) 2024, ABC Audio.",
    #: "All rights reserved."): it tells no event. The patterns (ignoring case), each with the strings
    #: every match of it contains (:func:`~timeline.resolver.language.required_literals`), so that a
    #: text holding none of them is not searched sentence by sentence. Empty: every sentence is the story's.
    boilerplate: tuple[tuple[re.Pattern[str], tuple[frozenset[str], ...]], ...] = ()


@attrs.frozen(kw_only=True, slots=True)
class FactualityWords:
    """The words :func:`event_factuality` reads (``factuality`` in ``data/<lang>.json``)."""

    reporting_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    clausal_only_governors: frozenset[str]
    negative_governors: frozenset[str]
    preventing_governors: frozenset[str]
    conditional_marks: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    reported_modifiers: frozenset[str]
    #: Governors that act on a to-infinitive only: "the law *was to* be passed".
    infinitive_governors: frozenset[str] = frozenset()
    #: Governors of intending whose direct object is named, not intended ("*called* the race"): they act on
    #: a clause or on the object of their "for" only ("*called for* a cease-fire").
    for_object_governors: frozenset[str] = frozenset()
    #: Noun modifiers that say the event did not take place: "the *canceled* concert".
    negated_modifiers: frozenset[str] = frozenset()
    #: Adverbs on a verb: "the rebels *reportedly* seized...", "prices will *probably* rise".
    reported_adverbs: frozenset[str] = frozenset()
    #: Adverbs on a verb that say it did not quite happen: "*almost* gave up", "*nearly* collapsed";
    #: not on a verb that multiplies a figure, which changed all the same ("*nearly* doubled").
    negated_adverbs: frozenset[str] = frozenset()
    multiplying: frozenset[str] = frozenset()
    hypothetical_adverbs: frozenset[str] = frozenset()
    #: Nouns whose clause complement is only reported, wanted or planned, or not done: "rumors that he
    #: *resigned*", "a plan to *close*", "his refusal to *pay*".
    reporting_nouns: frozenset[str] = frozenset()
    hypothetical_nouns: frozenset[str] = frozenset()
    negative_nouns: frozenset[str] = frozenset()
    #: Verbs whose object or clause is wanted not to happen: "*opposes* a major operation".
    opposing_governors: frozenset[str] = frozenset()
    #: A word of opposing or warning and its preposition (``lemma_preposition``), whose object is not asserted:
    #: "opposition *to* a major operation", "warned *against* an offensive".
    opposing_prepositions: frozenset[str] = frozenset()
    #: Nouns whose "of"-phrase is a possibility ("the *threat* of a strike"), and modifiers that make their noun
    #: one ("a *possible* strike"): the event noun's modality.
    possibility_nouns: frozenset[str] = frozenset()
    possibility_modifiers: frozenset[str] = frozenset()
    #: Nouns of evidence: denied ("*no evidence* that he fled"), their content is not asserted (hypothetical).
    unsupported_nouns: frozenset[str] = frozenset()
    #: "has *yet* to approve": the adverb on one of these governors says its infinitive has not happened.
    pending_adverbs: frozenset[str] = frozenset()
    pending_governors: frozenset[str] = frozenset()
    #: A subject or object that negates its verb ("*nothing* happened", "did *nothing*"), a determiner
    #: that does so on its subject ("*no* one was hurt"; not on an object: "reported *no* profit" was
    #: reported), and the adverbs that "no" negates a verb through ("*no longer* makes").
    negative_arguments: frozenset[str] = frozenset()
    negative_determiners: frozenset[str] = frozenset()
    no_longer: frozenset[str] = frozenset()
    #: The auxiliary of a past perfect that, under a conditional mark, says the condition was not met
    #: ("if the talks *had* failed": they did not).
    counterfactual_auxiliaries: frozenset[str] = frozenset()
    #: Verbs that take a complement clause put before them ("the talks failed, officials *said*",
    #: "prices will rise, analysts *expect*"): a clause the parse hangs before any other verb is no
    #: complement of it (made by :func:`_factuality_words`: these and ``reporting_governors``).
    parenthetical_governors: frozenset[str] = frozenset()
    #: The tokens that open or close a quotation ('"', "``", "“"...): a condition quoted before a saying
    #: is no condition of the saying.
    quote_marks: frozenset[str] = frozenset()
    #: Auxiliaries that open a condition before its subject, with no "if": "*Had* he been appointed, ...",
    #: "*Should* the talks fail, ..." (a past perfect so is a condition not met; the others a possibility).
    inverted_conditional_auxiliaries: frozenset[str] = frozenset()
    #: The words that can negate a verb through its subject, object or adverb, and "without" (made by
    #: :func:`_factuality_words`).
    negative_words: frozenset[str] = frozenset()
    #: The verbs that the lists above name with a particle ("call" of ``call_off``): made by :func:`_factuality_words`.
    phrasal_bases: frozenset[str] = frozenset()
    #: Verbs (their forms) whose object noun is the event itself ("did not *use* its veto", "has not *held*
    #: talks"): denied, the event did not happen (not "did not attend the meeting", which took place).
    light_verbs: frozenset[str] = frozenset()
    #: Verbs with a particle whose to-infinitive is what happened next ("*went on* to win"), not a purpose.
    sequel_phrasals: frozenset[str] = frozenset()


def _factuality_words(raw: Mapping[str, Any]) -> FactualityWords:
    """The :class:`FactualityWords` of a ``factuality`` object: each list as a set, and a lemma the
    lemmatizer gets wrong (``lemma_corrections``: "hopes" -> "hop") added wherever its right lemma is."""
    corrections: Mapping[str, str] = raw.get("lemma_corrections", {})
    fields: dict[str, frozenset[str]] = {}
    for key, words in raw.items():
        if key.startswith("_") or key == "lemma_corrections":
            continue
        found = set(words)
        found.update(wrong for wrong, right in corrections.items() if right in found)
        fields[key] = frozenset(found)
    phrasal = fields.get("preventing_governors", frozenset()) | fields.get("negative_governors", frozenset())
    fields["phrasal_bases"] = frozenset(w.partition("_")[0] for w in phrasal if "_" in w)
    fields["parenthetical_governors"] = fields.get("parenthetical_governors", frozenset()) | fields.get(
        "reporting_governors", frozenset()
    )
    fields["negative_words"] = (
        fields.get("negative_arguments", frozenset()) | fields.get("negative_determiners", frozenset()) | {"without"}
    )
    return FactualityWords(**fields)


@cache
def load_lexicon(language: str = "en") -> EventLexicon:
    """Load the event lexicon of ``language`` (cached)."""
    raw: dict[str, Any] = json.loads(
        resources.files("timeline.events.data").joinpath(f"{language}.json").read_text("utf-8")
    )
    verb_classes: dict[str, EventClass] = {}
    # Later classes in the file do not override earlier ones: REPORTING wins over STATE.
    for name, lemmas in raw["classes"].items():
        for lemma in lemmas:
            verb_classes.setdefault(lemma, EventClass(name))
    noun_classes: dict[str, EventClass] = {}
    for name, lemmas in raw["noun_classes"].items():
        for lemma in lemmas:
            noun_classes.setdefault(lemma, EventClass(name))
    return EventLexicon(
        verb_classes=verb_classes,
        noun_classes=noun_classes,
        event_nouns=frozenset(raw["event_nouns"]) | frozenset(noun_classes),
        non_event_verbs=frozenset(raw["non_event_verbs"]),
        time_words=frozenset(raw.get("time_words", ())),
        target_nouns=frozenset(raw.get("target_nouns", ())),
        event_modifiers=frozenset(raw.get("event_modifiers", ())),
        event_governors=frozenset(raw.get("event_governors", ())),
        semi_modals={lemma: frozenset(tags) for lemma, tags in raw.get("semi_modals", {}).items()},
        person_suffixes=tuple(raw.get("person_suffixes", ())),
        person_suffix_verbs=frozenset(raw.get("person_suffix_verbs", ())),
        title_small_words=frozenset(raw.get("title_small_words", ())),
        boilerplate=tuple((re.compile(p, re.IGNORECASE), required_literals(p)) for p in raw.get("boilerplate", ())),
        factuality=_factuality_words(raw["factuality"]) if "factuality" in raw else None,
    )


_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_ADJ_TAGS = frozenset({"JJ"})
_CANDIDATE_TAGS = _VERB_TAGS | _NOUN_TAGS | _ADJ_TAGS
_CLASS_NAMES = tuple(c.value for c in EventClass)
_COARSE = {**dict.fromkeys(_VERB_TAGS, "V"), **dict.fromkeys(_NOUN_TAGS, "N"), **dict.fromkeys(_ADJ_TAGS, "J")}

#: A lemma by token index of one ``Doc`` (:func:`_lemmas_by_index`).
LemmaAt = Callable[[int], str]


def coarse_pos(token: Token) -> str | None:
    """``V``, ``N`` or ``J`` for the tokens that can be events (verbs, common nouns,
    adjectives), else ``None``: the key the learned lexicon counts by."""
    return _COARSE.get(token.tag_)


def complement_key(token: Token) -> str:
    """``C`` when the word takes a clausal complement ("keep *fighting*", "offer *to help*",
    "said *that*..."), else ``-``: the same lemma is an I_ACTION or ASPECTUAL with one and
    often an OCCURRENCE without."""
    return _complement_key(_table_of(token.doc), token.i)


def _complement_key(t: _Tokens, i: int) -> str:
    deps = t.deps
    return "C" if any(deps[c] in ("xcomp", "ccomp") for c in t.kids(i)) else "-"


def _complement_type(t: _Tokens, children: Sequence[int]) -> str:
    """The clausal complements among ``children``: ``g`` a gerund ("keep *fighting*"), ``x`` another
    open complement ("offer *to help*"), ``c`` a clause ("said *that*..."), ``-`` none."""
    kinds = ""
    for c in children:
        dep = t.deps[c]
        if dep == "xcomp":
            kinds += "g" if t.tags[c] == "VBG" else "x"
        elif dep == "ccomp":
            kinds += "c"
    return "".join(sorted(set(kinds))) if kinds else "-"


_ARGUMENT_CLAUSES = frozenset({"xcomp", "ccomp", "oprd", "acomp", "pcomp"})
_ARGUMENT_NOUNS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})


def _has_event_argument(t: _Tokens, children: Sequence[int], lexicon: EventLexicon, lemma_at: LemmaAt) -> bool:
    """Whether a word with these ``children`` has an argument that can be an event: a clause, or a subject, object or
    prepositional object that is a verb or an event noun. TimeML's ASPECTUAL, I_ACTION and
    I_STATE verbs take one ("kept *fighting*", "began *the talks*"); "kept *the boy*" does not."""
    deps, tags, lowers, event_nouns = t.deps, t.tags, t.lowers, lexicon.event_nouns

    def eventive(j: int) -> bool:
        return tags[j] in _VERB_TAGS or lowers[j] in event_nouns or lemma_at(j) in event_nouns

    for child in children:
        dep = deps[child]
        if dep in _ARGUMENT_CLAUSES or (dep in _ARGUMENT_NOUNS and eventive(child)):
            return True
        if dep == "prep" and any(deps[g] in ("pobj", "pcomp") and eventive(g) for g in t.kids(child)):
            return True
    return False


def class_features(token: Token, lemma: str, pos: str, lexicon: EventLexicon, lemmatize: Any) -> list[str]:
    """What the learned class model reads about an event word: its lemma, Penn tag, dependency
    label, clausal complements (an ASPECTUAL or I_ACTION verb takes one, the same verb without is
    often an OCCURRENCE), the hand lexicon's class (so a lemma TimeBank never saw still gets
    REPORTING, I_STATE...), whether it has an object, is passive, the word that governs it, the
    prepositions that bring it an event, alone and with the lemma ("called *for* talks" is an I_ACTION,
    "called the boy" not; "aimed *at* boosting"), and whether a verb lacks any argument that could be an
    event, alone and with the lemma and the hand lexicon's class (TimeML's ASPECTUAL and I_ACTION
    verbs take an event argument: the same verb without one is often an OCCURRENCE, more for some
    verbs than others). (The detector reads the same from the ``Doc``'s columns: :func:`_class_features`.)"""
    doc = token.doc
    return _class_features(_table_of(doc), token.i, lemma, pos, lexicon, lambda j: lemmatize(doc[j]))


def _class_features(t: _Tokens, i: int, lemma: str, pos: str, lexicon: EventLexicon, lemma_at: LemmaAt) -> list[str]:
    return _class_features_of(_class_key(t, i, lemma, pos, lexicon, lemma_at), lexicon)


#: What the class features of a word are built from: part of speech, lemma, tag, dependency label,
#: complement type, whether it has a direct object, a passive auxiliary, an "of" (nouns), the
#: lemma of its head (``None`` at a root), for verbs whether no argument can be an event, and the prepositions
#: whose object is one (:func:`_event_prepositions`).
_ClassKey = tuple[str, str, str, str, str, bool, bool, bool, str | None, bool, tuple[str, ...]]


def _class_key(t: _Tokens, i: int, lemma: str, pos: str, lexicon: EventLexicon, lemma_at: LemmaAt) -> _ClassKey:
    children = t.kids(i)
    deps = t.deps
    child_deps = {deps[c] for c in children}
    head = t.heads[i]
    return (
        pos,
        lemma,
        t.tags[i],
        deps[i],
        _complement_type(t, children),
        "dobj" in child_deps,
        "auxpass" in child_deps,
        pos == "N" and any(deps[c] == "prep" and t.lowers[c] == "of" for c in children),
        lemma_at(head) if head != i else None,
        pos == "V" and not _has_event_argument(t, children, lexicon, lemma_at),
        _event_prepositions(t, children, lexicon, lemma_at),
    )


def _event_prepositions(
    t: _Tokens, children: Sequence[int], lexicon: EventLexicon, lemma_at: LemmaAt
) -> tuple[str, ...]:
    """The prepositions among ``children`` whose object is an event: the preposition picks the sense that takes
    an event argument ("called *for* talks", "aimed *at* boosting", "accused them *of* engaging")."""
    deps, tags, lowers, event_nouns = t.deps, t.tags, t.lowers, lexicon.event_nouns
    found = []
    for child in children:
        if deps[child] != "prep":
            continue
        for g in t.kids(child):
            if deps[g] == "pcomp" or (
                deps[g] == "pobj" and (tags[g] in _VERB_TAGS or lowers[g] in event_nouns or lemma_at(g) in event_nouns)
            ):
                found.append(lowers[child])
                break
    return tuple(sorted(set(found)))


def _class_features_of(key: _ClassKey, lexicon: EventLexicon) -> list[str]:
    pos, lemma, tag, dep, comp, has_object, passive, has_of, head_lemma, no_event_argument, prepositions = key
    lemma_key = f"{pos}:{lemma}"
    hand = (lexicon.noun_classes if pos == "N" else lexicon.verb_classes).get(lemma)
    hand_name = hand.value if hand is not None else "none"
    features = [
        "b",
        f"L={lemma_key}",
        f"T={tag}",
        f"D={dep}",
        f"PC={pos}|{comp}",
        f"H={pos}|{hand_name}",
        f"HC={pos}|{hand_name}|{comp}",
        f"LC={lemma_key}|{comp}",
    ]
    if len(lemma) > 5:  # a suffix of a longer word ("-ize", "-ion"); of a short one it would be the lemma again
        features.append(f"S={pos}|{lemma[-3:]}")
    if has_object:
        features += (f"O={pos}", f"LO={lemma_key}")
    if passive:
        features.append("PASS")
    if has_of:
        features.append("OF")
    if head_lemma is not None:
        features.append(f"HD={dep}|{head_lemma}")
    for preposition in prepositions:
        features += (f"P={pos}|{preposition}", f"LP={lemma_key}|{preposition}")
    if no_event_argument:  # with the word: "kept *the boy*" is no ASPECTUAL, "refused *requests*" no I_ACTION
        features += ("NOEA", f"HN={pos}|{hand_name}", f"LN={lemma_key}")
    return features


def candidate_pos(token: Token) -> str | None:
    """The coarse part of speech (:func:`coarse_pos`) of a word that can be an event trigger, else
    ``None``: not an auxiliary, nor a noun modifying another common noun ("*cease-fire* resolution":
    the head noun carries the event)."""
    return _candidate_pos(_table_of(token.doc), token.i)


def _candidate_pos(t: _Tokens, i: int) -> str | None:
    pos = _COARSE.get(t.tags[i])
    if pos == "V" and t.deps[i] in ("aux", "auxpass"):
        return None
    if pos == "N" and t.deps[i] == "compound" and t.tags[t.heads[i]] in _NOUN_TAGS:
        return None
    return pos


#: Dependents named by their word, not only their label: "*the* sale", "*military* operation", "*ground* operation".
_WORD_DEPS = frozenset({"det", "amod", "compound", "nummod", "prep", "prt", "neg", "aux", "auxpass"})


def detection_features(token: Token, lemma: str, pos: str, lexicon: EventLexicon, lemmatize: Any) -> list[str]:
    """What the learned detection model reads about a candidate word: the lemma and word form (the
    same lemma is an event as "the *operation*" and not as "its chemical *operations*"), tag,
    dependency label alone and with the lemma, the governing word and its tag, the suffix, whether
    the hand lexicon lists it as an event noun, and its dependents: determiner ("*the* sale"),
    possessor, modifiers ("*military* operation", "*ground* operation"), prepositions, particles,
    negation and auxiliaries, other dependents by label. (The detector reads the same from the
    ``Doc``'s columns: :func:`_detection_features`.)"""
    doc = token.doc
    return _detection_features(_table_of(doc), token.i, lemma, pos, lexicon, lambda j: lemmatize(doc[j]))


def _detection_features(
    t: _Tokens, i: int, lemma: str, pos: str, lexicon: EventLexicon, lemma_at: LemmaAt
) -> list[str]:
    features = _base_detection_features(_detection_key(t, i, lemma, pos, lemma_at), lexicon)
    features += [_child_feature_of(_child_key(pos, t, child)) for child in t.kids(i)]
    return features


#: What the detection features of a word, its dependents aside, are built from: part of speech,
#: lemma, lowercase form, tag, dependency label, and the lemma (``-`` at a root) and tag of its head.
_DetectionKey = tuple[str, str, str, str, str, str, str]


def _detection_key(t: _Tokens, i: int, lemma: str, pos: str, lemma_at: LemmaAt) -> _DetectionKey:
    head = t.heads[i]
    return (pos, lemma, t.lowers[i], t.tags[i], t.deps[i], lemma_at(head) if head != i else "-", t.tags[head])


def _base_detection_features(key: _DetectionKey, lexicon: EventLexicon) -> list[str]:
    pos, lemma, lower, tag, dep, head_lemma, head_tag = key
    lemma_key = f"{pos}:{lemma}"
    features = [
        f"b={pos}",
        f"L={lemma_key}",
        f"W={pos}:{lower}",
        f"T={tag}",
        f"D={pos}|{dep}",
        f"LD={lemma_key}|{dep}",
        f"HL={pos}|{dep}|{head_lemma}",
        f"HT={pos}|{dep}|{head_tag}",
        f"S={pos}|{lemma[-3:]}",
    ]
    if pos == "N":
        features.append(f"EN={lower in lexicon.event_nouns or lemma in lexicon.event_nouns}")
    return features


def _child_key(pos: str, t: _Tokens, child: int) -> tuple[str, str, str | None]:
    """A dependent as the detection features see it: its label, and its tag (a possessor) or word
    (:data:`_WORD_DEPS`) or nothing."""
    cd = t.deps[child]
    if cd == "poss":
        return pos, cd, t.tags[child]
    return pos, cd, t.lowers[child] if cd in _WORD_DEPS else None


def _child_feature_of(key: tuple[str, str, str | None]) -> str:
    pos, cd, word = key
    return f"C={pos}|{cd}" if word is None else f"C={pos}|{cd}|{word}"


_ZEROS = itertools.repeat(0.0)  # the default weight of each feature, for map(dict.get, features, _ZEROS)


@attrs.frozen(kw_only=True, slots=True)
class DetectionModel:
    """A linear model of whether a candidate word is a TimeML event (an averaged perceptron trained by
    ``scripts/train_event_lexicon.py``): an event when the weights of its features sum above zero."""

    weights: Mapping[str, float]

    def score(self, features: Sequence[str]) -> float:
        return sum(map(self.weights.get, features, _ZEROS))


@attrs.frozen(kw_only=True, slots=True)
class ClassModel:
    """A linear model of the TimeML class (an averaged perceptron trained on TimeBank by
    ``scripts/train_event_lexicon.py``): per feature, one weight per class; the class with the
    highest sum wins, OCCURRENCE on ties."""

    classes: tuple[EventClass, ...]
    weights: Mapping[str, Sequence[float]]

    def predict(self, features: Sequence[str]) -> EventClass:
        """The class of a word with these features (the detector remembers its answers by what the
        features are built from: :meth:`SpacyEventDetector._class`)."""
        get = self.weights.get
        rows = [row for row in map(get, features) if row is not None]
        if not rows:
            return EventClass.OCCURRENCE
        scores = list(map(sum, zip(*rows, strict=True)))
        best = max(scores)
        if best == scores[self._occurrence]:
            return EventClass.OCCURRENCE
        return self.classes[scores.index(best)]

    @property
    def _occurrence(self) -> int:
        return self.classes.index(EventClass.OCCURRENCE)


@attrs.frozen(kw_only=True, slots=True)
class _Stats:
    n: int
    events: int
    event_class: EventClass | None


@attrs.frozen(kw_only=True, slots=True)
class LearnedLexicon:
    """Counts learned from TimeBank (``scripts/train_event_lexicon.py``): per ``POS:lemma`` and,
    as a back-off for unseen lemmas, per ``TAG:dep``."""

    lemmas: Mapping[str, _Stats]
    backoff: Mapping[str, _Stats]
    class_model: ClassModel | None = None
    detection_model: DetectionModel | None = None
    corpora: tuple[str, ...] = ()
    settled: Mapping[str, bool] = attrs.field(factory=dict)

    def probability(self, pos: str, lemma: str, tag: str, dep: str, *, prior_weight: float = 1.0) -> tuple[float, int]:
        """Smoothed share of gold events for this lemma (back-off share as prior) and how often it was seen."""
        back = self.backoff.get(f"{tag}:{dep}")
        prior = (back.events + 0.5) / (back.n + 1.0) if back is not None else 0.5
        stats = self.lemmas.get(f"{pos}:{lemma}")
        if stats is None:
            return prior, 0
        return (stats.events + prior_weight * prior) / (stats.n + prior_weight), stats.n

    def event_class(self, pos: str, lemma: str, tag: str, dep: str) -> EventClass | None:
        stats = self.lemmas.get(f"{pos}:{lemma}")
        if stats is not None and stats.event_class is not None:
            return stats.event_class
        back = self.backoff.get(f"{tag}:{dep}")
        return back.event_class if back is not None else None


def _stats(counts: Mapping[str, int]) -> _Stats:
    classes = [(counts.get(name, 0), name) for name in _CLASS_NAMES]
    best = max(classes)
    return _Stats(
        n=counts.get("n", 0), events=counts.get("event", 0), event_class=EventClass(best[1]) if best[0] > 0 else None
    )


@cache
def load_learned(language: str = "en") -> LearnedLexicon | None:
    """The learned lexicon of ``language`` (cached), or ``None`` when none is shipped."""
    resource = resources.files("timeline.events.data").joinpath(f"learned_{language}.json")
    if not resource.is_file():
        return None
    return learned_from_dict(json.loads(resource.read_text("utf-8")))


def learned_from_dict(raw: Mapping[str, Any]) -> LearnedLexicon:
    """A :class:`LearnedLexicon` from the JSON object ``scripts/train_event_lexicon.py`` writes (or its
    ``train`` function returns: the cross-validation benchmark builds one per fold)."""
    model = raw.get("class_model")
    return LearnedLexicon(
        lemmas={k: _stats(v) for k, v in raw["lemmas"].items()},
        backoff={k: _stats(v) for k, v in raw["backoff"].items()},
        class_model=ClassModel(
            classes=tuple(EventClass(c) for c in model["classes"]),
            weights={k: tuple(v) for k, v in model["weights"].items()},
        )
        if model
        else None,
        detection_model=DetectionModel(weights=dict(raw["detection_model"]["weights"]))
        if raw.get("detection_model")
        else None,
        corpora=tuple(raw.get("corpora", ("TimeBank",))),
        settled=_settled(raw["lemmas"]),
    )


#: A lemma seen at least this often that is (almost) always or never an event is decided without the
#: detection model ("say", "be", "percent"): the model's context features would not change the answer,
#: and building them is most of the detector's time.
SETTLED_MIN_COUNT = 5
SETTLED_SHARE = 0.05


def _settled(lemmas: Mapping[str, Mapping[str, int]]) -> dict[str, bool]:
    settled: dict[str, bool] = {}
    for key, counts in lemmas.items():
        n = counts.get("n", 0)
        if n >= SETTLED_MIN_COUNT:
            share = counts.get("event", 0) / n
            if share <= SETTLED_SHARE or share >= 1 - SETTLED_SHARE:
                settled[key] = share >= 1 - SETTLED_SHARE
    return settled


_SUBJECT_DEPS = {"nsubj": "agent", "nsubjpass": "patient", "csubj": "agent"}
_OBJECT_DEPS = {"dobj": "patient", "dative": "recipient", "attr": "attribute", "oprd": "attribute"}
_PARTICIPANT_DEPS = frozenset({*_SUBJECT_DEPS, *_OBJECT_DEPS, "agent"})


class SpacyEventDetector:
    """Event triggers from a spaCy dependency parse.

    Args:
        language: code of the lexicon to use.
        nouns: also detect event nouns ("the attack", "the summit").
        learned: use the shipped learned lexicon and class model (``True``), none (``False``: hand
            lexicons only), or this :class:`LearnedLexicon` (e.g. one trained on a cross-validation fold).
    """

    name = "spacy"
    needs_parse = True

    def __init__(
        self,
        *,
        language: str = "en",
        nouns: bool = True,
        learned: bool | LearnedLexicon = True,
        threshold: float = 0.5,
        verb_threshold: float = 0.3,
    ) -> None:
        self.language = language
        self.lexicon = load_lexicon(language)
        if isinstance(learned, LearnedLexicon):
            self.learned: LearnedLexicon | None = learned
        else:
            self.learned = load_learned(language) if learned else None
        # The settled lemmas by coarse part of speech, then lemma: looked up without building a "POS:lemma" key.
        self._settled_by_pos: dict[str, dict[str, bool]] = {}
        for key, value in (self.learned.settled if self.learned is not None else {}).items():
            pos, _, lemma = key.partition(":")
            self._settled_by_pos.setdefault(pos, {})[lemma] = value
        self.nouns = nouns
        self.threshold = threshold
        self.verb_threshold = verb_threshold
        # The learned models' answers by what their features are built from (the features depend on
        # nothing else), so that a word seen before costs no feature strings: the detection weights
        # of a word's own features and of each kind of dependent, and the class answers.
        self._base_weights: dict[_DetectionKey, tuple[float, ...]] = {}
        self._child_weights: dict[tuple[str, str, str | None], float] = {}
        self._class_answers: dict[_ClassKey, EventClass] = {}
        # The verbs of the phrasal governors ("call_off"): only their objects need a look for a particle.
        self._phrasal_governor_verbs = frozenset(g.split("_")[0] for g in self.lexicon.event_governors if "_" in g)

    def __repr__(self) -> str:
        return (
            f"SpacyEventDetector(nouns={self.nouns}, learned={self.learned is not None}, "
            f"threshold={self.threshold}, verb_threshold={self.verb_threshold})"
        )

    def __call__(self, document: Document) -> Sequence[Event]:
        doc = document.parse
        if doc is None:
            raise ValueError("SpacyEventDetector needs a parsed document (the pipeline parses when needs_parse is set)")
        return self.detect(doc, nlp=document.nlp, text=document.text)

    def detect(self, doc: Doc, *, nlp: Language | None = None, text: str | None = None) -> list[Event]:
        """Events of a parsed ``Doc``, in text order, ids ``e1``, ``e2``...

        ``nlp`` lends its (disabled) lemmatizer when the parse has no lemmas; ``text``, when the
        caller has it, is ``doc.text`` (else it is joined from the tokens).
        """
        t = _read_as_verbs(_Tokens(doc))
        lemma_at = _lemmas_by_index(doc, t, nlp)
        source = t.text if text is None else text  # Doc.text joins every token on each access
        found: list[tuple[dict[str, Any], int | None]] = []  # each event's fields, and its reporting verb's offset
        ids_by_start: dict[int, str] = {}
        memo: dict[tuple[int, bool], Factuality] = {}
        words = self.lexicon.factuality
        cues = _cue_children(doc, words, t) if words is not None else None
        negatable = _negatable(t, words) if words is not None else _NO_TOKENS
        starts, ends = t.sentence_bounds()
        sentences: dict[int, TextSpan] = {}
        notice_patterns = _notice_patterns(self.lexicon, source)
        notices: set[int] = set()  # the sentences of a publisher's notice (copyright...): no events
        titles = _NO_TOKENS if words is None else _quoted_titles(t, words.quote_marks, self.lexicon.title_small_words)
        idxs, texts = t.idxs, t.texts
        for i, tag in enumerate(t.tags):
            if tag not in _CANDIDATE_TAGS:  # the determiners, punctuation... in between
                continue
            if _in_hyphenated_word(t, i):  # "*co*-founded": the word's last part is the trigger, the word its text
                continue
            kind = self._trigger_kind(t, i, lemma_at)
            if kind is None or i in titles:  # 'a Grammy for "Still *Standing*"': a title's words
                continue
            lemma = lemma_at(i)
            if self._names_no_event(t.lowers[i], lemma, kind):
                continue
            k = bisect.bisect_right(starts, i) - 1
            sentence = sentences.get(k)  # one (frozen) TextSpan per sentence, shared by its events
            if sentence is None:
                first, last = starts[k], ends[k] - 1
                start_char, end_char = idxs[first], idxs[last] + len(texts[last])
                sentence = sentences[k] = TextSpan(text=source[start_char:end_char], start=start_char, end=end_char)
                if notice_patterns and any(pattern.search(sentence.text) for pattern in notice_patterns):
                    notices.add(k)
            if k in notices:
                continue
            event_class = self._class(t, i, kind, lemma, lemma_at)
            if kind == "VERB":
                features = _modal_conjunct(t, i, _past_conjunct(t, i, _verb_features(t, i)))
                tense, aspect, polarity, modality = (
                    features.tense,
                    features.aspect,
                    features.polarity,
                    features.modality,
                )
                if (
                    polarity is Polarity.POS
                    and i in negatable
                    and words is not None
                    and _negated_by_argument(t, i, words)
                ):
                    polarity = Polarity.NEG
                if t.deps[i] == "xcomp":  # "did not *have* to pay": the negation, modal and time of its semi-modal
                    tense, polarity, modality = self._semi_modal_of(t, i, lemma_at, tense, polarity, modality)
                if modality is None and tag == "VBG" and words is not None:  # a gerund: "warned against *attacking*"
                    modality = _possibility_modality(t, i, lemma_at, words)
            else:
                tense, aspect = Tense.NONE, Aspect.NONE
                polarity, modality = _inherited_polarity_modality(
                    t, i, words.light_verbs if words is not None else frozenset()
                )
                if modality is None and words is not None:
                    modality = _possibility_modality(t, i, lemma_at, words)
            start = _hyphenated_start(t, i)
            end = idxs[i] + len(texts[i])
            if start != idxs[i]:
                lemma = source[start:end].lower()
            factuality = _event_factuality(
                t, i, lemma_at, polarity=polarity, modality=modality, words=words, memo=memo, cues=cues
            )
            event_id = f"e{len(found) + 1}"
            ids_by_start[start] = event_id
            reporter = factuality.cue_start
            if factuality.value != "reported" or reporter == idxs[i]:
                reporter = None
            found.append(
                (
                    {
                        "id": event_id,
                        "text": source[start:end],
                        "start": start,
                        "end": end,
                        "sentence": sentence,
                        "lemma": lemma,
                        "pos": kind,
                        "event_class": event_class,
                        "tense": tense,
                        "aspect": aspect,
                        "polarity": polarity,
                        "modality": modality,
                        "participants": _participants(t, i, source, kind, self.lexicon),
                        "factuality": factuality.value,
                    },
                    reporter,
                )
            )
        # Made once all are found: the reporting verb may come after ("..., officials said").
        return [
            Event(**fields, reported_by=None if reporter is None else ids_by_start.get(reporter))
            for fields, reporter in found
        ]

    def _class(self, t: _Tokens, i: int, kind: str, lemma: str, lemma_at: LemmaAt) -> EventClass:
        hand = (self.lexicon.verb_classes if kind == "VERB" else self.lexicon.noun_classes).get(lemma)
        if hand is EventClass.ASPECTUAL and kind == "VERB":
            complement = _complement_type(t, t.kids(i))
            if complement in ("g", "x"):
                return hand  # TimeML's aspectual verb with the event it starts, stops or keeps going: "kept *fighting*"
            if complement == "-" and self._holds_no_event(t, i, lemma_at):
                return EventClass.OCCURRENCE  # "kept *the boy* in Miami": no event to start, stop or keep going
        if self.learned is not None and self.learned.class_model is not None:
            pos = _COARSE.get(t.tags[i]) or "V"
            key = _class_key(t, i, lemma, pos, self.lexicon, lemma_at)
            answer = self._class_answers.get(key)
            if answer is None:
                answer = _remember(
                    self._class_answers, key, self.learned.class_model.predict(_class_features_of(key, self.lexicon))
                )
            return answer
        if self.learned is not None:
            pos = _COARSE.get(t.tags[i]) or "V"
            stats = self.learned.lemmas.get(f"{pos}:{lemma}|{_complement_key(t, i)}")
            if stats is None or stats.events < 2:
                stats = self.learned.lemmas.get(f"{pos}:{lemma}")
            if stats is not None and stats.event_class is not None and (stats.events >= 2 or hand is None):
                return stats.event_class
            if hand is None and kind != "ADJ":
                return self.learned.event_class(pos, lemma, t.tags[i], t.deps[i]) or EventClass.OCCURRENCE
        return hand or (EventClass.STATE if kind == "ADJ" else EventClass.OCCURRENCE)

    def _holds_no_event(self, t: _Tokens, i: int, lemma_at: LemmaAt) -> bool:
        """Whether the verb ``i`` has a direct object that is no event (the detector does not take it, nor is it
        a pronoun that can stand for one: "kept *him*", "kept *the boy*", not "stopped *it*") and no other
        argument that can be one: TimeML's ASPECTUAL verbs take an event ("kept *the fighting* going")."""
        children = t.kids(i)
        obj = next((c for c in children if t.deps[c] == "dobj"), None)
        if obj is None or t.lowers[obj] in _EVENT_PRONOUNS:
            return False
        if self._trigger_kind(t, obj, lemma_at) is not None:  # an event object ("stopped *the talks*")
            return False  # (a pronoun or a name is never a candidate, so it counts as no event)
        return not _has_event_argument(t, children, self.lexicon, lemma_at)

    def _trigger_kind(self, t: _Tokens, i: int, lemma_at: LemmaAt) -> str | None:
        pos = _candidate_pos(t, i)
        if pos == "J" and t.deps[i] in _NOMINAL_DEPS and t.lowers[i] in self.lexicon.event_nouns:
            pos = "N"  # an event noun the tagger read as an adjective: "a ground *offensive* would result"
        if pos is None or (pos == "N" and not self.nouns):
            return None
        lemma = lemma_at(i)
        if pos == "V" and lemma in self.lexicon.semi_modals and self._is_semi_modal(t, i, lemma):
            return None  # "they *have* to pay": the modal of "pay", which is the event
        if pos == "N" and self.lexicon.event_governors and self._object_of_event_governor(t, i, lemma_at):
            return "NOUN"  # "averted a *disaster*": only an event is averted
        if self.learned is not None and self.learned.detection_model is not None:
            settled = self._settled_by_pos.get(pos, _NONE_SETTLED).get(lemma)
            if settled is not None:  # "say", "be": no context to weigh
                return _KIND[pos] if settled else None
            if pos == "N" and self._unseen_event_noun(t.lowers[i], lemma):
                return "NOUN"  # "the *ceasefire* collapsed": a news event noun the training texts lack
            return _KIND[pos] if self._detection_score(t, i, lemma, pos, lemma_at) > 0 else None
        tag, dep = t.tags[i], t.deps[i]
        if self.learned is not None:
            p, seen = self.learned.probability(pos, lemma, tag, dep)
            if seen >= 2 or (seen == 1 and pos != "N"):
                return _KIND[pos] if p >= (self.verb_threshold if pos == "V" else self.threshold) else None
        if pos == "V":
            if t.pos_name(i) == "AUX" or dep in ("amod", "compound") or lemma in self.lexicon.non_event_verbs:
                return None
            return "VERB"
        if pos == "N" and (t.lowers[i] in self.lexicon.event_nouns or lemma in self.lexicon.event_nouns):
            return "NOUN"
        return None

    def _unseen_event_noun(self, lower: str, lemma: str) -> bool:
        """Whether a noun of the event-noun lexicon is one the detection model never saw in training (it has no
        weight for its lemma): the lexicon is there for the news words the training texts lack ("ceasefire",
        "airstrike"), which the model could only judge by their context and suffix."""
        event_nouns = self.lexicon.event_nouns
        if lower not in event_nouns and lemma not in event_nouns:
            return False
        assert self.learned is not None and self.learned.detection_model is not None
        return f"L=N:{lemma}" not in self.learned.detection_model.weights

    def _names_no_event(self, lower: str, lemma: str, kind: str) -> bool:
        """Whether the word names a person ("the blues *guitarist*", whatever its tag) or, as a noun, a time
        ("since the *spring*"), and so no event; not a verb that ends as a person does ("insist"), nor a word
        of time that names an event too ("the *fall* of prices")."""
        lexicon = self.lexicon
        if (
            lexicon.person_suffixes
            and lower.endswith(lexicon.person_suffixes)
            and lemma not in lexicon.person_suffix_verbs
            and lower not in lexicon.person_suffix_verbs
        ):
            return True
        return (
            kind == "NOUN"
            and (lower in lexicon.time_words or lemma in lexicon.time_words)
            and lower not in lexicon.event_nouns
            and lemma not in lexicon.event_nouns
        )

    def _is_semi_modal(self, t: _Tokens, i: int, lemma: str) -> bool:
        """Whether the verb ``i`` (of ``semi_modals``) is the modal of its to-infinitive: "they *have* to pay", "is
        *going* to sell" (TimeML writes it as the modality of "pay" and "sell"), not "*have* work to do"."""
        tags = self.lexicon.semi_modals[lemma]
        if tags and t.tags[i] not in tags:
            return False
        kids = t.kids(i)
        deps = t.deps
        if any(deps[c] == "dobj" for c in kids):
            return False
        return any(deps[c] == "xcomp" and t.tags[c] in _INFINITIVE_TAGS and _has_to(t, c) for c in kids)

    def _semi_modal_of(
        self, t: _Tokens, i: int, lemma_at: LemmaAt, tense: Tense, polarity: Polarity, modality: str | None
    ) -> tuple[Tense, Polarity, str | None]:
        """The tense, polarity and modality of the infinitive ``i`` with those of the semi-modal it hangs from, if
        any: "did *not* have to pay" is negated, "*would* have to pay" has the modality "would"; it lies where the
        semi-modal puts it: "*had* to resign" and "*has had* to resign" in the past, "*will* have to pay" and
        "*is going* to sell" in the future ("has to pay" is an obligation, "was going to sell" a plan of the past:
        still an infinitive)."""
        head = t.heads[i]
        lemma = lemma_at(head)
        if head == i or lemma not in self.lexicon.semi_modals or not self._is_semi_modal(t, head, lemma):
            return tense, polarity, modality
        features = _verb_features(t, head)
        if features.polarity is Polarity.NEG:
            polarity = Polarity.NEG
        if lemma == "go" and features.tense is Tense.PRESENT:
            tense = Tense.FUTURE
        elif lemma != "go" and features.tense in (Tense.PAST, Tense.FUTURE):
            tense = features.tense
        elif lemma != "go" and features.tense is Tense.PRESENT and features.aspect is Aspect.PERFECTIVE:
            tense = Tense.PAST  # "*has had* to cut 200 jobs": the cutting is done, before publication
        return tense, polarity, modality or features.modality

    def _object_of_event_governor(self, t: _Tokens, i: int, lemma_at: LemmaAt) -> bool:
        """Whether the noun ``i`` is the object of a verb of ``event_governors`` ("averted a *disaster*", "the
        *vote* was postponed", "called off the *march*"): what such a verb acts on is an event."""
        head, dep = t.heads[i], t.deps[i]
        if head == i or dep not in _OBJECTS or t.tags[head] not in _VERB_TAGS:
            return False
        lemma = lemma_at(head)
        governors = self.lexicon.event_governors
        if lemma in governors:
            return True
        if lemma not in self._phrasal_governor_verbs:
            return False
        particle = next((c for c in t.kids(head) if t.deps[c] == "prt"), None)
        return particle is not None and f"{lemma}_{t.lowers[particle]}" in governors

    def _detection_score(self, t: _Tokens, i: int, lemma: str, pos: str, lemma_at: LemmaAt) -> float:
        """``detection_model.score(_detection_features(...))``, from the weights remembered by key:
        the same weights summed in the same order, so the same float; a noun that a modifier of
        ``event_modifiers`` describes ("the *attempted* murder") is an event whatever the model says."""
        assert self.learned is not None and self.learned.detection_model is not None
        weights = self.learned.detection_model.weights
        key = _detection_key(t, i, lemma, pos, lemma_at)
        base = self._base_weights.get(key)
        if base is None:
            base = _remember(
                self._base_weights, key, tuple(map(weights.get, _base_detection_features(key, self.lexicon), _ZEROS))
            )
        kids = t.kids(i)
        if not kids:
            return sum(base)
        known = self._child_weights
        summed = list(base)
        for child in kids:
            child_key = _child_key(pos, t, child)
            weight = known.get(child_key)
            if weight is None:
                weight = weights.get(_child_feature_of(child_key), 0.0)
                if pos == "N" and child_key[1] == "amod" and child_key[2] in self.lexicon.event_modifiers:
                    weight += _EVENT_MODIFIER_WEIGHT  # "the *attempted* murder": only an event is attempted
                weight = _remember(known, child_key, weight)
            summed.append(weight)
        return sum(summed)


#: Added to the detection score of a noun for a modifier that only an event takes ("attempted"): outweighs the model.
_EVENT_MODIFIER_WEIGHT = 100.0
#: Entries each of the detector's answer caches keeps before starting afresh (a bound on memory).
_MAX_ANSWERS = 100_000
_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(answers: dict[_K, _V], key: _K, value: _V) -> _V:
    """Keep ``value`` in one of the detector's answer caches, which starts afresh when full."""
    if len(answers) >= _MAX_ANSWERS:
        answers.clear()
    answers[key] = value
    return value


def _notice_patterns(lexicon: EventLexicon, text: str) -> list[re.Pattern[str]]:
    """The boilerplate patterns that may match in ``text``: those whose required strings it holds
    (one case-blind look at the whole text, instead of a search of every sentence)."""
    if not lexicon.boilerplate:
        return []
    folded = case_blind(text)
    return [
        pattern
        for pattern, required in lexicon.boilerplate
        if all(any(literal in folded for literal in group) for group in required)
    ]


_KIND = {"V": "VERB", "N": "NOUN", "J": "ADJ"}
#: The tags of a to-infinitive's verb: "to *pay*", "to be *borrowed*".
_INFINITIVE_TAGS = frozenset({"VB", "VBN"})
#: The dependencies of a noun phrase: an adjective the parser gives one stands for a noun ("a ground *offensive*
#: would result", tagged JJ), as an adjective is never a subject or an object.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
#: Pronouns that can stand for an event ("stopped *it*").
_EVENT_PRONOUNS = frozenset({"it", "this", "that", "what", "which", "all", "everything", "something", "anything"})
_NONE_SETTLED: dict[str, bool] = {}


#: Lemmas by (word, part of speech, morphology), per lemmatizer component, shared across documents.
_LEMMAS: dict[int, dict[tuple[int, int, int], str]] = {}


class _RuleLemmatizer:
    """spaCy's rule lemmatizer (``Lemmatizer.rule_lemmatize``) with its word index as sets.

    spaCy keeps each part of speech's index of known lemmas as a list and scans it for every
    candidate form: about 0.4 ms a word, most of the detector's time on a new document. Same
    rules, tables and order of preference, same lemmas; the sets are built once per component.
    The word is given by its text, part of speech and morphology (read from the ``Doc``'s columns):
    spaCy's own ``is_base_form`` (English, or the default) reads only the latter two, so its answer
    is kept by them, and a ``Token`` is made only for another component's.
    """

    def __init__(self, component: Any) -> None:
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.pipeline import Lemmatizer

        self.component = component
        self._tables: dict[str, tuple[frozenset[str], Mapping[str, Any], Sequence[Any]] | None] = {}
        method = getattr(type(component), "is_base_form", None)
        self._base_by_pos_and_morph = method in (EnglishLemmatizer.is_base_form, Lemmatizer.is_base_form)
        self._base: dict[tuple[int, int], bool] = {}
        self._by_word: dict[tuple[str, str], str] = {}

    def _for(self, univ_pos: str) -> tuple[frozenset[str], Mapping[str, Any], Sequence[Any]] | None:
        if univ_pos not in self._tables:
            lookups = self.component.lookups
            index = lookups.get_table("lemma_index", {}).get(univ_pos) or ()
            exceptions = lookups.get_table("lemma_exc", {}).get(univ_pos) or {}
            rules = lookups.get_table("lemma_rules", {}).get(univ_pos) or ()
            self._tables[univ_pos] = (frozenset(index), exceptions, rules) if index or exceptions or rules else None
        return self._tables[univ_pos]

    def _is_base_form(self, doc: Doc, i: int, pos: int, morph: int) -> bool:
        if not self._base_by_pos_and_morph:
            return bool(self.component.is_base_form(doc[i]))
        key = (pos, morph)
        found = self._base.get(key)
        if found is None:
            found = self._base[key] = bool(self.component.is_base_form(doc[i]))
        return found

    def __call__(self, doc: Doc, i: int, text: str, pos: int, morph: int) -> str:
        """The lemma, lower-cased, of the token ``i`` of ``doc``: its ``text``, part of speech and morphology hash."""
        univ_pos = (str(doc.vocab.strings[pos]) if pos else "").lower()
        if univ_pos in ("", "eol", "space") or self._is_base_form(doc, i, pos, morph):
            return text.lower()
        key = (text.lower(), univ_pos)  # past the base-form check, the rules read only these
        found = self._by_word.get(key)
        if found is None:
            if len(self._by_word) > 200_000:
                self._by_word.clear()
            found = self._by_word[key] = self._rules(*key).lower()
        return found

    def _rules(self, string: str, univ_pos: str) -> str:
        tables = self._for(univ_pos)
        if tables is None:
            return string
        index, exceptions, rules = tables
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [string])[0]


_RULES: dict[int, _RuleLemmatizer] = {}


class _LemmaSource:
    """The lemmas of the tokens of a ``Doc``: the lemma already on the token when a lemmatizer ran, else the
    model's rule lemmatizer applied to just the tokens asked for (cached per word, part of speech and
    morphology, across documents)."""

    def __init__(self, doc: Doc, nlp: Language | None) -> None:
        component: Any = None
        if nlp is not None:
            try:  # asked of get_pipe: component_names builds a new frozen list on each call
                component = nlp.get_pipe("lemmatizer")
            except KeyError:
                component = None
        rules: _RuleLemmatizer | None = None
        if component is not None:
            rules = _RULES.get(id(component))
            if rules is None or rules.component is not component:
                rules = _RULES[id(component)] = _RuleLemmatizer(component)
                _LEMMAS.pop(id(component), None)  # another component under a reused id: its lemmas do not apply
        self.rules = rules
        self.cache = _LEMMAS.setdefault(id(component), {})
        if len(self.cache) > 200_000:
            self.cache.clear()
        self.doc = doc
        self.strings = doc.vocab.strings
        self._morphs: list[int] = []  # the morphology hashes of the doc, read once (``Token.morph`` builds an object)

    def lemma(self, i: int, orth: int, pos: int, lemma_hash: int, lower: str) -> str:
        """The lemma of the token ``i``, given its ``orth``, ``pos``, ``lemma`` hashes and lower-case form."""
        if lemma_hash:
            return str(self.strings[lemma_hash]).lower()
        if not self._morphs:
            self._morphs.extend(token_columns(self.doc).morphs)
        key = (orth, pos, self._morphs[i])
        found = self.cache.get(key)
        return self.compute(i, key, lower) if found is None else found

    def compute(self, i: int, key: tuple[int, int, int], lower: str) -> str:
        """The rule lemmatizer's lemma of the token ``i`` (``key``: its word, part of speech and morphology), cached."""
        orth, pos, morph = key
        try:
            found = self.rules(self.doc, i, self.strings[orth], pos, morph).lower() if self.rules is not None else lower
        except (KeyError, IndexError, ValueError, AttributeError):  # a lemmatizer without its tables
            found = lower
        self.cache[key] = found
        return found


def _lemmatizer(doc: Doc, nlp: Language | None) -> Any:
    """A lemma function of the tokens of ``doc`` (:class:`_LemmaSource`)."""
    source = _LemmaSource(doc, nlp)

    def lemma(token: Token) -> str:
        return source.lemma(token.i, token.orth, token.pos, token.lemma, token.lower_)

    return lemma


def _lemmas_by_index(doc: Doc, t: _Tokens, nlp: Language | None) -> LemmaAt:
    """The lemma of a token of ``doc`` by its index (:class:`_LemmaSource`), read from the table ``t``: every
    token's lemma is read in one pass (most are in the cross-document cache), so a lemma is then a list lookup,
    not a call (the detector asks for one ~100k times in 300 documents)."""
    source = _LemmaSource(doc, nlp)
    orths, poses, hashes, lowers, morphs = t.orths, t.poses, t.lemma_hashes, t.lowers, t.morphs
    lemmas: list[str | None] = list(map(source.cache.get, zip(orths, poses, morphs, strict=True)))
    if None not in lemmas and not any(hashes):
        return cast("list[str]", lemmas).__getitem__  # all cached, no lemmatizer ran (the usual case): one C scan each
    for i in [i for i, (found, h) in enumerate(zip(lemmas, hashes, strict=True)) if found is None or h]:
        if hashes[i]:  # a lemmatizer ran: its lemma
            lemmas[i] = source.lemma(i, orths[i], poses[i], hashes[i], lowers[i])
        else:
            lemmas[i] = source.compute(i, (orths[i], poses[i], morphs[i]), lowers[i])
    return cast("list[str]", lemmas).__getitem__


class _Tokens:
    """A ``Doc``'s token columns read once (``Doc.to_array``), and each token's children as indices: the
    detector reads the parse by token index, as ``doc[i]``, ``Token.head`` and ``Token.children`` build a
    new ``Token`` (and read the string store) at every access, which was most of the detector's time. The
    values are those of spaCy's tokens; a parse root is its own head."""

    __slots__ = (
        "_order",
        "_starts",
        "conj_heads",
        "deps",
        "doc",
        "heads",
        "idxs",
        "lemma_hashes",
        "lowers",
        "morphs",
        "orths",
        "poses",
        "sentence_starts",
        "spaces",
        "tags",
        "texts",
        "vocab",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.vocab = doc.vocab
        strings = doc.vocab.strings
        columns = token_columns(doc)  # read once, shared with the orderer and the replay data
        #: Sentence starts (``Doc.sents`` builds a ``Span`` per sentence through Python, a tenth of
        #: the detector's time once): SENT_START is 1 at a start, -1 or 0 elsewhere.
        self.sentence_starts: list[int] = (columns.sentence_flags == 1).nonzero()[0].tolist()
        self.tags = columns.names("tag_hashes")
        self.deps = columns.names("dep_hashes")
        self.lowers = columns.names("lower_hashes")
        self.orths = columns.orths
        self.texts = columns.names("orths")
        self.lemma_hashes = columns.lemma_hashes
        self.poses = columns.poses
        self.idxs = columns.idxs
        self.spaces = columns.spaces
        self.morphs = columns.morphs
        heads = columns.head_array
        self.heads: list[int] = columns.heads
        # The children of token i are order[starts[i]:starts[i + 1]], in text order (shared with the orderer).
        self._order, self._starts = columns.children()
        #: The tokens with a coordinated one ("*Biden* and Xi"): read from the labels at once, so that naming a
        #: participant does not look through its children for one.
        self.conj_heads: frozenset[int] = frozenset(heads[columns.dep_array == strings["conj"]].tolist())

    def __len__(self) -> int:
        return len(self.heads)

    @property
    def text(self) -> str:
        """``Doc.text``, joined from the columns (``Doc.text`` makes a ``Token`` per word)."""
        return "".join([t + " " if space else t for t, space in zip(self.texts, self.spaces, strict=True)])

    def sentence_bounds(self) -> tuple[list[int], list[int]]:
        """The first token of each sentence and the end of each (the first token starts one)."""
        starts = list(self.sentence_starts)
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        return starts, [*starts[1:], len(self)]

    def has_kids(self, i: int) -> bool:
        return self._starts[i] != self._starts[i + 1]

    def kids(self, i: int) -> list[int]:
        """The children of token ``i`` (``Token.children``), by index in text order."""
        return self._order[self._starts[i] : self._starts[i + 1]]

    def left_edge(self, i: int) -> int:
        """``Token.left_edge``: the leftmost word under ``i``, down its leftmost children (as spaCy's in a
        projective parse; a ``Token`` is not made for it)."""
        kids = self.kids(i)
        while kids and kids[0] < i:
            i = kids[0]
            kids = self.kids(i)
        return i

    def lemma_name(self, i: int) -> str:
        """``Token.lemma_``."""
        h = self.lemma_hashes[i]
        return str(self.vocab.strings[h]) if h else ""

    def pos_name(self, i: int) -> str:
        """``Token.pos_``."""
        h = self.poses[i]
        return str(self.vocab.strings[h]) if h else ""


#: The table of the last ``Doc`` a per-token public function was asked about (they are called token
#: after token of one ``Doc``): the ``Doc`` itself, kept with it.
_LAST_TABLE: list[Any] = [None, None]


def _table_of(doc: Doc) -> _Tokens:
    """The :class:`_Tokens` of ``doc``, made once for the ``Doc`` asked about last."""
    last, table = _LAST_TABLE
    if last is not doc or len(table) != len(doc):
        table = _Tokens(doc)
        _LAST_TABLE[:] = [doc, table]
    return cast("_Tokens", table)


#: A copula or auxiliary: an adjective with one is a predicate ("the polls *are* open"), not a verb.
_COPULA_DEPS = frozenset({"cop", "aux", "auxpass"})


def _read_as_verbs(t: _Tokens) -> _Tokens:
    """``t`` with the adjectives that head a clause of their own, with a subject and no copula ("nominations
    *open* on Monday and close on 14 July"), tagged as the verbs they are: English puts no adjective after its
    subject without a verb. A present ("VBP"), or a participle ("VBN") on -ed."""
    tags, deps = t.tags, t.deps
    found = [
        j
        for j in _positions(tags, "JJ")
        if deps[j] == "ROOT"
        and any(deps[c] in ("nsubj", "nsubjpass") for c in t.kids(j))
        and not any(deps[c] in _COPULA_DEPS for c in t.kids(j))
    ]
    if found:
        t.tags = tags = list(tags)  # the columns' own list is shared with the other stages
        for j in found:
            tags[j] = "VBN" if t.lowers[j].endswith("ed") else "VBP"
    return t


def _in_hyphenated_word(t: _Tokens, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word, or the part of the word before one ("co" and "-" of
    "co-founded", which the tagger may read as verbs)."""
    texts, spaces = t.texts, t.spaces
    if texts[i] == "-":
        return True
    return (
        i + 2 < len(texts)
        and texts[i + 1] == "-"
        and not spaces[i]
        and not spaces[i + 1]
        and texts[i + 2][:1].isalpha()  # not a dash written as hyphens: "said--and"
        and (i == 0 or texts[i - 1] != "-")
    )


def _hyphenated_start(t: _Tokens, i: int) -> int:
    """Where a hyphenated compound ending in token ``i`` starts ("cease-fire" from "fire")."""
    texts, spaces = t.texts, t.spaces
    while i >= 2 and texts[i - 1] == "-" and not spaces[i - 1] and not spaces[i - 2]:
        i -= 2
    return int(t.idxs[i])


_AUX_DEPS = ("aux", "auxpass")


def _verb_features(t: _Tokens, i: int) -> VerbFeatures:
    """:func:`~timeline.grammar.verb_features` of the verb ``i``, from the columns."""
    deps, lowers, tags = t.deps, t.lowers, t.tags
    children = tuple(
        ("nsubj", "", "", "")
        if dep == "nsubj"
        else (dep, lowers[c], tags[c], t.lemma_name(c) if dep in _AUX_DEPS else "")
        for c in t.kids(i)
        if (dep := deps[c]) in VERB_FEATURE_DEPS
    )
    return verb_features_of(tags[i], deps[i], children)


def _past_conjunct(t: _Tokens, i: int, features: VerbFeatures) -> VerbFeatures:
    """A bare base form joined to a simple past ("accepted the plea and *set* sentencing") is a
    past the tagger read as a base form: "set", "put", "cut"... look the same in both. Only with
    no auxiliary, modal or "to" of its own, and a head in the simple past."""
    if features.tense is not Tense.NONE or features.modality is not None or t.tags[i] != "VB":
        return features
    head = t.heads[i]
    if t.deps[i] != "conj" or head == i or t.tags[head] != "VBD" or any(t.deps[c] in _AUX_DEPS for c in t.kids(i)):
        return features
    if _verb_features(t, head).tense is not Tense.PAST:
        return features
    return attrs.evolve(features, tense=Tense.PAST)


def _modal_conjunct(t: _Tokens, i: int, features: VerbFeatures) -> VerbFeatures:
    """A bare verb joined to one under a modal or "will" ("would arrive on Monday and *remain*
    attached", "will meet and *discuss*") shares it: the tagger reads "remain" as a present, but it
    has no subject, auxiliary or "to" of its own. (Its own negation stays its own.)"""
    if (
        features.modality is not None
        or features.tense not in (Tense.NONE, Tense.PRESENT)
        or t.tags[i] not in ("VB", "VBP")
    ):
        return features
    head = t.heads[i]
    if (
        t.deps[i] != "conj"
        or head == i
        or any(t.deps[c] in _AUX_DEPS or t.deps[c] in ("nsubj", "nsubjpass") for c in t.kids(i))
    ):
        return features
    above = _verb_features(t, head)
    if above.modality is None and above.tense is not Tense.FUTURE:
        return features
    return attrs.evolve(features, tense=above.tense, aspect=features.aspect, modality=above.modality)


def _inherited_polarity_modality(
    t: _Tokens, i: int, light_verbs: frozenset[str] = frozenset()
) -> tuple[Polarity, str | None]:
    """A noun or adjective event takes the modality of the verb it is an argument of ("a ground
    operation would mean more deaths" is hypothetical), and is negated by "no"/"not"/"without"
    ("without a major ground operation"), or by a denied light verb (``light_verbs``: "did not
    *use* its veto")."""
    deps, lowers = t.deps, t.lowers
    polarity = Polarity.POS
    if any(deps[c] == "neg" or (lowers[c] == "no" and deps[c] == "det") for c in t.kids(i)):
        polarity = Polarity.NEG
    head, dep = t.heads[i], deps[i]
    if dep == "pobj" and lowers[head] == "without":
        polarity = Polarity.NEG
    if t.tags[head] in _VERB_TAGS and dep in ("nsubj", "nsubjpass", "dobj", "attr", "acomp"):
        features = _verb_features(t, head)
        if features.polarity is Polarity.NEG and (
            dep in ("attr", "acomp") or (dep == "dobj" and lowers[head] in light_verbs)
        ):
            polarity = Polarity.NEG
        if features.modality is not None:
            return polarity, features.modality
    return polarity, None


def _possibility_modality(t: _Tokens, i: int, lemma_at: LemmaAt, words: FactualityWords) -> str | None:
    """The word that makes the event noun or gerund ``i`` a mere possibility, as its modality: a modifier ("a
    *possible* strike", "a *potential* incursion"), a noun of possibility it is the "of"-phrase of ("the *threat*
    of a strike", "the *risk* of losing"), or a word of opposing or warning it is the object of ("the *opposition*
    to a major operation", "warned *against* an offensive", "*opposes* a ground invasion", "*opposed* sending
    troops"). Like the subject of "would" ("a ground *operation* would mean..."), it names what may or may not
    happen, not a fact nor a plan (which the timeline places in the future). ``None`` for any other word."""
    lowers, deps = t.lowers, t.deps
    kids = t.kids(i)
    for child in kids:
        if child < i and deps[child] == "amod" and lowers[child] in words.possibility_modifiers:
            return lowers[child]  # before the noun: "a tour *likely* to last a week" is likely to last, not a tour
    head, dep = t.heads[i], deps[i]
    if head == i:
        return None
    if dep in ("pobj", "pcomp") and deps[head] == "prep":
        holder = t.heads[head]
        if lowers[head] == "of" and t.tags[holder] in _NOUN_TAGS and lemma_at(holder) in words.possibility_nouns:
            return lowers[holder]
    if any(deps[c] == "poss" for c in kids):
        return None  # someone's act, opposed once done or under way: "opposed to *the IRA's* truce"
    if dep in ("pobj", "pcomp") and deps[head] == "prep":
        opposing = _opposing_word(t, head, lemma_at, words)
        return lowers[opposing] if opposing is not None else None
    if (
        (dep in _OBJECTS or (dep == "xcomp" and t.tags[i] == "VBG"))
        and t.tags[head] in _VERB_TAGS
        and lemma_at(head) in words.opposing_governors
    ):
        return lowers[head]
    return None


_NEGATING_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


_NO_TOKENS: frozenset[int] = frozenset()


def _negatable(t: _Tokens, words: FactualityWords) -> set[int] | frozenset[int]:
    """The only tokens :func:`_negated_by_argument` can find negated: those a negative word hangs from,
    directly or through one word ("*no* one was hurt": "hurt"), and those that hang from one ("without
    *warning*"). The words are found by the list's own scans, so that most verbs are not looked at."""
    lowers, heads = t.lowers, t.heads
    present = words.negative_words.intersection(lowers)
    if not present:
        return _NO_TOKENS
    found: set[int] = set()
    for word in present:
        for j in _positions(lowers, word):
            head = heads[j]
            found.add(head)
            found.add(heads[head])
            found.update(t.kids(j))
    return found


def _positions(words: list[str], word: str) -> Iterator[int]:
    """Each index of ``word`` in ``words``, found by the list's own scan (not a loop in Python over
    every token): most documents have few of the rare words looked for."""
    j = -1
    while True:
        try:
            j = words.index(word, j + 1)
        except ValueError:
            return
        yield j


def _negated_by_argument(t: _Tokens, i: int, words: FactualityWords) -> bool:
    """Whether the verb ``i`` is negated by a word other than its "not"/"never": a negative subject ("*no
    one* was hurt", "*nothing* happened", "*no* agreement was reached") or object ("did *nothing*"),
    "*no longer*", or "*without*" ("opened fire without *warning*")."""
    deps, lowers = t.deps, t.lowers
    head = t.heads[i]
    if deps[i] in ("pcomp", "pobj") and lowers[head] == "without":
        return True
    for c in t.kids(i):
        dep = deps[c]
        if dep in _NEGATING_SUBJECTS:
            if lowers[c] in words.negative_arguments:
                return True
            for d in t.kids(c):
                if deps[d] == "det" and lowers[d] in words.negative_determiners:
                    return True
        elif dep == "dobj":
            if lowers[c] in words.negative_arguments:
                return True
        elif dep == "advmod" and lowers[c] in words.no_longer:
            for d in t.kids(c):
                if deps[d] == "neg" and lowers[d] == "no":
                    return True
    return False


@attrs.frozen(kw_only=True, slots=True)
class Factuality:
    """Whether the text states an event as having happened (``actual``), as possible, wanted,
    planned or conditional (``hypothetical``: "a ground operation *would* mean...", "*if* talks
    fail", "*plans to* attack"), as not happening (``negated``: "did *not* resign", "*refused*
    to comment", "*prevented* a strike"), or only as someone's statement (``reported``: "police
    *said* the man *fled*", "the *alleged* attack"). ``cue`` is the word that decides, and
    ``cue_start`` its character offset (for ``reported``, the reporting verb: the source)."""

    value: str = "actual"
    cue: str | None = None
    cue_start: int | None = None


_CLAUSAL = frozenset({"xcomp", "ccomp", "csubj", "pcomp"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})
_NOUN_MODIFIERS = frozenset({"relcl", "acl", "appos"})
_SAME_CLAUSE = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "attr", "agent", "dative", "compound", "amod"})


def event_factuality(
    token: Token,
    *,
    lemmatize: Any,
    polarity: Polarity = Polarity.POS,
    modality: str | None = None,
    language: str = "en",
    memo: dict[tuple[int, bool], Factuality] | None = None,
    cues: Mapping[int, list[int]] | None = None,
) -> Factuality:
    """The :class:`Factuality` of the event word ``token``: its own negation or modal first,
    then, walking up the parse from it, the nearest cue: a conditional "if"/"unless" on its
    clause, a modifier ("possible", "alleged"), "according to", or the verb that governs its
    clause or, for a noun, takes it as object ("refused to *go*", "planned an *attack*",
    "said the troops *withdrew*"). The innermost cue wins: "said the army *would* attack" is
    hypothetical, "said the army attacked" reported. ``memo``, shared by the events of one ``Doc``,
    keeps the answer of each node on the way up, so a sentence's clauses are walked once; ``cues``
    (:func:`_cue_children` of the ``Doc``) the children that can be cues."""
    doc = token.doc
    return _event_factuality(
        _table_of(doc),
        token.i,
        lambda j: lemmatize(doc[j]),
        polarity=polarity,
        modality=modality,
        words=load_lexicon(language).factuality,
        memo=memo,
        cues=cues,
    )


def _event_factuality(
    t: _Tokens,
    i: int,
    lemma_at: LemmaAt,
    *,
    polarity: Polarity,
    modality: str | None,
    words: FactualityWords | None,
    memo: dict[tuple[int, bool], Factuality] | None,
    cues: Mapping[int, list[int]] | None,
) -> Factuality:
    """:func:`event_factuality` of the token ``i`` of the table ``t``."""
    if polarity is Polarity.NEG:
        return Factuality(value="negated")
    if modality is not None:
        return Factuality(value="hypothetical", cue=modality)
    if words is None:
        return Factuality()
    path: list[tuple[int, bool]] = []
    found: Factuality | None = None
    node: int | None = i
    same_clause = True
    for _ in range(12):
        if node is None:
            break
        key = (node, same_clause)
        if memo is not None and key in memo:
            found = memo[key]
            break
        path.append(key)
        found, node, same_clause = _cue_at(t, node, same_clause, words, lemma_at, cues)
        if found is not None:
            break
    found = found or _ACTUAL
    if memo is not None:  # every node on the way up has the answer of the first cue above it
        for key in path:
            memo[key] = found
    if found.value == "negated" and _nearly_done_to(t, i, found, words):
        return _ACTUAL  # "the 1987 *crash* nearly ended his career": the crash happened
    return found


#: How a noun event takes part in the verb it hangs on: its doer or what it is done to.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _nearly_done_to(t: _Tokens, i: int, found: Factuality, words: FactualityWords) -> bool:
    """Whether ``found`` is an "almost" of the verb the noun ``i`` is an argument of ("the *attack*
    nearly killed him", "nearly lost the *election*"): what did not quite happen is the verb's
    doing, not the noun's event."""
    head = t.heads[i]
    return (
        found.cue is not None
        and found.cue.lower() in words.negated_adverbs
        and t.tags[i] in _NOUN_TAGS
        and t.deps[i] in _ARGUMENT_DEPS
        and any(t.idxs[c] == found.cue_start for c in t.kids(head))
    )


_ACTUAL = Factuality()


#: The labels of the children :func:`_cue_children` keeps.
_CUE_DEPS = frozenset({"mark", "advcl", "amod", "compound", "advmod", "prep", "parataxis", "aux"})


def _cue_children(doc: Doc, words: FactualityWords, tokens: _Tokens | None = None) -> dict[int, list[int]]:
    """By token index, the children that :func:`_cue_at` can read as a cue: a conditional "if"
    ("mark"), a clause such a mark opens ("advcl"), a modifier such as "possible" or "alleged",
    "according (to)". Read once from the doc's columns (those of ``tokens``, the doc's table, when given),
    so the walk up the parse visits no other child."""
    t = tokens if tokens is not None else _table_of(doc)
    deps, lowers, heads = t.deps, t.lowers, t.heads
    conditional = words.conditional_marks - {"whether"}
    marks = conditional | {"whether"}
    modifiers = (
        words.hypothetical_modifiers
        | words.reported_modifiers
        | words.negated_modifiers
        | words.reported_adverbs
        | words.negated_adverbs
        | words.hypothetical_adverbs
    )
    # Only the tokens with one of these labels, and not a root, can be cues (found by one scan of the labels).
    found = [j for j, dep in enumerate(deps) if dep in _CUE_DEPS and heads[j] != j]
    first_mark: dict[int, str] = {}  # clause head -> its first "mark" child
    for j in found:
        if deps[j] == "mark":
            first_mark.setdefault(heads[j], lowers[j])
    index: dict[int, list[int]] = {}
    for j in found:
        dep, lower = deps[j], lowers[j]
        if (
            (dep == "mark" and lower in marks)
            or (dep == "advcl" and first_mark.get(j) in conditional)
            or (dep in ("amod", "compound", "advmod") and lower in modifiers)
            or (dep == "prep" and lower == "according")
            or dep == "parataxis"
            or (dep == "aux" and lower in words.inverted_conditional_auxiliaries and j < heads[j] < heads[heads[j]])
        ):
            index.setdefault(heads[j], []).append(j)
    for j in _positions(lowers, "?"):  # a question mark, for a yes/no question
        index.setdefault(heads[j], []).append(j)
    return index


def _semicolon_between(t: _Tokens, clause: int, governor: int) -> bool:
    """Whether a semicolon hanging from ``governor`` stands between it and the earlier ``clause``: the
    parser often makes the first of two clauses joined by ";" a complement of the second."""
    lowers, heads = t.lowers, t.heads  # the ";" stands right before the second clause: a bounded look back
    return any(lowers[j] == ";" and heads[j] == governor for j in range(max(clause + 1, governor - 40), governor))


def _quote_between(t: _Tokens, first: int, last: int, words: FactualityWords) -> bool:
    """Whether a quotation mark hanging from ``last`` stands between tokens ``first`` and ``last``: the
    quotation holds ``first``, not ``last``."""
    return any(t.lowers[c] in words.quote_marks and first < c < last for c in t.kids(last))


def _headline_pair(t: _Tokens, clause: int, governor: int) -> bool:
    """Whether the earlier ``clause`` and its ``governor`` are two verbs of one subject joined by a
    comma, as headlines write them ("Lumen *recalls* thermostats, *delays* new model"), which the
    parser makes a complement and its verb: a comma from the governor between them, and no subject
    of the governor's own."""
    deps, heads = t.deps, t.heads
    if any(deps[c] in ("nsubj", "nsubjpass", "expl") for c in t.kids(governor)):
        return False
    return any(t.lowers[j] == "," and heads[j] == governor for j in range(max(clause + 1, governor - 40), governor))


def _cue_at(
    t: _Tokens,
    node: int,
    same_clause: bool,
    words: FactualityWords,
    lemma_at: LemmaAt,
    cues: Mapping[int, list[int]] | None = None,
) -> tuple[Factuality | None, int | None, bool]:
    """A cue on token ``node`` or in how it hangs from its head, else the next node up (``None`` at the
    top or at a relative clause) and whether it is still the event's own clause. ``cues``
    (:func:`_cue_children`) lists the only children that can be a cue, so the others are not visited."""
    deps, lowers, tags, texts, idxs, heads = t.deps, t.lowers, t.tags, t.texts, t.idxs, t.heads
    children: Sequence[int] = t.kids(node) if cues is None else cues.get(node, ())
    asked = False
    for child in children:
        dep = deps[child]
        if lowers[child] == "?":
            asked = True
            continue
        if dep == "mark" and lowers[child] in words.conditional_marks:
            if same_clause and deps[node] == "advcl" and _has_counterfactual_auxiliary(t, node, words):
                # "*if* the scandal *had broken* a month later": a past that did not happen
                return Factuality(value="negated", cue=texts[child], cue_start=idxs[child]), None, False
            return Factuality(value="hypothetical", cue=texts[child], cue_start=idxs[child]), None, False
        if dep == "aux" and same_clause and _opens_inverted_condition(t, node, child, words):
            # "*Had* he been appointed in 2022, the bank would have survived": he was not
            value = "negated" if _has_counterfactual_auxiliary(t, node, words) else "hypothetical"
            return Factuality(value=value, cue=texts[child], cue_start=idxs[child]), None, False
        if dep == "advcl" and same_clause and not _quote_between(t, child, node, words):
            # the consequent: "*if* talks fail, the army will attack" (not a saying after the quote
            # that holds both: '"If Lumora had come, this deal would not have gotten done," *said* a banker')
            mark = _conditional_mark(t, child, words)
            if mark is not None and not _says_a_clause(t, node, lemma_at, words):
                return Factuality(value="hypothetical", cue=texts[mark], cue_start=idxs[mark]), None, False
        if dep in ("amod", "compound", "advmod") and tags[node] in _NOUN_TAGS:
            word = lowers[child]
            if word in words.hypothetical_modifiers:
                return Factuality(value="hypothetical", cue=texts[child], cue_start=idxs[child]), None, False
            if word in words.reported_modifiers:
                return Factuality(value="reported", cue=texts[child], cue_start=idxs[child]), None, False
            if word in words.negated_modifiers:  # "the *canceled* concert"
                return Factuality(value="negated", cue=texts[child], cue_start=idxs[child]), None, False
        if dep == "advmod" and tags[node] in _VERB_TAGS:  # "the rebels *reportedly* seized the airport"
            word = lowers[child]
            if word in words.negated_adverbs and same_clause and lemma_at(node) not in words.multiplying:
                # "she *almost* gave up": she did not (but "*nearly* doubled": it grew)
                return Factuality(value="negated", cue=texts[child], cue_start=idxs[child]), None, False
            if word in words.reported_adverbs:
                return Factuality(value="reported", cue=texts[child], cue_start=idxs[child]), None, False
            if word in words.hypothetical_adverbs or word in words.hypothetical_modifiers:
                return Factuality(value="hypothetical", cue=texts[child], cue_start=idxs[child]), None, False
        if dep == "prep" and lowers[child] == "according" and tags[node] in _VERB_TAGS:
            return Factuality(value="reported", cue=texts[child], cue_start=idxs[child]), None, False
        if (
            dep == "parataxis"
            and same_clause
            and lemma_at(child) in words.reporting_governors
            and not any(deps[c] == "ccomp" for c in t.kids(child))
        ):  # "the gunman, police *said*, fled on foot"
            return Factuality(value="reported", cue=texts[child], cue_start=idxs[child]), None, False
    if same_clause and tags[node] == "VB" and deps[node] in _IMPERATIVE_DEPS and _is_imperative(t, node):
        return Factuality(value="hypothetical", cue=texts[node], cue_start=idxs[node]), None, False
    head = heads[node]
    if head == node:
        if same_clause and asked and _is_polar_question(t, node):  # "*Will* the Fed cut rates?"
            return Factuality(value="hypothetical", cue="?"), None, False
        return None, None, False
    dep = deps[node]
    governor = head
    through_for = False
    if (
        dep == "ccomp"
        and node < head
        and (
            _semicolon_between(t, node, head)
            or _headline_pair(t, node, head)
            or lemma_at(head) not in words.parenthetical_governors
        )
    ):
        # "officials projected cuts; they now expect one", "the victims were trapped in an area where ...,
        # two exits *had been blocked*": two clauses, not a complement put before its verb ("the talks
        # failed, officials *said*"), which only verbs of saying and thinking take
        return None, None, False
    if dep in ("pobj", "pcomp") and heads[head] != head:
        opposing = _opposing_word(t, head, lemma_at, words)
        if opposing is not None:  # "opposition *to* a major operation", "warned *against* an offensive"
            return Factuality(value="hypothetical", cue=texts[opposing], cue_start=idxs[opposing]), None, False
        if lowers[head] == "for" and dep == "pobj":  # "called for a cease-fire"
            governor, dep, through_for = heads[head], "dobj", True
        elif tags[heads[head]] in _NOUN_TAGS:
            noun = heads[head]
            if lowers[head] == "of":  # "the threat *of a strike*", "reports *of shelling*"
                found = _unsupported(t, noun, lemma_at, words) or _noun_complement_cue(
                    lemma_at(noun), texts[noun], idxs[noun], words, clause=False
                )
                if found is not None:
                    return found, None, False
            if dep == "pobj":  # "the state *of the conflict*": a description, like a relative clause
                return None, None, False
    if dep == "acl" and tags[head] in _NOUN_TAGS:
        found = _unsupported(t, head, lemma_at, words) or _noun_complement_cue(
            lemma_at(head), texts[head], idxs[head], words, clause=True
        )
        if found is not None and _is_complement_clause(t, node):  # "rumors that he *resigned*", "a plan to *close*"
            return found, None, False
    clausal, argument = dep in _CLAUSAL, dep in _OBJECTS
    if clausal or argument:
        lemma = lemma_at(governor)
        if lemma in words.phrasal_bases:  # "called *off*"
            lemma = _phrasal_lemma(t, governor, lemma, words)
        cue, cue_start = texts[governor], idxs[governor]
        if (clausal and lemma in words.negative_governors) or lemma in words.preventing_governors:
            return Factuality(value="negated", cue=cue, cue_start=cue_start), None, False
        if dep == "xcomp" and lemma in words.pending_governors:
            pending = next((c for c in t.kids(governor) if lowers[c] in words.pending_adverbs), None)
            if pending is not None:  # "the council has *yet* to approve the plan"
                return Factuality(value="negated", cue=texts[pending], cue_start=idxs[pending]), None, False
        if (
            lemma in words.hypothetical_governors
            and (
                clausal
                or (
                    lemma not in words.clausal_only_governors
                    and (through_for or lemma not in words.for_object_governors)  # not "*called* the race"
                )
            )
        ) or lemma in words.opposing_governors:
            return Factuality(value="hypothetical", cue=cue, cue_start=cue_start), None, False
        if dep == "xcomp" and tags[governor] in _VERB_TAGS:
            modal = _modal_of(t, governor)
            if modal is not None:  # "workers *would* begin *paying*": as hypothetical as the beginning
                return Factuality(value="hypothetical", cue=texts[modal], cue_start=idxs[modal]), None, False
        if dep == "xcomp" and lemma in words.infinitive_governors and _has_to(t, node):  # "the law *was to* be passed"
            return Factuality(value="hypothetical", cue=cue, cue_start=cue_start), None, False
        if clausal and lemma in words.reporting_governors:
            condition = _condition_of_saying(t, node, governor, words, cues)
            if condition is not None:  # "*if* the Senate approves the bill, he has said he will *sign* it"
                return Factuality(value="hypothetical", cue=texts[condition], cue_start=idxs[condition]), None, False
            return Factuality(value="reported", cue=cue, cue_start=cue_start), None, False
    if (
        dep in ("advcl", "acl")
        and same_clause
        and tags[node] == "VB"
        and _has_to(t, node)
        and not _after_going_on(t, head, lemma_at, words)
    ):
        return Factuality(value="hypothetical", cue="to"), None, False  # a purpose: "cut rates *to* help..."
    if dep in _NOUN_MODIFIERS:
        return None, None, False  # "the man *who fled*": a description of someone, not a claim of the clause
    if dep == "advcl" and _tells_its_own_past(t, node, words):
        return None, None, False  # "ordered to evacuate *as* a wildfire *jumped* the freeway": it did
    return None, head, same_clause and dep in _SAME_CLAUSE


def _quoted_titles(t: _Tokens, quote_marks: frozenset[str], small_words: frozenset[str]) -> frozenset[int]:
    """The words of the titles in quotation marks: a quoted run of two to eight words, all capitalised but the
    ``small_words`` ("for *"Still Standing"*", "*"Gone with the Wind"*"), names a work, whose words tell no event.
    No punctuation of a sentence in it: a quoted saying is none."""
    lowers, texts = t.lowers, t.texts
    if not small_words or not quote_marks.intersection(lowers):
        return _NO_TOKENS
    marks = sorted(j for mark in quote_marks.intersection(lowers) for j in _positions(lowers, mark))
    found: set[int] = set()
    for first, last in itertools.pairwise(marks):
        inside = range(first + 1, last)
        if not 2 <= len(inside) <= 8:
            continue
        capitalised = [j for j in inside if texts[j][:1].isupper()]
        if len(capitalised) >= 2 and all(texts[j][:1].isupper() or lowers[j] in small_words for j in inside):
            found.update(inside)
    return frozenset(found)


def _modal_of(t: _Tokens, verb: int) -> int | None:
    """The modal auxiliary of ``verb`` that makes it a possibility (its modality: "*would* begin", "*could*
    start"; not "will"), if any: a non-finite complement, which has no tense of its own, shares it."""
    modality = _verb_features(t, verb).modality
    if modality is None:
        return None
    return next((c for c in t.kids(verb) if t.deps[c] == "aux" and t.lowers[c] == modality), None)


def _conditional_mark(t: _Tokens, clause: int, words: FactualityWords) -> int | None:
    """The "if"/"unless" that opens the adverbial ``clause`` as a condition, if any (not "whether")."""
    mark = next((m for m in t.kids(clause) if t.deps[m] == "mark"), None)
    if mark is None or t.lowers[mark] not in words.conditional_marks or t.lowers[mark] == "whether":
        return None
    return mark


def _says_a_clause(t: _Tokens, node: int, lemma_at: LemmaAt, words: FactualityWords) -> bool:
    """Whether ``node`` is a verb of saying with a complement clause: a condition hung from it is the
    condition of what is said ("*if* the Senate approves the bill, he *has said* he will sign it": he said
    so, unconditionally; the signing is conditional)."""
    return lemma_at(node) in words.reporting_governors and any(t.deps[c] == "ccomp" for c in t.kids(node))


def _condition_of_saying(
    t: _Tokens, clause: int, saying: int, words: FactualityWords, cues: Mapping[int, list[int]] | None
) -> int | None:
    """The "if" of a condition hung from the verb of saying ``saying`` (:func:`_says_a_clause`), which is the
    condition of its complement ``clause``, unless a quotation holds the condition and not the saying."""
    if t.deps[clause] != "ccomp":
        return None
    children: Sequence[int] = t.kids(saying) if cues is None else cues.get(saying, ())
    for child in children:
        if t.deps[child] == "advcl" and not _quote_between(t, child, saying, words):
            mark = _conditional_mark(t, child, words)
            if mark is not None:
                return mark
    return None


_IMPERATIVE_DEPS = frozenset({"ROOT", "ccomp", "parataxis"})
#: A verb with one of these has a subject or an auxiliary of its own: no imperative.
_NOT_IMPERATIVE = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"})


def _is_imperative(t: _Tokens, i: int) -> bool:
    """Whether the base-form verb ``i`` heads an imperative ("*Leave* the building now," the officer
    shouted): an order, not a fact. No subject, auxiliary or subordinating word of its own."""
    deps = t.deps
    return not any(deps[c] in _NOT_IMPERATIVE for c in t.kids(i))


_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def _has_counterfactual_auxiliary(t: _Tokens, node: int, words: FactualityWords) -> bool:
    """Whether the participle ``node`` has the auxiliary of a past perfect ("if they *had* cut")."""
    return t.tags[node] == "VBN" and any(
        t.deps[c] == "aux" and t.lowers[c] in words.counterfactual_auxiliaries for c in t.kids(node)
    )


def _tells_its_own_past(t: _Tokens, node: int, words: FactualityWords) -> bool:
    """Whether the adverbial clause of ``node`` tells a past of its own: a simple past or a past
    perfect with a subject ("*as* a wildfire *jumped* the freeway", "*after* talks *had failed*"),
    which it asserts whatever its head is (a condition, "*if* they *had* cut", is read before)."""
    deps = t.deps
    kids = t.kids(node)
    if not any(deps[c] in ("nsubj", "nsubjpass") for c in kids):
        return False
    if t.tags[node] == "VBD":
        return not any(deps[c] in _AUX_DEPS for c in kids)
    return _has_counterfactual_auxiliary(t, node, words)


def _opens_inverted_condition(t: _Tokens, node: int, aux: int, words: FactualityWords) -> bool:
    """Whether the auxiliary ``aux`` opens the clause of ``node`` as a condition with no "if", its
    subject after it ("*Had* the talks failed, ...", "*Should* prices rise, ..."): the clause comes before
    the verb it depends on, and no word of the clause comes before the auxiliary (not "he *had* left")."""
    deps, heads = t.deps, t.heads
    if t.lowers[aux] not in words.inverted_conditional_auxiliaries or deps[node] not in ("advcl", "ccomp"):
        return False
    if not aux < node < heads[node]:
        return False
    kids = t.kids(node)
    if any(c < aux for c in kids):
        return False
    return any(deps[c] in ("nsubj", "nsubjpass", "expl") and aux < c < node for c in kids)


def _is_polar_question(t: _Tokens, root: int) -> bool:
    """Whether the clause of ``root`` is a yes/no question ("*Will* the Fed cut rates?", "*Did* the army
    attack?"): a "?" and an auxiliary before the subject, and no wh-word ("*Why* did the army attack?"
    takes the attack as given)."""
    deps, lowers, tags = t.deps, t.lowers, t.tags
    kids = t.kids(root)
    if not any(lowers[c] == "?" for c in kids):
        return False
    aux = next((c for c in kids if deps[c] in _AUX_DEPS), None)
    subject = next((c for c in kids if deps[c] in ("nsubj", "nsubjpass", "expl")), None)
    if aux is None or subject is None or aux > subject:
        return False
    return not any(tags[j] in _WH_TAGS for j in range(max(0, aux - 3), aux + 1))


def _has_to(t: _Tokens, i: int) -> bool:
    """Whether the verb ``i`` is a to-infinitive."""
    deps, lowers = t.deps, t.lowers
    return any(deps[c] == "aux" and lowers[c] == "to" for c in t.kids(i))


def _is_complement_clause(t: _Tokens, i: int) -> bool:
    """Whether the clause ``i`` that hangs from a noun is its content ("the claim *that* he lied", "a plan
    *to* close"), not a description ("a report *released* on Monday")."""
    deps, lowers = t.deps, t.lowers
    return any(
        (deps[c] == "mark" and lowers[c] in ("that", "whether")) or (deps[c] == "aux" and lowers[c] == "to")
        for c in t.kids(i)
    )


def _opposing_word(t: _Tokens, preposition: int, lemma_at: LemmaAt, words: FactualityWords) -> int | None:
    """The word of opposing or warning (``opposing_prepositions``) that takes ``preposition``, whose object is
    then wanted not to happen or warned of: the word it hangs from ("warned *against*", "opposition *to*"), or the
    noun right before it when the parser hung it from that noun's verb ("underscored the opposition *to* an
    operation": the noun selects the preposition, the verb does not)."""
    if not words.opposing_prepositions:
        return None
    word, holder = t.lowers[preposition], t.heads[preposition]
    if f"{lemma_at(holder)}_{word}" in words.opposing_prepositions:
        return holder
    before = preposition - 1
    if (
        before >= 0
        and t.tags[holder] in _VERB_TAGS
        and t.heads[before] == holder
        and t.deps[before] in ("dobj", "attr")
        and f"{lemma_at(before)}_{word}" in words.opposing_prepositions
    ):
        return before
    return None


def _noun_complement_cue(
    lemma: str, text: str, start: int, words: FactualityWords, *, clause: bool
) -> Factuality | None:
    """The factuality a noun gives its content: "rumors that...", "reports of..." report it; "a plan to...",
    "the threat of..." make it hypothetical; "his refusal to..." negates it (a clause only: "the failure of
    the talks" says they took place)."""
    if lemma in words.reporting_nouns:
        return Factuality(value="reported", cue=text, cue_start=start)
    if lemma in words.hypothetical_nouns:
        return Factuality(value="hypothetical", cue=text, cue_start=start)
    if clause and lemma in words.negative_nouns:
        return Factuality(value="negated", cue=text, cue_start=start)
    return None


def _unsupported(t: _Tokens, noun: int, lemma_at: LemmaAt, words: FactualityWords) -> Factuality | None:
    """Hypothetical when ``noun`` is a noun of evidence that is denied: "there is *no* evidence that he fled",
    "police did *not* find any sign of a struggle" neither assert nor deny the flight or the struggle."""
    if lemma_at(noun) not in words.unsupported_nouns:
        return None
    deps, lowers = t.deps, t.lowers
    denied = any(deps[c] == "det" and lowers[c] in words.negative_determiners for c in t.kids(noun))
    head = t.heads[noun]
    if not denied and head != noun and deps[noun] in ("dobj", "attr", "nsubj", "nsubjpass"):
        denied = any(deps[c] == "neg" for c in t.kids(head))  # "did *not* find evidence that..."
    if not denied:
        return None
    return Factuality(value="hypothetical", cue=t.texts[noun], cue_start=t.idxs[noun])


def _after_going_on(t: _Tokens, head: int, lemma_at: LemmaAt, words: FactualityWords) -> bool:
    """Whether ``head`` is a verb with a particle that tells what came next ("she *went on* to win two
    Oscars", ``sequel_phrasals``): its to-infinitive happened, later; it is no purpose."""
    if not t.has_kids(head):
        return False
    particle = next((c for c in t.kids(head) if t.deps[c] == "prt"), None)
    return particle is not None and f"{lemma_at(head)}_{t.lowers[particle]}" in words.sequel_phrasals


def _phrasal_lemma(t: _Tokens, i: int, lemma: str, words: FactualityWords) -> str:
    """The lemma of the verb ``i`` with its particle when the lists name that phrasal verb ("called
    *off*" is ``call_off``: it cancels, where "call" alone plans)."""
    if not t.has_kids(i):
        return lemma
    prt = next((c for c in t.kids(i) if t.deps[c] == "prt"), None)
    if prt is None:
        return lemma
    phrasal = f"{lemma}_{t.lowers[prt]}"
    return phrasal if phrasal in words.preventing_governors or phrasal in words.negative_governors else lemma


def factualities(doc: Doc, events: Sequence[Event], *, nlp: Language | None = None) -> dict[str, Factuality]:
    """:func:`event_factuality` of each of ``events`` (found in ``doc`` by their offsets), by event id."""
    t = _read_as_verbs(_Tokens(doc))
    lemma_at = _lemmas_by_index(doc, t, nlp)
    memo: dict[tuple[int, bool], Factuality] = {}
    words = load_lexicon("en").factuality
    cues = _cue_children(doc, words, t) if words is not None else None
    found: dict[str, Factuality] = {}
    for event in events:
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        found[event.id] = _event_factuality(
            t,
            span.end - 1,
            lemma_at,
            polarity=event.polarity,
            modality=event.modality,
            words=words,
            memo=memo,
            cues=cues,
        )
    return found


def _phrase(t: _Tokens, i: int, source: str, max_tokens: int = 8) -> tuple[str, int, int]:
    """The words naming a participant: the token ``i`` and its left modifiers ("President Joe
    Biden", "the U.S. mission"), or the token alone when that phrase is long."""
    left = t.left_edge(i)
    first = left if i - left < max_tokens else i
    start, end = t.idxs[first], t.idxs[i] + len(t.texts[i])
    return source[start:end], start, end


def _participants(
    t: _Tokens, i: int, source: str, kind: str = "VERB", lexicon: EventLexicon | None = None
) -> tuple[Participant, ...]:
    """Who did the event ``i`` and to whom, from the parse: its subject and objects, and for a "by"-phrase
    the agent of a passive ("was arrested *by police*"); each of coordinated ones ("*Biden* and *Xi* met");
    for a relative pronoun the noun it stands for ("the *man* who shot the officer"). A verb without a
    subject of its own takes the one the parse gives it elsewhere (:func:`_understood_subject`: "Smith
    agreed to *pay*", "arrested two men and *charged* them"); a noun its possessor ("*Russia's* invasion of
    Ukraine", not "last week's") and its "by"-phrase, with its "of"-phrase then the patient, and the target of
    an attack ("the attack *on the embassy*", "protests *against the government*")."""
    found: list[Participant] = []
    deps, tags = t.deps, t.tags
    has_subject = False
    for child in t.kids(i):
        dep = deps[child]
        if dep not in _PARTICIPANT_DEPS:  # most children (det, prep, aux, punct...) name no participant
            continue
        role = _SUBJECT_DEPS.get(dep) or _OBJECT_DEPS.get(dep)
        if role is None and dep == "agent":  # "was attacked by X"
            pobj = next((c for c in t.kids(child) if deps[c] == "pobj"), None)
            if pobj is not None:
                child, role = pobj, "agent"
        if role is None:
            continue
        has_subject = has_subject or dep in _SUBJECT_DEPS
        if tags[child] in _RELATIVE_TAGS:  # "the man *who* shot the officer": the man
            if deps[i] != "relcl":
                continue
            child = t.heads[i]
        if child in t.conj_heads:  # "Biden and *Xi*"
            _add_with_conjuncts(found, t, child, role, source)
        else:
            text, start, end = _phrase(t, child, source)
            found.append(Participant(role=role, text=text, start=start, end=end))
    if has_subject:
        return tuple(found)
    if kind == "VERB" and t.deps[i] in _SHARING_DEPS:
        understood = _understood_subject(t, i)
        if understood is not None:  # named first, like a subject of its own
            subject, passive = understood
            shared: list[Participant] = []
            _add_with_conjuncts(shared, t, subject, "patient" if passive else "agent", source)
            found[:0] = shared
    elif kind == "NOUN" and lexicon is not None and t.has_kids(i):
        _add_noun_participants(found, t, i, source, lexicon)
    return tuple(found)


_RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: How a verb that shares the subject of another hangs from it (:func:`_understood_subject`).
_SHARING_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "acomp"})
#: A clause with one of these is no bare participle describing a noun ("a plan *to* close").
_OWN_CLAUSE = frozenset({"aux", "auxpass", "mark", "nsubj", "nsubjpass"})


def _add_with_conjuncts(found: list[Participant], t: _Tokens, i: int, role: str, source: str) -> None:
    """Add the participant ``i`` and those coordinated with it ("Biden, Xi *and* Modi")."""
    deps = t.deps
    for _ in range(8):
        text, start, end = _phrase(t, i, source)
        found.append(Participant(role=role, text=text, start=start, end=end))
        if i not in t.conj_heads:
            return
        for c in t.kids(i):
            if deps[c] == "conj":
                i = c
                break


def _understood_subject(t: _Tokens, i: int) -> tuple[int, bool] | None:
    """The subject a verb without one of its own shares, and whether the verb is passive (so its subject is
    the patient): of the verb it is coordinated with ("police arrested two men and *charged* them"); of the
    verb whose infinitive it is ("Smith agreed to *pay*", "is expected to *sign*"), or that verb's object
    ("police urged residents to *leave*"); the noun a participle describes ("a man *wearing* a mask", "soldiers
    *killed* in the attack"). ``None`` when the parse gives none (an imperative: "*leave* now")."""
    deps, tags, heads = t.deps, t.tags, t.heads
    kids = t.kids(i)
    passive = False
    for c in kids:
        if deps[c] == "auxpass":
            passive = True
            break
    node = i
    for _ in range(4):
        dep, head = deps[node], heads[node]
        if head == node:
            return None
        if dep == "acl" and tags[head] in _NOUN_TAGS and node == i:  # a participle describing a noun
            if _is_bare_participle(t, i):
                return head, tags[i] == "VBN"
            return None
        if dep == "conj":
            if tags[head] not in _VERB_TAGS:
                return None
        elif dep in ("xcomp", "acomp") or (dep == "advcl" and (_has_to(t, node) or _is_bare_participle(t, node))):
            if dep == "advcl" and node == i and tags[i] == "VBN":  # "*asked* about the plan, she declined"
                passive = True
        else:
            return None
        subject = obj = -1
        for c in t.kids(head):
            d = deps[c]
            if d == "nsubj" or d == "nsubjpass":
                subject = c
            elif d == "dobj":
                obj = c
        if obj >= 0 and dep == "xcomp":  # object control: "urged *residents* to leave"
            return (obj, passive) if tags[obj] not in _RELATIVE_TAGS else None
        if subject >= 0:
            if tags[subject] in _RELATIVE_TAGS:
                return None
            if dep == "conj" and node == i and not passive and tags[i] == "VBN" and deps[subject] == "nsubjpass":
                passive = not any(deps[c] == "aux" for c in kids)  # "was arrested and *charged*"
            return subject, passive
        node = head
    return None


def _is_bare_participle(t: _Tokens, i: int) -> bool:
    """Whether ``i`` is a participle without a subject, auxiliary or conjunction of its own: "the bank cut
    rates, *hoping* to boost growth" (the bank hopes), not "*after* police searched"."""
    return t.tags[i] in ("VBG", "VBN") and not any(t.deps[c] in _OWN_CLAUSE for c in t.kids(i))


def _add_noun_participants(found: list[Participant], t: _Tokens, i: int, source: str, lexicon: EventLexicon) -> None:
    """A noun event's possessor as its agent ("*Russia's* invasion"; "*last week's* attack" dates it) and its
    "by"-phrase ("the arrest of two men *by police*"); with an agent, its "of"-phrase is the patient
    ("invasion *of Ukraine*"). Without one, "of" is either ("the visit of the president", "the killing of
    civilians"): no participant. The patient of "against" ("protests *against the government*"), and of
    "on" after a noun of attack (``target_nouns``: "the attack *on the embassy*", not "talks on trade")."""
    deps, lowers, time_words = t.deps, t.lowers, lexicon.time_words
    agent: int | None = None
    of: int | None = None
    target: int | None = None
    for child in t.kids(i):
        dep = deps[child]
        if (
            dep == "poss"
            and lowers[child] not in time_words
            and not any(lowers[c] in time_words for c in t.kids(child))
        ):
            agent = child
        elif dep == "prep" and lowers[child] in _NOUN_ROLE_PREPOSITIONS:
            pobj = next((c for c in t.kids(child) if deps[c] == "pobj"), None)
            if pobj is None:
                continue
            word = lowers[child]
            if word == "by":
                agent = pobj if agent is None else agent
            elif word == "of":
                of = pobj if of is None else of
            elif (
                (word == "against" or lowers[i] in lexicon.target_nouns)
                and target is None
                and pobj - child <= _MAX_TARGET_WORDS
                and not any(lowers[j] in time_words for j in range(child + 1, pobj + 1))  # "the attack on *Tuesday*"
            ):
                target = pobj
    if agent is not None:
        _add_with_conjuncts(found, t, agent, "agent", source)
    patient = target if target is not None else of if agent is not None else None
    if patient is not None:
        _add_with_conjuncts(found, t, patient, "patient", source)


_NOUN_ROLE_PREPOSITIONS = frozenset({"by", "of", "on", "against"})
_MAX_TARGET_WORDS = 8
