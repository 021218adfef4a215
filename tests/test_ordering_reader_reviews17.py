"""Placements a careful reader found wrong in the session-17 reviews (news stories of health,
culture, security and markets), each fixed by a rule: the full pipeline, parse included."""

from __future__ import annotations

from datetime import datetime

from builders import only_entry
from timeline import extract_timeline


def test_a_day_in_a_verdicts_small_clause_dates_the_verdict() -> None:
    timeline = extract_timeline(
        "A jury at the Old Bailey found a 27-year-old man guilty on Friday of preparing acts of terrorism after he"
        " planned to drive a van into crowds at a market, prosecutors said.",
        "2024-06-30",
    )
    assert only_entry(timeline, "found").time.describe() == "2024-06-28"
    preparing = only_entry(timeline, "preparing").time.interval  # what he was found guilty of came before
    assert (preparing.start, preparing.end) == (None, datetime(2024, 6, 29))


def test_a_complement_clause_with_a_verb_still_keeps_its_time() -> None:
    timeline = extract_timeline("Analysts said on Monday a cut was unlikely before June.", "2024-03-22")
    assert only_entry(timeline, "said").time.describe() == "2024-03-18"


def test_a_day_before_a_verb_the_parse_lost_still_dates_it() -> None:
    timeline = extract_timeline(
        "The U.S. Food and Drug Administration on Friday approved Helvora, an oral treatment for primary biliary"
        " cholangitis made by Boston-based Castell Therapeutics, ending a review that had been pushed back twice"
        " since last summer.",
        "2025-01-06",
    )
    assert only_entry(timeline, "approved").time.describe() == "2025-01-03"


def test_a_day_a_copula_gives_dates_its_event_adjective() -> None:
    timeline = extract_timeline("The January employment report is due on Feb. 2.", "2024-01-05")
    assert only_entry(timeline, "due").time.describe() == "2024-02-02"


def test_a_time_on_than_expected_dates_what_is_compared() -> None:
    timeline = extract_timeline(
        "U.S. employers added more jobs than expected in December, the Labor Department said on Friday.", "2024-01-05"
    )
    assert only_entry(timeline, "added").time.describe() == "2023-12"


def test_since_on_an_infinitive_bounds_the_perfect_above_it() -> None:
    timeline = extract_timeline("The district has struggled to fill driver positions since 2021.", "2024-06-26")
    struggled = only_entry(timeline, "struggled").time.interval
    assert (struggled.start, struggled.end) == (datetime(2021, 1, 1), None)


def test_since_then_closing_a_sentence_puts_its_perfect_in_the_meantime() -> None:
    timeline = extract_timeline(
        "It was formally activated in Vilnius on April 1, 2024, and around 500 staff officers have been stationed"
        " there since then.",
        "2025-01-06",
    )
    stationed = only_entry(timeline, "stationed").time.interval
    assert (stationed.start, stationed.end) == (datetime(2024, 4, 1), datetime(2025, 1, 7))
    timeline = extract_timeline(
        "Police said he fled to Spain in 2019, and he has lived there since then.", "2025-01-06"
    )
    said = only_entry(timeline, "said").time.interval  # no perfect: not measured by "since then"
    assert (said.start, said.end) == (None, datetime(2025, 1, 7))


def test_a_fronted_time_the_parse_made_the_root_dates_the_clause_after_it() -> None:
    timeline = extract_timeline(
        "On Thursday, VLT fell 80%. The following day, at 10:30 a.m. Eastern time, CoinVault and more than 130"
        " affiliates filed for Chapter 11.",
        "2022-11-13",
    )
    assert only_entry(timeline, "filed").time.describe() == "2022-11-11"


def test_a_time_the_parse_hangs_on_the_subject_after_it_dates_the_clause() -> None:
    timeline = extract_timeline(
        "A similar boat sank on Sept. 3, killing 21 people, and two weeks earlier a dinghy capsized near Tunisia.",
        "2024-09-19",
    )
    assert only_entry(timeline, "capsized").time.describe() == "2024-08-20"
    assert only_entry(timeline, "sank").time.describe() == "2024-09-03"


def test_the_time_of_an_opening_participle_of_origin_is_not_the_main_clauses() -> None:
    timeline = extract_timeline(
        "Born on 14 February 1932 in Scranton, Pennsylvania, Vance moved to New York at 18 and studied at the"
        " Neighborhood Playhouse.",
        "2024-01-03",
    )
    assert only_entry(timeline, "Born").time.describe() == "1932-02-14"
    assert only_entry(timeline, "moved").time.interval.start is None  # not on her birthday


def test_a_when_clause_set_off_after_a_time_is_dated_by_it_wherever_the_parse_hangs_it() -> None:
    timeline = extract_timeline(
        "Germany has not stationed combat troops permanently abroad since the end of the Cold War in the 1990s, when"
        " it withdrew most of its forces from its former positions. Officers said on Dec. 30 the brigade was ready.",
        "2025-01-06",
    )
    assert only_entry(timeline, "withdrew").time.describe() == "199"
    timeline = extract_timeline(
        "It was the most personal and emotional of many held since early December, when Cuban President Fidel Castro"
        " promised mass mobilization until the boy was returned to his father.\n\nElian's father and his four"
        " grandparents began weeping as they sat in a row of chairs facing the stage.",
        "2000-01-07",
    )
    assert only_entry(timeline, "promised").time.describe() == "1999-12"
    assert only_entry(timeline, "began").time.interval.start is None  # a clause describing a time moves no story time


def test_a_headlines_present_tells_news_that_has_happened() -> None:
    timeline = extract_timeline(
        "Eleanor Vance, stage and screen actress whose career spanned six decades, dies at 91\n\nBy James Whitcombe\n\n"
        "Eleanor Vance, who starred on Broadway for four decades, died on Monday. Her films remain popular.",
        "2024-01-03",
    )
    dies = only_entry(timeline, "dies").time.interval
    assert (dies.start, dies.end) == (None, datetime(2024, 1, 4))  # not going on at publication
    assert only_entry(timeline, "remain").time.describe() == "2024-01-03"  # the body's present is going on


def test_a_bare_verb_joined_to_a_modal_one_shares_the_modal() -> None:
    timeline = extract_timeline(
        "The capsule would arrive on Monday and remain attached for about 30 days.", "2024-11-14"
    )
    remain = next(e for e in timeline.events if e.text == "remain")
    assert (remain.modality, remain.factuality) == ("would", "hypothetical")
    assert "remain" not in [e.event.text for e in timeline.entries]  # not going on at publication
    timeline = extract_timeline("The leaders will meet on Friday and discuss trade.", "2024-11-14")
    assert next(e for e in timeline.events if e.text == "discuss").tense.value == "FUTURE"


def test_only_if_read_as_a_conjoined_clause_is_still_a_condition() -> None:
    timeline = extract_timeline(
        "The board plans to expand the program to 12 days by 2026, but only if the city approves a new parking"
        " structure.",
        "2025-01-06",
    )
    assert "approves" in [e.text for e in timeline.unplaced]


def test_the_object_of_a_denied_light_verb_did_not_happen() -> None:
    timeline = extract_timeline(
        "Hungary had threatened last month to block the measures but did not use its veto.", "2025-02-22"
    )
    assert next(e for e in timeline.events if e.text == "veto").factuality == "negated"
    timeline = extract_timeline("He did not attend the meeting.", "2025-02-22")
    assert next(e for e in timeline.events if e.text == "meeting").factuality == "actual"  # it took place


def test_a_habit_a_set_dates_takes_no_time_from_the_story() -> None:
    timeline = extract_timeline(
        "Earlier this month the festival opened. The festival typically draws about 130,000 attendees twice a year,"
        " counting its summer shorts showcase held each June.",
        "2025-01-06",
    )
    held = only_entry(timeline, "held").time.interval
    assert (held.start, held.end) == (None, datetime(2025, 1, 7))  # not in January
    timeline = extract_timeline(
        "Police arrested two men on Saturday. Clinton said in his weekly radio address that justice would be done.",
        "1998-08-10",
    )
    assert only_entry(timeline, "said").time.describe() == "1998-08-08"  # "weekly" is the address's kind


def test_a_possessive_time_picking_out_a_role_holder_dates_nothing_they_do() -> None:
    timeline = extract_timeline("Last year's winner, Tom Ellery, said his sales had tripled.", "2024-12-31")
    said = only_entry(timeline, "said").time.interval
    assert (said.start, said.end) == (None, datetime(2025, 1, 1))  # not said in 2023
    timeline = extract_timeline("Friday's session ended with a rally.", "1989-10-30")
    assert only_entry(timeline, "session").time.describe() == "1989-10-27"


def test_a_main_verb_with_a_subject_read_as_a_participle_is_a_simple_past() -> None:
    timeline = extract_timeline('"A Quiet Place: Day One" opened in second place with $53 million.', "2024-06-30")
    opened = only_entry(timeline, "opened")
    assert opened.event.tense.value == "PAST"
    assert (opened.time.interval.start, opened.time.interval.end) == (None, datetime(2024, 7, 1))


def test_a_future_until_on_a_past_verb_is_how_far_it_reaches() -> None:
    timeline = extract_timeline(
        "The Harwood Foundation said in its annual report that it had committed funding through fiscal 2027.",
        "2024-12-31",
    )
    committed = only_entry(timeline, "committed").time.interval
    assert (committed.start, committed.end) == (None, datetime(2025, 1, 1))  # done before publication


def test_a_date_after_starting_bounds_what_runs_from_it() -> None:
    timeline = extract_timeline("Owners will be notified by letter starting April 1.", "2024-02-15")
    notified = only_entry(timeline, "notified").time.interval
    assert (notified.start, notified.end) == (datetime(2024, 4, 1), None)


def test_a_date_on_an_anniversary_is_that_of_the_event_it_recalls() -> None:
    timeline = extract_timeline(
        "The measures will be published in the EU's Official Journal on Monday, two days before the third"
        " anniversary of Russia's full-scale invasion of Ukraine on Feb. 24, 2022.",
        "2025-02-22",
    )
    assert only_entry(timeline, "invasion").time.describe() == "2022-02-24"
    assert only_entry(timeline, "anniversary").time.interval.start.year == 2025


def test_a_time_a_verb_of_rescheduling_gives_is_the_moved_events() -> None:
    timeline = extract_timeline("The band pushed the tour into 2024 after the singer fell ill.", "2023-11-14")
    assert only_entry(timeline, "tour").time.describe() == "2024"
    pushed = only_entry(timeline, "pushed").time.interval
    assert (pushed.start, pushed.end) == (None, datetime(2023, 11, 15))  # the pushing was not in 2024
    timeline = extract_timeline("The vote was postponed until March 14.", "2024-11-14")
    assert only_entry(timeline, "vote").time.describe() == "2025-03-14"  # put off, not called off


def test_an_offset_from_a_present_at_publication_counts_from_the_story_day() -> None:
    timeline = extract_timeline(
        "The report comes two days after minutes of the Federal Reserve's Dec. 12-13 meeting showed officials"
        " expected rate cuts this year.",
        "2024-01-05",
    )
    assert only_entry(timeline, "showed").time.describe() == "2024-01-03"


def test_days_after_a_clause_put_it_before_not_on_the_day() -> None:
    timeline = extract_timeline(
        "The Russian Foreign Ministry said on Friday, days after Estonia expelled a Russian embassy official.",
        "2025-01-03",
    )
    expelled = only_entry(timeline, "expelled").time.interval
    assert (expelled.start, expelled.end) == (None, datetime(2025, 1, 4))


def test_the_infinitive_after_going_on_happened() -> None:
    timeline = extract_timeline("She went on to win two Oscars. He went out to buy bread.", "2024-01-03")
    assert [e.factuality for e in timeline.events if e.text in ("win", "buy")] == ["actual", "hypothetical"]


def test_what_is_delayed_or_postponed_is_still_to_come_not_called_off() -> None:
    timeline = extract_timeline("The screenings were delayed by two hours but went ahead.", "2024-01-03")
    assert next(e for e in timeline.events if e.text == "screenings").factuality == "hypothetical"
    timeline = extract_timeline("The council called off the vote.", "2024-01-03")
    assert next(e for e in timeline.events if e.text == "vote").factuality == "negated"


def test_a_saying_after_what_it_reports_is_not_at_its_time() -> None:
    timeline = extract_timeline(
        "The boat left the Libyan port of Zuwara late Tuesday and began taking on water overnight, survivors told"
        " rescuers.",
        "2024-09-19",
    )
    told = only_entry(timeline, "told").time.interval
    assert (told.start, told.end) == (None, datetime(2024, 9, 20))


def test_a_headlines_present_is_no_time_for_what_depends_on_it() -> None:
    timeline = extract_timeline(
        "Jury convicts man of plotting attack; sentencing set for September\n\nBy David Marsh\n\nThe jury found him"
        " guilty on Friday.",
        "2024-06-30",
    )
    assert "sentencing" not in [e.event.text for e in timeline.entries if e.time.interval.end == datetime(2024, 7, 1)]


def test_overnight_opening_its_sentence_is_the_night_after_the_storys_day() -> None:
    timeline = extract_timeline(
        "On Thursday, VLT fell 80% within two hours. Founder Daniel Mercer wrote on Twitter at 4:02 p.m. EST that"
        " he was trying to raise $8 billion. Investors did not respond.\n\nOvernight, regulators in Japan froze the"
        " exchange's local units. The following day, at 10:30 a.m. Eastern time, CoinVault filed for Chapter 11.",
        "2022-11-13",
    )
    values = {t.text: t.value for t in timeline.times}
    assert (values["Overnight"], values["The following day"]) == ("2022-11-10TNI", "2022-11-11")
    assert only_entry(timeline, "filed").time.describe() == "2022-11-11"


def test_the_same_event_told_again_keeps_its_time() -> None:
    timeline = extract_timeline(
        "The jury returned its verdict on Friday. Morgan said after the verdict that justice had been done.",
        "2024-06-30",
    )
    verdicts = [e for e in timeline.entries if e.event.text == "verdict"]
    assert [e.time.describe() for e in verdicts] == ["2024-06-28", "2024-06-28"]
    assert "told of before" in verdicts[1].reason


def test_since_on_a_figure_bounds_the_verb() -> None:
    timeline = extract_timeline(
        "The dispute has cost the industry an estimated £1bn since the summer of 2022.", "2025-09-05"
    )
    cost = only_entry(timeline, "cost").time.interval
    assert (cost.start, cost.end) == (datetime(2022, 6, 1), None)
