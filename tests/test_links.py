"""TLINK rules of :mod:`timeline.ordering.links` that follow TimeML conventions (TempEval-3)."""

from __future__ import annotations

from datetime import date

from strategies import links_of
from timeline import extract_timeline
from timeline.model import Relation, TimexType
from timeline.ordering.links import timeline_links, timeline_order
from timeline.ordering.parse import Parse
from timeline.pipeline import Pipeline


def test_a_past_clause_under_a_past_verb_led_to_it() -> None:
    links = links_of("The bridge collapsed because the river flooded.")
    assert ("flooded", "BEFORE", "collapsed") in links


def test_a_clause_going_on_at_the_same_time_is_not_put_before() -> None:
    links = links_of("The crowd cheered as the team arrived.")
    assert ("arrived", "BEFORE", "cheered") not in links


def test_a_past_clause_under_while_went_on_at_the_same_time() -> None:
    assert ("rallied", "SIMULTANEOUS", "fell") in links_of("Shares of the bank fell while bonds rallied.")
    assert ("advanced", "SIMULTANEOUS", "retreated") in links_of("While the rebels advanced, the army retreated.")


def test_what_a_denied_event_waits_for_comes_first() -> None:
    links = links_of("The council will not lift the sanctions until the inspectors report.")
    assert ("report", "BEFORE", "lift") in links
    # not denied: the clause ends the event rather than coming before it
    assert ("surrender", "BEFORE", "stay") not in links_of("The troops will stay until the rebels surrender.")


def test_a_present_tense_under_when_or_until_of_a_future_verb_is_still_to_come() -> None:
    links = links_of("The troops will stay until the rebels surrender.")
    assert ("surrender", "AFTER", "t0") in links
    assert ("end", "AFTER", "t0") in links_of("The minister will resign when the talks end.")


def test_a_present_tense_under_a_saying_gets_no_link_to_it() -> None:
    # TempEval-3 annotators disagree on it (TimeBank, AQUAINT): the link cost more than it found
    links = links_of("Officials said the company plans layoffs.")
    assert not {link for link in links if {link[0], link[2]} == {"plans", "said"}}


def test_an_event_happens_within_the_duration_that_governs_it() -> None:
    published = date(2024, 3, 22)
    pipeline = Pipeline()
    document = pipeline.document("The talks lasted for three weeks.", published)
    timeline = pipeline.run(document)
    assert document.parse is not None
    parse = Parse(document.parse)
    roots = {e.id: parse.root(e.start, e.end) for e in timeline.events}
    tokens = {event_id: i for event_id, i in roots.items() if i is not None}
    by_id = {e.id: e for e in timeline.events}
    links = timeline_links(timeline.entries, {}, parse, tokens, by_id, published, timeline.times)
    weeks = next(t for t in timeline.times if t.type is TimexType.DURATION)
    lasted = next(e for e in timeline.events if e.text == "lasted")
    assert any(
        (link.source, link.relation, link.target) == (lasted.id, Relation.IS_INCLUDED, weeks.id) for link in links
    )


def test_a_duration_between_two_times_does_not_contain_the_event() -> None:
    # "two months after ...": the duration is how far apart two times are, not when it happened
    links = links_of("The rebels surrendered two months after the army attacked.")
    assert not {link for link in links if link[2] == "two months"}
    assert ("met", "IS_INCLUDED", "three weeks") in links_of("The ministers met for three weeks.")


def test_now_includes_the_day_of_publication() -> None:
    # TimeML annotates the present ("now", "currently") as wider than the day it is written on
    links = links_of("Prices are rising now.")
    assert ("now", "INCLUDES", "t0") in links
    assert not {link for link in links if {link[0], link[2]} == {"now", "t0"} and link[1] == "SIMULTANEOUS"}


def test_an_event_noun_sought_by_a_verb_comes_after_it() -> None:
    assert ("return", "AFTER", "demanded") in links_of("Thousands of protesters demanded the return of the exiles.")
    assert ("talks", "AFTER", "called") in links_of("The senators called for talks with the union.")


def test_an_event_in_the_setting_of_an_event_noun_happens_within_it() -> None:
    assert ("attack", "INCLUDES", "killed") in links_of("Two soldiers were killed in the attack.")


def test_an_event_under_since_came_before() -> None:
    assert ("merger", "BEFORE", "risen") in links_of("Prices have risen since the merger.")


def test_an_event_noun_done_by_a_past_verb_is_before_publication() -> None:
    assert ("explosion", "BEFORE", "t0") in links_of("The explosion destroyed the bridge.")
    assert ("attack", "BEFORE", "t0") in links_of("Two soldiers died in the attack.")
    assert ("return", "BEFORE", "t0") not in links_of("The protesters demanded the return of the exiles.")


def test_a_concession_is_not_put_before_its_main_clause() -> None:
    # "although" grants a fact beside the main clause: neither cause nor earlier step
    links = links_of("Although the factory closed, the town grew.")
    assert ("closed", "BEFORE", "grew") not in links


def test_a_cause_came_first_and_what_is_ahead_comes_after() -> None:
    assert ("strike", "BEFORE", "closed") in links_of("The plant closed because of the strike.")
    assert ("summit", "AFTER", "withdrew") in links_of("Troops withdrew ahead of the summit.")
    assert ("attack", "AFTER", "retreated") in links_of("The army retreated prior to the attack.")


def test_what_an_event_came_out_of_or_was_caused_by_came_first() -> None:
    assert ("summit", "BEFORE", "returned") in links_of("The delegates returned from the summit on Friday.")
    assert ("explosion", "BEFORE", "damaged") in links_of("The bridge was damaged by the explosion.")
    # removed from an event that goes on: not over before it
    assert ("talks", "BEFORE", "expelled") not in links_of("The party was expelled from the talks.")


def test_a_condition_comes_before_what_depends_on_it() -> None:
    assert ("attack", "BEFORE", "retaliate") in links_of("The army will retaliate if the rebels attack.")


def test_events_at_disjoint_times_are_ordered_through_their_times_not_linked_again() -> None:
    timeline = extract_timeline("The talks ended on Monday. The minister resigned on Wednesday.", "2024-03-22")
    ended, resigned = (next(e.id for e in timeline.events if e.text == word) for word in ("ended", "resigned"))
    assert not {link for link in timeline.links if {link.source, link.target} == {ended, resigned}}
    assert timeline_order(timeline).relation(ended, resigned) is Relation.BEFORE


def test_a_participle_under_a_past_verb_is_before_publication() -> None:
    # "Friday" is the day of publication: the placed interval alone does not say "before"
    links = links_of("She said Friday that she regretted calling the minister a traitor.")
    assert ("calling", "BEFORE", "t0") in links


def test_an_event_noun_under_a_past_verb_is_before_publication() -> None:
    assert ("protest", "BEFORE", "t0") in links_of("Officials said Friday that the police stopped the protest.")
    # what a verb orders or seeks may still be to come
    assert ("inquiry", "BEFORE", "t0") not in links_of("Officials said Friday that the council ordered an inquiry.")


def test_what_a_present_verb_of_intending_intends_is_after_publication() -> None:
    assert ("build", "AFTER", "t0") in links_of("The company plans to build a factory.")
    # going on, not intended
    assert ("fight", "AFTER", "t0") not in links_of("The rebels continue to fight.")


def test_the_parse_table_reads_children_as_spacy_does() -> None:
    pipeline = Pipeline()
    text = "Shares fell on Monday, three days after the vote, as the firm warned of losses."
    document = pipeline.document(text, None)
    assert document.parse is not None
    parse = Parse(document.parse)
    for token in document.parse:
        assert parse.children(token.i) == [c.i for c in token.children]
        assert parse.left_children(token.i) == [c.i for c in token.lefts]


def test_what_may_happen_is_after_publication() -> None:
    assert ("rise", "AFTER", "t0") in links_of("Fuel prices might rise next winter, the report warns.")
    assert ("plead", "AFTER", "t0") in links_of("The bank may plead guilty to the charges.")
    # a past ability, a state that may hold now, a past saying's own future: no such link
    assert ("reached", "AFTER", "t0") not in links_of("The mayor could not be reached for comment.")
    assert ("be", "AFTER", "t0") not in links_of("The lake may be the deepest in Europe.")
    assert ("leave", "AFTER", "t0") not in links_of("The envoy said the troops might leave.")


def test_a_past_or_expecting_event_placed_later_is_not_after_publication() -> None:
    # the later time dates what the event is about, not the event itself
    links = links_of("The company extended its offer to April 20.", "2024-03-22")
    assert ("extended", "AFTER", "t0") not in links
    assert ("extended", "BEFORE", "t0") in links
    assert ("expects", "AFTER", "t0") not in links_of("The company expects a profit in May.", "2024-03-22")
    # a happening placed later is still after publication
    assert ("open", "AFTER", "t0") in links_of("The new bridge will open in May.", "2024-03-22")


def test_a_close_hung_on_a_change_ends_it() -> None:
    # "to close" is where the fall ends (TimeML ENDS), not a purpose after it
    assert ("close", "ENDS", "fell") in links_of("Shares of the bank fell 3 percent to close at 41 dollars.")
    assert ("end", "ENDS", "gained") in links_of("The index gained 155 points to end the session at 9,505.")
    # ("to end the day": "the day" is then a time of its own, the story's day, which dates "end")
    # with an object of its own it is a purpose: after the verb
    links = links_of("The union leaders met to end the strike.")
    assert ("end", "AFTER", "met") in links


def test_a_perfect_infinitive_is_done_before_the_verb_it_hangs_under() -> None:
    # "to have" + participle is anterior to its verb: no purpose after it
    assert ("breached", "BEFORE", "said") in links_of("U.S. Marines were said to have breached the mine fields.")
    assert ("fled", "BEFORE", "appears") in links_of("The suspect appears to have fled the country.")
    assert ("won", "BEFORE", "claimed") in links_of("He claimed to have won the election.")
    # under a verb that looks ahead it is a future perfect: before a later time, after that verb
    assert ("finished", "AFTER", "expects") in links_of("The company expects to have finished the work by May.")


def test_a_time_inside_a_longer_one_is_included_in_it() -> None:
    links = links_of("The plant will open in 2025, probably in October 2025. The company said so on Monday at 4 p.m.")
    assert ("2025", "INCLUDES", "October 2025") in links
    assert ("Monday", "INCLUDES", "4 p.m.") in links
    # the day of publication lies in this week; the shortest holder only, the closure gives the rest
    links = links_of("Sales fell this week, the worst week this year.", published="2024-03-20")
    assert ("this week", "INCLUDES", "t0") in links
    assert ("this year", "INCLUDES", "t0") not in links


def test_a_part_of_a_time_said_from_now_does_not_hold_the_day_of_writing() -> None:
    # "later this year" is a part of the year after publication: it holds neither t0 nor "today"
    links = links_of("Prices will rise later this year, the bank said today.")
    assert not {link for link in links if link[0] == "later this year" and link[2] in ("t0", "today")}
    assert ("later this year", "INCLUDES", "October") in links_of("Prices will rise later this year, in October.")


def test_a_present_clause_under_when_of_a_future_or_generic_verb_comes_first() -> None:
    # "will become ... when the merger is completed": the clause is the condition, it comes first
    links = links_of("Trustcorp will become Society Bank when its merger is completed.")
    assert ("completed", "BEFORE", "become") in links
    assert ("report", "BEFORE", "decide") in links_of("Officials will decide when the inspectors report.")
    # a state under "when" holds around its event rather than before it
    assert ("know", "BEFORE", "put") not in links_of("It makes no sense to put money at risk when you know the odds.")


def test_main_events_of_consecutive_sentences_are_not_ordered_by_telling() -> None:
    # a happening told just before a saying is as often said at that moment as before it
    links = links_of("A bomb exploded near the embassy. Witnesses said the explosion shook the city.")
    assert ("exploded", "BEFORE", "said") not in links


def test_what_a_verb_of_judging_judges_came_first() -> None:
    assert ("bombing", "BEFORE", "charged") in links_of("The man was charged in the bombing of the clinic.")
    assert ("attack", "BEFORE", "arrested") in links_of("Two men were arrested for the attack on the embassy.")
    # "in" a raid is where the arrest happened, not what it is for
    assert ("raid", "BEFORE", "arrested") not in links_of("Police arrested ten people in a raid on the camp.")


def test_a_close_read_as_the_complement_of_a_change_by_a_figure_still_ends_it() -> None:
    text = "The 100-share index shed 47.3 points to close at 2082.1, down 4.5% from the previous Friday."
    assert ("close", "ENDS", "shed") in links_of(text)
    # no figure changed: what is scheduled or forced to close comes after it
    assert ("close", "AFTER", "scheduled") in links_of("The acquisition is scheduled to close Monday.")


def test_what_a_verb_engages_in_or_results_in_is_no_setting() -> None:
    # "in" names what the verb does or brings about, not an event it happens within
    links = links_of("The company took a charge, resulting in a loss for the quarter.")
    assert ("loss", "INCLUDES", "resulting") not in links
    assert ("fraud", "INCLUDES", "engaging") not in links_of("The SEC accused him of engaging in a massive fraud.")
    assert ("attack", "INCLUDES", "killed") in links_of("Ten people were killed in the attack.")


def test_a_past_participle_adjunct_was_done_first() -> None:
    links = links_of("Rated single-A by Moody's, the issue will be sold through underwriters.")
    assert ("Rated", "BEFORE", "sold") in links
    assert ("bolstered", "BEFORE", "rose") in links_of("Net income rose 51%, bolstered by gains from an investment.")


def test_a_cause_clause_came_first_whatever_its_tense() -> None:
    text = "Investors disregarded the gains because the Federal Reserve has made clear that it expects a slowdown."
    assert ("made", "BEFORE", "disregarded") in links_of(text)
    text = "The transaction is being structured this way because the laws do not provide for mergers."
    assert ("provide", "BEFORE", "structured") in links_of(text)


def test_present_verbs_joined_by_and_hold_at_the_same_time() -> None:
    # two present tenses coordinated describe one present: TimeML annotates them SIMULTANEOUS
    links = links_of("Mr. Roberts continues as treasurer, and Mr. Wonham remains responsible for planning.")
    assert ("remains", "SIMULTANEOUS", "continues") in links
    # a past pair keeps the order it is told in
    assert ("unloaded", "SIMULTANEOUS", "rolled") not in links_of("Trucks rolled in and the cargo was unloaded.")


def test_what_a_verb_answers_or_looks_into_came_first() -> None:
    # the object event of a verb of responding was there before it
    assert ("offer", "BEFORE", "rejected") in links_of("The board rejected the offer on Monday.")
    assert ("killings", "BEFORE", "investigate") in links_of("A task force will investigate the killings.")
    # a verb that seeks its object puts it after
    assert ("talks", "BEFORE", "demanded") not in links_of("The rebels demanded talks.")


def test_what_a_verb_of_causing_brings_about_comes_after_it() -> None:
    assert ("violence", "AFTER", "provoked") in links_of("The verdict provoked violence in the city.")
    assert ("arrests", "AFTER", "led") in links_of("The raid led to arrests.")
    reasons = {link.reason for link in extract_timeline("The raid led to arrests.", "2024-03-22").links}
    assert any(reason.startswith('"led to the arrests"') for reason in reasons)  # the words that said so


def test_what_a_verb_answers_with_to_came_first() -> None:
    # "respond to", "react to": the event answered was there first, whatever its class
    assert ("announcement", "BEFORE", "responded") in links_of("Shareholders responded coolly to the announcement.")
    assert ("attack", "BEFORE", "reacted") in links_of("The army reacted to the attack within hours.")


def test_a_state_dated_by_a_day_is_included_in_it() -> None:
    # TimeML links an event to the date that dates it IS_INCLUDED, a state too (TimeBank's states
    # dated by a day: 14 IS_INCLUDED, 1 INCLUDES)
    for text, state, day in (
        ("As of Sept. 30, the bank had assets of $511 million.", "had", "2024-09-30"),
        ("On June 30, loss reserves stood at $108.3 million.", "stood", "2024-06-30"),
    ):
        entries = {entry.event.text: entry for entry in extract_timeline(text, "2024-10-05")}
        assert entries[state].relation is Relation.IS_INCLUDED and entries[state].time.value == day


def test_a_close_in_a_period_of_trading_ends_it() -> None:
    # the close is the end of the trading it happens in, not a moment inside it
    links = links_of("In national over-the-counter trading yesterday, AEP shares closed at $21.25, down 50 cents.")
    assert ("trading", "ENDED_BY", "closed") in links
    assert ("trading", "INCLUDES", "closed") not in links
    assert ("attack", "INCLUDES", "killed") in links_of("Ten people were killed in the attack.")


def test_the_writers_own_would_states_a_consequence_still_to_come() -> None:
    assert ("give", "AFTER", "t0") in links_of("The acquisition would give the bank access to new markets.")
    # under a past saying, "would" is the saying's future, linked to it, not to publication
    reported = links_of("The company said the merger would create jobs.")
    assert ("create", "AFTER", "said") in reported
    assert ("create", "AFTER", "t0") not in reported
    assert ("say", "AFTER", "t0") not in links_of("The spokesman wouldn't say whether talks resumed.")


def test_equal_times_are_chained_not_linked_pairwise() -> None:
    """A text naming one day a thousand times gets SIMULTANEOUS links to the next few equal times
    (the closure joins every pair), not half a million of them."""
    from datetime import datetime

    from timeline.calendar import Granularity, Interval
    from timeline.model import Relation
    from timeline.ordering import links as links_module
    from timeline.ordering.links import _time_order

    day = Interval(start=datetime(2024, 3, 5), end=datetime(2024, 3, 6), granularity=Granularity.DAY)
    later = Interval(start=datetime(2024, 3, 7), end=datetime(2024, 3, 8), granularity=Granularity.DAY)
    links = _time_order([(f"t{i}", day) for i in range(1000)] + [("t1000", later)])
    reach = links_module._EQUAL_REACH
    simultaneous = sum(r is Relation.SIMULTANEOUS for _, r, _ in links)
    assert simultaneous == sum(min(reach, 999 - i) for i in range(1000)) < 1000 * reach
    assert len(links) == simultaneous + 1000  # and each day before the later one
