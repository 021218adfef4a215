"""Where the pipeline's own time goes, on top of the spaCy parse (a script, not a test).

    .venv/bin/python benchmarks/profile_pipeline.py [--limit N] [--long-kb K] [--top 25]

1. Parses the TBAQ-cleaned TEXTs once, then times each stage (resolver, detector, orderer) on
   the parsed documents and profiles them with cProfile (parse excluded): top functions by
   internal time, and the share spent in ``Doc.text`` (spaCy rebuilds the whole text from the
   tokens at every access: O(tokens) per call).
2. The same on one long document of ``--long-kb`` KB, where per-event O(document) work shows
   up as quadratic cost.
3. Cold start in a fresh interpreter: ``import timeline``, ``import spacy``, model load, first
   ``extract_timeline``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import REPO, load_corpus, long_document


def _profile_stages(docs: list[tuple[str, Any]], top: int, label: str) -> None:
    from timeline import Pipeline

    pipeline = Pipeline()
    pipeline("Warm up on Friday.", "2024-03-22")
    started = time.perf_counter()
    documents = [pipeline.document(text, day) for text, day in docs]
    parse_s = time.perf_counter() - started
    words = sum(len(t.split()) for t, _ in docs)
    timings: dict[str, float] = {}
    times_of = []
    events_of = []
    started = time.perf_counter()
    for d in documents:
        times_of.append(list(pipeline.resolver(d)))
    timings["resolver"] = time.perf_counter() - started
    started = time.perf_counter()
    for d in documents:
        events_of.append(list(pipeline.detector(d)))
    timings["detector"] = time.perf_counter() - started
    started = time.perf_counter()
    for d, t, e in zip(documents, times_of, events_of, strict=True):
        pipeline.orderer(d, t, e)
    timings["orderer"] = time.perf_counter() - started
    print(f"== {label}: {len(docs)} documents, {words:,} words")
    print(f"parse (pipeline.document): {parse_s:.2f} s ({words / parse_s:,.0f} words/s)")
    for name, seconds in timings.items():
        print(f"{name:<9} {seconds:7.2f} s  = {seconds / parse_s:6.1%} of the parse ({words / seconds:,.0f} words/s)")

    profiler = cProfile.Profile()
    profiler.enable()
    for d in documents:
        pipeline.run(d)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    doc_text = sum(v[3] for k, v in stats.stats.items() if k[0].endswith("doc.pyx") and k[2] == "__get__")  # type: ignore[attr-defined]
    print(
        f"stages under cProfile: {total:.2f} s internal; Doc property getters (Doc.text...) cumulative {doc_text:.2f} s"
    )
    stats.sort_stats("tottime").print_stats(top)
    print("\n".join(out.getvalue().splitlines()[6 : 6 + top + 4]))


def _cold_start() -> None:
    code = (
        "import time; t0 = time.perf_counter(); import timeline; t1 = time.perf_counter(); import spacy;"
        " t2 = time.perf_counter(); from timeline.nlp import load_model; load_model(); t3 = time.perf_counter();"
        " timeline.default_pipeline(); t4 = time.perf_counter();"
        " timeline.extract_timeline('The vote failed Friday.', '2024-03-22'); t5 = time.perf_counter();"
        " print(f'import timeline {t1 - t0:.2f} s, import spacy {t2 - t1:.2f} s, load model {t3 - t2:.2f} s,'"
        " f' build pipeline (stage data) {t4 - t3:.2f} s, first call {t5 - t4:.2f} s, total {t5 - t0:.2f} s')"
    )
    print(
        "== cold start:", subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO).stdout
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--long-kb", type=int, default=50)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    _profile_stages(load_corpus(args.limit), args.top, "TBAQ-cleaned TEXTs")
    if args.long_kb:
        from datetime import date

        _profile_stages(
            [(long_document(args.long_kb * 1000), date(1998, 3, 1))], args.top, f"{args.long_kb} KB document"
        )
    _cold_start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
