"""Shared fixtures: the seed article, the spaCy-backed pipeline, the event detector, the corpus path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Tests never time things: a property's example may take long on a loaded machine (the first one
# loads the language data), which is no failure.
settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "000_cf887b448339b9f4.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_timeline(seed_text: str) -> Iterator[object]:
    from timeline import extract_timeline

    yield extract_timeline(seed_text, publication_date="2024-03-22")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def detect() -> Callable[[str], dict[str, Any]]:
    """The default event detector on a text: its events by their text."""
    from timeline.events import SpacyEventDetector
    from timeline.nlp import load_model, parse

    nlp = load_model()
    detector = SpacyEventDetector()

    def run(text: str) -> dict[str, Any]:
        return {e.text: e for e in detector.detect(parse(nlp, text), nlp=nlp)}

    return run


@pytest.fixture(scope="module")
def factuality() -> Callable[[str], dict[str, Any]]:
    """The factuality of each event of a text, by its trigger text, with the default model."""
    from timeline.events import SpacyEventDetector, factualities
    from timeline.nlp import load_model, parse

    nlp = load_model()
    detector = SpacyEventDetector()

    def run(text: str) -> dict[str, Any]:
        doc = parse(nlp, text)
        events = detector.detect(doc, nlp=nlp)
        found = factualities(doc, events, nlp=nlp)
        return {e.text: found[e.id] for e in events}

    return run
