"""The data model: time expressions, events, timeline entries and the timeline.

All classes are frozen, slotted, keyword-only attrs classes. Every span carries character
offsets into the original text (``text[start:end]`` is the span's text). ``Timeline.to_dict``
is the stable JSON contract documented in ``docs/json.md``; ``Timeline.from_dict`` reads it
back losslessly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from enum import Enum
from typing import Any

import attrs

from timeline.calendar import Granularity, Interval

__all__ = [
    "FACTUALITY_VALUES",
    "SCHEMA_VERSION",
    "Anchor",
    "AnchorKind",
    "Aspect",
    "Event",
    "EventClass",
    "EventTime",
    "Participant",
    "Placement",
    "Polarity",
    "PublicationDateSource",
    "Relation",
    "RelativeTime",
    "ReplayData",
    "TemporalLink",
    "Tense",
    "TextSpan",
    "TimeExpression",
    "Timeline",
    "TimelineEntry",
    "TimexType",
]

#: Version of the JSON contract written by :meth:`Timeline.to_dict`.
SCHEMA_VERSION = 1


class TimexType(str, Enum):
    """TimeML TIMEX3 ``type``."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class EventClass(str, Enum):
    """TimeML EVENT ``class``."""

    OCCURRENCE = "OCCURRENCE"
    REPORTING = "REPORTING"
    STATE = "STATE"
    I_ACTION = "I_ACTION"
    I_STATE = "I_STATE"
    ASPECTUAL = "ASPECTUAL"
    PERCEPTION = "PERCEPTION"


class Tense(str, Enum):
    """TimeML ``tense`` of an event instance."""

    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    INFINITIVE = "INFINITIVE"
    PRESPART = "PRESPART"
    PASTPART = "PASTPART"
    NONE = "NONE"


class Aspect(str, Enum):
    """TimeML ``aspect`` of an event instance."""

    NONE = "NONE"
    PROGRESSIVE = "PROGRESSIVE"
    PERFECTIVE = "PERFECTIVE"
    PERFECTIVE_PROGRESSIVE = "PERFECTIVE_PROGRESSIVE"


class Polarity(str, Enum):
    """TimeML ``polarity``."""

    POS = "POS"
    NEG = "NEG"


class Relation(str, Enum):
    """TimeML TLINK relation types, read as "event RELATION time"."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    INCLUDES = "INCLUDES"
    IS_INCLUDED = "IS_INCLUDED"
    DURING = "DURING"
    SIMULTANEOUS = "SIMULTANEOUS"
    IAFTER = "IAFTER"
    IBEFORE = "IBEFORE"
    IDENTITY = "IDENTITY"
    BEGINS = "BEGINS"
    ENDS = "ENDS"
    BEGUN_BY = "BEGUN_BY"
    ENDED_BY = "ENDED_BY"
    VAGUE = "VAGUE"


class AnchorKind(str, Enum):
    """What a relative expression was resolved against."""

    PUBLICATION_DATE = "publication_date"
    REFERENCE_TIME = "reference_time"
    NONE = "none"


class Placement(str, Enum):
    """How an event got its time; read with :attr:`TimelineEntry.reason`."""

    GOVERNING_TIMEX = "governing_timex"
    INHERITED = "inherited"
    REFERENCE_TIME = "reference_time"
    TENSE = "tense"


@attrs.frozen(kw_only=True, slots=True)
class TextSpan:
    """A stretch of the original text: ``text == source[start:end]``."""

    text: str
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()

    @end.validator
    def _end_after_start(self, _: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TextSpan:
        return cls(text=d["text"], start=d["start"], end=d["end"])


@attrs.frozen(kw_only=True, slots=True)
class Anchor:
    """The time a relative expression was resolved against, and where it came from."""

    kind: AnchorKind
    value: str | None = None
    timex_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "value": self.value, "timex_id": self.timex_id}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Anchor:
        return cls(kind=AnchorKind(d["kind"]), value=d.get("value"), timex_id=d.get("timex_id"))


@attrs.frozen(kw_only=True, slots=True)
class RelativeTime:
    """A time known only relative to an unknown publication date.

    ``earliest_days``/``latest_days`` are inclusive offsets in days from the publication day
    (0 is the publication day, -1 the day before); ``None`` is an open side. ``unit`` and
    ``offset`` give the calendar-unit offset when the words fix one ("last week": ``week``,
    ``-1``), else ``offset`` is ``None`` (a bare "Friday" could be 0 to 6 days back).
    ``label`` reads it for a person ("the week before publication").
    """

    label: str
    earliest_days: int | None
    latest_days: int | None
    unit: str
    offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "earliest_days": self.earliest_days,
            "latest_days": self.latest_days,
            "unit": self.unit,
            "offset": self.offset,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RelativeTime:
        return cls(
            label=d["label"],
            earliest_days=d.get("earliest_days"),
            latest_days=d.get("latest_days"),
            unit=d["unit"],
            offset=d.get("offset"),
        )


def _interval_to_dict(interval: Interval | None) -> dict[str, Any] | None:
    if interval is None:
        return None
    return {"start": interval.earliest, "end": interval.latest, "granularity": interval.granularity.value}


def _interval_from_dict(d: Mapping[str, Any] | None) -> Interval | None:
    if d is None:
        return None
    return Interval.from_bounds(d["start"], d["end"], Granularity(d["granularity"]))


@attrs.frozen(kw_only=True, slots=True)
class TimeExpression:
    """A temporal expression found in the text and normalised TimeML-style.

    ``interval`` is what a DATE or TIME denotes (``None`` when it cannot be pinned, e.g.
    ``PAST_REF`` or a relative expression with no anchor). ``rule`` names the rule that fired and
    ``explanation`` says in one line how the value was reached.
    """

    id: str
    text: str
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int
    type: TimexType
    value: str | None
    mod: str | None = None
    interval: Interval | None = None
    anchor: Anchor = Anchor(kind=AnchorKind.NONE)
    rule: str = ""
    explanation: str = ""
    quant: str | None = None
    freq: str | None = None
    partial: Mapping[str, Any] | None = attrs.field(default=None, eq=False, repr=False)
    relative: RelativeTime | None = None

    @property
    def span(self) -> TextSpan:
        return TextSpan(text=self.text, start=self.start, end=self.end)

    @property
    def resolved(self) -> bool:
        """Whether the expression has a concrete value."""
        return self.value is not None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type.value,
            "value": self.value,
            "mod": self.mod,
            "interval": _interval_to_dict(self.interval),
            "anchor": self.anchor.to_dict(),
            "rule": self.rule,
            "explanation": self.explanation,
        }
        if self.quant is not None:
            d["quant"] = self.quant
        if self.freq is not None:
            d["freq"] = self.freq
        if self.partial is not None:
            d["partial"] = dict(self.partial)
        if self.relative is not None:
            d["relative"] = self.relative.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TimeExpression:
        return cls(
            id=d["id"],
            text=d["text"],
            start=d["start"],
            end=d["end"],
            type=TimexType(d["type"]),
            value=d["value"],
            mod=d.get("mod"),
            interval=_interval_from_dict(d.get("interval")),
            anchor=Anchor.from_dict(d["anchor"]) if d.get("anchor") else Anchor(kind=AnchorKind.NONE),
            rule=d.get("rule", ""),
            explanation=d.get("explanation", ""),
            quant=d.get("quant"),
            freq=d.get("freq"),
            partial=d.get("partial"),
            relative=RelativeTime.from_dict(d["relative"]) if d.get("relative") else None,
        )


@attrs.frozen(kw_only=True, slots=True)
class Participant:
    """Who took part in an event: a role from the parse and the words that name it."""

    role: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Participant:
        return cls(role=d["role"], text=d["text"], start=d["start"], end=d["end"])


#: What an event's sentence says about it having happened (``Event.factuality``).
FACTUALITY_VALUES = ("actual", "hypothetical", "negated", "reported")


@attrs.frozen(kw_only=True, slots=True)
class Event:
    """An event mention: its trigger word(s), sentence and TimeML attributes."""

    id: str
    text: str
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int
    sentence: TextSpan
    lemma: str
    pos: str
    event_class: EventClass = EventClass.OCCURRENCE
    tense: Tense = Tense.NONE
    aspect: Aspect = Aspect.NONE
    polarity: Polarity = Polarity.POS
    modality: str | None = None
    participants: tuple[Participant, ...] = ()
    #: What the text says about it having happened, one of :data:`FACTUALITY_VALUES`: stated as
    #: fact, as possible/planned/conditional, as not happening, or only as someone's statement.
    factuality: str = attrs.field(default="actual", validator=attrs.validators.in_(FACTUALITY_VALUES))
    #: For a ``reported`` event, the id of the reporting event ("police *said* the man fled").
    reported_by: str | None = None

    @property
    def span(self) -> TextSpan:
        return TextSpan(text=self.text, start=self.start, end=self.end)

    @property
    def is_hypothetical(self) -> bool:
        """Qualified by a modal other than *will*/*shall* ("would mean", "could face"). Planned
        or wanted events ("next week's planned meetings") are ``factuality == "hypothetical"``
        without being hypothetical in this sense: a timeline still places them, in the future."""
        return self.modality is not None and self.modality.lower() not in ("will", "shall", "'ll")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence.to_dict(),
            "lemma": self.lemma,
            "pos": self.pos,
            "class": self.event_class.value,
            "tense": self.tense.value,
            "aspect": self.aspect.value,
            "polarity": self.polarity.value,
            "modality": self.modality,
            "participants": [p.to_dict() for p in self.participants],
            "factuality": self.factuality,
            "reported_by": self.reported_by,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Event:
        return cls(
            id=d["id"],
            text=d["text"],
            start=d["start"],
            end=d["end"],
            sentence=TextSpan.from_dict(d["sentence"]),
            lemma=d["lemma"],
            pos=d["pos"],
            event_class=EventClass(d["class"]),
            tense=Tense(d["tense"]),
            aspect=Aspect(d["aspect"]),
            polarity=Polarity(d["polarity"]),
            modality=d.get("modality"),
            participants=tuple(Participant.from_dict(p) for p in d.get("participants", ())),
            factuality=d.get("factuality", "actual"),
            reported_by=d.get("reported_by"),
        )


@attrs.frozen(kw_only=True, slots=True)
class EventTime:
    """When an event happened: an interval, and its TimeML value when it is one calendar unit.

    In a timeline without a publication date, a time reckoned from publication has an
    unbounded ``interval`` and says where it lies in ``relative``.
    """

    value: str | None
    interval: Interval
    timex_id: str | None = None
    relative: RelativeTime | None = None

    @property
    def is_uncertain(self) -> bool:
        """Only one side of the interval is known ("on or before 2024-03-22")."""
        return not self.interval.is_bounded

    def describe(self) -> str:
        if self.relative is not None:
            return self.relative.label
        if self.value is not None and self.interval.is_bounded:
            return self.value
        return self.interval.describe()

    def to_dict(self) -> dict[str, Any]:
        interval = _interval_to_dict(self.interval)
        assert interval is not None
        d: dict[str, Any] = {"value": self.value, **interval, "timex_id": self.timex_id, "uncertain": self.is_uncertain}
        if self.relative is not None:
            d["relative"] = self.relative.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> EventTime:
        interval = _interval_from_dict(d)
        assert interval is not None
        relative = RelativeTime.from_dict(d["relative"]) if d.get("relative") else None
        return cls(value=d.get("value"), interval=interval, timex_id=d.get("timex_id"), relative=relative)


@attrs.frozen(kw_only=True, slots=True)
class TimelineEntry:
    """One event on the timeline, the time it is placed at, how it relates to it and why."""

    event: Event
    time: EventTime
    relation: Relation
    placement: Placement
    reason: str

    def __str__(self) -> str:
        when = self.time.describe()
        mark = "" if self.event.factuality == "actual" else f" [{self.event.factuality}]"
        return f"{when:<24} {self.event.text!r}{mark} — {self.event.sentence.text.strip()[:100]}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event.to_dict(),
            "time": self.time.to_dict(),
            "relation": self.relation.value,
            "placement": self.placement.value,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TimelineEntry:
        return cls(
            event=Event.from_dict(d["event"]),
            time=EventTime.from_dict(d["time"]),
            relation=Relation(d["relation"]),
            placement=Placement(d["placement"]),
            reason=d["reason"],
        )


@attrs.frozen(kw_only=True, slots=True)
class TemporalLink:
    """A TLINK: ``source`` stands in ``relation`` to ``target``.

    Ids are event ids (``e1``), time expression ids (``t1``) or ``t0`` for the publication
    date, as in TimeML.
    """

    source: str
    target: str
    relation: Relation
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "relation": self.relation.value, "reason": self.reason}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TemporalLink:
        return cls(source=d["source"], target=d["target"], relation=Relation(d["relation"]), reason=d.get("reason", ""))


_Day = date


@attrs.frozen(kw_only=True, slots=True)
class PublicationDateSource:
    """Where the timeline's publication date came from and how sure that is.

    ``method`` is ``"given"`` when the caller passed the date, else how it was read from the
    text (``dateline``, ``byline``, ``copyright_year``… see :class:`timeline.dateline.GuessMethod`).
    ``date`` is ``None`` for a weak constraint that only bounds the date to
    ``earliest``..``latest`` (a copyright year): the timeline is then not anchored to it.
    ``evidence`` is the stretch of text the date was read from.
    """

    method: str
    date: _Day | None
    earliest: _Day | None = None
    latest: _Day | None = None
    evidence: TextSpan | None = None
    confidence: float = 1.0
    explanation: str = ""

    @property
    def anchors(self) -> bool:
        """Whether the timeline is anchored to this date (an exact day)."""
        return self.date is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "date": self.date.isoformat() if self.date else None,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "confidence": self.confidence,
            "explanation": self.explanation,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> PublicationDateSource:
        def day(key: str) -> _Day | None:
            value = d.get(key)
            return date.fromisoformat(value) if value else None

        return cls(
            method=d["method"],
            date=day("date"),
            earliest=day("earliest"),
            latest=day("latest"),
            evidence=TextSpan.from_dict(d["evidence"]) if d.get("evidence") else None,
            confidence=d.get("confidence", 1.0),
            explanation=d.get("explanation", ""),
        )


@attrs.frozen(kw_only=True, slots=True)
class ReplayData:
    """The token annotations of the parse, kept so the timeline can be re-anchored to another
    publication date without parsing the text again (:meth:`Timeline.reanchor`).

    One entry per token in each column: character ``starts``/``ends``, trailing whitespace,
    the index of the syntactic head, and the dependency label, fine and coarse tags, lemma
    and morphology; ``lang`` is the spaCy language code (its lexical attributes, such as
    ``lower_``, are recomputed from the words).
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    spaces: tuple[bool, ...]
    heads: tuple[int, ...]
    deps: tuple[str, ...]
    tags: tuple[str, ...]
    pos: tuple[str, ...]
    lemmas: tuple[str, ...]
    morphs: tuple[str, ...]
    lang: str = "en"

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, **{name: list(getattr(self, name)) for name in _REPLAY_COLUMNS}}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ReplayData:
        return cls(lang=d.get("lang", "en"), **{name: tuple(d[name]) for name in _REPLAY_COLUMNS})


_REPLAY_COLUMNS = ("starts", "ends", "spaces", "heads", "deps", "tags", "pos", "lemmas", "morphs")


@attrs.frozen(kw_only=True, slots=True)
class Timeline:
    """The events of a text in chronological order, with every time expression found.

    Iterating yields :class:`TimelineEntry` objects earliest first; entries placed at the same
    time keep the order of the text. ``unplaced`` holds events no time could be given to, and
    ``assumptions`` says what was assumed (for instance that no publication date was given).
    """

    text: str
    publication_date: date | None
    entries: tuple[TimelineEntry, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    unplaced: tuple[Event, ...] = ()
    links: tuple[TemporalLink, ...] = ()
    assumptions: tuple[str, ...] = ()
    publication_date_source: PublicationDateSource | None = None
    replay: ReplayData | None = attrs.field(default=None, repr=False)

    @property
    def is_relative(self) -> bool:
        """No publication date is known: times reckoned from it are offsets (see ``relative``)."""
        return self.publication_date is None and any(t.relative is not None for t in self.times)

    def reanchor(self, publication_date: object, *, pipeline: Any = None) -> Timeline:
        """This timeline for another publication date, without parsing the text again.

        Gives the same result as ``extract_timeline(self.text, publication_date=...)`` with the
        same pipeline (default: :func:`timeline.default_pipeline`).
        """
        from timeline.reanchor import reanchor

        return reanchor(self, publication_date, pipeline=pipeline)

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event found, placed or not, in text order."""
        return tuple(sorted((*(e.event for e in self.entries), *self.unplaced), key=lambda e: (e.start, e.end)))

    def __iter__(self) -> Iterator[TimelineEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index: int) -> TimelineEntry:
        return self.entries[index]

    def __str__(self) -> str:
        return self.to_text()

    def to_text(self) -> str:
        """A readable chronological listing."""
        published = self.publication_date.isoformat() if self.publication_date else "unknown"
        if self.publication_date is None and self.is_relative:
            published = "unknown; times relative to publication"
        lines = [
            f"Timeline (published {published}): {len(self.entries)} events placed, {len(self.unplaced)} not placed"
        ]
        lines += [f"  {entry}" for entry in self.entries]
        lines += [f"  note: {note}" for note in self.assumptions]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (see ``docs/json.md``); stable across releases of one schema version."""
        return {
            "schema_version": SCHEMA_VERSION,
            "publication_date": self.publication_date.isoformat() if self.publication_date else None,
            "entries": [e.to_dict() for e in self.entries],
            "times": [t.to_dict() for t in self.times],
            "unplaced": [e.to_dict() for e in self.unplaced],
            "links": [link.to_dict() for link in self.links],
            "assumptions": list(self.assumptions),
            "publication_date_source": (
                self.publication_date_source.to_dict() if self.publication_date_source else None
            ),
            "replay": self.replay.to_dict() if self.replay else None,
            "text": self.text,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as a JSON string."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Timeline:
        """Read back what :meth:`to_dict` wrote."""
        version = d.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"unsupported timeline schema_version {version!r} (this library reads {SCHEMA_VERSION})")
        published = d.get("publication_date")
        return cls(
            text=d["text"],
            publication_date=date.fromisoformat(published) if published else None,
            entries=tuple(TimelineEntry.from_dict(e) for e in d.get("entries", ())),
            times=tuple(TimeExpression.from_dict(t) for t in d.get("times", ())),
            unplaced=tuple(Event.from_dict(e) for e in d.get("unplaced", ())),
            links=tuple(TemporalLink.from_dict(link) for link in d.get("links", ())),
            assumptions=tuple(d.get("assumptions", ())),
            publication_date_source=(
                PublicationDateSource.from_dict(source) if (source := d.get("publication_date_source")) else None
            ),
            replay=ReplayData.from_dict(d["replay"]) if d.get("replay") else None,
        )

    @classmethod
    def from_json(cls, text: str) -> Timeline:
        """Read back what :meth:`to_json` wrote."""
        return cls.from_dict(json.loads(text))

    def to_html(self, *, title: str | None = None) -> str:
        """A self-contained HTML page drawing the timeline on a time axis (no network needed)."""
        from timeline.output.html import to_html

        return to_html(self, title=title)

    def _repr_html_(self) -> str:
        """The picture of the timeline in a notebook."""
        from timeline.output.html import html_fragment

        return html_fragment(self)

    def to_dataframe(self, *, unplaced: bool = False) -> Any:
        """One row per event, earliest first, as a pandas DataFrame (``pip install timeline[pandas]``)."""
        from timeline.output.dataframe import to_dataframe

        return to_dataframe(self, unplaced=unplaced)

    def to_timeml(self, *, doc_id: str = "doc") -> str:
        """The text with TIMEX3, EVENT, MAKEINSTANCE and TLINK tags, as TempEval-3 tools read it."""
        from timeline.output.timeml import to_timeml

        return to_timeml(self, doc_id=doc_id)
