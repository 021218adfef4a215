"""Fuzzing the public API: arbitrary text and publication dates never raise anything but the
documented errors, and every timeline satisfies the data model's invariants.

Most examples go through the resolver-only path (a pipeline whose detector finds no events, so
no spaCy); a few go through the full spaCy pipeline. Every crash ever found is kept in
``tests/corpus/crashes/*.txt`` and replayed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import check_timeline, news_text, publication_dates
from timeline import Pipeline, extract_timeline
from timeline.model import Event

CRASHES = Path(__file__).resolve().parent / "corpus" / "crashes"


def _no_events(document: object) -> list[Event]:
    return []


RESOLVER_ONLY = Pipeline(detector=_no_events)


def _run(pipeline: Pipeline, text: str, published: object) -> None:
    timeline = pipeline(text, published)
    check_timeline(timeline, text)
    assert pipeline(text, published).to_dict() == timeline.to_dict(), "same input, different output"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_text(max_parts=20), published=publication_dates)
def test_resolver_path_on_arbitrary_text(text: str, published: object) -> None:
    _run(RESOLVER_ONLY, text, published)


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=120), published=publication_dates)
def test_resolver_path_on_unstructured_text(text: str, published: object) -> None:
    _run(RESOLVER_ONLY, text, published)


@settings(max_examples=100, deadline=None)
@given(published=st.one_of(st.integers(), st.floats(), st.binary(), st.lists(st.integers()), st.text(max_size=12)))
def test_bad_publication_dates_raise_documented_errors(published: object) -> None:
    try:
        RESOLVER_ONLY("Friday", published)
    except TypeError as exc:
        assert "publication_date" in str(exc)
        assert not isinstance(published, str)
    except ValueError as exc:
        assert isinstance(published, str)
        assert repr(published) in str(exc)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_text(max_parts=20), published=publication_dates)
def test_full_pipeline_on_arbitrary_text(text: str, published: object) -> None:
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        with pytest.raises(ValueError, match="lone surrogate"):
            extract_timeline(text, published)
        return
    timeline = extract_timeline(text, published)
    check_timeline(timeline, text)


def _crash_files() -> list[Path]:
    return sorted(CRASHES.glob("*.txt"))


def _read_crash(path: Path) -> tuple[str, str | None]:
    """A crash file: first line ``published: YYYY-MM-DD`` (or ``none``), then the text as bytes
    escaped with ``unicode_escape`` so NULs and lone surrogates survive the file system."""
    header, _, body = path.read_text(encoding="utf-8").partition("\n")
    assert header.startswith("published: "), f"{path.name}: first line must be 'published: ...'"
    published = header.removeprefix("published: ").strip()
    return body.encode("ascii").decode("unicode_escape"), None if published == "none" else published


@pytest.mark.parametrize("path", _crash_files(), ids=lambda p: p.name)
def test_crash_corpus_replays(path: Path) -> None:
    text, published = _read_crash(path)
    _run(RESOLVER_ONLY, text, published)


def test_crash_corpus_is_not_empty() -> None:
    assert _crash_files()
