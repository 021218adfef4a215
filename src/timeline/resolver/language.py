"""Per-language rule data (``data/<lang>.json``), compiled once per process.

A rule's pattern uses ``{CLASS}`` placeholders that expand to named groups built from the
vocabulary (``{MONTH}`` -> ``(?P<month>January|Jan\\.|...)``), so adding a month spelling or a
rule is a data change, not a code change.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import attrs

from timeline.model import TimexType

__all__ = [
    "CompiledRule",
    "Cues",
    "Language",
    "available_languages",
    "case_blind",
    "first_characters",
    "load_language",
    "required_literals",
    "scanning_pattern",
]


@attrs.frozen(kw_only=True, slots=True)
class CompiledRule:
    """One recognition rule: a compiled pattern and what kind of value it yields."""

    name: str
    type: TimexType
    kind: str
    pattern: re.Pattern[str]
    example: str
    span_group: str | None
    priority: int
    triggers: frozenset[str]
    #: Lower-case strings every match contains: one of each set (see :func:`required_literals`).
    required: tuple[frozenset[str], ...] = ()
    #: ``pattern`` behind a look-ahead for the characters a match can begin with: the same matches,
    #: but ``re`` tries the whole pattern only where one of them stands (see :func:`scanning_pattern`).
    scanner: re.Pattern[str] = attrs.field(
        default=attrs.Factory(lambda rule: scanning_pattern(rule.pattern), takes_self=True), eq=False, repr=False
    )


@attrs.frozen(kw_only=True, slots=True)
class Cues:
    """The words and context patterns extraction reads inside or around a match (``cues`` in the
    data), so that a second language supplies its own instead of English in the code."""

    #: Ending that makes a weekday plural ("Mondays": every Monday).
    plural_suffix: str
    #: A spelled year's first word(s) -> the year they start ("nineteen" 1900, "two thousand" 2000).
    year_word_heads: Mapping[str, int]
    #: Words a spelled year may hold that add nothing ("nineteen hundred", "nineteen o five").
    year_word_fillers: frozenset[str]
    #: "the nineties": decade word -> its tens digit.
    decade_words: Mapping[str, int]
    #: Parts of day that count as days ("two nights later"; "the next morning": a part of that day).
    parts_of_day_as_days: frozenset[str]
    #: Words that place a weekday or unit against the story's time rather than publication
    #: ("the previous Friday").
    narrative_relative: frozenset[str]
    #: Relative words that make any other unit than ``relative_duration_units`` a duration
    #: ("the past decade") rather than a date ("the past year" as "last year").
    relative_as_duration: frozenset[str]
    relative_duration_units: frozenset[str]
    #: Named days that carry a part of day ("tonight": NI).
    named_day_parts: Mapping[str, str]
    #: First word of "(the day) before yesterday / after tomorrow" -> days from today.
    days_around_named_day: Mapping[str, int]
    #: First word of "this/last/next year" (and "the year", ``None``: no year fixed) -> years from the story's one.
    year_shifts: Mapping[str, int | None]
    #: Words after an amount that set its direction (-1 earlier, 0 the same unit); others are +1.
    offset_directions: Mapping[str, int]
    #: "noon", "midnight" -> the hour they name (24: TimeML's midnight ends its day).
    clock_words: Mapping[str, int]
    #: A vague amount ("a few", "several") -> the smallest count it allows; a bare plural
    #: ("days later") under ``""``: how near "a few days later" may lie to its anchor.
    least_counts: Mapping[str, int]
    #: Indefinite articles: "a year" is one year only where it is a length of time.
    articles: frozenset[str]
    #: Ending of an adjective of length ("a day-long meeting": the article is the noun's).
    length_suffix: str
    #: Duration modifiers that are a preposition before the text given ("over the next year").
    mods_as_prepositions: Mapping[str, str]
    #: Units that after an article are another word ("a second group").
    units_not_after_article: frozenset[str]
    #: Units that are a fraction before ``fraction_of`` ("a quarter of the market").
    fraction_units: frozenset[str]
    fraction_of: re.Pattern[str]
    #: After a number of ``fraction_units``: a whole they are a fraction of ("three quarters of voters").
    fraction_of_a_whole: re.Pattern[str]
    #: Right before "the year": a part of it ("the busiest week *of* the year").
    part_of_before: re.Pattern[str]
    #: Right before "the year": a person or role its award names ("actor *of* the year"): a title.
    award_title_before: re.Pattern[str]
    #: Right after a title-cased month after an article ("the May *Fair* Hotel"): a capitalised word
    #: that makes the month part of a name.
    month_name_after: re.Pattern[str]
    #: "once", "twice" -> how many times.
    times_words: Mapping[str, int]
    #: "every other week", "every second week": every two.
    every_other: frozenset[str]
    #: "the day before/after" right before a day named; group ``word`` is a key of ``day_around_shift``.
    day_around: re.Pattern[str]
    day_around_shift: Mapping[str, int]
    #: A period named right before a day that ends it ("the quarter ended"); group ``verb``:
    #: in ``period_over``, the period is over.
    period_ended: re.Pattern[str]
    period_over: frozenset[str]
    #: The plural part of day a coordinated weekday shares ("Monday [and Tuesday nights]"), group ``pod``.
    shared_plural_part_of_day: re.Pattern[str]
    #: What may stand between a clock time and the day it is on ("at 11:40 p.m. on Sunday", "at 5:40
    #: a.m. local time on Monday").
    clock_day_gap: re.Pattern[str]
    #: Between "overnight" and the day it is on ("camped overnight on Thursday"): the night of that day.
    overnight_on_day: re.Pattern[str]
    #: Between a day's late part and "overnight" after it: what was told ("said late Tuesday that
    #: rebels shelled the city overnight"), whose night is not the one after the telling.
    overnight_told_after: re.Pattern[str]
    clock_zone_open: re.Pattern[str]
    clock_zone_close: re.Pattern[str]
    #: Right before "a year", "annually": a rate ("$1.76 a year"), not a span of time.
    rate_before: re.Pattern[str]
    #: Right before "a day", "a year": a count of things ("an aspirin a day"), so many per unit: a SET.
    count_before_rate: re.Pattern[str]
    #: Right before "midnight", "year-end": the one already past ("since midnight").
    since_before: re.Pattern[str]
    #: Right after a time: a relative "when" clause telling what happened then ("since Feb. 25, when
    #: Moscow blocked a resolution"): after "since" too, a time the story moves to.
    when_clause_after: re.Pattern[str]
    until_before: re.Pattern[str]
    #: A modal or "likely" earlier in the clause ("showers could continue into Saturday afternoon").
    modal_ahead_before: re.Pattern[str]
    #: A comma and a conjunction that open a new clause (", and in May, a journalist was convicted").
    clauses_joined: re.Pattern[str]
    #: "could" denied ("could not be reached Monday", "neither he nor ... could be located"): a past ability.
    could_denied: re.Pattern[str]
    #: A verb of calling something off, then "for" ("cancelled all services for Wednesday morning").
    called_off_for_before: re.Pattern[str]
    #: "until" and a clock time right before a day ("until 5pm on Saturday").
    until_a_clock_before: re.Pattern[str]
    fixture_before: re.Pattern[str]
    set_list_gap: re.Pattern[str]
    every_before: re.Pattern[str]
    request_deadline_before: re.Pattern[str]
    #: Right before "midnight": reached from within the day before it ("ran past midnight", "until
    #: midnight"): on a day the story names, the midnight that ends it.
    day_end_before: re.Pattern[str]
    #: A new coordinated clause (", and", ";"): between "overnight" and a day of its sentence, a day
    #: after it dates another event, a day before it is the day whose night follows.
    clause_coordination: re.Pattern[str]
    #: Between "overnight" and a day after it: "and", a subject and a verb of its own ("shelling
    #: overnight and at least two people were killed on Friday"): the day dates that clause's event.
    clause_of_its_own_subject: re.Pattern[str]
    #: A past perfect ("had collapsed"): in the sentence of a day before "Overnight" opening the
    #: next, the day is the story's background, not the day it is at.
    past_perfect: re.Pattern[str]
    #: Right before a day, a month, a season or "the weekend": a participle of expecting and a
    #: preposition of a deadline ("not expected before the weekend"), which looks ahead.
    expected_before: re.Pattern[str]
    #: Between two clock times of a range ("from 10 p.m. to 5 a.m."), or "and" after ``between_before``
    #: ("between 11 p.m. Saturday and 2 a.m."): the end is the first such time after the start.
    clock_range_gap: re.Pattern[str]
    clock_range_and_gap: re.Pattern[str]
    between_before: re.Pattern[str]
    #: Between a recurrence and a clock time of it ("a nightly curfew from 10 p.m.", "daily at 7 a.m."),
    #: and between a clock time and a recurrence after it ("at 9 a.m. every day"): of no one day.
    #: Between clock times of one schedule ("at 8:15 a.m. instead of 7:30 a.m.", "6 or 7 a.m.").
    clock_alternative_gap: re.Pattern[str]
    #: Between the clock times of a schedule and the date it starts on ("at 8:15 a.m. beginning in
    #: August 2025"): the clock times are of each day from then.
    schedule_from_gap: re.Pattern[str]
    #: Days of a kind ("on strike days", "on weekdays"): a clock time after them in their sentence
    #: is the time of each of them.
    days_of_a_kind: re.Pattern[str]
    set_clock_gap: re.Pattern[str]
    clock_set_gap: re.Pattern[str]
    #: Right before a weekday or a month: a clause that looks ahead to it whatever its tense ("extended
    #: the warning through Thursday", "if no budget passed by Wednesday", "the next seat is Wednesday").
    ahead_of_a_day_before: re.Pattern[str]
    #: Near a bare "the first half": the half of a match ("scored twice in the first half").
    match_half: re.Pattern[str]
    #: Right after a weekday: it names an event by its day ("Thursday's ruling").
    possessive_after: re.Pattern[str]
    #: Right before "over" and a length of time: "over" means more than there ("lasted over a week"),
    #: elsewhere across ("a pay rise over two years").
    over_as_more_than_before: re.Pattern[str]
    #: Right before a day: a measured figure named as a noun ("the stock's closing price on Friday"),
    #: known only once the day is past.
    measured_figure_before: re.Pattern[str]
    #: Right after a date, and ``definite_before`` right before it: the date is an attribute of
    #: the noun after it ("the Oct. 23 slaying").
    attributive_after: re.Pattern[str]
    definite_before: re.Pattern[str]
    #: Right before a year: an article or possessive, which with ``noun_after`` (a lower-case word
    #: that is no conjunction, preposition of a range or auxiliary) makes the year the date of the
    #: noun after it ("a 2023 study by ...").
    article_before: re.Pattern[str]
    noun_after: re.Pattern[str]
    #: At the start of a duration: a definite span ("the nine months").
    definite_start: re.Pattern[str]
    #: Right before a day or holiday: a present-tense verb of a scheduled event ("the talks resume
    #: Monday", "takes place on New Year's Eve"), which looks ahead.
    schedule_verb_before: re.Pattern[str]
    #: Right before a day: what something is scheduled or set for ("Game 6 set for Thursday",
    #: "scheduled a hearing for Sept. 15"), a day ahead of the scheduling.
    scheduled_for_before: re.Pattern[str]
    rescheduled_to_before: re.Pattern[str]
    #: Right before a month or a date: the verb it modifies and the word before that (group
    #: ``verb``: "sales rose", "will open", "has set", "be published"), whose tense is then clear
    #: when it is a simple past or a "will" future ("sales rose in January", "will open in December").
    clear_tense_before: re.Pattern[str]
    #: Dates written as names ("9/11": the day of the attacks) -> their ISO date.
    named_dates: Mapping[str, str]
    #: The holiday a season of holidays is named by ("over the holidays": Christmas), as a holiday rule.
    holiday_season: str
    #: The holiday "the new year" begins with ("in the new year": the year beginning nearest in the tense's direction).
    new_year: str
    #: Right before a named date: it may be just that day of the year ("on 9/11", looking ahead).
    named_date_as_day_before: re.Pattern[str]
    #: Right before a season: a verb of intending, a modal or a future (group ``verb``), or a
    #: preposition of a deadline (group ``prep``: "before the winter"), which look ahead.
    looks_ahead_before: re.Pattern[str]
    #: Before a quarter, a month or a season: an infinitive under a verb of intending ("planned to
    #: launch it in the second quarter"), which looks ahead whatever the tense of the intending.
    intended_infinitive_before: re.Pattern[str]
    #: Before a day, a month or a season: a verb of planning and its object ("plan another on
    #: Monday"), which looks ahead from the planning.
    planned_object_before: re.Pattern[str]
    #: Before a month or date that modifies a noun: a present verb of facing or preparing what
    #: comes ("setting up a November showdown"), whose object is still ahead.
    awaited_event_before: re.Pattern[str]
    #: Between a narrative offset and a date set off by a comma after it ("two weeks earlier, on
    #: Dec. 8"): the date names the day the offset reaches.
    apposition_gap: re.Pattern[str]
    #: Right after a quarter or half: the report of its figures ("fourth-quarter results"), which
    #: comes once it has ended.
    period_report_after: re.Pattern[str]
    #: Between two weekdays of a range ("Wednesday into Thursday"): the second follows the first.
    weekday_range_gap: re.Pattern[str]
    #: Between two months of a range ("April to October"), or "and" after "between" before the first.
    month_range_gap: re.Pattern[str]
    month_range_between: re.Pattern[str]
    month_range_and: re.Pattern[str]
    #: Right after an attributive date: the noun of an event nobody schedules ("the Feb. 3 crash"),
    #: which has happened, however far back.
    unplanned_event_after: re.Pattern[str]
    #: Words before a clock time (group ``around``) -> its TimeML mod ("around 7:15 p.m.": APPROX).
    clock_mods: Mapping[str, str]
    #: The end of a sentence, for words read within one ("overnight" and the day it names).
    sentence_break: re.Pattern[str]
    #: A word of a habitual or generic sentence ("usually", "every"): a part of day there is no dated one.
    habitual: re.Pattern[str]
    #: Words of an event told as repeated ("more than once", "several times"): a clock time with no
    #: day of its own in their sentence is of no one day.
    repeated: re.Pattern[str]
    #: Right after an offset ("two weeks earlier *than* in 2023"): it compares two times.
    comparison_after: re.Pattern[str]
    #: Right before a year and from the start of its sentence: the year frames the sentence ("In
    #: 2019, ...", "The election, in 2019, ..."), when a comma follows it.
    year_frame_before: re.Pattern[str]
    #: A break between clauses (a comma, a dash): a year framing one clause does not reach past it.
    clause_break: re.Pattern[str]
    #: A fiscal year's end or start stated in the story ("Its fiscal year ends in May", "fiscal 2025,
    #: which begins on July 1"): group ``month``, and ``ends`` or ``begins``.
    fiscal_year_bound: re.Pattern[str]
    #: Words naming a half of a decade or century ("the last half of the '80s") -> the TimeML mod
    #: of that decade or century (END): a half of one is no calendar unit of its own.
    half_mods: Mapping[str, str]


def _cues(raw: Mapping[str, Any]) -> Cues:
    return Cues(
        plural_suffix=raw["plural_suffix"],
        year_word_heads=raw["year_word_heads"],
        year_word_fillers=frozenset(raw["year_word_fillers"]),
        decade_words=raw["decade_words"],
        parts_of_day_as_days=frozenset(raw["parts_of_day_as_days"]),
        narrative_relative=frozenset(raw["narrative_relative"]),
        relative_as_duration=frozenset(raw["relative_as_duration"]),
        relative_duration_units=frozenset(raw["relative_duration_units"]),
        named_day_parts=raw["named_day_parts"],
        days_around_named_day=raw["days_around_named_day"],
        year_shifts=raw["year_shifts"],
        offset_directions=raw["offset_directions"],
        clock_words=raw["clock_words"],
        least_counts={k: v for k, v in raw["least_counts"].items() if not k.startswith("_")},
        articles=frozenset(raw["articles"]),
        length_suffix=raw["length_suffix"],
        mods_as_prepositions=raw["mods_as_prepositions"],
        units_not_after_article=frozenset(raw["units_not_after_article"]),
        fraction_units=frozenset(raw["fraction_units"]),
        fraction_of=re.compile(raw["fraction_of"]),
        fraction_of_a_whole=re.compile(raw["fraction_of_a_whole"]),
        part_of_before=re.compile(raw["part_of_before"]),
        award_title_before=re.compile(raw["award_title_before"]),
        month_name_after=re.compile(raw["month_name_after"]),
        times_words=raw["times_words"],
        every_other=frozenset(raw["every_other"]),
        day_around=re.compile(raw["day_around"]["pattern"]),
        day_around_shift=raw["day_around"]["shift"],
        period_ended=re.compile(raw["period_ended"]["pattern"]),
        period_over=frozenset(raw["period_ended"]["over"]),
        shared_plural_part_of_day=re.compile(raw["shared_plural_part_of_day"]),
        clock_day_gap=re.compile(f"(?:{raw['clock_zone_words']})?{raw['clock_day_gap']}"),
        clock_zone_open=re.compile(raw["clock_zone_open"]),
        overnight_on_day=re.compile(raw["overnight_on_day"]),
        overnight_told_after=re.compile(raw["overnight_told_after"]),
        clock_zone_close=re.compile(raw["clock_zone_close"] + raw["clock_day_gap"]),
        rate_before=re.compile(raw["rate_before"]),
        count_before_rate=re.compile(raw["count_before_rate"]),
        since_before=re.compile(raw["since_before"]),
        when_clause_after=re.compile(raw["when_clause_after"]),
        until_before=re.compile(raw["until_before"]),
        modal_ahead_before=re.compile(raw["modal_ahead_before"]),
        clauses_joined=re.compile(raw["clauses_joined"]),
        could_denied=re.compile(raw["could_denied"]),
        called_off_for_before=re.compile(raw["called_off_for_before"]),
        until_a_clock_before=re.compile(raw["until_a_clock_before"]),
        fixture_before=re.compile(raw["fixture_before"]),
        set_list_gap=re.compile(raw["set_list_gap"]),
        every_before=re.compile(raw["every_before"]),
        request_deadline_before=re.compile(raw["request_deadline_before"]),
        day_end_before=re.compile(raw["day_end_before"]),
        clause_coordination=re.compile(raw["clause_coordination"]),
        clause_of_its_own_subject=re.compile(raw["clause_of_its_own_subject"]),
        past_perfect=re.compile(raw["past_perfect"]),
        expected_before=re.compile(raw["expected_before"]),
        clock_range_gap=re.compile(raw["clock_range_gap"]),
        clock_range_and_gap=re.compile(raw["clock_range_and_gap"]),
        between_before=re.compile(raw["between_before"]),
        clock_alternative_gap=re.compile(raw["clock_alternative_gap"]),
        schedule_from_gap=re.compile(raw["schedule_from_gap"]),
        days_of_a_kind=re.compile(raw["days_of_a_kind"]),
        set_clock_gap=re.compile(raw["set_clock_gap"]),
        clock_set_gap=re.compile(raw["clock_set_gap"]),
        ahead_of_a_day_before=re.compile(raw["ahead_of_a_day_before"]),
        match_half=re.compile(raw["match_half"]),
        possessive_after=re.compile(raw["possessive_after"]),
        over_as_more_than_before=re.compile(raw["over_as_more_than_before"]),
        measured_figure_before=re.compile(raw["measured_figure_before"]),
        attributive_after=re.compile(raw["attributive_after"]),
        definite_before=re.compile(raw["definite_before"]),
        article_before=re.compile(raw["article_before"]),
        noun_after=re.compile(raw["noun_after"]),
        definite_start=re.compile(raw["definite_start"]),
        schedule_verb_before=re.compile(raw["schedule_verb_before"]),
        scheduled_for_before=re.compile(raw["scheduled_for_before"]),
        rescheduled_to_before=re.compile(raw["rescheduled_to_before"]),
        clear_tense_before=re.compile(raw["clear_tense_before"]),
        named_dates=raw["named_dates"],
        holiday_season=raw["holiday_season"],
        new_year=raw["new_year"],
        named_date_as_day_before=re.compile(raw["named_date_as_day_before"]),
        looks_ahead_before=re.compile(raw["looks_ahead_before"]),
        intended_infinitive_before=re.compile(raw["intended_infinitive_before"]),
        planned_object_before=re.compile(raw["planned_object_before"]),
        awaited_event_before=re.compile(raw["awaited_event_before"]),
        apposition_gap=re.compile(raw["apposition_gap"]),
        period_report_after=re.compile(raw["period_report_after"]),
        weekday_range_gap=re.compile(raw["weekday_range_gap"]),
        month_range_gap=re.compile(raw["month_range_gap"]),
        month_range_between=re.compile(raw["month_range_between"]),
        month_range_and=re.compile(raw["month_range_and"]),
        unplanned_event_after=re.compile(raw["unplanned_event_after"]),
        clock_mods=raw["clock_mods"],
        sentence_break=re.compile(raw["sentence_break"]),
        habitual=re.compile(raw["habitual"]),
        repeated=re.compile(raw["repeated"]),
        comparison_after=re.compile(raw["comparison_after"]),
        year_frame_before=re.compile(raw["year_frame_before"]),
        clause_break=re.compile(raw["clause_break"]),
        fiscal_year_bound=re.compile(raw["fiscal_year_bound"]),
        half_mods=raw.get("half_mods", {}),
    )


@attrs.frozen(kw_only=True, slots=True)
class Language:
    """The compiled vocabulary and rules of one language."""

    code: str
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, float | str]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    relative: Mapping[str, int]
    named_days: Mapping[str, int]
    #: Holiday name (lower case, straight apostrophe) -> when it falls (see ``holidays_doc`` in the data).
    holidays: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    seasons: Mapping[str, str]
    point_mods: Mapping[str, str]
    duration_mods: Mapping[str, str]
    references: Mapping[str, str]
    frequencies: Mapping[str, str]
    #: Time zones that are universal time (ISO 8601 writes them Z), upper case.
    universal_timezones: frozenset[str]
    #: Plural weekdays in lower case ("mondays") -> weekday (Monday 0).
    plural_weekdays: Mapping[str, int]
    cues: Cues
    rules: tuple[CompiledRule, ...]
    trigger_classes: Mapping[str, frozenset[str]]
    #: Finds the words of ``trigger_classes`` as whole runs of ASCII letters in lower-cased text.
    trigger_words: re.Pattern[str]
    negative_examples: tuple[str, ...]
    #: ``rules`` grouped by trigger set (about 20 sets for 127 rules), each group in rule order:
    #: extraction skips a whole group when none of its triggers is in the text.
    rule_groups: tuple[tuple[frozenset[str], tuple[CompiledRule, ...]], ...] = attrs.field(
        default=attrs.Factory(lambda language: _group_by_triggers(language.rules), takes_self=True),
        eq=False,
        repr=False,
    )

    def number(self, word: str) -> float | str | None:
        """The value of a number word or numeral (``"X"`` for vague amounts such as "several")."""
        w = word.lower().strip()
        if w.endswith(" 1/2") and w[:-4].isdigit():  # "5 1/2"
            return int(w[:-4]) + 0.5
        if w in self.numbers:
            return self.numbers[w]
        if _GROUPED_DIGITS.fullmatch(w):  # "1,900"
            w = w.replace(",", "")
        try:
            return float(w) if "." in w else int(w)
        except ValueError:
            pass
        if "-" in w or " " in w:
            tens, _, ones = w.partition("-" if "-" in w else " ")
            t, o = self.numbers.get(tens), self.numbers.get(ones)
            if isinstance(t, int) and isinstance(o, int):
                return t + o
        return None


#: A numeral with thousands separators ("1,900", "12,500.5").
_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _alternation(words: list[str]) -> str:
    """A regex matching any of the literal ``words``, factored as a trie ("Sep(?:t(?:\\.)?|\\.)?")
    so the engine does not try every word at every position; at each branch the longer
    continuation is tried first, so "Sept." wins over "Sep"."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


def _number_words(numbers: Mapping[str, Any]) -> str:
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    compounds = [f"{t}{sep}{o}" for t in tens for o in ones for sep in "- "]  # "twenty-four", "twenty four"
    return _alternation([*compounds, *numbers])


@cache
def load_language(code: str = "en") -> Language:
    """Load and compile the rules of language ``code`` (cached: compiled once per process)."""
    try:
        text = resources.files("timeline.resolver.data").joinpath(f"{code}.json").read_text("utf-8")
    except FileNotFoundError:
        raise ValueError(
            f"no date rules for language {code!r}; available: {', '.join(available_languages())}"
        ) from None
    raw: dict[str, Any] = json.loads(text)
    months: dict[str, int] = raw["months"]
    month_variants = {**months, **{k.upper(): v for k, v in months.items()}}
    weekdays: dict[str, int] = raw["weekdays"]
    plural: str = raw["cues"]["plural_suffix"]
    weekday_variants = {
        **weekdays,
        **{k.upper(): v for k, v in weekdays.items()},
        **{k + plural: v for k, v in weekdays.items()},
    }
    abbreviations: dict[str, int] = raw["weekday_abbreviations"]
    full_months = [m for m in months if len(m) > 4 or m in ("May", "June", "July")]
    numword = _number_words(raw["numbers"])
    expansions = {
        "MONTH": rf"(?P<month>(?:{_alternation(list(month_variants))})(?![a-z]))",
        # a month in a look-ahead of a rule that has {MONTH} already ("Feb. 5 to *Feb.* 12, 1996")
        "MONTH_WORD": rf"(?:{_alternation(list(month_variants))})(?![a-z])",
        "MONTH_FULL": rf"(?P<month>(?:{_alternation(full_months + [m.upper() for m in full_months])})(?![a-z]))",
        "WEEKDAY": rf"\b(?P<weekday>{_alternation(list(weekday_variants))})\b",
        "WEEKDAY_ANY": rf"\b(?P<weekday>{_alternation([*weekday_variants, *abbreviations])})\.?",
        # "1,900 hours": a thousands separator is part of the number, not where it starts
        "NUM": rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+\s1/2|\d+(?:\.\d+)?|{numword}",
        "NUMWORD": numword,
        "UNIT": _alternation(list(raw["units"])),
        "POINT_MOD": rf"(?P<pmod>(?i:{_alternation(list(raw['point_mods']))}))",
        "DURATION_MODS": _alternation(list(raw["duration_mods"])),
        "REFERENCES": _alternation([*raw["references"], *(w[0].upper() + w[1:] for w in raw["references"])]),
        "FREQUENCIES": _alternation(list(raw["frequencies"])),
        "TIMEZONES": _alternation(raw["timezones"]),
        "NAMED_DATES": _alternation(list(raw["cues"]["named_dates"])),
        "HOLIDAYS": _alternation([v for name in raw["holidays"] for v in {name, name.replace("'", "’")}]),
    }
    # Classes defined in the data may use the expansions above.
    for name, template in raw.get("classes", {}).items():
        expansions[name] = _expand(template, expansions)
    trigger_classes = _trigger_classes(raw, {**months, **weekdays, **abbreviations})
    rules = []
    for priority, spec in enumerate(raw["rules"]):
        source = _expand(spec["pattern"], expansions)
        try:
            pattern = re.compile(source)
        except re.error as exc:  # a data error: say which rule
            raise ValueError(f"rule {spec['name']!r} of language {code!r} does not compile: {exc}") from exc
        rules.append(
            CompiledRule(
                name=spec["name"],
                type=TimexType(spec["type"]),
                kind=spec["kind"],
                pattern=pattern,
                example=spec["example"],
                span_group=spec.get("span"),
                priority=priority,
                triggers=frozenset(spec["triggers"]),
                required=_worth_checking(required_literals(source), frozenset(spec["triggers"]), trigger_classes),
            )
        )
    return Language(
        code=code,
        months={k.lower().rstrip("."): v for k, v in months.items()},
        weekdays={**{k.lower(): v for k, v in weekdays.items()}, **{k.lower(): v for k, v in abbreviations.items()}},
        numbers=raw["numbers"],
        ordinals=raw["ordinals"],
        units=raw["units"],
        relative=raw["relative"],
        named_days=raw["named_days"],
        holidays={name.lower(): spec for name, spec in raw["holidays"].items()},
        parts_of_day=raw["parts_of_day"],
        seasons=raw["seasons"],
        point_mods=raw["point_mods"],
        duration_mods=raw["duration_mods"],
        references=raw["references"],
        frequencies=raw["frequencies"],
        universal_timezones=frozenset(raw["universal_timezones"]),
        plural_weekdays={(k + plural).lower(): v for k, v in weekdays.items()},
        cues=_cues(raw["cues"]),
        rules=tuple(rules),
        trigger_classes=trigger_classes,
        trigger_words=re.compile(rf"(?<![a-z])(?:{_alternation(list(trigger_classes))})(?![a-z])"),
        negative_examples=tuple(raw.get("negative_examples", ())),
    )


def _group_by_triggers(rules: tuple[CompiledRule, ...]) -> tuple[tuple[frozenset[str], tuple[CompiledRule, ...]], ...]:
    """The rules of each trigger set, in rule order."""
    groups: dict[frozenset[str], list[CompiledRule]] = {}
    for rule in rules:
        groups.setdefault(rule.triggers, []).append(rule)
    return tuple((triggers, tuple(group)) for triggers, group in groups.items())


_TRIGGER_STOPWORDS = frozenset({"in", "the", "at", "of", "a", "an", "right"})


def _trigger_classes(raw: Mapping[str, Any], names: Mapping[str, int]) -> dict[str, frozenset[str]]:
    """Lower-case word -> the trigger classes it belongs to (``digit`` is decided by the
    tokeniser). Multi-word vocabulary ("in recent years") triggers on its content words."""
    classes: dict[str, set[str]] = {}

    def add(cls: str, phrases: Any) -> None:
        for phrase in phrases:
            for word in re.findall(r"[a-z]+", phrase.lower()):
                if word not in _TRIGGER_STOPWORDS:
                    classes.setdefault(word, set()).add(cls)

    add("month", raw["months"])
    add("weekday", [w for w in names if w not in raw["months"]])
    add("weekday", [w + raw["cues"]["plural_suffix"] for w in raw["weekdays"]])  # "on Mondays"
    add("unit", raw["units"])
    add("season", raw["seasons"])
    add("named_day", raw["named_days"])
    add("reference", raw["references"])
    add("frequency", raw["frequencies"])
    for cls, words in raw.get("trigger_words", {}).items():
        if not cls.startswith("_"):
            add(cls, words)
    return {word: frozenset(found) for word, found in classes.items()}


_PLACEHOLDER = re.compile(r"\{([A-Z_0-9]+)\}")


def _expand(template: str, expansions: Mapping[str, str]) -> str:
    def replace(m: re.Match[str]) -> str:
        key = m.group(1)
        return expansions[key] if key in expansions else m.group(0)

    return _PLACEHOLDER.sub(replace, template)


def available_languages() -> list[str]:
    """Codes of the languages that have rule data."""
    folder = resources.files("timeline.resolver.data")
    return sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))


# --- literals every match contains -------------------------------------------------------------------
# The standard library's own regex parser (what re.compile runs), to read a rule's structure.
_sre_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


@lru_cache(maxsize=4)
def _parsed(source: str) -> Any:
    """The parsed pattern ``source``: :func:`required_literals`, :func:`first_characters` and
    :func:`scanning_pattern` read the same rule one after the other, and parsing is most of the
    time of loading the rules (the few last ones are kept, not every rule's tree)."""
    return _sre_parser.parse(source)


def required_literals(source: str) -> tuple[frozenset[str], ...]:
    """Sets of lower-case ASCII strings such that every match of ``source`` contains one string
    of each set, read from the parsed pattern; ``()`` when nothing is certain.

    Only the pattern's top-level sequence is read (groups that are neither optional nor
    alternatives are opened): each of its items takes part in every match, so when all the
    ways the rest of the sequence can begin from an item start with literal text (a run of
    letters, alternatives that each begin with one), the match contains one of those beginnings.
    Matching is case-blind here (a case-sensitive match contains the lower-cased literal too, in
    the lower-cased text); :func:`timeline.resolver.extract.find_mentions` first reads the
    characters an ignore-case pattern matches to other ASCII letters (ſ, ı, İ, K) as those
    letters, so lower-casing maps its text character for character.
    A pattern that is all alternatives ("fiscal 2023|FY2023") contains one string of the rarest
    set of each alternative: their union is its one set, when every alternative has one.
    The three sets with the longest shortest string are kept: the rarest in a text.
    """
    try:
        parsed = _parsed(source)
    except Exception:  # pragma: no cover - the rule compiled, so it parses
        return ()
    return _required_of_sequence(parsed.data)[:3]


def _required_of_sequence(data: list[tuple[Any, Any]]) -> tuple[frozenset[str], ...]:
    """:func:`required_literals` of a parsed sequence, every set found, the rarest first."""
    items = _top_level(data)
    found: set[frozenset[str]] = set()
    for k in range(len(items)):
        if k and items[k - 1][0] is _sre.LITERAL:
            continue  # inside a run of letters: the run's own strings say more
        starts = _starts(items[k:])
        if starts:
            # A match holding "Valentine’s" holds "valentine": keep the ASCII beginning.
            group = frozenset(_ascii_head(s).lower() for s in starts)
            if "" not in group:
                found.add(group)
    if not found and len(items) == 1 and items[0][0] is _sre.BRANCH:
        rarest = [_required_of_sequence(alternative.data)[:1] for alternative in items[0][1][1]]
        if all(rarest):
            found.add(frozenset().union(*(sets[0] for sets in rarest)))
    return tuple(sorted(found, key=lambda group: (-min(map(len, group)), sorted(group))))


#: Characters an ignore-case pattern matches to an ASCII letter other than its own upper or lower
#: case (dotted and dotless i, long s, Kelvin sign), and those letters.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_ASCII_FOLDS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def case_blind(text: str) -> str:
    """``text`` lower-cased as an ignore-case pattern reads it (those four characters as the ASCII
    letters they match): a text a match of ``source`` lies in holds each set of
    :func:`required_literals(source) <required_literals>` in this form."""
    if _FOLDS_TO_ASCII.search(text):
        text = text.translate(_ASCII_FOLDS)
    return text.lower()


def _ascii_head(text: str) -> str:
    for i, ch in enumerate(text):
        if not ch.isascii():
            return text[:i]
    return text


def _worth_checking(
    required: tuple[frozenset[str], ...], triggers: frozenset[str], classes: Mapping[str, frozenset[str]]
) -> tuple[frozenset[str], ...]:
    """The sets a rule's windows do not hold by construction: a window is cut around a trigger
    word, so a set that has a part of every trigger word of the rule (and no digit triggers)
    holds in every window, and checking it is wasted."""
    if "digit" in triggers:
        return required
    words = [word for word, found in classes.items() if found & triggers]
    return tuple(group for group in required if not all(any(s in word for s in group) for word in words))


# --- the characters a match begins with -------------------------------------------------------------
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
#: Global flags at the start of a pattern (``(?i)``): nothing may come before them.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def first_characters(source: str) -> str | None:
    """The inside of a character class holding the first character of every match of ``source``
    (``"12Tt"``, ``"\\d"``), read from the parsed pattern; ``None`` when it may be any character or
    a match may be empty. Case is not read: the class is to be matched ignoring case."""
    try:
        parsed = _parsed(source)
    except Exception:  # pragma: no cover - the rule compiled, so it parses
        return None
    items, may_be_empty = _first_of_sequence(parsed.data)
    if items is None or may_be_empty:
        return None
    return "".join(sorted(items))


def scanning_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for the characters its matches begin with (ignoring case:
    a wider class, never a narrower one), or ``pattern`` itself when any character may begin one.
    Every match consumes its first character, which the look-ahead accepts, and a look-ahead that
    holds leaves the rest of the match as it was: the matches are those of ``pattern``. Where no
    such character stands, ``re`` fails at once instead of trying every alternative and look-behind
    of the pattern there: most positions of a text, most of the time of finding mentions. A
    pattern that begins with a character, a class or alternatives of them is left as it is:
    ``re`` skips to where one stands by itself, faster than through a look-ahead."""
    chars = first_characters(pattern.pattern)
    if chars is None or _begins_with_a_character(_parsed(pattern.pattern).data):
        return pattern
    source = pattern.pattern
    flags = _GLOBAL_FLAGS.match(source)
    head = flags.end() if flags else 0
    return re.compile(f"{source[:head]}(?=(?i:[{chars}])){source[head:]}", pattern.flags)


def _begins_with_a_character(data: list[tuple[Any, Any]]) -> bool:
    """Whether the sequence's first item (groups opened) takes a character, a class or
    alternatives that each do: what ``re`` skips to by itself."""
    for op, av in data:
        if op is _sre.SUBPATTERN:
            return _begins_with_a_character(av[3].data)
        if op is _sre.BRANCH:
            return all(_begins_with_a_character(alternative.data) for alternative in av[1])
        return op is _sre.LITERAL or op is _sre.IN
    return False


def _first_of_sequence(data: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The class items (``None``: any character) the sequence ``data`` can begin with, and whether
    it can match the empty string."""
    items: set[str] = set()
    for op, av in data:
        if op.name in _ZERO_WIDTH:
            continue  # takes no text: the next item begins the match
        found, may_be_empty = _first_of_item(op, av)
        if found is None:
            return None, False
        items |= found
        if not may_be_empty:
            return items, False
    return items, True


def _first_of_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    """:func:`_first_of_sequence` of one item: a character, a class, a group, a repeat, alternatives."""
    if op is _sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _sre.IN:
        items: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                items.add(re.escape(chr(value)))
            elif kind is _sre.RANGE:
                items.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _sre.CATEGORY and value.name in _CATEGORIES:
                items.add(_CATEGORIES[value.name])
            else:  # a negated class: almost any character
                return None, False
        return items, False
    if op is _sre.SUBPATTERN:
        return _first_of_sequence(av[3].data)
    if op is _sre.ATOMIC_GROUP:
        return _first_of_sequence(av.data)
    if op.name in _REPEATS:
        found, may_be_empty = _first_of_sequence(av[2].data)
        return found, may_be_empty or av[0] == 0
    if op is _sre.BRANCH:
        union: set[str] = set()
        any_empty = False
        for alternative in av[1]:
            found, may_be_empty = _first_of_sequence(alternative.data)
            if found is None:
                return None, False
            union |= found
            any_empty = any_empty or may_be_empty
        return union, any_empty
    return None, False  # any character, a back-reference, a conditional


def _top_level(data: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The items of a sequence, with plain groups opened: each takes part in every match."""
    out: list[tuple[Any, Any]] = []
    for op, av in data:
        if op is _sre.SUBPATTERN:
            out.extend(_top_level(av[3].data))
        else:
            out.append((op, av))
    return out


def _starts(data: list[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which every match of the sequence ``data`` begins with (``None``: unknown)."""
    chars: list[str] = []
    for op, av in data:
        if op is _sre.LITERAL:
            chars.append(chr(av))
            continue
        if op.name in _ZERO_WIDTH:
            continue  # takes no text: the next item goes on where the last one ended
        inner = _item_starts(op, av)
        if inner is None:
            break
        prefix = "".join(chars)
        return {prefix + start for start in inner}
    return {"".join(chars)} if chars else None


def _item_starts(op: Any, av: Any) -> set[str] | None:
    """Strings one of which every match of one item (a group, a repeat, alternatives) begins with."""
    if op is _sre.SUBPATTERN:
        return _starts(av[3].data)
    if op is _sre.ATOMIC_GROUP:
        return _starts(av.data)
    if op.name in _REPEATS and av[0] >= 1:
        return _starts(av[2].data)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            starts = _starts(alternative.data)
            if not starts:
                return None
            out |= starts
        return out
    return None
