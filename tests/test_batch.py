"""The batch API: same timelines as one-by-one extract_timeline, input order, clear errors."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from timeline import Pipeline, extract_timeline
from timeline.batch import BatchItemError, extract_timelines
from timeline.model import Event
from timeline.pipeline import Document

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"

SHORT = [
    "The vote failed Friday.",
    "Officials said on Monday that the bridge would reopen next week.",
    "",
    "   \n  ",
    "The company announced the merger on March 3, 2023, and completed it in May.",
    "Rain fell. Nothing else happened.",
]


class _NoEvents:
    """A detector that reads no parse: the pipeline then never runs spaCy."""

    needs_parse = False

    def __call__(self, document: Document) -> Sequence[Event]:
        return []


def _no_parse_pipeline() -> Pipeline:
    return Pipeline(detector=_NoEvents())


def _texts() -> list[str]:
    return [*SHORT, *(p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt")))]


# --- no spaCy: inputs, order and errors ------------------------------------------------------


def test_plain_texts_and_pairs_without_parse() -> None:
    pipeline = _no_parse_pipeline()
    items = [("It rained Friday.", "2024-03-22"), "It rained Friday.", ("It rained Friday.", None)]
    got = list(extract_timelines(items, publication_date=date(2024, 3, 15), pipeline=pipeline))
    assert got[0] == extract_timeline("It rained Friday.", "2024-03-22", pipeline=pipeline)
    assert got[1] == extract_timeline("It rained Friday.", date(2024, 3, 15), pipeline=pipeline)
    assert got[2] == extract_timeline("It rained Friday.", None, pipeline=pipeline)
    assert got[0] != got[1]


def test_streams_lazily_without_parse() -> None:
    pipeline = _no_parse_pipeline()
    consumed: list[int] = []

    def items() -> object:
        for i in range(1000):
            consumed.append(i)
            yield f"Item {i} happened on May {1 + i % 28}, 2020."

    stream = extract_timelines(items(), pipeline=pipeline)  # type: ignore[arg-type]
    first = next(iter(stream))
    assert first.times[0].value == "2020-05-01"
    assert len(consumed) < 1000


@pytest.mark.parametrize(
    ("bad", "error", "words"),
    [
        (b"bytes", TypeError, "item 2: text must be a str"),
        (None, TypeError, "item 2: text must be a str"),
        (("text", "2024-13-45"), ValueError, "item 2"),
        (("text", 3.5), TypeError, "item 2"),
        (("text", "2024-03-22", "extra"), BatchItemError, "item 2: a pair"),
        (("text",), BatchItemError, "item 2: a pair"),
    ],
)
def test_bad_item_names_its_index(bad: object, error: type[Exception], words: str) -> None:
    items = ["One.", "Two.", bad, "Four."]
    with pytest.raises(error, match=words):
        list(extract_timelines(items, pipeline=_no_parse_pipeline()))  # type: ignore[arg-type]


def test_too_long_item_names_its_index() -> None:
    pipeline = Pipeline(detector=_NoEvents(), max_length=10)
    with pytest.raises(ValueError, match="item 1: text has 20 characters"):
        list(extract_timelines(["short", "x" * 20], pipeline=pipeline))


def test_bad_arguments() -> None:
    pipeline = _no_parse_pipeline()
    with pytest.raises(ValueError, match="n_process"):
        extract_timelines([], n_process=0, pipeline=pipeline)
    with pytest.raises(ValueError, match="batch_size"):
        extract_timelines([], batch_size=0, pipeline=pipeline)
    with pytest.raises(ValueError):
        extract_timelines([], publication_date="not a date", pipeline=pipeline)


def test_empty_input() -> None:
    assert list(extract_timelines([], pipeline=_no_parse_pipeline())) == []


# --- with the spaCy model ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_same_as_one_by_one(batch_size: int) -> None:
    texts = _texts()
    dates = [date(2024, 3, 22), None, "2023-01-05"]
    items = [(text, dates[i % 3]) for i, text in enumerate(texts)]
    expected = [extract_timeline(text, published) for text, published in items]
    got = list(extract_timelines(items, batch_size=batch_size))
    assert len(got) == len(expected)
    for i, (one, other) in enumerate(zip(got, expected, strict=True)):
        assert one == other, f"item {i} differs"


@pytest.mark.slow
def test_plain_texts_take_the_default_date() -> None:
    texts = _texts()
    expected = [extract_timeline(text, "2024-03-22") for text in texts]
    assert list(extract_timelines(texts, publication_date="2024-03-22")) == expected


@pytest.mark.slow
def test_long_text_is_chunked_like_extract_timeline() -> None:
    from timeline.nlp import CHUNK_CHARS

    article = (ARTICLES / "merger_narrative.txt").read_text(encoding="utf-8")
    long_text = "\n\n".join([article] * (2 * CHUNK_CHARS // len(article) + 2))
    assert len(long_text) > 2 * CHUNK_CHARS
    items = ["The vote failed Friday.", long_text, "", "It rained on Monday."]
    expected = [extract_timeline(text, "2024-03-22") for text in items]
    assert list(extract_timelines(items, publication_date="2024-03-22", batch_size=2)) == expected


@pytest.mark.slow
def test_order_kept_with_two_processes() -> None:
    texts = [f"Item {i} was signed on May {1 + i % 28}, 2020." for i in range(12)] + _texts()
    expected = [extract_timeline(text, "2024-03-22") for text in texts]
    got = list(extract_timelines(texts, publication_date="2024-03-22", n_process=2, batch_size=4))
    assert got == expected


@pytest.mark.slow
def test_bad_item_with_parse_names_its_index() -> None:
    with pytest.raises(TypeError, match="item 1: text must be a str"):
        list(extract_timelines(["The vote failed Friday.", 42]))  # type: ignore[list-item]


@pytest.mark.slow
def test_pipeline_pickles() -> None:
    pipeline = Pipeline()
    text = (ARTICLES / "sunday_election.txt").read_text(encoding="utf-8")
    restored = pickle.loads(pickle.dumps(pipeline))
    assert isinstance(restored, Pipeline)
    assert restored(text, "2024-03-22") == pipeline(text, "2024-03-22")
    assert list(extract_timelines([text], publication_date="2024-03-22", pipeline=restored)) == [
        pipeline(text, "2024-03-22")
    ]


@pytest.mark.slow
def test_two_processes_bad_item_and_early_stop() -> None:
    """With workers, a bad item still names its index, and a consumer that stops early does not
    hang (at most two batches per worker are in flight)."""
    texts = [f"Item {i} was signed on May {1 + i % 28}, 2020." for i in range(10)]
    with pytest.raises(TypeError, match="item 3: text must be a str"):
        list(extract_timelines([*texts[:3], 42], n_process=2, batch_size=2))  # type: ignore[list-item]
    stream = extract_timelines(iter(texts * 20), publication_date="2024-03-22", n_process=2, batch_size=2)
    first = next(stream)
    stream.close()
    assert first == extract_timeline(texts[0], "2024-03-22")
