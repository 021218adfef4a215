"""The orderer's parse table (:class:`timeline.ordering.parse.Parse`) answers as spaCy's own objects do."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from timeline.ordering.parse import Parse


def _hand_parsed() -> Doc:
    """Two sentences, a run of spaces (a token of its own), punctuation on both sides of a phrase,
    and spans whose tokens hang on different heads outside them ("talks , then" under "met")."""
    words = ["They", "met", "after", "talks", ",", "then", "  ", "left", ".", "Then", "(", "they", ")", "left", "."]
    heads = [1, 1, 1, 2, 1, 7, 5, 1, 1, 13, 11, 13, 11, 13, 13]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "advmod", "dep", "conj", "punct"]
    deps += ["advmod", "punct", "nsubj", "punct", "ROOT", "punct"]
    spaces = [True, True, True, False, True, False, False, False, True, True, False, False, True, False, False]
    pos = ["PRON", "VERB", "ADP", "NOUN", "PUNCT", "ADV", "SPACE", "VERB", "PUNCT"]
    pos += ["ADV", "PUNCT", "PRON", "PUNCT", "VERB", "PUNCT"]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_span_finds_the_tokens_and_root_of_every_character_range_as_char_span_does() -> None:
    """``Parse.span`` equals ``doc.char_span(start, end, alignment_mode="expand")``'s start, end and
    root for every range of the text, without building the ``Span``."""
    doc = _hand_parsed()
    parse = Parse(doc)
    text_length = len(doc.text)
    for start in range(text_length + 1):
        for end in range(start, text_length + 2):
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = (span.start, span.end, span.root.i) if span is not None and len(span) else None
            assert parse.span(start, end) == expected, (start, end)
    assert parse.span(0, 20) == (0, 4, 1)  # "They met after talks": the root of the sentence
    comma = doc.text.index(", then")
    assert parse.span(comma, comma + 6) == (4, 6, 5)  # two heads outside: the deeper word, not the comma


def test_pos_and_length_read_the_columns() -> None:
    doc = _hand_parsed()
    parse = Parse(doc)
    assert len(parse) == len(doc)
    assert [parse.pos(i) for i in range(len(doc))] == [t.pos_ for t in doc]


def test_a_users_root_hook_is_asked_for_every_span() -> None:
    """With ``Doc.user_span_hooks["root"]`` set, the root is the hook's, one token or several."""
    doc = _hand_parsed()
    doc.user_span_hooks["root"] = lambda span: span.doc[len(span.doc) - 1]
    parse = Parse(doc)
    assert parse.span(0, 20) == (0, 4, 14)
    assert parse.root(5, 8) == 14  # "met"


def test_lemma_reads_the_column() -> None:
    doc = _hand_parsed()
    for token in doc:
        token.lemma_ = token.lower_
    doc[1].lemma_ = "meet"
    parse = Parse(doc)
    assert [parse.lemma(i) for i in range(len(doc))] == [t.lemma_ for t in doc]
    assert parse.lemma(1) == "meet"
