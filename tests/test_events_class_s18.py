"""The TimeML class features of event words (session 18): what the class model reads."""

from __future__ import annotations

from timeline.events import _lemmatizer, class_features, load_lexicon
from timeline.nlp import load_model, parse


def _features(text: str, word: str, pos: str = "V") -> list[str]:
    nlp = load_model()
    doc = parse(nlp, text)
    lemmatize = _lemmatizer(doc, nlp)
    token = next(t for t in doc if t.text == word)
    return class_features(token, lemmatize(token), pos, load_lexicon("en"), lemmatize)


def test_a_preposition_that_brings_an_event_is_read_with_the_lemma() -> None:
    # "call for" takes an event (an I_ACTION), as "aim at" a gerund does: the preposition picks the sense.
    called = _features("The union called for talks.", "called")
    assert "P=V|for" in called and "LP=V:call|for" in called
    aimed = _features("The split was aimed at boosting liquidity.", "aimed")
    assert "LP=V:aim|at" in aimed


def test_a_preposition_whose_object_is_no_event_is_not_read() -> None:
    # "called him in Paris": neither object is an event, so no preposition says what "call" takes.
    called = _features("She called him in Paris.", "called")
    assert not any(f.startswith(("P=", "LP=")) for f in called)
