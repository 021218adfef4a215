"""Speed and memory of timeline against its floor (bare spaCy) and its peers, on the same text.

Run from the repo root (a script, not a test):

    .venv/bin/python benchmarks/speed.py                 # all of TBAQ-cleaned, 1 MB long document
    .venv/bin/python benchmarks/speed.py --limit 40 --long-kb 300 --no-heideltime   # quicker

Every measurement runs in a fresh child process (so its peak RSS is its own), after a warm-up
call; wall time of the processing only (model loading excluded), best of ``--repeat`` runs.
The ratios to the floor come from one more child that alternates the runs, in wall and CPU
seconds (separate runs on a loaded machine differ by up to 2x; CPU time is steadier), summed
over rounds after a first one that fills the caches: the batch API against the batched floor
(``nlp.pipe(texts, batch_size=B)``, ``B`` the batch API's default), alternated batch by batch,
and one ``extract_timeline`` call per text against spaCy called once per text, alternated text
by text; the floor there is the pipeline's own loaded model with only tok2vec, tagger and
parser enabled (a second copy of the model runs at another speed; see ``_paired``). Peers are
compared with the paired figures (``--only-paired``: those runs alone, a quick check).
Measured on the TEXT content of the TBAQ-cleaned ``.tml`` files (tags stripped, each with its
DCT as publication date):

- ``floor``: ``spacy.load(model, exclude=FLOOR_EXCLUDED)`` + ``nlp.pipe``: tok2vec, tagger and
  parser only, what the pipeline needs, and our ratio to it. spaCy's ``attribute_ruler`` (tag
  to POS and morphology) is left out of the floor: the pipeline does its work with its own
  table (``timeline.attributes``), which counts as our time. The paired run also prints the
  floor with the ruler, which is what ``spacy.load`` runs by default;
- ``extract_timeline`` on each text, and the batch API ``extract_timelines`` (n_process=1),
  and, on a machine with 2 cores or more, the batch API with ``n_process=2``: reported as
  such (words/s wall and per CPU-second of all its processes), never as the one-core figure;
- the resolver alone (``RuleBasedResolver`` without a parse);
- ``dateparser.search_dates`` (``languages=['en']``, ``RELATIVE_BASE`` = DCT);
- HeidelTime (its own venv, ``.venvs/heideltime``, via ``peers/heideltime_tempeval.py``; one JVM;
  its processing words/s, JVM start excluded, and its wall words/s; its words per CPU-second,
  JVM start, TreeTagger and runner included) when the venv exists;
- ``import timeline`` + first ``extract_timeline`` on a short text, in a fresh interpreter;
- linearity: one long document (~1 MB, the TEXTs joined) vs its first ~100 KB.

The targets are printed next to each figure (PASS/FAIL).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "../shared/data/tempeval3/TBAQ-cleaned"
#: Components left out of the floor: all but tok2vec, tagger and parser.
FLOOR_EXCLUDED = ["ner", "lemmatizer", "attribute_ruler", "senter"]
HEIDELTIME_VENV = Path(os.environ.get("HEIDELTIME_VENV", REPO / ".venvs/heideltime"))
SHORT_TEXT = "The vote failed Friday."


# --- corpus ----------------------------------------------------------------------------------


def corpus_files(limit: int | None) -> list[Path]:
    files = sorted(CORPUS.glob("*/*.tml"))
    return files[:limit] if limit else files


def read_tml(path: Path) -> tuple[str, date | None]:
    """The TEXT characters (tags stripped) and the DCT of a TempEval-3 file."""
    root = ET.parse(path).getroot()
    element = root.find("TEXT")
    text = "".join(element.itertext()) if element is not None else ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", timex.get("value", ""))
            if m:
                return text, date(int(m[1]), int(m[2]), int(m[3]))
    return text, None


def load_corpus(limit: int | None) -> list[tuple[str, date | None]]:
    return [read_tml(p) for p in corpus_files(limit)]


def long_document(chars: int) -> str:
    """The TBAQ TEXTs joined by blank lines, repeated until ``chars`` characters, cut at a
    paragraph break."""
    texts = [t.strip() for t, _ in load_corpus(None)]
    parts: list[str] = []
    size = 0
    while size < chars:
        for text in texts:
            parts.append(text)
            size += len(text) + 2
            if size >= chars:
                break
    text = "\n\n".join(parts)
    cut = text.rfind("\n\n", 0, chars)
    return text[:cut] if cut > 0 else text[:chars]


#: Words of text the slow thorough mode of dateparser is timed on.
THOROUGH_WORDS = 5_000


def _first_words(docs: list[Any], limit: int) -> list[Any]:
    """The first documents, up to about ``limit`` words."""
    out, total = [], 0
    for text, published in docs:
        if total >= limit:
            break
        out.append((text, published))
        total += len(text.split())
    return out


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --- child measurements ----------------------------------------------------------------------


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def _children_cpu() -> float:
    """CPU seconds (user + system) of the waited-for child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of one call."""
    started, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - started, time.process_time() - cpu


def _paired(docs: list[tuple[str, date | None]], repeat: int) -> dict[str, Any]:
    """The runs the ratios come from, alternated in this one process, wall and CPU seconds
    each (CPU time is what the process itself computed: steadier than wall time when other jobs
    share the cores), summed over ``max(2, repeat)`` rounds after one round that is not counted
    (it fills the stages' caches, as any long run has them filled).

    The floor runs on the pipeline's own loaded model with only tok2vec, tagger and parser
    enabled: the same weights in memory as the pipeline's parse, so that the ratio measures
    only what the pipeline adds (two copies of the model loaded in one process can parse at
    slightly different speeds). A second copy, as ``spacy.load(model, exclude=FLOOR_EXCLUDED)``
    gives it, is timed too and printed with its speed relative to the pipeline's model, as is
    spaCy's default pipeline (attribute ruler included).

    - one text per call: for each text in turn, the floor on it and
      ``extract_timeline(text, date)``, in alternating order, so that a burst of load hits
      both sides alike;
    - batched: ``nlp.pipe(texts, batch_size=B)`` and ``extract_timelines(docs)``, with the batch
      API's default batch size ``B`` on both sides (spaCy's default of 256 texts per batch is
      slower here), alternated batch by batch in a rotating order: on this shared machine the
      same work takes up to a fifth more or less time from one second to the next.
    """
    import spacy

    from timeline import extract_timeline
    from timeline.batch import DEFAULT_BATCH_SIZE, extract_timelines
    from timeline.nlp import default_model_name, load_model

    copy = spacy.load(default_model_name(), exclude=FLOOR_EXCLUDED)
    with_ruler = spacy.load(default_model_name(), exclude=["ner", "lemmatizer"])
    own = load_model()  # what extract_timeline and the batch API parse with
    bare = [name for name in own.pipe_names if name in ("tok2vec", "tagger", "parser")]
    texts = [t for t, _ in docs]

    def floor_pipe(chunk_texts: list[str]) -> list[Any]:
        with own.select_pipes(enable=bare):
            return list(own.pipe(chunk_texts, batch_size=DEFAULT_BATCH_SIZE))

    def floor_call(text: str) -> Any:
        doc = own.make_doc(text)
        for name in bare:
            doc = own.get_pipe(name)(doc)
        return doc

    for warm in (
        lambda: copy(SHORT_TEXT),
        lambda: with_ruler(SHORT_TEXT),
        lambda: floor_pipe([SHORT_TEXT]),
        lambda: extract_timeline(SHORT_TEXT, "2024-03-22"),
        lambda: list(extract_timelines([SHORT_TEXT])),
    ):
        warm()
    batched: dict[str, Callable[[list[tuple[str, date | None]], list[str]], object]] = {
        "floor": lambda chunk, chunk_texts: floor_pipe(chunk_texts),
        "batch": lambda chunk, chunk_texts: list(extract_timelines(chunk)),
        "floor_copy": lambda chunk, chunk_texts: list(copy.pipe(chunk_texts, batch_size=DEFAULT_BATCH_SIZE)),
        "floor_with_ruler": lambda chunk, chunk_texts: list(
            with_ruler.pipe(chunk_texts, batch_size=DEFAULT_BATCH_SIZE)
        ),
    }
    per_text: dict[str, Callable[[str, date | None], object]] = {
        "floor_per_call": lambda t, d: floor_call(t),
        "extract_timeline": lambda t, d: extract_timeline(t, d),
    }
    wall = dict.fromkeys([*batched, *per_text], 0.0)
    cpu = dict(wall)
    chunks = [docs[k : k + DEFAULT_BATCH_SIZE] for k in range(0, len(docs), DEFAULT_BATCH_SIZE)]
    for round_ in range(max(2, repeat) + 1):
        counted = round_ > 0
        for k, chunk in enumerate(chunks):
            chunk_texts = [t for t, _ in chunk]
            names = list(batched)
            names = names[(k + round_) % len(names) :] + names[: (k + round_) % len(names)]
            for name in names:
                w, c = _timed(lambda: batched[name](chunk, chunk_texts))  # noqa: B023
                if counted:
                    wall[name] += w
                    cpu[name] += c
        for i, (text, published) in enumerate(docs):
            order = list(per_text) if (i + round_) % 2 == 0 else list(reversed(per_text))
            for name in order:
                w, c = _timed(lambda: per_text[name](text, published))  # noqa: B023
                if counted:
                    wall[name] += w
                    cpu[name] += c
    rounds = max(2, repeat)
    wall = {name: seconds / rounds for name, seconds in wall.items()}  # per round: words/s stay comparable
    cpu = {name: seconds / rounds for name, seconds in cpu.items()}
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "kind": "paired",
        "seconds": wall["floor"],
        "best": wall,
        "cpu": cpu,
        "words": words(texts),
        "peak_mb": peak_mb,
        "chars": sum(map(len, texts)),
    }


def child(kind: str, limit: int | None, repeat: int, long_chars: int) -> dict[str, Any]:
    """One measurement in this (fresh) process: seconds and words."""
    docs = [(long_document(long_chars), date(1998, 3, 1))] if kind.startswith("long") else load_corpus(limit)
    texts = [t for t, _ in docs]
    if kind == "floor":
        import spacy

        from timeline.batch import DEFAULT_BATCH_SIZE
        from timeline.nlp import default_model_name

        nlp = spacy.load(default_model_name(), exclude=FLOOR_EXCLUDED)
        list(nlp.pipe([SHORT_TEXT]))
        seconds = _best(lambda: [d for d in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE)], repeat)
    elif kind in ("extract_timeline", "long"):
        from timeline import extract_timeline

        extract_timeline(SHORT_TEXT, "2024-03-22")
        seconds = _best(lambda: [extract_timeline(t, d) for t, d in docs], repeat)
    elif kind == "batch":
        from timeline.batch import extract_timelines

        list(extract_timelines([SHORT_TEXT]))
        seconds = _best(lambda: list(extract_timelines(docs)), repeat)
    elif kind == "paired":
        return _paired(docs, repeat)
    elif kind == "batch2":
        # both cores: parse and stages in 2 worker processes (forked after the warm-up; their start counts)
        from timeline.batch import extract_timelines

        list(extract_timelines([SHORT_TEXT]))
        before = _children_cpu()
        started, cpu0 = time.perf_counter(), time.process_time()
        list(extract_timelines(docs, n_process=2))
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu0 + _children_cpu() - before
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {
            "kind": kind,
            "seconds": seconds,
            "cpu": cpu,
            "words": words(texts),
            "peak_mb": peak_mb,
            "chars": sum(map(len, texts)),
        }
    elif kind == "resolver":
        from timeline.pipeline import Document
        from timeline.resolver import RuleBasedResolver

        resolver = RuleBasedResolver()
        documents = [Document(text=t, publication_date=d) for t, d in docs]
        resolver(documents[0])
        seconds = _best(lambda: [resolver(doc) for doc in documents], repeat)
    elif kind in ("dateparser", "dateparser_thorough"):
        from datetime import datetime

        from dateparser.search import search_dates

        # "split" is dateparser's default; "ngram" is its thorough mode, the one the speed
        # target names. It is ~20x slower, so it runs on the first THOROUGH_WORDS words only.
        strategy = "ngram" if kind == "dateparser_thorough" else "split"
        if strategy == "ngram":
            docs = _first_words(docs, THOROUGH_WORDS)
            texts = [t for t, _ in docs]
        search_dates(SHORT_TEXT, languages=["en"], strategy=strategy)

        def run() -> None:
            for t, d in docs:
                base = {"RELATIVE_BASE": datetime(d.year, d.month, d.day)} if d else {}
                search_dates(t, languages=["en"], settings=base, strategy=strategy)

        seconds = _best(run, 1 if strategy == "ngram" else repeat)
    else:
        raise SystemExit(f"unknown measurement {kind}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kind": kind, "seconds": seconds, "words": words(texts), "chars": sum(map(len, texts)), "peak_mb": peak_mb}


def measure(kind: str, args: argparse.Namespace, long_chars: int = 0) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind, "--repeat", str(args.repeat), "--long-chars", str(long_chars)]
    if args.limit:
        command += ["--limit", str(args.limit)]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def startup() -> tuple[float, float]:
    code = (
        "import time; t0 = time.perf_counter(); import timeline; t1 = time.perf_counter();"
        f"timeline.extract_timeline({SHORT_TEXT!r}, '2024-03-22'); t2 = time.perf_counter();"
        "print(t1 - t0, t2 - t0)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=REPO).stdout
    imported, first = (float(x) for x in out.split())
    return imported, first


#: A one-sentence TempEval-3 file: HeidelTime run on it alone costs its JVM start, its
#: initialisation and one document, which is taken off its CPU time over the corpus.
TINY_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">\
2024-03-22</TIMEX3></DCT>
<TEXT>The vote failed Friday.</TEXT>
</TimeML>
"""


def _run_heideltime(
    python: Path, inputs: list[Path], limit: int | None
) -> tuple[subprocess.CompletedProcess[str], float]:
    """The HeidelTime runner over ``inputs`` and the CPU seconds of it and its descendants."""
    with tempfile.TemporaryDirectory() as out:
        command = [str(python), str(REPO / "benchmarks/peers/heideltime_tempeval.py"), "-o", out]
        for directory in inputs:
            command += ["-i", str(directory)]
        if limit:
            command += ["--limit", str(limit)]
        before = _children_cpu()
        proc = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
        return proc, _children_cpu() - before  # the JVM, its TreeTagger processes and the runner


def heideltime(limit: int | None) -> dict[str, float] | None:
    python = HEIDELTIME_VENV / "bin/python"
    if not python.exists():
        return None
    proc, cpu = _run_heideltime(python, [CORPUS / "AQUAINT", CORPUS / "TimeBank"], limit)
    if proc.returncode != 0:
        print(f"  HeidelTime failed: {proc.stderr.strip()[-300:]}")
        return None
    figures: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        key, _, value = line.partition(":")
        number = re.match(r"\s*([\d.]+)", value)
        if number and key.strip() in ("words", "seconds (wall, JVM start included)", "words/s (wall)"):
            figures[key.strip()] = float(number[1])
        elif number and key.strip().startswith("words/s"):
            figures["words/s (processing)"] = float(number[1])
    figures["cpu"] = cpu
    with tempfile.TemporaryDirectory() as tiny:
        (Path(tiny) / "tiny.tml").write_text(TINY_TML, encoding="utf-8")
        start, start_cpu = _run_heideltime(python, [Path(tiny)], None)
    if start.returncode == 0:
        figures["start cpu"] = start_cpu
    return figures


# --- report ----------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _print_paired(measured: dict[str, Any], n_words: int) -> int:
    """Print the alternated runs' words/s and the ratios to the floor."""
    paired, cpu = measured["best"], measured["cpu"]
    ours, floor, batch = paired["extract_timeline"], paired["floor"], paired["batch"]
    speed = n_words / ours
    print(
        f"paired in one process (alternated, summed over max(2, --repeat) rounds after a warm-up round), "
        f"words/s wall (CPU): floor batched {n_words / floor:,.0f} ({n_words / cpu['floor']:,.0f}), batch API "
        f"{n_words / batch:,.0f} ({n_words / cpu['batch']:,.0f}); floor one text per call "
        f"{n_words / paired['floor_per_call']:,.0f} ({n_words / cpu['floor_per_call']:,.0f}), extract_timeline "
        f"{speed:,.0f} ({n_words / cpu['extract_timeline']:,.0f}); a second copy of the model, batched "
        f"{n_words / paired['floor_copy']:,.0f} ({n_words / cpu['floor_copy']:,.0f}); spaCy's default with "
        f"attribute_ruler {n_words / paired['floor_with_ruler']:,.0f} ({n_words / cpu['floor_with_ruler']:,.0f})"
    )
    print()
    per_call = paired["floor_per_call"]
    for label, times in (("wall", paired), ("CPU ", cpu)):
        ratio = times["batch"] / times["floor"]
        print(f"batch / floor time ({label}):     {ratio:.2f}x  (target <= 1.25x) {_verdict(ratio <= 1.25)}")
    for label, times in (("wall", paired), ("CPU ", cpu)):
        ratio = times["extract_timeline"] / times["floor_per_call"]
        print(
            f"extract_timeline / floor time ({label}), one text per call on both sides (nlp(text) per text): "
            f"{ratio:.2f}x  (target <= 1.25x) {_verdict(ratio <= 1.25)}"
        )
    print(
        f"extract_timeline / batched floor time (wall): {ours / floor:.2f}x  (no target: spaCy alone, one text "
        f"per call, is {per_call / floor:.2f}x its batched time)"
    )
    print(
        f"batch / a second copy of the model, batched (CPU): {cpu['batch'] / cpu['floor_copy']:.2f}x  (no target: "
        f"the copy parses at {cpu['floor'] / cpu['floor_copy']:.2f}x the speed of the pipeline's own model)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N TBAQ files only (default all)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement, best kept (default 1)")
    parser.add_argument("--long-kb", type=int, default=1000, help="size of the long document in KB (default 1000)")
    parser.add_argument("--no-heideltime", action="store_true", help="skip HeidelTime")
    parser.add_argument(
        "--only-paired",
        action="store_true",
        help="only the alternated runs the ratios to the floor come from (a quick check)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--long-chars", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.limit, args.repeat, args.long_chars)))
        return 0

    docs = load_corpus(args.limit)
    n_words = words([t for t, _ in docs])
    print(f"text: {len(docs)} TBAQ-cleaned TEXTs, {n_words:,} words, {sum(len(t) for t, _ in docs):,} characters")
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (figures are noisy under load)\n")

    rows: dict[str, dict[str, Any]] = {}
    if args.only_paired:
        return _print_paired(measure("paired", args), n_words)
    for kind in ("floor", "extract_timeline", "batch", "resolver", "dateparser", "dateparser_thorough"):
        rows[kind] = r = measure(kind, args)
        rate = r["words"] / r["seconds"]
        print(f"{kind:<18} {rate:>10,.0f} words/s  {r['seconds']:>8.2f} s  peak RSS {r['peak_mb']:>5.0f} MB")
    ht = None if args.no_heideltime else heideltime(args.limit)
    if ht:
        print(
            f"{'HeidelTime':<18} {ht.get('words/s (processing)', 0):>10,.0f} words/s (processing; wall with JVM start: "
            f"{ht.get('words/s (wall)', 0):,.0f})"
        )
    elif not args.no_heideltime:
        print(f"HeidelTime: no venv at {HEIDELTIME_VENV} (benchmarks/peers/setup_heideltime.sh)")

    measured = measure("paired", args)
    _print_paired(measured, n_words)
    paired, cpu = measured["best"], measured["cpu"]
    ours, batch = paired["extract_timeline"], paired["batch"]
    speed = n_words / ours
    dp = n_words / rows["dateparser"]["seconds"]
    thorough = rows["dateparser_thorough"]["words"] / rows["dateparser_thorough"]["seconds"]
    verdict = _verdict(speed / thorough >= 8)
    print(f"vs dateparser, thorough mode:  {speed / thorough:.1f}x faster (target >= 8x) {verdict}")
    print(f"vs dateparser, default split:  {speed / dp:.1f}x faster (no target: the spaCy parse alone is not faster)")
    two = measure("batch2", args) if (os.cpu_count() or 1) >= 2 else None
    if two:
        print(
            f"batch API, n_process=2 (both cores; worker start included): "
            f"{n_words / two['seconds']:,.0f} words/s wall, {n_words / two['cpu']:,.0f} words per CPU-second "
            f"(all processes), peak RSS of the parent {two['peak_mb']:.0f} MB"
        )
    if ht and ht.get("words/s (processing)"):
        hw = ht["words/s (processing)"]
        batch_speed = n_words / batch
        print(
            f"vs HeidelTime (processing), both over the corpus in one process (our batch API, its one JVM): "
            f"{batch_speed / hw:.1f}x faster (target >= 8x) {_verdict(batch_speed / hw >= 8)}"
        )
        print(f"vs HeidelTime (processing), extract_timeline one text per call: {speed / hw:.1f}x faster")
        if ht.get("cpu") and ht.get("words"):
            h_cpu = ht["words"] / ht["cpu"]
            line = (
                f"vs HeidelTime per CPU-second (its JVM start, TreeTagger and runner included: {h_cpu:,.0f} "
                f"words per CPU-second): our batch API {n_words / cpu['batch'] / h_cpu:.1f}x"
            )
            print(line + (f", n_process=2 {n_words / two['cpu'] / h_cpu:.1f}x" if two else ""))
            if ht.get("start cpu") and ht["cpu"] > ht["start cpu"]:
                h_proc = ht["words"] / (ht["cpu"] - ht["start cpu"])
                ratio = n_words / cpu["batch"] / h_proc
                print(
                    f"vs HeidelTime per CPU-second of processing (its CPU over the corpus minus a run on one "
                    f"sentence, {ht['start cpu']:.1f} s: {h_proc:,.0f} words per CPU-second): our batch API "
                    f"{ratio:.1f}x (target >= 8x) {_verdict(ratio >= 8)}"
                )
        if two:
            print(
                f"vs HeidelTime (processing, one JVM, one core) with our batch API on both cores (n_process=2, "
                f"wall): {n_words / two['seconds'] / hw:.1f}x (not the target's one-core comparison)"
            )
    resolver = n_words / rows["resolver"]["seconds"]
    print(f"resolver alone:                {resolver:,.0f} words/s (target >= 50,000) {_verdict(resolver >= 50_000)}")

    imported, first = startup()
    print(f"import timeline:               {imported:.2f} s")
    print(f"import + first extract_timeline: {first:.2f} s (target < 3 s) {_verdict(first < 3)}")

    big = measure("long", args, long_chars=args.long_kb * 1000)
    small = measure("long", args, long_chars=args.long_kb * 100)
    ratio = big["seconds"] / (small["seconds"] * big["chars"] / small["chars"])
    for r in (small, big):
        print(
            f"long document {r['chars'] / 1000:>6.0f} KB: {r['seconds']:>7.2f} s, "
            f"{r['words'] / r['seconds']:>8,.0f} words/s, peak RSS {r['peak_mb']:.0f} MB"
        )
    print(f"linearity: time(big) / (size ratio x time(small)) = {ratio:.2f} (target <= 1.2) {_verdict(ratio <= 1.2)}")
    ours_runs = (rows["extract_timeline"], rows["batch"], rows["resolver"], big, small)
    peak = max(r["peak_mb"] for r in ours_runs)
    print(
        f"peak RSS of timeline's runs:   {peak:.0f} MB (target < 400 MB) {_verdict(peak < 400)}"
        f"  (spaCy's own floor run: {rows['floor']['peak_mb']:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
