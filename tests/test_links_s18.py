"""Link rules of session 18 (temporal awareness from raw text)."""

from __future__ import annotations

from strategies import links_of


def test_an_event_noun_named_again_under_the_is_the_event_named_before() -> None:
    links = links_of("Rebels attacked the base on Monday. The attack killed three soldiers.")
    assert ("attack", "IDENTITY", "attacked") not in links  # a verb is no mention of the noun
    links = links_of("The attack on the base was condemned. The army said the attack killed three soldiers.")
    assert ("attack", "IDENTITY", "attack") in links


def test_an_event_noun_named_again_under_a_or_another_is_another_event() -> None:
    links = links_of("The attack on the base was condemned. The army fears another attack on the city.")
    assert ("attack", "IDENTITY", "attack") not in links
    links = links_of("The offer was rejected on Monday. The company said it would make a new offer soon.")
    assert ("offer", "IDENTITY", "offer") not in links
