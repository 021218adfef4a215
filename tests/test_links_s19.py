"""TLINK rules of session 19 (:mod:`timeline.ordering.links`), each against TimeML practice."""

from __future__ import annotations

from strategies import links_of


def test_a_simple_present_happening_is_not_put_around_the_day_of_writing() -> None:
    # a habit, a plan or a headline's news, not what goes on as the article is written
    links = links_of("Peter Holland becomes director of corporate affairs.")
    assert not {link for link in links if "becomes" in (link[0], link[2]) and "t0" in (link[0], link[2])}
    links = links_of("The company makes chips for phones.")
    assert ("makes", "INCLUDES", "t0") not in links


def test_a_present_progressive_or_a_present_state_still_includes_the_day_of_writing() -> None:
    assert ("selling", "INCLUDES", "t0") in links_of("The stock is selling at half its value.")
    assert ("requires", "INCLUDES", "t0") in links_of("German law requires parties to publish the names of donors.")
