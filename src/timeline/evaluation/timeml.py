"""Read TempEval-3 TimeML documents into plain annotations with character offsets.

Offsets are relative to the character content of ``<TEXT>`` (tags removed, entities
unescaped), which is exactly the text the pipeline is given, so gold and system spans can be
compared directly.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import attrs

__all__ = [
    "TimeMLDocument",
    "TimeMLEvent",
    "TimeMLInstance",
    "TimeMLLink",
    "TimeMLTimex",
    "parse_timeml",
    "read_timeml",
]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@attrs.frozen(kw_only=True, slots=True)
class TimeMLTimex:
    """A TIMEX3 inside TEXT, with its span in the TEXT characters."""

    tid: str
    type: str
    value: str | None
    mod: str | None
    start: int
    end: int
    text: str


@attrs.frozen(kw_only=True, slots=True)
class TimeMLEvent:
    """An EVENT inside TEXT, with its span in the TEXT characters."""

    eid: str
    event_class: str
    start: int
    end: int
    text: str


@attrs.frozen(kw_only=True, slots=True)
class TimeMLInstance:
    """A MAKEINSTANCE: TLINKs point at instances, not at EVENT tags."""

    eiid: str
    event_id: str
    tense: str | None = None
    aspect: str | None = None
    polarity: str | None = None
    modality: str | None = None


@attrs.frozen(kw_only=True, slots=True)
class TimeMLLink:
    """A TLINK reduced to ``source relation target`` over eiids and tids."""

    lid: str
    relation: str
    source: str
    target: str


@attrs.frozen(kw_only=True, slots=True)
class TimeMLDocument:
    """Everything the scorer needs from one TimeML file."""

    doc_id: str
    text: str
    dct_value: str | None = None
    timexes: tuple[TimeMLTimex, ...] = ()
    events: tuple[TimeMLEvent, ...] = ()
    instances: tuple[TimeMLInstance, ...] = ()
    links: tuple[TimeMLLink, ...] = ()

    @property
    def dct(self) -> date | None:
        """The creation date as a day, which is what the pipeline takes as publication date."""
        if self.dct_value is None:
            return None
        m = _DAY.match(self.dct_value)
        if m is None:
            return None
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Parse a ``.tml`` file; the doc id falls back to the file stem when DOCID is missing."""
    p = Path(path)
    return parse_timeml(p.read_bytes(), default_id=p.name.removesuffix(".tml"))


def parse_timeml(source: str | bytes, *, default_id: str = "doc") -> TimeMLDocument:
    """Parse TimeML from a string or bytes."""
    root = ET.fromstring(source)
    docid_el = root.find("DOCID")
    doc_id = (docid_el.text or "").strip() if docid_el is not None and docid_el.text else default_id

    dct_value: str | None = None
    for el in root.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            dct_value = el.get("value")
            break

    text_el = root.find("TEXT")
    chunks: list[str] = []
    timexes: list[TimeMLTimex] = []
    events: list[TimeMLEvent] = []
    if text_el is not None:
        _walk(text_el, chunks, timexes, events, top=True)
    text = "".join(chunks)

    instances = tuple(
        TimeMLInstance(
            eiid=el.get("eiid", ""),
            event_id=el.get("eventID", ""),
            tense=el.get("tense"),
            aspect=el.get("aspect"),
            polarity=el.get("polarity"),
            modality=el.get("modality"),
        )
        for el in root.iter("MAKEINSTANCE")
    )
    links: list[TimeMLLink] = []
    for el in root.iter("TLINK"):
        from_id = el.get("eventInstanceID") or el.get("timeID")
        to_id = el.get("relatedToEventInstance") or el.get("relatedToTime")
        relation = el.get("relType")
        if from_id and to_id and relation:
            links.append(TimeMLLink(lid=el.get("lid", ""), relation=relation, source=from_id, target=to_id))
    return TimeMLDocument(
        doc_id=doc_id,
        text=text,
        dct_value=dct_value,
        timexes=tuple(timexes),
        events=tuple(events),
        instances=instances,
        links=tuple(links),
    )


def _walk(
    el: ET.Element, chunks: list[str], timexes: list[TimeMLTimex], events: list[TimeMLEvent], *, top: bool = False
) -> None:
    """Collect the characters of ``el`` and the spans of the tags nested in it, at any depth."""
    start = sum(len(c) for c in chunks)
    if el.text:
        chunks.append(el.text)
    for child in el:
        _walk(child, chunks, timexes, events)
        if child.tail:
            chunks.append(child.tail)
    if top:
        return
    end = sum(len(c) for c in chunks)
    covered = "".join(chunks)[start:end]
    if el.tag == "TIMEX3":
        timexes.append(
            TimeMLTimex(
                tid=el.get("tid", ""),
                type=el.get("type", ""),
                value=el.get("value"),
                mod=el.get("mod"),
                start=start,
                end=end,
                text=covered,
            )
        )
    elif el.tag == "EVENT":
        events.append(
            TimeMLEvent(eid=el.get("eid", ""), event_class=el.get("class", ""), start=start, end=end, text=covered)
        )
