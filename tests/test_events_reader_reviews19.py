"""Events of the session-19 reader reviews (G and H): spurious, missing and wrongly qualified events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from timeline.events import Factuality
from timeline.model import Tense


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # "call" names or declares its object; only "call for" and a clause are intended
        ("The Associated Press called the race at 9:47 p.m.", "race", "actual"),
        ("The union called for a strike.", "strike", "hypothetical"),
        ("She called on the rebels to stop fighting.", "stop", "hypothetical"),
        # a condition hung from a saying is that of what is said, not of the saying
        ("If the Senate approves the bill, Gov. Josh Shapiro has said he will sign it.", "said", "actual"),
        ("If the Senate approves the bill, Gov. Josh Shapiro has said he will sign it.", "sign", "hypothetical"),
        ("If talks fail, the army will attack the city.", "attack", "hypothetical"),
        # a non-finite complement shares the modal of its verb, as its conjunct does
        (
            "The law would take effect in 2027, and workers would begin paying a year earlier.",
            "take",
            "hypothetical",
        ),
        (
            "The law would take effect in 2027, and workers would begin paying a year earlier.",
            "paying",
            "hypothetical",
        ),
        ("Workers began paying in July.", "paying", "actual"),
    ],
)
def test_factuality(factuality: Callable[[str], dict[str, Factuality]], text: str, word: str, value: str) -> None:
    assert factuality(text)[word].value == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a noun of a person on -ist is no event, even tagged as a verb
        ("Eddie Marsh, the gravel-voiced blues guitarist whose tours carried Delta music abroad, died.", "guitarist"),
        # the words of a quoted title
        ('He won a Grammy Award in 1996 for "Still Standing" and was inducted into the Hall of Fame.', "Standing"),
        # a season is a time
        ("His relationship with Downing Street had deteriorated since the spring.", "spring"),
    ],
)
def test_no_event(detect: Callable[[str], dict[str, Any]], text: str, word: str) -> None:
    assert word not in detect(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Protesters insist the talks must go ahead.", "insist"),  # a verb on -ist
        ('"Stop the war," they chanted.', "war"),  # a quoted saying, no title
        ("The march on Washington drew thousands.", "march"),  # a word of time that names an event too
    ],
)
def test_still_an_event(detect: Callable[[str], dict[str, Any]], text: str, word: str) -> None:
    assert word in detect(text)


def test_an_adjective_heading_a_clause_with_its_subject_is_a_verb(detect: Callable[[str], dict[str, Any]]) -> None:
    # the tagger reads "open" as an adjective; with a subject and no copula, it is the verb
    text = "Under the timetable published on Friday morning, nominations open on Monday and close at noon on 14 July."
    opened = detect(text)["open"]
    assert (opened.pos, opened.tense) == ("VERB", Tense.PRESENT)
    predicate = detect("The polls are open until 8 p.m.").get("open")  # an adjective after its copula
    assert predicate is None or predicate.pos == "ADJ"
