"""Publication-date detection from the article text (timeline.dateline)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dateline import GuessMethod, PublicationDateGuess, detect_publication_date

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_cf887b448339b9f4.txt"
MARCH_22 = dt.date(2024, 3, 22)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER = "The committee met again to review the proposal and heard from several witnesses. " * 10


def detect(text: str) -> PublicationDateGuess:
    guess = detect_publication_date(text)
    assert guess is not None, f"no guess for {text!r}"
    assert text[guess.start : guess.end] == guess.text
    assert "\n" not in guess.explanation
    return guess


# --- datelines ----------------------------------------------------------------------------------


def test_ap_dateline() -> None:
    text = "WASHINGTON, March 22, 2024 (AP) — The Senate passed a spending bill early Saturday."
    guess = detect(text)
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.DATELINE
    assert guess.text == "WASHINGTON, March 22, 2024 (AP) —"
    assert guess.start == 0
    assert guess.explanation == 'dateline "WASHINGTON, March 22, 2024 (AP) —" at the start of the text'
    assert guess.is_exact
    assert guess.earliest == guess.latest == MARCH_22


def test_dateline_with_region_and_wire_service() -> None:
    text = "Acme reports results\n\nNEW YORK, N.Y., Sept. 3, 2023 /PRNewswire/ -- Acme Corp. today announced..."
    guess = detect(text)
    assert guess.date == dt.date(2023, 9, 3)
    assert guess.method == GuessMethod.DATELINE
    assert guess.text == "NEW YORK, N.Y., Sept. 3, 2023 /PRNewswire/ --"


def test_reuters_dateline_without_date_uses_the_date_line_above() -> None:
    text = (
        "UK economy grows faster than expected\n"
        "By Jane Doe\n"
        "March 22, 2024 10:05 AM GMT\n"
        "LONDON (Reuters) - Britain's economy grew 0.3% in January, figures showed on Friday."
    )
    guess = detect(text)
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.LEADING_DATE
    assert guess.text == "March 22, 2024 10:05 AM GMT"


def test_reuters_dateline_with_a_date_line_below() -> None:
    text = "LONDON (Reuters) - Britain's economy grew 0.3% in January.\n\n22 March 2024\n\nThe figures showed..."
    guess = detect(text)
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.LEADING_DATE


def test_date_line_with_time_and_relative_update() -> None:
    text = "Storm batters coast\nMarch 22, 2024 / 3:45 PM / Updated 2 hours ago\n\nHigh winds knocked out power."
    guess = detect(text)
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.LEADING_DATE
    assert guess.text == "March 22, 2024 / 3:45 PM / Updated 2 hours ago"
    assert "line 2" in guess.explanation


def test_yearless_wire_dateline_takes_the_year_from_the_copyright_notice() -> None:
    text = (
        "LONDON, March 22 (Reuters) - Britain's economy grew.\n\n" + FILLER + "\n© 2024 Reuters. All rights reserved."
    )
    guess = detect(text)
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.DATELINE
    assert guess.text == "LONDON, March 22 (Reuters) -"
    assert "copyright" in guess.explanation
    assert 0.3 < guess.confidence < 0.9


def test_yearless_dateline_alone_or_impossible_gives_no_exact_date() -> None:
    assert detect_publication_date("LONDON, March 22 (Reuters) - Britain's economy grew.") is None
    guess = detect("LONDON, Feb 29 (Reuters) - Markets fell.\n\n© 2023 Reuters")  # 2023 is not a leap year
    assert guess.method == GuessMethod.COPYRIGHT_YEAR
    assert guess.date is None


def test_full_date_beats_yearless_dateline() -> None:
    text = "March 21, 2024\nLONDON, March 22 (Reuters) - Britain's economy grew.\n\n© 2024 Reuters"
    guess = detect(text)
    assert guess.date == dt.date(2024, 3, 21)
    assert guess.method == GuessMethod.LEADING_DATE


# --- bylines and Published / Updated lines -----------------------------------------------------


def test_byline_with_published_stamp() -> None:
    text = "Storm batters coast\nBy Jane Doe | Published 3:45 PM EDT, Fri March 22, 2024\n\nHigh winds..."
    guess = detect(text)
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.BYLINE
    assert guess.text == "By Jane Doe | Published 3:45 PM EDT, Fri March 22, 2024"
    assert guess.confidence >= 0.85


def test_byline_with_plain_date() -> None:
    guess = detect("By Jane Doe and John Roe, March 22, 2024\n\nThe story.")
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.BYLINE


def test_published_line() -> None:
    guess = detect("Storm batters coast\nPublished 3:45 PM EDT, Fri March 22, 2024\n\nHigh winds...")
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.PUBLISHED_LINE
    assert guess.text == "Published 3:45 PM EDT, Fri March 22, 2024"


def test_updated_line_day_first_because_first_number_exceeds_12() -> None:
    guess = detect("Storm batters coast\nUpdated: 22/03/2024 16:05\n\nHigh winds...")
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.UPDATED_LINE
    assert guess.text == "Updated: 22/03/2024 16:05"
    assert "ambiguous" not in guess.explanation


def test_numeric_month_first_when_second_number_exceeds_12() -> None:
    assert detect("Published: 03/22/2024\n\nText").date == MARCH_22


@pytest.mark.parametrize(
    ("line", "expected", "ambiguous"),
    [
        ("Updated: 03/04/2024 16:05", dt.date(2024, 4, 3), True),  # no context: day-first
        ("Updated: 3:45 PM EDT 03/04/2024", dt.date(2024, 3, 4), True),  # US time zone: month-first
        ("Updated: 03/04/2024 (dd/mm/yyyy)", dt.date(2024, 4, 3), False),  # the text says so
        ("Updated: 03/04/2024 (mm/dd/yyyy)", dt.date(2024, 3, 4), False),
        ("Updated: 3:45 PM EDT 03.04.2024", dt.date(2024, 4, 3), True),  # dots are not US style
        ("Updated: 04/04/2024", dt.date(2024, 4, 4), False),  # both readings agree
    ],
)
def test_ambiguous_numeric_dates(line: str, expected: dt.date, ambiguous: bool) -> None:
    guess = detect(f"Headline\n{line}\n\nStory.")
    assert guess.date == expected
    assert ("ambiguous" in guess.explanation) is ambiguous
    assert (guess.confidence < 0.75) is ambiguous


@pytest.mark.parametrize(
    ("line", "evidence"),
    [
        ("Published on: 2024-03-22", "Published on: 2024-03-22"),
        ("First published on Fri 22 Mar 2024 16.05 GMT", "First published on Fri 22 Mar 2024 16.05 GMT"),
        ("Published: Friday, March 22, 2024 - 15:45", "Published: Friday, March 22, 2024 - 15:45"),
        ("Posted on March 22, 2024 at 3:45 pm by admin", "Posted on March 22, 2024 at 3:45 pm"),
        ("Date: 22 March 2024", "Date: 22 March 2024"),
    ],
)
def test_published_line_variants_and_evidence_includes_the_time(line: str, evidence: str) -> None:
    guess = detect(f"Storm batters coast\n{line}\n\nHigh winds...")
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.PUBLISHED_LINE
    assert guess.text == evidence


def test_published_preferred_over_updated_in_either_order() -> None:
    both = [
        "Published 3:45 PM EDT, Fri March 22, 2024 | Updated 5:00 PM EDT, Sat March 23, 2024",
        "Updated 5:00 PM EDT, Sat March 23, 2024\nPublished 3:45 PM EDT, Fri March 22, 2024",
        "Updated: 23/03/2024 09:00\nFirst published: 22/03/2024 16:05",
    ]
    for header in both:
        guess = detect(f"Storm batters coast\n{header}\n\nHigh winds...")
        assert guess.date == MARCH_22, header
        assert guess.method == GuessMethod.PUBLISHED_LINE, header


def test_date_line_preferred_over_its_own_update_stamp() -> None:
    guess = detect("Headline\nMarch 22, 2024 | Updated March 23, 2024\n\nStory.")
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.LEADING_DATE


def test_mismatched_weekday_lowers_confidence() -> None:
    right = detect("Published Fri March 22, 2024\n\nStory.")
    wrong = detect("Published Mon March 22, 2024\n\nStory.")
    assert right.date == wrong.date == MARCH_22
    assert wrong.confidence < right.confidence
    assert "weekday" in wrong.explanation


# --- metadata headers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Date: 2024-03-22",
        "date: Fri, 22 Mar 2024 10:00:00 +0000",
        "published_time: 2024-03-22T15:45:00Z",
        "article:published_time: 2024-03-22T15:45:00+01:00",
        "datePublished: March 22, 2024",
        'pubdate: "2024-03-22"',
    ],
)
def test_metadata_header(header: str) -> None:
    guess = detect(f"Title: Storm batters coast\n{header}\nAuthor: Jane Doe\n\nHigh winds on Oct. 7, 2023...")
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.METADATA_HEADER
    assert guess.text.startswith(header.split(":")[0])
    assert guess.confidence >= 0.9


def test_metadata_published_key_beats_modified_key_and_body_lines() -> None:
    text = "modified: 2024-03-25\ndate: 2024-03-22\n\nUpdated: March 25, 2024\nStory."
    guess = detect(text)
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.METADATA_HEADER


def test_metadata_modified_key_alone_is_used_with_lower_confidence() -> None:
    guess = detect("lastmod: 2024-03-22\n\nStory.")
    assert guess.date == MARCH_22
    assert guess.confidence < 0.9
    assert "update" in guess.explanation


def test_yaml_front_matter() -> None:
    text = '---\ntitle: "Storm: the aftermath"\ntags:\n  - weather\n\ndate: 2024-03-22 15:45:00 +0100\n---\n\nBody.'
    guess = detect(text)
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.METADATA_HEADER
    assert guess.text == "date: 2024-03-22 15:45:00 +0100"


def test_timezone_aware_stamp_keeps_the_local_date() -> None:
    # 23:30 at UTC-4 is already March 23 in UTC; the date as written is what counts.
    guess = detect("published_time: 2024-03-22T23:30:00-04:00\n\nBody.")
    assert guess.date == MARCH_22


def test_header_block_does_not_hide_a_dateline() -> None:
    text = "Title: Senate vote\nAuthor: Jane Doe\n\nWASHINGTON, March 22, 2024 (AP) — The Senate..."
    guess = detect(text)
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.DATELINE
    assert "line 4" in guess.explanation


# --- leading date lines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["March 22, 2024", "22 March 2024", "2024-03-22", "Friday, March 22, 2024", "22nd of March, 2024"]
)
def test_leading_date_line(line: str) -> None:
    guess = detect(f"\n\n{line}\n\nThe council voted on Tuesday.")
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.LEADING_DATE
    assert guess.text == line
    assert "at the start of the text" in guess.explanation


def test_leading_date_line_lower_down_is_less_certain() -> None:
    top = detect("March 22, 2024\n\nStory.")
    lower = detect("One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nMarch 22, 2024\n\nStory.")
    assert top.date == lower.date == MARCH_22
    assert lower.confidence < top.confidence


# --- never a date from the story -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Israel marks six months since the Oct. 7, 2023 attack, officials said on Friday.",
        "Headline\n\nA study published March 1, 2024 in Nature found that bees dance.",
        "March 22, 2024 will be remembered as the day the dam broke, residents said.",
        "Headline\n\nThe court, in a ruling dated 22/03/2024, rejected the appeal.",
        "Headline\n\n" + FILLER + "\n\nMarch 22, 2024\n\nWASHINGTON, March 22, 2024 (AP) — Published March 22, 2024",
        "Copyright © 2020 Foo.\n\n" + FILLER,  # a copyright notice at the top is not the footer
    ],
)
def test_body_dates_are_not_publication_dates(text: str) -> None:
    assert detect_publication_date(text) is None


def test_body_date_does_not_override_a_real_cue() -> None:
    text = "WASHINGTON, March 22, 2024 (AP) — The Oct. 7, 2023 attack was discussed. Published Jan. 1, 2020"
    assert detect(text).date == MARCH_22


# --- invalid dates ------------------------------------------------------------------------------


def test_invalid_dates_are_skipped() -> None:
    assert detect_publication_date("February 30, 2024\n\nStory.") is None
    assert detect_publication_date("Date: 2023-02-29\n\nStory.") is None
    assert detect_publication_date("Published 31/04/2024\n\nStory.") is None
    guess = detect("Published February 30, 2024\nUpdated March 22, 2024\n\nStory.")
    assert guess.date == MARCH_22
    assert guess.method == GuessMethod.UPDATED_LINE


# --- copyright ----------------------------------------------------------------------------------


def test_copyright_year_is_a_weak_range() -> None:
    text = FILLER + "\n\nCopyright © 2024, ABC Audio. All rights reserved."
    guess = detect(text)
    assert guess.date is None
    assert not guess.is_exact
    assert guess.method == GuessMethod.COPYRIGHT_YEAR
    assert (guess.earliest, guess.latest) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert guess.text == "Copyright © 2024"
    assert guess.confidence <= 0.3


def test_copyright_range_uses_its_last_year_with_less_confidence() -> None:
    single = detect(FILLER + "\n© 2024 Foo Corp.")
    ranged = detect(FILLER + "\n© 2019-2024 Foo Corp.")
    assert ranged.earliest == single.earliest == dt.date(2024, 1, 1)
    assert ranged.confidence < single.confidence


def test_exact_cue_beats_copyright() -> None:
    guess = detect("March 22, 2024\n\n" + FILLER + "\nCopyright © 2025 Foo.")
    assert guess.date == MARCH_22


def test_seed_article_gives_the_copyright_year() -> None:
    text = SEED.read_text(encoding="utf-8")
    guess = detect(text)
    assert guess.method == GuessMethod.COPYRIGHT_YEAR
    assert guess.date is None
    assert (guess.earliest, guess.latest) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert guess.text == "Copyright © 2024"
    assert guess.start > len(text) - 400


# --- API contract -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, b"March 22, 2024", 20240322, ["March 22, 2024"]])
def test_non_str_raises_type_error_naming_the_argument(value: object) -> None:
    with pytest.raises(TypeError, match="'text'"):
        detect_publication_date(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["Auguſt 2, 2024\n", "Wedneſday, March 2, 2024\n", "Published 2 Auguſt 2024"])
def test_unicode_case_folding_look_alikes_do_not_crash(text: str) -> None:
    assert detect_publication_date(text) is None


def test_no_break_spaces_are_spaces() -> None:
    assert detect("March\u00a022,\u00a02024\n\nStory.").date == MARCH_22


def test_empty_and_blank_text() -> None:
    assert detect_publication_date("") is None
    assert detect_publication_date(" \n\t\n") is None


def test_guess_validates_its_fields() -> None:
    day = MARCH_22
    ok = {
        "date": day,
        "earliest": day,
        "latest": day,
        "start": 0,
        "end": 4,
        "text": "date",
        "method": GuessMethod.DATELINE,
        "confidence": 0.5,
        "explanation": "x",
    }
    PublicationDateGuess(**ok)  # type: ignore[arg-type]
    for bad in (
        {"latest": dt.date(2024, 3, 23)},
        {"date": None, "earliest": dt.date(2024, 3, 23)},
        {"confidence": 1.5},
        {"end": 5},
    ):
        with pytest.raises(ValueError):
            PublicationDateGuess(**{**ok, **bad})  # type: ignore[arg-type]


def test_to_dict() -> None:
    data = detect("Date: 2024-03-22\n\nBody.").to_dict()
    assert data["date"] == data["earliest"] == data["latest"] == "2024-03-22"
    assert data["method"] == "metadata_header"
    assert data["text"] == "Date: 2024-03-22"


# --- bounded work ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "March 22, " * 100_000,
        "Published " * 100_000,
        "Published " * 100_000 + "March 22, 2024",
        "By Jane " * 100_000,
        "WASHINGTON, " * 100_000,
        "Date: " * 100_000,
        "1/" * 500_000,
        "2024-" * 200_000,
        "Copyright © " * 100_000,
        "a: b\n" * 200_000,
        "---\n" + "k: v\n" * 200_000,
        " " * 1_000_000 + "March 22, 2024",
    ],
)
def test_adversarial_inputs_finish(text: str) -> None:
    guess = detect_publication_date(text)
    assert guess is None or text[guess.start : guess.end] == guess.text


# --- properties -----------------------------------------------------------------------------------


def _templates(d: dt.date) -> list[str]:
    month, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    wd = WEEKDAYS[d.weekday()]
    iso = d.isoformat()
    return [
        f"WASHINGTON, {month} {d.day}, {d.year} (AP) — The Senate voted on Oct. 7, 2023.",
        f"Headline\nBy Jane Doe | Published 3:45 PM EDT, {wd[:3]} {month} {d.day}, {d.year}\n\nOn Oct. 7, 2023...",
        f"Headline\nPublished 3:45 PM EDT {d.month:02d}/{d.day:02d}/{d.year}\n\nStory.",
        f"Headline\nUpdated: {d.day:02d}/{d.month:02d}/{d.year} 16:05\n\nStory.",
        f"Date: {iso}\nTitle: x\n\nBody on 1 January 2000.",
        f"date: {wd[:3]}, {d.day:02d} {mon} {d.year} 10:00:00 +0000\n\nBody.",
        f"published_time: {iso}T23:30:00-04:00\n\nBody.",
        f"---\ntitle: Test\ndate: {iso}\n---\n\nBody.",
        f"{d.day} {month} {d.year}\n\nStory.",
        f"{wd}, {month} {d.day}, {d.year}\n\nStory.",
        f"Headline\n{month} {d.day}, {d.year} / 3:45 PM / Updated 2 hours ago\n\nStory.",
    ]


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_rendered_templates_give_back_the_date(d: dt.date) -> None:
    for text in _templates(d):
        guess = detect(text)
        assert guess.date == d, text
        assert "weekday" not in guess.explanation


@given(st.text(max_size=2000))
def test_any_text_gives_a_consistent_guess_or_none(text: str) -> None:
    guess = detect_publication_date(text)
    if guess is not None:
        assert text[guess.start : guess.end] == guess.text
        assert guess.earliest <= guess.latest
        assert 0.0 <= guess.confidence <= 1.0


CUE_ALPHABET = list("MarchAugustFebWedPublishedUpdatedCopyright ſıİK\u212a\u00a0©/:-.,|()—\n0123456789٢")


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(CUE_ALPHABET), max_size=300))
def test_cue_like_noise_never_crashes(text: str) -> None:
    guess = detect_publication_date(text)
    if guess is not None:
        assert text[guess.start : guess.end] == guess.text


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_dates_deep_in_the_story_are_ignored(d: dt.date) -> None:
    month = MONTHS[d.month - 1]
    text = f"Headline\n\n{FILLER}\n\n{month} {d.day}, {d.year}\n\nPublished {d.isoformat()}\n\nThe end."
    assert detect_publication_date(text) is None
