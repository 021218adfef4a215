"""relative_times against the brute force it replaces: every expression resolved, with
re-anchoring's own function, against each of the two years of sample publication dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.calendar import Granularity
from timeline.grammar import Orientation
from timeline.model import AnchorKind, RelativeTime, TimeExpression
from timeline.pipeline import Document
from timeline.reanchor import resolve_times
from timeline.relative import _SAMPLE_DAYS, _SAMPLE_START, _SHIFTS, _offsets, relative_times, summary_of
from timeline.resolver import RuleBasedResolver
from timeline.resolver.extract import PartialTime
from timeline.resolver.resolve import reads_reference


def _brute_force(times: Sequence[TimeExpression]) -> dict[str, RelativeTime]:
    """The reference: resolve the whole list against every sample date (the code before the speed-up)."""
    base = resolve_times(times, _SAMPLE_START)
    depends: set[str] = set()
    for shift in _SHIFTS:
        for a, b in zip(base, resolve_times(times, _SAMPLE_START + shift), strict=True):
            if (a.value, a.interval) != (b.value, b.interval) or a.anchor.kind is AnchorKind.PUBLICATION_DATE:
                depends.add(a.id)
    if not depends:
        return {}
    bounds: dict[str, list[tuple[int | None, int | None, Granularity, int | None]]] = {i: [] for i in depends}
    for k in range(_SAMPLE_DAYS):
        published = _SAMPLE_START + timedelta(days=k)
        for timex in resolve_times(times, published):
            if timex.id in depends and timex.interval is not None:
                bounds[timex.id].append(_offsets(timex.interval, published))
    by_id = {t.id: t for t in times}
    return {i: summary_of(by_id[i], samples) for i, samples in bounds.items() if samples}


#: Phrases of every kind the resolver reckons from publication or from the story's time, and
#: full dates and durations between them (which set the reference time or read no context).
_PHRASES = (
    "Friday",
    "last Friday",
    "next Monday",
    "this Wednesday",
    "the previous Monday",
    "the following Sunday",
    "Tuesday night",
    "Thursday evening",
    "Oct. 23",
    "Feb. 29",
    "the week of March 6",
    "March",
    "last January",
    "next December",
    "last week",
    "next month",
    "this year",
    "the weekend",
    "the week",
    "last quarter",
    "the year-ago quarter",
    "the year",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "three days ago",
    "two weeks ago",
    "a month ago",
    "a year ago",
    "two days later",
    "the next day",
    "a year earlier",
    "that week",
    "Christmas",
    "Easter",
    "Thanksgiving",
    "the first quarter",
    "the fourth quarter",
    "the first half",
    "now",
    "recently",
    "at 10 a.m.",
    "9 a.m. Tuesday",
    "11:40 p.m. on Sunday",
    "the '90s",
    "last spring",
    "this fall",
    "Oct. 7, 2023",
    "1995",
    "March 1998",
    "the 1988 period",
    "fiscal 1990",
    "for three years",
    "every week",
    "this week",
    "next week",
    "the following week",
    "last weekend",
    "this past weekend",
    "the previous day",
    "hours later",
    "a week earlier",
    "two months ago",
    "a quarter ago",
    "next year",
    "the year-ago quarter",
    "June last year",
    "the third quarter of last year",
    "in the nineties",
    "the day after Christmas",
    "the day before last Tuesday",
    "at midnight Friday",
    "since midnight",
    "year-end",
    "for the quarter ended Sept. 30",
    "the third quarter ended Sept. 30",
    "5 p.m. EST Nov. 9",
    "at 3 p.m. on Oct. 23",
    "the next spring",
    "the following winter",
)
_JOINERS = (". ", " and ", ", he said, ", " will come ", " happened ", " ")


@st.composite
def _expressions(draw: st.DrawFn) -> list[TimeExpression]:
    parts = draw(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=5))
    text = "".join(part + draw(st.sampled_from(_JOINERS)) for part in parts)
    times = list(RuleBasedResolver(use_parse=False)(Document(text=text, publication_date=None)))
    orientations = st.sampled_from([o.value for o in Orientation])
    # Any clause orientation, not only the one the words around give.
    return [attrs.evolve(t, partial={**(t.partial or {}), "orientation": draw(orientations)}) for t in times]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_expressions())
def test_relative_times_equal_the_brute_force(times: list[TimeExpression]) -> None:
    assert relative_times(times) == _brute_force(times)


def test_a_clock_time_taking_its_day_from_the_next_expression_keeps_it() -> None:
    """The loop stops after the last expression that depends on publication, but keeps the one a
    ``day_from_next`` clock time reads."""
    times = list(RuleBasedResolver(use_parse=False)(Document(text="at 11:40 p.m. on Sunday", publication_date=None)))
    assert times and times[0].partial is not None and times[0].partial.get("day_from_next")
    assert relative_times(times) == _brute_force(times)


def test_nothing_reckoned_from_publication_gives_nothing() -> None:
    document = Document(text="Oct. 7, 2023, for three years", publication_date=None)
    times = list(RuleBasedResolver(use_parse=False)(document))
    assert relative_times(times) == {} == _brute_force(times)


#: Full dates between expressions that read the story's time: each starts a stretch of the loop.
_STRETCHES = (
    "On Friday officials met, and two days later the talks failed. On Oct. 7, 2023, fighting began; "
    "the next day troops moved and hours later a truce was offered. In March 1998 the deal was signed "
    "and a year earlier it had been drafted, the week before last week. At 11:40 p.m. on Sunday it ended, "
    "on Jan. 5, 2001 at 9 a.m., and three days later. On Friday, for the quarter ended Sept. 30, sales rose; "
    "a year earlier they fell. "
)


def test_stretches_after_full_dates_equal_the_brute_force() -> None:
    """For each expression that reads the story's time, the loop starts at the last expression
    before it that sets the reference time on that date: the same offsets as the loop over the
    whole text."""
    times = list(RuleBasedResolver(use_parse=False)(Document(text=_STRETCHES, publication_date=None)))
    assert (
        sum(
            reads_reference(PartialTime.from_dict({k: v for k, v in (t.partial or {}).items() if k != "orientation"}))
            for t in times
        )
        >= 5
    )
    assert relative_times(times) == _brute_force(times)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PHRASES), min_size=4, max_size=12), st.sampled_from(_JOINERS))
def test_long_mixes_with_full_dates_equal_the_brute_force(parts: list[str], joiner: str) -> None:
    text = joiner.join([*parts[: len(parts) // 2], "Oct. 7, 2023", *parts[len(parts) // 2 :], "1995"]) + "."
    times = list(RuleBasedResolver(use_parse=False)(Document(text=text, publication_date=None)))
    assert relative_times(times) == _brute_force(times)


def test_repeated_groups_run_once_and_give_the_brute_force() -> None:
    """The same words give the same results: a text repeating itself is run once per distinct group."""
    times = list(RuleBasedResolver(use_parse=False)(Document(text=_STRETCHES * 3, publication_date=None)))
    assert relative_times(times) == _brute_force(times)


#: Only expressions that move by whole days and weeks with publication and the reference time,
#: with durations (which leave the reference alone) between them: groups repeat weekly.
_WEEKLY = (
    "On Friday talks began; two days later they failed, and for three weeks nothing moved. The next day "
    "hours later the envoy left, and the following Monday at 9 a.m. he returned. Last week, that week, "
    "officials met, and three days later the week ended; yesterday at noon a truce began. "
)


def test_weekly_groups_give_the_brute_force() -> None:
    times = list(RuleBasedResolver(use_parse=False)(Document(text=_WEEKLY, publication_date=None)))
    assert (
        sum(
            reads_reference(PartialTime.from_dict({k: v for k, v in (t.partial or {}).items() if k != "orientation"}))
            for t in times
        )
        >= 4
    )
    assert relative_times(times) == _brute_force(times)


def test_past_its_budget_fewer_sample_dates_are_used_and_said() -> None:
    """A text with more groups than the budget allows is worked out over fewer sample dates: every
    expression still gets where it lies, within what every date gives, and a note says so."""
    times = list(RuleBasedResolver(use_parse=False)(Document(text=_STRETCHES, publication_date=None)))
    notes: list[str] = []
    fewer = relative_times(times, notes=notes, budget=1)
    exact = _brute_force(times)
    assert len(notes) == 1 and "sample publication dates" in notes[0]
    assert fewer.keys() == exact.keys()
    for key, rel in fewer.items():
        whole = exact[key]
        if whole.earliest_days is not None:
            assert rel.earliest_days is not None and rel.earliest_days >= whole.earliest_days
        if whole.latest_days is not None:
            assert rel.latest_days is not None and rel.latest_days <= whole.latest_days
    notes.clear()
    assert relative_times(times, notes=notes) == exact and notes == []


def test_a_clock_time_with_its_own_date_does_not_repeat_weekly() -> None:
    """ "5 p.m. EST Nov. 9" reads the story's time but picks the year of its own date: a group
    holding it is run over every sample date, not only a week of them."""
    text = "On Friday shares rose, and at 5 p.m. EST Nov. 9 trading stopped; two days later it resumed."
    times = list(RuleBasedResolver(use_parse=False)(Document(text=text, publication_date=None)))
    assert relative_times(times) == _brute_force(times)
