"""Where the pipeline's own time goes, on top of the spaCy parse (a script, not a test).

    .venv/bin/python benchmarks/profile_pipeline.py [--limit N] [--long-kb K] [--top 25]

1. Parses the TBAQ-cleaned TEXTs once, then times each stage (resolver, detector, orderer) on
   the parsed documents and profiles them with cProfile (parse excluded): top functions by
   internal time, the share spent in ``Doc.text`` (spaCy rebuilds the whole text from the
   tokens at every access: O(tokens) per call), and the internal time summed by source file.
2. The same on one long document of ``--long-kb`` KB, where per-event O(document) work shows
   up as quadratic cost.
3. The per-call path, one text per call, CPU seconds alternated text by text: each spaCy
   component of the floor (``nlp(text)`` with tok2vec, tagger and parser) and of ours (the same
   plus the line-break component and the attribute table), then what ``extract_timeline`` adds
   on top of our parse (the stages, the replay columns, the output).
4. Cold start in a fresh interpreter: ``import timeline``, ``import spacy``, model load, first
   ``extract_timeline``.
5. With ``--batch-sizes 1,8,256`` (that alone): the floor's ``nlp.pipe`` at each batch size, on the texts in
   corpus order and sorted by length (if batches were padded to their longest text, sorting
   would make them faster), CPU seconds, runs alternated, best of 2; one call per text for
   reference.
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
from speed import FLOOR_EXCLUDED, REPO, SHORT_TEXT, load_corpus, long_document


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

    started = time.perf_counter()
    for d in documents:
        pipeline.run(d)
    run_s = time.perf_counter() - started
    print(f"pipeline.run (stages, replay columns, output) {run_s:.2f} s = {run_s / parse_s:6.1%} of the parse")

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
    _by_module(stats.stats, total, run_s, parse_s)  # type: ignore[attr-defined]


def _by_module(entries: dict[Any, Any], total: float, run_s: float, parse_s: float) -> None:
    """Internal time per source file of the package (spaCy, numpy, the standard library and
    built-ins in one line each), as a share of the profiled ``pipeline.run`` and, scaled to its
    time without the profiler, of the parse: which file a speed-up must come from (the profiler
    inflates many small calls more than a few long ones: the shares are a guide, not a measure)."""
    totals: dict[str, float] = {}
    for (filename, _, _), (_, _, internal, _, _) in entries.items():
        if "/timeline/" in filename:
            group = "timeline/" + filename.rsplit("/timeline/", 1)[1]
        elif "spacy" in filename or "thinc" in filename:
            group = "(spaCy)"
        elif "numpy" in filename:
            group = "(numpy)"
        elif filename == "~":
            group = "(built-ins: dict, list, re, str methods)"
        else:
            group = "(standard library, attrs generated methods)"
        totals[group] = totals.get(group, 0.0) + internal
    print(
        f"internal time by file (share of the profiled run; of the parse, scaled to the run's "
        f"unprofiled {run_s:.2f} s):"
    )
    for group, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        share = seconds / total
        print(f"  {group:<52} {share:6.1%}  {share * run_s / parse_s:6.1%} of the parse")


def _per_call(docs: list[tuple[str, Any]], rounds: int = 2) -> None:
    """CPU seconds of each component, floor and ours, and of the rest of ``extract_timeline``,
    alternated text by text (best of ``rounds`` passes per column)."""
    import spacy

    from timeline import Pipeline
    from timeline.nlp import default_model_name, load_model

    floor = spacy.load(default_model_name(), exclude=FLOOR_EXCLUDED)
    ours = load_model()
    pipeline = Pipeline()
    pipeline(SHORT_TEXT, "2024-03-22")
    floor(SHORT_TEXT)
    words = sum(len(t.split()) for t, _ in docs)
    best: dict[str, float] = {}

    def components(label: str, nlp: Any, text: str, totals: dict[str, float]) -> None:
        started = time.process_time()
        doc = nlp.make_doc(text)
        totals[f"{label} make_doc"] = totals.get(f"{label} make_doc", 0.0) + time.process_time() - started
        for name, component in nlp.pipeline:
            started = time.process_time()
            doc = component(doc)
            totals[f"{label} {name}"] = totals.get(f"{label} {name}", 0.0) + time.process_time() - started

    for round_ in range(rounds):
        totals: dict[str, float] = {}
        for i, (text, day) in enumerate(docs):
            for label, nlp in (("floor", floor), ("ours", ours))[:: 1 if (i + round_) % 2 == 0 else -1]:
                components(label, nlp, text, totals)
            started = time.process_time()
            document = pipeline.document(text, day)
            parsed = time.process_time()
            pipeline.run(document)
            done = time.process_time()
            totals["extract_timeline: document (checks + parse)"] = (
                totals.get("extract_timeline: document (checks + parse)", 0.0) + parsed - started
            )
            totals["extract_timeline: run (stages, replay, output)"] = (
                totals.get("extract_timeline: run (stages, replay, output)", 0.0) + done - parsed
            )
        for key, value in totals.items():
            best[key] = min(best.get(key, float("inf")), value)
    floor_total = sum(v for k, v in best.items() if k.startswith("floor "))
    ours_total = sum(v for k, v in best.items() if k.startswith("ours "))
    print(f"== per call, one text per call: {len(docs)} documents, {words:,} words, CPU seconds (best of {rounds})")
    for key, value in best.items():
        print(f"{key:<48} {value:7.2f} s  = {value / floor_total:6.1%} of the floor")
    call = best["extract_timeline: document (checks + parse)"] + best["extract_timeline: run (stages, replay, output)"]
    print(
        f"floor total {floor_total:.2f} s; our parse {ours_total:.2f} s ({ours_total / floor_total:.2f}x); "
        f"extract_timeline {call:.2f} s ({call / floor_total:.2f}x)\n"
    )


def _batch_sizes(docs: list[tuple[str, Any]], sizes: list[int], rounds: int = 2) -> None:
    """CPU seconds of the floor's ``nlp.pipe`` per batch size, texts in order and sorted by length."""
    import spacy

    from timeline.nlp import default_model_name

    floor = spacy.load(default_model_name(), exclude=FLOOR_EXCLUDED)
    floor(SHORT_TEXT)
    texts = [t for t, _ in docs]
    by_length = sorted(texts, key=len)
    words = sum(len(t.split()) for t in texts)
    runs: dict[str, Any] = {"one call per text": lambda: [floor(t) for t in texts]}
    for size in sizes:
        runs[f"pipe, batch_size={size}"] = lambda size=size: list(floor.pipe(texts, batch_size=size))
        runs[f"pipe, batch_size={size}, sorted by length"] = lambda size=size: list(
            floor.pipe(by_length, batch_size=size)
        )
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, run in runs.items():
            started = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - started)
    print(f"== floor batching: {len(texts)} documents, {words:,} words, CPU seconds (best of {rounds})")
    reference = best["one call per text"]
    for name, seconds in best.items():
        print(
            f"{name:<40} {seconds:7.2f} s  {words / seconds:8,.0f} words per CPU-second  "
            f"{seconds / reference:.2f}x one call per text"
        )
    print()


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
    parser.add_argument("--no-stages", action="store_true", help="only the per-call path and the cold start")
    parser.add_argument("--batch-sizes", help="comma-separated batch sizes: time the floor's nlp.pipe at each")
    args = parser.parse_args()
    if args.batch_sizes:
        _batch_sizes(load_corpus(args.limit), [int(x) for x in args.batch_sizes.split(",")])
        return 0
    if args.no_stages:
        _per_call(load_corpus(args.limit))
        _cold_start()
        return 0
    _profile_stages(load_corpus(args.limit), args.top, "TBAQ-cleaned TEXTs")
    if args.long_kb:
        from datetime import date

        _profile_stages(
            [(long_document(args.long_kb * 1000), date(1998, 3, 1))], args.top, f"{args.long_kb} KB document"
        )
    _per_call(load_corpus(args.limit))
    _cold_start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
