"""Time values of session 19, each in a short hand-written news sentence (no corpus text), with the
TIMEX3 value, type and mod TimeML writes for it. Resolver only (no spaCy parse).
"""

from __future__ import annotations

from datetime import date

from reader_reviews import found, reviewed_values

OCT26_1989 = date(1989, 10, 26)  # a Thursday
MAR4_2024 = date(2024, 3, 4)  # a Monday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a half of a decade or century is no calendar unit: the decade (century) with START or END,
    # not this year's half followed by the decade
    (
        OCT26_1989,
        "The trend has characterized the last half of the '80s, with sales flat.",
        "the last half of the '80s",
        "198",
        "DATE",
        "END",
    ),
    (MAR4_2024, "Rents doubled in the first half of the 1990s.", "the first half of the 1990s", "199", "DATE", "START"),
    (MAR4_2024, "The mill grew in the latter half of the 1960s.", "the latter half of the 1960s", "196", "DATE", "END"),
    (
        MAR4_2024,
        "The church was built in the second half of the 19th century.",
        "the second half of the 19th century",
        "18",
        "DATE",
        "END",
    ),
    (
        MAR4_2024,
        "Rates will fall in the second half of the decade, the bank said.",
        "the second half of the decade",
        "202",
        "DATE",
        "END",
    ),
    # the first (last) two quarters of a year named: that year's half, as "the first half of 1990"
    (
        OCT26_1989,
        "Demand should stay strong through the first two quarters of 1990, when new plants open.",
        "the first two quarters of 1990",
        "1990-H1",
        "DATE",
        N,
    ),
    (
        OCT26_1989,
        "Sales fell in the last two quarters of last year.",
        "the last two quarters of last year",
        "1988-H2",
        "DATE",
        N,
    ),
    # ... with no year, a length, as "the first nine months"
    (OCT26_1989, "Net rose 8% in the first two quarters.", "the first two quarters", "P6M", "DURATION", N),
]

test_reviewed_value = reviewed_values(EXAMPLES)


def test_a_half_of_a_decade_is_one_time() -> None:
    """The half of the decade is one expression, not a half of the current year and the decade."""
    times = found("The trend has characterized the last half of the '80s, with sales flat.", OCT26_1989)
    assert [t[0] for t in times] == ["the last half of the '80s"], times


def test_two_quarters_of_a_year_is_one_time() -> None:
    """ "at least the first two quarters of 1990" is that half year, not a length and a year."""
    times = found("Demand will last through at least the first two quarters of 1990.", OCT26_1989)
    assert [(t[1], t[2]) for t in times] == [("1990-H1", "DATE")], times
