"""The event detector: the lexicon learned from TimeBank, and triggers/classes on parsed text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from timeline import extract_timeline
from timeline.events import (
    FACTUALITY_VALUES,
    ClassModel,
    Factuality,
    SpacyEventDetector,
    _lemmatizer,
    class_features,
    load_learned,
    load_lexicon,
)
from timeline.model import Event, EventClass, Polarity, Tense

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


def test_class_model_is_shipped_and_ties_go_to_occurrence() -> None:
    learned = load_learned("en")
    assert learned is not None and learned.class_model is not None
    assert EventClass.REPORTING in learned.class_model.classes
    model = ClassModel(
        classes=(EventClass.OCCURRENCE, EventClass.REPORTING, EventClass.ASPECTUAL),
        weights={"L=V:say": (0.0, 2.0, 0.0), "PC=V|g": (0.0, 0.0, 1.0), "b": (0.5, 0.0, 0.5)},
    )
    assert model.predict(["b", "L=V:say"]) is EventClass.REPORTING
    assert model.predict(["b", "PC=V|g"]) is EventClass.ASPECTUAL
    assert model.predict(["b"]) is EventClass.OCCURRENCE  # tie with ASPECTUAL
    assert model.predict(["never seen"]) is EventClass.OCCURRENCE


@pytest.mark.slow
def test_class_features_read_the_complement_and_the_hand_lexicon() -> None:
    from timeline.nlp import load_model, parse

    nlp = load_model()
    doc = parse(nlp, "The rebels kept fighting. Relatives fought to keep the boy. She tweeted that it ended.")
    lemmatize = _lemmatizer(doc, nlp)
    lexicon = load_lexicon("en")
    kept, keep, tweeted = (next(t for t in doc if t.text == word) for word in ("kept", "keep", "tweeted"))
    features = class_features(kept, lemmatize(kept), "V", lexicon, lemmatize)
    assert "L=V:keep" in features and "PC=V|g" in features and "NOEA" not in features
    keep_features = class_features(keep, lemmatize(keep), "V", lexicon, lemmatize)
    assert "NOEA" in keep_features  # "the boy" is no event
    # ...and the lack of one is also read with the lemma and the hand lexicon's class, so the model can learn
    # that "keep" without an event is an OCCURRENCE, not an ASPECTUAL.
    assert "LN=V:keep" in keep_features and "HN=V|ASPECTUAL" in keep_features
    assert not any(f.startswith(("LN=", "HN=")) for f in features)
    assert "H=V|REPORTING" in class_features(tweeted, lemmatize(tweeted), "V", lexicon, lemmatize)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "event_class"),
    [
        ("Officials said on Monday that the attack had killed three people.", "said", EventClass.REPORTING),
        ("The rebels tried to seize the airport.", "tried", EventClass.I_ACTION),
        ("Residents feared that the dam would break.", "feared", EventClass.I_STATE),
        ("The army began shelling the town.", "began", EventClass.ASPECTUAL),
        ("Witnesses saw the plane crash.", "saw", EventClass.PERCEPTION),
        ("The plane crashed near the airport.", "crashed", EventClass.OCCURRENCE),
        # an ASPECTUAL verb takes an event; holding someone or something somewhere is an OCCURRENCE
        ("The court kept the refugee in custody.", "kept", EventClass.OCCURRENCE),
        ("Her aunt wants to keep him in Boston.", "keep", EventClass.OCCURRENCE),
        ("Guards stopped the truck at the gate.", "stopped", EventClass.OCCURRENCE),
        ("A judge stopped it on Friday.", "stopped", EventClass.ASPECTUAL),  # "it" can be an event
        ("The ceasefire ended the war.", "ended", EventClass.ASPECTUAL),
        # TimeML's guideline verbs that TBAQ never or hardly shows: the hand lexicon's class decides
        ("She overheard the argument in the hallway.", "overheard", EventClass.PERCEPTION),
        ("A neighbor glimpsed the van as it sped away.", "glimpsed", EventClass.PERCEPTION),
        ('"Stop!" the officer exclaimed.', "exclaimed", EventClass.REPORTING),
        ("The talks reignited the debate over taxes.", "reignited", EventClass.ASPECTUAL),
        ("Rain interrupted the match.", "interrupted", EventClass.ASPECTUAL),
        ("He swore to fight the charges.", "swore", EventClass.I_ACTION),
        ("Critics dread the new rules.", "dread", EventClass.I_STATE),
    ],
)
def test_each_timeml_class_in_context(detect: Detect, text: str, word: str, event_class: EventClass) -> None:
    assert detect(text)[word].event_class is event_class


@pytest.mark.slow
def test_candidate_lemmas_are_spacy_rule_lemmas() -> None:
    """The detector's set-based copy of spaCy's rule lemmatizer gives spaCy's lemmas."""
    from timeline.nlp import load_model, parse

    nlp = load_model()
    component = nlp.get_pipe("lemmatizer")
    doc = parse(nlp, "The ministers were meeting after talks had collapsed; prices rose and stocks fell sharply.")
    lemmatize = _lemmatizer(doc, nlp)
    for token in doc:
        if token.pos_ in ("VERB", "NOUN", "ADJ") and not token.lemma_:
            assert lemmatize(token) == component.rule_lemmatize(token)[0].lower(), token.text
    # The same words again, capitalized or in another form: the lemmas kept by word and part of speech.
    again = parse(nlp, "Prices Rose. Meeting ministers, Talks collapsing, stocks falling: the Ministers met.")
    lemmatize_again = _lemmatizer(again, nlp)
    for token in again:
        if token.pos_ in ("VERB", "NOUN", "ADJ", "PROPN") and not token.lemma_:
            assert lemmatize_again(token) == component.rule_lemmatize(token)[0].lower(), token.text
    lemmas = {token.text: lemmatize(token) for token in doc}
    assert lemmas["meeting"] == "meet" and lemmas["collapsed"] == "collapse" and lemmas["prices"] == "price"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "value", "cue"),
    [
        ("The army attacked the city on Monday.", "attacked", "actual", None),
        ("The talks would fail, diplomats warned.", "fail", "hypothetical", "would"),
        ("If the talks fail, the army will attack the city.", "attack", "hypothetical", "If"),
        ("If the talks fail, the army will attack the city.", "fail", "hypothetical", "If"),
        ("The minister plans to visit Cairo next week.", "visit", "hypothetical", "plans"),
        ("Central banks cut rates to help the economy.", "help", "hypothetical", "to"),
        ("He did not resign.", "resign", "negated", None),
        ("The rebels refused to attend the meeting.", "attend", "negated", "refused"),
        ("Israel prevented a strike on the port.", "strike", "negated", "prevented"),
        ("Police said the gunman fled after the shooting.", "fled", "reported", "said"),
        ("Police said the gunman fled after the shooting.", "said", "actual", None),
        ("The alleged attack took place on Monday.", "attack", "reported", "alleged"),
        ("Police said the army would withdraw.", "withdraw", "hypothetical", "would"),  # the innermost cue
        ("Senators met to discuss the state of the war.", "discuss", "hypothetical", "to"),
        ("Senators met to discuss the state of the war.", "war", "actual", None),  # describes "the state"
        ("The visit set the stage for talks.", "talks", "actual", None),  # "set" only as "set to"
        # two clauses joined by ";" (parsed as a complement of the second): not what "expect" expects
        ("Officials projected three cuts; they now expect one.", "projected", "actual", None),
    ],
)
def test_factuality(
    factuality: Callable[[str], dict[str, Factuality]], text: str, word: str, value: str, cue: str | None
) -> None:
    found = factuality(text)[word]
    assert found.value in FACTUALITY_VALUES
    assert (found.value, found.cue) == (value, cue)


@pytest.mark.slow
def test_a_relative_clause_is_not_under_the_conditional_of_its_sentence(
    factuality: Callable[[str], dict[str, Factuality]],
) -> None:
    found = factuality("The man who was arrested on Monday will be freed if he pays.")
    assert found["arrested"].value == "actual"
    assert found["freed"].value == "hypothetical"


@pytest.mark.slow
def test_reported_cue_points_at_the_reporting_verb(factuality: Callable[[str], dict[str, Factuality]]) -> None:
    text = "The gunman fled, police said."
    found = factuality(text)["fled"]
    assert found.value == "reported" and found.cue_start == text.index("said")


def _train_script() -> object:
    """``scripts/train_event_lexicon.py`` loaded as a module (it is a script, not part of the package)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "train_event_lexicon.py"
    spec = importlib.util.spec_from_file_location("train_event_lexicon", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TINY_TIMEML = """<?xml version="1.0" ?>
<TimeML><DOCID>tiny</DOCID><TEXT>The committee <EVENT eid="e1" class="REPORTING">said</EVENT> the board
<EVENT eid="e2" class="I_ACTION">tried</EVENT> to <EVENT eid="e3" class="OCCURRENCE">block</EVENT> the
<EVENT eid="e4" class="OCCURRENCE">merger</EVENT>. Workers <EVENT eid="e5" class="OCCURRENCE">zorbled</EVENT>
on the roof.</TEXT></TimeML>"""


@pytest.mark.slow
def test_training_is_a_function_of_documents_and_its_model_plugs_into_the_detector() -> None:
    from timeline.evaluation.timeml import parse_timeml
    from timeline.events import LearnedLexicon, learned_from_dict
    from timeline.nlp import load_model, parse

    nlp = load_model()
    gold = parse_timeml(_TINY_TIMEML)
    raw = _train_script().train([(gold, parse(nlp, gold.text))], nlp=nlp, corpora=("tiny",))  # type: ignore[attr-defined]
    assert raw["documents"] == 1 and raw["corpora"] == ["tiny"]
    assert raw["lemmas"]["V:zorble"] == {"OCCURRENCE": 1, "event": 1, "n": 1}
    learned = learned_from_dict(raw)
    assert isinstance(learned, LearnedLexicon) and learned.class_model is not None
    detector = SpacyEventDetector(learned=learned)
    assert detector.learned is learned
    events = {e.text: e for e in detector.detect(parse(nlp, "Workers zorbled again."), nlp=nlp)}
    assert "zorbled" in events  # a verb only this training text knows
    assert SpacyEventDetector(learned=False).learned is None


def test_the_class_model_is_a_mean_of_perceptrons_with_a_margin_for_occurrence() -> None:
    """Two examples that say ASPECTUAL for "keep" and one OCCURRENCE: the mean of the perceptrons gives
    ASPECTUAL, but a word with only the bias feature (no evidence) stays an OCCURRENCE by the margin."""
    script: Any = _train_script()
    examples = [(["b", "L=V:keep"], "ASPECTUAL"), (["b", "L=V:keep"], "ASPECTUAL"), (["b", "L=V:go"], "OCCURRENCE")]
    weights = script.train_class_model(examples)
    model = ClassModel(classes=tuple(EventClass(c) for c in script.CLASSES), weights=weights)
    assert model.predict(["b", "L=V:keep"]) is EventClass.ASPECTUAL
    assert model.predict(["b"]) is EventClass.OCCURRENCE
    occurrence = script.CLASSES.index("OCCURRENCE")
    margin, script.OCCURRENCE_MARGIN = script.OCCURRENCE_MARGIN, 0.0
    without = script.train_class_model(examples)
    assert margin > 0 and weights["b"][occurrence] == pytest.approx(without["b"][occurrence] + margin, abs=0.011)


@pytest.mark.slow
def test_a_nominal_event_as_subject_of_a_conditional_is_detected_and_hypothetical(detect: Detect) -> None:
    events = detect("A large military operation in the north would cost thousands of lives.")
    assert events["operation"].pos == "NOUN"
    assert events["operation"].factuality == "hypothetical"
    assert events["operation"].is_hypothetical


@pytest.mark.slow
def test_the_detection_model_tells_an_operation_from_a_business_unit(detect: Detect) -> None:
    assert "operations" not in detect("The company sold its chemical operations last year.")
    assert "sold" in detect("The company sold its chemical operations last year.")


def test_shipped_model_has_a_detection_model_and_names_its_training_corpora() -> None:
    learned = load_learned("en")
    assert learned is not None and learned.detection_model is not None
    assert set(learned.corpora) <= {"TimeBank", "AQUAINT"} and learned.corpora
    model = learned.detection_model
    assert model.score(["b=V", "L=V:say"]) > 0 > model.score(["b=V", "L=V:be"])


@pytest.mark.slow
def test_the_cue_index_gives_the_factuality_of_the_full_walk() -> None:
    from timeline.events import _cue_children, event_factuality
    from timeline.nlp import load_model, parse

    nlp = load_model()
    text = (
        "If talks fail, the army will attack. Police said the alleged robber fled, according to witnesses. "
        "She asked whether they had left. A possible strike was averted."
    )
    doc = parse(nlp, text)
    lemmatize = _lemmatizer(doc, nlp)
    words = load_lexicon("en").factuality
    assert words is not None
    cues = _cue_children(doc, words)
    values = set()
    for token in doc:
        with_index = event_factuality(token, lemmatize=lemmatize, cues=cues)
        assert with_index == event_factuality(token, lemmatize=lemmatize)
        values.add(with_index.value)
    assert {"hypothetical", "reported"} <= values


@pytest.mark.slow
def test_cross_validation_never_scores_a_document_it_trained_on(
    shared_data: object, tmp_path: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "events_tempeval.py"
    spec = importlib.util.spec_from_file_location("events_tempeval", path)
    assert spec is not None and spec.loader is not None
    bench: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    real_train, real_score = bench._trainer(), bench.score_pair
    trained: list[set[str]] = []
    scored: list[tuple[int, str]] = []

    def train(documents: Any, **kwargs: Any) -> Any:
        documents = list(documents)
        trained.append({gold.doc_id for gold, _ in documents})
        return real_train(documents, **kwargs)

    def score(gold: Any, system: Any) -> Any:
        scored.append((len(trained) - 1, gold.doc_id))
        return real_score(gold, system)

    monkeypatch.setattr(bench, "_trainer", lambda: train)
    monkeypatch.setattr(bench, "score_pair", score)
    assert bench.main(["--cross-validate", "3", "--limit", "3", "--cache", str(tmp_path)]) == 0
    assert "3-fold cross-validation" in capsys.readouterr().out
    assert len(trained) == 3 and len(scored) == 6 and len({doc for _, doc in scored}) == 6
    for fold, doc in scored:
        assert doc not in trained[fold]


@pytest.mark.slow
def test_the_token_table_reads_what_spacy_tokens_say() -> None:
    """The detector reads the parse through ``_Tokens`` (columns read once, by token index): every
    column, child list and lemma is that of spaCy's own tokens, and the per-token public functions
    (the training script's) give what the detector's index functions give."""
    from timeline.events import (
        _class_features,
        _cue_children,
        _detection_features,
        _event_factuality,
        _lemmas_by_index,
        _Tokens,
        coarse_pos,
        detection_features,
        event_factuality,
    )
    from timeline.nlp import load_model, parse

    nlp = load_model()
    text = (
        "If talks fail, the army will attack.  Police said the alleged robber fled, according to witnesses.\n"
        "The cease-fire resolution, which officials didn't sign, was to be published by President Joe Biden."
    )
    doc = parse(nlp, text)
    lemmatize = _lemmatizer(doc, nlp)
    lexicon = load_lexicon("en")
    words = lexicon.factuality
    assert words is not None
    cues = _cue_children(doc, words)
    table = _Tokens(doc)
    lemma_at = _lemmas_by_index(doc, table, nlp)
    assert table.text == doc.text and len(table) == len(doc)
    assert _cue_children(doc, words, table) == cues
    detector = SpacyEventDetector()
    learned = detector.learned
    assert learned is not None and learned.detection_model is not None and learned.class_model is not None
    for token in doc:
        i = token.i
        assert (table.texts[i], table.idxs[i], " " if table.spaces[i] else "") == (
            token.text,
            token.idx,
            token.whitespace_,
        )
        assert (table.tags[i], table.deps[i], table.lowers[i], table.orths[i]) == (
            token.tag_,
            token.dep_,
            token.lower_,
            token.orth,
        )
        assert (table.lemma_name(i), table.pos_name(i)) == (token.lemma_, token.pos_)
        assert table.heads[i] == token.head.i
        assert table.kids(i) == [c.i for c in token.children]
        assert table.left_edge(i) == token.left_edge.i
        assert lemma_at(i) == lemmatize(token)
        pos = coarse_pos(token)
        if pos is not None:
            lemma = lemmatize(token)
            assert _detection_features(table, i, lemma, pos, lexicon, lemma_at) == detection_features(
                token, lemma, pos, lexicon, lemmatize
            )
            assert _class_features(table, i, lemma, pos, lexicon, lemma_at) == class_features(
                token, lemma, pos, lexicon, lemmatize
            )
            # The detector remembers the models' answers by what the features are built from: the
            # same score to the last bit and the same class, first computed and then remembered.
            score = learned.detection_model.score(_detection_features(table, i, lemma, pos, lexicon, lemma_at))
            kind = {"V": "VERB", "N": "NOUN", "J": "ADJ"}[pos]
            hand = (lexicon.verb_classes if pos == "V" else lexicon.noun_classes).get(lemma)
            if token.text == "resolution":  # its determiner by word, its relative clause by label
                assert {"C=N|det|the", "C=N|relcl", "L=N:resolution"} <= set(
                    detection_features(token, lemma, pos, lexicon, lemmatize)
                )
            for _ in range(2):
                assert detector._detection_score(table, i, lemma, pos, lemma_at) == score
                if hand is not EventClass.ASPECTUAL:
                    assert detector._class(table, i, kind, lemma, lemma_at) is learned.class_model.predict(
                        class_features(token, lemma, pos, lexicon, lemmatize)
                    )
        assert _event_factuality(
            table, i, lemma_at, polarity=Polarity.POS, modality=None, words=words, memo=None, cues=cues
        ) == event_factuality(token, lemmatize=lemmatize, cues=cues)


@pytest.mark.slow
def test_each_event_carries_its_own_sentence(detect: Detect) -> None:
    text = "The army attacked the town. Officials said talks would resume."
    events = detect(text)
    first, second = text.split(" Officials")[0], "Officials" + text.split(" Officials")[1]
    assert events["attacked"].sentence.text == first and events["attacked"].sentence.start == 0
    assert events["said"].sentence == events["resume"].sentence
    assert events["said"].sentence.text == second and events["said"].sentence.start == text.index("Officials")


@pytest.mark.slow
def test_a_new_lemmatizer_under_a_reused_id_does_not_read_the_old_ones_lemmas() -> None:
    """The lemma cache is kept per component id; ids are reused after a component is freed."""
    from timeline import events
    from timeline.nlp import load_model, parse

    nlp = load_model()
    component = nlp.get_pipe("lemmatizer")
    key = id(component)
    saved_rules, saved_lemmas = events._RULES.get(key), events._LEMMAS.get(key)
    try:
        events._RULES[key] = events._RuleLemmatizer(object())  # as if a freed component had held this id
        events._LEMMAS[key] = {(0, 0, 0): "stale"}
        source = events._LemmaSource(parse(nlp, "They voted."), nlp)
        assert source.rules is not None and source.rules.component is component
        assert (0, 0, 0) not in source.cache
    finally:
        for table, saved in ((events._RULES, saved_rules), (events._LEMMAS, saved_lemmas)):
            if saved is None:
                table.pop(key, None)
            else:
                table[key] = saved  # type: ignore[assignment]


@pytest.mark.slow
def test_a_publishers_notice_tells_no_event(detect: Detect) -> None:
    events = detect(
        "Copyright infringement suits rose last year. The report may not be published until the court decides.\n\n"
        "Copyright © 2024, ABC Audio. All rights reserved. "
        "This material may not be published, broadcast, rewritten or redistributed."
    )
    assert {"rose", "published", "decides"} <= set(events)  # the story's own sentences keep theirs
    assert not {"reserved", "broadcast", "rewritten", "redistributed"} & set(events)
    assert events["published"].start < events["decides"].start  # the story's "published", not the notice's


@pytest.mark.slow
def test_an_event_noun_the_tagger_reads_as_an_adjective_is_a_nominal_event(detect: Detect) -> None:
    """In "a ground offensive ... would result" the tagger says JJ, the parser makes it the subject (no adjective is
    one); a word the lexicon lists as an event noun is then that noun, and takes the modal of its verb."""
    events = detect("The draft emphasized concern that a ground offensive into Rafah would result in further harm.")
    assert events["offensive"].pos == "NOUN"
    assert events["offensive"].modality == "would"
    assert events["offensive"].factuality == "hypothetical"
    assert "offensive" not in detect("He made offensive remarks.")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Investors on Monday feared the threat of a strike at the port.", "strike"),
        ("The government on Monday raised the prospect of an invasion.", "invasion"),
        ("On Monday the White House voiced opposition to a ground invasion.", "invasion"),
    ],
)
def test_a_threatened_or_opposed_event_is_left_off_the_timeline(text: str, word: str) -> None:
    """A possibility is no past event: it was placed on Monday with the verb it depends on."""
    from timeline import extract_timeline

    timeline = extract_timeline(text, "2024-03-22")
    event = next(e for e in timeline.events if e.text == word)
    assert event.is_hypothetical and event in timeline.unplaced


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Organizers called off the parade.", "parade"),
        ("The union called off the walkout.", "walkout"),
        ("Guards foiled the escape.", "escape"),
    ],
)
def test_the_object_of_a_verb_that_only_acts_on_events_is_one(detect: Detect, text: str, word: str) -> None:
    """Only an event is averted, postponed, called off or foiled: its object is an event, and one that did not
    take place."""
    event = detect(text)[word]
    assert event.pos == "NOUN" and event.factuality == "negated"


@pytest.mark.slow
def test_a_postponed_event_is_one_still_to_come(detect: Detect) -> None:
    """Postponed is not called off: the event is to take place later."""
    event = detect("The city postponed the festivities.")["festivities"]
    assert event.pos == "NOUN" and event.factuality == "hypothetical"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The shootout lasted an hour.", "shootout"),
        ("The tsunami killed thousands.", "tsunami"),
        ("The derailment closed the line.", "derailment"),
        ("The rampage left five dead.", "rampage"),
    ],
)
def test_news_event_nouns_the_corpus_seldom_saw_are_events(detect: Detect, text: str, word: str) -> None:
    """Nouns that only name events (violence, disasters, courts, markets...), listed in ``event_nouns``: the detection
    model's lexicon feature carries them when TimeBank and AQUAINT have too few of them to learn from."""
    assert detect(text)[word].pos == "NOUN"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ceasefire collapsed on Sunday.", "ceasefire"),
        ("The massacre shocked the nation.", "massacre"),
        ("The impeachment divided the party.", "impeachment"),
        ("The incursion began at dawn.", "incursion"),
    ],
)
def test_an_event_noun_the_training_texts_lack_is_an_event_whatever_its_context(
    detect: Detect, text: str, word: str
) -> None:
    """A noun of ``event_nouns`` the detection model never saw has no weight of its own, and its context and suffix
    alone read "ceasefire" as no event: the lexicon, there for such news words, decides."""
    assert detect(text)[word].pos == "NOUN"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "modal", "event"),
    [
        ("The company will have to pay the fine.", "have", "pay"),
        ("The bank is going to sell the unit.", "going", "sell"),
        ("Having to sell the plant hurt the company.", "Having", "sell"),
    ],
)
def test_a_semi_modal_is_the_modal_of_its_infinitive_not_an_event(
    detect: Detect, text: str, modal: str, event: str
) -> None:
    """TimeML tags the infinitive of "have to" and "be going to", not the semi-modal itself (TimeBank: none of its
    17 such verbs is an event)."""
    found = detect(text)
    assert modal not in found and found[event].pos == "VERB"


@pytest.mark.slow
def test_an_infinitive_takes_its_semi_modals_negation_and_modal(detect: Detect) -> None:
    """With the semi-modal left out, its "not" and its modal go to the event: "did not have to resign" did not
    resign, "would have to be borrowed" may never be."""
    assert detect("He did not have to resign.")["resign"].polarity is Polarity.NEG
    assert detect("We are not going to change our plans.")["change"].polarity is Polarity.NEG
    assert detect("That money would have to be borrowed.")["borrowed"].modality == "would"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("The ministers had to resign.", "resign", Tense.PAST),
        ("The company has had to cut 200 jobs.", "cut", Tense.PAST),  # done before publication
        ("The company will have to pay the fine.", "pay", Tense.FUTURE),
        ("The bank is going to sell the unit.", "sell", Tense.FUTURE),
        ("The firm has to pay the fine.", "pay", Tense.INFINITIVE),  # an obligation, not yet anything
        ("The bank was going to sell the unit.", "sell", Tense.INFINITIVE),  # a plan of the past
    ],
)
def test_an_infinitive_lies_where_its_semi_modal_puts_it(detect: Detect, text: str, word: str, tense: Tense) -> None:
    """With the semi-modal left out, the sentence would tell no time: "had to resign" resigned in the past,
    "will have to pay" and "is going to sell" are still to come, and the timeline places them so."""
    assert detect(text)[word].tense is tense
    entries = {entry.event.text: entry for entry in extract_timeline(text, "2024-03-22").entries}
    assert (word in entries) is (tense is not Tense.INFINITIVE)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [("The firm has work to do.", "has", "have"), ("The troops went to fight.", "went", "go")],
)
def test_have_with_an_object_and_go_to_a_purpose_are_no_semi_modals(text: str, word: str, lemma: str) -> None:
    """ "Has work to do" has an object, "went to fight" is no progressive: neither is the modal of its infinitive."""
    from timeline.events import _lemmas_by_index, _Tokens
    from timeline.nlp import load_model, parse

    nlp = load_model()
    doc = parse(nlp, text)
    detector = SpacyEventDetector()
    t = _Tokens(doc)
    i = next(token.i for token in doc if token.text == word)
    assert _lemmas_by_index(doc, t, nlp)(i) == lemma
    assert not detector._is_semi_modal(t, i, lemma)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("She co-founded the firm in 2009.", ["co-founded"]),  # the tagger reads "co" and "-" as verbs too
        ("Cole, 52, co-founded Vantor in 2009.", []),  # the parse is lost: no "co" nor "-" at least
        ("He was re-elected in 2020.", ["re-elected"]),
        ("Officials said--and the minister agreed--that talks failed.", ["said", "agreed", "failed"]),
    ],
)
def test_the_parts_of_a_hyphenated_word_are_no_events(detect: Detect, text: str, events: list[str]) -> None:
    found = detect(text)
    assert not {"co", "re", "-"} & set(found)
    assert set(events) <= set(found)
