"""Time values a reader found wrong in seven hand-written culture and people stories (session 17,
review B), each in a short sentence of the same kind (no corpus text), with the TIMEX3 value, type
and mod TimeML writes for it. Resolver only (no spaCy parse) unless said otherwise.
"""

from __future__ import annotations

from datetime import date

from reader_reviews import RESOLVER, check_value, not_times, reviewed_values
from test_relative_times import _brute_force
from timeline.pipeline import Document
from timeline.relative import relative_times

FEB9_2024 = date(2024, 2, 9)  # a Friday
MAY18_2024 = date(2024, 5, 18)  # a Saturday
AUG29_2024 = date(2024, 8, 29)  # a Thursday
JAN6_2025 = date(2025, 1, 6)  # a Monday
DEC31_2024 = date(2024, 12, 31)  # a Tuesday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a month begins no name before "Day": May Day is the holiday of May 1
    (FEB9_2024, "Workers marched on May Day.", "May Day", "2023-05-01", "DATE", N),
    # nor before a lower-case noun it dates, nor with no article before it
    (FEB9_2024, "The March jobs report is due.", "March", "2024-03", "DATE", N),
    # the letters of "a.m." are no word: a day glued to them is still a day
    (MAY18_2024, "It opened at 10 a.m.Tuesday.", "Tuesday", "2024-05-14", "DATE", N),
    # a future weekday that is the publication's own, told after a day of the coming week the
    # story is at, is a week ahead, not the publication day
    (
        AUG29_2024,
        "Francis will land in Jakarta on Tuesday. On Wednesday he will meet President Joko Widodo, and on "
        "Thursday he will visit the Istiqlal Mosque before celebrating Mass at 5 p.m. local time.",
        "Thursday",
        "2024-09-05",
        "DATE",
        N,
    ),
    (
        AUG29_2024,
        "On Wednesday he will meet President Joko Widodo, and on Thursday he will visit the Istiqlal Mosque "
        "before celebrating Mass at 5 p.m. local time.",
        "5 p.m.",
        "2024-09-05T17:00",
        "TIME",
        N,
    ),
    (
        JAN6_2025,
        "On Tuesday, the festival will host its Awards Buffet. The audience award will be announced on the "
        "final Monday, after ballots close at midnight on Sunday.",
        "Monday",
        "2025-01-13",
        "DATE",
        N,
    ),
    # a year named after the second day of a pair dates both, and the second day is a date of its own
    (
        MAY18_2024,
        "Two concerts were moved from Aug. 16 and 18, 2023, to Aug. 21 and 23 this year.",
        "Aug. 21",
        "2024-08-21",
        "DATE",
        N,
    ),
    (
        MAY18_2024,
        "Two concerts were moved from Aug. 16 and 18, 2023, to Aug. 21 and 23 this year.",
        "23 this year",
        "2024-08-23",
        "DATE",
        N,
    ),
    (MAY18_2024, "The talks run from Jan. 3 to 5 next year.", "Jan. 3", "2025-01-03", "DATE", N),
    # with no tense of its own, a month-day in the sentence of a day still to come looks ahead too
    (
        MAY18_2024,
        "The new dates start in Chicago on Sept. 7 and end in Washington, D.C., on Nov. 22, according to a statement.",
        "Nov. 22",
        "2024-11-22",
        "DATE",
        N,
    ),
    # after a day still to come it is still read from publication, not counted on from that day
    (
        MAY18_2024,
        "Tickets go on sale next Friday at 10 a.m. local time, with a fan presale from May 22 to May 23.",
        "May 22",
        "2024-05-22",
        "DATE",
        N,
    ),
    # a month before "from next year" is of the year from which it holds; the year is a time of its own
    (
        FEB9_2024,
        "The organization is considering moving them to January from next year.",
        "January",
        "2025-01",
        "DATE",
        N,
    ),
    (
        FEB9_2024,
        "The organization is considering moving them to January from next year.",
        "next year",
        "2025",
        "DATE",
        N,
    ),
    # a month of a year named keeps its mod, as with a year written
    (
        AUG29_2024,
        "Francis, who was hospitalized for bronchitis in late March last year, has cut back on appearances.",
        "late March last year",
        "2023-03",
        "DATE",
        "END",
    ),
    (
        FEB9_2024,
        "He plans to retire by the end of June next year.",
        "the end of June next year",
        "2025-06",
        "DATE",
        "END",
    ),
    # a clock time with no day of its own in a sentence of a repeated event or a habit is of no one day
    (
        DEC31_2024,
        '"We argued until midnight more than once," she said on Monday.',
        "midnight",
        "XXXX-XX-XXT24:00",
        "TIME",
        N,
    ),
    (DEC31_2024, "The bar usually closes at 2 a.m.", "2 a.m.", "XXXX-XX-XXT02:00", "TIME", N),
    # one with its day named stays on it
    (
        DEC31_2024,
        "The bar usually closes early, but on Friday it closed at 2 a.m. Saturday.",
        "2 a.m. Saturday",
        "2024-12-28T02:00",
        "TIME",
        N,
    ),
    # an offset before "than" is the difference between two times, dated by its own clause
    (
        JAN6_2025,
        "Hartwig said the lineup had been finalized in late November, two weeks earlier than in 2023.",
        "two weeks earlier",
        "2024-11",
        "DATE",
        N,
    ),
    (
        JAN6_2025,
        "The jet arrives on November 11, three days later than planned.",
        "three days later",
        "2025-11-11",
        "DATE",
        N,
    ),
    # without "than" it still counts from the time before it
    (
        JAN6_2025,
        "The jet arrives on November 11. Three days later it leaves.",
        "Three days later",
        "2025-11-14",
        "DATE",
        N,
    ),
    # with no such day before it, the publication's own weekday is the publication day (TimeBank)
    (AUG29_2024, "The president will speak on Thursday.", "Thursday", "2024-08-29", "DATE", N),
    # nor does a day after the week ahead move it
    (
        AUG29_2024,
        "The summit will open on Sept. 20. On Thursday, ministers will meet to prepare it.",
        "Thursday",
        "2024-08-29",
        "DATE",
        N,
    ),
]


test_reviewed_value = reviewed_values(EXAMPLES)


# (published, sentence, words that must not be (part of) a time expression)
NOT_TIMES: list[tuple[date, str, str]] = [
    # "X of the year" after a person or a role is the title of an award
    (FEB9_2024, "Cillian Murphy took actor of the year for 'Oppenheimer.'", "year"),
    (FEB9_2024, "Glazer, who also won director of the year, did not attend.", "year"),
    (FEB9_2024, "Emma Stone was named Actress of the Year for 'Poor Things.'", "Year"),
    # a title-cased month after an article, before a capitalised word, begins a proper name
    (FEB9_2024, "The ceremony at the May Fair Hotel began at 7:30 p.m. GMT.", "May"),
    (FEB9_2024, "He wrote a history of the October Revolution.", "October"),
    # a word glued by periods to the words of a name is part of it
    (MAY18_2024, "Springsteen will also appear at the Sea.Hear.Now festival on Sept. 14.", "Now"),
    (MAY18_2024, "The clip was first shown on today.com.", "today"),
]


test_not_a_time = not_times(NOT_TIMES)


def test_a_superlative_of_the_year_keeps_the_year() -> None:
    """Only a person or a role before "of the year" makes it a title: "the best film of the year"
    is still the story's year."""
    check_value(FEB9_2024, "It was the best film of the year.", "the year", "2024", "DATE", N)


def test_a_future_weekday_after_a_time_is_placed_from_publication_as_the_resolver_places_it() -> None:
    """A future weekday told after another time may count from it (a week ahead): the relative
    timeline, which resolves only what reads the story's time in order, agrees with resolving all."""
    text = "Francis will land in Jakarta on Tuesday. On Thursday he will visit the Istiqlal Mosque."
    times = list(RESOLVER(Document(text=text, publication_date=None)))
    assert relative_times(times) == _brute_force(times)


def test_a_month_day_in_the_sentence_of_a_day_to_come_is_placed_as_the_resolver_places_it() -> None:
    """A month-day with no tense after a day still to come in its sentence reads that day: the
    relative timeline agrees with resolving all."""
    text = "The new dates start in Chicago on Sept. 7 and end in Washington, D.C., on Nov. 22."
    times = list(RESOLVER(Document(text=text, publication_date=None)))
    assert relative_times(times) == _brute_force(times)
