"""Time values a reader found wrong in seven news stories (review B), each in a short sentence
of the same kind (no corpus text), with the TIMEX3 value, type and mod TimeML writes for it.
Resolver only (no spaCy parse) unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

from reader_reviews import (
    not_times,
    reviewed_values,
    values_with_the_parse,
)

MAY14_2025 = date(2025, 5, 14)  # a Wednesday
SEP6_2025 = date(2025, 9, 6)  # a Saturday
JUN30_2023 = date(2023, 6, 30)  # a Friday
JAN2_2024 = date(2024, 1, 2)  # a Tuesday, early in the year
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # ... but in a sentence of business a quarter stays the calendar's, points and all
    (
        MAY14_2025,
        "The index rose 20 points in the third quarter, led by 12 banks.",
        "the third quarter",
        "2024-Q3",
        "DATE",
        N,
    ),
    # a day something is scheduled or set for lies ahead of the scheduling, reported as news ...
    (
        MAY14_2025,
        "Thunder rout Nuggets to take 3-2 lead; Game 6 set for Thursday in Denver",
        "Thursday",
        "2025-05-15",
        "DATE",
        N,
    ),
    (
        SEP6_2025,
        "Brenner scheduled a hearing for Sept. 15 to discuss the committee.",
        "Sept. 15",
        "2025-09-15",
        "DATE",
        N,
    ),
    # ... and in a new paragraph it is read from publication, not near a full date of the one before ...
    (
        SEP6_2025,
        "The fine was largely upheld by an EU court on 14 September 2022.\n\n"
        "Brenner scheduled a hearing for Sept. 15 to discuss the committee.",
        "Sept. 15",
        "2025-09-15",
        "DATE",
        N,
    ),
    # ... while in the story's own paragraph it is near the story's date
    (
        SEP6_2025,
        "The levee broke on July 9, 1993. The governor scheduled a hearing for July 20.",
        "July 20",
        "1993-07-20",
        "DATE",
        N,
    ),
    # a schedule told of the past keeps its tense
    (MAY14_2025, "The vote was set for Thursday but was delayed.", "Thursday", "2025-05-08", "DATE", N),
    # a clock time in a zone takes the weekday and full date after it, in capitals too ...
    (
        JUN30_2023,
        "EMBARGOED UNTIL 16:00 BST WEDNESDAY 28 JUNE 2023 — NOW LIFTED",
        "16:00 BST",
        "2023-06-28T16:00",
        "TIME",
        N,
    ),
    # ... and a clock time before a weekday and full date is not lost to the longer date
    (JUN30_2023, "The offer ends at 4 p.m. EST Wednesday, June 28, 2023.", "4 p.m. EST", "2023-06-28T16:00", "TIME", N),
    # the year after the second month of a range dates the first one too
    (
        JUN30_2023,
        "The last major bleaching event struck from February to April 2016.",
        "February",
        "2016-02",
        "DATE",
        N,
    ),
    (JUN30_2023, "It ran between early March and May 2019.", "early March", "2019-03", "DATE", "START"),
    # a weekday of last (next) week is one expression, that day of the ISO week before (after)
    (
        MAY14_2025,
        "Minnesota eliminated Golden State in five games on Wednesday of last week.",
        "Wednesday of last week",
        "2025-05-07",
        "DATE",
        N,
    ),
    (date(2025, 5, 15), "They beat Denver Wednesday last week.", "Wednesday last week", "2025-05-07", "DATE", N),
    (MAY14_2025, "The series begins on Friday of next week.", "Friday of next week", "2025-05-23", "DATE", N),
    # an offset followed by its own date set off by a comma is that date, not counted from a time
    # of another sentence (here a deadline still to come)
    (
        JAN2_2024,
        "It detected the intrusion on Dec. 22. Users must reset passwords by Jan. 15. "
        "Leone said he had warned Nimbus two weeks earlier, on Dec. 8, but received no reply.",
        "two weeks earlier",
        "2023-12-08",
        "DATE",
        N,
    ),
    (JAN2_2024, "The strike began in March 2022. A year later, in 2023, it ended.", "A year later", "2023", "DATE", N),
    # a quarter's results are reported once it has ended: written just after one of that number ended, that one ...
    (
        JAN2_2024,
        "Nimbus is scheduled to report fourth-quarter results on Feb. 8.",
        "fourth-quarter",
        "2023-Q4",
        "DATE",
        N,
    ),
    # ... but not a quarter of activity still to come, nor results of one ended long before
    (JAN2_2024, "Sales will rise in the fourth quarter.", "the fourth quarter", "2024-Q4", "DATE", N),
    (date(2024, 2, 10), "It will report second-quarter results in July.", "second-quarter", "2024-Q2", "DATE", N),
    # "on the first day" of an event is a DATE, a day the words do not date, not a length of one day ...
    (date(2026, 1, 8), "A record crowd of 47,566 attended on the first day.", "the first day", "XXXX-XX-XX", "DATE", N),
    # ... while "in the last day" is a length of time
    (date(2026, 1, 8), "Prices rose 3% in the last day.", "the last day", "P1D", "DURATION", N),
    # a season after "every" recurs each year, as a month does ...
    (JAN2_2024, "Nimbus has released a new laptop every autumn since 2015.", "every autumn", "XXXX-FA", "SET", N),
    # ... and a range of lengths after "every" recurs at both ends, as "every six years" does
    (JUN30_2023, "Bleaching events once occurred every 25 to 30 years.", "every 25", "P25Y", "SET", N),
    (JUN30_2023, "Bleaching events once occurred every 25 to 30 years.", "30 years", "P30Y", "SET", N),
    (JUN30_2023, "Bleaching events once lasted 25 to 30 years.", "30 years", "P30Y", "DURATION", N),
]


test_reviewed_value = reviewed_values(EXAMPLES)


# (published, sentence, words that must not be (part of) a time expression)
NOT_TIMES: list[tuple[date, str, str]] = [
    # the quarter of a game, in a sentence of the game, is no quarter of the calendar
    (
        MAY14_2025,
        "Jalen Williams added 18 points and Chet Holmgren had 14 rebounds for Oklahoma City, which led by as "
        "many as 19 in the third quarter before Denver cut the deficit to four with 2:10 left.",
        "quarter",
    ),
    (MAY14_2025, "Oklahoma City led by 19 in the third quarter.", "quarter"),
]


test_not_a_time = not_times(NOT_TIMES)


# (published, text, phrase, value) read with the spaCy parse, as the pipeline does
PARSED: list[tuple[date, str, str, str]] = [
    # the past tense of the scheduling does not date the day scheduled
    (SEP6_2025, "Brenner scheduled a hearing for Sept. 15 to discuss the committee.", "Sept. 15", "2025-09-15"),
]


test_reviewed_value_with_the_parse = values_with_the_parse(PARSED)
