"""Run a pipeline over TimeML files and write its output as TimeML for scoring.

The pipeline sees exactly the characters of the gold ``<TEXT>`` and the DCT as publication
date, so system offsets line up with gold offsets without any re-alignment.
"""

from __future__ import annotations

import importlib
import re
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import attrs

from timeline.evaluation.timeml import read_timeml
from timeline.model import Event, Timeline
from timeline.output.timeml import to_timeml

__all__ = [
    "DEFAULT_PIPELINE",
    "TIMEX_ONLY",
    "AnnotationReport",
    "Extractor",
    "NoEvents",
    "annotate_directory",
    "annotate_files",
    "annotate_with_pipelines",
    "load_pipeline",
]

Extractor = Callable[[str, date | None], Timeline]

#: ``module:function`` of the pipeline used when none is named.
DEFAULT_PIPELINE = "timeline:extract_timeline"


@attrs.frozen(kw_only=True, slots=True)
class AnnotationReport:
    """What an annotation run did, so a benchmark can say how many documents failed and why."""

    written: tuple[Path, ...]
    failures: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0


#: Pipeline spec that finds time expressions only (events and relations are skipped).
TIMEX_ONLY = "timex-only"


class NoEvents:
    """An event detector that finds none: with it the pipeline is resolver-only and fast."""

    name = "none"
    needs_parse = False

    def __call__(self, document: Any) -> list[Event]:
        return []


def load_pipeline(name: str = DEFAULT_PIPELINE, **options: Any) -> Extractor:
    """The extractor a pipeline spec names.

    A spec is one of:

    * ``module:function``, called as ``function(text, publication_date=dct, **options)``
      (default ``timeline:extract_timeline``), so any variant can be compared without this
      module knowing it;
    * stage names for :class:`timeline.Pipeline`, ``kind=name`` joined by commas
      (``resolver=rules,detector=spacy``), with the registry's names;
    * ``timex-only``: the default resolver with :class:`NoEvents`, for Task A runs.
    """
    if name == TIMEX_ONLY or "=" in name:
        from timeline.pipeline import Pipeline

        stages: dict[str, Any] = {"detector": NoEvents()} if name == TIMEX_ONLY else {}
        if name != TIMEX_ONLY:
            for part in name.split(","):
                kind, _, stage = part.partition("=")
                if kind.strip() not in ("resolver", "detector", "orderer"):
                    raise ValueError(f"unknown stage kind {kind.strip()!r} in pipeline spec {name!r}")
                stages[kind.strip()] = stage.strip()
        pipeline = Pipeline(**stages, **options)

        def run(text: str, publication_date: date | None) -> Timeline:
            return pipeline(text, publication_date)

        return run

    module_name, _, attr = name.partition(":")
    module = importlib.import_module(module_name)
    function = getattr(module, attr or "extract_timeline")

    def extract(text: str, publication_date: date | None) -> Timeline:
        result = function(text, publication_date=publication_date, **options)
        if not isinstance(result, Timeline):
            raise TypeError(f"{name} returned {type(result).__name__}, not a Timeline")
        return result

    return extract


def annotate_directory(
    in_dir: str | Path,
    out_dir: str | Path,
    *,
    extract: Extractor | None = None,
    limit: int | None = None,
    log: TextIO | None = None,
) -> AnnotationReport:
    """Annotate every ``.tml`` below ``in_dir`` (the first ``limit`` by path) into ``out_dir``."""
    files = sorted(Path(in_dir).rglob("*.tml"))
    if limit is not None:
        files = files[:limit]
    return annotate_files(in_dir, out_dir, files, extract=extract, log=log)


def annotate_files(
    in_dir: str | Path,
    out_dir: str | Path,
    files: Sequence[Path],
    *,
    extract: Extractor | None = None,
    log: TextIO | None = None,
) -> AnnotationReport:
    """Annotate ``files`` (below ``in_dir``) into the same relative paths below ``out_dir``.

    A document the pipeline fails on is still written, with its text and DCT but no tags, so
    the scorer counts it as found nothing rather than skipping it; the failure is reported.
    """
    extractor = extract if extract is not None else load_pipeline()
    source = Path(in_dir)
    target = Path(out_dir)
    written: list[Path] = []
    failures: list[tuple[str, str]] = []
    started = time.perf_counter()
    for path in files:
        rel = path.relative_to(source)
        doc = read_timeml(path)
        try:
            timeline = extractor(doc.text, doc.dct)
            if timeline.text != doc.text:
                raise ValueError("the pipeline changed the text, so its offsets cannot be scored")
        except Exception as exc:  # one bad document must not stop a corpus run
            failures.append((rel.as_posix(), f"{type(exc).__name__}: {exc}"))
            if log is not None:
                print(f"failed on {rel}: {type(exc).__name__}: {exc}", file=log)
            timeline = Timeline(text=doc.text, publication_date=doc.dct)
        out = target / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(to_timeml(timeline, doc_id=doc.doc_id), encoding="utf-8")
        written.append(out)
    return AnnotationReport(written=tuple(written), failures=tuple(failures), seconds=time.perf_counter() - started)


def annotate_with_pipelines(
    in_dir: str | Path, out_dir: str | Path, pipelines: Sequence[str], *, limit: int | None = None
) -> dict[str, AnnotationReport]:
    """One run per pipeline spec; with several, each writes into ``out_dir/<spec>``."""
    reports: dict[str, AnnotationReport] = {}
    for name in pipelines:
        folder = re.sub(r"[^\w.-]+", ".", name).strip(".")
        target = Path(out_dir) if len(pipelines) == 1 else Path(out_dir) / folder
        reports[name] = annotate_directory(in_dir, target, extract=load_pipeline(name), limit=limit, log=sys.stderr)
    return reports
