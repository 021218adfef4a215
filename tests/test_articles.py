"""Timelines of short news texts written for these tests, with other publication dates:
one in the first days of a January, one published on a Sunday, one narrative."""

from __future__ import annotations

import pytest
from tests.conftest import ARTICLES

from timeline import Timeline, extract_timeline

pytestmark = pytest.mark.slow


def _timeline(name: str, published: str) -> Timeline:
    return extract_timeline((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"), publication_date=published)


def _time_of(timeline: Timeline, word: str) -> str:
    [entry] = [e for e in timeline if e.event.text == word]
    return entry.time.describe()


def _value_of(timeline: Timeline, text: str) -> str | None:
    [timex] = [t for t in timeline.times if t.text == text]
    return timex.value


def test_new_year_article_crosses_the_year_boundary() -> None:
    tl = _timeline("new_year_fire", "2024-01-02")  # a Tuesday
    assert _value_of(tl, "Sunday") == "2023-12-31"
    assert _value_of(tl, "11:40 p.m.") == "2023-12-31T23:40"  # "at 11:40 p.m. on Sunday"
    assert _value_of(tl, "early Monday") == "2024-01-01"
    assert _value_of(tl, "Dec. 28") == "2023-12-28"  # past clause in January: last year's December
    assert _value_of(tl, "Thursday") == "2024-01-04"  # "will visit": the coming Thursday
    assert _value_of(tl, "next month") == "2024-02"
    assert _time_of(tl, "reopened") == "2023-12-28"
    assert _time_of(tl, "collapsed") == "2024-01-01"
    assert _time_of(tl, "visit") == "2024-01-04"
    words = [e.event.text for e in tl]
    assert words.index("reopened") < words.index("collapsed") < words.index("visit")


def test_article_published_on_a_sunday() -> None:
    tl = _timeline("sunday_election", "2024-03-24")
    assert _value_of(tl, "Sunday") == "2024-03-24"  # the publication day itself
    assert _value_of(tl, "Friday") == "2024-03-22"
    assert _value_of(tl, "Saturday") == "2024-03-23"
    assert _value_of(tl, "Last week") == "2024-W11"  # Sunday 24 March is still in ISO week 12
    assert _value_of(tl, "Monday") == "2024-03-25"  # "results are expected on Monday"
    assert _value_of(tl, "next week") == "2024-W13"
    expected = [
        ("clashed", "2024-W11"),
        ("ended", "2024-03-22"),
        ("cast", "2024-03-23"),
        ("expected", "2024-03-25"),
        ("meet", "2024-W13"),
    ]
    words = [e.event.text for e in tl]
    for word, when in expected:
        assert _time_of(tl, word) == when
    positions = [words.index(word) for word, _ in expected]
    assert positions == sorted(positions)


def test_narrative_times_anchor_to_the_previous_time_in_the_story() -> None:
    tl = _timeline("merger_narrative", "2023-09-12")
    assert _value_of(tl, "June 3, 2023") == "2023-06-03"
    two_days = next(t for t in tl.times if t.text == "Two days later")
    assert two_days.value == "2023-06-05"
    assert two_days.anchor.kind.value == "reference_time"
    assert _value_of(tl, "Aug. 14") == "2023-08-14"
    assert _value_of(tl, "the next day") == "2023-08-15"
    assert _value_of(tl, "yesterday") == "2023-09-11"
    assert _value_of(tl, "October") == "2023-10"  # "will report earnings in October"
    order = ["approved", "opened", "closed", "completed", "rose", "report"]
    words = [e.event.text for e in tl]
    assert [words.index(w) for w in order] == sorted(words.index(w) for w in order)
