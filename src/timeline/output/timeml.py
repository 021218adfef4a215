"""Write a :class:`~timeline.model.Timeline` as a TempEval-3 TimeML document.

The ``<TEXT>`` element holds the timeline's text character for character (after XML
unescaping), with TIMEX3 and EVENT tags inline, so TempEval-3 scorers can compare spans with
the gold files. Choices the format forces on us:

* Tags must nest. TIMEX3s are placed first (a TIMEX3 crossing an earlier one is dropped), then
  EVENTs; an EVENT that partially overlaps a placed tag is dropped, one nested wholly inside or
  around it is kept. Empty or out-of-range spans are dropped. Dropped events get no
  MAKEINSTANCE and no TLINK, so every id the document mentions exists.
* TimeML requires a ``value``. An unresolved expression gets the underspecified form with ``X``
  for every unknown digit (DATE ``XXXX-XX-XX``, TIME ``XXXX-XX-XXTXX:XX``, DURATION and SET
  ``PXX``): it is valid TimeML, says "not known" honestly and scores as a value mismatch.
* Ids must be unique: a second item with an id already used (or ``t0``, the DCT's) is left
  out. ``anchorTimeID`` is written only when the anchor is a TIMEX3 in the document.
* ``t0`` is the DCT. Without a publication date there is no DCT element and links to ``t0``
  are left out. VAGUE links are left out: TimeML 1.2.1 has no such relType and they carry no
  order.
* ``\\r`` is written as ``&#13;`` because XML parsers turn a literal carriage return into
  ``\\n``. Characters XML 1.0 cannot carry at all (C0 controls other than tab and newline) are
  written as spaces, the only place where the text is not kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar
from xml.sax.saxutils import escape, quoteattr

import attrs

from timeline.model import Event, Placement, Relation, TimeExpression, Timeline, TimexType

__all__ = ["to_timeml"]

_UNKNOWN_VALUE = {
    TimexType.DATE: "XXXX-XX-XX",
    TimexType.TIME: "XXXX-XX-XXTXX:XX",
    TimexType.DURATION: "PXX",
    TimexType.SET: "PXX",
}
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EVENT_NUMBER = re.compile(r"^e(\d+)$")


@attrs.frozen(kw_only=True, slots=True)
class _Tag:
    start: int
    end: int
    open: str
    close: str
    rank: int  # TIMEX3 (0) wraps an EVENT (1) with the same span


def _text(s: str) -> str:
    return escape(_BAD_XML_CHARS.sub(" ", s)).replace("\r", "&#13;")


def _attrs(pairs: list[tuple[str, str | None]]) -> str:
    return "".join(f" {name}={quoteattr(_BAD_XML_CHARS.sub(' ', value))}" for name, value in pairs if value is not None)


def _crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlapping without one containing the other: such tags cannot both be written."""
    overlap = a[0] < b[1] and b[0] < a[1]
    nested = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    return overlap and not nested


def _place(spans: list[tuple[int, int]], placed: list[tuple[int, int]], length: int) -> list[bool]:
    """Which of ``spans`` can be written alongside ``placed`` (which grows as spans are accepted)."""
    keep = []
    for span in spans:
        ok = 0 <= span[0] < span[1] <= length and not any(_crosses(span, other) for other in placed)
        if ok:
            placed.append(span)
        keep.append(ok)
    return keep


_Identified = TypeVar("_Identified", TimeExpression, Event)


def _first_of_each_id(items: Iterable[_Identified], taken: set[str]) -> list[_Identified]:
    """Items whose id is not yet taken (ids must be unique in TimeML, and ``t0`` is the DCT's)."""
    out = []
    for item in items:
        if item.id not in taken:
            taken.add(item.id)
            out.append(item)
    return out


def _timex_tag(t: TimeExpression, written_times: set[str]) -> _Tag:
    value = t.value if t.value is not None else _UNKNOWN_VALUE[t.type]
    anchor = t.anchor.timex_id if t.anchor.timex_id in written_times and t.anchor.timex_id != t.id else None
    attributes = _attrs(
        [
            ("tid", t.id),
            ("type", t.type.value),
            ("value", value),
            ("mod", t.mod),
            ("quant", t.quant),
            ("freq", t.freq),
            ("temporalFunction", "true" if t.anchor.timex_id or t.anchor.value else "false"),
            ("functionInDocument", "NONE"),
            ("anchorTimeID", anchor),
        ]
    )
    return _Tag(start=t.start, end=t.end, open=f"<TIMEX3{attributes}>", close="</TIMEX3>", rank=0)


def _event_tag(e: Event) -> _Tag:
    attributes = _attrs([("eid", e.id), ("class", e.event_class.value)])
    return _Tag(start=e.start, end=e.end, open=f"<EVENT{attributes}>", close="</EVENT>", rank=1)


def _inline(text: str, tags: list[_Tag]) -> str:
    """``text`` escaped with properly nested ``tags`` inserted."""
    tags = sorted(tags, key=lambda t: (t.start, -t.end, t.rank))
    out: list[str] = []
    stack: list[_Tag] = []
    pos = 0
    for tag in tags:
        while stack and stack[-1].end <= tag.start:
            top = stack.pop()
            out.append(_text(text[pos : top.end]) + top.close)
            pos = top.end
        out.append(_text(text[pos : tag.start]) + tag.open)
        pos = tag.start
        stack.append(tag)
    while stack:
        top = stack.pop()
        out.append(_text(text[pos : top.end]) + top.close)
        pos = top.end
    out.append(_text(text[pos:]))
    return "".join(out)


def _eiids(events: list[Event]) -> dict[str, str]:
    """Event id -> instance id: ``e12`` becomes ``ei12``; other ids are numbered after the largest."""
    numbers = {e.id: int(m.group(1)) for e in events if (m := _EVENT_NUMBER.match(e.id))}
    next_free = max(numbers.values(), default=0) + 1
    out: dict[str, str] = {}
    used: set[int] = set()
    for e in events:
        n = numbers.get(e.id)
        if n is None or n in used:
            n = next_free
            next_free += 1
        used.add(n)
        out[e.id] = f"ei{n}"
    return out


def to_timeml(timeline: Timeline, *, doc_id: str = "doc") -> str:
    """The timeline as a TempEval-3 TimeML document (a string that parses with xml.etree)."""
    text = timeline.text
    placed: list[tuple[int, int]] = []
    taken = {"t0"} if timeline.publication_date is not None else set()
    times = sorted(_first_of_each_id(timeline.times, taken), key=lambda t: (t.start, -t.end))
    kept_times = [
        t for t, ok in zip(times, _place([(t.start, t.end) for t in times], placed, len(text)), strict=True) if ok
    ]
    events = _first_of_each_id(timeline.events, taken)
    kept_events = [
        e for e, ok in zip(events, _place([(e.start, e.end) for e in events], placed, len(text)), strict=True) if ok
    ]
    written_times = {t.id for t in kept_times} | ({"t0"} & taken)
    tags = [_timex_tag(t, written_times) for t in kept_times] + [_event_tag(e) for e in kept_events]

    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{_text(doc_id)}</DOCID>"]
    if timeline.publication_date is not None:
        dct = timeline.publication_date.isoformat()
        dct_attrs = _attrs(
            [
                ("tid", "t0"),
                ("type", "DATE"),
                ("value", dct),
                ("temporalFunction", "false"),
                ("functionInDocument", "CREATION_TIME"),
            ]
        )
        lines.append(f"<DCT><TIMEX3{dct_attrs}>{dct}</TIMEX3></DCT>")
    lines.append(f"<TEXT>{_inline(text, tags)}</TEXT>")

    eiid = _eiids(kept_events)
    for e in kept_events:
        instance_attrs = _attrs(
            [
                ("eiid", eiid[e.id]),
                ("eventID", e.id),
                ("pos", _pos(e.pos)),
                ("tense", e.tense.value),
                ("aspect", e.aspect.value),
                ("polarity", e.polarity.value),
                ("modality", e.modality),
            ]
        )
        lines.append(f"<MAKEINSTANCE{instance_attrs} />")

    time_ids = {t.id for t in kept_times}
    if timeline.publication_date is not None:
        time_ids.add("t0")
    links: list[tuple[str, str, Relation]] = []
    for entry in timeline.entries:
        if entry.placement is Placement.INHERITED and entry.time.timex_id == "t0":
            continue  # the head's tense, not the event's: its own link to t0, if any, is among the links
        if entry.event.id in eiid and entry.time.timex_id in time_ids:
            links.append((entry.event.id, entry.time.timex_id, entry.relation))
    links += [(link.source, link.target, link.relation) for link in timeline.links]

    seen: set[tuple[str, str, Relation]] = set()
    for source, target, relation in links:
        if relation is Relation.VAGUE or (source, target, relation) in seen:
            continue
        source_attr = _link_end(source, eiid, time_ids, ("eventInstanceID", "timeID"))
        target_attr = _link_end(target, eiid, time_ids, ("relatedToEventInstance", "relatedToTime"))
        if source_attr is None or target_attr is None or source == target:
            continue
        seen.add((source, target, relation))
        link_attrs = _attrs([("lid", f"l{len(seen)}"), ("relType", relation.value), source_attr, target_attr])
        lines.append(f"<TLINK{link_attrs} />")
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def _link_end(
    node: str, eiid: dict[str, str], time_ids: set[str], names: tuple[str, str]
) -> tuple[str, str | None] | None:
    """The TLINK attribute naming ``node``, or ``None`` when the node was not written."""
    if node in eiid:
        return (names[0], eiid[node])
    if node in time_ids:
        return (names[1], node)
    return None


_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJECTIVE", "ADP": "PREPOSITION"}


def _pos(pos: str) -> str:
    """Universal POS (spaCy) to the TimeML MAKEINSTANCE ``pos`` set."""
    return _POS.get(pos.upper(), "OTHER")
