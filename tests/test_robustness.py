"""Robust under anything: wrong types, impossible dates, hostile text, calendar edges, size."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

import timeline.nlp
from strategies import check_timeline
from timeline import Pipeline, extract_timeline
from timeline.inputs import DEFAULT_MAX_LENGTH, check_text, coerce_publication_date
from timeline.model import Event
from timeline.nlp import split_chunks


def _no_events(document: object) -> list[Event]:
    return []


RESOLVER_ONLY = Pipeline(detector=_no_events)


# --- inputs ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [None, b"Friday", bytearray(b"x"), 42, 4.2, ["Friday"], object()])
def test_text_of_the_wrong_type_is_a_type_error_naming_text(text: object) -> None:
    with pytest.raises(TypeError, match=r"^text must be a str, not " + type(text).__name__):
        RESOLVER_ONLY(text, "2024-03-22")


def test_bytes_get_a_hint_to_decode() -> None:
    with pytest.raises(TypeError, match=r"decode"):
        extract_timeline(b"The vote failed Friday.", "2024-03-22", pipeline=RESOLVER_ONLY)  # type: ignore[arg-type]


@pytest.mark.parametrize("published", [b"2024-03-22", 20240322, 2024.0, True, ["2024-03-22"], object()])
def test_publication_date_of_the_wrong_type_is_a_type_error_naming_it(published: object) -> None:
    with pytest.raises(TypeError, match=r"^publication_date must be .* not " + type(published).__name__):
        RESOLVER_ONLY("Friday", published)


@pytest.mark.parametrize(
    "published",
    [
        "2024-02-30",
        "2023-02-29",
        "2024-13-01",
        "yesterday",
        "",
        "   ",
        "0000-01-01",
        "10000-01-01",
        "+12024-01-01",
        "-0001-01-01",
        "2024-03-22T25:00",
        "March 22, 2024",
        "2024-03-22\x00",
    ],
)
def test_invalid_publication_dates_are_value_errors_naming_the_value(published: str) -> None:
    with pytest.raises(ValueError, match="publication_date") as info:
        RESOLVER_ONLY("Friday", published)
    assert repr(published) in str(info.value)


@pytest.mark.parametrize(
    "published",
    [
        date(2024, 3, 22),
        datetime(2024, 3, 22, 23, 30),
        datetime(2024, 3, 22, 23, 30, tzinfo=timezone(timedelta(hours=-5))),
        datetime(2024, 3, 22, 0, 5, tzinfo=timezone(timedelta(hours=14))),
        datetime(2024, 3, 22, 12, tzinfo=UTC),
        "2024-03-22",
        "20240322",
        "2024-03-22T23:30:00-05:00",
        "2024-03-22T00:05:00+14:00",
        "2024-03-22T12:00:00Z",
        " 2024-03-22 ",
    ],
    ids=str,
)
def test_dates_and_naive_or_aware_datetimes_use_their_own_local_day(published: object) -> None:
    assert coerce_publication_date(published) == date(2024, 3, 22)
    expected = RESOLVER_ONLY("The vote failed Friday.", date(2024, 3, 22)).to_dict()
    assert RESOLVER_ONLY("The vote failed Friday.", published).to_dict() == expected
    assert [t.value for t in RESOLVER_ONLY("The vote failed Friday.", published).times] == ["2024-03-22"]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t ", "\u00a0\u2028\u3000"])
def test_empty_or_whitespace_text_gives_an_empty_timeline(text: str) -> None:
    tl = extract_timeline(text, "2024-03-22")  # the full pipeline: an empty text needs no model
    assert (len(tl), tl.times, tl.unplaced, tl.text) == (0, (), (), text)


# --- hostile text -----------------------------------------------------------------------------------
HOSTILE = {
    "markup": "<html><body><p>The vote <b>failed</b> on <i>Friday</i>, March 22, 2024.</p><script>x()</script>",
    "entities": "The vote failed on Friday&nbsp;March&#160;22, 2024 &amp; again Monday.",
    "controls": "The vote\x00 failed\x01 on\x07 Friday\x1b[31m,\x7f March 22\x0c 2024.\x0b",
    "lone surrogates": "The vote \ud800failed on Friday\udfff, \udbff\udc00 March 22, 2024.",
    "emoji": "🗳️ The vote failed 😱 on Friday 🎉🎉, March 22, 2024 👍🏽👨‍👩‍👧.",
    "rtl": "\u202eThe vote failed Friday\u202c. صوت البرلمان يوم الجمعة. ההצבעה נכשלה ביום שישי Friday.",
    "combining": "The vo\u0301te fai\u0308led on F\u0336r\u0336iday, Ma\u0300rch 22, 2024.",
    "long line": ("The vote failed on Friday and " * 2000) + "then nothing.",
    "no breaks": "word" * 20000 + " Friday " + "2024" * 5000,
    "only digits": "1234567890" * 3000,
    "only punctuation": ".,;:!?/\\-'\"()[]{}" * 2000,
    "crlf": "The vote failed Friday.\r\n\r\nIt passed Monday.\rThen March 22, 2024.",
    "unicode lines": "The vote failed Friday.\u2028It passed Monday.\u2029Next week.\x85Done.",
    "wide chars": "投票は金曜日に否決された。 The vote failed Friday。 ２０２４年３月２２日",
    "bom": "\ufeffThe vote failed Friday.\ufeff",
    "ignore-case folds": "It happened la\u017ft week, over the pa\u017ft year, on Fr\u0131day, \u0130N \u212aEY WEEKS.",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_through_the_resolver_gives_a_valid_timeline(text: str) -> None:
    check_timeline(RESOLVER_ONLY(text, "2024-03-22"), text)


def _dense_narrative(sentences: int) -> str:
    """Sentences each holding a time counted from the one before it, none repeating the last."""
    months = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
    parts = []
    for n in range(sentences):
        kind = n % 5
        parts.append(
            f"{n % 27 + 2} days later the price rose."
            if kind == 0
            else f"{n % 11 + 2} months later it fell."
            if kind == 1
            else f"On {months[n % 12]} {n % 28 + 1} it stopped."
            if kind == 2
            else "A year earlier it had grown."
            if kind == 3
            else f"{n % 23 + 2} hours later it began."
        )
    return " ".join(parts)


def test_a_dense_undated_narrative_gets_a_relative_timeline_and_says_what_it_sampled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without a publication date, times counted from other times are placed relative to publication
    over many sample dates; a text with more of them than the budget allows gets fewer sample dates
    and says so in its assumptions, instead of running for minutes."""
    monkeypatch.setattr("timeline.relative._MIN_BUDGET", 0)
    monkeypatch.setattr("timeline.relative._BUDGET_PER_CHARACTER", 0)
    text = _dense_narrative(60)
    result = RESOLVER_ONLY(text)
    check_timeline(result, text)
    assert result.publication_date is None
    assert len(result.times) >= 60 and all(t.relative is not None for t in result.times)
    assert any("sample publication dates" in note for note in result.assumptions)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It happened la\u017ft week.", "2024-W11"),  # long s
        ("over the pa\u017ft year", "2023"),
        ("on Fr\u0131day", "2024-03-22"),  # dotless i
        ("in the \u017fummer", "2024-SU"),
    ],
)
def test_letters_ignore_case_matching_reads_as_ascii_resolve_as_those_letters(text: str, value: str) -> None:
    # The patterns match them case-blind; the vocabularies are looked up by the word as written.
    (timex,) = RESOLVER_ONLY(text, "2024-03-22").times
    assert timex.value == value
    assert text[timex.start : timex.end] == timex.text


_SPACY_HOSTILE = [k for k in HOSTILE if k not in ("no breaks", "only punctuation", "long line", "lone surrogates")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [HOSTILE[k] for k in _SPACY_HOSTILE], ids=_SPACY_HOSTILE)
def test_hostile_text_through_spacy_gives_a_valid_timeline(text: str) -> None:
    check_timeline(extract_timeline(text, "2024-03-22"), text)


@pytest.mark.slow
def test_lone_surrogates_are_a_clear_error_for_spacy() -> None:
    with pytest.raises(ValueError, match=r"lone surrogate '\\udfff' at character 13.*errors='replace'"):
        extract_timeline("The vote was \udfff on Friday.", "2024-03-22")


# --- leaving the calendar ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("It was founded in year 0.", "2024-03-22"),
        ("It will happen in 10000.", "2024-03-22"),
        ("The rocks formed a million years ago.", "2024-03-22"),
        ("The rocks formed 1000000 years ago.", "2024-03-22"),
        ("It formed 4500000000 years ago and will last 99999999999999999999 years from now.", "2024-03-22"),
        ("The plan runs until 9999.", "2024-03-22"),
        ("The plan ends in 9999.", "9999-12-31"),
        ("The vote is next year.", "9999-12-31"),
        ("It was settled last year.", "0001-01-01"),
        ("Next week, next month, next decade and next century.", "9999-12-31"),
        ("Last week, last month, last decade and last century.", "0001-01-01"),
        ("The city was founded in year 1 BC.", "0001-01-01"),
        ("It happened 3 days ago and 2 weeks earlier.", "0001-01-02"),
        ("It will happen in 5 days, 2 weeks later.", "9999-12-30"),
        ("The 100th century and the 99th century.", "2024-03-22"),
        ("Q4 9999, winter 9999, the 9990s and December 9999.", "9999-12-31"),
        ("Dec. 31, 9999 and Jan. 1, 0001 and 12/31/9999.", "2024-03-22"),
        ("Next Friday and last Monday.", "9999-12-31"),
        ("Last Friday and next Monday.", "0001-01-01"),
        ("every day in the first quarter of next year", "9999-12-31"),
    ],
)
def test_expressions_that_leave_the_calendar_stay_unresolved_without_overflow(text: str, published: str) -> None:
    tl = RESOLVER_ONLY(text, published)
    check_timeline(tl, text)
    for t in tl.times:
        if t.value is not None and t.interval is not None and t.interval.start is not None:
            assert 1 <= t.interval.start.year <= 9999


# --- size ---------------------------------------------------------------------------------------------
def test_max_length_is_a_clear_value_error_and_can_be_lifted() -> None:
    small = Pipeline(detector=_no_events, max_length=10)
    with pytest.raises(ValueError, match=r"11 characters, more than max_length=10"):
        small("x" * 11, "2024-03-22")
    assert small("x" * 10, "2024-03-22").text == "x" * 10
    unlimited = Pipeline(detector=_no_events, max_length=None)
    assert unlimited("Friday " * 100, "2024-03-22").times
    assert DEFAULT_MAX_LENGTH >= 10_000_000
    with pytest.raises(ValueError, match="max_length"):
        check_text("abc", max_length=2)


@pytest.mark.parametrize("size", [1, 2, 7, 64, 1000])
@pytest.mark.parametrize(
    "text",
    ["", "one", "a" * 500, "First para.\n\nSecond one. Third!\nFourth? " * 40, "word " * 300, "\n" * 50 + "x" * 50],
)
def test_split_chunks_concatenate_to_the_text_and_respect_the_size(text: str, size: int) -> None:
    chunks = split_chunks(text, size)
    assert "".join(chunks) == text
    assert all(0 < len(c) <= size for c in chunks) or text == ""


def test_split_chunks_prefers_breaks() -> None:
    text = "The vote failed Friday. " * 100
    chunks = split_chunks(text, 200)
    assert all(c.endswith(". ") for c in chunks[:-1])


@pytest.mark.slow
def test_chunked_parse_keeps_offsets_into_the_text(monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    text = seed_text[:6000] + "\n" + "no breaks at all " * 40 + "x" * 500 + " Friday.\n" + seed_text[6000:9000]
    whole = extract_timeline(text, "2024-03-22")
    monkeypatch.setattr(timeline.nlp, "CHUNK_CHARS", 700)
    assert len(split_chunks(text)) > 5
    parse = timeline.nlp.parse(timeline.nlp.load_model(), text)
    assert parse.text == text
    for token in parse:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    chunked = extract_timeline(text, "2024-03-22")
    check_timeline(chunked, text)
    assert len(chunked.events) > 20
    # the time expressions do not depend on the parse's chunking at all
    assert [(t.start, t.end, t.value) for t in chunked.times] == [(t.start, t.end, t.value) for t in whole.times]


@pytest.mark.parametrize("published", ["0001-01-01", "0001-06-30", "9999-12-31"])
@pytest.mark.parametrize("words", ["Christmas", "Easter", "Thanksgiving", "Election Day", "Christmas 1999"])
def test_holidays_at_the_ends_of_the_calendar(published: str, words: str) -> None:
    """A holiday is looked for in the year before and after publication: those may not exist."""
    timeline = Pipeline(detector=lambda document: [])(f"It will happen {words}. It happened {words}.", published)
    assert all(t.text.startswith(words.split()[0]) for t in timeline.times)
    timeline.to_dict()


def test_split_chunks_cuts_long_runs_with_no_space() -> None:
    # spaCy's tokenizer takes the square of such a run's length: 10,000 quotation marks took 10 s
    text = "It rained on Friday. " + '"' * 5000 + " The vote failed."
    chunks = split_chunks(text)
    assert "".join(chunks) == text
    assert max(len(run) for chunk in chunks for run in chunk.split()) <= timeline.nlp.RUN_CHARS
    assert split_chunks("The vote failed Friday. " * 10) == ["The vote failed Friday. " * 10]
