"""More of today's news phrasings, each in a short hand-written sentence (no corpus text), with the
TIMEX3 value, type and mod TimeML writes for it: tense that decides most of a year away, present
tenses of schedules, and expressions the resolver once missed ("a quarter century", "overnight",
"a week from Tuesday", "this time last year", "the first week of March", "'98", "9/11", year and
day ranges). Resolver only (no spaCy parse) unless the parse's tense decides, where the full
pipeline runs.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline import extract_timeline
from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver

F = date(2024, 3, 22)  # a Friday, in ISO week 2024-W12
DEC30 = date(2024, 12, 30)  # a Monday in ISO week 2025-W01
JAN5 = date(2024, 1, 5)  # a Friday
NOV20 = date(2024, 11, 20)  # a Wednesday
JAN1 = date(2021, 1, 1)  # a Friday in ISO week 2020-W53
N = None
RESOLVER = RuleBasedResolver(use_parse=False)


def _found(text: str, published: date) -> list[tuple[str, str | None, str, str | None]]:
    return [(t.text, t.value, t.type.value, t.mod) for t in RESOLVER(Document(text=text, publication_date=published))]


# (published, sentence, phrase, value, type, mod)
EXAMPLES: list[tuple[date, str, str, str, str, str | None]] = [
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
    # checked, already right
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
]


@pytest.mark.parametrize(("published", "sentence", "phrase", "value", "type_", "mod"), EXAMPLES)
def test_news_phrasing(published: date, sentence: str, phrase: str, value: str, type_: str, mod: str | None) -> None:
    found = _found(sentence, published)
    assert [f for f in found if f[0] == phrase] == [(phrase, value, type_, mod)], found


# (published, sentence, words that must not be (part of) a time expression)
NOT_TIMES: list[tuple[date, str, str]] = [
    (F, "She booked an overnight stay.", "overnight"),
    (F, "The overnight rate rose.", "overnight"),
    (F, "The vote was 2019-1987.", "2019"),  # a range runs forward: this is a score
    (F, "He said '95 percent' of it was done.", "'95"),
    # the half of a match, not of the year
    (F, "The striker scored twice in the first half.", "first half"),
    (F, "The team led 2-0 at the break but collapsed in the second half.", "second half"),
]


@pytest.mark.parametrize(("published", "sentence", "words"), NOT_TIMES)
def test_not_a_time(published: date, sentence: str, words: str) -> None:
    found = _found(sentence, published)
    assert not [f for f in found if words in f[0]], found


# With the spaCy parse (full pipeline), the same answers.
@pytest.mark.parametrize(
    ("published", "sentence", "phrase", "value"),
    [
        (DEC30, "Sales rose in January.", "January", "2024-01"),
        (JAN5, "The plant will open in December.", "December", "2024-12"),
        (F, "Officials said the talks resume Monday.", "Monday", "2024-03-25"),
        (F, "Officials say the attack happened Monday.", "Monday", "2024-03-18"),
        (F, "The exhibition opens on Christmas Eve.", "Christmas Eve", "2024-12-24"),
    ],
)
def test_with_the_parse(published: date, sentence: str, phrase: str, value: str) -> None:
    timeline = extract_timeline(sentence, published.isoformat())
    assert [(t.text, t.value) for t in timeline.times if t.text == phrase] == [(phrase, value)]
