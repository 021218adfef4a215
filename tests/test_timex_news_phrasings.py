"""An acceptance set of the phrasings today's news uses, each in a short hand-written sentence (no
corpus text), with the TIMEX3 value, type and mod TimeML writes for it.

TBAQ, the corpus the resolver was developed on, is 1990s newswire; this set covers what it rarely
holds: "this past weekend", "the week before last", "every 15 minutes", ISO and day-first dates,
holidays, quarters and halves, fiscal years, weekdays near year and ISO week-year boundaries, and
numbers that look like years but count things ("the 1600 block", "2024 kilograms"), tense that
decides most of a year away, present tenses of schedules, and expressions the resolver once
missed ("a quarter century", "overnight", "a week from Tuesday", "this time last year", "the
first week of March", "'98", "9/11", year and day ranges). Resolver only
(no spaCy parse) unless the parse's tense decides, where the full pipeline runs.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline import extract_timeline
from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver

F = date(2024, 3, 22)  # a Friday, in ISO week 2024-W12
MON = date(2024, 3, 25)  # a Monday, 2024-W13
DEC30 = date(2024, 12, 30)  # a Monday in ISO week 2025-W01
JAN1 = date(2021, 1, 1)  # a Friday in ISO week 2020-W53
JAN5 = date(2024, 1, 5)  # a Friday
NOV20 = date(2024, 11, 20)  # a Wednesday
TUE = date(2024, 3, 26)  # a Tuesday
JAN10 = date(2024, 1, 10)  # in winter 2024-WI (December 2023 to February 2024)
JUL1 = date(2024, 7, 1)  # in summer 2024-SU
DEC10 = date(2024, 12, 10)  # in winter 2025-WI (December 2024 to February 2025)
JUL15 = date(2024, 7, 15)  # a Monday in summer 2024-SU, between winters 2024-WI and 2025-WI
N = None
SAME_PERIOD = "the same period last year"
RESOLVER = RuleBasedResolver(use_parse=False)


def _found(text: str, published: date) -> list[tuple[str, str | None, str, str | None]]:
    return [(t.text, t.value, t.type.value, t.mod) for t in RESOLVER(Document(text=text, publication_date=published))]


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str, str, str | None]] = [
    # weekdays
    (F, "The senator resigned Friday after the vote.", "Friday", "2024-03-22", "DATE", N),
    (F, "Police arrested two men on Tuesday.", "Tuesday", "2024-03-19", "DATE", N),
    (F, "The council will meet Thursday to vote.", "Thursday", "2024-03-28", "DATE", N),
    (F, "Senate passes budget bill Thursday", "Thursday", "2024-03-21", "DATE", N),
    (MON, "Shares fell sharply on Monday.", "Monday", "2024-03-25", "DATE", N),
    (MON, "Officials said Sunday that the fire was contained.", "Sunday", "2024-03-24", "DATE", N),
    (DEC30, "The storm hit the coast on Saturday.", "Saturday", "2024-12-28", "DATE", N),
    (JAN1, "Fireworks lit up the sky on Thursday.", "Thursday", "2020-12-31", "DATE", N),
    (F, "The president spoke Tuesday evening.", "Tuesday evening", "2024-03-19TEV", "TIME", N),
    (F, "A fire broke out Friday night.", "Friday night", "2024-03-22TNI", "TIME", N),
    # after a possessive a weekday is a day even before a capitalized noun ("The Sunday Times" is a name)
    (MON, "In his Sunday Mass, the cardinal condemned the attack.", "Sunday", "2024-03-24", "DATE", N),
    # "early"/"late" before a weekday are mods, as before "yesterday" (TimeML START/END); not after "was"
    (F, "The storm will make landfall late Sunday.", "late Sunday", "2024-03-24", "DATE", "END"),
    (F, "Early Monday, rebels shelled the town.", "Early Monday", "2024-03-18", "DATE", "START"),
    (F, "The train was late Monday.", "Monday", "2024-03-18", "DATE", N),
    # "at" is a signal between two TIMEX3s; the clock time takes the day named beside it
    (F, "The vote is set for Monday at noon.", "noon", "2024-03-25T12:00", "TIME", N),
    (F, "As of Monday, 40 people had died.", "Monday", "2024-03-18", "DATE", N),
    (F, "Markets rallied after Wednesday's rate cut.", "Wednesday", "2024-03-20", "DATE", N),
    (F, "Investors await next Tuesday's jobs report.", "next Tuesday", "2024-03-26", "DATE", N),
    (F, "The museum opens every Monday.", "every Monday", "XXXX-WXX-1", "SET", N),
    (F, "She swims on Sundays.", "Sundays", "XXXX-WXX-7", "SET", N),
    # weeks and weekends
    (F, "Prices rose last week.", "last week", "2024-W11", "DATE", N),
    (F, "Analysts expect next week's meetings to be tense.", "next week", "2024-W13", "DATE", N),
    # "earlier this week/year": the span with mod START, as TBAQ writes "earlier this year"
    (F, "Ministers met earlier this week.", "earlier this week", "2024-W12", "DATE", "START"),
    (F, "The strike began the week before last.", "the week before last", "2024-W10", "DATE", N),
    (F, "Rents fell the year before last.", "the year before last", "2022", "DATE", N),
    (F, "The summit opens the week after next.", "the week after next", "2024-W14", "DATE", N),
    (MON, "The mayor resigned this past Wednesday.", "this past Wednesday", "2024-03-20", "DATE", N),
    (MON, "Protesters gathered this past weekend.", "this past weekend", "2024-W12-WE", "DATE", N),
    (MON, "Three people died in crashes over the weekend.", "the weekend", "2024-W12-WE", "DATE", N),
    (F, "Crowds are expected this weekend.", "this weekend", "2024-W12-WE", "DATE", N),
    # on a Friday "the weekend" is the coming one, unless the verb is past
    (F, "Crowds are expected over the weekend.", "the weekend", "2024-W12-WE", "DATE", N),
    (F, "Officials spent the weekend negotiating.", "the weekend", "2024-W11-WE", "DATE", N),
    (DEC30, "Ticket sales fell last week.", "last week", "2024-W52", "DATE", N),
    (DEC30, "Schools reopen next week.", "next week", "2025-W02", "DATE", N),
    (JAN1, "The vaccine arrived last week.", "last week", "2020-W52", "DATE", N),
    (JAN1, "Offices reopen next week.", "next week", "2021-W01", "DATE", N),
    # months and years
    (F, "By the end of the month, the plant will close.", "the end of the month", "2024-03", "DATE", "END"),
    (F, "Inflation rose earlier this month.", "earlier this month", "2024-03", "DATE", "START"),
    (F, "The company was sold late last year.", "late last year", "2023", "DATE", "END"),
    (F, "The bridge should reopen early next year.", "early next year", "2025", "DATE", "START"),
    (F, "Sales are up 8% so far this year.", "this year", "2024", "DATE", N),
    (F, "Construction is due to finish in mid-2025.", "mid-2025", "2025", "DATE", "MID"),
    (F, "The merger closed in late 2023.", "late 2023", "2023", "DATE", "END"),
    (F, "Rents fell in mid-March.", "mid-March", "2024-03", "DATE", "MID"),
    (F, "Exports rose last month.", "last month", "2024-02", "DATE", N),
    (DEC30, "Exports will rise next month.", "next month", "2025-01", "DATE", N),
    (DEC30, "Unemployment fell this year.", "this year", "2024", "DATE", N),
    (JAN1, "The pandemic dominated last year.", "last year", "2020", "DATE", N),
    (DEC30, "Elections are due next year.", "next year", "2025", "DATE", N),
    # quarters, halves, fiscal years
    (F, "Profit doubled in the first half of 2023.", "the first half of 2023", "2023-H1", "DATE", N),
    (F, "Growth should pick up in the second half.", "the second half", "2024-H2", "DATE", N),
    (F, "Revenue grew 4% in Q3 2023.", "Q3 2023", "2023-Q3", "DATE", N),
    (F, "Revenue grew 4% in the third quarter.", "the third quarter", "2023-Q3", "DATE", N),
    # "the past quarter", as "the past year": the last one, a DATE (was "the past", PAST_REF)
    (F, "Sales fell in the past quarter.", "the past quarter", "2023-Q4", "DATE", N),
    (F, "Revenue will grow in the second quarter.", "the second quarter", "2024-Q2", "DATE", N),
    (F, "The agency's budget for FY2024 was cut.", "FY2024", "2024", "DATE", N),
    (F, "The agency's budget for fiscal 2025 was cut.", "fiscal 2025", "2025", "DATE", N),
    (F, "Earnings rose in the fourth quarter of 2023.", "the fourth quarter of 2023", "2023-Q4", "DATE", N),
    # absolute dates
    (F, "The report was released on 2024-03-18.", "2024-03-18", "2024-03-18", "DATE", N),
    (F, "The report was released on 18/03/2024.", "18/03/2024", "2024-03-18", "DATE", N),
    (F, "The report was released on March 18th.", "March 18th", "2024-03-18", "DATE", N),
    # "on the 18th": a day of the month the story is in, the publication month's by the tense
    (F, "The report was released on the 18th.", "the 18th", "2024-03-18", "DATE", N),
    (F, "Voting ends on the 28th.", "the 28th", "2024-03-28", "DATE", N),
    (F, "The vote will be held on the 5th.", "the 5th", "2024-04-05", "DATE", N),
    (F, "Talks began on May 3, 2023 and ended on the 7th.", "the 7th", "2023-05-07", "DATE", N),
    (F, "Survivors marked the Oct. 7 attack.", "Oct. 7", "2023-10-07", "DATE", N),
    (F, "The trial opens on April 15.", "April 15", "2024-04-15", "DATE", N),
    (F, "The trial opened on November 3.", "November 3", "2023-11-03", "DATE", N),
    (F, "He was born on 4 July 1976.", "4 July 1976", "1976-07-04", "DATE", N),
    (F, "The deal was signed in March 2021.", "March 2021", "2021-03", "DATE", N),
    (F, "The law was passed on Sept. 9, 2001.", "Sept. 9, 2001", "2001-09-09", "DATE", N),
    (DEC30, "The tax rises on January 15.", "January 15", "2025-01-15", "DATE", N),
    (JAN1, "Cases peaked on December 20.", "December 20", "2020-12-20", "DATE", N),
    # holidays
    (F, "He died on Christmas Eve.", "Christmas Eve", "2023-12-24", "DATE", N),
    (F, "Stores were closed on New Year's Day.", "New Year's Day", "2024-01-01", "DATE", N),
    (F, "Air travel peaked around Thanksgiving.", "Thanksgiving", "2023-11-23", "DATE", N),
    (F, "Stores will stay open on Christmas Day.", "Christmas Day", "2024-12-25", "DATE", N),
    (F, "The parade will take place on New Year's Eve.", "New Year's Eve", "2024-12-31", "DATE", N),
    # clock times
    (F, "The polls close at 8 p.m.", "8 p.m.", "2024-03-22T20:00", "TIME", N),
    (F, "The briefing begins at 3:30 p.m. ET.", "3:30 p.m. ET", "2024-03-22T15:30", "TIME", N),
    (F, "The blast happened at 6:15 a.m. Tuesday.", "6:15 a.m. Tuesday", "2024-03-19T06:15", "TIME", N),
    (F, "The train left at noon.", "noon", "2024-03-22T12:00", "TIME", N),
    (F, "Flights resumed at 14:30.", "14:30", "2024-03-22T14:30", "TIME", N),
    # a bare hour before a part of day takes its half of the day and its day (TimeML T22:30)
    (F, "The train leaves at 10:30 tonight.", "10:30 tonight", "2024-03-22T22:30", "TIME", N),
    (F, "The blast hit at 11 last night.", "11 last night", "2024-03-21T23:00", "TIME", N),
    (F, "He spoke at 9 this morning.", "9 this morning", "2024-03-22T09:00", "TIME", N),
    (F, "Snow fell this morning.", "this morning", "2024-03-22TMO", "TIME", N),
    (F, "The ceremony will be held tomorrow afternoon.", "tomorrow afternoon", "2024-03-23TAF", "TIME", N),
    (F, "Rescuers worked through last night.", "last night", "2024-03-21TNI", "TIME", N),
    # durations
    (F, "The strike lasted more than a month.", "more than a month", "P1M", "DURATION", "MORE_THAN"),
    (F, "Deaths rose in the past 24 hours.", "the past 24 hours", "PT24H", "DURATION", N),
    (F, "He has lived there for nearly two years.", "nearly two years", "P2Y", "DURATION", "LESS_THAN"),
    (F, "Rents rose over the last three years.", "the last three years", "P3Y", "DURATION", N),
    (F, "The meeting lasted half an hour.", "half an hour", "PT30M", "DURATION", N),
    # an unknown number of decades: PXY, as TimeBank writes "decades-long"
    (F, "The feud has lasted for decades.", "decades", "PXY", "DURATION", N),
    (F, "A deal could come within weeks.", "weeks", "PXW", "DURATION", N),
    (F, "Prices will rise in the next few months.", "the next few months", "PXM", "DURATION", N),
    # TBAQ leaves the article out of "coming weeks"
    (F, "Officials will decide in the coming days.", "coming days", "PXD", "DURATION", N),
    (F, "The trial lasted 48 hours.", "48 hours", "PT48H", "DURATION", N),
    (F, "Talks dragged on for three weeks.", "three weeks", "P3W", "DURATION", N),
    # "the past year" as "last year", a DATE, as TBAQ writes it
    (F, "Shares rose 5% in the past year.", "the past year", "2023", "DATE", N),
    # relative to now
    (F, "He left the company two years ago.", "two years ago", "2022", "DATE", N),
    (F, "She moved to Paris three months ago.", "three months ago", "2023-12", "DATE", N),
    (F, "The factory opened five days ago.", "five days ago", "2024-03-17", "DATE", N),
    (F, "The verdict is expected two weeks from now.", "two weeks from now", "2024-W14", "DATE", N),
    # "in two weeks' time" is "two weeks from now"; "took two weeks' time" stays a length
    (F, "The results come in two weeks' time.", "two weeks' time", "2024-W14", "DATE", N),
    (F, "Elections are due in a year's time.", "a year's time", "2025", "DATE", N),
    (F, "It took two weeks' time to build.", "two weeks", "P2W", "DURATION", N),
    (F, "Prices are rising now.", "now", "PRESENT_REF", "DATE", N),
    (F, "The agency recently changed its rules.", "recently", "PAST_REF", "DATE", N),
    (F, "More cuts may come in the future.", "the future", "FUTURE_REF", "DATE", N),
    (F, "Such storms were rare in the recent past.", "the recent past", "PAST_REF", "DATE", N),
    # "recent" before an event noun places it in the past (TimeML PAST_REF); before a unit it is a stretch
    (F, "Analysts blamed recent losses on the strike.", "recent", "PAST_REF", "DATE", N),
    (F, "A recent survey found wide support.", "recent", "PAST_REF", "DATE", N),
    (F, "Prices rose in recent weeks.", "recent weeks", "PXW", "DURATION", N),
    # "soon", the mirror of "recently": some time shortly after now
    (F, "Prosecutors may soon seek an indictment.", "soon", "FUTURE_REF", "DATE", N),
    (F, "The fix will be rolled out very soon.", "very soon", "FUTURE_REF", "DATE", N),
    (F, "The rest of the shares will be sold at a later date.", "a later date", "FUTURE_REF", "DATE", N),
    (F, "Residents will have to live without power for a while.", "a while", "PXX", "DURATION", N),
    # "a high for the year of $42": the amount, not "the year of ..." naming a year
    (F, "The stock hit a high for the year of $42 in June.", "the year", "2024", "DATE", N),
    # the day a market closed is the day the story is at, not a length
    (F, "The Dow gained 155 points to end the day at 9,505.", "the day", "2024-03-22", "DATE", N),
    (F, "On Thursday the index fell, finishing the day 2% lower.", "the day", "2024-03-21", "DATE", N),
    # "today is the eighth day of...", "for a third straight day": the day the story is at
    (F, "Today is the eighth day of the strike.", "the eighth day", "2024-03-22", "DATE", N),
    (
        F,
        "Clashes erupted on Wednesday. It was the second day of the offensive.",
        "the second day",
        "2024-03-20",
        "DATE",
        N,
    ),
    (F, "Trading was suspended for a second consecutive day.", "a second consecutive day", "2024-03-22", "DATE", N),
    (F, "Colonies on Mars lie in the distant future.", "the distant future", "FUTURE_REF", "DATE", N),
    (F, "Sales were flat yesterday.", "yesterday", "2024-03-21", "DATE", N),
    (JAN1, "The curfew ends tomorrow.", "tomorrow", "2021-01-02", "DATE", N),
    # decades, centuries, years as modifiers, seasons
    (F, "Crime fell in the 1990s.", "the 1990s", "199", "DATE", N),
    (F, "The house dates from the 19th century.", "the 19th century", "18", "DATE", N),
    (F, "Fraud claims after the 2020 election were dismissed.", "2020", "2020", "DATE", N),
    (F, "Sales rose in the 2010s.", "the 2010s", "201", "DATE", N),
    (F, "The company was founded in 1998.", "1998", "1998", "DATE", N),
    (F, "Students of the Class of 2024 graduate in June.", "2024", "2024", "DATE", N),
    (F, "The shop opened last summer.", "last summer", "2023-SU", "DATE", N),
    (F, "Prices fell in the spring of 2022.", "the spring of 2022", "2022-SP", "DATE", N),
    (F, "Prices rose this winter.", "this winter", "2024-WI", "DATE", N),
    # sets
    (F, "The magazine is published weekly.", "weekly", "P1W", "SET", N),
    (F, "Fees are reviewed annually.", "annually", "P1Y", "SET", N),
    (F, "The board meets every two weeks.", "every two weeks", "P2W", "SET", N),
    (F, "Buses run every 15 minutes.", "every 15 minutes", "PT15M", "SET", N),
    (F, "Patrols pass every two hours.", "every two hours", "PT2H", "SET", N),
    # tense that decides most of a year away, present tenses of schedules, expressions once missed
    # a simple past or "will" future right before a month decides, even most of a year away
    (DEC30, "Sales rose in January.", "January", "2024-01", "DATE", N),
    (DEC30, "The company was sold in January.", "January", "2024-01", "DATE", N),
    (JAN5, "The plant will open in December.", "December", "2024-12", "DATE", N),
    (DEC30, "Exports fell sharply on Jan. 3.", "Jan. 3", "2024-01-03", "DATE", N),
    # ... also with a particle after the verb ("broke down", "shut down")
    (date(2024, 1, 2), "Talks between the two sides broke down in March.", "March", "2023-03", "DATE", N),
    (date(2024, 1, 2), "The plant shut down in February.", "February", "2023-02", "DATE", N),
    # ... but a half of the year stays one when no game is in the sentence
    (F, "Profit rose 8 percent in the first half.", "the first half", "2024-H1", "DATE", N),
    # after "since", a month or day is the start of a span up to now: past, however far back
    (date(2024, 11, 13), "Prices have risen since January.", "January", "2024-01", "DATE", N),
    (date(2024, 11, 13), "Prices have risen since Jan. 13.", "Jan. 13", "2024-01-13", "DATE", N),
    (JAN5, "The firm has hired 300 people since February.", "February", "2023-02", "DATE", N),
    # ... but a tense read further off is no better than the nearest month
    (DEC30, "The deal is expected to close in January.", "January", "2025-01", "DATE", N),
    (DEC30, "The board has set Jan. 3 as the deadline.", "Jan. 3", "2025-01-03", "DATE", N),
    (DEC30, "He said the rules will be published in January.", "January", "2025-01", "DATE", N),
    # a present tense of a schedule looks ahead; a past event reported in the present does not
    (F, "The talks resume Monday.", "Monday", "2024-03-25", "DATE", N),
    (F, "Officials said the talks resume Monday.", "Monday", "2024-03-25", "DATE", N),
    (F, "Officials say the attack happened Monday.", "Monday", "2024-03-18", "DATE", N),
    (F, "The exhibition opens on Christmas Eve.", "Christmas Eve", "2024-12-24", "DATE", N),
    (NOV20, "The festival takes place on New Year's Eve.", "New Year's Eve", "2024-12-31", "DATE", N),
    (F, "The league kicks off Sunday.", "Sunday", "2024-03-24", "DATE", N),
    (F, "Stocks rose at the close Monday.", "Monday", "2024-03-18", "DATE", N),
    # fractions of a unit
    (F, "The dispute has lasted a quarter century.", "a quarter century", "P25Y", "DURATION", N),
    (F, "It took a quarter of a century to finish.", "a quarter of a century", "P25Y", "DURATION", N),
    (F, "The ride takes a quarter hour.", "a quarter hour", "PT15M", "DURATION", N),
    # overnight: the night before publication in a past clause, else the coming one
    (F, "Prices rose overnight in Asia.", "overnight", "2024-03-21TNI", "TIME", N),
    (JAN1, "Overnight, rebels shelled the town.", "Overnight", "2020-12-31TNI", "TIME", N),
    (F, "Temperatures will drop overnight.", "overnight", "2024-03-22TNI", "TIME", N),
    # a day counted from a day named
    (F, "The vote is a week from Tuesday.", "a week from Tuesday", "2024-04-02", "DATE", N),
    (F, "The report is due two weeks from today.", "two weeks from today", "2024-04-05", "DATE", N),
    (DEC30, "The law takes effect two weeks from today.", "two weeks from today", "2025-01-13", "DATE", N),
    (F, "He died two weeks ago Monday.", "two weeks ago Monday", "2024-03-04", "DATE", N),
    (F, "The plant closed a year ago Friday.", "a year ago Friday", "2023-03-22", "DATE", N),
    (JAN1, "The plant closed a year ago today.", "a year ago today", "2020-01-01", "DATE", N),
    # this time last year: the publication day a year back
    (F, "Prices were lower this time last year.", "this time last year", "2023-03-22", "DATE", N),
    (DEC30, "We will know more this time next year.", "this time next year", "2025-12-30", "DATE", N),
    # the n-th week of a month: the ISO week holding its n-th Thursday
    (F, "The plant opened the first week of March.", "the first week of March", "2024-W10", "DATE", N),
    (F, "Sales fell in the last week of March.", "the last week of March", "2024-W13", "DATE", N),
    (DEC30, "Talks are planned for the second week of January.", "the second week of January", "2025-W02", "DATE", N),
    (F, "Talks began in the first week of January 2021.", "the first week of January 2021", "2021-W01", "DATE", N),
    # two-digit years: the latest such year up to publication, unless the clause looks ahead
    (F, "He graduated in '98.", "'98", "1998", "DATE", N),
    (F, "The bridge was built in '05.", "'05", "2005", "DATE", N),
    (JAN1, "The class of '20 graduated online.", "'20", "2020", "DATE", N),
    (F, "The team will host the games in '28.", "'28", "2028", "DATE", N),
    # 9/11 as the name of the attacks; "on 9/11" looking ahead is the coming September 11
    (F, "Airport security has tightened since 9/11.", "9/11", "2001-09-11", "DATE", N),
    (F, "The 9/11 attacks changed the city.", "9/11", "2001-09-11", "DATE", N),
    (F, "The memorial will reopen on 9/11.", "9/11", "2024-09-11", "DATE", N),
    # year ranges and day ranges: each year, each day a DATE of its own
    (F, "Sales rose 2019-2021.", "2019", "2019", "DATE", N),
    (F, "Sales rose 2019-2021.", "2021", "2021", "DATE", N),
    (F, "He served from 2019 to 2021.", "2021", "2021", "DATE", N),
    (F, "He served between 2019 and 2021.", "2019", "2019", "DATE", N),
    (NOV20, "The summit is Dec. 17-18.", "Dec. 17", "2024-12-17", "DATE", N),
    (NOV20, "The summit is Dec. 17-18.", "18", "2024-12-18", "DATE", N),
    (DEC30, "The fair runs Jan. 3–5 in Paris.", "5", "2025-01-05", "DATE", N),
    # a year after the second day dates both
    (F, "The fair ran March 3-5, 2019, in Lyon.", "March 3", "2019-03-03", "DATE", N),
    (F, "The fair ran March 3-5, 2019, in Lyon.", "5, 2019", "2019-03-05", "DATE", N),
    (F, "Talks were held Oct. 5 and 7, 1998.", "Oct. 5", "1998-10-05", "DATE", N),
    # "overnight" in a sentence that names a day: the night before that day, not before publication
    (TUE, "Overnight, rebels shelled the city, officials said on Sunday.", "Overnight", "2024-03-23TNI", "TIME", N),
    (TUE, "On Sunday, officials said rebels had shelled the city overnight.", "overnight", "2024-03-23TNI", "TIME", N),
    (TUE, "Rebels shelled the city overnight, officials said yesterday.", "overnight", "2024-03-24TNI", "TIME", N),
    # ... not a day naming something else, nor one in another sentence
    (TUE, "Prices rose overnight after Sunday's vote.", "overnight", "2024-03-25TNI", "TIME", N),
    (TUE, "Prices rose overnight. On Sunday, the vote took place.", "overnight", "2024-03-25TNI", "TIME", N),
    (TUE, "Overnight, the two sides blamed each other.", "Overnight", "2024-03-25TNI", "TIME", N),
    # a habitual or generic sentence: a recurring day is a SET, and its night no dated one
    (TUE, "The museum stays open overnight on Fridays.", "overnight", "XXXX-XX-XXTNI", "TIME", N),
    (TUE, "The museum stays open overnight on Fridays.", "Fridays", "XXXX-WXX-5", "SET", N),
    (TUE, "The market usually falls overnight.", "overnight", "XXXX-XX-XXTNI", "TIME", N),
    (TUE, "Every year the lab runs experiments overnight.", "overnight", "XXXX-XX-XXTNI", "TIME", N),
    (TUE, "The lab runs experiments overnight every Friday.", "overnight", "XXXX-XX-XXTNI", "TIME", N),
    (TUE, "Overnight, each side fired rockets.", "Overnight", "2024-03-25TNI", "TIME", N),  # no habit
    # a season in a sentence that looks ahead (a verb of intending, a modal, "before"): the coming one
    (JAN10, "Officials want the bridge repaired before the winter.", "the winter", "2025-WI", "DATE", N),
    (DEC10, "Officials want the bridge repaired before the winter.", "the winter", "2025-WI", "DATE", N),  # begun
    (JUL1, "Officials want the bridge repaired before the winter.", "the winter", "2025-WI", "DATE", N),
    (JAN10, "The city hopes to finish the work in the summer.", "the summer", "2024-SU", "DATE", N),
    (JAN10, "Crews should be ready for the spring.", "the spring", "2024-SP", "DATE", N),
    # ... a past clause keeps the past one; the one we are in when it is clearly present
    (JAN10, "The bridge was repaired before the winter.", "the winter", "2024-WI", "DATE", N),
    (JAN10, "Snow fell hard during the winter.", "the winter", "2024-WI", "DATE", N),
    (JAN10, "This winter has been mild.", "This winter", "2024-WI", "DATE", N),
    (date(2024, 2, 15), "The winter has been mild.", "The winter", "2024-WI", "DATE", N),
    (JAN10, "The summer was hot.", "The summer", "2023-SU", "DATE", N),
    (DEC10, "The summer was hot.", "The summer", "2024-SU", "DATE", N),
    # year spans with a two-digit second year: each end a DATE, as "2019-2021", unless a noun makes
    # them one year across two (rule split_year: named by its first year)
    (F, "He was top scorer in the 2019-20 season.", "the 2019-20 season", "2019", "DATE", N),
    (F, "The budget for fiscal 2023-24 was cut.", "fiscal 2023", "2023", "DATE", N),
    (F, "The budget for fiscal 2023-24 was cut.", "24", "2024", "DATE", N),
    (F, "Prices rose in 1998-99.", "99", "1999", "DATE", N),
    (F, "Sales fell in 1999-00.", "00", "2000", "DATE", N),
    # a holiday or long weekend is a weekend; on a Friday "at the weekend" (British) is the coming one
    (F, "Traffic deaths rose over the holiday weekend.", "the holiday weekend", "2024-W11-WE", "DATE", N),
    (DEC30, "Traffic deaths rose over the long weekend.", "the long weekend", "2024-W52-WE", "DATE", N),
    (F, "The prime minister will visit Paris at the weekend.", "the weekend", "2024-W12-WE", "DATE", N),
    # the early (small) hours: the start of the day, as "early Sunday"; of the story's day when none is named
    (F, "The attack began in the early hours of Sunday.", "the early hours of Sunday", "2024-03-17", "DATE", "START"),
    (
        JAN1,
        "Police were called in the early hours of Sunday morning.",
        "the early hours of Sunday morning",
        "2020-12-27",
        "DATE",
        "START",
    ),
    (F, "Shots were fired in the small hours.", "the small hours", "2024-03-22", "DATE", "START"),
    (F, "Talks began on Monday and went on into the small hours.", "the small hours", "2024-03-18", "DATE", "START"),
    # dawn and dusk are parts of the day the story is at (TMO, TEV), the day after them if one is named
    (F, "Troops moved in at dawn.", "dawn", "2024-03-22TMO", "TIME", N),
    (F, "Fighting stopped at dusk on Tuesday.", "dusk", "2024-03-19TEV", "TIME", N),
    (DEC30, "The curfew starts at nightfall on New Year's Eve.", "nightfall", "2024-12-31TEV", "TIME", N),
    (F, "On Monday the army attacked at daybreak.", "daybreak", "2024-03-18TMO", "TIME", N),
    # "later/earlier in the week (month, year)": that unit, with mod END/START as "later this year"
    (F, "Markets fell earlier in the week.", "earlier in the week", "2024-W12", "DATE", "START"),
    (DEC30, "Rates will be cut later in the year.", "later in the year", "2024", "DATE", "END"),
    # British orders of a day and month
    (F, "The deadline is the 24th of March.", "the 24th of March", "2024-03-24", "DATE", N),
    (F, "The vote is on March the 24th.", "March the 24th", "2024-03-24", "DATE", N),
    (JAN1, "The summit was held on 12 March.", "12 March", "2020-03-12", "DATE", N),
    # without a locale a numeric date is month first unless its first number is no month (as "18/03/2024")
    (F, "The report was published on 12/03/2024.", "12/03/2024", "2024-12-03", "DATE", N),
    # a weekday range: the second day is the first such day after the first
    (JAN1, "Rain is forecast for Wednesday into Thursday.", "Thursday", "2021-01-07", "DATE", N),
    (F, "The office is open Monday through Friday.", "Friday", "2024-03-29", "DATE", N),
    # a present passive of a forecast or schedule looks ahead, as "the talks resume Monday"
    (F, "Rain is forecast for Wednesday into Thursday.", "Wednesday", "2024-03-27", "DATE", N),
    (F, "The verdict is expected on Monday.", "Monday", "2024-03-25", "DATE", N),
    (F, "The ruling was expected on Monday.", "Monday", "2024-03-18", "DATE", N),
    # "the previous/following Monday": the article belongs to the expression (TimeBank writes it so)
    (F, "The talks resumed the following Monday.", "the following Monday", "2024-03-25", "DATE", N),
    (
        DEC30,
        "The fire began on Jan. 3 and spread the following Monday.",
        "the following Monday",
        "2024-01-08",
        "DATE",
        N,
    ),
    # "of the year" fixes no year: a past tense reads the latest half or quarter begun, as a bare one
    (JAN1, "Hiring slowed in the second half of the year.", "the second half of the year", "2020-H2", "DATE", N),
    (JAN1, "Hiring will slow in the second half of the year.", "the second half of the year", "2021-H2", "DATE", N),
    (F, "Sales rose in the third quarter of the year.", "the third quarter of the year", "2023-Q3", "DATE", N),
    (F, "Sales rose in the first quarter of this year.", "the first quarter of this year", "2024-Q1", "DATE", N),
    # the date of an event nobody schedules ("the Feb. 3 crash") is past, however far back and whatever the tense
    (DEC30, "Rioters stormed the Capitol in the Jan. 6 attack.", "Jan. 6", "2024-01-06", "DATE", N),
    (DEC30, "Officials will review the Feb. 3 crash.", "Feb. 3", "2024-02-03", "DATE", N),
    # ... but a deadline named by its date may lie ahead
    (DEC30, "Officials gave no reason for the Jan. 14 deadline.", "Jan. 14", "2025-01-14", "DATE", N),
    # a clock time's modifier is its mod: "around" APPROX, "shortly after" AFTER (TimeBank writes "around 7:15 p.m." so)
    (F, "The rally began around midday.", "around midday", "2024-03-22T12:00", "TIME", "APPROX"),
    (F, "Police arrived at about 3:15 p.m.", "about 3:15 p.m.", "2024-03-22T15:15", "TIME", "APPROX"),
    (F, "The fire broke out shortly after 2 a.m.", "shortly after 2 a.m.", "2024-03-22T02:00", "TIME", "AFTER"),
    (F, "The shooting happened just before midnight.", "just before midnight", "2024-03-21T24:00", "TIME", "BEFORE"),
    # checked, already right
    (DEC30, "The bill could pass early next week.", "early next week", "2025-W02", "DATE", "START"),
    (JAN1, "Inflation eased late last month.", "late last month", "2020-12", "DATE", "END"),
    (DEC30, "The rules take effect at the start of next month.", "the start of next month", "2025-01", "DATE", "START"),
    (F, "Emissions must fall by the end of the decade.", "the end of the decade", "202", "DATE", "END"),
    (F, "The region boomed in the mid-1980s.", "the mid-1980s", "198", "DATE", "MID"),
    (F, "Trading resumed at 09:00 GMT.", "09:00 GMT", "2024-03-22T09:00Z", "TIME", N),
    (F, "Buses will run every other Tuesday.", "every other Tuesday", "XXXX-WXX-2", "SET", N),
    (F, "Take the pill twice a day.", "twice a day", "P1D", "SET", N),
    (F, "Tickets sold out within hours.", "hours", "PTXH", "DURATION", N),
    (F, "The trial is expected to last six to eight weeks.", "eight weeks", "P8W", "DURATION", N),
    (F, "Home prices rose 5% over the past 12 months.", "the past 12 months", "P12M", "DURATION", N),
    (DEC30, "A day earlier, the company had warned of losses.", "A day earlier", "2024-12-29", "DATE", N),
    (F, "A ceasefire could be agreed within days.", "days", "PXD", "DURATION", N),
    (JAN1, "The plant will close by year's end.", "year's end", "2021", "DATE", "END"),
    (F, "Revenue rose 12% from the year-ago quarter.", "the year-ago quarter", "2022-Q4", "DATE", N),
    # "the same period last year" is the period just told, a year before; with none, the year-ago quarter
    (F, "Car sales rose 9% in February from the same period last year.", SAME_PERIOD, "2023-02", "DATE", N),
    (F, "Profit rose in the third quarter from the same period last year.", SAME_PERIOD, "2022-Q3", "DATE", N),
    (F, "Net income rose from the same period last year.", SAME_PERIOD, "2022-Q4", "DATE", N),
    # "the entire year" is the year told, as "the year" (not publication's, as "the full year" in results)
    (
        JAN5,
        "It lost $4 billion in the fourth quarter of 2023 and $9 billion for the entire year.",
        "the entire year",
        "2023",
        "DATE",
        N,
    ),
    (JAN1, "Crowds packed the beaches this past summer.", "this past summer", "2020-SU", "DATE", N),
    (DEC30, "Profit fell 3% last fiscal year.", "last fiscal year", "2023", "DATE", N),
    (F, "Prices will keep rising through the 2020s.", "the 2020s", "202", "DATE", N),
    (JAN1, "Fans celebrated after Sunday night's game.", "Sunday night", "2020-12-27TNI", "TIME", N),
    (F, "The June 2023 wildfires destroyed 200 homes.", "June 2023", "2023-06", "DATE", N),
    (JAN1, "The team won three times in the past week.", "the past week", "2020-W52", "DATE", N),
    (JAN1, "Talks will continue into next week.", "next week", "2021-W01", "DATE", N),
    (DEC30, "The vote was delayed until next spring.", "next spring", "2025-SP", "DATE", N),
    (F, "He left the day before yesterday.", "the day before yesterday", "2024-03-20", "DATE", N),
    (F, "The plant shut the weekend before last.", "the weekend before last", "2024-W10-WE", "DATE", N),
    (F, "Prices rose earlier this decade.", "earlier this decade", "202", "DATE", "START"),
    (F, "Ten people died in the past 24 hours.", "the past 24 hours", "PT24H", "DURATION", N),
    (F, "The plant opens in mid-2025.", "mid-2025", "2025", "DATE", "MID"),
    (F, "It opens in the first half of next year.", "the first half of next year", "2025-H1", "DATE", N),
    (F, "It snowed a lot last winter.", "last winter", "2024-WI", "DATE", N),  # December 2023 to February 2024
    (F, "The store opens this fall.", "this fall", "2024-FA", "DATE", N),
    (DEC30, "Turkey sales peaked on Thanksgiving.", "Thanksgiving", "2024-11-28", "DATE", N),
    (F, "Turnout was high on Election Day.", "Election Day", "2023-11-07", "DATE", N),
    (F, "The pool opens on Memorial Day.", "Memorial Day", "2024-05-27", "DATE", N),
    # midnight in a past sentence with no day named is the one that began the publication day, the
    # end of the night "overnight" names in the same sentence (T24:00 of the day before)
    (
        TUE,
        "Shortly after midnight, gunmen stormed the hotel.",
        "Shortly after midnight",
        "2024-03-25T24:00",
        "TIME",
        "AFTER",
    ),
    (TUE, "Shortly after midnight, gunmen stormed the hotel overnight.", "overnight", "2024-03-25TNI", "TIME", N),
    # "this winter" written in summer names no winter under way: the tense decides (winter YYYY ends in
    # February of YYYY: 2024-WI is December 2023 to February 2024)
    (JUL15, "This winter will be cold, forecasters say.", "This winter", "2025-WI", "DATE", N),
    (JUL15, "This winter was mild.", "This winter", "2024-WI", "DATE", N),
    (JUL15, "This summer has been hot.", "This summer", "2024-SU", "DATE", N),
    # a past range ends by publication: written on a Monday, "from Monday to Wednesday" is last week's
    (MON, "Protests ran from Monday to Wednesday.", "Monday", "2024-03-18", "DATE", N),
    (MON, "Protests ran from Monday to Wednesday.", "Wednesday", "2024-03-20", "DATE", N),
    (date(2024, 3, 27), "Protests ran from Monday to Wednesday.", "Monday", "2024-03-25", "DATE", N),
    (MON, "Protests will run from Monday to Wednesday.", "Wednesday", "2024-03-27", "DATE", N),
    # "was open" is no present of a schedule ("the shop is open Monday" is)
    (F, "The shop was open Monday through Friday.", "Monday", "2024-03-18", "DATE", N),
    # the turn of a century: the year it began, mod APPROX; a bare one the latest turn, the next one
    # looking ahead, or the turn nearest the story's time ("In 1897 ... by the turn of the century")
    (
        TUE,
        "At the turn of the century, the city had 10,000 people.",
        "the turn of the century",
        "2000",
        "DATE",
        "APPROX",
    ),
    (
        TUE,
        "In 1897 the town was small; by the turn of the century it had a mill.",
        "the turn of the century",
        "1900",
        "DATE",
        "APPROX",
    ),
    (TUE, "The dam will be finished by the turn of the century.", "the turn of the century", "2100", "DATE", "APPROX"),
    (
        TUE,
        "Houses built at the turn of the 20th century are protected.",
        "the turn of the 20th century",
        "1900",
        "DATE",
        "APPROX",
    ),
    (TUE, "The mill closed at the turn of the last century.", "the turn of the last century", "1900", "DATE", "APPROX"),
    # "over the holidays": the December of the Christmas the tense picks
    (JUL15, "Shops were busy over the holidays.", "the holidays", "2023-12", "DATE", N),
    (JUL15, "Shops will be busy over the holidays.", "the holidays", "2024-12", "DATE", N),
    (JAN5, "Sales rose during the Christmas holidays.", "the Christmas holidays", "2023-12", "DATE", N),
    (DEC10, "Retailers expect strong sales in the holiday season.", "the holiday season", "2024-12", "DATE", N),
    # a present of a scheduled event looks ahead for a month too, and "takes effect", "reopens", "head to the
    # polls" are such presents ("took effect", "went to the polls" stay past)
    (F, "The new law takes effect in December.", "December", "2024-12", "DATE", N),
    (F, "The new law takes effect in mid-December.", "mid-December", "2024-12", "DATE", "MID"),
    (F, "The law takes effect on Dec. 1.", "Dec. 1", "2024-12-01", "DATE", N),
    (F, "The store opens in December.", "December", "2024-12", "DATE", N),
    (F, "The new rules take effect Monday.", "Monday", "2024-03-25", "DATE", N),
    (F, "The new rules took effect Monday.", "Monday", "2024-03-18", "DATE", N),
    (F, "The law goes into effect Monday.", "Monday", "2024-03-25", "DATE", N),
    (F, "The law went into effect Monday.", "Monday", "2024-03-18", "DATE", N),
    (F, "The new rules come into force in December.", "December", "2024-12", "DATE", N),
    (F, "Voters head to the polls on Sunday.", "Sunday", "2024-03-24", "DATE", N),
    (F, "Voters went to the polls on Sunday.", "Sunday", "2024-03-17", "DATE", N),
    (DEC30, "Markets reopen on Thursday.", "Thursday", "2025-01-02", "DATE", N),
    # an adverb between the present of a schedule and the day does not change it
    (F, "The two leaders meet separately Monday with the envoy.", "Monday", "2024-03-25", "DATE", N),
    (F, "The two leaders met separately Monday with the envoy.", "Monday", "2024-03-18", "DATE", N),
    (DEC30, "Markets reopened on Thursday.", "Thursday", "2024-12-26", "DATE", N),
    # a winter over two years is the one ending in the second (winter YYYY ends in February of YYYY)
    (F, "The winter of 2022-23 was the warmest on record.", "The winter of 2022-23", "2023-WI", "DATE", N),
    (F, "Gas stocks are full for winter 2024/25.", "winter 2024/25", "2025-WI", "DATE", N),
    (F, "Gas stocks were low in winter 2021-2022.", "winter 2021-2022", "2022-WI", "DATE", N),
    # "the final days of 2023" is the end of 2023, as "the close of 1969"; "the first weeks of" its start
    (JAN5, "Prices soared in the final days of 2023.", "the final days of 2023", "2023", "DATE", "END"),
    (F, "Hiring slowed in the first weeks of January.", "the first weeks of January", "2024-01", "DATE", "START"),
    (
        F,
        "The virus spread in the early days of March 2020.",
        "the early days of March 2020",
        "2020-03",
        "DATE",
        "START",
    ),
    # "late on Thursday", as "late Thursday"
    (F, "The deal was signed late on Thursday.", "late on Thursday", "2024-03-21", "DATE", "END"),
    (F, "The talks collapsed early on Sunday.", "early on Sunday", "2024-03-17", "DATE", "START"),
    # a quarter or half without a year in a future clause: next year's when this year's ended over a
    # quarter before (a report on one just ended stays)
    (DEC30, "Sales will rise in the first quarter.", "the first quarter", "2025-Q1", "DATE", N),
    (DEC30, "Profit will recover in the first half.", "the first half", "2025-H1", "DATE", N),
    (date(2024, 10, 20), "The company will report third-quarter results soon.", "third-quarter", "2024-Q3", "DATE", N),
    (DEC30, "Sales rose in the first quarter.", "the first quarter", "2024-Q1", "DATE", N),
    # "the quarter ended July 31" (May to July) is the calendar quarter holding most of it, that of its middle day
    (date(2024, 10, 20), "In the quarter ended July 31, sales rose 5%.", "the quarter", "2024-Q2", "DATE", N),
    (date(2024, 10, 25), "Sales rose in the quarter ended Sept. 30.", "the quarter", "2024-Q3", "DATE", N),
    (date(2024, 4, 20), "Sales rose in the quarter ended Jan. 1.", "the quarter", "2023-Q4", "DATE", N),
    # a clock time after the present of a schedule looks ahead with its day
    (DEC30, "Polls open at 7 a.m. Tuesday.", "7 a.m. Tuesday", "2024-12-31T07:00", "TIME", N),
    (DEC30, "Polls opened at 7 a.m. Tuesday.", "7 a.m. Tuesday", "2024-12-24T07:00", "TIME", N),
    # a season under way still lies ahead in a future clause; after a deadline ("before", "by") the next one
    (F, "Prices are expected to peak in the spring.", "the spring", "2024-SP", "DATE", N),
    (F, "Sales will rise in the spring.", "the spring", "2024-SP", "DATE", N),
    (JAN10, "The bridge will be repaired before the winter.", "the winter", "2025-WI", "DATE", N),
    (JAN10, "This winter will be the coldest on record.", "This winter", "2024-WI", "DATE", N),
    # "in the new year": the year whose New Year's Day the tense picks
    (DEC30, "Talks will resume in the new year.", "the new year", "2025", "DATE", N),
    (date(2025, 1, 6), "Sales fell early in the new year.", "the new year", "2025", "DATE", N),
    # checked, already right
    (F, "The minister resigned on Tuesday. Later that day, police arrested him.", "that day", "2024-03-19", "DATE", N),
    (F, "Thousands marched at the weekend.", "the weekend", "2024-W11-WE", "DATE", N),
    (F, "The ceasefire began on 12 March.", "12 March", "2024-03-12", "DATE", N),
    (F, "Markets fell ahead of Thursday's vote.", "Thursday", "2024-03-21", "DATE", N),
    (
        date(2025, 1, 20),
        "The president promised action in his first 100 days.",
        "first 100 days",
        "P100D",
        "DURATION",
        N,
    ),
    (F, "The minister will speak this afternoon.", "this afternoon", "2024-03-22TAF", "TIME", N),
    (F, "Sales in Q3 2024 are expected to rise.", "Q3 2024", "2024-Q3", "DATE", N),
    (F, "The firm expects a loss in FY2025.", "FY2025", "2025", "DATE", N),
    (F, "The talks are planned for the week of April 8.", "the week of April 8", "2024-W15", "DATE", N),
    (F, "The company was founded a century ago.", "a century ago", "1924", "DATE", N),
    (
        DEC30,
        "The bank will publish its forecast in the first week of January.",
        "the first week of January",
        "2025-W01",
        "DATE",
        N,
    ),
    (F, "Police were called at 23:45 on Tuesday.", "23:45", "2024-03-19T23:45", "TIME", N),
    (F, "The clocks go forward at 1am on Sunday.", "1am", "2024-03-24T01:00", "TIME", N),
    (JAN1, "The case dates back to the 1990s.", "the 1990s", "199", "DATE", N),
    # a sentence ends at "?" or "!", not at the point of an abbreviation, for the words of a game too
    (
        F,
        "Who won the match? Ticket revenue fell in the first half, the club said.",
        "the first half",
        "2024-H1",
        "DATE",
        N,
    ),
]


@pytest.mark.parametrize(("published", "sentence", "phrase", "value", "type_", "mod"), EXAMPLES)
def test_news_phrasing(published: date, sentence: str, phrase: str, value: str, type_: str, mod: str | None) -> None:
    found = _found(sentence, published)
    assert [f for f in found if f[0] == phrase] == [(phrase, value, type_, mod)], found


# (published, sentence, words that must not be (part of) a time expression)
NOT_TIMES: list[tuple[date, str, str]] = [
    (F, "May I ask a question?", "May"),
    (F, "Thousands plan to march on the capital.", "march"),
    (F, "Fall Out Boy played a concert.", "Fall"),
    (F, "The Sunday Times reported the deal.", "Sunday"),
    (F, "The ministry sent 2,000 troops.", "2,000"),
    (F, "The fire started in the 1600 block of Main Street.", "1600"),
    (F, "Traffic backed up on Route 66.", "66"),
    (F, "The coat sold for $1999.", "1999"),
    (F, "Its most recent model sold well.", "recent"),
    (F, "The recent-looking scar was old.", "recent"),
    (F, "He was soon released from hospital.", "soon"),
    (F, "A trickle of cash soon became a flood.", "soon"),
    (F, "Return the boy as soon as possible.", "soon"),
    (F, "He died soon after the crash.", "soon"),
    (F, "It is too soon to tell.", "soon"),
    (F, "While he slept, thieves took the car.", "While"),
    (F, "Once in a while the plant shuts down.", "while"),
    (F, "It was the year of the dragon.", "year"),
    (F, "Stocks ended the day before the holiday lower.", "day"),
    (F, "He won 1500 votes.", "1500"),
    (F, "The Boeing 747 landed safely.", "747"),
    (F, "Officers seized 2024 kilograms of cocaine.", "2024"),
    (F, "His office is on the 18th floor.", "18th"),
    # "the last week of March" is not last week (it is a week of March: below)
    (F, "The last month of 2023 was cold.", "last month"),
    (F, "He scored 10 tonight.", "10"),
    (F, "Temperatures inside reached 2000 degrees.", "2000"),
    (F, "The chain now has 1999 stores.", "1999"),
    # a number naming a flight, a road, a room or a clause of a law is a label, not a year
    (F, "Flight 1549 landed in the river.", "1549"),
    (F, "The suit was filed under Section 1983.", "1983"),
    (F, "Windows 2000 is no longer supported.", "2000"),
    (F, "The 45-year-old was charged.", "45"),  # ages are not tagged in TBAQ
    (F, "She scored 21 points in the game.", "21"),
    (F, "She booked an overnight stay.", "overnight"),
    (F, "The overnight rate rose.", "overnight"),
    (F, "The vote was 2019-1987.", "2019"),  # a range runs forward: this is a score
    (F, "The file is dated 2024-03.", "2024"),  # a year and month, not 79 years
    (F, "The fall of the wall changed Europe.", "fall"),
    (F, "The previous administration cut the budget.", "previous"),
    (F, "The team lost the season opener.", "season"),
    (F, "Spending surged in the run-up to the election.", "run-up"),
    (F, "The sunset clause expires soon.", "sunset"),
    (F, "Dawn Smith was elected mayor.", "Dawn"),
    (F, "He said '95 percent' of it was done.", "'95"),
    (DEC30, "Crowds will celebrate the Lunar New Year.", "New Year"),
    (DEC30, "He gave the New Year address.", "New Year"),
    # the half of a match, not of the year
    (F, "The striker scored twice in the first half.", "first half"),
    (F, "Goals by Smith and Jones Jr. put the team ahead in the first half.", "first half"),
    (F, "The team led 2-0 at the break but collapsed in the second half.", "second half"),
    # a comparison between periods, not a length of time
    (F, "Sales rose 5 percent on a year-on-year basis.", "year"),
    (F, "Prices fell in a year-over-year comparison.", "year"),
    (F, "The flat is rented on a month-to-month lease.", "month"),
]


@pytest.mark.parametrize(("published", "sentence", "words"), NOT_TIMES)
def test_not_a_time(published: date, sentence: str, words: str) -> None:
    found = _found(sentence, published)
    assert not [f for f in found if words in f[0]], found


# With the spaCy parse (full pipeline): a bare weekday with a present tense and no marker near it
# is a schedule, so the nearest such day, ahead of a Sunday or Monday publication; a simple past
# or "will" future right before a month decides; a present of a scheduled event looks ahead.
@pytest.mark.parametrize(
    ("published", "sentence", "phrase", "value"),
    [
        (date(2024, 3, 24), "The talks resume Monday in Geneva.", "Monday", "2024-03-25"),
        (DEC30, "The new law takes effect Wednesday.", "Wednesday", "2025-01-01"),
        (F, "The senator resigned Friday after the vote.", "Friday", "2024-03-22"),
        (DEC30, "Sales rose in January.", "January", "2024-01"),
        (JAN5, "The plant will open in December.", "December", "2024-12"),
        (F, "Officials said the talks resume Monday.", "Monday", "2024-03-25"),
        (F, "Officials say the attack happened Monday.", "Monday", "2024-03-18"),
        (F, "The exhibition opens on Christmas Eve.", "Christmas Eve", "2024-12-24"),
        (JAN10, "Officials want the bridge repaired before the winter.", "the winter", "2025-WI"),
    ],
)
def test_weekday_tense_from_the_parse(published: date, sentence: str, phrase: str, value: str) -> None:
    timeline = extract_timeline(sentence, published.isoformat())
    assert [(t.text, t.value) for t in timeline.times if t.text == phrase] == [(phrase, value)]
