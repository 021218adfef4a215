"""Timelines without a given publication date: the date read from the text, weak constraints,
and relative timelines reckoned from an unknown publication day."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from tests.test_api import PastTenseWords

from timeline import Pipeline, Timeline, extract_timeline
from timeline.model import AnchorKind

PIPELINE = Pipeline(detector=PastTenseWords())


def _time(tl: Timeline, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in tl.times if t.text == text)


def _entry(tl: Timeline, word: str):  # type: ignore[no-untyped-def]
    return next(e for e in tl if e.event.text == word)


# --- dates read from the text -------------------------------------------------------------------------
def test_dateline_anchors_the_timeline() -> None:
    text = "WASHINGTON, March 22, 2024 (AP) — The resolution failed Friday. Officials insisted last week."
    tl = PIPELINE(text)
    assert tl.publication_date == date(2024, 3, 22)
    source = tl.publication_date_source
    assert source is not None and source.method == "dateline" and source.date == date(2024, 3, 22)
    assert source.evidence is not None and text[source.evidence.start : source.evidence.end] == source.evidence.text
    assert "March 22, 2024" in source.evidence.text
    assert 0.5 < source.confidence <= 1.0
    assert _time(tl, "Friday").value == "2024-03-22"
    assert _time(tl, "last week").value == "2024-W11"
    assert _entry(tl, "failed").time.value == "2024-03-22"
    assert any("read from the text" in note for note in tl.assumptions)
    assert not tl.is_relative


def test_published_line_anchors_the_timeline() -> None:
    text = "Markets slide\nPublished: 2023-11-02\n\nShares dropped yesterday."
    tl = PIPELINE(text)
    assert tl.publication_date == date(2023, 11, 2)
    assert tl.publication_date_source is not None and tl.publication_date_source.method == "published_line"
    assert _time(tl, "yesterday").value == "2023-11-01"


def test_caller_date_wins_over_the_dateline() -> None:
    text = "WASHINGTON, March 22, 2024 (AP) — The resolution failed Friday."
    tl = PIPELINE(text, "2024-03-29")
    assert tl.publication_date == date(2024, 3, 29)
    source = tl.publication_date_source
    assert source is not None and source.method == "given" and source.date == date(2024, 3, 29)
    assert source.evidence is None
    assert _time(tl, "Friday").value == "2024-03-29"


def test_copyright_year_is_a_weak_constraint_not_an_anchor() -> None:
    text = "The vote failed Friday.\n\nCopyright © 2021 Example News. All rights reserved."
    tl = PIPELINE(text)
    assert tl.publication_date is None
    source = tl.publication_date_source
    assert source is not None and source.method == "copyright_year" and source.date is None
    assert (source.earliest, source.latest) == (date(2021, 1, 1), date(2021, 12, 31))
    assert not source.anchors
    assert any("2021-01-01..2021-12-31" in note and "not used as an anchor" in note for note in tl.assumptions)
    friday = _time(tl, "Friday")
    assert friday.value is None and friday.relative is not None


def test_source_survives_json() -> None:
    tl = PIPELINE("WASHINGTON, March 22, 2024 (AP) — The resolution failed Friday.")
    back = Timeline.from_json(tl.to_json())
    assert back == tl
    assert back.to_dict() == tl.to_dict()
    assert back.to_dict()["publication_date_source"]["method"] == "dateline"


# --- relative timelines -------------------------------------------------------------------------------
RELATIVE_TEXT = (
    "The vote failed yesterday. Talks ended three days ago. Officials insisted last week. "
    "Prices jumped last month. The deal was signed on Oct. 7, 2023. The summit opened Friday."
)


def test_relative_expressions_get_offsets_and_labels() -> None:
    tl = PIPELINE(RELATIVE_TEXT)
    assert tl.publication_date is None and tl.is_relative
    yesterday = _time(tl, "yesterday").relative
    assert yesterday is not None
    assert (yesterday.earliest_days, yesterday.latest_days, yesterday.unit, yesterday.offset) == (-1, -1, "day", -1)
    assert yesterday.label == "the day before publication"
    ago = _time(tl, "three days ago").relative
    assert ago is not None and ago.label == "3 days before publication" and ago.offset == -3
    week = _time(tl, "last week").relative
    assert week is not None and (week.unit, week.offset, week.label) == ("week", -1, "the week before publication")
    assert (week.earliest_days, week.latest_days) == (-13, -1)
    month = _time(tl, "last month").relative
    assert month is not None and (month.unit, month.offset) == ("month", -1)
    assert month.label == "the month before publication"


def test_bare_past_weekday_is_bounded_by_the_week_before() -> None:
    tl = PIPELINE(RELATIVE_TEXT)
    friday = _time(tl, "Friday")
    assert friday.relative is not None
    assert (friday.relative.earliest_days, friday.relative.latest_days, friday.relative.offset) == (-6, 0, None)
    assert friday.relative.label == "a Friday on or before publication, within the week before"
    assert friday.anchor.kind is AnchorKind.PUBLICATION_DATE and friday.anchor.value is None
    assert any("ordered as if it were a Friday" in note for note in tl.assumptions)


def test_full_dates_stay_absolute_and_the_json_says_which_is_which() -> None:
    tl = PIPELINE(RELATIVE_TEXT)
    full = _time(tl, "Oct. 7, 2023")
    assert full.value == "2023-10-07" and full.relative is None
    d = tl.to_dict()
    by_text = {t["text"]: t for t in d["times"]}
    assert "relative" not in by_text["Oct. 7, 2023"] and by_text["Oct. 7, 2023"]["value"] == "2023-10-07"
    assert by_text["yesterday"]["relative"]["label"] == "the day before publication"
    assert by_text["yesterday"]["value"] is None and by_text["yesterday"]["interval"] is None
    entries = {e["event"]["text"]: e for e in d["entries"]}
    assert entries["signed"]["time"]["value"] == "2023-10-07" and "relative" not in entries["signed"]["time"]
    assert entries["failed"]["time"]["relative"]["label"] == "the day before publication"
    assert entries["failed"]["time"]["start"] is None and entries["failed"]["time"]["end"] is None


def test_relative_order_follows_the_offsets_after_the_full_dates() -> None:
    tl = PIPELINE(RELATIVE_TEXT)
    words = [e.event.text for e in tl]
    assert words == ["signed", "jumped", "insisted", "ended", "failed", "opened"]


def test_no_working_date_leaks_into_the_output() -> None:
    # No full date anywhere: nothing in the output may look like a calendar date or year.
    text = "The vote failed Friday. Officials insisted last week. Talks ended yesterday. They talked Monday."
    tl = PIPELINE(text)
    assert tl.is_relative and len(tl) == 4
    dumped = json.dumps({k: v for k, v in tl.to_dict().items() if k != "text"})
    assert not re.search(r"\d{4}-\d{2}|\d{4}-W\d{2}|\b(19|20)\d{2}\b", dumped), dumped
    assert "unknown; times relative to publication" in tl.to_text()


def test_stated_months_and_years_come_before_publication() -> None:
    # Only months and years stated in full: they still lie before everything reckoned from
    # publication, so the past verb dated "August 2021" keeps that date.
    tl = extract_timeline("Investigators arrested him in August 2021. The trial began last month.")
    assert _entry(tl, "arrested").time.value == "2021-08"
    assert [e.event.text for e in tl][:3] == ["arrested", "began", "trial"]  # the trial from last month on


def test_an_interval_carried_over_from_a_relative_time_is_said_relative_to_publication() -> None:
    # "delayed" is dated "on or before" the telling "last month": said so, never as the internal
    # working date's month.
    tl = extract_timeline('"Justice was delayed," the daughter of a victim told reporters last month.')
    delayed = _entry(tl, "delayed")
    assert delayed.time.describe() == "on or before the month before publication"
    assert delayed.time.value is None and delayed.time.interval.start is None and delayed.time.interval.end is None
    dumped = json.dumps({k: v for k, v in tl.to_dict().items() if k != "text"})
    assert not re.search(r"\d{4}-\d{2}|\b(19|20)\d{2}\b", dumped), dumped


def test_relative_timeline_round_trips_through_json() -> None:
    tl = PIPELINE(RELATIVE_TEXT)
    back = Timeline.from_json(tl.to_json())
    assert back == tl and back.to_dict() == tl.to_dict()


def test_text_with_no_time_at_all() -> None:
    tl = PIPELINE("Nothing happened.")
    assert tl.publication_date is None and tl.publication_date_source is None
    assert not tl.is_relative


def test_entries_inherit_the_open_side_of_a_relative_time() -> None:
    tl = PIPELINE("The vote failed Friday.")
    failed = _entry(tl, "failed")
    assert failed.time.relative is not None
    assert failed.time.describe() == "a Friday on or before publication, within the week before"
    assert failed.time.value is None


@pytest.mark.slow
def test_seed_without_a_date_has_the_dated_events_in_the_same_order(seed_text: str, seed_timeline: Timeline) -> None:
    relative = extract_timeline(seed_text)
    assert relative.publication_date is None and relative.is_relative
    assert relative.publication_date_source is not None
    assert relative.publication_date_source.method == "copyright_year"
    assert [e.event.id for e in relative] == [e.event.id for e in seed_timeline]
    assert [e.id for e in relative.unplaced] == [e.id for e in seed_timeline.unplaced]
    # The anchoring times come in the dated order: Oct. 7, last week, Monday, Thursday, Friday, next week.
    wanted = ("Oct. 7", "last week", "Monday", "Thursday", "Friday", "next week")
    order: list[str] = []
    for entry in relative:
        timex = next((t for t in relative.times if t.id == entry.time.timex_id), None)
        if timex is not None and timex.text in wanted and (not order or order[-1] != timex.text):
            order.append(timex.text)
    assert order == ["Oct. 7", "last week", "Monday", "Thursday", "Friday", "next week"]
    labels = {t.text: t.relative.label for t in relative.times if t.relative is not None}
    assert labels["last week"] == "the week before publication"
    assert labels["next week"] == "the week after publication"
    assert labels["Monday"] == "a Monday on or before publication, within the week before"
    assert relative.reanchor("2024-03-22").to_dict() == seed_timeline.to_dict()
