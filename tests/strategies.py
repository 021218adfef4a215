"""Hypothesis strategies shared by the fuzz tests: news-like text, dates and publication dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from timeline.calendar import Granularity

#: Words and fragments the date rules react to, mixed into arbitrary text so the fuzzers
#: reach the rules instead of only exercising the "nothing found" path.
TEMPORAL_FRAGMENTS = (
    "Friday",
    "last",
    "next",
    "this",
    "week",
    "month",
    "year",
    "years",
    "ago",
    "later",
    "earlier",
    "March",
    "Oct.",
    "22",
    "2024",
    "9999",
    "0000",
    "1/1/1",
    "12/31/9999",
    "the",
    "of",
    "in",
    "on",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "morning",
    "night",
    "early",
    "late",
    "mid-",
    "the end of",
    "Q4",
    "H2",
    "fiscal",
    "FY99",
    "1990s",
    "'90s",
    "21st century",
    "100th century",
    "a million",
    "999999999",
    "two",
    "twenty-one",
    "a few",
    "every",
    "daily",
    "twice a week",
    "noon",
    "10:30 p.m.",
    "at 23.59",
    "EST",
    "winter",
    "spring",
    "now",
    "recently",
    "soon",
    "the day before yesterday",
    "the following day",
    "that week",
    "for years",
    "decades",
    "Monday, March 22, 2024",
    "2024-02-29",
    "2023-02-29",
    "2024-03-22T10:00",
    "Feb. 29",
)

_SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "\n\n", "-", "/", "\t", "\u00a0"])

#: Any code point, lone surrogates, NULs and control characters included.
_ANY_CHAR = st.characters(codec=None, exclude_categories=())


@st.composite
def news_text(draw: st.DrawFn, max_parts: int = 30) -> str:
    """A text mixing temporal phrases, separators and arbitrary characters."""
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(TEMPORAL_FRAGMENTS),
                st.sampled_from(TEMPORAL_FRAGMENTS).map(str.upper),
                st.text(_ANY_CHAR, max_size=6),
                st.integers(min_value=0, max_value=10**12).map(str),
                st.sampled_from(["<p>", "</p>", "&amp;", "\x00", "\u200f", "مرحبا", "🎉", "\r\n", "\u2028"]),
            ),
            max_size=max_parts,
        )
    )
    out = []
    for part in parts:
        out.append(part)
        out.append(draw(_SEPARATORS))
    return "".join(out)


#: Every date the calendar supports, with the edges over-represented.
dates = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from(
        [
            date(1, 1, 1),
            date(1, 1, 7),
            date(9999, 12, 31),
            date(9999, 12, 25),
            date(2024, 2, 29),
            date(2023, 12, 31),
            date(2024, 12, 30),
            date(2020, 12, 31),
            date(1900, 2, 28),
        ]
    ),
)

#: Granularities :func:`timeline.calendar.shift_date` accepts.
shift_granularities = st.sampled_from(
    [g for g in Granularity if g.rank >= Granularity.DAY.rank and g is not Granularity.UNBOUNDED]
)

#: Granularities :func:`timeline.calendar.unit_interval` accepts.
unit_granularities = shift_granularities

_zones = st.one_of(
    st.none(),
    st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
        lambda minutes: timezone(timedelta(minutes=minutes))
    ),
)

#: What a caller may pass as a publication date: ``None``, a date, a naive or aware datetime or
#: an ISO string.
publication_dates = st.one_of(
    st.none(),
    dates,
    st.builds(
        lambda d, zone, hour: datetime(d.year, d.month, d.day, hour, tzinfo=zone),
        dates,
        _zones,
        st.integers(min_value=0, max_value=23),
    ),
    dates.map(date.isoformat),
)


def links_of(text: str, published: str = "2024-03-22") -> set[tuple[str, str, str]]:
    """The TLINKs of the timeline of ``text`` as (source words, relation, target words), ``t0`` for
    the publication date: what link tests assert on."""
    from timeline import extract_timeline

    timeline = extract_timeline(text, published)
    words = {e.id: e.text for e in timeline.events} | {t.id: t.text for t in timeline.times} | {"t0": "t0"}
    return {(words[link.source], link.relation.value, words[link.target]) for link in timeline.links}


def check_timeline(timeline: object, text: str) -> None:
    """Assert every invariant of the data model on a timeline extracted from ``text``."""
    from timeline.model import Timeline

    assert isinstance(timeline, Timeline)
    assert timeline.text == text
    for t in timeline.times:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        if t.interval is not None and t.interval.start is not None and t.interval.end is not None:
            assert t.interval.start < t.interval.end
    starts = [t.start for t in timeline.times]
    assert starts == sorted(starts)
    for a, b in zip(timeline.times, timeline.times[1:], strict=False):
        assert a.end <= b.start, "time expressions overlap"
    assert len({t.id for t in timeline.times}) == len(timeline.times)
    for event in timeline.events:
        assert 0 <= event.start < event.end <= len(text)
        assert text[event.start : event.end] == event.text
        s = event.sentence
        assert text[s.start : s.end] == s.text
        assert s.start <= event.start and event.end <= s.end
    for entry in timeline.entries:
        interval = entry.time.interval
        if interval.start is not None and interval.end is not None:
            assert interval.start < interval.end
    keys = [_sort_key(entry.time.interval) for entry in timeline.entries]
    assert keys == sorted(keys), "entries are not in chronological order"
    again = Timeline.from_dict(timeline.to_dict())
    assert again.to_dict() == timeline.to_dict()
    assert Timeline.from_json(timeline.to_json()).to_dict() == timeline.to_dict()


def _sort_key(interval: object) -> datetime:
    """Where the docs say an entry sorts: its start; one known on its end side only ("on or
    before 2024-03-22") at its last day; one with no bounds last."""
    from timeline.calendar import Interval

    assert isinstance(interval, Interval)
    if interval.start is not None:
        return interval.start
    if interval.end is not None:
        day_or_coarser = interval.granularity.rank >= Granularity.DAY.rank
        return interval.end - timedelta(days=1) if day_or_coarser else interval.end
    return datetime.max
