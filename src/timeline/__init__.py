"""timeline: news text in, an ordered event timeline anchored to the publication date out.

>>> from timeline import extract_timeline
>>> tl = extract_timeline("The vote failed Friday.", publication_date="2024-03-22")
>>> [(entry.event.text, entry.time.value) for entry in tl]
[('vote', '2024-03-22'), ('failed', '2024-03-22')]
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from timeline import registry
from timeline.batch import extract_timelines
from timeline.calendar import CalendarRangeError, Granularity, Interval
from timeline.model import (
    Anchor,
    AnchorKind,
    Aspect,
    Event,
    EventClass,
    EventTime,
    Participant,
    Placement,
    Polarity,
    PublicationDateSource,
    Relation,
    RelativeTime,
    TemporalLink,
    Tense,
    TextSpan,
    TimeExpression,
    Timeline,
    TimelineEntry,
    TimexType,
)
from timeline.nlp import ModelNotFoundError
from timeline.pipeline import DateResolver, Document, EventDetector, Orderer, Pipeline

if TYPE_CHECKING:
    from datetime import date, datetime

__version__ = "0.1.0"

__all__ = [
    "Anchor",
    "AnchorKind",
    "Aspect",
    "CalendarRangeError",
    "DateResolver",
    "Document",
    "Event",
    "EventClass",
    "EventDetector",
    "EventTime",
    "Granularity",
    "Interval",
    "ModelNotFoundError",
    "Orderer",
    "Participant",
    "Pipeline",
    "Placement",
    "Polarity",
    "PublicationDateSource",
    "Relation",
    "RelativeTime",
    "TemporalLink",
    "Tense",
    "TextSpan",
    "TimeExpression",
    "Timeline",
    "TimelineEntry",
    "TimexType",
    "default_pipeline",
    "extract_timeline",
    "extract_timelines",
    "registry",
]


@cache
def default_pipeline() -> Pipeline:
    """The pipeline :func:`extract_timeline` uses when none is given (built once)."""
    return Pipeline()


def extract_timeline(
    text: str,
    publication_date: str | date | datetime | None = None,
    *,
    pipeline: Pipeline | None = None,
) -> Timeline:
    """The events of ``text`` in chronological order, anchored to ``publication_date``.

    Args:
        text: the article (any length; long texts are parsed in chunks).
        publication_date: when it was published: an ISO date string, ``date`` or ``datetime``
            (its own local date is used). Without it, the date is read from the text (a
            dateline, byline or ``Published:`` line; see ``Timeline.publication_date_source``);
            when none is found the timeline is relative: times reckoned from publication get
            offsets and labels (``TimeExpression.relative``) and ``Timeline.reanchor(date)``
            gives the dated timeline without parsing again (``docs/no-publication-date.md``).
        pipeline: the :class:`Pipeline` to use (default: :func:`default_pipeline`).

    Raises:
        TypeError: ``text`` is not a string, or ``publication_date`` of an unsupported type.
        ValueError: ``publication_date`` is not a valid date, or the text exceeds the
            pipeline's ``max_length``.
        ModelNotFoundError: no spaCy model is installed (the message names the pip command).
    """
    return (pipeline or default_pipeline())(text, publication_date)
