"""Time values a reader found wrong in seven hand-written wire stories (review C), each in a
short sentence of the same kind (no corpus text), with the TIMEX3 value, type and mod TimeML
writes for it. Resolver only (no spaCy parse) unless said otherwise.
"""

from __future__ import annotations

from datetime import date

from reader_reviews import RESOLVER, reviewed_values, values_with_the_parse
from timeline.pipeline import Document

SEP30_2022 = date(2022, 9, 30)  # a Friday
JAN4_2025 = date(2025, 1, 4)  # a Saturday
JUL27_2023 = date(2023, 7, 27)  # a Thursday
JAN7_2026 = date(2026, 1, 7)  # a Wednesday
JUN30_2024 = date(2024, 6, 30)  # a Sunday
JAN2_2023 = date(2023, 1, 2)  # a Monday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a time after "since" with a "when" clause telling what happened then is one the story moves to
    (
        SEP30_2022,
        "The referendums were held from Sept. 23 to 27. It was the first veto since Feb. 25, when Moscow "
        "blocked a resolution deploring its invasion, launched the previous day.",
        "the previous day",
        "2022-02-24",
        "DATE",
        N,
    ),
    # without one, it stays a point of comparison
    (
        SEP30_2022,
        "The referendums were held from Sept. 23 to 27. Prices have risen since Feb. 25. The vote had been "
        "called the previous day.",
        "the previous day",
        "2022-09-26",
        "DATE",
        N,
    ),
    # "every" before a weekday and its part of day recurs, the whole phrase one SET
    (
        JAN4_2025,
        "He had ordered him to falsify accounts every Friday afternoon for three years.",
        "every Friday afternoon",
        "XXXX-WXX-5TAF",
        "SET",
        N,
    ),
    (JAN4_2025, "The committee meets every Monday morning.", "every Monday morning", "XXXX-WXX-1TMO", "SET", N),
    (JAN4_2025, "They drank each Friday night.", "each Friday night", "XXXX-WXX-5TNI", "SET", N),
    # the clock times of a recurrence are of no one day (TimeML's unknown day), next to the
    # recurrence or at the other end of its range
    (JUL27_2023, "The army announced a nightly curfew from 10 p.m. to 5 a.m.", "5 a.m.", "XXXX-XX-XXT05:00", "TIME", N),
    (
        JUL27_2023,
        "The army announced a nightly curfew from 10 p.m. to 5 a.m.",
        "10 p.m.",
        "XXXX-XX-XXT22:00",
        "TIME",
        N,
    ),
    (JUL27_2023, "Flights leave daily at 7 a.m.", "7 a.m.", "XXXX-XX-XXT07:00", "TIME", N),
    (JUL27_2023, "The store opens from 9 a.m. to 5 p.m. every day.", "9 a.m.", "XXXX-XX-XXT09:00", "TIME", N),
    # a clock time ending a range from another is the first such time after the start
    (
        JUL27_2023,
        "On Wednesday the army imposed a curfew from 10 p.m. to 5 a.m.",
        "5 a.m.",
        "2023-07-27T05:00",
        "TIME",
        N,
    ),
    (JUL27_2023, "Protesters were held between 11 p.m. Saturday and 2 a.m.", "2 a.m.", "2023-07-23T02:00", "TIME", N),
    (JUL27_2023, "On Friday the bar was open from 10 p.m. until midnight.", "midnight", "2023-07-21T24:00", "TIME", N),
    (JUL27_2023, "On Friday the shop was open from 9 a.m. to 5 p.m.", "5 p.m.", "2023-07-21T17:00", "TIME", N),
    # a clock time after a recurrence in another clause is dated
    (JUL27_2023, "The plant runs daily, and on Wednesday it shut at 10 p.m.", "10 p.m.", "2023-07-26T22:00", "TIME", N),
    # what is still expected before (by, until) a weekend or a day lies ahead, whatever the tense
    # of the clause the participle hangs on ...
    (
        JAN7_2026,
        "Counting continued on Wednesday, with results from overseas constituencies not expected before the weekend.",
        "the weekend",
        "2026-W02-WE",
        "DATE",
        N,
    ),
    (
        JAN7_2026,
        "Counting continued on Wednesday, with results not expected before Friday.",
        "Friday",
        "2026-01-09",
        "DATE",
        N,
    ),
    # ... and so is the weekend of a deadline in a present clause
    (JAN7_2026, "Results are not expected before the weekend.", "the weekend", "2026-W02-WE", "DATE", N),
    (JAN7_2026, "The border remains open until the weekend.", "the weekend", "2026-W02-WE", "DATE", N),
    (
        JAN7_2026,
        "Counting continued on Wednesday, with no decision expected over the weekend.",
        "the weekend",
        "2026-W02-WE",
        "DATE",
        N,
    ),
    (JAN7_2026, "Rain is forecast over the weekend.", "the weekend", "2026-W02-WE", "DATE", N),
    (JAN7_2026, "Rain was forecast over the weekend.", "the weekend", "2026-W01-WE", "DATE", N),
    # an expectation told in the past, and a past deadline, may be of the weekend just past
    (JAN7_2026, "Results were not expected before the weekend.", "the weekend", "2026-W01-WE", "DATE", N),
    (JAN7_2026, "Shops stayed shut until the weekend.", "the weekend", "2026-W01-WE", "DATE", N),
    (JAN7_2026, "He spent the weekend at home.", "the weekend", "2026-W01-WE", "DATE", N),
    # "overnight" with a day only in a clause coordinated after it: that day dates another event,
    # and the night is the one just past before publication ...
    (
        JUN30_2024,
        "Shelling killed 11 civilians overnight, officials said, and an airstrike hit a market there late Friday.",
        "overnight",
        "2024-06-29TNI",
        "TIME",
        N,
    ),
    # ... told in a clause of its own after a day, the night of that day, which "the following day" follows
    (
        JAN2_2023,
        "Protesters gathered on Saturday, and police held 14 people overnight. All were released the following day.",
        "overnight",
        "2022-12-31TNI",
        "TIME",
        N,
    ),
    (
        JAN2_2023,
        "Protesters gathered on Saturday, and police held 14 people overnight. All were released the following day.",
        "the following day",
        "2023-01-01",
        "DATE",
        N,
    ),
    # ... while in the clause of the day, or before a day of its own clause, the night before that day
    (
        JAN2_2023,
        "On Sunday, officials said rebels had shelled the city overnight.",
        "overnight",
        "2022-12-31TNI",
        "TIME",
        N,
    ),
    (
        JAN2_2023,
        "Overnight, rebels shelled the city, officials said on Sunday.",
        "Overnight",
        "2022-12-31TNI",
        "TIME",
        N,
    ),
    # a midnight reached from within a day the story names ("ran past", "until") is the one ending it ...
    (
        JAN2_2023,
        "The summit opened on Sunday with a working dinner that ran past midnight.",
        "midnight",
        "2023-01-01T24:00",
        "TIME",
        N,
    ),
    (JAN2_2023, "On Sunday the bar stayed open until midnight.", "midnight", "2023-01-01T24:00", "TIME", N),
    # ... not one just after which something happened that day, nor one of no day named
    (
        JAN2_2023,
        "On Sunday, shortly after midnight, gunmen stormed the hotel.",
        "shortly after midnight",
        "2022-12-31T24:00",
        "TIME",
        "AFTER",
    ),
    (JAN2_2023, "The bar stayed open until midnight.", "midnight", "2023-01-01T24:00", "TIME", N),
]


test_reviewed_value = reviewed_values(EXAMPLES)


def test_every_weekday_part_is_quantified_every() -> None:
    """ "every Friday afternoon" is a SET of quant EVERY, as "every Friday" is."""
    (found,) = RESOLVER(Document(text="They met every Friday afternoon.", publication_date=JAN4_2025))
    assert (found.text, found.value, found.quant) == ("every Friday afternoon", "XXXX-WXX-5TAF", "EVERY")


# With the spaCy parse (full pipeline), which finds the "would" clause of what was said.
PARSED: list[tuple[date, str, str, str]] = [
    # a time in what someone said would happen is a prospect, no time the story moves to: an
    # offset after it counts from the story's time before it
    (
        JUN30_2024,
        "On Thursday, Daher said his forces would observe a pause from 6 a.m. on Friday, but the army said "
        "the pause was never respected. Two weeks earlier, Daher had rejected any talks.",
        "Two weeks earlier",
        "2024-06-13",
    ),
    (
        JUN30_2024,
        "On Monday, officials said the talks would resume on Wednesday. The next day, the rebels attacked.",
        "The next day",
        "2024-06-25",
    ),
    # a part of the day still takes the last day named
    (
        JUN30_2024,
        "On Monday, officials said the talks would resume on Wednesday. They would open in the afternoon.",
        "the afternoon",
        "2024-06-26TAF",
    ),
    # without a "would", the story moves to the day
    (
        JUN30_2024,
        "On Monday, officials said the talks resumed on Wednesday. The next day, the rebels attacked.",
        "The next day",
        "2024-06-27",
    ),
]


test_reviewed_value_with_the_parse = values_with_the_parse(PARSED)
