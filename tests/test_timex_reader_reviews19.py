"""Time values two readers found wrong in twelve hand-written news stories (review set 19: lives
and careers, politics, science, business and conflict), each in a short sentence of the same kind
(no corpus text), with the TIMEX3 value, type and mod TimeML writes for it. Resolver only (no
spaCy parse) unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

from reader_reviews import not_times, reviewed_values

JAN8_2024 = date(2024, 1, 8)  # a Monday
NOV30_2025 = date(2025, 11, 30)  # a Sunday
NOV30_2024 = date(2024, 11, 30)  # a Saturday
FEB24_2023 = date(2023, 2, 24)  # a Friday
JUN3_2026 = date(2026, 6, 3)  # a Wednesday
JUL31_2025 = date(2025, 7, 31)  # a Thursday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # "two years later" from the story's time is a step of its history, which later times count from
    (
        JAN8_2024,
        "His first album came out in 1968. Two years later it reached the Top 40, and he signed "
        "with Atlantic Records the following year.",
        "the following year",
        "1971",
        "DATE",
        N,
    ),
    # "next week" in another clause joined by ", and" frames no weekday of this one
    (
        JAN8_2024,
        "A public memorial will be held on Saturday at the Orpheum, and he will be buried next week in Clarksdale.",
        "Saturday",
        "2024-01-13",
        "DATE",
        N,
    ),
    # a day in a clause with a subject of its own after "overnight" dates that clause's event: the
    # night is the one before the story's day (a Saturday story's Friday night)
    (
        NOV30_2024,
        "The ceasefire was largely holding on Saturday, although residents in the south reported shelling "
        "overnight and at least two people were killed on Friday.",
        "overnight",
        "2024-11-29TNI",
        "TIME",
        N,
    ),
    # what a verb of planning with its object plans lies ahead of the planning
    (
        NOV30_2025,
        "Advocates held a rally on the Capitol steps on Saturday and plan another on Monday.",
        "Monday",
        "2025-12-01",
        "DATE",
        N,
    ),
    (
        FEB24_2023,
        "Officials said Ukraine planned a counteroffensive in the spring.",
        "the spring",
        "2023-SP",
        "DATE",
        N,
    ),
    # a clock time after a coarser time is on the story's last day named near publication
    (
        JUN3_2026,
        "Reyes won the primary on Tuesday, setting up a showdown in November. The Associated Press "
        "called the race at 9:47 p.m. PDT.",
        "9:47 p.m. PDT",
        "2026-06-02T21:47",
        "TIME",
        N,
    ),
    # a month modifying a noun after a present verb of facing what comes is the coming one
    (
        JUN3_2026,
        "Reyes won the primary on Tuesday, defeating Paul Greer and setting up a November showdown with Carl Voss.",
        "November",
        "2026-11",
        "DATE",
        N,
    ),
    # a half of a decade is one expression, the decade with a point mod (TimeBank: "the last half of
    # the '80s" is 198 END), no half of a year
    (
        JUL31_2025,
        "She is the right person for the second half of this decade.",
        "the second half of this decade",
        "202",
        "DATE",
        "END",
    ),
    (
        JUL31_2025,
        "Growth slowed in the first half of the 1990s.",
        "the first half of the 1990s",
        "199",
        "DATE",
        "START",
    ),
    # a day told in the past perfect is the story's background: "Overnight" opening the next
    # sentence is the night before publication, not the night of that day
    (
        NOV30_2024,
        "Talks had collapsed twice, in late October and again on 12 November. Overnight, a drone strike "
        "hit a vehicle near the town of Nabatieh, the army said.",
        "Overnight",
        "2024-11-29TNI",
        "TIME",
        N,
    ),
    # the sentence of "Overnight" starts at a break right before it: opening its sentence, the night
    # of the day the sentence before named, not the night before that day
    (
        NOV30_2024,
        "Talks collapsed in Doha on Friday. Overnight, rebels shelled the city.",
        "Overnight",
        "2024-11-29TNI",
        "TIME",
        N,
    ),
    # "since midnight" after the story's night is the midnight of that night, which ends its day
    (
        NOV30_2024,
        "Overnight, a drone strike hit a vehicle, the army said. Neither side has claimed any violation "
        "since midnight.",
        "midnight",
        "2024-11-29T24:00",
        "TIME",
        N,
    ),
    # a clock time right after a month of its sentence is on a day of that month, which one unsaid
    (
        NOV30_2025,
        "The full House passed the bill 104-99 last month, after a debate that ran past midnight.",
        "midnight",
        "2025-10-XXT24:00",
        "TIME",
        N,
    ),
]

test_reviewed_value = reviewed_values(EXAMPLES)

# (published, sentence, words that are no time)
NOT_TIMES: list[tuple[date, str, str]] = [
    # the number of a bill is no year
    (NOV30_2025, "The measure, House Bill 1140, was introduced in February 2023.", "1140"),
    (NOV30_2025, "H.R. 1999 would extend the program.", "1999"),
]

test_not_a_time = not_times(NOT_TIMES)
