"""HeidelTime vs timeline on the same TempEval-3 documents: timex F1 and speed, one table.

Run in the library's venv, after ``bash benchmarks/peers/setup_heideltime.sh``:

    .venv/bin/python benchmarks/peers/compare_heideltime.py --limit 30
    .venv/bin/python benchmarks/peers/compare_heideltime.py --corpus AQUAINT
    .venv/bin/python benchmarks/peers/compare_heideltime.py --corpus all --jobs 2 --work /tmp/cmp
    .venv/bin/python benchmarks/peers/compare_heideltime.py --corpus MEANTIME

``--corpus MEANTIME`` runs both on the 120 Wikinews articles of MEANTIME's TimeML conversion
(``meantime/xtime-timeml-tml``): news from another source than the TimeBank and AQUAINT the
resolver was developed on, so it shows what each tool does on text it was not tuned to.

Steps: link the chosen gold ``.tml`` files into ``WORK/gold/<subcorpus>/``; run
``heideltime_tempeval.py`` with the HeidelTime venv's python (one JVM per job) into
``WORK/heideltime``; run ``python -m timeline.evaluation annotate`` (this venv) into
``WORK/timeline``; score both with ``timeline.evaluation.score_directories``
(TempEval-3 conventions: TEXT only, DCT excluded; relaxed = any overlap; type/value F1 =
attribute accuracy over relaxed matches x relaxed F1).

Speed is words of TEXT per second, twice: "wall" is the whole subprocess (JVM or
Python start, model loading included); "processing" is the time each tool reports for
the documents alone (HeidelTime: summed per-document times inside the warm JVM;
timeline: the annotate command's own timing of its document loop). With ``--jobs 2``
HeidelTime runs two JVMs, so its wall figure uses both cores and timeline's does not.
"words per CPU-second" divides by the user+sys time of the whole subprocess tree (the JVM's
JIT and GC threads and TreeTagger included): on a shared, busy machine it is steadier
than the wall figures.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
PEERS_DIR = Path(__file__).resolve().parent
CORPUS = REPO_ROOT / "../shared/data/tempeval3/TBAQ-cleaned"
SUBCORPORA = ("TimeBank", "AQUAINT")
#: Held-out news: never used to develop the resolver, only to check it.
OTHER_CORPORA = {"MEANTIME": REPO_ROOT / "../shared/data/meantime/xtime-timeml-tml"}
DEFAULT_VENV = Path(os.environ.get("HEIDELTIME_VENV", REPO_ROOT / ".venvs/heideltime"))
METRICS = (
    ("value F1", "timex_value", "f1"),
    ("type F1", "timex_type", "f1"),
    ("strict span F1", "timex_strict", "f1"),
    ("strict span P", "timex_strict", "precision"),
    ("strict span R", "timex_strict", "recall"),
    ("relaxed span F1", "timex_relaxed", "f1"),
    ("relaxed span P", "timex_relaxed", "precision"),
    ("relaxed span R", "timex_relaxed", "recall"),
)


@dataclass
class Run:
    name: str
    ok: bool = False
    wall_s: float = 0.0
    cpu_s: float = 0.0  # user+sys of the subprocess tree (children that were waited for)
    processing_s: float | None = None
    scores: Any = None  # timeline.evaluation.Scores
    error: str = ""
    notes: list[str] = field(default_factory=list)


def require_evaluation() -> Any:
    """Import ``timeline.evaluation`` or stop with a message naming what is missing."""
    try:
        from timeline.evaluation import score_directories
    except ImportError as exc:
        raise SystemExit(
            "compare_heideltime.py needs timeline.evaluation (src/timeline/evaluation/: "
            "score_directories and the `python -m timeline.evaluation annotate IN OUT` command), "
            f"which this venv cannot import ({exc}). Run it with the library's venv "
            "(.venv/bin/python) on a checkout that has the evaluation package."
        ) from exc
    return score_directories


def select_files(corpus: str, limit: int | None) -> list[tuple[str, Path]]:
    """``(subcorpus, path)``; with ``all``, taken in turn from AQUAINT and TimeBank.

    The same order as ``benchmarks/tempeval3.py``, so ``--limit N`` picks the same documents.
    """
    if corpus in OTHER_CORPORA:
        chosen = [(corpus, p) for p in sorted(OTHER_CORPORA[corpus].glob("*.tml"))]
        return chosen[:limit] if limit is not None else chosen
    names = sorted(SUBCORPORA) if corpus == "all" else [corpus]
    groups = [[(name, p) for p in sorted((CORPUS / name).rglob("*.tml"))] for name in names]
    files = [item for batch in zip_longest(*groups) for item in batch if item is not None]
    return files[:limit] if limit is not None else files


def link_gold(files: list[tuple[str, Path]], gold: Path) -> None:
    for sub, path in files:
        (gold / sub).mkdir(parents=True, exist_ok=True)
        (gold / sub / path.name).symlink_to(path.resolve())


def count_words(files: list[tuple[str, Path]]) -> int:
    from timeline.evaluation import read_timeml

    return sum(len(read_timeml(p).text.split()) for _, p in files)


def timed_run(cmd: list[str], **kwargs: Any) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run ``cmd``; return the result, its wall seconds and its CPU seconds (user + sys)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return proc, wall, cpu


def run_heideltime(gold: Path, out: Path, venv: Path, jobs: int) -> Run:
    run = Run("HeidelTime")
    python = venv / "bin" / "python"
    if not python.exists():
        run.error = f"no HeidelTime venv at {venv}: run `bash benchmarks/peers/setup_heideltime.sh` first"
        return run
    cmd = [str(python), str(PEERS_DIR / "heideltime_tempeval.py"), "-i", str(gold), "-o", str(out)]
    cmd += ["--jobs", str(jobs), "--batch-dir", str(venv / "heideltime-batch")]
    proc, run.wall_s, run.cpu_s = timed_run(cmd)
    if proc.returncode != 0:
        run.error = f"heideltime_tempeval.py exited {proc.returncode}:\n{proc.stderr[-3000:]}"
        return run
    match = re.search(r"summed doc times ([\d.]+) s", proc.stdout)
    if match:
        run.processing_s = float(match.group(1)) / max(1, jobs)
    alignment = re.search(r"^alignment: .*$", proc.stdout, re.MULTILINE)
    if alignment:
        run.notes.append(alignment.group(0))
    run.ok = True
    return run


def run_timeline(gold: Path, out: Path, pipeline: str | None) -> Run:
    run = Run("timeline")
    cmd = [sys.executable, "-m", "timeline.evaluation", "annotate", str(gold), str(out)]
    if pipeline:
        cmd += ["--pipeline", pipeline]
    proc, run.wall_s, run.cpu_s = timed_run(cmd, cwd=REPO_ROOT)
    report = re.search(r"wrote (\d+) documents in ([\d.]+)s, (\d+) failed", proc.stderr)
    if report:
        run.processing_s = float(report.group(2))
        failed = int(report.group(3))
        if failed:
            first = re.search(r"^failed on .*$", proc.stderr, re.MULTILINE)
            run.notes.append(
                f"annotate failed on {failed} of {report.group(1)} documents (scored as finding nothing)"
                + (f"; first: {first.group(0)}" if first else "")
            )
            if failed == int(report.group(1)):
                run.error = "annotate failed on every document, so its figures mean nothing"
                run.ok = False
                return run
    if proc.returncode != 0 and not (report and out.is_dir()):
        run.error = f"`python -m timeline.evaluation annotate` exited {proc.returncode}:\n{proc.stderr[-3000:]}"
        return run
    run.ok = True
    return run


def fmt(value: float | None, digits: int = 2, scale: float = 100.0) -> str:
    return "n/a" if value is None else f"{scale * value:.{digits}f}"


def table(runs: list[Run], words: int, n_docs: int, subsets: list[str]) -> str:
    width = 14
    head = f"{'':<30}" + "".join(f"{r.name:>{width}}" for r in runs)
    lines = [head]
    for label, metric, attr in METRICS:
        cells = [fmt(getattr(getattr(r.scores, metric), attr)) if r.ok else "-" for r in runs]
        lines.append(f"{label:<30}" + "".join(f"{c:>{width}}" for c in cells))
    for sub in subsets:
        cells = []
        for r in runs:
            if not r.ok:
                cells.append("-")
                continue
            part = r.scores.subset(lambda d, s=sub: d.startswith(f"{s}/"))
            cells.append(fmt(part.timex_value.f1))
        lines.append(f"{'value F1, ' + sub:<30}" + "".join(f"{c:>{width}}" for c in cells))
    counts = [f"{r.scores.timex_relaxed.sys_total}" if r.ok else "-" for r in runs]
    lines.append(f"{'timexes found':<30}" + "".join(f"{c:>{width}}" for c in counts))
    gold_total = next((r.scores.timex_relaxed.gold_total for r in runs if r.ok), None)
    wall = [f"{words / r.wall_s:.0f}" if r.ok and r.wall_s else "-" for r in runs]
    lines.append(f"{'words/s (wall, startup incl.)':<30}" + "".join(f"{c:>{width}}" for c in wall))
    proc = [f"{words / r.processing_s:.0f}" if r.ok and r.processing_s else "-" for r in runs]
    lines.append(f"{'words/s (processing only)':<30}" + "".join(f"{c:>{width}}" for c in proc))
    cpu = [f"{words / r.cpu_s:.0f}" if r.ok and r.cpu_s else "-" for r in runs]
    lines.append(f"{'words per CPU-second':<30}" + "".join(f"{c:>{width}}" for c in cpu))
    secs = [f"{r.wall_s:.1f}" if r.ok else "-" for r in runs]
    lines.append(f"{'seconds (wall)':<30}" + "".join(f"{c:>{width}}" for c in secs))
    secs = [f"{r.cpu_s:.1f}" if r.ok else "-" for r in runs]
    lines.append(f"{'seconds (CPU, user+sys)':<30}" + "".join(f"{c:>{width}}" for c in secs))
    lines.append(f"documents: {n_docs}, words: {words}, gold timexes: {gold_total if gold_total is not None else '?'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=[*SUBCORPORA, "all", *OTHER_CORPORA], default="all")
    parser.add_argument(
        "--limit", type=int, default=None, help="N documents, alternating subcorpora (as benchmarks/tempeval3.py)"
    )
    parser.add_argument("--jobs", type=int, default=1, help="HeidelTime JVMs in parallel (default 1)")
    parser.add_argument("--heideltime-venv", type=Path, default=DEFAULT_VENV)
    parser.add_argument("--pipeline", default=None, help="module:function for annotate --pipeline")
    parser.add_argument("--work", type=Path, default=None, help="keep gold links and outputs here")
    parser.add_argument("--no-timeline", action="store_true", help="run and score HeidelTime only")
    args = parser.parse_args(argv)

    score_directories = require_evaluation()
    files = select_files(args.corpus, args.limit)
    if not files:
        raise SystemExit(f"no .tml files under {CORPUS}")

    with tempfile.TemporaryDirectory(prefix="compare-heideltime-") as tmp:
        work = args.work if args.work is not None else Path(tmp)
        gold = work / "gold"
        if gold.exists():
            raise SystemExit(f"{gold} already exists: pass an empty --work directory")
        link_gold(files, gold)
        words = count_words(files)

        runs = [run_heideltime(gold, work / "heideltime", args.heideltime_venv.resolve(), args.jobs)]
        if not args.no_timeline:
            runs.append(run_timeline(gold, work / "timeline", args.pipeline))
        out_dirs = {"HeidelTime": work / "heideltime", "timeline": work / "timeline"}
        for run in runs:
            if run.ok:
                run.scores = score_directories(gold, out_dirs[run.name])

        subsets = [s for s in SUBCORPORA if any(sub == s for sub, _ in files)] if args.corpus == "all" else []
        source = args.corpus if args.corpus in OTHER_CORPORA else f"TBAQ-cleaned {args.corpus}"
        print(source + (f", first {args.limit} documents" if args.limit else ""))
        print(table(runs, words, len(files), subsets if len(subsets) > 1 else []))
        for run in runs:
            for note in run.notes:
                print(f"{run.name} {note}")
            if not run.ok:
                print(f"\n{run.name} did not run: {run.error}", file=sys.stderr)
        if args.work is not None:
            print(f"outputs kept in {work}")
    return 0 if all(r.ok for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
