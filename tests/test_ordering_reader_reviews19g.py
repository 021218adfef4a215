"""Placements a reader found wrong in the session-19 stories of lives and politics (review G):
hand-written sentences in the stories' words."""

from __future__ import annotations

from builders import only_entry
from timeline import extract_timeline


def test_a_day_dates_the_verb_rather_than_a_season_naming_its_noun() -> None:
    for text in (
        "Parliament rises for the summer recess on 21 July.",
        "On 21 July, Parliament rises for the summer recess.",
    ):
        assert only_entry(extract_timeline(text, "2022-07-08"), "rises").time.describe() == "2022-07-21"
    # with no finer time the season still dates it
    timeline = extract_timeline("Parliament rises for the summer recess.", "2022-07-08")
    assert only_entry(timeline, "rises").time.describe() == "2022-SU"


def test_a_present_copula_conjoined_to_a_past_does_not_share_its_time() -> None:
    timeline = extract_timeline(
        "Inflation rose to 3.8 per cent in the second quarter, and the council is due to meet on 11 September,"
        " less than a fortnight after she starts.",
        "2025-07-31",
    )
    assert only_entry(timeline, "rose").time.describe() == "2025-Q2"
    assert only_entry(timeline, "meet").time.describe() == "2025-09-11"
    # what hangs below the present clause is no part of the second quarter
    assert "rose" not in only_entry(timeline, "starts").reason
    assert all(entry.event.text != "due" or entry.time.describe() != "2025-Q2" for entry in timeline.entries)
