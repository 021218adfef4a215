"""Where the orderer places an event from the event its clause depends on: a conjoined clause with
a subject of its own, and "N units after/before" another event (hand-written sentences)."""

from __future__ import annotations

from datetime import datetime

from builders import only_entry
from timeline import extract_timeline
from timeline.model import Placement, Relation, Tense


# --- a conjoined clause with its own subject ----------------------------------------------------------
def test_time_after_the_first_verb_does_not_date_a_conjoined_clause_with_its_own_subject() -> None:
    timeline = extract_timeline(
        "The council approved the budget in February, and the mayor said she would veto it.", "2024-04-24"
    )
    said = only_entry(timeline, "said")
    assert said.time.interval.start == datetime(2024, 2, 1)  # told after February...
    assert said.time.interval.end == datetime(2024, 4, 25)  # ...and by publication, not in February
    assert said.relation is Relation.IS_INCLUDED
    assert "dates only that one" in said.reason


def test_what_depends_on_an_event_that_did_not_happen_takes_no_time_from_it() -> None:
    timeline = extract_timeline(
        "Classes have not been held since mid-October, and the academic year is due to end in December.",
        "2024-11-15",
    )
    assert "due" not in {entry.event.text for entry in timeline.entries}


def test_a_when_clause_on_a_word_inside_a_time_is_dated_by_it() -> None:
    timeline = extract_timeline(
        "Investigators did not name him until the summer of 2021, when an auditor found gaps in the ledgers.",
        "2024-02-13",
    )
    assert only_entry(timeline, "found").time.describe() == "2021-SU"


def test_a_time_on_a_small_clause_dates_its_verb() -> None:
    timeline = extract_timeline(
        "She left the bar at 11:47 p.m. on Saturday. Her roommate reported her missing the next morning.",
        "2024-11-14",
    )
    assert only_entry(timeline, "reported").time.describe() == "2024-11-10TMO"


def test_a_conjoined_verb_of_another_tense_does_not_share_the_time() -> None:
    timeline = extract_timeline("Her nephew joined in 2021 and is expected to take over the business.", "2024-01-03")
    assert only_entry(timeline, "joined").time.describe() == "2021"
    assert only_entry(timeline, "expected").time.describe() == "2024-01-03"


def test_a_fronted_time_still_dates_both_conjoined_clauses() -> None:
    timeline = extract_timeline("On Monday, the council approved the budget and the mayor signed it.", "2024-04-24")
    assert only_entry(timeline, "signed").time.describe() == "2024-04-22"


def test_a_verb_sharing_the_subject_shares_the_time() -> None:
    timeline = extract_timeline("The council approved the budget in February and sent it to the mayor.", "2024-04-24")
    assert only_entry(timeline, "sent").time.describe() == "2024-02"


def test_a_conjoined_clause_on_the_publication_day_stays_on_it() -> None:
    timeline = extract_timeline(
        "The council approved the budget on Wednesday, and the mayor said she was glad.", "2024-04-24"
    )
    assert only_entry(timeline, "said").time.describe() == "2024-04-24"


# --- "N units after/before" an event -----------------------------------------------------------------
def test_a_day_after_a_clause_puts_its_event_a_day_earlier() -> None:
    timeline = extract_timeline("Shares fell on Monday, a day after the company warned investors.", "2023-10-10")
    warned = only_entry(timeline, "warned")
    assert warned.time.describe() == "2023-10-08"
    assert warned.relation is Relation.IS_INCLUDED
    assert warned.placement is Placement.INHERITED
    assert '"a day after"' in warned.reason and "a day before it" in warned.reason


def test_days_before_a_clause_put_its_event_later() -> None:
    timeline = extract_timeline(
        "The rebels seized the town on October 2, three days before the army arrived.", "2023-10-30"
    )
    assert only_entry(timeline, "arrived").time.describe() == "2023-10-05"


def test_weeks_after_an_event_noun_give_the_week() -> None:
    timeline = extract_timeline("The minister resigned on October 20, two weeks after the vote.", "2023-10-30")
    vote = only_entry(timeline, "vote")
    assert vote.time.describe() == "2023-W40"  # 2023-10-06 falls in ISO week 40


def test_a_month_after_gives_the_month() -> None:
    timeline = extract_timeline("He quit on March 3, a month after he was hired.", "2023-10-10")
    assert only_entry(timeline, "hired").time.describe() == "2023-02"


def test_an_offset_from_an_open_time_only_orders() -> None:
    timeline = extract_timeline("The minister resigned a day after the vote.", "2023-10-10")
    vote = only_entry(timeline, "vote")
    assert vote.relation is Relation.BEFORE
    assert vote.time.interval.start is None
    assert vote.time.interval.end == datetime(2023, 10, 11)
    assert '"a day after"' in vote.reason


def test_an_offset_finer_than_the_head_time_only_orders() -> None:
    timeline = extract_timeline("The deal closed in March, a day after regulators approved it.", "2023-10-10")
    approved = only_entry(timeline, "approved")
    assert approved.relation is Relation.BEFORE
    assert approved.time.interval.end == datetime(2023, 4, 1)


# --- an aspectual verb and the event it begins -------------------------------------------------------
def test_a_time_of_the_begun_event_dates_the_aspectual_verb() -> None:
    timeline = extract_timeline("The bank began raising rates in March 2022 to fight inflation.", "2024-11-13")
    assert only_entry(timeline, "began").time.describe() == "2022-03"
    assert only_entry(timeline, "began").placement is Placement.GOVERNING_TIMEX


def test_a_time_of_the_aspectual_verb_dates_the_begun_event() -> None:
    timeline = extract_timeline("In March, the bank began to raise rates.", "2024-11-13")
    assert only_entry(timeline, "raise").time.describe() == "2024-03"


# --- a time against the verb's tense -----------------------------------------------------------------
def test_a_future_time_under_a_past_perfect_dates_its_object() -> None:
    timeline = extract_timeline("Traders had expected a cut as early as next month.", "2024-11-13")
    expected = only_entry(timeline, "expected")
    assert expected.placement is Placement.TENSE
    assert expected.time.interval.end == datetime(2024, 11, 14)
    assert only_entry(timeline, "cut").time.describe() == "2024-12"


def test_a_future_time_under_a_past_passive_dates_its_subject_event() -> None:
    timeline = extract_timeline("The hearing was scheduled for next week.", "2024-11-13")
    assert only_entry(timeline, "scheduled").time.interval.end == datetime(2024, 11, 14)
    assert only_entry(timeline, "hearing").time.describe() == "2024-W47"


def test_a_past_time_in_a_complement_of_a_future_verb_stays_there() -> None:
    timeline = extract_timeline("He will describe what happened last week.", "2024-11-13")
    assert only_entry(timeline, "happened").time.describe() == "2024-W45"
    assert only_entry(timeline, "describe").time.interval.start == datetime(2024, 11, 13)


# --- before/after a part of a time -------------------------------------------------------------------
def test_before_the_end_of_the_year_is_before_the_year_ends() -> None:
    timeline = extract_timeline("Analysts say a merger before the end of the year is unlikely.", "2024-11-13")
    merger = only_entry(timeline, "merger")
    assert merger.time.interval.end == datetime(2025, 1, 1)
    assert merger.relation is Relation.BEFORE


def test_after_the_start_of_a_month_is_after_it_starts() -> None:
    timeline = extract_timeline("Prices fell after the start of March.", "2024-11-13")
    assert only_entry(timeline, "fell").time.interval.start == datetime(2024, 3, 1)


# --- a conditional clause ----------------------------------------------------------------------------
def test_a_condition_does_not_take_the_time_of_its_result() -> None:
    timeline = extract_timeline("A strike could begin as soon as Dec. 20 if the union rejects the offer.", "2024-11-13")
    assert "rejects" in [event.text for event in timeline.unplaced]
    assert "rejects" not in [entry.event.text for entry in timeline.entries]


# --- a time bounding a noun that is not an event -----------------------------------------------------
def test_since_under_a_superlative_noun_does_not_bound_the_verb() -> None:
    timeline = extract_timeline("Inflation rose to 5 percent, the highest level since 2021.", "2024-11-13")
    rose = only_entry(timeline, "rose")
    assert rose.placement is Placement.TENSE
    assert rose.time.interval.start is None


# --- a present attitude toward a later event ---------------------------------------------------------
def test_a_superlative_since_a_time_does_not_bound_the_verb() -> None:
    timeline = extract_timeline("Turnout reached 67.4 percent, the highest since the 1990s.", "2024-03-22")
    assert only_entry(timeline, "reached").time.describe() == "on or before 2024-03-22"


def test_a_time_classifying_an_object_dates_no_event_done_to_it() -> None:
    timeline = extract_timeline("The findings confirm a 2019 study. A man gets 12 years for a 2019 fire.", "2024-03-22")
    assert only_entry(timeline, "confirm").time.describe() == "2024-03-22"
    assert only_entry(timeline, "gets").time.describe() == "2024-03-22"


def test_a_time_of_the_level_a_change_started_from_is_not_the_changes() -> None:
    timeline = extract_timeline(
        "The Nasdaq fell 12% from its record high on July 10. The party won 31 percent, nearly doubling its "
        "share from the 2019 vote.",
        "2024-08-05",
    )
    assert only_entry(timeline, "fell").time.describe() == "on or before 2024-08-05"
    assert only_entry(timeline, "doubling").time.describe() != "2019"
    timeline = extract_timeline("The dollar rose to 110 yen from 108 yen on Friday.", "2024-08-05")
    assert only_entry(timeline, "rose").time.describe() == "2024-08-02"


def test_a_time_classifying_the_subject_dates_the_verb() -> None:
    timeline = extract_timeline("Its 1989 earnings rose 5%.", "1990-02-01")
    assert only_entry(timeline, "rose").time.describe() == "1989"


def test_a_time_on_the_role_a_subject_played_is_the_verbs() -> None:
    timeline = extract_timeline(
        "Mara made landfall near Cedar Key, Florida, as a Category 3 hurricane at 11:10 p.m. EDT on Wednesday.",
        "2024-09-30",
    )
    assert only_entry(timeline, "made").time.describe() == "2024-09-25T23:10"


def test_a_past_under_a_future_is_told_from_now() -> None:
    timeline = extract_timeline(
        "Drivers will walk off the job starting Monday after overnight talks with management broke down.", "2024-01-03"
    )
    assert only_entry(timeline, "broke").time.describe() == "on or before 2024-01-03"


def test_a_past_under_a_future_on_the_calendars_last_day_does_not_overflow() -> None:
    text = "Drivers will walk off the job today after overnight talks broke down."
    assert only_entry(extract_timeline(text, "2024-01-03"), "broke").time.describe() == "2024-01-03"
    # was OverflowError
    assert only_entry(extract_timeline(text, "9999-12-31"), "broke").time.describe() == "9999-12-31"


def test_a_present_under_when_of_a_planned_infinitive_is_still_to_come() -> None:
    timeline = extract_timeline("He plans to leave when the talks end.", "2025-09-30")
    assert only_entry(timeline, "end").time.describe() == "on or after 2025-09-30"


def test_a_present_under_until_of_a_would_is_still_to_come() -> None:
    timeline = extract_timeline(
        "Lumen said it would send updates every week until replacement units arrive.", "2024-07-25"
    )
    assert only_entry(timeline, "arrive").time.describe() == "on or after 2024-07-25"


def test_a_present_expectation_keeps_a_later_time() -> None:
    """Not a contradiction of its tense: "results are expected on Monday" shows Monday."""
    timeline = extract_timeline("Results are expected on Monday.", "2024-03-24")
    assert only_entry(timeline, "expected").time.describe() == "2024-03-25"


# --- the time of a comparison's base -----------------------------------------------------------------
def test_a_year_earlier_in_up_from_does_not_date_the_verb() -> None:
    timeline = extract_timeline("The bakery earned $4 million, up from $3 million a year earlier.", "2024-02-02")
    earned = only_entry(timeline, "earned")
    assert earned.placement is Placement.TENSE
    assert earned.time.interval.end == datetime(2024, 2, 3)


def test_compared_with_a_year_does_not_date_the_verb() -> None:
    timeline = extract_timeline("Exports fell 3 percent compared with 2022.", "2024-02-02")
    fell = only_entry(timeline, "fell")
    assert fell.placement is not Placement.GOVERNING_TIMEX


# --- a verb takes the time of the event that sets it -------------------------------------------------
def test_a_verb_said_in_a_dated_speech_takes_its_time() -> None:
    timeline = extract_timeline("The president said in a speech on Saturday evening that aid was coming.", "2024-11-18")
    said = only_entry(timeline, "said")
    assert said.time.describe() == only_entry(timeline, "speech").time.describe()
    assert said.placement is Placement.GOVERNING_TIMEX


def test_a_verb_in_a_dated_event_it_is_about_keeps_its_own_time() -> None:
    timeline = extract_timeline("Two men were questioned in the Oct. 23 killing of a doctor.", "2024-11-18")
    assert only_entry(timeline, "questioned").placement is not Placement.GOVERNING_TIMEX


def test_a_when_clause_dates_its_head() -> None:
    timeline = extract_timeline("The inquiry began when a clerk alerted the police in early 2020.", "2025-01-08")
    assert only_entry(timeline, "began").time.describe() == "2020"


# --- times that do not move the story's reference time -----------------------------------------------
def test_a_past_perfect_time_does_not_become_the_reference_time() -> None:
    timeline = extract_timeline(
        "The mayor spoke on Monday. She said the city had received the funds in October. The council agreed.",
        "2024-11-20",
    )
    assert only_entry(timeline, "agreed").time.describe() == "2024-11-18"


def test_a_reported_time_under_a_dated_clause_does_not_become_the_reference_time() -> None:
    timeline = extract_timeline(
        "Stocks fell on Monday after a report showed prices rose in February. Markets rallied on the news.",
        "2024-03-22",
    )
    assert only_entry(timeline, "rose").time.describe() == "2024-02"
    assert only_entry(timeline, "rallied").time.describe() == "2024-03-18"


def test_a_verb_in_a_dated_occasion_through_its_object_takes_its_time() -> None:
    timeline = extract_timeline("The Alliance won 241 of 480 seats in Saturday's election.", "2024-06-02")
    assert only_entry(timeline, "won").time.describe() == "2024-06-01"


def test_a_verb_during_a_dated_event_noun_takes_its_time() -> None:
    timeline = extract_timeline(
        "The railroad lost $3 million a day during a two-day strike by maintenance workers in October 2023.",
        "2024-01-03",
    )
    assert only_entry(timeline, "lost").time.describe() == "2023-10"


def test_a_clause_under_since_takes_no_reference_time() -> None:
    timeline = extract_timeline(
        "Three children were admitted to hospital over the weekend. No deaths have been reported since the "
        "outbreak began.",
        "2025-01-06",
    )
    assert only_entry(timeline, "began").time.describe() == "on or before 2025-01-06"


def test_a_relative_clause_time_does_not_become_the_reference_time() -> None:
    timeline = extract_timeline(
        "On Thursday, the bank kept rates, which it last raised in July 2023. The governor spoke.", "2024-11-15"
    )
    assert only_entry(timeline, "spoke").time.describe() == "2024-11-14"


def test_a_time_in_a_clause_under_a_past_perfect_does_not_become_the_reference_time() -> None:
    timeline = extract_timeline(
        "The bank spoke on Monday. Its shares had fallen since it reported losses in October. The chief resigned.",
        "2024-11-20",
    )
    assert only_entry(timeline, "reported").time.describe() == "2024-10"
    assert only_entry(timeline, "resigned").time.describe() == "2024-11-18"


def test_if_meaning_whether_is_not_a_condition() -> None:
    timeline = extract_timeline("On Monday, the board asked if the bank had repaid the loan.", "2024-11-13")
    assert "repaid" in [entry.event.text for entry in timeline.entries]


def test_an_undated_saying_after_a_background_sentence_is_told_from_now() -> None:
    timeline = extract_timeline(
        "A judge on Tuesday sentenced the banker. He was convicted in September. The judge said he had lied.",
        "2024-11-20",
    )
    assert only_entry(timeline, "convicted").time.describe() == "2024-09"
    said = only_entry(timeline, "said")
    assert said.placement is Placement.TENSE, said.time.describe()


def test_an_undated_saying_after_another_event_of_last_week_is_told_from_now() -> None:
    timeline = extract_timeline(
        "The company notified retailers last Friday. Lumen said the recall would cost $85 million.", "2024-07-25"
    )
    assert only_entry(timeline, "notified").time.describe() == "2024-07-19"
    assert only_entry(timeline, "said").time.describe() == "on or before 2024-07-25"


def test_an_undated_saying_after_a_saying_of_last_week_takes_its_time() -> None:
    timeline = extract_timeline("Police said on Friday that the man fled. They added that he was armed.", "2024-07-25")
    assert only_entry(timeline, "added").time.describe() == "2024-07-19"


def test_an_undated_saying_after_a_clock_time_takes_its_day() -> None:
    timeline = extract_timeline(
        "The probe passed Earth at 9:34 p.m. PDT on Thursday. The maneuver went perfectly, Ana Ortiz said.",
        "2024-05-17",
    )
    assert only_entry(timeline, "passed").time.describe() == "2024-05-16T21:34"
    assert only_entry(timeline, "said").time.describe() == "2024-05-16"
    assert only_entry(timeline, "went").time.describe() == "on or before 2024-05-16"


def test_an_undated_saying_takes_a_recent_reference_time() -> None:
    timeline = extract_timeline("The talks ended on Monday. The minister said they had failed.", "2024-11-20")
    assert only_entry(timeline, "said").time.describe() == "2024-11-18"


def test_a_verb_done_in_a_dated_occasion_takes_its_time() -> None:
    timeline = extract_timeline(
        "Crews restored power on Monday. "
        "The president called for more air defense systems in a speech on Saturday evening.",
        "2024-01-02",
    )
    assert only_entry(timeline, "called").time.describe() == "2023-12-30TEV"


# --- a span of time dated by a relative clause on it ------------------------------------------------
def test_a_span_that_ended_on_a_day_dates_what_was_done_in_it() -> None:
    timeline = extract_timeline("The bakery earned $4 million in the three months that ended Dec. 31.", "2024-02-02")
    earned = only_entry(timeline, "earned")
    assert earned.time.interval.start == datetime(2023, 10, 1)
    assert earned.time.interval.end == datetime(2024, 1, 1)
    assert earned.relation is Relation.IS_INCLUDED
    assert earned.time.timex_id is None  # not at Dec. 31 itself


def test_a_span_that_ended_on_a_day_dates_the_event_noun_it_qualifies() -> None:
    # "in the three months ..." hangs on the noun "loss": the loss is in the quarter, not on the
    # weekend the story was last at.
    timeline = extract_timeline(
        "The boards approved the deal over the weekend. "
        "The bakery reported a loss of $40 million in the three months that ended March 31.",
        "2024-05-14",
    )
    assert only_entry(timeline, "loss").time.describe() == "2024-01-01 to 2024-03-31"


def test_a_period_to_a_day_is_the_span_it_names() -> None:
    timeline = extract_timeline(
        "Revenue fell 4 per cent to 2.1 billion euros in the three months to 30 June.", "2025-07-24"
    )
    assert only_entry(timeline, "fell").time.describe() == "2025-04-01 to 2025-06-30"
    timeline = extract_timeline("Sales rose 5% in the year to March 31.", "2025-07-24")
    assert only_entry(timeline, "rose").time.describe() == "2024-04-01 to 2025-03-31"
    timeline = extract_timeline("The deadline was moved to March 31.", "2025-07-24")
    # not a span "to" a day; and March 31 is the deadline's new day, not the day of the moving
    assert only_entry(timeline, "moved").time.describe() == "on or before 2025-07-24"


def test_a_fiscal_year_that_began_in_a_month_runs_a_year() -> None:
    timeline = extract_timeline("Sales rose 5 percent in the fiscal year that began in July 2022.", "2024-02-02")
    rose = only_entry(timeline, "rose")
    assert rose.time.describe() == "2022-07-01 to 2023-06-30"


# --- an offset under an infinitive of purpose or result ----------------------------------------------
def test_an_offset_under_a_purpose_infinitive_measures_from_the_main_verb() -> None:
    timeline = extract_timeline(
        "The Hawks beat the Jets on Sunday to move into first place, two weeks after losing to the Bears.",
        "2024-03-31",
    )
    losing = only_entry(timeline, "losing")
    assert losing.time.describe() == "2024-W11"  # two weeks before Sunday, March 31
    assert '"beat"' in losing.reason


# --- what a verb of judging judges someone for -------------------------------------------------------
def test_what_someone_is_sentenced_for_came_before_the_sentence() -> None:
    timeline = extract_timeline(
        "A judge on Tuesday sentenced the broker to prison for cheating his clients.", "2024-11-13"
    )
    cheating = only_entry(timeline, "cheating")
    assert cheating.relation is Relation.BEFORE
    assert cheating.time.interval.start is None
    assert cheating.time.interval.end == datetime(2024, 11, 13)  # on or before Tuesday, Nov. 12


# --- a reported clause under an undated saying told from now -----------------------------------------
def test_a_quote_under_an_undated_saying_is_not_dated_by_an_old_reference_time() -> None:
    timeline = extract_timeline(
        'The banker was convicted in September. "You lied to them," the judge told him.', "2024-11-13"
    )
    assert only_entry(timeline, "told").placement is Placement.TENSE
    lied = only_entry(timeline, "lied")
    assert lied.time.interval.start is None
    assert lied.time.interval.end == datetime(2024, 11, 14), lied.reason


# --- a coarser time the story moves to ends the reference time ----------------------------------------
def test_a_year_the_story_moves_to_ends_the_reference_day() -> None:
    timeline = extract_timeline(
        "The singer died on Tuesday. The band formed in 1962. It recorded twelve albums.", "2024-10-10"
    )
    recorded = only_entry(timeline, "recorded")
    assert recorded.placement is Placement.TENSE, recorded.reason


def test_a_year_holding_the_reference_day_keeps_it() -> None:
    timeline = extract_timeline(
        "The minister resigned on Tuesday. This year, her party lost two votes. The cabinet met.", "2024-10-10"
    )
    assert only_entry(timeline, "met").time.describe() == "2024-10-08"


# --- a relative clause describes a participant at a time of its own ----------------------------------
def test_a_relative_clause_on_the_subject_does_not_take_the_main_verbs_day() -> None:
    timeline = extract_timeline("Ann Lee, a chemist who discovered a new dye, died on Tuesday.", "2024-10-10")
    assert only_entry(timeline, "died").time.describe() == "2024-10-08"
    discovered = only_entry(timeline, "discovered")
    assert discovered.placement is Placement.TENSE, discovered.reason


def test_a_relative_clause_does_not_take_the_reference_time() -> None:
    timeline = extract_timeline("The board met on Monday. The doctor who led the study resigned.", "2024-10-10")
    assert only_entry(timeline, "resigned").time.describe() == "2024-10-07"
    assert only_entry(timeline, "led").placement is Placement.TENSE


def test_an_old_year_in_the_sentence_of_the_reference_day_keeps_it() -> None:
    timeline = extract_timeline("The union said on Friday that workers struck in 1994. Talks resumed.", "1998-02-27")
    assert only_entry(timeline, "struck").time.describe() == "1994"
    assert only_entry(timeline, "resumed").time.describe() == "1998-02-27"


def test_a_time_right_after_the_figure_a_change_starts_from_does_not_date_the_verb() -> None:
    timeline = extract_timeline("The death toll rose to 48 on Wednesday from 31 the day before.", "2025-01-02")
    assert only_entry(timeline, "rose").time.describe() == "2025-01-01"


def test_from_a_time_still_bounds_the_verb() -> None:
    timeline = extract_timeline("Prices rose from Monday.", "2024-06-12")
    assert only_entry(timeline, "rose").time.interval.start == datetime(2024, 6, 10)


# --- "now" is shown as the day it stands for ---------------------------------------------------------
def test_now_is_shown_as_the_publication_day() -> None:
    timeline = extract_timeline("The striker has now scored 22 goals.", "2024-03-31")
    assert only_entry(timeline, "scored").time.describe() == "2024-03-31"


# --- a range of time "from" one time "to" another ---------------------------------------------------
def test_from_one_year_to_another_is_the_range_of_the_event() -> None:
    timeline = extract_timeline("She served as the club's president from 1988 to 1990.", "2024-10-10")
    served = only_entry(timeline, "served")
    assert served.time.interval.start == datetime(1988, 1, 1)
    assert served.time.interval.end == datetime(1991, 1, 1)
    assert served.time.timex_id is None


def test_from_one_day_through_another_is_the_range_of_the_event() -> None:
    timeline = extract_timeline("The strike lasted from Monday through Thursday.", "2024-10-11")
    assert only_entry(timeline, "lasted").time.describe() == "2024-10-07 to 2024-10-10"


def test_a_time_in_a_complement_without_an_event_does_not_date_the_verb_taking_it() -> None:
    timeline = extract_timeline(
        "Analysts say a first cut is unlikely before June. The company plans to be in Paris on Monday.", "2024-03-22"
    )
    assert only_entry(timeline, "say").time.describe() == "2024-03-22"
    assert only_entry(timeline, "plans").time.describe() == "2024-03-22"


def test_a_date_closing_an_opening_participle_clause_is_the_participle_s() -> None:
    timeline = extract_timeline(
        "Born in Dayton, Ohio, on May 3, 1943, Ms. Holloway graduated from Ohio State University in 1965.",
        "2024-10-15",
    )
    assert only_entry(timeline, "Born").time.describe() == "1943-05-03"
    assert only_entry(timeline, "graduated").time.describe() == "1965"


def test_a_story_that_moved_on_through_the_years_leaves_its_last_day() -> None:
    timeline = extract_timeline(
        "She died on Sunday. Born on May 3, 1943, she graduated in 1965. She moved to Europe in 1978. "
        "Her dispatches won a Pulitzer Prize.",
        "2024-10-15",
    )
    assert only_entry(timeline, "won").time.describe() == "on or before 2024-10-15"


def test_a_clause_under_since_moves_no_story_time() -> None:
    timeline = extract_timeline(
        "City beat Arsenal 2-1 on Sunday. City have won 11 straight matches since losing at Villa in December. "
        '"We knew this was a final," Guardiola said after the match.',
        "2024-04-29",
    )
    assert only_entry(timeline, "said").time.describe() == "2024-04-28"


def test_a_dateline_time_does_not_date_the_first_sentence() -> None:
    timeline = extract_timeline(
        "GENEVA, 5 March 2024 — The World Health Organization declared an emergency on 4 March.\n"
        "BRUSSELS, March 5 (Reuters) - NATO ministers met.",
        "2024-03-05",
    )
    assert only_entry(timeline, "declared").time.describe() == "2024-03-04"
    assert only_entry(timeline, "met").placement is not Placement.GOVERNING_TIMEX


def test_an_event_noun_a_copula_puts_at_a_time_is_at_that_time() -> None:
    timeline = extract_timeline("The vote was on Tuesday. Its next meeting is on April 25-26.", "2024-03-22")
    assert only_entry(timeline, "vote").time.describe() == "2024-03-19"
    assert only_entry(timeline, "meeting").time.describe() == "2024-04-25 to 2024-04-26"


def test_between_one_month_and_another_is_the_range_of_the_event() -> None:
    timeline = extract_timeline(
        "The central bank raised its benchmark rate 11 times between March 2022 and July 2023.", "2024-03-22"
    )
    assert only_entry(timeline, "raised").time.describe() == "2022-03-01 to 2023-07-31"


def test_two_days_joined_by_a_dash_are_the_range_of_the_event() -> None:
    timeline = extract_timeline("Officials will meet again April 30-May 1. The summit runs March 5 - 7.", "2024-03-22")
    assert only_entry(timeline, "meet").time.describe() == "2024-04-30 to 2024-05-01"
    assert only_entry(timeline, "runs").time.describe() == "2024-03-05 to 2024-03-07"


def test_from_one_day_to_another_written_together_is_the_range_of_the_event() -> None:
    timeline = extract_timeline(
        "The festival ran from 11 to 13 March 2023 in Leeds. The fair ran from March 11 to 13, 2023.", "2024-03-22"
    )
    assert [e.time.describe() for e in timeline.entries if e.event.text == "ran"] == ["2023-03-11 to 2023-03-13"] * 2


def test_two_close_days_joined_by_and_or_or_are_the_stretch_of_the_event() -> None:
    timeline = extract_timeline("Talks were held on 3 and 4 May.", "2024-03-22")
    assert only_entry(timeline, "held").time.describe() == "2023-05-03 to 2023-05-04"  # "4 May" past, as "3"
    timeline = extract_timeline("The vote is due Monday or Tuesday.", "2024-03-22")
    assert only_entry(timeline, "due").time.describe() == "2024-03-25 to 2024-03-26"


def test_two_years_or_months_in_a_row_joined_by_and_are_the_stretch_of_the_event() -> None:
    timeline = extract_timeline("She spent much of 2021 and 2022 abroad. Prices rose in 2019 and 2021.", "2024-03-22")
    assert only_entry(timeline, "spent").time.describe() == "2021-01-01 to 2022-12-31"
    assert only_entry(timeline, "rose").time.describe() == "2019"


def test_two_days_not_in_a_row_joined_by_and_are_no_stretch() -> None:
    timeline = extract_timeline("Elections were held on May 3 and November 5.", "2024-03-22")
    assert only_entry(timeline, "held").time.describe() == "2023-05-03"
    timeline = extract_timeline("Drivers will walk out on 30 March and 1 April.", "2023-03-21")
    assert only_entry(timeline, "walk").time.describe() != "2023-03-30 to 2023-04-01"  # not on 31 March


def test_not_until_a_time_dates_the_event_at_that_time() -> None:
    timeline = extract_timeline(
        "The company did not resume production until March. The Senate is not scheduled to sit again until Nov. 12.",
        "2024-03-22",
    )
    assert only_entry(timeline, "resume").time.describe() == "2024-03"
    assert only_entry(timeline, "sit").time.describe() == "2024-11-12"
    timeline = extract_timeline("Troops will stay until March.", "2024-03-22")
    assert only_entry(timeline, "stay").time.describe() == "2024-03-22 to 2024-03-31"


def test_a_time_on_the_infinitive_of_an_implicative_verb_dates_the_verb() -> None:
    timeline = extract_timeline(
        "Lawmakers passed the bill on Oct. 16 but failed to override the veto the following day.", "2024-03-22"
    )
    assert only_entry(timeline, "failed").time.describe() == "2023-10-17"


def test_what_a_condition_speaks_of_takes_no_time() -> None:
    timeline = extract_timeline(
        "Negotiators met on Tuesday night. Both sides could sign a deal next week if the talks went well.",
        "2024-06-12",
    )
    assert "talks" in {event.text for event in timeline.unplaced}


def test_since_after_a_superlative_or_an_ordinal_starts_its_range_not_the_event() -> None:
    timeline = extract_timeline(
        "The Nikkei suffered its biggest one-day drop since early December. It was their first away win "
        "since August. Prices have risen since August.",
        "2025-01-05",
    )
    assert only_entry(timeline, "suffered").time.describe() == "on or before 2025-01-05"
    assert "win" in {event.text for event in timeline.unplaced}
    assert only_entry(timeline, "risen").time.describe() == "on or after 2024-08-01"


def test_a_quoted_time_is_no_reference_time_for_the_narration() -> None:
    timeline = extract_timeline(
        'Dunmore beat Ashby on Sunday. "I said to the lads on Friday that we could win," Allen told reporters. '
        '"We met on Friday," he said. "It went well."',
        "2025-01-05",
    )
    assert only_entry(timeline, "told").time.describe() == "2025-01-05"
    assert only_entry(timeline, "went").time.describe() == "2025-01-03"


def test_a_day_after_the_object_of_a_report_dates_the_report() -> None:
    timeline = extract_timeline("Kaito Motors reported a 38% rise in annual profit on Tuesday.", "2024-05-14")
    assert only_entry(timeline, "reported").time.describe() == "2024-05-14"
    timeline = extract_timeline("The company reported a loss in the third quarter.", "2024-05-14")
    assert only_entry(timeline, "loss").time.describe() == "2023-Q3"


def test_two_times_apart_are_no_range() -> None:
    timeline = extract_timeline("The vote was held on Monday and the count ended Tuesday.", "2024-03-22")
    assert only_entry(timeline, "held").time.describe() == "2024-03-18"
    assert only_entry(timeline, "ended").time.describe() == "2024-03-19"


def test_a_reference_day_in_the_first_year_of_the_calendar_does_not_overflow() -> None:
    timeline = extract_timeline(
        "The singer died on Tuesday. The band formed in 1962. It recorded twelve albums.", "0001-01-10"
    )
    assert only_entry(timeline, "recorded")


# --- one whole-unit shift for offsets and spans -------------------------------------------------------
def test_a_whole_unit_shift_off_the_calendar_gives_nothing() -> None:
    from datetime import date

    from timeline.calendar import Granularity
    from timeline.ordering import _shift_by

    assert _shift_by(date(2024, 3, 31), "P1M", earlier=True) == (date(2024, 2, 29), Granularity.MONTH)
    assert _shift_by(date(9999, 7, 1), "P1Y", earlier=False) is None  # leaves the calendar
    assert _shift_by(date(1, 1, 3), "P1W", earlier=True) is None
    assert _shift_by(date(2024, 3, 31), "PT2H", earlier=True) is None  # not whole calendar units


# --- a figure with no time of its own is reported for the period of the story's last figure ----------
def test_a_span_whose_end_a_participle_with_no_event_dates_is_the_time_of_the_verb() -> None:
    timeline = extract_timeline(
        "The company earned $1.2 billion in the three months ended Sept. 30. Revenue slipped 3% to $14.1 billion.",
        "2024-10-25",
    )
    assert only_entry(timeline, "earned").time.describe() == "2024-07-01 to 2024-09-30"
    assert only_entry(timeline, "slipped").time.describe() == "2024-07-01 to 2024-09-30"


def test_the_first_or_last_months_of_a_time_are_the_time_of_the_verb() -> None:
    timeline = extract_timeline(
        "In the first nine months of 2023, revenue rose 8%. The economy shrank in the last two quarters of 2023.",
        "2024-05-10",
    )
    assert only_entry(timeline, "rose").time.describe() == "2023-01-01 to 2023-09-30"
    shrank = only_entry(timeline, "shrank")  # the year's second half, its value 2023-H2
    assert (shrank.time.interval.start, shrank.time.interval.end) == (datetime(2023, 7, 1), datetime(2024, 1, 1))


def test_a_figure_after_one_for_a_quarter_is_for_that_quarter() -> None:
    timeline = extract_timeline(
        "The bakery said on Thursday that it earned $4 million in the three months that ended Dec. 31. "
        "Sales climbed 8 percent to $40 million.",
        "2024-02-02",
    )
    climbed = only_entry(timeline, "climbed")
    assert climbed.time.describe() == "2023-10-01 to 2023-12-31", climbed.reason
    assert climbed.placement is Placement.REFERENCE_TIME


def test_a_figure_after_one_for_a_named_quarter_is_for_that_quarter() -> None:
    timeline = extract_timeline(
        "On Tuesday, the airline said profit rose 9 percent in the third quarter. Revenue grew 4 percent.",
        "2024-10-24",
    )
    assert only_entry(timeline, "grew").time.describe() == "2024-Q3"


def test_a_figure_in_a_new_paragraph_keeps_the_story_day() -> None:
    timeline = extract_timeline(
        "The bakery said on Thursday that it earned $4 million in the three months that ended Dec. 31.\n\n"
        "Its shares jumped 7 percent.",
        "2024-02-02",
    )
    assert only_entry(timeline, "jumped").time.describe() == "2024-02-01"


def test_a_verb_without_a_figure_keeps_the_story_day() -> None:
    timeline = extract_timeline(
        "The bakery said on Thursday that it earned $4 million in the three months that ended Dec. 31. "
        "The chief executive resigned.",
        "2024-02-02",
    )
    assert only_entry(timeline, "resigned").time.describe() == "2024-02-01"


def test_a_length_of_time_is_no_figure() -> None:
    timeline = extract_timeline(
        "The bakery said on Thursday that it earned $4 million in the three months that ended Dec. 31. "
        "The strike lasted three weeks.",
        "2024-02-02",
    )
    assert only_entry(timeline, "lasted").time.describe() == "2024-02-01"


# --- a flashback does not count in the reference window ----------------------------------------------
def test_a_past_perfect_sentence_does_not_use_up_the_reference_window() -> None:
    timeline = extract_timeline(
        "The Hawks beat the Jets on Sunday. Ann Lee scored twice. The Jets had won four games in a row. "
        "The coach praised his players. He told reporters after the game.",
        "2024-03-11",
    )
    told = only_entry(timeline, "told")
    assert told.time.describe() == "2024-03-10", told.reason


def test_the_reference_window_still_ends() -> None:
    timeline = extract_timeline(
        "The Hawks beat the Jets on Sunday. Ann Lee scored twice. The coach praised his players. "
        "The crowd cheered. The owner thanked the fans. He told reporters about the stadium.",
        "2024-03-11",
    )
    assert only_entry(timeline, "told").placement is Placement.TENSE


# --- a clause or event noun under "after" / "before" lies on that side of its head's time -----------
def test_a_clause_after_which_the_head_happened_came_first() -> None:
    timeline = extract_timeline(
        "Police arrested him in August 2021, after a neighbor reported the noise.", "2024-09-20"
    )
    reported = only_entry(timeline, "reported")
    assert reported.relation is Relation.BEFORE
    assert reported.time.interval.start is None
    assert reported.time.interval.end == datetime(2021, 9, 1), reported.reason


def test_a_clause_before_which_the_head_happened_came_later() -> None:
    timeline = extract_timeline("The mayor resigned in May before the council voted.", "2024-10-16")
    voted = only_entry(timeline, "voted")
    assert voted.relation is Relation.AFTER
    assert voted.time.interval.start == datetime(2024, 5, 1)


def test_an_event_noun_after_which_the_head_happened_came_first() -> None:
    timeline = extract_timeline("The mayor resigned in May after the vote.", "2024-10-16")
    assert only_entry(timeline, "vote").time.interval.end == datetime(2024, 6, 1)


def test_a_clause_after_which_the_head_happened_on_a_day_shares_the_day() -> None:
    timeline = extract_timeline("The union walked out on Sept. 25 after its contract expired.", "2024-10-16")
    assert only_entry(timeline, "expired").time.describe() == "2024-09-25"


# --- a "when" clause on a time happens at that time -------------------------------------------------
def test_a_when_clause_on_a_month_is_dated_by_it() -> None:
    timeline = extract_timeline(
        "Talks between the two bakeries started in January, when the owner of one called the other.", "2024-05-14"
    )
    assert only_entry(timeline, "called").time.describe() == "2024-01"


# --- a past the tagger took for a base form ----------------------------------------------------------
def test_a_base_form_joined_to_a_simple_past_is_a_past() -> None:
    # "set" looks the same in the past: joined to "accepted" it is one, so the later date is the
    # sentencing's, not the setting's
    timeline = extract_timeline("A judge accepted the plea in August and set sentencing for Nov. 14.", "2024-09-10")
    assert only_entry(timeline, "set").event.tense is Tense.PAST
    assert only_entry(timeline, "set").time.describe() == "2024-08"
    assert only_entry(timeline, "sentencing").time.describe() == "2024-11-14"
    # not a base form with a modal or "to" of its own, nor one joined to a future
    timeline = extract_timeline(
        "The board will meet and set a date. It agreed to cut costs and hire staff.", "2024-09-10"
    )
    tenses = {event.text: event.tense for event in timeline.events}
    assert tenses["set"] is not Tense.PAST
    assert tenses.get("hire", Tense.NONE) is not Tense.PAST


# --- a verb after or before a dated event noun -------------------------------------------------------
def test_a_verb_after_a_dated_event_noun_lies_on_that_side_of_its_time() -> None:
    timeline = extract_timeline("The two leaders will meet again after a summit in Geneva on Dec. 27.", "2024-12-10")
    meet = only_entry(timeline, "meet")
    assert meet.time.interval.start == datetime(2024, 12, 27)  # it may follow the summit the same day
    assert meet.time.interval.end is None
    assert '"summit"' in meet.reason
    # a past one stays by publication; a future one before a later noun starts from publication
    met = only_entry(extract_timeline("The leaders met after the summit on Dec. 3.", "2024-12-10"), "met")
    assert (met.time.interval.start, met.time.interval.end) == (datetime(2024, 12, 3), datetime(2024, 12, 11))
    before = only_entry(extract_timeline("The leaders will meet before the summit on Dec. 27.", "2024-12-10"), "meet")
    assert (before.time.interval.start, before.time.interval.end) == (datetime(2024, 12, 10), datetime(2024, 12, 28))


# --- a date phrase right after the noun of an ordering or comparison phrase is the noun's ------------
def test_a_date_after_the_event_noun_a_verb_precedes_dates_the_noun_not_the_verb() -> None:
    # the parse hangs "on Dec. 3" on "collapsed": it dates the vote, the collapse came before it
    timeline = extract_timeline("The talks collapsed before the vote on Dec. 3.", "2024-03-22")
    assert only_entry(timeline, "vote").time.describe() == "2023-12-03"
    collapsed = only_entry(timeline, "collapsed")
    assert collapsed.time.interval.start is None and collapsed.time.interval.end == datetime(2023, 12, 4)
    assert '"vote"' in collapsed.reason
    # set off by a comma, or before the phrase, the date stays the verb's
    for text in ("The talks collapsed before the vote, on Dec. 3.", "The talks collapsed on Dec. 3 before the vote."):
        assert only_entry(extract_timeline(text, "2024-03-22"), "collapsed").time.describe() == "2023-12-03"


def test_a_date_after_the_standard_of_a_comparison_is_the_standards() -> None:
    # the price of Friday, not a payment on Friday: the future verb is placed by its tense
    timeline = extract_timeline("The company will pay a premium over the closing price on Friday.", "2024-03-20")
    pay = only_entry(timeline, "pay")
    assert pay.placement is Placement.TENSE
    assert pay.time.interval.start == datetime(2024, 3, 20) and pay.time.interval.end is None
    # a date after the verb's own object, or after a place "over" which it happened, stays the verb's
    for text, verb in (
        ("The company set the price on Friday.", "set"),
        ("The senators clashed over the budget on Friday.", "clashed"),
        ("Rebels shot down a drone over the Black Sea on Friday.", "shot"),
    ):
        assert only_entry(extract_timeline(text, "2024-03-20"), verb).time.describe() == "2024-03-15", text


# --- a time open on one side, closed on the other by the tense ------------------------------------------
def test_a_past_event_some_time_after_a_day_lies_between_that_day_and_publication() -> None:
    timeline = extract_timeline(
        "The deal was signed on March 4. A few days later, the company announced layoffs. "
        "Weeks later, the CEO resigned.",
        "2024-03-22",
    )
    for verb in ("announced", "resigned"):
        entry = only_entry(timeline, verb)
        assert entry.time.interval.end == datetime(2024, 3, 23), verb  # past: by publication
        assert entry.time.interval.start is not None and entry.time.interval.start > datetime(2024, 3, 4), verb
        assert "by publication (2024-03-22)" in entry.reason
    # a future one some days before a later day: between publication and two days before it ("Days": at least two)
    meet = only_entry(
        extract_timeline("The summit opens on March 30. Days earlier, the ministers will meet in Rome.", "2024-03-22"),
        "meet",
    )
    assert (meet.time.interval.start, meet.time.interval.end) == (datetime(2024, 3, 22), datetime(2024, 3, 29))


# --- a verb of saying set inside what it reports ---------------------------------------------------------
def test_a_verb_of_saying_set_inside_the_clause_it_reports_is_not_dated_by_it() -> None:
    # the parse hangs "he said" below "doubled": 2019 is when sales doubled, not when he said so
    said = only_entry(extract_timeline("Sales, he said, doubled in 2019.", "2024-03-20"), "said")
    assert said.placement is Placement.TENSE
    assert said.time.interval.start is None and said.time.interval.end == datetime(2024, 3, 21)


def test_a_verb_ahead_of_or_since_a_dated_event_noun_lies_on_that_side_of_its_time() -> None:
    ahead = only_entry(extract_timeline("The leaders will meet ahead of the summit on Dec. 27.", "2024-12-10"), "meet")
    assert (ahead.time.interval.start, ahead.time.interval.end) == (datetime(2024, 12, 10), datetime(2024, 12, 28))
    assert 'ahead of "summit"' in ahead.reason
    since = only_entry(extract_timeline("Prices have risen since the vote on Dec. 3.", "2024-12-10"), "risen")
    assert (since.time.interval.start, since.time.interval.end) == (datetime(2024, 12, 3), datetime(2024, 12, 11))


# --- a noun inside an apposition describes a participant ------------------------------------------------
def test_an_event_noun_inside_an_apposition_does_not_take_the_verbs_time() -> None:
    timeline = extract_timeline(
        "“The resolution is an opportunity,” said Nate Evans, a spokesperson for the U.S. mission to the U.N. "
        "on Thursday.",
        "2024-03-22",
    )
    assert only_entry(timeline, "said").time.describe() == "2024-03-21"
    assert "mission" not in {entry.event.text for entry in timeline.entries}  # the mission is no event of Thursday
    # an apposition the event heads names the verb's event again, at its time
    timeline = extract_timeline("This year they jumped 20 percent, quite a dramatic rise.", "2024-03-22")
    assert only_entry(timeline, "rise").time.describe() == only_entry(timeline, "jumped").time.describe()


# --- a time inside a relative clause on another noun -----------------------------------------------------
def test_a_time_in_a_relative_clause_on_another_noun_does_not_date_the_event_above() -> None:
    timeline = extract_timeline(
        "Proceeds from the sale of the notes, which will be due on Nov. 1, 2034, will be used to reduce debt.",
        "2024-03-22",
    )
    assert "sale" not in {entry.event.text for entry in timeline.entries}  # not sold in 2034
    # a clause on the event noun itself dates it
    timeline = extract_timeline("The company cited the attack that occurred on Monday.", "2024-03-22")
    assert only_entry(timeline, "attack").time.describe() == "2024-03-18"


# --- a date right after a verb, before its complement's subject ------------------------------------------
def test_a_date_right_after_a_verb_of_saying_before_its_complement_is_the_sayings() -> None:
    # the parse hangs "on Thursday" on "failed": the complement starts at its subject, after the date
    timeline = extract_timeline("The ministry said on Thursday the talks had failed.", "2024-03-22")
    assert only_entry(timeline, "said").time.describe() == "2024-03-21"
    assert only_entry(timeline, "failed").time.interval.end == datetime(2024, 3, 22)  # on or before the saying
    # after "that", the date is the complement's
    timeline = extract_timeline("The ministry said that on Thursday the talks had failed.", "2024-03-22")
    assert only_entry(timeline, "failed").time.describe() == "2024-03-21"
    assert only_entry(timeline, "said").placement is Placement.TENSE


# --- an event noun an aspectual verb ends or starts ------------------------------------------------------
def test_an_event_noun_a_verb_ends_or_starts_lasts_up_to_or_from_its_time() -> None:
    timeline = extract_timeline("The strike, which began on March 1, ended on Friday.", "2024-03-22")
    strike = only_entry(timeline, "strike")
    assert (strike.time.interval.start, strike.time.interval.end) == (None, datetime(2024, 3, 23))
    timeline = extract_timeline("Bankruptcy proceedings began Tuesday in a Helsinki court.", "2024-03-22")
    proceedings = only_entry(timeline, "proceedings")
    assert (proceedings.time.interval.start, proceedings.time.interval.end) == (datetime(2024, 3, 19), None)
    # a verb that marks no edge shares its time
    talks = only_entry(extract_timeline("Talks resumed on Monday.", "2024-03-22"), "Talks")
    assert talks.time.describe() == "2024-03-18"


def test_a_verb_after_or_since_a_dated_clause_lies_on_that_side_of_its_time() -> None:
    timeline = extract_timeline("Shares fell after the company said on Monday it would cut jobs.", "2024-03-22")
    fell = only_entry(timeline, "fell")
    assert (fell.time.interval.start, fell.time.interval.end) == (datetime(2024, 3, 18), datetime(2024, 3, 23))
    assert 'after "said"' in fell.reason
    timeline = extract_timeline(
        "Rebels have fired mortar shells at a police station since the party was expelled from the talks on Feb. 20.",
        "2024-03-22",
    )
    fired = only_entry(timeline, "fired")
    assert (fired.time.interval.start, fired.time.interval.end) == (datetime(2024, 2, 20), datetime(2024, 3, 23))


def test_a_verb_until_a_dated_event_lasts_up_to_its_time() -> None:
    held = only_entry(extract_timeline("He was held in jail until his trial in January.", "2024-03-22"), "held")
    assert (held.time.interval.start, held.time.interval.end) == (None, datetime(2024, 2, 1))
    remain = only_entry(extract_timeline("Troops will remain until the talks end in May.", "2024-03-22"), "remain")
    assert (remain.time.interval.start, remain.time.interval.end) == (datetime(2024, 3, 22), datetime(2024, 6, 1))


def test_a_time_dating_a_noun_under_an_ordering_preposition_only_bounds_the_verb() -> None:
    # "deadline" is no event: the time climbs past it to the verb, but through "before": the
    # collapse came before the deadline, on Friday or earlier
    collapsed = only_entry(
        extract_timeline("The company collapsed before the deadline on Friday.", "2024-03-22"), "collapsed"
    )
    assert (collapsed.time.interval.start, collapsed.time.interval.end) == (None, datetime(2024, 3, 23))
    assert "ordered against" in collapsed.reason
    # "since": from its start on, by publication for a present perfect
    timeline = extract_timeline("Prices have risen since the central bank cut rates in January.", "2024-03-22")
    risen = only_entry(timeline, "risen")
    assert (risen.time.interval.start, risen.time.interval.end) == (datetime(2024, 1, 1), datetime(2024, 3, 23))
    # through "by" the time still dates the verb
    hit = only_entry(extract_timeline("The town was hit by the storm on Monday.", "2024-03-22"), "hit")
    assert hit.time.describe() == "2024-03-18"


def test_a_date_after_the_comma_closing_a_participle_clause_is_the_outer_verbs() -> None:
    timeline = extract_timeline("The board approved the merger, first proposed in 2019, on Tuesday.", "2024-03-22")
    assert only_entry(timeline, "approved").time.describe() == "2024-03-19"
    assert only_entry(timeline, "proposed").time.describe() == "2019"
    # with no comma between, the date stays the participle's
    timeline = extract_timeline("Police found the car, stolen in Ohio on Sunday.", "2024-03-22")
    assert only_entry(timeline, "stolen").time.describe() == "2024-03-17"


def test_a_time_taken_out_by_except_dates_nothing() -> None:
    timeline = extract_timeline("The council has met every year since 1998, except in 2020.", "2025-05-14")
    met = only_entry(timeline, "met")
    assert met.time.interval.start == datetime(1998, 1, 1)  # from 1998 on, not in 2020, when it did not meet
    assert "2020" not in met.reason


def test_a_day_the_parse_hangs_on_the_verbs_object_or_subject_dates_the_verb() -> None:
    timeline = extract_timeline(
        "The chain lost $40 million in 2020. It skipped a $22 million interest payment on Dec. 15.", "2022-01-03"
    )
    assert only_entry(timeline, "skipped").time.value == "2021-12-15"  # not the figure period of "lost" (2020)
    timeline = extract_timeline("The bombings on Aug. 7 killed 224 people.", "1998-08-20")
    assert only_entry(timeline, "killed").time.value == "1998-08-07"
    timeline = extract_timeline("Officials condemned the Oct. 7 attack.", "2024-03-22")
    assert only_entry(timeline, "condemned").time.value != "2023-10-07"  # a time before the noun classifies it


def test_a_quoted_today_dates_its_saying_though_it_dates_no_event() -> None:
    timeline = extract_timeline(
        "Lumora priced its offering late Thursday. The company sold 15 million shares.\n\n"
        '"Today is a milestone," chief executive Priya Nandakumar said in an interview.',
        "2023-03-31",
    )
    assert only_entry(timeline, "sold").time.value == "2023-03-30"
    assert only_entry(timeline, "said").time.value == "2023-03-31"  # was late Thursday's


def test_every_charge_in_a_list_a_verdict_judges_came_before_it() -> None:
    timeline = extract_timeline(
        "A jury convicted Marsh on Aug. 29 of first-degree murder, kidnapping and evidence tampering.", "2024-10-02"
    )
    kidnapping = only_entry(timeline, "kidnapping")
    assert kidnapping.time.interval.end == datetime(2024, 8, 30)  # on or before the verdict, not on its day
    assert kidnapping.time.interval.start is None


def test_a_range_on_what_was_missing_is_the_verbs() -> None:
    timeline = extract_timeline("Verstappen went 10 races without a win between June and October.", "2024-11-25")
    went = only_entry(timeline, "went")
    assert (went.time.interval.start, went.time.interval.end) == (datetime(2024, 6, 1), datetime(2024, 11, 1))
    timeline = extract_timeline("The club has gone five games without a victory since August.", "2024-11-25")
    assert only_entry(timeline, "gone").time.interval.start == datetime(2024, 8, 1)


def test_a_verb_set_in_an_undated_event_takes_no_reference_day() -> None:
    timeline = extract_timeline(
        "The justices heard arguments on March 1. The agency suspended the rule for two years during the pandemic.",
        "2022-05-03",
    )
    suspended = only_entry(timeline, "suspended")
    assert suspended.time.interval.start is None  # during the pandemic, not on the day of the arguments


def test_a_day_range_with_its_month_elided_is_one_stretch_without_from() -> None:
    timeline = extract_timeline("The festival runs June 5 to 7.", "2023-01-02")
    runs = only_entry(timeline, "runs")
    assert (runs.time.interval.start, runs.time.interval.end) == (datetime(2023, 6, 5), datetime(2023, 6, 8))


def test_since_on_an_ordinal_in_apposition_starts_its_range_not_the_events() -> None:
    timeline = extract_timeline(
        "The strike, the first at a major U.S. passenger carrier since 2010, came after talks broke down late Friday.",
        "2025-12-20",
    )
    assert only_entry(timeline, "strike").time.interval.start != datetime(2010, 1, 1)


def test_a_time_a_figure_is_compared_from_dates_nothing() -> None:
    timeline = extract_timeline(
        "In addition, GM's North American vehicle production fell 8.4% from a year ago, which hurt earnings. "
        "Revenue rose 3.5% to $8.47 billion from $8.18 billion.",
        "1989-10-26",
    )
    assert only_entry(timeline, "fell").time.interval.start is None  # the fall is not a year ago: its base is
    assert only_entry(timeline, "rose").time.interval.start is None


def test_now_under_a_future_is_from_publication_on() -> None:
    timeline = extract_timeline(
        "The company will now focus on China. The striker has now scored 20 goals.", "2022-09-30"
    )
    focus = only_entry(timeline, "focus")
    assert (focus.time.interval.start, focus.time.interval.end) == (datetime(2022, 9, 30), None)
    assert only_entry(timeline, "scored").time.describe() == "2022-09-30"
