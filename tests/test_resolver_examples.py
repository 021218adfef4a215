"""The example table of the rule-based resolver: (publication date, sentence, phrase) ->
TimeML value, type and mod, plus the negative corpus of text that must not be read as a time.

The anchor is Friday 2024-03-22 unless a row says otherwise. A sentence's verb gives the
clause's tense (no spaCy parse: the resolver reads nearby words); "{}" marks where the phrase
goes, and a bare "{}" has no tense at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver
from timeline.resolver.extract import find_mentions
from timeline.resolver.language import load_language

FRIDAY = date(2024, 3, 22)
RESOLVER = RuleBasedResolver(use_parse=False)

# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str, str, str | None]] = [
    # weekdays: past by default in news, future with a future tense, explicit last/next
    (FRIDAY, "He spoke {}.", "Friday", "2024-03-22", "DATE", None),
    (FRIDAY, "He spoke {}.", "Thursday", "2024-03-21", "DATE", None),
    (FRIDAY, "He spoke {}.", "Monday", "2024-03-18", "DATE", None),
    (FRIDAY, "He spoke {}.", "Saturday", "2024-03-16", "DATE", None),
    (FRIDAY, "{}", "Sunday", "2024-03-17", "DATE", None),
    (FRIDAY, "He will speak {}.", "Monday", "2024-03-25", "DATE", None),
    (date(2024, 3, 24), "Results are expected on {}.", "Monday", "2024-03-25", "DATE", None),
    (FRIDAY, "He will speak {}.", "Saturday", "2024-03-23", "DATE", None),
    (FRIDAY, "They met {}.", "last Tuesday", "2024-03-19", "DATE", None),
    (FRIDAY, "They meet {}.", "next Tuesday", "2024-03-26", "DATE", None),
    (FRIDAY, "They met {}.", "this Monday", "2024-03-18", "DATE", None),
    (FRIDAY, "Neal Horsley said {} that he would seek a new host.", "Wednesday", "2024-03-20", "DATE", None),
    (FRIDAY, "It rained {}.", "Tuesday morning", "2024-03-19TMO", "TIME", None),
    (FRIDAY, "He was killed {} in a robbery.", "Thursday evening", "2024-03-21TEV", "TIME", None),
    # a weekday naming an event by its day ("Wednesday's ruling") is one already reported
    (FRIDAY, "They would look for ways to get around {}'s ruling.", "Wednesday", "2024-03-20", "DATE", None),
    (date(2024, 3, 25), "It is a premium over {}'s closing price.", "Thursday", "2024-03-21", "DATE", None),
    (date(2024, 3, 20), "Leaders will attend {}'s ceremony.", "Thursday", "2024-03-21", "DATE", None),
    (
        date(1999, 5, 6),
        "Police are still looking for him after the {} slaying.",
        "Oct. 23",
        "1998-10-23",
        "DATE",
        None,
    ),
    (date(1999, 2, 10), "The {} accession will enable them to join.", "March", "1999-03", "DATE", None),
    # "the previous Friday", "the following Monday": around the day the story is at
    (FRIDAY, "Stocks fell on March 8, down from {}.", "previous Friday", "2024-03-01", "DATE", None),
    (FRIDAY, "The court met on March 6 and ruled {}.", "following Monday", "2024-03-11", "DATE", None),
    (FRIDAY, "The deadline will expire at {}.", "9 a.m. Tuesday", "2024-03-26T09:00", "TIME", None),
    (FRIDAY, "Talks ended at {}.", "5 p.m. EST, March 20", "2024-03-20T17:00", "TIME", None),
    # named days
    (FRIDAY, "{}", "today", "2024-03-22", "DATE", None),
    (FRIDAY, "{}", "yesterday", "2024-03-21", "DATE", None),
    (FRIDAY, "As of {}, it has five stores.", "today", "2024-03-22", "DATE", None),  # but "the people of today"
    (FRIDAY, "{}", "tomorrow", "2024-03-23", "DATE", None),
    (FRIDAY, "{}", "tonight", "2024-03-22TNI", "TIME", None),
    (FRIDAY, "{}", "yesterday afternoon", "2024-03-21TAF", "TIME", None),
    (FRIDAY, "Shares were up at {}.", "mid-afternoon yesterday", "2024-03-21TAF", "TIME", None),
    (FRIDAY, "By {}, officials were saying it was over.", "mid afternoon", "2024-03-22TAF", "TIME", None),
    (
        date(1989, 10, 30),
        "Stocks fell Friday. Dealers placed orders in {}.",
        "the morning",
        "1989-10-27TMO",
        "TIME",
        None,
    ),
    (FRIDAY, "{}", "the day before yesterday", "2024-03-20", "DATE", None),
    (FRIDAY, "{}", "this morning", "2024-03-22TMO", "TIME", None),
    # weeks, months, years relative to publication
    (FRIDAY, "{}", "last week", "2024-W11", "DATE", None),
    (FRIDAY, "{}", "this week", "2024-W12", "DATE", None),
    (FRIDAY, "{}", "next week", "2024-W13", "DATE", None),
    (date(2024, 1, 2), "{}", "last week", "2023-W52", "DATE", None),
    (date(2021, 1, 4), "{}", "last week", "2020-W53", "DATE", None),
    (date(2021, 1, 1), "{}", "this week", "2020-W53", "DATE", None),
    (date(2024, 12, 30), "{}", "this week", "2025-W01", "DATE", None),
    (FRIDAY, "{}", "last month", "2024-02", "DATE", None),
    (date(2024, 1, 15), "{}", "last month", "2023-12", "DATE", None),
    (FRIDAY, "{}", "next month", "2024-04", "DATE", None),
    (date(2024, 12, 5), "{}", "next month", "2025-01", "DATE", None),
    (FRIDAY, "{}", "last year", "2023", "DATE", None),
    (FRIDAY, "Prices rose over {}.", "the past year", "2023", "DATE", None),
    (FRIDAY, "Net rose from {}.", "the prior year", "2023", "DATE", None),
    (FRIDAY, "Prices rose over {}.", "the past decade", "P10Y", "DURATION", None),
    (FRIDAY, "{}", "this year", "2024", "DATE", None),
    (FRIDAY, "{}", "next year", "2025", "DATE", None),
    (FRIDAY, "{}", "earlier this year", "2024", "DATE", "START"),
    (FRIDAY, "{}", "late last year", "2023", "DATE", "END"),
    (FRIDAY, "{}", "the end of the year", "2024", "DATE", "END"),
    (FRIDAY, "{}", "last weekend", "2024-W11-WE", "DATE", None),
    (date(2024, 3, 25), "Protesters gathered over {}.", "the weekend", "2024-W12-WE", "DATE", None),
    (date(1989, 10, 30), "Sales fell in {}.", "the latest period", "1989-Q3", "DATE", None),
    (FRIDAY, "Under {} rules it is legal.", "current", "PRESENT_REF", "DATE", None),
    # month and day without a year: the tense decides, within about nine months
    (FRIDAY, "It began on {}.", "Oct. 7", "2023-10-07", "DATE", None),
    (FRIDAY, "It ends on {}.", "March 25", "2024-03-25", "DATE", None),
    (FRIDAY, "It happened on {}.", "March 20", "2024-03-20", "DATE", None),
    (date(2024, 1, 3), "The fire started {}.", "Dec. 30", "2023-12-30", "DATE", None),
    (date(2023, 12, 28), "The talks will resume {}.", "Jan. 4", "2024-01-04", "DATE", None),
    (date(1989, 10, 31), "The meeting was set for {}.", "Dec. 15", "1989-12-15", "DATE", None),
    (FRIDAY, "{}", "Monday, March 18", "2024-03-18", "DATE", None),
    (date(2000, 2, 24), "It may be resolved in a hearing {}.", "the week of March 6", "2000-W10", "DATE", None),
    (FRIDAY, "The vote was held on {}.", "Monday 18 March", "2024-03-18", "DATE", None),
    # a period that "ended" on a day is over, however long ago ("ending" may still be ahead)
    (date(1989, 10, 31), "In the fiscal year ended {}, sales rose.", "Jan. 31", "1989-01-31", "DATE", None),
    (date(1989, 10, 27), "In the quarter ended {}, it lost money.", "Oct. 31", "1988-10-31", "DATE", None),
    # a month alone: the tense decides too, within about nine months
    (date(1989, 10, 30), "The loans run through {}, as well as standby letters.", "January", "1990-01", "DATE", None),
    (date(1989, 10, 30), "Guidelines to be published in {} will decide.", "early November", "1989-11", "DATE", "START"),
    (date(1989, 10, 30), "It was sold in {}.", "March", "1989-03", "DATE", None),
    (date(1989, 10, 27), "In {}, the company brought in a new chief.", "January", "1989-01", "DATE", None),
    # ... but a future tense is not a misreading to second-guess
    (date(1998, 3, 4), "She will command a mission in {}.", "December", "1998-12", "DATE", None),
    (date(1998, 3, 4), "She will command a mission on {}.", "Dec. 10", "1998-12-10", "DATE", None),
    # ... up to the day a year ahead: that is the day just past ("by Jan. 14", written on Jan. 15)
    (date(2000, 1, 15), "The boy will be sent home by {}.", "Jan. 14", "2000-01-14", "DATE", None),
    (
        date(1998, 10, 25),
        "The Times said in an editorial on {}: the murder",
        "Monday, Oct. 26",
        "1998-10-26",
        "DATE",
        None,
    ),
    (FRIDAY, "Officials said the group might arrive as soon as {}.", "Tuesday", "2024-03-26", "DATE", None),
    # full dates
    (FRIDAY, "{}", "Oct. 7, 2023", "2023-10-07", "DATE", None),
    (FRIDAY, "{}", "7 October 2023", "2023-10-07", "DATE", None),
    (FRIDAY, "{}", "March 2024", "2024-03", "DATE", None),
    (FRIDAY, "{}", "2024-03-22", "2024-03-22", "DATE", None),
    (FRIDAY, "Filed {} at noon.", "2024/03/22", "2024-03-22", "DATE", None),
    (FRIDAY, "Due on {}.", "22-Mar-2024", "2024-03-22", "DATE", None),
    # other languages' month names, read by dateparser on the candidate span only
    (FRIDAY, "Le sommet aura lieu le {} à Paris.", "22 mars 2024", "2024-03-22", "DATE", None),
    (FRIDAY, "Am {} kam er.", "3. März 1999", "1999-03-03", "DATE", None),
    (FRIDAY, "El {} llegó.", "22 de marzo de 2024", "2024-03-22", "DATE", None),
    (FRIDAY, "It was founded in {}.", "1998", "1998", "DATE", None),
    (FRIDAY, "It grew in {}.", "the 1990s", "199", "DATE", None),
    (FRIDAY, "{}", "the 19th century", "18", "DATE", None),
    (FRIDAY, "It peaked in {}.", "late 2023", "2023", "DATE", "END"),
    (FRIDAY, "It peaked in {}.", "mid-March", "2024-03", "DATE", "MID"),
    (FRIDAY, "{}", "summer 2023", "2023-SU", "DATE", None),
    (FRIDAY, "It opened in {}.", "June last year", "2023-06", "DATE", None),
    (date(2024, 1, 5), "It opened in {}.", "December last year", "2023-12", "DATE", None),
    (FRIDAY, "Profit rose in {}.", "this year's third quarter", "2024-Q3", "DATE", None),
    # quarters and fiscal years
    (FRIDAY, "{}", "the first quarter of 2024", "2024-Q1", "DATE", None),
    (FRIDAY, "Profit will rise in the {}.", "third-quarter", "2024-Q3", "DATE", None),
    (FRIDAY, "Profit rose in the {}.", "third-quarter", "2023-Q3", "DATE", None),
    (date(1989, 10, 30), "Net fell in {}.", "the latest quarter", "1989-Q3", "DATE", None),
    (date(1989, 10, 30), "Sales rose from {}.", "the year-earlier quarter", "1988-Q3", "DATE", None),
    (date(2024, 1, 10), "Net fell in {}.", "the quarter", "2023-Q4", "DATE", None),
    (date(1989, 11, 1), "Net fell from {}.", "the year-ago third quarter", "1988-Q3", "DATE", None),
    (date(1989, 11, 2), "Sales were flat with {} levels.", "year-earlier", "1988", "DATE", None),
    (FRIDAY, "{}", "Q3 2023", "2023-Q3", "DATE", None),
    (FRIDAY, "Sales will rise in {}.", "the first half of the year", "2024-H1", "DATE", None),
    (date(1998, 1, 26), "Profits dropped in {}.", "the fourth quarter", "1997-Q4", "DATE", None),
    (date(1998, 1, 26), "Profits will rise in {}.", "the fourth quarter", "1998-Q4", "DATE", None),
    (date(1989, 10, 26), "Net rose in the second quarter. In {}, it lost.", "the 1988 period", "1988-Q2", "DATE", None),
    (date(1989, 10, 26), "In {}, it lost money.", "the 1988 quarter", "1988-Q3", "DATE", None),
    # after "the nine months" (no calendar unit) a comparison is with the year before, not a quarter
    (
        date(1989, 10, 26),
        "Net rose in the third quarter. In the nine months, net was $5, up from $4 {}.",
        "a year earlier",
        "1988",
        "DATE",
        None,
    ),
    (
        date(1989, 10, 26),
        "Net rose in the third quarter. In the first nine months, {} lost.",
        "year-earlier",
        "1988",
        "DATE",
        None,
    ),
    (
        date(1989, 11, 2),
        "Net rose in the third quarter. In the first nine months, net fell from {}.",
        "the 1988 period",
        "1988",
        "DATE",
        None,
    ),
    (date(1989, 10, 26), "Net rose in the third quarter and {} net was $3.", "a year earlier", "1988-Q3", "DATE", None),
    (date(1989, 10, 26), "Net for {} included a gain.", "the year-earlier nine months", "P9M", "DURATION", None),
    # a comparison with last year in results news: the reported quarter, a year before
    (
        date(1989, 11, 1),
        "Net was $5, up from $4 for {}.",
        "the corresponding period last year",
        "1988-Q3",
        "DATE",
        None,
    ),
    (date(1989, 11, 1), "U.K. sales for {} were $3 million.", "last year's quarter", "1988-Q3", "DATE", None),
    (date(1989, 10, 26), "For {}, it reported earnings of $5.", "the quarter a year ago", "1988-Q3", "DATE", None),
    (
        date(1989, 11, 2),
        "Net rose in the third quarter, compared with $3 million {}.",
        "last year",
        "1988-Q3",
        "DATE",
        None,
    ),
    (date(1989, 11, 2), "Sales rose, compared with $3 million {}.", "last year", "1988", "DATE", None),
    (date(1989, 11, 2), "Net rose in the third quarter. {} it fell.", "Last year", "1988", "DATE", None),
    # "the following year", "the previous month": next to the time the story is at
    (FRIDAY, "On May 22, 1995, he was promoted, and {} he left.", "the following year", "1996", "DATE", None),
    (
        date(1989, 10, 27),
        "In March, holders urged a sale. {}, it was sold.",
        "The following month",
        "1989-04",
        "DATE",
        None,
    ),
    (FRIDAY, "Sales fell from {}.", "the previous month", "2024-02", "DATE", None),
    (FRIDAY, "He fled in June 1998 and returned later {}.", "that year", "1998", "DATE", None),
    (
        FRIDAY,
        "Net fell in the second quarter of 1988. Results for {} included a charge.",
        "that quarter",
        "1988-Q2",
        "DATE",
        None,
    ),
    (FRIDAY, "Rights let holders buy shares at half the {} price.", "then current", "PAST_REF", "DATE", None),
    (FRIDAY, "{}", "fiscal 2023", "2023", "DATE", None),
    (FRIDAY, "Sales rose in {}.", "FY2023", "2023", "DATE", None),
    (date(1989, 11, 2), "Sales rose in {}.", "the current fiscal year", "1989", "DATE", None),
    # "the year": the year of publication, but "the year ended June 30" is a one-year span
    (date(1989, 11, 2), "Sales for {} rose.", "the full year", "1989", "DATE", None),
    (date(1989, 11, 2), "It rose for {}.", "the year", "1989", "DATE", None),
    (date(1999, 3, 20), "In 1995 he moved to Paris. During {}, he left.", "the year", "1995", "DATE", None),
    (date(1999, 3, 20), "In 1995 he moved. Sales for {} rose.", "the full year", "1999", "DATE", None),
    (date(1989, 11, 2), "Net rose in {} ended June 30.", "the year", "P1Y", "DURATION", None),
    # spelled-out years, as broadcast transcripts write them
    (FRIDAY, "In {} he was convicted.", "nineteen ninety-one", "1991", "DATE", None),
    (FRIDAY, "He promised it by {}.", "the year two thousand", "2000", "DATE", None),
    (FRIDAY, "He promised it by {}.", "the year 2000", "2000", "DATE", None),
    (FRIDAY, "It began in {}.", "January nineteen ninety-seven", "1997-01", "DATE", None),
    (FRIDAY, "It happened in {}.", "nineteen o five", "1905", "DATE", None),
    (FRIDAY, "It opened in {}.", "two thousand and one", "2001", "DATE", None),
    # a year before a name after a determiner
    (FRIDAY, "It was the {} Olympic bombing.", "1996", "1996", "DATE", None),
    (FRIDAY, "The {} politics split families.", "post-1959", "1959", "DATE", None),
    # holidays: the day they fall on, the year chosen as for a month and day
    (date(1999, 11, 26), "Stores were busy on {}.", "Thanksgiving Day", "1999-11-25", "DATE", None),
    (date(1999, 11, 26), "It was quiet {}.", "last Thanksgiving", "1999-11-25", "DATE", None),
    (date(1998, 10, 25), "Voters will go to the polls on {}.", "Election Day", "1998-11-03", "DATE", None),
    (FRIDAY, "They met on {}.", "Christmas Eve", "2023-12-24", "DATE", None),
    (FRIDAY, "It opens on {}.", "Good Friday", "2024-03-29", "DATE", None),
    (FRIDAY, "{}", "Christmas 1998", "1998-12-25", "DATE", None),
    (date(2000, 4, 17), "Protesters prayed as {} began.", "Easter week", "2000-W16", "DATE", None),
    (FRIDAY, "They will meet {}.", "the near future", "FUTURE_REF", "DATE", None),
    # a month or season named as a modifier or after more prepositions; "the week", "year-end", "the nineties"
    (date(1999, 4, 19), "Police studied the {} slaying.", "October", "1998-10", "DATE", None),
    (date(1989, 10, 26), "Demand grew well into {}.", "the summer", "1989-SU", "DATE", None),
    (date(1989, 10, 30), "Costs rose {}.", "this past spring", "1989-SP", "DATE", None),
    (date(1989, 10, 30), "For {}, the index dropped 3.8%.", "the week", "1989-W43", "DATE", None),
    (date(1989, 10, 27), "For {}, the index rose.", "the week", "1989-W43", "DATE", None),
    (date(1989, 11, 2), "The deal should close by {}.", "year-end", "1989", "DATE", "END"),
    (date(1998, 3, 3), "Numbers dropped through {}.", "the nineties", "199", "DATE", None),
    (date(2000, 1, 28), "He made the {} trip.", "late-November", "1999-11", "DATE", "END"),
    # "in the coming months", "in recent years": a stretch of unknown length up to or from now, as "for years"
    (FRIDAY, "It will slow in the {} as effects spread.", "coming months", "PXM", "DURATION", None),
    (FRIDAY, "Rents have climbed in {}.", "recent weeks", "PXW", "DURATION", None),
    (FRIDAY, "{} after the crash, it rose.", "Eight trading days", "P8D", "DURATION", None),
    # offsets from publication
    (FRIDAY, "{}", "three days ago", "2024-03-19", "DATE", None),
    (FRIDAY, "Then, {}, he picked the date.", "a week or so ago", "2024-W11", "DATE", "APPROX"),
    (FRIDAY, "{}", "two weeks ago", "2024-W10", "DATE", None),
    (date(1989, 11, 2), "Net rose in the third quarter from $5 million {}.", "a year ago", "1988-Q3", "DATE", None),
    (FRIDAY, "The plant opened on March 3, 2020. {} it closed.", "A year later", "2021-03-03", "DATE", None),
    # "the next spring" after a time of the story is the one after it, as "the next day" is
    (FRIDAY, "It was sold in November 1989 and rose {}.", "the next spring", "1990-SP", "DATE", None),
    (FRIDAY, "It was sold in November 1989 and rose {}.", "the following winter", "1990-WI", "DATE", None),
    (FRIDAY, "It will rise {}.", "next spring", "2025-SP", "DATE", None),
    # a present copula puts what it says at a time still to come: "is in November" is the next one
    (FRIDAY, "The election is in {}.", "November", "2024-11", "DATE", None),
    (FRIDAY, "The election was in {}.", "November", "2023-11", "DATE", None),
    # a month after a preposition of a deadline lies ahead, unless the clause is past
    (FRIDAY, "Analysts expect another hike by {}.", "October", "2024-10", "DATE", None),
    (FRIDAY, "Sales had doubled by {}.", "October", "2023-10", "DATE", None),
    # the first day of a range written day first takes the month after the second
    (FRIDAY, "Ministers will meet from {} to 13 March.", "11", "2024-03-11", "DATE", None),
    (FRIDAY, "The summit runs {}-13 March.", "11", "2024-03-11", "DATE", None),
    # days count from the last day named, not from a year named since; "that same day" is of the last time
    (FRIDAY, "It burned on March 4, a church built in 1889. {} it fell.", "Two days later", "2024-03-06", "DATE", None),
    # with no day named, days from a year stay at the year: the day counted from is unknown
    (FRIDAY, "It burned in 1889. {} it fell.", "Two days later", "1889", "DATE", None),
    # "a year ago" is this time last year, at the month's grain (TimeBank: 1988-11 on 1989-11-01)
    (FRIDAY, "{}", "a year ago", "2023-03", "DATE", None),
    (FRIDAY, "{}", "several years ago", "PAST_REF", "DATE", None),
    (FRIDAY, "It fell {}.", "a couple of weeks ago", "PAST_REF", "DATE", None),
    # "a year ago" after a quarter compares with it; a vague count compares with no period
    (date(1989, 10, 26), "Net rose in the third quarter. {}, it lost.", "Several years ago", "PAST_REF", "DATE", None),
    # a vague count from a time in the story: the nearest day the least count allows, on or after
    # (before) it, as TimeML writes "1994 or later"
    (FRIDAY, "It was signed on March 4. {}, it closed.", "A few days later", "2024-03-06", "DATE", "ON_OR_AFTER"),
    (FRIDAY, "It was signed on March 4. {}, it closed.", "Weeks later", "2024-03-18", "DATE", "ON_OR_AFTER"),
    (FRIDAY, "It was signed on March 4. {} it closed.", "A couple of weeks later", "2024-03-18", "DATE", "ON_OR_AFTER"),
    (FRIDAY, "It was signed on March 4. {}, they met.", "Several days earlier", "2024-03-01", "DATE", "ON_OR_BEFORE"),
    (FRIDAY, "It was sold in March 1995. {} it rose.", "Years later", "1997-03", "DATE", "ON_OR_AFTER"),
    # a range of counts: at least the smaller ("two or three days later": March 6 or after)
    (FRIDAY, "It was signed on March 4. {}, it fell.", "Two or three days later", "2024-03-06", "DATE", "ON_OR_AFTER"),
    (FRIDAY, "It was signed on March 4. {}, shares fell.", "A day or two later", "2024-03-05", "DATE", "ON_OR_AFTER"),
    # a bare plural before a pause is an adverb, as "later" is ("days before, ..."); "the week after the vote" is not
    (FRIDAY, "It was signed on March 4. {}, shares fell.", "Days before", "2024-03-02", "DATE", "ON_OR_BEFORE"),
    # hours are finer than the day counted in: "a few hours later" is the same day, as "hours later"
    (FRIDAY, "It was signed on March 4. {} it fell.", "A few hours later", "2024-03-04", "DATE", None),
    (FRIDAY, "It fell {}.", "a few hours ago", "2024-03-22", "DATE", None),
    (FRIDAY, "{}", "a decade ago", "2014", "DATE", None),
    # "just", "only" are focus words, not part of the expression (TimeML leaves them out)
    (FRIDAY, "They were rivals just {}.", "a decade ago", "2014", "DATE", None),
    # references
    (FRIDAY, "{}", "now", "PRESENT_REF", "DATE", None),
    (FRIDAY, "{} the rules are strict.", "Now", "PRESENT_REF", "DATE", None),
    (FRIDAY, "{}", "recently", "PAST_REF", "DATE", None),
    (FRIDAY, "{}", "the future", "FUTURE_REF", "DATE", None),
    (FRIDAY, "Prices rose in {}.", "recent years", "PXY", "DURATION", None),
    (FRIDAY, "It happened in {}.", "the past", "PAST_REF", "DATE", None),
    (FRIDAY, "Right {} it is calm.", "now", "PRESENT_REF", "DATE", None),
    (date(1989, 10, 30), "Net rose from {}.", "the year-ago period", "1988-Q3", "DATE", None),
    # durations: modifiers go to mod, outside the span; decades in years, quarters in months
    (FRIDAY, "{}", "three weeks", "P3W", "DURATION", None),
    (FRIDAY, "It lasted about {}.", "five hours", "PT5H", "DURATION", "APPROX"),
    (FRIDAY, "It lasted {}.", "nearly five months", "P5M", "DURATION", "LESS_THAN"),
    (FRIDAY, "It lasted {}.", "at least 72 hours", "PT72H", "DURATION", "EQUAL_OR_MORE"),
    (FRIDAY, "{}", "half an hour", "PT30M", "DURATION", None),
    (FRIDAY, "It took {}.", "5 1/2 hours", "PT5H30M", "DURATION", None),
    (FRIDAY, "It took {}.", "2 1/2 years", "P2Y6M", "DURATION", None),
    (FRIDAY, "It took {}.", "a day and a half", "P1DT12H", "DURATION", None),
    (FRIDAY, "It took {}.", "a minute and a half", "PT1M30S", "DURATION", None),
    (FRIDAY, "Net rose in {}.", "the 1988 second quarter", "1988-Q2", "DATE", None),
    (date(1999, 5, 6), "The attack happened on {}.", "Oct. 23", "1998-10-23", "DATE", None),
    (FRIDAY, "{}", "two decades", "P20Y", "DURATION", None),
    (FRIDAY, "over {}", "the next three quarters", "P9M", "DURATION", None),
    (FRIDAY, "{}", "the past four months", "P4M", "DURATION", None),
    (FRIDAY, "They fought for {}.", "years", "PXY", "DURATION", None),
    (FRIDAY, "It was a {} battle.", "decades-long", "PXY", "DURATION", None),
    (FRIDAY, "They were exiles for {}.", "decades", "PXY", "DURATION", None),
    (FRIDAY, "Many patients died over {}.", "the years", "PXY", "DURATION", None),
    (FRIDAY, "In {} that followed, they fought on.", "the years", "PXY", "DURATION", None),
    (FRIDAY, "Funds must sell bonds in {}.", "the weeks ahead", "PXW", "DURATION", None),
    (FRIDAY, "The loan may be extended for {}.", "an additional year", "P1Y", "DURATION", None),
    (FRIDAY, "Islam will {} be the second largest religion.", "one day", "FUTURE_REF", "DATE", None),
    (FRIDAY, "The strike will last {}.", "one day", "P1D", "DURATION", None),
    (FRIDAY, "It took {}.", "a week", "P1W", "DURATION", None),
    (FRIDAY, "a {} truce", "48-hour", "PT48H", "DURATION", None),
    # clock times
    (FRIDAY, "It began at {}.", "9:30 a.m.", "2024-03-22T09:30", "TIME", None),
    (FRIDAY, "{}", "noon", "2024-03-22T12:00", "TIME", None),
    (FRIDAY, "It began at {}.", "8.30pm", "2024-03-22T20:30", "TIME", None),
    (FRIDAY, "It began at {}.", "3am", "2024-03-22T03:00", "TIME", None),
    (FRIDAY, "He will leave at {}.", "4 in the morning", "2024-03-22T04:00", "TIME", None),
    (FRIDAY, "They met at {}.", "9 o'clock", "2024-03-22T09:00", "TIME", None),
    # sets
    (FRIDAY, "{}", "every Monday", "XXXX-WXX-1", "SET", None),
    (FRIDAY, "The shop closes on {}.", "Mondays", "XXXX-WXX-1", "SET", None),
    (FRIDAY, "Flights leave Bombay on {} from March 30.", "Tuesday nights", "XXXX-WXX-2TNI", "SET", None),
    (FRIDAY, "Orangemen march {} from their church.", "each July", "XXXX-07", "SET", None),
    (FRIDAY, "{}", "annually", "P1Y", "SET", None),
    (FRIDAY, "{}", "twice a week", "P1W", "SET", None),
]


def _resolve(published: date, sentence: str, phrase: str) -> tuple[str | None, str, str | None, str]:
    text = sentence.replace("{}", phrase)
    start = text.index(phrase)
    found = RESOLVER(Document(text=text, publication_date=published))
    for timex in found:
        if timex.start == start and timex.end == start + len(phrase):
            return timex.value, timex.type.value, timex.mod, timex.text
    raise AssertionError(f"{phrase!r} not found as a whole in {text!r}: {[(t.text, t.value) for t in found]}")


@pytest.mark.parametrize(
    ("published", "sentence", "phrase", "value", "type_", "mod"),
    EXAMPLES,
    ids=[f"{row[0]}-{row[2]}" for row in EXAMPLES],
)
def test_example(published: date, sentence: str, phrase: str, value: str, type_: str, mod: str | None) -> None:
    got_value, got_type, got_mod, _ = _resolve(published, sentence, phrase)
    assert (got_value, got_type, got_mod) == (value, type_, mod)


def test_table_is_large_and_crosses_year_boundaries() -> None:
    assert len(EXAMPLES) >= 60
    assert any(row[0].month == 1 and row[3].startswith(str(row[0].year - 1)) for row in EXAMPLES)


NEGATIVES = [
    "May I have a word?",
    "They plan to march on the capital.",
    "Fall Out Boy played a concert.",
    "The Sunday Times reported the story.",
    "She joined The Dayton Daily News after college.",
    "He paid $2024 for the ticket.",
    "The score was 2020 to 1990 points.",
    "The 65-year-old driver was unhurt.",
    "She once lived in Paris and previously worked in Rome.",
    "The quarterly report was filed.",
    "Mr. Smith, 52 years old, retired.",
    "They decorated the Christmas tree.",
    "Nineteen people were hurt.",
    "The preferred pays $1.76 a year.",
    "Flights rose to four flights a week.",
    "It would be a second betrayal.",
    "It holds more than a quarter of the market.",
    "He left the week after the vote.",
    "Version 2024.13.01 shipped.",
    "These are the cars of tomorrow.",  # "of tomorrow", "of yesterday": the times in general
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative_corpus(text: str) -> None:
    found = RESOLVER(Document(text=text, publication_date=FRIDAY))
    assert [t.text for t in found] == []


def test_negative_examples_of_the_data_file_find_nothing() -> None:
    language = load_language("en")
    assert language.negative_examples
    for text in language.negative_examples:
        assert find_mentions(text, language) == [], text


@pytest.mark.parametrize("rule", load_language("en").rules, ids=lambda rule: rule.name)
def test_every_rule_finds_its_own_example(rule: object) -> None:
    """Also guards the trigger classes: a rule whose triggers miss its example finds nothing."""
    language = load_language("en")
    from timeline.resolver.language import CompiledRule

    assert isinstance(rule, CompiledRule)
    text = f"Officials said {rule.example} ."
    mentions = find_mentions(text, language)
    assert any(m.rule.name == rule.name for m in mentions), [(m.text, m.rule.name) for m in mentions]


def test_seed_expectations() -> None:
    text = (
        "Secretary of State Antony Blinken visited Israel on Friday. On Thursday he met leaders. "
        "As recently as last week, officials insisted. The approach changed abruptly on Monday. "
        "Just hours later, the adviser announced it. The war began on Oct. 7. Talks resume next week."
    )
    found = {t.text: t.value for t in RESOLVER(Document(text=text, publication_date=FRIDAY))}
    assert found["Friday"] == "2024-03-22"
    assert found["Thursday"] == "2024-03-21"
    assert found["last week"] == "2024-W11"
    assert found["Monday"] == "2024-03-18"
    assert found["Just hours later"] == "2024-03-18"
    assert found["Oct. 7"] == "2023-10-07"
    assert found["next week"] == "2024-W13"


def test_a_vague_count_later_or_earlier_is_an_interval_from_its_least_count() -> None:
    """ "A few days later" than March 4 is March 6 or after ("a few" is at least two), "weeks later" two
    weeks on or more (a plural is more than one), "several days earlier" three days back or more; the
    far side stays open, and none of them moves the story's time."""
    text = (
        "The deal was signed on March 4. A few days later, the company announced layoffs. Weeks later, the CEO"
        " resigned. Several days earlier, the board had met."
    )
    found = {t.text: t for t in RESOLVER(Document(text=text, publication_date=FRIDAY))}
    few, weeks, several = found["A few days later"], found["Weeks later"], found["Several days earlier"]
    assert few.interval is not None and (few.interval.earliest, few.interval.latest) == ("2024-03-06", None)
    assert weeks.interval is not None and (weeks.interval.earliest, weeks.interval.latest) == ("2024-03-18", None)
    assert several.interval is not None and (several.interval.earliest, several.interval.latest) == (None, "2024-03-01")
    assert few.explanation == (
        "at least 2 days after the last time mentioned ('March 4', 2024-03-04): on or after 2024-03-06"
    )
    assert [t.anchor.value for t in (few, weeks, several)] == ["2024-03-04"] * 3
    ago = next(iter(RESOLVER(Document(text="It fell a few days ago.", publication_date=FRIDAY))))
    assert ago.value == "PAST_REF" and ago.interval is not None and ago.interval.latest == "2024-03-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters were called at 11:40 p.m. on Sunday.", "2023-12-31T23:40"),
        ("The talks resumed at noon, Friday.", "2023-12-29T12:00"),
        ("They met Sunday at 11:40 p.m.", "2023-12-31T23:40"),
    ],
)
def test_a_clock_time_takes_the_day_next_to_it(text: str, expected: str) -> None:
    from datetime import date

    from timeline.pipeline import Document
    from timeline.resolver import RuleBasedResolver

    times = RuleBasedResolver()(Document(text=text, publication_date=date(2024, 1, 2)))
    assert expected in [t.value for t in times]


def test_dateparser_runs_only_on_month_words() -> None:
    """A day, a word and a year ('5 goals 2024') reach dateparser only if the word is a month."""
    from timeline.resolver import foreign

    before = foreign._parse.cache_info().misses
    found = RESOLVER(Document(text="He scored 5 goals 2024 and 31 febbraio 2020.", publication_date=FRIDAY))
    assert [t.text for t in found] == ["2024", "2020"]
    assert foreign._parse.cache_info().misses - before <= 1  # only "31 febbraio 2020" (no such day)


def test_nothing_lies_before_the_first_day_of_the_calendar() -> None:
    """'recently' published on 0001-01-01 would end before the calendar starts: left unresolved."""
    from timeline import Pipeline

    timeline = Pipeline(detector=lambda document: [])("Friday recently, several years ago", date(1, 1, 1))
    assert [t.value for t in timeline.times] == [None, None, None]
    timeline.to_dict()  # every interval serialises


def test_a_bare_day_goes_with_the_verb_next_to_it_in_the_full_pipeline() -> None:
    """With the parse, 'announced Wednesday' is past though the clause's head ('would appeal') looks
    ahead; a day with no tense marker near it still takes the parse's tense."""
    from timeline import extract_timeline

    tl = extract_timeline(
        "They said they would appeal the decision, announced Wednesday by the commissioner.", "2000-01-07"
    )
    assert [(t.text, t.value) for t in tl.times] == [("Wednesday", "2000-01-05")]
    tl = extract_timeline("Leaders of both parties will meet Monday in London.", "1998-05-01")
    assert [(t.text, t.value) for t in tl.times] == [("Monday", "1998-05-04")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # before the expression the nearest marker wins, a future marker by its distance too
        ("He will say he resigned {} after all", "past"),
        ("He resigned and will leave {} after all", "future"),
        ("It is said he will go {}", "future"),
        ("The firm has {}", "present"),
        # none before: the first marker after it
        ("{} the board voted, and it will meet", "past"),
        ("{} the board will meet, it decided", "future"),
        ("{} nothing here", "unknown"),
        # a clause break ends the search
        ("He resigned. {} nothing", "unknown"),
    ],
)
def test_orientation_from_nearby_words(sentence: str, expected: str) -> None:
    """The nearest tense marker on either side (before it first) gives the clause's orientation."""
    from timeline.grammar import orientation_from_text

    text = sentence.replace("{}", "Friday")
    start = text.index("Friday")
    assert orientation_from_text(text, start, start + len("Friday")).value == expected


@pytest.fixture(scope="module")
def resolve_parsed() -> Callable[[str], dict[str, str | None]]:
    """The resolver with the spaCy parse, as the pipeline runs it: values by phrase, published Friday."""
    from timeline.nlp import load_model, parse

    nlp = load_model()
    resolver = RuleBasedResolver()

    def run(text: str) -> dict[str, str | None]:
        document = Document(text=text, publication_date=FRIDAY, parse=parse(nlp, text))
        return {t.text: t.value for t in resolver(document)}

    return run


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # a past participle on a noun takes the tense of the noun's verb: done before a past or present clause
        ("The bill, introduced in May, passed the Senate on Tuesday.", "May", "2023-05"),
        ("The company rejected a merger first proposed in May.", "May", "2023-05"),
        ("The bill, introduced on May 3, passed the Senate on Tuesday.", "May 3", "2023-05-03"),
        ("The bill, introduced in May, faces a vote.", "May", "2023-05"),
        ("The bill, introduced in April and amended in May, passed the Senate.", "April", "2023-04"),
        # ... or on a clause
        ("Elected in May, he took office in June.", "May", "2023-05"),
        # a gerund after a preposition shares its clause's time
        ("After meeting in May, they agreed on a deal.", "May", "2023-05"),
        ("After meeting in May, they will sign a deal.", "May", "2024-05"),
        # an infinitive looks ahead
        ("The plan, to be unveiled in May, will cut taxes.", "May", "2024-05"),
        # part of the participle's object, the date is no time of it
        ("By setting a May 3 deadline, the board gave them time.", "May 3", "2024-05-03"),
        # a gerund under a participle borrows that one's time
        ("A man accused of setting the fire in May was arrested on Tuesday.", "May", "2023-05"),
        # the verb the date modifies says its own past or future, even past a phrase before the date
        ("The fire broke out just after midnight on May 14 and destroyed the church.", "May 14", "2023-05-14"),
        ("The fire was put out in May.", "May", "2023-05"),
        ("The plant will reopen in December after repairs, the company said.", "December", "2024-12"),
        # ... but not when it takes the date as a target or bound: the tense is the verb's, not the date's
        ("The offer was extended to May 16.", "May 16", "2024-05-16"),
        ("The accession was planned for early May.", "early May", "2024-05"),
        # a present of a scheduled event the day locates looks ahead, past its object; not a denied one
        ("Arsenal, who led the table in March, face Chelsea on Wednesday.", "Wednesday", "2024-03-27"),
        ("He did not play on Wednesday.", "Wednesday", "2024-03-20"),
        # a modal's is no clear future: the nearest one
        ("The company said it would close the plant in May.", "May", "2024-05"),
    ],
)
def test_a_participle_reads_the_tense_of_the_clause_it_hangs_in(
    resolve_parsed: Callable[[str], dict[str, str | None]], sentence: str, phrase: str, value: str
) -> None:
    """A month the tense would send most of a year back is trusted when the tense is that of the
    verb it modifies: a past or "will" future of its own, or a participle's or gerund's, read from
    the clause around it."""
    assert resolve_parsed(sentence)[phrase] == value
