"""Tense and orientation read from the words (no parse) and from the parse."""

from __future__ import annotations

import pytest

from timeline import extract_timeline
from timeline.grammar import Orientation, orientation_from_text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister said he would travel to Paris on Thursday.", Orientation.FUTURE),
        ("The new tariffs, effective Feb. 1, were announced.", Orientation.FUTURE),
        ("The payment is due Friday.", Orientation.FUTURE),
        ("The minister traveled to Paris on Thursday.", Orientation.PAST),
        ("The minister will travel to Paris on Thursday.", Orientation.FUTURE),
        ("The minister is in Paris on Thursday.", Orientation.PRESENT),
        ("The contract had been due to expire Thursday.", Orientation.PAST),  # a plan seen from the past
        ("Thursday, the contract had been due to expire.", Orientation.PAST),
        ("The contract is due to expire Thursday.", Orientation.FUTURE),
        ("They are planning to meet Thursday.", Orientation.FUTURE),
        ("They plan on meeting Thursday.", Orientation.FUTURE),
        # a past form after "be" or a determiner is a participle, not the clause's tense
        ("The winner will be named on Thursday.", Orientation.FUTURE),
        ("The winners are named on Thursday.", Orientation.PRESENT),
        ("The winner has been named on Thursday.", Orientation.PAST),
        ("The winner was named on Thursday.", Orientation.PAST),
        ("On Thursday the injured miners will be flown home.", Orientation.FUTURE),
        ("The bonus will be paid on a still unspecified day, Thursday.", Orientation.FUTURE),
        ("On Thursday they were planning to march.", Orientation.FUTURE),
        ("Thursday, officials are expected to vote.", Orientation.FUTURE),
        # a period in a number or after an abbreviation does not end the clause
        ("Shares rose 3.5 percent on Thursday.", Orientation.PAST),
        ("A bomb exploded in Birmingham, Ala., on Thursday.", Orientation.PAST),
        ("He resigned from Acme Corp. on Thursday.", Orientation.PAST),
        ("He spoke to Gen. Powell on Thursday.", Orientation.PAST),
        ("He resigned. Thursday nothing", Orientation.UNKNOWN),
        # a hyphenated compound on -ed is an adjective, unless its first part makes a verb
        ("Government-backed lenders open new branches on Thursday.", Orientation.UNKNOWN),
        ("The long-awaited report comes out on Thursday.", Orientation.UNKNOWN),
        ("A high-sided lorry is due on Thursday.", Orientation.FUTURE),
        ("North Korea test-fired a missile on Thursday.", Orientation.PAST),
        ("The mayor was re-elected on Thursday.", Orientation.PAST),
    ],
)
def test_orientation_from_words(sentence: str, expected: Orientation) -> None:
    word = next(w for w in ("Thursday", "Feb. 1", "Friday") if w in sentence)
    start = sentence.index(word)
    assert orientation_from_text(sentence, start, start + len(word)) is expected


@pytest.mark.slow
def test_a_passive_infinitive_looks_forward() -> None:
    """'is to be published in June' (written in February) is this June; its tense is INFINITIVE."""
    tl = extract_timeline("The report is to be published in early June.", publication_date="1998-02-18")
    assert [t.value for t in tl.times] == ["1998-06"]
    assert [(e.text, e.tense.value) for e in tl.events] == [("published", "INFINITIVE")]
    past = extract_timeline("The report was published in early June.", publication_date="1998-02-18")
    assert [t.value for t in past.times] == ["1997-06"]


@pytest.mark.slow
def test_with_no_verb_above_it_in_the_parse_the_nearest_marker_decides() -> None:
    """'products introduced in April': the parse finds no finite verb over the month (a participle),
    so the tense of the words around it decides, as without a parse: the April past, not the next."""
    tl = extract_timeline(
        "Most of the systems shipped were products introduced in April.", publication_date="1989-11-15"
    )
    assert [t.value for t in tl.times] == ["1989-04"]


@pytest.mark.slow
def test_verb_features_from_columns_are_those_from_tokens() -> None:
    """``verb_features_of`` (the event detector reads the parse as columns) gives what ``verb_features``
    reads from spaCy tokens: tense, aspect, polarity and modality from the auxiliaries."""
    from timeline.grammar import verb_features, verb_features_of
    from timeline.model import Aspect, Polarity, Tense
    from timeline.nlp import load_model, parse

    doc = parse(load_model(), "She has not been sleeping. They would have left. It is to be published. He will go.")
    seen = {}
    for token in doc:
        if token.tag_.startswith("VB") and token.dep_ not in ("aux", "auxpass"):
            children = tuple(
                (c.dep_, c.lower_, c.tag_, c.lemma_ if c.dep_ in ("aux", "auxpass") else "") for c in token.children
            )
            features = verb_features_of(token.tag_, token.dep_, children)
            assert features == verb_features(token)
            seen[token.text] = features
    assert seen["sleeping"].aspect is Aspect.PERFECTIVE_PROGRESSIVE and seen["sleeping"].polarity is Polarity.NEG
    assert seen["left"].modality == "would" and seen["left"].aspect is Aspect.PERFECTIVE
    assert seen["published"].tense is Tense.INFINITIVE
    assert seen["go"].tense is Tense.FUTURE


def test_a_passive_in_progress_is_progressive() -> None:
    """ "is being built" is a passive in progress: TimeML writes aspect PROGRESSIVE, as for "is
    building"; a plain passive or a perfect passive is not."""
    from timeline.grammar import verb_features
    from timeline.model import Aspect, Tense
    from timeline.nlp import load_model, parse

    doc = parse(load_model(), "A bridge is being built. The men were being questioned. The road has been built.")
    seen = {t.text: verb_features(t) for t in doc if t.tag_ == "VBN"}
    assert seen["built"].aspect is Aspect.PERFECTIVE  # the last "built": "has been built"
    assert verb_features(doc[4]).aspect is Aspect.PROGRESSIVE and verb_features(doc[4]).tense is Tense.PRESENT
    assert seen["questioned"].aspect is Aspect.PROGRESSIVE and seen["questioned"].tense is Tense.PAST


def test_token_columns_are_read_once_within_a_run_and_not_kept() -> None:
    """The stages share one reading of a parse's columns inside ``sharing_columns`` (the pipeline's
    run), and only for that ``Doc``; the columns are those of spaCy's tokens."""
    from timeline.nlp import load_model, parse, sharing_columns, token_columns

    nlp = load_model()
    doc, other = parse(nlp, "The vote failed on Friday. Talks resume."), parse(nlp, "He left.")
    with sharing_columns(doc):
        assert token_columns(doc) is token_columns(doc)
        assert token_columns(other) is not token_columns(other)
    assert token_columns(doc) is not token_columns(doc)
    columns = token_columns(doc)
    assert columns.names("tag_hashes") == [t.tag_ for t in doc]
    assert columns.names("dep_hashes") == [t.dep_ for t in doc]
    assert columns.names("orths") == [t.text for t in doc]
    assert columns.heads == [t.head.i for t in doc]
    assert columns.idxs == [t.idx for t in doc] and columns.lengths == [len(t) for t in doc]
    assert columns.sentence_flags.tolist()[6] == 1  # "Talks" starts the second sentence


@pytest.mark.slow
def test_the_tense_reading_answers_from_the_parse_table_as_from_the_doc() -> None:
    """The resolver asks the pipeline's parse table (no ``Token`` or ``Span`` per question) what a
    bare ``Doc`` answers, for every run of one to four words: the clause's tense, a participle's
    borrowed one ("introduced in May"), a gerund's ("after meeting in May"), an infinitive's."""
    from timeline.grammar import orientation_from_parse, participle_orientation
    from timeline.nlp import load_model, parse
    from timeline.ordering.parse import Parse

    doc = parse(
        load_model(),
        "The bill, introduced in April and passed in May, was signed Friday. After meeting in June, they agreed "
        "to talk again in July. The company, founded in 1990, will list its shares next week. He plans to "
        "meet them Thursday; officials had not been told on Monday.",
    )
    table = Parse(doc)
    answers = set()
    for i in range(len(doc)):
        for last in range(i, min(i + 4, len(doc))):
            start, end = doc[i].idx, doc[last].idx + len(doc[last])
            for read in (orientation_from_parse, participle_orientation):
                found = read(table, start, end)
                assert found is read(doc, start, end), (read.__name__, doc.text[start:end])
                answers.add((read.__name__, found))
    assert ("participle_orientation", Orientation.PAST) in answers
    assert {("orientation_from_parse", o) for o in (Orientation.PAST, Orientation.FUTURE)} <= answers


def test_a_bare_doc_is_asked_for_no_token_the_questions_already_hold() -> None:
    """``governing_verb`` of a token asks its tag and label of that token and climbs by its heads:
    no new ``doc[i]`` per question (the orderer asks it of an event's token)."""
    import spacy
    from spacy.tokens import Doc

    from timeline.grammar import _DocTree, _governing_verb

    words = ["They", "met", "on", "Friday", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 2, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "punct"],
        tags=["PRP", "VBD", "IN", "NNP", "."],
    )

    class Counting:
        """The Doc, counting the tokens asked of it."""

        def __init__(self) -> None:
            self.asked = 0

        def __getitem__(self, i: int) -> object:
            self.asked += 1
            return doc[i]

    for token in (doc[1], doc[3]):
        counting = Counting()
        assert _governing_verb(_DocTree(counting, token), token.i) == 1  # type: ignore[arg-type]
        assert counting.asked == 0
