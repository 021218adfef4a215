"""Time values a reader found wrong in hand-written news stories (review set C of session 17, with
the clock-time items of sets A, B and D), each in a short sentence of the same kind (no corpus
text), with the TIMEX3 value, type and mod TimeML writes for it. Resolver only (no spaCy parse).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_relative_times import _brute_force

from reader_reviews import (
    RESOLVER,
    check_value_with_the_parse,
    not_times,
    reviewed_values,
)
from timeline.pipeline import Document
from timeline.relative import relative_times

DEC28_2024 = date(2024, 12, 28)  # a Saturday
NOV13_2022 = date(2022, 11, 13)  # a Sunday
JUN30_2024 = date(2024, 6, 30)  # a Sunday
DEC31_2024 = date(2024, 12, 31)  # a Tuesday
SEP19_2024 = date(2024, 9, 19)  # a Thursday
NOV27_2024 = date(2024, 11, 27)  # a Wednesday
JAN6_2025 = date(2025, 1, 6)  # a Monday
MAY18_2024 = date(2024, 5, 18)  # a Saturday
DEC12_2023 = date(2023, 12, 12)  # a Tuesday
AUG6_2024 = date(2024, 8, 6)  # a Tuesday
SEP30_2024 = date(2024, 9, 30)  # a Monday
FEB9_2024 = date(2024, 2, 9)  # a Friday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # the day after a clock time whose zone is written out is still the clock time's own day
    (
        DEC28_2024,
        "The ship ran aground at about 5:40 a.m. local time on Monday, officials said.",
        "about 5:40 a.m.",
        "2024-12-23T05:40",
        "TIME",
        "APPROX",
    ),
    (
        NOV13_2022,
        "At 9:15 a.m. Hong Kong time on Wednesday, the exchange paused withdrawals.",
        "9:15 a.m.",
        "2022-11-09T09:15",
        "TIME",
        N,
    ),
    (
        NOV13_2022,
        "The trouble began on Tuesday evening. At 9:15 a.m. Hong Kong time on Wednesday, it paused withdrawals.",
        "9:15 a.m.",
        "2022-11-09T09:15",
        "TIME",
        N,
    ),
    # "overnight" after a day's late part in its sentence is the night that follows it ...
    (
        SEP19_2024,
        "The boat left the port late Tuesday and began taking on water overnight, survivors said.",
        "overnight",
        "2024-09-17TNI",
        "TIME",
        N,
    ),
    # ... but not after a telling of that day
    (
        SEP19_2024,
        "Officials said late Tuesday that rebels shelled the city overnight.",
        "overnight",
        "2024-09-16TNI",
        "TIME",
        N,
    ),
    # "overnight on Thursday" is the night of that Thursday, as "overnight Thursday" is
    (MAY18_2024, "Fans camped outside the box office overnight on Thursday.", "overnight", "2024-05-16TNI", "TIME", N),
    # a past night or clock time reaches no day after publication, whatever day the sentence names
    (
        JAN6_2025,
        "The first 150 troops left Munster overnight and were expected to arrive in Vilnius late Tuesday.",
        "overnight",
        "2025-01-05TNI",
        "TIME",
        N,
    ),
    (
        DEC12_2023,
        "Talks were expected to continue through Wednesday. The negotiator spoke at a news conference at 11 a.m.",
        "11 a.m.",
        "2023-12-12T11:00",
        "TIME",
        N,
    ),
    # a morning time after a night is on the morning the night runs into
    (
        NOV27_2024,
        "He was freed on Tuesday afternoon and flown overnight to Paris, where he landed at 9:15 a.m.",
        "9:15 a.m.",
        "2024-11-27T09:15",
        "TIME",
        N,
    ),
    (
        SEP19_2024,
        "The boat left late Tuesday and began taking on water overnight. A ship reached it at 4:20 a.m.",
        "4:20 a.m.",
        "2024-09-18T04:20",
        "TIME",
        N,
    ),
    # a midnight told after a day's evening is the one that ends that day
    (
        NOV13_2022,
        "The trouble began on Tuesday evening. By midnight, customers had withdrawn about $800 million.",
        "midnight",
        "2022-11-08T24:00",
        "TIME",
        N,
    ),
    # a day's possessive or a measured figure's day dates a thing named: the story stays on its day
    (
        AUG6_2024,
        "Stocks bounced back on Tuesday after Monday's sell-off. The Nikkei closed up 10.2% at 3 p.m. Tokyo time.",
        "3 p.m.",
        "2024-08-06T15:00",
        "TIME",
        N,
    ),
    (
        AUG6_2024,
        "Stocks bounced back on Tuesday after Monday's sell-off, recovering much of what they lost a day earlier.",
        "a day earlier",
        "2024-08-05",
        "DATE",
        N,
    ),
    (
        SEP30_2024,
        "Harbor agreed on Monday to buy Greenfield. It will pay a 31% premium to the closing price on Friday. "
        "Greenfield shares jumped 24% at 10:15 a.m.",
        "10:15 a.m.",
        "2024-09-30T10:15",
        "TIME",
        N,
    ),
    # a month or a year holds no clock time: the last day mentioned before it does
    (
        FEB9_2024,
        "The film was named best film on Thursday night, ahead of next month's Academy Awards. "
        "The ceremony began at 7:30 p.m. GMT.",
        "7:30 p.m. GMT",
        "2024-02-08T19:30Z",
        "TIME",
        N,
    ),
    # a day of the background (far from publication) in another sentence holds no clock time of
    # the story's: the story's last day near publication does ...
    (
        JUN30_2024,
        "A jury found him guilty on Friday. He was arrested on 14 December 2022, two days before the "
        "planned attack. The jury deliberated for 11 hours before returning its verdict at 3:45 p.m.",
        "3:45 p.m.",
        "2024-06-28T15:45",
        "TIME",
        N,
    ),
    # ... and a past midnight there reaches no day after publication (with "more than once" it is a
    # habit's, of no day: see the review B tests)
    (
        DEC31_2024,
        "LONDON, Dec 31 - The books were published between 1 October 2023 and 30 September 2024. The panel "
        "had met every Thursday since the summer. We argued until midnight, she said.",
        "midnight",
        "2024-12-30T24:00",
        "TIME",
        N,
    ),
    # ... but a clock time after a day in its own sentence is on that day
    (
        JUN30_2024,
        "A jury found him guilty on Friday. He was arrested on 14 December 2022 at 3:45 p.m.",
        "3:45 p.m.",
        "2022-12-14T15:45",
        "TIME",
        N,
    ),
    # ... but the day before or after a thing's day is one the story moves to
    (
        date(2000, 2, 24),
        "The day before last Tuesday's court hearing, he went to the hospital. He appeared in court the next morning.",
        "the next morning",
        "2000-02-22TMO",
        "TIME",
        N,
    ),
    # "during the night" is the night of the day the story is at, as "that night" ...
    (
        SEP19_2024,
        "The boat left late Tuesday. Three people had fallen overboard during the night.",
        "the night",
        "2024-09-17TNI",
        "TIME",
        N,
    ),
    # ... and a past night with no day of the story is the last one before publication
    (
        SEP19_2024,
        "Survivors said three people had fallen overboard during the night.",
        "the night",
        "2024-09-18TNI",
        "TIME",
        N,
    ),
    # a month in a headline with a holiday name describing a place is not counted from that holiday
    (
        JUN30_2024,
        "Jury convicts man of plotting attack on Christmas market; sentencing set for September",
        "September",
        "2024-09",
        "DATE",
        N,
    ),
]


test_reviewed_value = reviewed_values(EXAMPLES)


# (published, sentence, words that must not be (part of) a time expression)
NOT_TIMES: list[tuple[date, str, str]] = [
    # a holiday name describing a place names the place, no time
    (JUN30_2024, "He planned to drive a van into crowds at a Christmas market.", "Christmas"),
    (JUN30_2024, "Security at Christmas markets across Britain was tightened.", "Christmas"),
    # a month name is written capitalised: "every march" counts protest marches
    (DEC31_2024, "She is a student who has attended every march.", "march"),
    (DEC31_2024, "The union joined every march since November.", "march"),
    # the night of a thing is no time of its own
    (SEP19_2024, "Stars shone in the night sky.", "night"),
]


test_not_a_time = not_times(NOT_TIMES)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # what was said on a night happened before it: no morning or midnight after that night
        ("Police said on Tuesday night that he had arrived at 9 a.m.", "9 a.m.", "2022-11-08T09:00"),
        ("Police said on Tuesday night that the curfew had begun at midnight.", "midnight", "2022-11-07T24:00"),
    ],
)
def test_no_time_after_a_telling_night(sentence: str, phrase: str, value: str) -> None:
    check_value_with_the_parse(NOV13_2022, sentence, phrase, value)


_LAST_YEAR = "Last year's ceremony, held on 19 February 2023, drew 3.4 million viewers. "


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # a clock time in what was told of is on a day of the events only when that day lies within
        # a week before the telling, not on a day of another year's story
        (
            _LAST_YEAR + "Organizers said on Friday morning that the after-party ran until 2 a.m.",
            "2 a.m.",
            "2024-02-09T02:00",
        ),
        # a midnight told after a morning time is the one that began its day
        (
            _LAST_YEAR + "Organizers said on Friday morning that the party ran until 2 a.m., "
            "and that a fire alarm cleared the lobby at midnight.",
            "midnight",
            "2024-02-08T24:00",
        ),
    ],
)
def test_clock_time_of_what_was_told(sentence: str, phrase: str, value: str) -> None:
    check_value_with_the_parse(FEB9_2024, sentence, phrase, value)


def test_a_far_day_starts_no_loop_of_relative_times() -> None:
    """Relative times over sample publication dates start no loop at a date far from publication
    ("14 December 2022"), which would lose the story's news day a clock time after it takes."""
    text = (
        "A jury found him guilty on Friday. He was arrested on 14 December 2022, two days before the "
        "planned attack. The jury deliberated for 11 hours before returning its verdict at 3:45 p.m."
    )
    times = list(RESOLVER(Document(text=text, publication_date=None)))
    assert relative_times(times) == _brute_force(times)
