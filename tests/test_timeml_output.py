"""The TimeML writer: text identity, valid XML, nesting, instances and links."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import attrs
import pytest

from timeline.calendar import Granularity, Interval, day_interval
from timeline.evaluation import parse_timeml, read_timeml, score_documents
from timeline.evaluation.timeml import TimeMLDocument
from timeline.model import (
    Anchor,
    AnchorKind,
    Event,
    EventClass,
    EventTime,
    Placement,
    Relation,
    TemporalLink,
    Tense,
    TextSpan,
    TimeExpression,
    Timeline,
    TimelineEntry,
    TimexType,
)
from timeline.output.timeml import to_timeml

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


@pytest.fixture
def corpus() -> Path:
    """The TempEval-3 training data next to the repo, or a skip when it is not there."""
    if not CORPUS.is_dir():
        pytest.skip(f"TempEval-3 corpus not found at {CORPUS}")
    return CORPUS


def _timex(
    text: str,
    tid: str,
    start: int,
    end: int,
    value: str | None = "1998-03-02",
    type: TimexType = TimexType.DATE,
    mod: str | None = None,
) -> TimeExpression:
    return TimeExpression(id=tid, text=text[start:end], start=start, end=end, type=type, value=value, mod=mod)


def _event(text: str, eid: str, start: int, end: int, **kw: object) -> Event:
    return Event(
        id=eid,
        text=text[start:end],
        start=start,
        end=end,
        sentence=TextSpan(text=text, start=0, end=len(text)),
        lemma=text[start:end].lower(),
        pos="VERB",
        **kw,  # type: ignore[arg-type]
    )


def _entry(event: Event, timex_id: str | None, relation: Relation = Relation.IS_INCLUDED) -> TimelineEntry:
    return TimelineEntry(
        event=event,
        time=EventTime(value="1998-03-02", interval=day_interval(date(1998, 3, 2)), timex_id=timex_id),
        relation=relation,
        placement=Placement.GOVERNING_TIMEX,
        reason="test",
    )


def _reparse(timeline: Timeline) -> TimeMLDocument:
    xml = to_timeml(timeline, doc_id="d1")
    ET.fromstring(xml)  # valid XML, or this raises
    return parse_timeml(xml)


TRICKY = '\n  Prices <rose> & "fell" on Monday\r\nat 5 o\'clock — ünïcode\ttab ]]> end.\n'


def test_text_is_identical_after_unescaping() -> None:
    monday = TRICKY.index("Monday")
    rose = TRICKY.index("<rose>")
    timeline = Timeline(
        text=TRICKY,
        publication_date=date(1998, 3, 3),
        times=(_timex(TRICKY, "t1", monday, monday + 6),),
        unplaced=(_event(TRICKY, "e1", rose, rose + 6),),
    )
    doc = _reparse(timeline)
    assert doc.text == TRICKY
    assert doc.doc_id == "d1"
    assert doc.dct_value == "1998-03-03"
    assert [(t.tid, t.text, t.value) for t in doc.timexes] == [("t1", "Monday", "1998-03-02")]
    assert [(e.eid, e.text) for e in doc.events] == [("e1", "<rose>")]


def test_text_without_any_tag_or_date() -> None:
    doc = _reparse(Timeline(text="plain & simple", publication_date=None))
    assert doc.text == "plain & simple"
    assert doc.dct_value is None
    assert "<DCT>" not in to_timeml(Timeline(text="x", publication_date=None))


def test_crossing_event_is_dropped_nested_event_is_kept() -> None:
    text = "from early March until late April we waited"
    timex = _timex(text, "t1", 5, 16)  # "early March"
    crossing = _event(text, "e1", 11, 22)  # "March until": crosses the timex
    nested = _event(text, "e2", 11, 16)  # "March": inside the timex
    waited = _event(text, "e3", 37, 43)
    timeline = Timeline(
        text=text,
        publication_date=date(1998, 5, 1),
        times=(timex,),
        entries=(_entry(crossing, "t1"), _entry(nested, "t1"), _entry(waited, "t1")),
    )
    doc = _reparse(timeline)
    assert doc.text == text
    assert [e.eid for e in doc.events] == ["e2", "e3"]
    assert [i.event_id for i in doc.instances] == ["e2", "e3"]  # no instance for the dropped event
    assert {(link.source, link.target) for link in doc.links} == {("ei2", "t1"), ("ei3", "t1")}


def test_crossing_timexes_keep_the_first() -> None:
    text = "late last week"
    timeline = Timeline(
        text=text,
        publication_date=date(1998, 3, 3),
        times=(
            _timex(text, "t2", 5, 14),
            _timex(text, "t1", 0, 9),
            _timex(text, "t3", 0, 0),
            _timex(text, "t4", 3, 99),
        ),
    )
    doc = _reparse(timeline)
    assert [(t.tid, t.text) for t in doc.timexes] == [("t1", "late last")]  # crossing, empty, out of range dropped
    assert doc.text == text


def test_same_span_event_nests_inside_timex() -> None:
    text = "the holiday ended"
    timeline = Timeline(
        text=text,
        publication_date=None,
        times=(_timex(text, "t1", 4, 11),),
        unplaced=(_event(text, "e1", 4, 11),),
    )
    xml = to_timeml(timeline)
    assert "<TIMEX3" in xml and '<EVENT eid="e1" class="OCCURRENCE">holiday</EVENT></TIMEX3>' in xml
    assert _reparse(timeline).text == text


def test_unresolved_values_are_underspecified_not_missing() -> None:
    text = "some day, a while, and a time"
    timeline = Timeline(
        text=text,
        publication_date=None,
        times=(
            _timex(text, "t1", 0, 8, value=None),
            _timex(text, "t2", 10, 17, value=None, type=TimexType.DURATION),
            _timex(text, "t3", 23, 29, value=None, type=TimexType.TIME, mod="APPROX"),
        ),
    )
    doc = _reparse(timeline)
    assert [(t.value, t.mod) for t in doc.timexes] == [
        ("XXXX-XX-XX", None),
        ("PXX", None),
        ("XXXX-XX-XXTXX:XX", "APPROX"),
    ]


def test_instances_and_links() -> None:
    text = "Acme said on Monday that sales rose."
    monday = _timex(text, "t1", 13, 19)
    said = _event(text, "e1", 5, 9, event_class=EventClass.REPORTING, tense=Tense.PAST, modality="would")
    rose = _event(text, "e7", 31, 35)
    other = _event(text, "x", 25, 30)
    timeline = Timeline(
        text=text,
        publication_date=date(1998, 3, 3),
        times=(monday,),
        entries=(_entry(said, "t1"), _entry(rose, None)),
        unplaced=(other,),
        links=(
            TemporalLink(source="e7", target="e1", relation=Relation.BEFORE),
            TemporalLink(source="t1", target="t0", relation=Relation.BEFORE),
            TemporalLink(source="e1", target="e7", relation=Relation.VAGUE),
            TemporalLink(source="e1", target="e404", relation=Relation.AFTER),
            TemporalLink(source="e7", target="e1", relation=Relation.BEFORE),
        ),
    )
    xml = to_timeml(timeline)
    root = ET.fromstring(xml)
    instances = {el.get("eventID"): el.attrib for el in root.iter("MAKEINSTANCE")}
    assert instances["e1"]["eiid"] == "ei1"
    assert instances["e7"]["eiid"] == "ei7"
    assert instances["x"]["eiid"] == "ei8"  # non-numeric ids are numbered after the largest
    assert instances["e1"]["tense"] == "PAST" and instances["e1"]["modality"] == "would"
    assert "modality" not in instances["e7"]
    tlinks = [el.attrib for el in root.iter("TLINK")]
    assert [
        (
            t.get("eventInstanceID") or t.get("timeID"),
            t["relType"],
            t.get("relatedToEventInstance") or t.get("relatedToTime"),
        )
        for t in tlinks
    ] == [("ei1", "IS_INCLUDED", "t1"), ("ei7", "BEFORE", "ei1"), ("t1", "BEFORE", "t0")]
    assert [t["lid"] for t in tlinks] == ["l1", "l2", "l3"]
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("functionInDocument") == "CREATION_TIME" and dct.get("tid") == "t0"


def test_links_to_the_dct_need_a_publication_date() -> None:
    text = "it rained"
    rained = _event(text, "e1", 3, 9)
    timeline = Timeline(
        text=text,
        publication_date=None,
        unplaced=(rained,),
        links=(TemporalLink(source="e1", target="t0", relation=Relation.BEFORE),),
    )
    assert _reparse(timeline).links == ()


def _gold_timeline(doc: TimeMLDocument) -> Timeline:
    """A timeline carrying exactly the gold annotations, to check the writer loses nothing."""
    eid_of = {i.eiid: i.event_id for i in doc.instances}
    events = tuple(_event(doc.text, e.eid, e.start, e.end, event_class=EventClass(e.event_class)) for e in doc.events)
    times = tuple(
        _timex(doc.text, t.tid, t.start, t.end, value=t.value, type=TimexType(t.type), mod=t.mod) for t in doc.timexes
    )
    links = tuple(
        TemporalLink(
            source=eid_of.get(link.source, link.source),
            target=eid_of.get(link.target, link.target),
            relation=Relation(link.relation),
        )
        for link in doc.links
    )
    return Timeline(text=doc.text, publication_date=doc.dct, times=times, unplaced=events, links=links)


@pytest.mark.corpus
def test_gold_annotations_survive_the_writer(corpus: Path) -> None:
    pairs = []
    for path in sorted(corpus.rglob("*.tml"))[::4]:  # a quarter of each subcorpus keeps this quick
        gold = read_timeml(path)
        system = parse_timeml(to_timeml(_gold_timeline(gold), doc_id=gold.doc_id))
        assert system.text == gold.text, path.name
        pairs.append((gold, system))
    scores = score_documents(pairs)
    for name in ("timex_strict", "timex_type", "timex_value", "event_strict", "event_class", "temporal_awareness"):
        assert getattr(scores, name).f1 == 1.0, name


def test_duplicate_ids_are_written_once_and_anchors_must_exist() -> None:
    text = "Monday and Tuesday"
    monday = _timex(text, "t1", 0, 6)
    tuesday = attrs.evolve(_timex(text, "t2", 11, 18), anchor=Anchor(kind=AnchorKind.REFERENCE_TIME, timex_id="t1"))
    clash = _timex(text, "t1", 11, 18)
    dct_clash = _timex(text, "t0", 7, 10)
    dangling = attrs.evolve(monday, id="t3", start=0, end=6, anchor=Anchor(kind=AnchorKind.NONE, timex_id="t9"))
    timeline = Timeline(
        text=text, publication_date=date(1998, 3, 3), times=(monday, tuesday, clash, dct_clash, dangling)
    )
    root = ET.fromstring(to_timeml(timeline))
    tags = {el.get("tid"): el.attrib for el in root.iter("TIMEX3")}
    assert sorted(tags) == ["t0", "t1", "t2", "t3"]  # one t1, and t0 stays the DCT
    assert tags["t2"].get("anchorTimeID") == "t1"
    assert "anchorTimeID" not in tags["t3"]
    assert _reparse(timeline).text == text


def test_an_anchor_inherited_from_the_heads_tense_is_not_written_as_a_dct_link() -> None:
    # "rose" took "said"'s place before publication only because it depends on it: that is the
    # head's tense, not a relation TimeML annotates between "rose" and the DCT.
    text = "Acme said sales rose."
    said = _event(text, "e1", 5, 9, tense=Tense.PAST)
    rose = _event(text, "e2", 16, 20)
    before = Interval(start=None, end=day_interval(date(1998, 3, 3)).end, granularity=Granularity.DAY)

    def at_t0(event: Event, placement: Placement) -> TimelineEntry:
        time = EventTime(value=None, interval=before, timex_id="t0")
        return TimelineEntry(event=event, time=time, relation=Relation.BEFORE, placement=placement, reason="test")

    timeline = Timeline(
        text=text,
        publication_date=date(1998, 3, 3),
        entries=(at_t0(said, Placement.TENSE), at_t0(rose, Placement.INHERITED)),
    )
    assert [(link.source, link.relation, link.target) for link in _reparse(timeline).links] == [("ei1", "BEFORE", "t0")]
