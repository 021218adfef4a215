"""Many texts at once: :func:`extract_timelines` streams timelines in input order.

The spaCy parse is the expensive part of the pipeline; here the texts (long texts cut into the
same chunks :func:`timeline.nlp.parse` uses) go through one ``nlp.pipe`` stream, batched, and
the stages then run on each parse. With ``n_process`` > 1, batches of items run whole (parse and
stages) in that many worker processes, each with its own ``nlp.pipe`` stream, and the timelines
come back in input order. Only the components the stages need run (the model is loaded as
:func:`timeline.nlp.load_model` loads it: no NER, lemmatizer disabled); when no stage reads the
parse, spaCy is not run at all. Results are the same as calling
:func:`timeline.extract_timeline` on each item.

>>> from timeline.batch import extract_timelines
>>> items = [("The vote failed Friday.", "2024-03-22"), "Nothing happened."]
>>> [len(tl.entries) for tl in extract_timelines(items)]  # doctest: +SKIP
[1, 1]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING

import attrs

from timeline.inputs import check_text, coerce_publication_date
from timeline.pipeline import Document, Pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from timeline.model import Timeline

__all__ = ["BatchItemError", "Item", "extract_timelines"]

#: One input: a text, or a (text, publication date) pair.
Item = str | tuple[str, str | date | datetime | None]

#: Texts handed to spaCy per batch by default: spaCy pads a batch to its longest text, so memory
#: grows with the batch while throughput on CPU barely does.
DEFAULT_BATCH_SIZE = 8


class BatchItemError(ValueError):
    """An item of the batch is malformed (not a text or a (text, date) pair)."""


@attrs.define(slots=True)
class _Pending:
    """An item waiting for the parses of its chunks."""

    index: int
    text: str
    published: date | None
    chunks: int
    docs: list[Doc] = attrs.Factory(list)

    @property
    def ready(self) -> bool:
        return len(self.docs) >= self.chunks


def _unpack(index: int, item: object, default_date: object) -> tuple[str, object]:
    """The text and date of ``item``, checked; errors name the item's index."""
    if isinstance(item, tuple):
        if len(item) != 2:
            raise BatchItemError(f"item {index}: a pair must be (text, publication_date), got a tuple of {len(item)}")
        text, published = item
    else:
        text, published = item, default_date
    return text, published


def _check(index: int, item: object, default_date: object, max_length: int | None) -> tuple[str, date | None]:
    text, published = _unpack(index, item, default_date)
    try:
        return check_text(text, max_length=max_length), coerce_publication_date(published)
    except TypeError as exc:
        raise TypeError(f"item {index}: {exc}") from exc
    except ValueError as exc:
        raise ValueError(f"item {index}: {exc}") from exc


def extract_timelines(
    items: Iterable[Item],
    *,
    publication_date: str | date | datetime | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    pipeline: Pipeline | None = None,
) -> Iterator[Timeline]:
    """The timelines of many texts, one per item, yielded in input order as they are ready.

    Args:
        items: texts, or ``(text, publication_date)`` pairs (both kinds may be mixed); read
            lazily, so a generator over a large corpus is fine.
        publication_date: the date of the items given as plain texts (a pair's own date,
            even ``None``, wins).
        n_process: worker processes, each parsing and running the stages on whole batches of
            items (forked where the platform allows, so the loaded model is shared
            copy-on-write; elsewhere the pipeline is pickled to them).
        batch_size: texts (or chunks of long texts) per spaCy batch; with ``n_process`` > 1,
            also the items per job sent to a worker.
        pipeline: the :class:`~timeline.pipeline.Pipeline` (default:
            :func:`timeline.default_pipeline`).

    Yields:
        One :class:`~timeline.model.Timeline` per item, as :func:`timeline.extract_timeline`
        would return it.

    Raises:
        BatchItemError: an item is a tuple that is not a pair (a ``ValueError``).
        TypeError, ValueError: an item's text or date is invalid, as
            :func:`timeline.extract_timeline` raises them, with ``item <index>:`` in front.
            Items are read ahead in batches, so the error may come before the timelines of the
            items just before the bad one are yielded.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, not {n_process}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if pipeline is None:
        from timeline import default_pipeline

        pipeline = default_pipeline()
    coerce_publication_date(publication_date)  # fail early on a bad default date
    if not pipeline.needs_parse:
        return _without_parse(items, publication_date, pipeline)
    if n_process > 1:
        return _in_workers(items, publication_date, n_process, batch_size, pipeline)
    return _with_parse(items, publication_date, batch_size, pipeline)


def _without_parse(items: Iterable[object], default_date: object, pipeline: Pipeline) -> Iterator[Timeline]:
    for index, item in enumerate(items):
        text, published = _check(index, item, default_date, pipeline.max_length)
        yield pipeline.run(Document(text=text, publication_date=published))


#: The pipeline of a worker process of :func:`_in_workers`.
_worker_pipeline: Pipeline | None = None


def _start_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline
    pipeline.nlp()  # load the model once, before the first batch


def _run_batch(batch: list[tuple[str, date | None]]) -> list[Timeline]:
    """A worker's job: the timelines of one batch of checked items, parsed as one ``nlp.pipe``."""
    assert _worker_pipeline is not None
    return list(_with_parse(batch, None, len(batch), _worker_pipeline))


def _in_workers(
    items: Iterable[object], default_date: object, n_process: int, batch_size: int, pipeline: Pipeline
) -> Iterator[Timeline]:
    """Batches of items run whole (parse and stages) in ``n_process`` worker processes, at most two
    batches per worker in flight, the timelines yielded in input order. The stages run in the
    workers too: with only the parse there (``nlp.pipe(n_process=...)``), this process ran the
    stages of every document and rebuilt each ``Doc`` from the bytes a worker sent, and was the
    bottleneck."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    in_flight: deque[Future[list[Timeline]]] = deque()
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker, initargs=(pipeline,)) as pool:
        batch: list[tuple[str, date | None]] = []
        for index, item in enumerate(items):
            batch.append(_check(index, item, default_date, pipeline.max_length))
            if len(batch) >= batch_size:
                in_flight.append(pool.submit(_run_batch, batch))
                batch = []
                while len(in_flight) >= 2 * n_process:
                    yield from in_flight.popleft().result()
        if batch:
            in_flight.append(pool.submit(_run_batch, batch))
        while in_flight:
            yield from in_flight.popleft().result()


def _with_parse(
    items: Iterable[object], default_date: object, batch_size: int, pipeline: Pipeline
) -> Iterator[Timeline]:

    from timeline import nlp as nlp_module

    nlp = pipeline.nlp()
    chunk_chars = min(nlp_module.CHUNK_CHARS, nlp.max_length)  # as timeline.nlp.parse cuts
    pending: deque[_Pending] = deque()

    def chunks() -> Iterator[tuple[str, int]]:
        # Runs inside nlp.pipe, in this process: registers each item before its chunks go out.
        for index, item in enumerate(items):
            text, published = _check(index, item, default_date, pipeline.max_length)
            pieces = nlp_module.split_chunks(text, chunk_chars) if text.strip() else []
            pending.append(_Pending(index=index, text=text, published=published, chunks=len(pieces)))
            for piece in pieces:
                yield piece, index

    def finished() -> Iterator[Timeline]:
        while pending and pending[0].ready:
            entry = pending.popleft()
            parse: Doc | None = None
            if entry.chunks == 1:
                parse = entry.docs[0]
            elif entry.chunks > 1:
                parse = nlp_module.join_chunks(entry.docs)
            document = Document(
                text=entry.text,
                publication_date=entry.published,
                parse=parse,
                nlp=nlp if parse is not None else None,
            )
            yield pipeline.run(document)

    for doc, index in nlp.pipe(chunks(), as_tuples=True, batch_size=batch_size):
        # Items without a parse ahead of this one are ready; find the owner among the pending.
        for entry in pending:
            if entry.index == index:
                entry.docs.append(doc)
                break
        yield from finished()
    yield from finished()
