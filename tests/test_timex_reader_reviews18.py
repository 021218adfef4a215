"""Time values two readers found wrong in twelve hand-written news stories (review set 18: six
looking ahead, six looking back), each in a short sentence of the same kind (no corpus text), with
the TIMEX3 value, type and mod TimeML writes for it. Resolver only (no spaCy parse) unless a test
says otherwise.
"""

from __future__ import annotations

from datetime import date

from reader_reviews import check_not_a_time, check_value_with_the_parse, reviewed_values

JAN6_2025 = date(2025, 1, 6)  # a Monday
AUG14_2024 = date(2024, 8, 14)  # a Wednesday
AUG30_2024 = date(2024, 8, 30)  # a Friday
JAN5_2000 = date(2000, 1, 5)  # a Wednesday
JAN7_2025 = date(2025, 1, 7)  # a Tuesday
MAY26_2024 = date(2024, 5, 26)  # a Sunday
JAN3_2025 = date(2025, 1, 3)  # a Friday
JUN30_2025 = date(2025, 6, 30)  # a Monday
MAR31_2024 = date(2024, 3, 31)  # a Sunday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a bare weekday in the sentence of "this weekend" or "next week" is a day of that week
    (
        AUG14_2024,
        "The festival enters its busiest stretch this weekend, with 900 shows scheduled on Saturday alone.",
        "Saturday",
        "2024-08-17",
        "DATE",
        N,
    ),
    (
        AUG14_2024,
        "Highlights this weekend include a parade on Saturday and a concert at 9pm on Sunday.",
        "9pm",
        "2024-08-18T21:00",
        "TIME",
        N,
    ),
    (
        JAN6_2025,
        "Temperatures will fall sharply next week, with overnight frost likely from Monday.",
        "Monday",
        "2025-01-13",
        "DATE",
        N,
    ),
    # ... but this week holds no weekday told in the past after the publication's
    (
        JAN6_2025,
        "The company said this week that it had fired him on Friday.",
        "Friday",
        "2025-01-03",
        "DATE",
        N,
    ),
    # a weekday a modal governs with no tense between, the day something called off was for, and
    # the end of what a modal allows until a clock time are still to come
    (
        AUG14_2024,
        "Rain is forecast for Friday night, and the Met Office said showers could continue into Saturday afternoon.",
        "Saturday afternoon",
        "2024-08-17TAF",
        "TIME",
        N,
    ),
    (
        JAN6_2025,
        "Highways England said drivers of high-sided vehicles should avoid the bridge between 8pm on Tuesday "
        "and noon on Wednesday.",
        "8pm",
        "2025-01-07T20:00",
        "TIME",
        N,
    ),
    (
        JAN6_2025,
        "Great Western Railway cancelled all services west of Exeter for Wednesday morning.",
        "Wednesday morning",
        "2025-01-08TMO",
        "TIME",
        N,
    ),
    (
        AUG30_2024,
        "Clubs can register players signed before the deadline until 5pm on Saturday.",
        "5pm",
        "2024-08-31T17:00",
        "TIME",
        N,
    ),
    # ... but a denied "could" is the past of "can"
    (
        JAN5_2000,
        "Neither he nor his grandparents could be located Monday in their hometown.",
        "Monday",
        "2000-01-03",
        "DATE",
        N,
    ),
    # a clock time right before a day counted in the story is on that day
    (
        MAY26_2024,
        "They stood on the peak at 6:15 a.m. on May 23. They had left Camp 4 at about 9 p.m. the previous evening.",
        "about 9 p.m.",
        "2024-05-22T21:00",
        "TIME",
        "APPROX",
    ),
    # a clock time that names its own day moves the story to that day
    (
        JAN3_2025,
        "Volunteers resumed the search late Wednesday. A camera picked up a heat signature at about 7:40 a.m. "
        "Thursday. He had built a snow cave two days earlier.",
        "two days earlier",
        "2024-12-31",
        "DATE",
        N,
    ),
    # a bare month in the sentence of a date of that month with its year is of that year
    (
        AUG30_2024,
        "The January window opens on 1 January 2025 and closes on 3 February.",
        "January",
        "2025-01",
        "DATE",
        N,
    ),
    # weeks count from the day the story is at, not from a year named in passing
    (
        JUN30_2025,
        "The minister told Parliament on Monday that the line had been due to open under a timetable set in "
        "2020. The chief executive wrote to her two weeks earlier.",
        "two weeks earlier",
        "2025-06-16",
        "DATE",
        N,
    ),
    # the end of the year (not "this year") in a past clause, or with no future tense when the last
    # one is the nearer, is the one just past; a deadline's is still to come
    (JAN6_2025, "The storm follows a wet end to the year.", "end to the year", "2024", "DATE", "END"),
    (MAR31_2024, "Sales were strong at the end of the year.", "the end of the year", "2023", "DATE", "END"),
    (
        MAR31_2024,
        "It cut stocks, leaving it near its goal by the end of the year.",
        "the end of the year",
        "2024",
        "DATE",
        "END",
    ),
]


test_reviewed_value = reviewed_values(EXAMPLES)


def test_an_intending_governs_its_own_clause_only() -> None:
    """ "planned to derail trains, and in May, a journalist was convicted": the month is of the
    past clause after the comma, not what was planned (was 2025-05)."""
    check_value_with_the_parse(
        JAN7_2025,
        "Last year, police broke up a network that planned to derail trains carrying aid, and in May, "
        "a journalist was convicted of spying.",
        "May",
        "2024-05",
    )


def test_a_comparison_in_a_prospect_is_of_its_own_clause() -> None:
    """ "would be completed in fiscal 2026, a year later than planned": a comparison is dated by
    its own clause, also in what was said would happen (was 2030, the story's time before it)."""
    check_value_with_the_parse(
        JUN30_2025,
        "Groups said on Tuesday last week that they would campaign for it to be revived by 2030. Network Rail "
        "said separately that the upgrade would be completed in fiscal 2026, a year later than planned.",
        "a year later",
        "2026",
    )


def test_a_decade_before_style_is_no_time() -> None:
    """ "the 1990s-style cost-plus contracts": a manner, no time (was 199)."""
    check_not_a_time(JUN30_2025, "Contractors were paid in the 1990s-style cost-plus contracts since 2017.", "1990s")
