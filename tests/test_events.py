"""The event detector: the lexicon learned from TimeBank, and triggers/classes on parsed text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from timeline.events import SpacyEventDetector, load_learned
from timeline.model import Event, EventClass, Polarity

Detect = Callable[[str], dict[str, Event]]


def test_learned_lexicon_is_shipped_and_separates_events_from_non_events() -> None:
    learned = load_learned("en")
    assert learned is not None
    said, seen = learned.probability("V", "say", "VBD", "ROOT")
    assert seen > 100 and said > 0.9
    be, _ = learned.probability("V", "be", "VBZ", "ROOT")
    assert be < 0.3  # the copula is not the event: its predicate is
    assert learned.event_class("V", "say", "VBD", "ROOT") is EventClass.REPORTING


def test_unseen_lemma_falls_back_to_the_tag_and_dependency_prior() -> None:
    learned = load_learned("en")
    assert learned is not None
    p, seen = learned.probability("V", "zorbify", "VBD", "ROOT")
    assert seen == 0
    assert p > 0.5


@pytest.fixture(scope="module")
def detect() -> Detect:
    from timeline.nlp import load_model, parse

    nlp = load_model()
    detector = SpacyEventDetector()

    def run(text: str) -> dict[str, Event]:
        return {e.text: e for e in detector.detect(parse(nlp, text), nlp=nlp)}

    return run


@pytest.mark.slow
def test_verbs_and_nouns_with_classes(detect: Detect) -> None:
    events = detect("Officials said on Monday that the attack had killed three people.")
    assert events["said"].event_class is EventClass.REPORTING
    assert events["attack"].pos == "NOUN"
    assert events["killed"].event_class is EventClass.OCCURRENCE
    assert "Officials" not in events


@pytest.mark.slow
def test_negated_and_hypothetical_events_are_marked(detect: Detect) -> None:
    events = detect("Hamas can be dealt with without a major offensive. The talks would fail. He did not resign.")
    assert events["fail"].is_hypothetical
    assert events["resign"].polarity is Polarity.NEG
    assert events["offensive"].polarity is Polarity.NEG


@pytest.mark.slow
def test_clausal_complement_makes_an_intensional_class(detect: Detect) -> None:
    events = detect("The rebels kept fighting. They wanted to negotiate.")
    assert events["wanted"].event_class is EventClass.I_STATE
    assert events["kept"].event_class in (EventClass.ASPECTUAL, EventClass.I_ACTION)
