"""TimeML conventions of the date resolver that decide what an expression is anchored to, and
what is not a time at all: hand-written sentences, one per rule (no corpus text).

The anchor is Friday 2024-03-22 unless a row says otherwise; no spaCy parse.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver

FRIDAY = date(2024, 3, 22)
RESOLVER = RuleBasedResolver(use_parse=False)


def _found(text: str, published: date = FRIDAY) -> dict[str, tuple[str | None, str, str | None]]:
    return {t.text: (t.value, t.type.value, t.mod) for t in RESOLVER(Document(text=text, publication_date=published))}


# (sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[str, str, str, str, str | None]] = [
    # "N units after/before" an event: the length of time is the TIMEX3, "after" a signal (TimeML);
    # it is not counted from the last time the story mentioned
    ("The plant opened on March 3. It closed a month after Acme bought it.", "a month", "P1M", "DURATION", None),
    ("They joined less than a decade after leaving the bloc.", "less than a decade", "P10Y", "DURATION", "LESS_THAN"),
    # ... while on its own at the end of a clause it still counts from the story's time
    ("He arrived on March 3. He had left two days before.", "two days before", "2024-03-01", "DATE", None),
    ("He arrived on March 3. Two days after, he left.", "Two days after", "2024-03-05", "DATE", None),
    # "that day" when the story is only at a month or a year: a day of it, which one unsaid (TimeML X digits)
    ("He was shot in October 1998. Police arrived that same day.", "that same day", "1998-10-XX", "DATE", None),
    ("He was shot in October 1998. Police arrived that night.", "that night", "1998-10-XXTNI", "TIME", None),
    ("He came in 1998. That month he left.", "That month", "1998-XX", "DATE", None),
    ("He came on March 3, 1998. He left that same day.", "that same day", "1998-03-03", "DATE", None),
    # the day a period just named ends on dates that period, which stays the story's time
    (
        "Net rose in the third quarter ended Sept. 30, from a loss a year earlier.",
        "a year earlier",
        "2022-Q3",
        "DATE",
        None,
    ),
    (
        "For the six months ended Sept. 30, net rose from a loss a year earlier.",
        "a year earlier",
        "2022-09-30",
        "DATE",
        None,
    ),
    # "the latest fiscal year", as "the latest quarter": the last one completed
    ("Sales rose 5% in the latest fiscal year.", "the latest fiscal year", "2023", "DATE", None),
    # the second day of "April 24 and 25" is a date of its own
    ("The summit will be held on April 24 and 25.", "25", "2024-04-25", "DATE", None),
    ("Talks ran from Oct. 5 to 7 in Geneva.", "7", "2023-10-07", "DATE", None),
    # the first day of a day-first range takes the month and year written after the second
    ("The festival ran from 11 to 13 March 2023 in Leeds.", "11", "2023-03-11", "DATE", None),
    # midnight ends its day (TimeML T24:00): "midnight Friday" is the night from Friday to Saturday
    ("The offer expires at midnight Friday.", "midnight Friday", "2024-03-22T24:00", "TIME", None),
    ("The curfew begins at midnight tonight.", "midnight tonight", "2024-03-22T24:00", "TIME", None),
    ("Rain has fallen since midnight.", "midnight", "2024-03-21T24:00", "TIME", None),
    # "year-end" is the end of the year (mod END); "since year-end" the one already past
    ("The deal should close by year-end.", "year-end", "2024", "DATE", "END"),
    ("The index has risen 5% since year-end.", "year-end", "2023", "DATE", "END"),
    # a weekday coordinated with a plural part of day shares it: every Monday night
    ("Flights leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI", "SET", None),
    ("He spoke Monday and Tuesday night.", "Monday", "2024-03-18", "DATE", None),
    # "day-long", "decade-long": the length of one unit; the article before belongs to the noun
    ("Lawyers left their third day-long meeting.", "day-long", "P1D", "DURATION", None),
    ("They held a day-long meeting.", "day-long", "P1D", "DURATION", None),
    ("A decade-long war ended.", "decade-long", "P10Y", "DURATION", None),
    # "the day before/after" a day named is one expression, a day away from it
    ("The day before last Tuesday's hearing, he left.", "The day before last Tuesday", "2024-03-18", "DATE", None),
    ("He left the day after Christmas.", "the day after Christmas", "2023-12-26", "DATE", None),
    ("He arrived the day before March 3.", "the day before March 3", "2024-03-02", "DATE", None),
    ("They met on March 3 and again the day before.", "the day before", "2024-03-02", "DATE", None),
    # "early"/"late" before a named day are part of it, as mods (TimeML), not after "was"
    ("Talks broke down late yesterday.", "late yesterday", "2024-03-21", "DATE", "END"),
    ("Early today, rebels attacked.", "Early today", "2024-03-22", "DATE", "START"),
    ("He was late today.", "today", "2024-03-22", "DATE", None),
    # a number written in two words without a hyphen
    ("In the last twenty four hours, shares fell.", "the last twenty four hours", "PT24H", "DURATION", None),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "type_", "mod"), EXAMPLES, ids=[row[1] for row in EXAMPLES])
def test_example(sentence: str, phrase: str, value: str, type_: str, mod: str | None) -> None:
    found = _found(sentence)
    assert phrase in found, found
    assert found[phrase] == (value, type_, mod)


# Not a time: a number with a title-cased unit, or a title-cased day right after a capitalised word,
# is the name of a show or a paper.
NOT_TIMES = [
    ("He said so on CBS's ''60 Minutes.''", "60 Minutes"),
    ("She told 48 Hours about the case.", "48 Hours"),
    ("He reads USA Today on the train.", "Today"),
    ("This is VOA Today.", "Today"),
    # a frequency after an amount is a rate, as "$5 a year" is
    ("Sales should rise 8% annually.", "annually"),
    # a number after a day of a month that is not a day
    ("On May 5 and 6 others were hurt.", "6"),
    # "the day before" an event: no time named
    ("He left the day before the vote.", "the day before"),
    ("The plant would make 10,000 units annually.", "annually"),
]


@pytest.mark.parametrize(("sentence", "phrase"), NOT_TIMES, ids=[row[0] for row in NOT_TIMES])
def test_not_a_time(sentence: str, phrase: str) -> None:
    assert phrase not in _found(sentence)


def test_a_day_word_opening_a_sentence_is_still_a_day() -> None:
    assert _found("He lives in the U.S. Today he works in Ohio.")["Today"] == ("2024-03-22", "DATE", None)
    assert _found('"Today we win," he said.')["Today"] == ("2024-03-22", "DATE", None)
    assert _found("Talks lasted 48 hours.")["48 hours"] == ("PT48H", "DURATION", None)


def test_a_frequency_alone_is_a_set() -> None:
    assert _found("Rallies are held annually.")["annually"] == ("P1Y", "SET", None)


def test_midnight_is_the_first_instant_of_the_next_day() -> None:
    (timex,) = RESOLVER(Document(text="The offer expires at midnight Friday.", publication_date=FRIDAY))
    assert timex.interval is not None and timex.interval.start is not None
    assert timex.interval.start.isoformat() == "2024-03-23T00:00:00"
