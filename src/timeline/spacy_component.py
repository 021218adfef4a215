"""The ``timeline`` spaCy component: ``nlp.add_pipe("timeline")``.

The factory is declared under the ``spacy_factories`` entry point, so spaCy imports this module
whenever it builds a pipeline: it stays import-light. The resolver rules, the event lexicons and
the orderer are only loaded when the component first runs.

The component reuses the parse of the pipeline it sits in (no second parse) and writes:

* ``doc._.timeline``: the :class:`~timeline.model.Timeline` of the document;
* ``doc.spans["timeline_times"]`` (the key is configurable): one span per time expression,
  labelled with its TIMEX3 type, with ``span._.timex_id``, ``span._.timex_value``,
  ``span._.timex_type``, ``span._.timex_mod`` and ``span._.timex`` (the
  :class:`~timeline.model.TimeExpression`).

The publication date is taken, first found: from the ``publication_date`` argument of a direct
call (``nlp.get_pipe("timeline")(doc, publication_date=...)``), from ``doc._.publication_date``,
from the context of ``nlp.pipe(..., as_tuples=True)`` (a date, an ISO string, or a mapping with
a ``"publication_date"`` key), and last from the component config::

    nlp.add_pipe("timeline", config={"publication_date": "2024-03-22"})

Results are kept in ``doc.user_data`` as plain JSON-like data (``Timeline.to_dict``), so they
survive ``nlp.pipe(..., n_process=2)`` and ``Doc.to_bytes``.
"""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from timeline.model import TimeExpression, Timeline
    from timeline.pipeline import Pipeline

__all__ = ["DEFAULT_SPANS_KEY", "TimelineComponent", "make_timeline_component"]

#: Name of the factory (``nlp.add_pipe(FACTORY)``).
FACTORY = "timeline"
#: Default ``doc.spans`` key of the time expressions.
DEFAULT_SPANS_KEY = "timeline_times"
#: ``doc.user_data`` key under which the timeline is stored as ``Timeline.to_dict()``.
USER_DATA_KEY = "timeline.timeline"

# Timelines already rebuilt (or built) for a Doc, so ``doc._.timeline`` is not re-read each time.
_cache: weakref.WeakKeyDictionary[Doc, Timeline] = weakref.WeakKeyDictionary()


def _get_timeline(doc: Doc) -> Timeline | None:
    cached = _cache.get(doc)
    if cached is not None:
        return cached
    data = doc.user_data.get(USER_DATA_KEY)
    if data is None:
        return None
    from timeline.model import Timeline

    result = Timeline.from_dict(data)
    _cache[doc] = result
    return result


def _get_timex(span: Span) -> TimeExpression | None:
    timeline = span.doc._.timeline
    timex_id = span._.timex_id
    if timeline is None or timex_id is None:
        return None
    return next((t for t in timeline.times if t.id == timex_id), None)


def _set_extensions() -> None:
    from spacy.tokens import Doc, Span

    if not Doc.has_extension("timeline"):
        Doc.set_extension("timeline", getter=_get_timeline)
    if not Doc.has_extension("publication_date"):
        Doc.set_extension("publication_date", default=None)
    for name in ("timex_id", "timex_value", "timex_type", "timex_mod"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Span.has_extension("timex"):
        Span.set_extension("timex", getter=_get_timex)


def _context_date(context: object) -> object:
    if isinstance(context, Mapping):
        return context.get("publication_date")
    return context


class TimelineComponent:
    """Adds the timeline of each document to ``doc._.timeline`` and its time expressions to
    ``doc.spans[spans_key]``.

    Args:
        nlp: the pipeline the component belongs to; its parse is reused and its lemmatizer lent
            to the event detector.
        name: the component's name in the pipeline.
        publication_date: ISO date used when a document brings none (``None``: relative
            expressions stay unresolved unless the document has a date).
        spans_key: ``doc.spans`` key for the time expressions.
        resolver: registered name of the date resolver stage.
        detector: registered name of the event detector stage.
        orderer: registered name of the orderer stage.

    Raises:
        ValueError: ``publication_date`` is not an ISO date.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = FACTORY,
        *,
        publication_date: str | None = None,
        spans_key: str = DEFAULT_SPANS_KEY,
        resolver: str = "rules",
        detector: str = "spacy",
        orderer: str = "anchored",
    ) -> None:
        from timeline.inputs import coerce_publication_date

        self.nlp = nlp
        self.name = name
        self.publication_date = coerce_publication_date(publication_date)
        self.spans_key = spans_key
        self.stages = {"resolver": resolver, "detector": detector, "orderer": orderer}
        self._pipeline: Pipeline | None = None
        _set_extensions()

    def __repr__(self) -> str:
        return f"TimelineComponent(name={self.name!r}, spans_key={self.spans_key!r}, stages={self.stages!r})"

    @property
    def pipeline(self) -> Pipeline:
        """The timeline pipeline, built (and its rules loaded) on first use."""
        if self._pipeline is None:
            from timeline.pipeline import Pipeline

            self._pipeline = Pipeline(**self.stages, max_length=None)
        return self._pipeline

    def __call__(self, doc: Doc, publication_date: object = None) -> Doc:
        """Extract the timeline of ``doc`` (parsed by the components before this one)."""
        from timeline.inputs import coerce_publication_date
        from timeline.pipeline import Document

        if len(doc) and not doc.has_annotation("DEP"):
            warnings.warn(
                f"the {self.name!r} component found no dependency parse: add it after a parser "
                "(e.g. in en_core_web_sm) to detect events; only time expressions are found",
                UserWarning,
                stacklevel=2,
            )
        for candidate in (publication_date, doc._.publication_date, _context_date(getattr(doc, "_context", None))):
            if candidate is not None:
                published = coerce_publication_date(candidate)
                break
        else:
            published = self.publication_date
        document = Document(text=doc.text, publication_date=published, parse=doc, nlp=self.nlp)
        result = self.pipeline.run(document)
        doc.user_data[USER_DATA_KEY] = result.to_dict()
        _cache[doc] = result
        spans = []
        for timex in result.times:
            span = doc.char_span(timex.start, timex.end, label=timex.type.value, alignment_mode="expand")
            if span is None:
                continue
            span._.timex_id = timex.id
            span._.timex_value = timex.value
            span._.timex_type = timex.type.value
            span._.timex_mod = timex.mod
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    FACTORY,
    assigns=[
        "doc._.timeline",
        "doc.spans",
        "span._.timex_id",
        "span._.timex_value",
        "span._.timex_type",
        "span._.timex_mod",
    ],
    requires=["token.dep", "token.head", "token.pos", "token.tag", "token.is_sent_start"],
    default_config={
        "publication_date": None,
        "spans_key": DEFAULT_SPANS_KEY,
        "resolver": "rules",
        "detector": "spacy",
        "orderer": "anchored",
    },
)
def make_timeline_component(
    nlp: Language,
    name: str,
    *,
    publication_date: str | None,
    spans_key: str,
    resolver: str,
    detector: str,
    orderer: str,
) -> TimelineComponent:
    """The ``timeline`` factory (see :class:`TimelineComponent`)."""
    return TimelineComponent(
        nlp,
        name,
        publication_date=publication_date,
        spans_key=spans_key,
        resolver=resolver,
        detector=detector,
        orderer=orderer,
    )
