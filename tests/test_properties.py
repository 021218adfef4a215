"""Hypothesis properties of any timeline: well-formed intervals, spans that index into the
text, chronological entries, a lossless JSON round trip, and the same output for the same input."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.test_api import PastTenseWords

from timeline import Pipeline, Timeline

PIPELINE = Pipeline(detector=PastTenseWords())

PIECES = [
    "The talks ended Friday.",
    "Officials insisted last week.",
    "It happened on Oct. 7.",
    "Two days later, it resumed.",
    "Hours later, markets crashed.",
    "The vote failed on March 3, 2021.",
    "Next week's meetings were planned.",
    "He resigned three years ago.",
    "In the 1990s, it boomed.",
    "They talked for more than a month.",
    "Monday",
    "yesterday",
    "last ",
    "next ",
    "Friday ",
    "the ",
    "ago",
    "2024",
    "12/31/1999",
    " ",
    "\n\n",
    "ended ",
    ".",
]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=14).map("".join)
dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def _check_invariants(text: str, tl: Timeline) -> None:
    for t in tl.times:
        assert text[t.start : t.end] == t.text
        if t.interval is not None and t.interval.start is not None and t.interval.end is not None:
            assert t.interval.start < t.interval.end
    for event in tl.events:
        assert text[event.start : event.end] == event.text
        assert text[event.sentence.start : event.sentence.end] == event.sentence.text
    for entry in tl:
        interval = entry.time.interval
        # Placed at a known bound, or relative to an unknown publication day.
        assert interval.start is not None or interval.end is not None or entry.time.relative is not None
    starts = [e.time.interval.start for e in tl if e.time.interval.start is not None]
    assert starts == sorted(starts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=st.one_of(st.none(), dates))
def test_any_text_gives_a_well_formed_timeline(text: str, published: date | None) -> None:
    tl = PIPELINE(text, published)
    _check_invariants(text, tl)
    assert Timeline.from_json(tl.to_json()) == tl
    assert PIPELINE(text, published).to_dict() == tl.to_dict()


@settings(max_examples=60, deadline=None)
@given(published=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_last_week_never_contains_the_publication_date(published: date) -> None:
    tl = PIPELINE("Officials insisted last week.", published)
    [timex] = tl.times
    assert timex.interval is not None and timex.interval.start is not None
    assert timex.interval.end is not None and timex.interval.end.date() <= published


@settings(max_examples=60, deadline=None)
@given(published=st.dates(min_value=date(1900, 1, 8), max_value=date(2100, 12, 31)))
def test_a_past_weekday_is_within_the_week_before_publication(published: date) -> None:
    tl = PIPELINE("The talks ended Friday.", published)
    [timex] = tl.times
    assert timex.interval is not None and timex.interval.start is not None
    day = timex.interval.start.date()
    assert day.weekday() == 4 and 0 <= (published - day).days < 7
