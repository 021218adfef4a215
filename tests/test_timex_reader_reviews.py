"""Time values two careful readers found wrong in fourteen hand-written news stories, each in a
short sentence of the same kind (no corpus text), with the TIMEX3 value, type and mod TimeML
writes for it. Resolver only (no spaCy parse).
"""

from __future__ import annotations

from datetime import date

from reader_reviews import (
    RESOLVER,
    not_times,
    reviewed_values,
    values_with_the_parse,
)
from timeline.pipeline import Document

F = date(2024, 3, 22)  # a Friday
JAN3 = date(2024, 1, 3)  # a Wednesday
JUN2 = date(2024, 6, 2)  # a Sunday
JAN2_2026 = date(2026, 1, 2)  # a Friday, early in the year
MAR21_2023 = date(2023, 3, 21)  # a Tuesday
SEP30_2025 = date(2025, 9, 30)  # a Tuesday
JUN9 = date(2024, 6, 9)  # a Sunday
MAR31_2025 = date(2025, 3, 31)  # a Monday
NOV14 = date(2024, 11, 14)  # a Thursday
MAY17 = date(2024, 5, 17)  # a Friday
FEB4_2025 = date(2025, 2, 4)  # a Tuesday
MAY20_2025 = date(2025, 5, 20)  # a Tuesday
SEP29 = date(2024, 9, 29)  # a Sunday
JAN5 = date(2024, 1, 5)  # a Friday, early in the year
JUN12 = date(2024, 6, 12)  # a Wednesday
SEP10 = date(2024, 9, 10)  # a Tuesday
JAN5_2025 = date(2025, 1, 5)  # a Sunday
JUL25 = date(2024, 7, 25)  # a Thursday
JUL24_2025 = date(2025, 7, 24)  # a Thursday
N = None


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str | None, str, str | None]] = [
    # a time after "since" starts a span up to now, a point of comparison: the story stays where it was
    (
        FEB4_2025,
        "Stocks fell on Tuesday, the Nikkei suffering its biggest drop since early December. "
        "It fell as much as 3.1% in the afternoon.",
        "the afternoon",
        "2025-02-04TAF",
        "TIME",
        N,
    ),
    # a modal perfect is a past counterfactual, and a sentence's end still bounds the look back
    (
        JAN5,
        "She should have acted in the autumn, when her cabinet was falling apart.",
        "the autumn",
        "2023-FA",
        "DATE",
        N,
    ),
    (MAY20_2025, "The studio will shut. It grew in the autumn.", "the autumn", "2024-FA", "DATE", N),
    # a future month in the sentence of a time still to come counts on from that time ...
    (
        MAY20_2025,
        "She will start a European tour next spring, opening in Stockholm on April 3 and ending in London in late May.",
        "late May",
        "2026-05",
        "DATE",
        "END",
    ),
    # ... not from a period the month may fall in, nor across a sentence
    (
        JUL25,
        "Most of the cost falls in its fiscal fourth quarter, which ends in September.",
        "September",
        "2024-09",
        "DATE",
        N,
    ),
    (MAY20_2025, "The tour opens on April 3 next year. It will close in May.", "May", "2025-05", "DATE", N),
    # a weekday listed after one that recurs recurs too; "every" before a fixed holiday is each year's
    (JAN3, "It is a service she still offers every Tuesday and Friday.", "Friday", "XXXX-WXX-5", "SET", N),
    (JAN3, "She opens every Monday, Wednesday and Friday.", "Wednesday", "XXXX-WXX-3", "SET", N),
    (JAN3, "She worked every Monday, and on Friday she rested.", "Friday", "2023-12-29", "DATE", N),
    (JAN3, "We have missed every birthday and every Christmas since 2019.", "every Christmas", "XXXX-12-25", "SET", N),
    # the week that ends on a day ("to": British), written as the ISO week holding it; a number
    # after its comma starts the next item of a list, not a year
    (
        MAR31_2025,
        "The state recorded 12 cases in the week ending Dec. 14, 21 the following week.",
        "the week ending Dec. 14",
        "2024-W50",
        "DATE",
        N,
    ),
    (
        MAR31_2025,
        "The state recorded 12 cases in the week ending Dec. 14, 21 the following week.",
        "the following week",
        "2024-W51",
        "DATE",
        N,
    ),
    (
        MAR31_2025,
        "Officials reported 37 new cases in the week ending Saturday.",
        "the week ending Saturday",
        "2025-W13",
        "DATE",
        N,
    ),
    (
        MAR31_2025,
        "Foreigners sold a net 1.2 trillion yen in the week to Jan. 31.",
        "the week to Jan. 31",
        "2025-W05",
        "DATE",
        N,
    ),
    # "by morning" is that part of the day the story is at, the next day's after a night ...
    (
        JUN12,
        "Drones hit a depot on Tuesday night. The fire was put out by morning.",
        "morning",
        "2024-06-12TMO",
        "TIME",
        N,
    ),
    (JUN12, "Drones hit a depot on Tuesday. The fire was put out by morning.", "morning", "2024-06-11TMO", "TIME", N),
    # ... and a midnight told after a clock time of the story's day ends that day
    (
        MAY20_2025,
        "The film was shown late Monday. The screening started at 10:15 p.m., but the audience stayed "
        "on their feet until well past midnight.",
        "midnight",
        "2025-05-19T24:00",
        "TIME",
        N,
    ),
    # (and one reached from within the story's day, "until well past", too: review C)
    (
        MAY20_2025,
        "The film was shown on Monday. The audience stayed until well past midnight.",
        "midnight",
        "2025-05-19T24:00",
        "TIME",
        N,
    ),
    # the second day of a range written with a dash before the noun it dates
    (SEP10, "Traders expect a cut at the Fed's Sept. 17-18 meeting.", "18", "2024-09-18", "DATE", N),
    # a fixture in the simple present, its opponent named between, is ahead; a denied one is not
    (JAN5_2025, "Dunmore host Ashby on Monday night.", "Monday night", "2025-01-06TNI", "TIME", N),
    (JAN5_2025, "Arsenal face Chelsea on Wednesday.", "Wednesday", "2025-01-08", "DATE", N),
    (JAN5_2025, "The team did not face Chelsea on Wednesday.", "Wednesday", "2025-01-01", "DATE", N),
    # a deadline for what someone was asked to do lies after the request
    (
        MAR31_2025,
        "The authority said it had asked payment firms to report any customer losses by Friday.",
        "Friday",
        "2025-04-04",
        "DATE",
        N,
    ),
    (MAR31_2025, "Sales had fallen by Friday.", "Friday", "2025-03-28", "DATE", N),
    # a simple present up to a day: what goes on now ends ahead; a past one ended before
    (MAY20_2025, "The exhibition is open until Saturday.", "Saturday", "2025-05-24", "DATE", N),
    (MAY20_2025, "Sales fell until Saturday.", "Saturday", "2025-05-17", "DATE", N),
    # a clock time and the same moment in another zone in brackets both take the day after them
    (
        FEB4_2025,
        "He agreed on Monday to pause them. Tariffs took effect at 12:01 a.m. EST (0501 GMT) on Tuesday.",
        "12:01 a.m. EST",
        "2025-02-04T00:01",
        "TIME",
        N,
    ),
    (
        FEB4_2025,
        "He agreed on Monday to pause them. Tariffs took effect at 12:01 a.m. EST (0501 GMT) on Tuesday.",
        "0501 GMT",
        "2025-02-04T05:01Z",
        "TIME",
        N,
    ),
    # one year written after a range of two month-days dates both of them
    (JAN3, "The last rail strike lasted from Feb. 5 to Feb. 12, 1996.", "Feb. 5", "1996-02-05", "DATE", N),
    (JAN3, "Talks ran between Jan. 30 and March 2, 2021.", "Jan. 30", "2021-01-30", "DATE", N),
    (JAN3, "The strike ran from 5 February to 12 March 1996.", "5 February", "1996-02-05", "DATE", N),
    # a year framing its clause ("In 2019, ...", ", in 2019,") dates the month-days in it ...
    (JUN2, "The previous election, in 2019, ran from April 11 to May 19.", "April 11", "2019-04-11", "DATE", N),
    (JUN2, "The previous election, in 2019, ran from April 11 to May 19.", "May 19", "2019-05-19", "DATE", N),
    (JUN2, "In 2019, voting began on April 11.", "April 11", "2019-04-11", "DATE", N),
    (JUN2, "In 2019 the election ran from April 11 to May 19.", "May 19", "2019-05-19", "DATE", N),
    (JUN2, "The election in 2019 ran from April 11 to May 19.", "May 19", "2024-05-19", "DATE", N),
    # ... not past a clause break, nor from a year that only dates a noun
    (JUN2, "In 2023, sales rose 5%, the company said on March 3.", "March 3", "2024-03-03", "DATE", N),
    (JUN2, "Under a plan approved in 1987, Acme had bought shares through May 29.", "May 29", "2024-05-29", "DATE", N),
    # a month-day right after a full date of the story, far from publication: near that date
    (
        JAN2_2026,
        "The water rose on the night of July 9, 1993. The levee failed shortly after 2 a.m. on July 10.",
        "July 10",
        "1993-07-10",
        "DATE",
        N,
    ),
    (
        JAN2_2026,
        "The water rose on the night of July 9, 1993. The levee failed shortly after 2 a.m. on July 10.",
        "shortly after 2 a.m.",
        "1993-07-10T02:00",
        "TIME",
        "AFTER",
    ),
    (F, "The flood began on Dec. 30, 1993. The river crested on Jan. 2.", "Jan. 2", "1994-01-02", "DATE", N),
    # ... but not when that date is near publication (the tense decides), nor months away from it
    (F, "The deal was signed on Feb. 20, 2024. It takes effect on June 1.", "June 1", "2024-06-01", "DATE", N),
    (F, "The plant opened on July 9, 1993. It will close on Dec. 31.", "Dec. 31", "2024-12-31", "DATE", N),
    # ... nor two sentences later
    (
        JAN2_2026,
        "The water rose on July 9, 1993. It rained. It rained more. Crews left on July 10.",
        "July 10",
        "2025-07-10",
        "DATE",
        N,
    ),
    # a day of the month before "next year" or "this year" keeps its day
    (MAR21_2023, "Fares will rise from 5 March next year.", "5 March next year", "2024-03-05", "DATE", N),
    (MAR21_2023, "Fares rose on 5 March this year.", "5 March this year", "2023-03-05", "DATE", N),
    (MAR21_2023, "The rule lapses on March 5 next year.", "March 5 next year", "2024-03-05", "DATE", N),
    (MAR21_2023, "It ended on the 29th of February last year.", "29th of February last year", None, "DATE", N),
    # a holiday most of a year back needs a clear past tense; else the nearest one
    (
        MAR21_2023,
        "The government confirmed on Tuesday that fares will rise, as passengers brace for strikes over Easter.",
        "Easter",
        "2023-04-09",
        "DATE",
        N,
    ),
    (
        SEP30_2025,
        "Supporters hope to have the bill signed before Thanksgiving.",
        "Thanksgiving",
        "2025-11-27",
        "DATE",
        N,
    ),
    (SEP30_2025, "The family spent Thanksgiving together.", "Thanksgiving", "2024-11-28", "DATE", N),
    (SEP30_2025, "Sales rose over Christmas.", "Christmas", "2024-12-25", "DATE", N),
    # a capitalised "Open" is a name, no verb of a schedule that looks ahead
    (
        JUN9,
        "The Pole, who won the Australian Open in January, will rise to No. 1 on Monday.",
        "January",
        "2024-01",
        "DATE",
        N,
    ),
    (JUN9, "The pool opens in July.", "July", "2024-07", "DATE", N),
    # a figure known once measured dates a past day, whatever the clause's tense
    (
        MAR31_2025,
        "Shareholders will receive $38.50 a share, a 27% premium to the stock's closing price on Friday.",
        "Friday",
        "2025-03-28",
        "DATE",
        N,
    ),
    (MAR31_2025, "The index will fall below its record high of Nov. 5.", "Nov. 5", "2024-11-05", "DATE", N),
    (MAR31_2025, "The stock will close on Friday.", "Friday", "2025-04-04", "DATE", N),
    # "shortly before midnight" on the day the story is at is the end of that day ...
    (
        NOV14,
        "She left home on Saturday. A camera recorded her at 11:58 p.m., shortly before midnight.",
        "shortly before midnight",
        "2024-11-09T24:00",
        "TIME",
        "BEFORE",
    ),
    # ... and minutes or hours later count from the clock time just told
    (
        NOV14,
        "She left home on Saturday. Her phone connected at 12:20 a.m. Sunday and was off about ten minutes later.",
        "about ten minutes later",
        "2024-11-10T00:30",
        "TIME",
        "APPROX",
    ),
    (F, "He arrived at 9 a.m. Three hours later he left.", "Three hours later", "2024-03-22T12:00", "TIME", N),
    (F, "He arrived at 9 a.m. On Tuesday, two hours later, he left.", "two hours later", "2024-03-19", "DATE", N),
    # "that summer" is the summer of the story's time: of the day it is at when a story told far
    # from publication named a year since ("had flooded in 1986")
    (JUN9, "In 2015, he moved to Paris. That summer he met his wife.", "That summer", "2015-SU", "DATE", N),
    (
        JAN2_2026,
        "The water rose on July 9, 1993. The river had flooded in 1973 and in 1986. That summer it rained.",
        "That summer",
        "1993-SU",
        "DATE",
        N,
    ),
    (
        JAN2_2026,
        "The next morning, July 10, 1993, was dry. By that summer it was over.",
        "that summer",
        "1993-SU",
        "DATE",
        N,
    ),
    # ... and a month-day right after it is the one in it
    (
        JAN2_2026,
        "The water rose on July 9, 1993. The river had flooded in 1986. That summer it rained. The levee failed "
        "on July 10.",
        "July 10",
        "1993-07-10",
        "DATE",
        N,
    ),
    # ... but not after a month and year naming a thing ("the August 1988 cease-fire")
    (
        date(1990, 8, 15),
        "Talks followed the August 1988 cease-fire. Iran had condemned the invasion of Kuwait on Aug. 2.",
        "Aug. 2",
        "1990-08-02",
        "DATE",
        N,
    ),
    # recognition: "as recently as April"; "recently" before the date it qualifies is no time of its own
    (JUN9, "Polls had shown him with a lead as recently as April.", "April", "2024-04", "DATE", N),
    (
        JUN9,
        "The town floods every 20 years by the middle of the century.",
        "the middle of the century",
        "20",
        "DATE",
        "MID",
    ),
    (JUN9, "Commuters who ride trains every weekday face delays.", "every weekday", "P1D", "SET", N),
    # "over" a length of time: across it after a noun or a figure or most verbs (TimeBank: "used over
    # three years", no mod); more than after a verb of lasting, a copula or a preposition
    (JUN9, "It will make 49 flybys of Europa over four years.", "four years", "P4Y", "DURATION", N),
    (JUN9, "Workers won a 9% pay rise over two years.", "two years", "P2Y", "DURATION", N),
    (JUN9, "The talks lasted over a week.", "a week", "P1W", "DURATION", "MORE_THAN"),
    (JUN9, "He has been in jail for over two years.", "two years", "P2Y", "DURATION", "MORE_THAN"),
    (JUN9, "It has been over a year.", "a year", "P1Y", "DURATION", "MORE_THAN"),
    (JUN9, "It happened over two years ago.", "over two years ago", "2022", "DATE", "MORE_THAN"),
    # an offset counted from a time of the story is never finer than that time ...
    (
        NOV14,
        "A student vanished in the same area in 2017 and was found dead three weeks later.",
        "three weeks later",
        "2017",
        "DATE",
        N,
    ),
    # ... and several years from a day are years, while "a year later" is that day a year on
    (
        JAN2_2026,
        "The levee broke on July 10, 1993. Thirty-two years later, they remember.",
        "Thirty-two years later",
        "2025",
        "DATE",
        N,
    ),
    (
        JAN2_2026,
        "The levee broke on July 10, 1993. A year later, it was rebuilt.",
        "A year later",
        "1994-07-10",
        "DATE",
        N,
    ),
    # "the following week" after a month of the story: in that month's grain, not from publication
    (
        JAN3,
        "A strike hit the line in October 2023. That dispute was settled the following week.",
        "the following week",
        "2023-10",
        "DATE",
        N,
    ),
    # "overnight Thursday" (news style) is Thursday night
    (
        date(2024, 9, 30),
        "The worst flooding came overnight Thursday into Friday.",
        "overnight Thursday",
        "2024-09-26TNI",
        "TIME",
        N,
    ),
    # "a day" after a count of things is so many per day, a SET; after a verb, a length of time
    (F, "Patients took an aspirin a day.", "a day", "P1D", "SET", N),
    (F, "He gave hundreds of interviews a day.", "a day", "P1D", "SET", N),
    (F, "The repair takes a day.", "a day", "P1D", "DURATION", N),
    (F, "He offered him a week to decide.", "a week", "P1W", "DURATION", N),
    # a year between an article and a noun dates a thing named ("A 2023 study by ..."): the story stays
    (
        JAN2_2026,
        "The levee broke on July 10, 1993. A 2023 study by the university found more rain. That summer it rained.",
        "That summer",
        "1993-SU",
        "DATE",
        N,
    ),
    (JUN9, "In 2015, the 2014 report was published. That summer he left.", "That summer", "2015-SU", "DATE", N),
    # with no time of the story to take it from, the year of "that summer" is unknown, not this year's
    (JUN9, "Rain has risen since the 1950s. He was 19 that summer.", "that summer", "XXXX-SU", "DATE", N),
    # a holiday after a verb that looks ahead ("hope to", "will") is the coming one
    (date(2024, 6, 1), "Leaders hope to pass the bill before Christmas.", "Christmas", "2024-12-25", "DATE", N),
    (date(2024, 6, 1), "The bill was passed before Christmas.", "Christmas", "2023-12-25", "DATE", N),
    (
        MAR21_2023,
        "He said on Monday that the union would consider proposals if they arrived before the weekend.",
        "the weekend",
        "2023-W12-WE",
        "DATE",
        N,
    ),
    (MAR21_2023, "He said he spent the weekend at home.", "the weekend", "2023-W11-WE", "DATE", N),
]


test_reviewed_value = reviewed_values(EXAMPLES)


# With the spaCy parse (full pipeline), whose tense reading the reviewers' stories went through.
PARSED: list[tuple[date, str, str, str]] = [
    # the parse reads the clause of "confirmed" as past: Easter 11 months back is a misread tense
    (
        MAR21_2023,
        "Rail fares will rise from 5 March next year, the government confirmed on Tuesday, as passengers brace "
        "for another wave of strikes over Easter.",
        "Easter",
        "2023-04-09",
    ),
    # "shortly before midnight" on the day the story is at is the end of that day, not of the day before
    (
        NOV14,
        "She left home on Saturday. She was recorded by a camera at a store at 11:58 p.m., shortly before "
        "midnight, buying a bottle of water.",
        "shortly before midnight",
        "2024-11-09T24:00",
    ),
    # a day that locates a saying or a publishing is when the story was told: the clock times and
    # parts of day after it keep the day of the events ...
    (
        MAR31_2025,
        "An error took websites offline on Sunday, the company said in a report published early Monday. "
        "Engineers pushed an update at 13:02 UTC.",
        "13:02 UTC",
        "2025-03-30T13:02Z",
    ),
    (
        MAY17,
        "The probe swung past Earth late Thursday, mission managers said on Friday. It passed over "
        "the Pacific at 9:34 p.m.",
        "9:34 p.m.",
        "2024-05-16T21:34",
    ),
    # the simple present a day after "until" bounds, found in the parse past another verb
    (
        MAY20_2025,
        "The festival, which opened on May 13 and runs until Saturday, is the biggest yet.",
        "Saturday",
        "2025-05-24",
    ),
    # a "would" in what was said on a day looks ahead from that day, not from publication ...
    (
        SEP29,
        "On Monday, Johnson said he was confident that Congress would pass a stopgap spending bill by Friday.",
        "Friday",
        "2024-09-27",
    ),
    (
        JUL24_2025,
        "It had already warned on 14 February that the first quarter would be weak.",
        "the first quarter",
        "2025-Q1",
    ),
    # ... and from publication when the saying is not dated
    (
        SEP29,
        "Johnson said he was confident that Congress would pass a stopgap spending bill by Friday.",
        "Friday",
        "2024-10-04",
    ),
    # what was planned lies after the planning (the parse reads "planned" as past), past an
    # abbreviation's period
    (
        MAY20_2025,
        "The studio planned to release 'Winter Harbour' in U.S. cinemas in the autumn.",
        "the autumn",
        "2025-FA",
    ),
    # "in the early afternoon" is of the day the story is at, as "in the afternoon", here the events' day
    (
        MAR31_2025,
        "An error took websites offline on Sunday, the company said in a report published early Monday. "
        "Airlines said check-in systems went down in the early afternoon Eastern time.",
        "early afternoon",
        "2025-03-30TAF",
    ),
    # ... but a day of the events stays theirs
    (
        MAY17,
        "The probe swung past Earth late Thursday and reached Mars on Friday. It passed over the Pacific at 9:34 p.m.",
        "9:34 p.m.",
        "2024-05-17T21:34",
    ),
]


# (published, sentence, words that must not be (part of) a time expression)
NOT_TIMES: list[tuple[date, str, str]] = [
    (JUN9, "Werner reached the quarter-finals last week.", "quarter"),
    (JUN9, "She lost in the quarter final.", "quarter"),
    (JUN9, "Fares rose five times, most recently on 9 March.", "recently"),
    (JUN9, "It last happened recently in May.", "recently"),
]


test_not_a_time = not_times(NOT_TIMES)


test_reviewed_value_with_the_parse = values_with_the_parse(PARSED)


def test_one_oclock_is_the_minute_its_value_writes() -> None:
    """ "between 11:30 p.m. Saturday and 1 a.m. Sunday" ends at 01:00, not at 01:59."""
    (_, one) = RESOLVER(Document(text="between 11:30 p.m. Saturday and 1 a.m. Sunday", publication_date=NOV14))
    assert one.value == "2024-11-10T01:00"
    assert one.interval is not None and one.interval.end is not None
    assert one.interval.end.isoformat() == "2024-11-10T01:01:00"
