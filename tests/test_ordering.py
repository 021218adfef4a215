"""The ordering stage's pieces that need no parse: interval relations and "in the meantime"."""

from __future__ import annotations

from datetime import date, datetime

from timeline import calendar as cal
from timeline.calendar import Granularity, Interval
from timeline.model import Relation
from timeline.ordering import _meantime, interval_relation, start_order


def _day(d: str) -> Interval:
    return cal.day_interval(date.fromisoformat(d))


def test_disjoint_days_are_ordered_both_ways() -> None:
    assert interval_relation(_day("2024-03-18"), _day("2024-03-22")) is Relation.BEFORE
    assert interval_relation(_day("2024-03-22"), _day("2024-03-18")) is Relation.AFTER


def test_same_or_overlapping_intervals_are_undecided() -> None:
    assert interval_relation(_day("2024-03-18"), _day("2024-03-18")) is None
    on_or_before = Interval(start=None, end=datetime(2024, 3, 23), granularity=Granularity.DAY)
    assert interval_relation(on_or_before, _day("2024-03-22")) is None
    assert interval_relation(on_or_before, _day("2024-03-18")) is None


def test_open_interval_ending_before_a_day_is_before_it() -> None:
    on_or_before = Interval(start=None, end=datetime(2024, 3, 19), granularity=Granularity.DAY)
    assert interval_relation(on_or_before, _day("2024-03-22")) is Relation.BEFORE
    assert start_order(_day("2024-03-22"), on_or_before) is Relation.AFTER


def test_meantime_markers_open_or_set_off_the_sentence() -> None:
    assert _meantime("In the meantime, Netanyahu has done plenty of talking himself.")
    assert _meantime("Meanwhile the talks went on.")
    assert _meantime("“Since then, nothing has changed,” he said.")
    assert _meantime("The talks, meanwhile, went on.")
    assert not _meantime("He said the meantime was short.")
    assert not _meantime("The talks went on on Monday.")
