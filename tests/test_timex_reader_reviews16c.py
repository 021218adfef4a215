"""Time values a reader found wrong in seven hand-written news stories (review A of session 16),
each in a short sentence of the same kind (no corpus text), with the TIMEX3 value, type and mod
TimeML writes for it. Resolver only (no spaCy parse) unless the test says otherwise.
"""

from __future__ import annotations

from datetime import date

from reader_reviews import reviewed_values

SAT_DEC20_2025 = date(2025, 12, 20)  # a Saturday
THU_AUG17_2023 = date(2023, 8, 17)  # a Thursday
WED_OCT2_2024 = date(2024, 10, 2)  # a Wednesday
MON_JUN30_2025 = date(2025, 6, 30)  # a Monday
MON_JAN5_2026 = date(2026, 1, 5)  # a Monday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a bare clock time is on the day of the nearest dated time before it, a clock time with its day
    # told since the last date ("6 a.m. Saturday"), not that date two paragraphs back
    (
        SAT_DEC20_2025,
        "The board released the two sides on Nov. 19. Lines stretched out the doors by 6 a.m. Saturday. "
        "She said she had arrived at 4 a.m. for a 7:15 a.m. flight.",
        "4 a.m.",
        "2025-12-20T04:00",
        "TIME",
        N,
    ),
    (
        THU_AUG17_2023,
        "The fire started Tuesday afternoon and had burned 23,400 acres by 7 a.m. Thursday. "
        "Winds drove the flames across the freeway shortly after 2 a.m.",
        "shortly after 2 a.m.",
        "2023-08-17T02:00",
        "TIME",
        "AFTER",
    ),
    # a span of months is no point to count weeks from: the day last named
    (
        WED_OCT2_2024,
        "Police arrested him on Nov. 18, 2022. She had reported him at least four times in the six months "
        "before her death. He had bought the gun two weeks earlier.",
        "two weeks earlier",
        "2022-11-04",
        "DATE",
        N,
    ),
    # an hour before a day of no known hour is that day, not the one before its midnight ...
    (
        THU_AUG17_2023,
        "The fire started on Tuesday. Two hours later it reached the town.",
        "Two hours later",
        "2023-08-15",
        "DATE",
        N,
    ),
    (THU_AUG17_2023, "He died an hour ago.", "an hour ago", "2023-08-17", "DATE", N),
    # ... and a past clause counts back from the time of writing, not from a day still to come
    (
        THU_AUG17_2023,
        "Officials said it would not reopen before Saturday. Had the wind shifted an hour earlier, we would "
        "have lost the whole neighborhood.",
        "an hour earlier",
        "2023-08-17",
        "DATE",
        N,
    ),
    (
        THU_AUG17_2023,
        "The vote is on Friday. The committee will meet a day earlier.",
        "a day earlier",
        "2023-08-17",
        "DATE",
        N,
    ),
    # a clause that looks ahead to a day whatever its tense: an extension through it, a deadline
    # in a condition (not a past one), the next of something being on it
    (
        MON_JUN30_2025,
        "The National Weather Service extended an excessive heat warning through Thursday evening.",
        "Thursday evening",
        "2025-07-03TEV",
        "TIME",
        N,
    ),
    (
        MON_JAN5_2026,
        "The city would have to stop paying some vendors if no budget passed by Wednesday.",
        "Wednesday",
        "2026-01-07",
        "DATE",
        N,
    ),
    (
        MON_JAN5_2026,
        "He said that if he had paid by Friday, nothing would have happened.",
        "Friday",
        "2026-01-02",
        "DATE",
        N,
    ),
    (SAT_DEC20_2025, '"They told me the next seat is Wednesday," she said.', "Wednesday", "2025-12-24", "DATE", N),
    # a range of months never runs backwards: the end is the first such month from the start on
    (
        MON_JAN5_2026,
        "It sets aside $3 million for road repairs between April and October.",
        "October",
        "2026-10",
        "DATE",
        N,
    ),
    (MON_JAN5_2026, "The ban runs from December to February.", "February", "2026-02", "DATE", N),
    (MON_JAN5_2026, "Sales rose in April and October.", "October", "2025-10", "DATE", N),
    # a thousands separator is part of the number
    (date(2024, 3, 31), "The first officer had about 1,900 hours.", "1,900 hours", "PT1900H", "DURATION", "APPROX"),
    # "or more" after a length sets its least, as "at least" before it does
    (
        date(2022, 1, 4),
        "Many have been priced out for two years or more.",
        "two years or more",
        "P2Y",
        "DURATION",
        "EQUAL_OR_MORE",
    ),
    (date(2022, 1, 4), "Repairs take a week or less.", "a week or less", "P1W", "DURATION", "EQUAL_OR_LESS"),
    # the start of a clock range takes the half of the day its end names, or the other one when
    # that would put it after the end
    (
        MON_JUN30_2025,
        "Residents should avoid running dishwashers between 3 and 8 p.m.",
        "3",
        "2025-06-30T15:00",
        "TIME",
        N,
    ),
    (MON_JUN30_2025, "The office is open from 10 to 2 p.m.", "10", "2025-06-30T10:00", "TIME", N),
    # what is left of the current week, not the week just past
    (
        THU_AUG17_2023,
        "Schools in Redding canceled classes for the rest of the week.",
        "the week",
        "2023-W33",
        "DATE",
        N,
    ),
    # "the same period last year" after a span begun "since" a day is that span a year before, written
    # as the calendar unit holding it
    (
        MON_JUN30_2025,
        "Officials said Friday that 11 people had died since June 1, compared with six over the same period last year.",
        "the same period last year",
        "2024-06",
        "DATE",
        N,
    ),
    # what a present "takes effect" with lies ahead; a past one does not
    (MON_JAN5_2026, "The new tax rate takes effect with bills mailed in February.", "February", "2026-02", "DATE", N),
    (MON_JAN5_2026, "The new tax rate took effect with bills mailed in February.", "February", "2025-02", "DATE", N),
    # "that evening", "that afternoon" are of the story's day, as "that morning" and "that night"
    (
        date(2024, 3, 31),
        "The plane crashed on March 14. Ice had been reported by two other aircraft in the area that evening.",
        "that evening",
        "2024-03-14TEV",
        "TIME",
        N,
    ),
    # "the same week a year ago" is one expression: the week of the story's time, a year before
    (
        date(2022, 1, 4),
        "The rate was 3.11% in the week ended Dec. 30, Freddie Mac said Thursday, up from 2.67% in the same "
        "week a year ago.",
        "the same week a year ago",
        "2020-W53",
        "DATE",
        N,
    ),
]


test_reviewed_value = reviewed_values(EXAMPLES)


def test_a_misread_tense_set_aside_is_named_in_the_explanation() -> None:
    """A tense that sends a month-day most of a year away is set aside; the explanation names it
    and the day it gave, not "no tense to go by"."""
    from timeline.grammar import Orientation
    from timeline.model import TimexType
    from timeline.resolver.extract import PartialTime
    from timeline.resolver.resolve import ResolutionContext, resolve

    partial = PartialTime(kind="month_day", type=TimexType.DATE, month=12, day=9)
    context = ResolutionContext(publication_date=MON_JAN5_2026, reference=None, orientation=Orientation.FUTURE)
    result = resolve(partial, context)
    assert result.value == "2025-12-09"
    assert "future tense would give 2026-12-09" in result.explanation
    assert "no tense to go by" not in result.explanation


def test_the_unit_holding_a_span() -> None:
    """The smallest month, quarter, half or year holding both days of a span."""
    from timeline import calendar as cal

    assert cal.timex_value(cal.unit_holding(date(2024, 6, 1), date(2024, 6, 27))) == "2024-06"
    assert cal.timex_value(cal.unit_holding(date(2024, 4, 1), date(2024, 6, 27))) == "2024-Q2"
    assert cal.timex_value(cal.unit_holding(date(2024, 1, 1), date(2024, 6, 27))) == "2024-H1"
    assert cal.timex_value(cal.unit_holding(date(2024, 1, 1), date(2024, 11, 2))) == "2024"
