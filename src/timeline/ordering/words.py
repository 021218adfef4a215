"""The words the ordering stage reads, per language (``data/links_<lang>.json``), compiled once.

The rules of :mod:`timeline.ordering` and :mod:`timeline.ordering.links` are about the parse
(dependency labels, tense, event classes); what is English in them is which prepositions bound
or order an event ("*since* May", "left *after* the vote"), which verbs seek or remove what they
govern, and the markers the pair classifier's features name. Those live in the data file, so a
language is a data change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import attrs

from timeline.model import Relation

__all__ = ["OrderingWords", "load_words"]


@attrs.frozen(kw_only=True, slots=True)
class OrderingWords:
    """The compiled vocabulary of one language (the keys of its data file, documented there)."""

    language: str
    #: prepositions of the figure a change reaches or moves by ("fell *to* 3,000 units", "rose *by* 2 percent")
    figure_prepositions: frozenset[str]
    #: "will X <word> Y": a present-tense Y is still to come ("will leave *when* the talks end")
    future_clause: frozenset[str]
    #: "X <word> Y": Y ends X ("troops will remain *until* the talks end"), or comes first when X is denied
    until: frozenset[str]
    #: "X <word> Y", X in the simple past: Y went on at the same time ("shares fell *while* bonds rose")
    same_time: frozenset[str]
    #: preposition -> the side of the time an event under it lies ("after", "before", "from", "until")
    bounding: Mapping[str, str]
    #: head word of a two-word preposition -> the word linking it to its object ("ahead" -> "of")
    bounding_links: Mapping[str, str]
    meantime_openers: tuple[str, ...]
    meantime_inserted: tuple[str, ...]
    #: the same words closing a sentence ("have been stationed there *since then*."), for its perfects
    meantime_closers: tuple[str, ...]
    #: past participles of an origin opening a sentence ("*Born* in 1932, Vance moved ..."): not the main clause's time
    origins: frozenset[str]
    #: nouns of a role whose holder a possessive time picks out ("*last year's* winner said"): it dates no event
    roles: frozenset[str]
    #: participles of starting that open a date ("notified by letter *starting* April 1"): the verb runs from it
    start_participles: frozenset[str]
    #: nouns of a day that recalls another ("the third *anniversary* of the invasion on Feb. 24, 2022")
    anniversaries: frozenset[str]
    #: an age an event happened at ("moved to Paris *at the age of 12*"): counted from a birth
    age_nouns: frozenset[str]
    age_prepositions: frozenset[str]
    births: frozenset[str]
    age_numbers: dict[str, int]
    #: verbs that move an event in time, and the prepositions of its new time ("*pushed* the tour *into* 2024")
    rescheduling: frozenset[str]
    rescheduled_to: frozenset[str]
    #: plural units with no number before a clause's marker ("*days* after Estonia expelled"): not the same day
    bare_units: frozenset[str]
    #: "*the day* after the vote": a noun of one unit -> the length it measures from the event ("P1D")
    following_units: Mapping[str, str]
    #: "*In* the weeks after the election": prepositions of such a noun that date the verb they hang on
    unit_prepositions: frozenset[str]
    #: word before an event -> "before" or "after" (the side of the event it modifies)
    before_after: Mapping[str, str]
    possessive: frozenset[str]
    #: "X <marker> Y": how Y relates to X
    clause_markers: Mapping[str, Relation]
    setting: frozenset[str]
    #: verbs whose "in"/"at" names what they do or bring about, no setting ("engage *in* fraud")
    setting_objects: frozenset[str]
    cause: frozenset[str]
    source: frozenset[str]
    condition: frozenset[str]
    sought_for: frozenset[str]
    removing: frozenset[str]
    intending: frozenset[str]
    #: :attr:`intending` and the verbs that take what they seek with a preposition ("call for")
    intending_for: frozenset[str]
    #: determiners of an indefinite noun phrase ("*another* attack"): it names a new event, not one told before
    indefinite: frozenset[str]
    at_once: frozenset[str]
    would: frozenset[str]
    offset: frozenset[str]
    #: words whose presence the pair classifier's features name (feature strings of its model)
    pair_markers: frozenset[str]
    quotes: frozenset[str]
    #: words over a time that names the base of a comparison ("up from ... *a year earlier*")
    comparison: frozenset[str]
    #: prepositions of the standard a verb's object is compared with ("a premium *over* the closing price")
    comparison_standard: frozenset[str]
    #: nouns of a difference measured from a standard ("a *premium* over", "*$5* above")
    differences: frozenset[str]
    #: markers of a clause at the time of the event it modifies ("*when* an employee called")
    simultaneous_clause: frozenset[str]
    #: event nouns of an occasion where things are said or done ("called for aid *in a speech*")
    occasions: frozenset[str]
    #: verb of a relative clause on a span of time -> the edge its time dates ("end", "start")
    period_edges: Mapping[str, str]
    #: their forms, for such a verb that is no event: "the three months *ended* Sept. 30"
    period_edge_forms: Mapping[str, str]
    #: a dateline's place before its time on its line ("GENEVA, "), and what follows the time (" —")
    dateline_before: re.Pattern[str]
    dateline_after: re.Pattern[str]
    #: what follows a time to say it was the day of an event (", the day of the EU *referendum*")
    day_of_an_event: re.Pattern[str]
    #: forms of "be" whose event-noun subject is at the time they take ("the *vote* was on Tuesday")
    copulas: frozenset[str]
    #: a clause under these looks back from its head's time ("*since* losing in December")
    looking_back: frozenset[str]
    #: "*the first* three months of the year": which end of the time such a part starts from
    part_of_a_time: Mapping[str, str]
    part_of: frozenset[str]
    #: prepositions that put an event inside the span they govern ("earned $4 million *in* the quarter")
    period_in: frozenset[str]
    #: noun naming a span of one fixed length -> its TimeML duration ("quarter" -> "P3M")
    period_units: Mapping[str, str]
    #: verbs that judge someone for something done before ("sentenced *for* fraud")
    judging: frozenset[str]
    #: the prepositions of what :attr:`judging` verbs judge ("*for* fraud")
    judged_for: frozenset[str]
    #: those of :attr:`judging` whose "in" names the case judged ("charged *in* the bombing")
    judged_in: frozenset[str]
    #: adjectives of a verdict ("found *guilty* of", "held *liable* for"): what they judge came first
    verdicts: frozenset[str]
    #: prepositions of the figure a change starts from ("rose to 48 *from* 31 the day before")
    base_figure: frozenset[str]
    #: the words of a range an event spans: "*from* 1988 *to* 1990"
    range_from: frozenset[str]
    range_to: frozenset[str]
    #: "*between* 2019 *and* 2021": the second time hangs on the first
    range_between: frozenset[str]
    range_and: frozenset[str]
    #: what joins two days into one stretch, with the most days apart: "on 3 *and* 4 May", "Monday *or* Tuesday"
    joined_days: Mapping[str, int]
    #: the dashes of a range written as one ("April 30-May 1", "March 5-7")
    range_dash: frozenset[str]
    #: prepositions whose object is what an event is about or done for, not when it happened
    #: ("gets 12 years *for* the 2019 fire")
    object_prepositions: frozenset[str]
    #: nouns of what is expected of a period, and the preposition of that period ("its *forecast* *for* the year")
    forecast_nouns: frozenset[str]
    forecast_for: frozenset[str]
    #: prepositions that take a time out of the event's ("open daily *except* on Sundays")
    excepting: frozenset[str]
    #: words of a time before another ("a year *earlier*"): after "from" a figure, the base's time
    base_times: frozenset[str]
    #: nouns of a level a change is measured from ("fell 12% from its record *high* on July 10")
    figure_nouns: frozenset[str]
    #: the prepositions that date such a level right after its noun ("from its record high *on* July 10")
    figure_times: frozenset[str]
    #: prepositions that put a verb inside an event noun's time ("lost money *during* the strike")
    during: frozenset[str]
    #: verbs that say whether their infinitive happened, at their own time ("*failed* to override")
    implicative: frozenset[str]
    #: ordinals that, as superlatives do, make "since" the start of their range ("the *first* win since August")
    ordinals: frozenset[str]
    #: verbs of scheduling: their time still to come is the scheduled event's ("a meeting is *scheduled* for May 8")
    scheduling: frozenset[str]
    #: prepositions of the role a subject plays in an event ("made landfall *as* a hurricane")
    role_prepositions: frozenset[str]
    #: the modal of a future told in a past saying ("said the walkout *would* begin on Monday")
    reported_future: frozenset[str]
    #: modals of possibility: what follows has not happened yet ("*may* plead")
    possible: frozenset[str]
    #: those of :attr:`possible` that may be a past ability ("*couldn't* be reached", "*could* be seen")
    possible_past: frozenset[str]
    #: verbs whose infinitive ends the change it is hung on ("fell 3% *to close* at 2,600")
    closing: frozenset[str]
    #: the only objects such an infinitive may have ("rose to end *the day* at 7,114")
    closing_periods: frozenset[str]
    #: words that mark a hypothetical event as still ahead of the verb that speaks of it ("*looming* action")
    ahead: frozenset[str]
    #: lemmas of verbs of saying, whatever their event class ("the chairman *added*")
    saying: frozenset[str]
    #: words of a source set in the clause they attribute ("*according* to the fire department")
    attributions: frozenset[str]
    #: verbs that answer an event named as their object, which came first ("*rejected* the offer")
    responding: frozenset[str]
    #: verbs that answer an event they take with "to", which came first ("*responded to* the attack")
    responding_to: frozenset[str]
    #: verbs that bring about the event their object names, which comes after them ("*provoked* violence")
    causing: frozenset[str]
    #: verbs that bring about the event they take with "to" ("*led to* arrests")
    causing_to: frozenset[str]


def _words(raw: Mapping[str, Any]) -> dict[str, str]:
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@cache
def load_words(language: str = "en") -> OrderingWords:
    """The ordering vocabulary of ``language`` (read and compiled once per process)."""
    resource = resources.files("timeline.ordering.data").joinpath(f"links_{language}.json")
    if not resource.is_file():
        raise ValueError(f"no ordering vocabulary for language {language!r}")
    raw: dict[str, Any] = json.loads(resource.read_text("utf-8"))
    intending = frozenset(raw["intending"])
    return OrderingWords(
        language=language,
        figure_prepositions=frozenset(raw["figure_prepositions"]),
        future_clause=frozenset(raw["future_clause"]),
        until=frozenset(raw["until"]),
        same_time=frozenset(raw["same_time"]),
        bounding=_words(raw["bounding"]),
        bounding_links=_words(raw["bounding_links"]),
        meantime_openers=tuple(raw["meantime_openers"]),
        meantime_inserted=tuple(raw["meantime_inserted"]),
        meantime_closers=tuple(raw["meantime_closers"]),
        origins=frozenset(raw["origins"]),
        roles=frozenset(raw["roles"]),
        start_participles=frozenset(raw["start_participles"]),
        anniversaries=frozenset(raw["anniversaries"]),
        age_nouns=frozenset(raw["age_nouns"]),
        age_prepositions=frozenset(raw["age_prepositions"]),
        births=frozenset(raw["births"]),
        age_numbers={word: int(number) for word, number in raw["age_numbers"].items()},
        rescheduling=frozenset(raw["rescheduling"]),
        rescheduled_to=frozenset(raw["rescheduled_to"]),
        bare_units=frozenset(raw["bare_units"]),
        following_units=_words(raw["following_units"]),
        unit_prepositions=frozenset(raw["unit_prepositions"]),
        before_after=_words(raw["before_after"]),
        possessive=frozenset(raw["possessive"]),
        clause_markers={word: Relation(name) for word, name in _words(raw["clause_markers"]).items()},
        setting=frozenset(raw["setting"]),
        setting_objects=frozenset(raw["setting_objects"]),
        cause=frozenset(raw["cause"]),
        source=frozenset(raw["source"]),
        condition=frozenset(raw["condition"]),
        sought_for=frozenset(raw["sought_for"]),
        removing=frozenset(raw["removing"]),
        intending=intending,
        intending_for=intending | frozenset(raw["intending_for"]),
        indefinite=frozenset(raw["indefinite"]),
        at_once=frozenset(raw["at_once"]),
        would=frozenset(raw["would"]),
        offset=frozenset(raw["offset"]),
        pair_markers=frozenset(raw["pair_markers"]),
        quotes=frozenset(raw["quotes"]),
        comparison=frozenset(raw["comparison"]),
        comparison_standard=frozenset(raw["comparison_standard"]),
        differences=frozenset(raw["differences"]),
        simultaneous_clause=frozenset(raw["simultaneous_clause"]),
        occasions=frozenset(raw["occasions"]),
        period_edges=_words(raw["period_edges"]),
        period_edge_forms=_words(raw["period_edge_forms"]),
        looking_back=frozenset(raw["looking_back"]),
        copulas=frozenset(raw["copulas"]),
        dateline_before=re.compile(raw["dateline_before"]),
        dateline_after=re.compile(raw["dateline_after"]),
        day_of_an_event=re.compile(raw["day_of_an_event"], re.IGNORECASE),
        part_of_a_time=_words(raw["part_of_a_time"]),
        part_of=frozenset(raw["part_of"]),
        period_in=frozenset(raw["period_in"]),
        period_units=_words(raw["period_units"]),
        judging=frozenset(raw["judging"]),
        judged_for=frozenset(raw["judged_for"]),
        judged_in=frozenset(raw["judged_in"]),
        verdicts=frozenset(raw["verdicts"]),
        base_figure=frozenset(raw["base_figure"]),
        base_times=frozenset(raw["base_times"]),
        range_from=frozenset(raw["range_from"]),
        range_to=frozenset(raw["range_to"]),
        range_between=frozenset(raw["range_between"]),
        range_and=frozenset(raw["range_and"]),
        joined_days=dict(raw["joined_days"]),
        reported_future=frozenset(raw["reported_future"]),
        object_prepositions=frozenset(raw["object_prepositions"]),
        excepting=frozenset(raw["excepting"]),
        forecast_nouns=frozenset(raw["forecast_nouns"]),
        forecast_for=frozenset(raw["forecast_for"]),
        role_prepositions=frozenset(raw["role_prepositions"]),
        scheduling=frozenset(raw["scheduling"]),
        ordinals=frozenset(raw["ordinals"]),
        implicative=frozenset(raw["implicative"]),
        during=frozenset(raw["during"]),
        figure_nouns=frozenset(raw["figure_nouns"]),
        figure_times=frozenset(raw["figure_times"]),
        range_dash=frozenset(raw["range_dash"]),
        possible=frozenset(raw["possible"]),
        possible_past=frozenset(raw["possible_past"]),
        closing=frozenset(raw["closing"]),
        closing_periods=frozenset(raw["closing_periods"]),
        ahead=frozenset(raw["ahead"]),
        saying=frozenset(raw["saying"]),
        attributions=frozenset(raw["attributions"]),
        responding=frozenset(raw["responding"]),
        responding_to=frozenset(raw["responding_to"]),
        causing=frozenset(raw["causing"]),
        causing_to=frozenset(raw["causing_to"]),
    )
