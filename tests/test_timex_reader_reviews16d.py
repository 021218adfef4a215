"""Time values a reader found wrong in seven hand-written news stories (review set D), each in a
short sentence of the same kind (no corpus text), with the TIMEX3 value, type and mod TimeML
writes for it. Resolver only (no spaCy parse).
"""

from __future__ import annotations

from datetime import date

from tests.test_relative_times import _brute_force

from reader_reviews import RESOLVER, not_times, reviewed_values
from timeline.pipeline import Document
from timeline.relative import relative_times

SEP30_2026 = date(2026, 9, 30)  # a Wednesday
JUN30_2024 = date(2024, 6, 30)  # a Sunday
JAN2_2025 = date(2025, 1, 2)  # a Thursday
MAR31_2023 = date(2023, 3, 31)  # a Friday
FEB10_2024 = date(2024, 2, 10)  # a Saturday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a clock time written with a point stays one when nothing after it makes it a quantity
    (SEP30_2026, "The meeting starts at 7.30pm.", "7.30pm", "2026-09-30T19:30", "TIME", N),
    (SEP30_2026, "Trading opened at 14.30 GMT.", "14.30 GMT", "2026-09-30T14:30Z", "TIME", N),
    (SEP30_2026, "The market rose at 10.30 on Monday.", "10.30", "2026-09-28T10:30", "TIME", N),
    # a past participle after a linking verb is an adjective: the tense is the linking verb's
    (JUN30_2024, "Schools will remain closed through July 8.", "July 8", "2024-07-08", "DATE", N),
    (JUN30_2024, "Schools will stay closed through July 8.", "July 8", "2024-07-08", "DATE", N),
    (JUN30_2024, "The plant stayed shut until May 3.", "May 3", "2024-05-03", "DATE", N),
    # minutes after a clock time told with its day count from the clock time, not from the day
    (
        JUN30_2024,
        "The dam failed at 4:20 a.m. EDT on Thursday. Water reached the town 40 minutes later.",
        "40 minutes later",
        "2024-06-27T05:00",
        "TIME",
        N,
    ),
    # "roughly" makes it approximate, as "about" does
    (
        JUN30_2024,
        "The dam failed at about 4:20 a.m. on Thursday. Water reached the town roughly 40 minutes later.",
        "roughly 40 minutes later",
        "2024-06-27T05:00",
        "TIME",
        "APPROX",
    ),
    # ... but a day named after it moves the story on
    (
        JUN30_2024,
        "The dam failed at 4:20 a.m. on Thursday. On Friday, water reached the town 40 minutes later.",
        "40 minutes later",
        "2024-06-28",
        "DATE",
        N,
    ),
    # a night of the story's time is of a day: a year names none, so no year's unknown night
    (
        JAN2_2025,
        "Managers blocked exits during the holiday season in 2022 and 2023. "
        '"I think about that night every day," he said.',
        "that night",
        N,
        "TIME",
        N,
    ),
    # ... nor a week or a quarter (not the night of its first day)
    (JAN2_2025, "Last week, he went home. That night he slept.", "That night", N, "TIME", N),
    (JAN2_2025, "In the third quarter, he went home. That night he slept.", "That night", N, "TIME", N),
    # ... while a day is one, and a month leaves the day unsaid
    (JAN2_2025, "In May, he went home. That night he slept.", "That night", "2024-05-XXTNI", "TIME", N),
    (
        JAN2_2025,
        'The fire broke out on Jan. 1, 2024. "I think about that night every day," he said.',
        "that night",
        "2024-01-01TNI",
        "TIME",
        N,
    ),
    # "a year ago" is this time last year: the month of publication a year back, as TimeBank writes
    # it; "two years ago" and "year-ago results" stay years
    (SEP30_2026, "The Fed held seven meetings, up from five a year ago.", "a year ago", "2025-09", "DATE", N),
    (SEP30_2026, "It had seven plants two years ago.", "two years ago", "2024", "DATE", N),
    (SEP30_2026, "Year-ago results were weak.", "Year-ago", "2025", "DATE", N),
    # ... and after a month of its sentence, that month a year back, as after a quarter
    (
        SEP30_2026,
        "Prices rose 2.8% in the 12 months through August, down from 3.1% a year ago.",
        "a year ago",
        "2025-08",
        "DATE",
        N,
    ),
    (
        date(2022, 12, 6),
        "Chinese crude imports in November were 12% below the same month a year ago.",
        "the same month a year ago",  # one expression, as MEANTIME writes it
        "2021-11",
        "DATE",
        N,
    ),
    (SEP30_2026, "He joined in March. A year ago, he left.", "A year ago", "2025-09", "DATE", N),
    # a fiscal year is a year the story is at: "a year earlier" is the fiscal year before
    (MAR31_2023, "Revenue rose in fiscal 2022, from $97 million a year earlier.", "a year earlier", "2021", "DATE", N),
    # ... and the day it "ended" on dates it, so the story stays at that year
    (
        MAR31_2023,
        "Revenue rose to $412 million in fiscal 2022, which ended Dec. 31, while its net loss narrowed "
        "to $48 million from $97 million a year earlier.",
        "a year earlier",
        "2021",
        "DATE",
        N,
    ),
    (
        MAR31_2023,
        "Net rose in the quarter, which ended Sept. 30, from a year earlier.",
        "a year earlier",
        "2021-Q3",
        "DATE",
        N,
    ),
    # "N times a year" is a set as "twice a year" is, its count in words or figures
    (SEP30_2026, "The Fed meets eight times a year.", "eight times a year", "P1Y", "SET", N),
    (SEP30_2026, "Buses run twenty-four times a day.", "twenty-four times a day", "P1D", "SET", N),
    # "the end of the second quarter" is one expression with mod END, as "the end of the year" is
    (
        FEB10_2024,
        "The company would restate its results by the end of the second quarter.",
        "the end of the second quarter",
        "2024-Q2",
        "DATE",
        "END",
    ),
    (
        FEB10_2024,
        "It will close at the beginning of the first half.",
        "the beginning of the first half",
        "2024-H1",
        "DATE",
        "START",
    ),
    # ... while outside one it is the story's year
    (date(2022, 1, 3), "It was the biggest drop of the year.", "the year", "2022", "DATE", N),
    # ... but quarters of a time are still a length of time
    (SEP30_2026, "It rose in three quarters of 2025.", "three quarters", "P9M", "DURATION", N),
    (
        SEP30_2026,
        "It posted two consecutive quarters of negative growth.",
        "two consecutive quarters",
        "P6M",
        "DURATION",
        N,
    ),
]


test_reviewed_value = reviewed_values(EXAMPLES)


# (published, sentence, words that must not be (part of) a time expression)
NOT_TIMES: list[tuple[date, str, str]] = [
    # a number with more digits after it, or a quantity's unit, is no clock time
    (SEP30_2026, "Officials expect the policy rate to end 2026 at 3.125% and to fall.", "3.12"),
    (SEP30_2026, "The rate was cut at 3.125 per cent.", "3.12"),
    (SEP30_2026, "The Fed cut rates by 0.25 percentage point.", "0.25"),
    (SEP30_2026, "Profit rose by 1.50 per cent.", "1.50"),
    (SEP30_2026, "The dividend rises to 2.50 a share from 2.25 a share.", "2.25"),
    (SEP30_2026, "It was priced at 13.45 euros.", "13.45"),
    # a quarter (half) of a point is a size, and quarters of people or things a fraction of them
    (SEP30_2026, "Two governors dissented, preferring a quarter-point reduction.", "quarter"),
    (SEP30_2026, "It cut rates by a quarter percentage point.", "quarter"),
    (SEP30_2026, "Three quarters of voters agreed.", "quarters"),
    (SEP30_2026, "He sold three quarters of the shares.", "quarters"),
    # a part of the year in a habitual sentence is of any year, not the story's
    (date(2022, 1, 3), "Holiday sales, usually the most important period of the year, were weak.", "the year"),
]


test_not_a_time = not_times(NOT_TIMES)


def test_the_day_of_a_clock_time_keeps_it_for_re_anchoring() -> None:
    """Relative times over sample publication dates start no loop at the day of a clock time
    ("at 4:20 a.m. on Thursday"), which would lose the clock time minutes count from."""
    text = "The dam failed at 4:20 a.m. on Thursday. Water reached the town 40 minutes later."
    times = list(RESOLVER(Document(text=text, publication_date=None)))
    assert relative_times(times) == _brute_force(times)


def test_times_a_year_counts_the_times() -> None:
    """ "eight times a year" recurs eight times a year (freq 8X); "several times" gives no count."""
    (found,) = RESOLVER(Document(text="The Fed meets eight times a year.", publication_date=SEP30_2026))
    assert found.freq == "8X"
    assert not RESOLVER(Document(text="It met several times a year.", publication_date=SEP30_2026))
