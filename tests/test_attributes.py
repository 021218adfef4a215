"""The attribute table gives exactly what the model's ``attribute_ruler`` gives."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from timeline.attributes import TableAttributeRuler
from timeline.nlp import ATTRIBUTE_TABLE_COMPONENT, default_model_name, load_model

pytestmark = pytest.mark.slow

#: Text exercising the ruler's rules: articles and demonstratives, pronouns by case (subject,
#: object), "but" as an adverb, auxiliaries, "do/have" as main verbs, "there is", the
#: two-token rules ("gon na", "got ta", "let 's", "y' all", "ai n't"), spaces and line breaks.
TEXT = """WASHINGTON (AP) — The vote failed Friday, but it had been expected. I said it to you.

You gave it to me; it gave them nothing.  Something happened, and everybody knew that.
We're gon na win, he said. I got ta go. Let's see what y'all think. It ain't over.
There is a plan and there were doubts. She did it. They have a car. Do they? He has had enough.
Those were the days: this one, that one, these ones.   Whether or not; because it rained.
\t\n
"""


def _with_both(texts: list[str]) -> tuple[list, list]:
    import spacy

    nlp = spacy.load(default_model_name(), exclude=["ner", "lemmatizer"])
    ruler = nlp.get_pipe("attribute_ruler")
    table = TableAttributeRuler.from_ruler(ruler)
    assert table is not None
    with nlp.select_pipes(disable=["attribute_ruler"]):
        bare = list(nlp.pipe(texts))
    from spacy.tokens import DocBin

    stored = DocBin(docs=bare)
    by_spacy = [ruler(doc) for doc in stored.get_docs(nlp.vocab)]
    by_table = [table(doc) for doc in stored.get_docs(nlp.vocab)]
    return by_spacy, by_table


def _annotations(doc: object) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i), str(t.is_sent_start)) for t in doc]  # type: ignore[attr-defined]


def test_table_gives_the_rulers_annotations() -> None:
    texts = [TEXT, TEXT.upper(), "", " ", "gon", "na gon", "ai n't"]
    by_spacy, by_table = _with_both(texts)
    for expected, got in zip(by_spacy, by_table, strict=True):
        assert _annotations(got) == _annotations(expected)
    # the text does reach the rules that look at two tokens and at dependency labels
    first = by_table[0]
    assert {t.lemma_ for t in first if t.lower_ in ("gon", "na", "ai")} >= {"go", "to", "be"}
    assert any(t.pos_ == "SPACE" for t in first)


@pytest.mark.corpus
def test_table_gives_the_rulers_annotations_on_timebank() -> None:
    data = Path(__file__).resolve().parents[2] / "shared/data/tempeval3/TBAQ-cleaned/TimeBank"
    if not data.is_dir():
        pytest.skip("../shared/data is not here")
    from timeline.evaluation.timeml import read_timeml

    texts = [read_timeml(path).text for path in sorted(data.glob("*.tml"))[:25]]
    by_spacy, by_table = _with_both(texts)
    assert [_annotations(d) for d in by_table] == [_annotations(d) for d in by_spacy]


def test_loaded_model_runs_the_table_instead_of_the_ruler() -> None:
    nlp = load_model()
    assert ATTRIBUTE_TABLE_COMPONENT in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    doc = nlp("He had said it.")
    assert [t.pos_ for t in doc] == ["PRON", "AUX", "VERB", "PRON", "PUNCT"]
    assert str(doc[1].morph) == "Tense=Past|VerbForm=Fin"


def test_table_pickles() -> None:
    """Its rules are plain data (``nlp.pipe(n_process=...)`` may pickle the pipeline)."""
    nlp = load_model()
    table = nlp.get_pipe(ATTRIBUTE_TABLE_COMPONENT)
    copy = TableAttributeRuler(nlp.vocab, pickle.loads(pickle.dumps(table.rules)))
    with nlp.select_pipes(disable=[ATTRIBUTE_TABLE_COMPONENT]):
        bare = nlp(TEXT)
    from spacy.tokens import DocBin

    stored = DocBin(docs=[bare])
    (first,), (second,) = (list(stored.get_docs(nlp.vocab)) for _ in range(2))
    assert _annotations(table(first)) == _annotations(copy(second))


def test_rules_the_table_cannot_read_leave_the_ruler_in_place() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert TableAttributeRuler.from_ruler(ruler) is not None
    ruler.add([[{"ORTH": "x", "OP": "+"}]], {"POS": "X"})
    assert TableAttributeRuler.from_ruler(ruler) is None
    other = spacy.blank("en").add_pipe("attribute_ruler")
    other.add([[{"LIKE_NUM": True}]], {"POS": "NUM"})
    assert TableAttributeRuler.from_ruler(other) is None


def test_a_model_with_unreadable_rules_keeps_its_ruler() -> None:
    import spacy

    from timeline.nlp import _use_attribute_table

    readable, unreadable = spacy.blank("en"), spacy.blank("en")
    readable.add_pipe("attribute_ruler").add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    unreadable.add_pipe("attribute_ruler").add([[{"LIKE_NUM": True}]], {"POS": "NUM"})
    _use_attribute_table(readable)
    _use_attribute_table(unreadable)
    assert readable.pipe_names == [ATTRIBUTE_TABLE_COMPONENT]
    assert unreadable.pipe_names == ["attribute_ruler"]


def test_classes_are_remembered_and_reused() -> None:
    """A second document of the same kinds of tokens adds no class: the outcome of the
    single-token rules is worked out once per class, whatever the number of documents."""
    nlp = load_model()
    table = nlp.get_pipe(ATTRIBUTE_TABLE_COMPONENT)
    nlp(TEXT)
    known = len(table._outcomes)
    assert known > 0
    doc = nlp(TEXT)
    assert len(table._outcomes) == known
    assert {t.lemma_ for t in doc if t.lower_ == "gon"} == {"go"}


def test_regex_rule_on_words_no_rule_names() -> None:
    """A single-token rule with a regular expression ("nothin'", "nuthin'") reaches words that
    no other rule names, upper case included, as the ruler does."""
    texts = ["He said nothin' and NUTHIN' happened.", "Nothin' at all; nuthin' else."]
    by_spacy, by_table = _with_both(texts)
    for expected, got in zip(by_spacy, by_table, strict=True):
        assert _annotations(got) == _annotations(expected)
    assert [t.lemma_ for doc in by_table for t in doc if t.lower_ in ("nothin'", "nuthin'")] == ["nothing"] * 3


def test_line_breaks_start_sentences() -> None:
    """Every token after a line break starts a sentence (headline, dateline, paragraphs);
    tokens after plain spaces are left to the parser."""
    nlp = load_model()
    doc = nlp("Vote fails\nWASHINGTON — The vote failed Friday.\n\nIt was expected and it  was not")
    starts = {t.text for t in doc if t.is_sent_start}
    assert {"Vote", "WASHINGTON", "It"} <= starts
    assert "was" not in starts


def test_table_itself_pickles_without_its_caches() -> None:
    nlp = load_model()
    table = nlp.get_pipe(ATTRIBUTE_TABLE_COMPONENT)
    nlp(TEXT)
    copy = pickle.loads(pickle.dumps(table))
    assert copy._outcomes == {}
    with nlp.select_pipes(disable=[ATTRIBUTE_TABLE_COMPONENT]):
        bare = nlp(TEXT)
    from spacy.tokens import DocBin

    stored = DocBin(docs=[bare])
    (first,), (second,) = (list(stored.get_docs(nlp.vocab)) for _ in range(2))
    assert _annotations(table(first)) == _annotations(copy(second))


def test_hand_written_rules_match_the_ruler() -> None:
    """Operators, regexes, precedence (later rules win), a multi-token rule with an index and a
    rule with two alternatives, on a hand-built Doc: the table gives what spaCy's ruler gives."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"TAG": {"IN": ["VBD", "VBZ"]}}]], {"POS": "VERB", "MORPH": "VerbForm=Fin"})
    ruler.add([[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": {"IN": ["aux"]}}]], {"POS": "AUX"})
    ruler.add([[{"LOWER": {"REGEX": "^re"}}]], {"LEMMA": "re-something"})
    ruler.add([[{"LOWER": "the"}], [{"LOWER": "a"}]], {"POS": "DET"})
    ruler.add([[{"LOWER": "new"}, {"TAG": "NN"}]], {"LEMMA": "novel"}, index=1)
    ruler.add([[{"LOWER": "vote", "TAG": "NN"}]], {"POS": "PROPN"})  # wins over the first rule
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    table = TableAttributeRuler.from_ruler(ruler)
    assert table is not None

    def doc() -> Doc:
        words = ["The", "new", "vote", "has", "reopened", "a", "new", "Debate", "\n", "Recently", "voted"]
        tags = ["DT", "JJ", "NN", "VBZ", "VBN", "DT", "JJ", "NN", "_SP", "RB", "VBD"]
        deps = ["det", "amod", "nsubj", "aux", "ROOT", "det", "amod", "dobj", "dep", "advmod", "conj"]
        heads = [2, 2, 4, 4, 4, 7, 7, 4, 7, 10, 4]
        return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)

    expected, got = ruler(doc()), table(doc())
    assert _annotations(got) == _annotations(expected)
    pos = {t.text: t.pos_ for t in got}
    assert (pos["The"], pos["a"], pos["vote"], pos["has"], pos["\n"], pos["voted"]) == (
        "DET",
        "DET",
        "PROPN",
        "AUX",
        "SPACE",
        "VERB",
    )
    lemmas = {t.text: t.lemma_ for t in got}
    assert (lemmas["Debate"], lemmas["reopened"], lemmas["Recently"], lemmas["vote"]) == (
        "novel",
        "re-something",
        "re-something",
        "novel",
    )


def test_table_annotates_a_batch_as_each_document_alone() -> None:
    """``pipe`` looks up a batch's tokens at once; the two-token rules still match within a
    document only ("gon" ending one text and "na" starting the next are no "gon na")."""
    import spacy
    from spacy.tokens import DocBin

    texts = [TEXT, "We were gon", "na see. It ain't", "n't over", "", TEXT.upper(), "There is hope.", "\n"]
    nlp = spacy.load(default_model_name(), exclude=["ner", "lemmatizer"])
    ruler = nlp.get_pipe("attribute_ruler")
    table = TableAttributeRuler.from_ruler(ruler)
    assert table is not None
    with nlp.select_pipes(disable=["attribute_ruler"]):
        stored = DocBin(docs=list(nlp.pipe(texts)))
    expected = [ruler(doc) for doc in stored.get_docs(nlp.vocab)]
    for batch_size in (1, 3, 100):
        got = list(table.pipe(stored.get_docs(nlp.vocab), batch_size=batch_size))
        assert [_annotations(doc) for doc in got] == [_annotations(doc) for doc in expected]
    assert {t.lemma_ for t in expected[2] if t.lower_ == "na"} != {"to"}  # no match across the two texts
