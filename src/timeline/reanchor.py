"""Re-anchoring: the timeline of the same text for another publication date, without a parse.

A timeline keeps what anchoring needs: every time expression's partial value and clause
orientation (``TimeExpression.partial``), the events, and the token annotations of the parse
(:class:`~timeline.model.ReplayData`). Re-anchoring resolves the partial values against the new
date with :func:`timeline.resolver.resolve.resolve`, carrying the story's reference time as
:func:`timeline.resolver.resolve_mentions` does, rebuilds a spaCy ``Doc`` from the stored
annotations (no model is loaded) and runs the pipeline's orderer on it. The result equals
``extract_timeline(text, publication_date=date)`` with the same pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

import attrs

from timeline.inputs import coerce_publication_date
from timeline.model import Event, PublicationDateSource, ReplayData, TimeExpression, Timeline

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from timeline.pipeline import Document, Pipeline

__all__ = ["GIVEN", "doc_from_replay", "reanchor", "replay_from_doc", "resolve_times", "run_with_replay"]

#: The source of a publication date the caller passed in.
GIVEN = PublicationDateSource(
    method="given", date=None, confidence=1.0, explanation="the publication date was given by the caller"
)


def given_source(published: date) -> PublicationDateSource:
    """The source of a caller's publication date."""
    return attrs.evolve(GIVEN, date=published, earliest=published, latest=published)


def replay_from_doc(doc: Doc) -> ReplayData:
    """The token annotations of ``doc`` that re-anchoring needs.

    Read column-wise (:func:`timeline.nlp.token_columns`, shared with the stages within a run),
    each distinct hash looked up in the string table once: a ``Token`` object per token and
    column cost as much as the resolver stage.
    """
    from timeline.nlp import token_columns

    if len(doc) == 0:
        return ReplayData(
            starts=(), ends=(), spaces=(), heads=(), deps=(), tags=(), pos=(), lemmas=(), morphs=(), lang=doc.lang_
        )
    columns = token_columns(doc)
    return ReplayData(
        starts=tuple(columns.idxs),
        ends=tuple(map(int.__add__, columns.idxs, columns.lengths)),
        spaces=tuple(map(bool, columns.spaces)),
        heads=tuple(columns.heads),
        deps=tuple(columns.names("dep_hashes")),
        tags=tuple(columns.names("tag_hashes")),
        pos=tuple(map(_pos_names().__getitem__, columns.poses)),
        lemmas=tuple(columns.names("lemma_hashes")),
        morphs=tuple(_morph_names(columns.morphs, doc.vocab.strings)),
        lang=doc.lang_,
    )


#: Morphologies as ``str(token.morph)`` writes them, by hash, shared across documents (a hash is a
#: function of the string alone): the string table writes an empty morphology as ``_``.
_MORPHS: dict[int, str] = {}
_MAX_MORPHS = 100_000


def _morph_names(hashes: list[int], strings: Any) -> list[str]:
    """The morphology of each token from its hash, each hash looked up in ``strings`` once."""
    from timeline.nlp import cached_names

    def morph(h: int) -> str:
        features = strings[h] if h else ""
        return "" if features == "_" else features

    return cached_names(hashes, morph, _MORPHS, _MAX_MORPHS)


@cache
def _pos_names() -> list[str]:
    """spaCy's coarse part-of-speech names indexed by id, ``""`` for 0 (no annotation) and for an
    id without a name."""
    from spacy.parts_of_speech import NAMES

    names = [""] * (max(NAMES) + 1)
    for number, name in NAMES.items():
        names[number] = name
    names[0] = ""
    return names


def doc_from_replay(text: str, replay: ReplayData) -> Doc:
    """A ``Doc`` with the stored annotations (``doc.text == text``), built without a model."""
    from spacy.tokens import Doc

    words = [text[s:e] for s, e in zip(replay.starts, replay.ends, strict=True)]
    doc = Doc(
        _blank_vocab(replay.lang),
        words=words,
        spaces=list(replay.spaces),
        tags=list(replay.tags),
        pos=[p or None for p in replay.pos],  # type: ignore[misc]
        morphs=list(replay.morphs),
        lemmas=list(replay.lemmas),
        heads=list(replay.heads),
        deps=list(replay.deps),
    )
    if doc.text != text:
        raise ValueError("the stored token annotations do not match the timeline's text")
    return doc


@cache
def _blank_vocab(lang: str) -> Vocab:
    """The vocabulary of a blank pipeline for ``lang``: lexical attributes without a model."""
    import spacy

    return spacy.blank(lang).vocab


def stored_values(times: Sequence[TimeExpression]) -> tuple[list[Any], list[Any], list[str], list[str]]:
    """The partial values, orientations, ids and texts the expressions stored, as
    :func:`timeline.resolver.resolve_in_order` takes them (read once by a caller resolving them
    against many dates)."""
    from timeline.grammar import Orientation
    from timeline.resolver.extract import PartialTime

    partials, orientations = [], []
    for timex in times:
        if timex.partial is None:
            raise ValueError(f"time expression {timex.id} ({timex.text!r}) keeps no partial value: cannot re-anchor")
        stored = dict(timex.partial)
        orientations.append(Orientation(stored.pop("orientation", Orientation.UNKNOWN.value)))
        partials.append(PartialTime.from_dict(stored))
    return partials, orientations, [t.id for t in times], [t.text for t in times]


def resolve_times(times: Sequence[TimeExpression], publication_date: date | None) -> list[TimeExpression]:
    """Resolve the stored partial values against ``publication_date`` with the resolver's own
    loop (:func:`timeline.resolver.resolve_in_order`), so re-anchoring resolves as the text did."""
    from timeline.resolver import resolve_in_order

    results = resolve_in_order(*stored_values(times), publication_date)
    return [
        attrs.evolve(timex, **result.timex_fields(), relative=None)
        for timex, result in zip(times, results, strict=True)
    ]


def run_with_replay(
    pipeline: Pipeline, document: Document, times: Sequence[TimeExpression], events: Sequence[Event]
) -> Timeline:
    """The orderer's timeline with the replay data attached (from the document's parse)."""
    if not document.text.strip():
        timeline = pipeline.orderer(document, (), ())
    else:
        timeline = pipeline.orderer(document, times, events)
    replay = replay_from_doc(document.parse) if document.parse is not None else None
    return attrs.evolve(timeline, replay=replay)


def reanchor(timeline: Timeline, publication_date: object, *, pipeline: Pipeline | None = None) -> Timeline:
    """``timeline`` anchored to ``publication_date`` (see :meth:`Timeline.reanchor`)."""
    from timeline.pipeline import Document

    published = coerce_publication_date(publication_date)
    if published is None:
        raise ValueError("reanchor needs a publication date")
    if pipeline is None:
        from timeline import default_pipeline

        pipeline = default_pipeline()
    parse: Any = doc_from_replay(timeline.text, timeline.replay) if timeline.replay is not None else None
    document = Document(text=timeline.text, publication_date=published, parse=parse)
    times = resolve_times(timeline.times, published)
    result = run_with_replay(pipeline, document, times, timeline.events)
    return attrs.evolve(result, publication_date_source=given_source(published))
