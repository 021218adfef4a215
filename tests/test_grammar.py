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
