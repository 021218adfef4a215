"""A timeline as a pandas ``DataFrame``: one row per event, earliest first.

pandas is an optional extra (``pip install timeline[pandas]``) and is only imported when a
frame is asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.model import Event, EventTime, Timeline

__all__ = ["COLUMNS", "to_dataframe"]

#: Columns of the frame, in order.
COLUMNS = (
    "event_id",
    "event",
    "lemma",
    "class",
    "tense",
    "aspect",
    "polarity",
    "modality",
    "factuality",
    "reported_by",
    "start",
    "end",
    "sentence",
    "placed",
    "value",
    "earliest",
    "latest",
    "granularity",
    "uncertain",
    "timex_id",
    "timex",
    "relation",
    "placement",
    "reason",
)


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError(
            "Timeline.to_dataframe() needs pandas, an optional dependency: pip install timeline[pandas]"
        ) from exc


def _row(
    event: Event,
    time: EventTime | None,
    timex: str | None,
    relation: str | None,
    placement: str | None,
    reason: str | None,
) -> dict[str, Any]:
    return {
        "event_id": event.id,
        "event": event.text,
        "lemma": event.lemma,
        "class": event.event_class.value,
        "tense": event.tense.value,
        "aspect": event.aspect.value,
        "polarity": event.polarity.value,
        "modality": event.modality,
        "factuality": event.factuality,
        "reported_by": event.reported_by,
        "start": event.start,
        "end": event.end,
        "sentence": event.sentence.text,
        "placed": time is not None,
        "value": None if time is None else time.value,
        "earliest": None if time is None else time.interval.earliest,
        "latest": None if time is None else time.interval.latest,
        "granularity": None if time is None else time.interval.granularity.value,
        "uncertain": None if time is None else time.is_uncertain,
        "timex_id": None if time is None else time.timex_id,
        "timex": timex,
        "relation": relation,
        "placement": placement,
        "reason": reason,
    }


def to_dataframe(timeline: Timeline, *, unplaced: bool = False) -> Any:
    """The timeline as a ``pandas.DataFrame`` with the columns of :data:`COLUMNS`.

    Rows are the timeline's entries in its order (earliest first); with ``unplaced=True`` the
    events no time could be given to follow, with ``placed`` false and empty time columns.
    ``earliest`` and ``latest`` are the inclusive bounds as ``Timestamp`` (``NaT`` when open),
    ``timex`` is the text of the time expression the event was placed by.

    Raises:
        ImportError: pandas is not installed (the message names ``pip install timeline[pandas]``).
    """
    pd = _pandas()
    timex_text = {t.id: t.text for t in timeline.times}
    rows = [
        _row(
            entry.event,
            entry.time,
            timex_text.get(entry.time.timex_id) if entry.time.timex_id else None,
            entry.relation.value,
            entry.placement.value,
            entry.reason,
        )
        for entry in timeline.entries
    ]
    if unplaced:
        rows += [_row(event, None, None, None, None, None) for event in timeline.unplaced]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("earliest", "latest"):
        frame[column] = pd.to_datetime(frame[column], format="ISO8601")
    return frame
