"""``Timeline.to_dict`` against the JSON Schema shipped in ``timeline/schema``."""

from __future__ import annotations

import copy
import json
from enum import Enum
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from timeline import extract_timeline
from timeline.calendar import Granularity
from timeline.model import (
    SCHEMA_VERSION,
    AnchorKind,
    Aspect,
    EventClass,
    Placement,
    Polarity,
    Relation,
    Tense,
    Timeline,
    TimexType,
)
from timeline.schema import load_schema


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _errors(validator: Draft202012Validator, data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def test_schema_is_draft_2020_12() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}


@pytest.mark.parametrize(
    ("path", "enum"),
    [
        (("timeExpression", "type"), TimexType),
        (("event", "class"), EventClass),
        (("event", "tense"), Tense),
        (("event", "aspect"), Aspect),
        (("event", "polarity"), Polarity),
        (("entry", "relation"), Relation),
        (("entry", "placement"), Placement),
        (("link", "relation"), Relation),
        (("anchor", "kind"), AnchorKind),
    ],
)
def test_enumerations_match_the_model(path: tuple[str, str], enum: type[Enum]) -> None:
    definition, field = path
    assert load_schema()["$defs"][definition]["properties"][field]["enum"] == [m.value for m in enum]


def test_granularities_match_the_model() -> None:
    assert load_schema()["$defs"]["granularity"]["enum"] == [g.value for g in Granularity]


@pytest.mark.slow
def test_seed_article_validates(validator: Draft202012Validator, seed_text: str) -> None:
    data = extract_timeline(seed_text, publication_date="2024-03-22").to_dict()
    assert len(data["entries"]) > 10 and data["times"] and data["links"]
    assert _errors(validator, json.loads(json.dumps(data))) == []


@pytest.mark.slow
def test_empty_text_validates(validator: Draft202012Validator) -> None:
    data = extract_timeline("", publication_date="2024-03-22").to_dict()
    assert data["entries"] == [] and data["times"] == []
    assert _errors(validator, data) == []


@pytest.mark.slow
def test_without_publication_date_validates(validator: Draft202012Validator) -> None:
    text = "The vote failed Friday. Last week the council met, and it will meet again on 3 May 2024 at 10 a.m."
    data = extract_timeline(text).to_dict()
    assert data["publication_date"] is None
    assert any(t["value"] is None for t in data["times"])
    assert _errors(validator, data) == []


@pytest.mark.slow
def test_round_trip_still_validates(validator: Draft202012Validator, seed_text: str) -> None:
    data = extract_timeline(seed_text, publication_date="2024-03-22").to_dict()
    assert _errors(validator, Timeline.from_dict(data).to_dict()) == []


def _seed_like() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "publication_date": "2024-03-22",
        "entries": [
            {
                "event": {
                    "id": "e1",
                    "text": "failed",
                    "start": 9,
                    "end": 15,
                    "sentence": {"text": "The vote failed Friday.", "start": 0, "end": 23},
                    "lemma": "fail",
                    "pos": "VERB",
                    "class": "OCCURRENCE",
                    "tense": "PAST",
                    "aspect": "NONE",
                    "polarity": "POS",
                    "modality": None,
                    "participants": [{"role": "subject", "text": "The vote", "start": 0, "end": 8}],
                    "factuality": "actual",
                    "reported_by": None,
                },
                "time": {
                    "value": "2024-03-22",
                    "start": "2024-03-22",
                    "end": "2024-03-22",
                    "granularity": "day",
                    "timex_id": "t1",
                    "uncertain": False,
                },
                "relation": "IS_INCLUDED",
                "placement": "governing_timex",
                "reason": "governed by 'Friday'",
            }
        ],
        "times": [
            {
                "id": "t1",
                "text": "Friday",
                "start": 16,
                "end": 22,
                "type": "DATE",
                "value": "2024-03-22",
                "mod": None,
                "interval": {"start": "2024-03-22", "end": "2024-03-22", "granularity": "day"},
                "anchor": {"kind": "publication_date", "value": "2024-03-22", "timex_id": "t0"},
                "rule": "weekday",
                "explanation": "past tense",
            }
        ],
        "unplaced": [],
        "links": [{"source": "e1", "target": "t1", "relation": "IS_INCLUDED", "reason": ""}],
        "assumptions": [],
        "text": "The vote failed Friday.",
    }


def test_hand_written_document_validates_and_reads_back(validator: Draft202012Validator) -> None:
    data = _seed_like()
    assert _errors(validator, data) == []
    assert Timeline.from_dict(data).entries[0].time.value == "2024-03-22"


def _set(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    broken = copy.deepcopy(data)
    target: Any = broken
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema_version",), 2),
        (("publication_date",), "22/03/2024"),
        (("publication_date",), "2024-02-30"),
        (("text",), _DELETE),
        (("entries", 0, "relation"), "SOMETIME"),
        (("entries", 0, "event", "start"), -1),
        (("entries", 0, "event", "class"), "occurrence"),
        (("entries", 0, "time", "granularity"), "fortnight"),
        (("entries", 0, "time", "uncertain"), "no"),
        (("times", 0, "type"), "DAY"),
        (("times", 0, "interval", "start"), "March 22"),
        (("times", 0, "anchor"), _DELETE),
        (("links", 0, "surprise"), 1),
        (("unexpected",), []),
    ],
)
def test_schema_rejects_broken_documents(
    validator: Draft202012Validator, path: tuple[str | int, ...], value: Any
) -> None:
    with pytest.raises(ValidationError):
        validator.validate(_set(_seed_like(), path, value))


# --- the other tabular output: a pandas DataFrame ----------------------------------------------


def test_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from timeline.output.dataframe import to_dataframe

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install timeline\[pandas\]"):
        to_dataframe(Timeline.from_dict(_seed_like()))


def test_dataframe_module_does_not_import_pandas() -> None:
    import subprocess
    import sys

    code = "import sys, timeline.output.dataframe; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_dataframe_rows_and_columns() -> None:
    pd = pytest.importorskip("pandas")
    from timeline.model import Event
    from timeline.output.dataframe import COLUMNS, to_dataframe

    data = _seed_like()
    unplaced = copy.deepcopy(data["entries"][0]["event"])
    unplaced.update(id="e2", text="vote", start=4, end=8, lemma="vote", pos="NOUN")
    data["unplaced"] = [unplaced]
    tl = Timeline.from_dict(data)
    assert isinstance(tl.unplaced[0], Event)

    frame = to_dataframe(tl)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["event"], row["value"], row["timex"], row["relation"]) == (
        "failed",
        "2024-03-22",
        "Friday",
        "IS_INCLUDED",
    )
    assert row["earliest"] == pd.Timestamp("2024-03-22") and row["latest"] == pd.Timestamp("2024-03-22")
    assert bool(row["placed"]) and not bool(row["uncertain"])

    with_unplaced = to_dataframe(tl, unplaced=True)
    assert list(with_unplaced["event"]) == ["failed", "vote"]
    assert list(with_unplaced["placed"]) == [True, False]
    assert pd.isna(with_unplaced.iloc[1]["earliest"]) and pd.isna(with_unplaced.iloc[1]["value"])


@pytest.mark.slow
def test_dataframe_of_the_seed_article_keeps_timeline_order(seed_text: str) -> None:
    pd = pytest.importorskip("pandas")
    from timeline.output.dataframe import to_dataframe

    tl = extract_timeline(seed_text, publication_date="2024-03-22")
    frame = to_dataframe(tl)
    assert list(frame["event_id"]) == [entry.event.id for entry in tl]
    assert [None if pd.isna(v) else v for v in frame["value"]] == [entry.time.value for entry in tl]
    assert frame["latest"].dtype.kind == "M"
    assert pd.isna(frame["earliest"]).sum() == sum(entry.time.interval.earliest is None for entry in tl)


def test_event_factuality_round_trips_and_is_checked() -> None:
    from timeline.model import FACTUALITY_VALUES, Event, TextSpan

    sentence = TextSpan(text="Police said the man fled.", start=0, end=25)
    fled = Event(
        id="e2",
        text="fled",
        start=20,
        end=24,
        sentence=sentence,
        lemma="flee",
        pos="VERB",
        factuality="reported",
        reported_by="e1",
    )
    assert Event.from_dict(fled.to_dict()) == fled
    old = {k: v for k, v in fled.to_dict().items() if k not in ("factuality", "reported_by")}
    assert Event.from_dict(old).factuality == "actual"  # JSON written before the key existed
    assert set(FACTUALITY_VALUES) == {"actual", "hypothetical", "negated", "reported"}
    with pytest.raises(ValueError, match="factuality"):
        Event(id="e1", text="fled", start=20, end=24, sentence=sentence, lemma="flee", pos="VERB", factuality="maybe")


def test_factuality_is_shown_in_the_listing_and_the_picture() -> None:
    from tests.test_api import PastTenseWords

    from timeline import Pipeline
    from timeline.pipeline import Document

    class ReportedWords(PastTenseWords):
        def __call__(self, document: Document) -> list:  # type: ignore[override]
            import attrs

            events = list(super().__call__(document))
            return [attrs.evolve(events[1], factuality="reported", reported_by=events[0].id), events[0]][::-1]

    tl = Pipeline(detector=ReportedWords())("Police reported on Friday. The man escaped on Friday.", "2024-03-22")
    listing = tl.to_text()
    assert "'escaped' [reported]" in listing and "'reported' —" in listing
    assert "stated as" in tl.to_html() and "someone&#x27;s statement" in tl.to_html()
