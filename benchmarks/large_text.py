"""Process a large text (10 MB by default) and show time and memory grow linearly with its size.

Run: ``.venv/bin/python benchmarks/large_text.py [--sizes 1,2,5,10] [--resolver-only] [--undated]
[--text seed|dense]``.

The text is the seed article repeated up to each size (in MB of characters), or with ``--text
dense`` a narrative where every sentence holds a time counted from the one before it ("Five days
later...", "Three months later...", "On Sept. 14..."), never repeating itself (the hardest case for
a timeline without a publication date). ``--undated`` gives no publication date, so the timeline
is reckoned relative to the unknown one (and says in its assumptions if it had to sample fewer
publication dates). For each size it
prints the seconds and the peak resident memory of a fresh process running the pipeline, the
seconds per MB (flat = linear), and checks that every span of the timeline indexes into the
text (``text[start:end] == span text``). Each size runs in its own subprocess so peak memory
is that size's alone. ``--resolver-only`` skips spaCy (a detector returning no events).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cf887b448339b9f4.txt"

_CHILD = r"""
import json, resource, sys, time
from timeline import Pipeline
size, resolver_only, seed, kind = int(sys.argv[1]), sys.argv[2] == "1", sys.argv[3], sys.argv[5]
undated = sys.argv[4] == "1"
if kind == "dense":
    months = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
    parts, length, n = [], 0, 0
    while length < size:
        part = (f"{n % 27 + 2} days later the price rose. ", f"{n % 11 + 2} months later it fell. ",
                f"On {months[n % 12]} {n % 28 + 1} it stopped. ", "A year earlier it had grown. ",
                f"{n % 23 + 2} hours later it began. ")[n % 5]
        parts.append(part)
        length += len(part)
        n += 1
    text = "".join(parts)[:size]
else:
    base = open(seed, encoding="utf-8").read()
    text = (base * (size // len(base) + 1))[:size]
pipeline = Pipeline(detector=lambda document: [], max_length=None) if resolver_only else Pipeline(max_length=None)
if not resolver_only:
    pipeline.nlp()  # load the model before timing
t0 = time.perf_counter()
document = pipeline.document(text, None if undated else "2024-03-22")
t1 = time.perf_counter()
timeline = pipeline.run(document)
t2 = time.perf_counter()
bad = 0
spans = 0
for t in timeline.times:
    spans += 1
    bad += text[t.start:t.end] != t.text
for e in timeline.events:
    spans += 2
    bad += text[e.start:e.end] != e.text
    bad += text[e.sentence.start:e.sentence.end] != e.sentence.text
tokens = len(document.parse) if document.parse is not None else 0
offsets_ok = document.parse is None or (document.parse.text == text and all(
    text[tok.idx:tok.idx + len(tok.text)] == tok.text for tok in document.parse))
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
sampled = sum("sample publication dates" in note for note in timeline.assumptions)
print(json.dumps({"sampled_fewer": sampled, "parse_s": t1 - t0, "stages_s": t2 - t1, "maxrss_mb": rss,
                  "times": len(timeline.times), "events": len(timeline.events), "entries": len(timeline.entries),
                  "spans": spans, "bad_spans": bad, "tokens": tokens, "token_offsets_ok": offsets_ok}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1,2,5,10", help="comma-separated sizes in MB (10**6 characters)")
    parser.add_argument("--resolver-only", action="store_true", help="no spaCy: a detector finding no events")
    parser.add_argument("--undated", action="store_true", help="no publication date: a relative timeline")
    parser.add_argument(
        "--text",
        choices=("seed", "dense"),
        default="seed",
        help="the seed article repeated, or a dense narrative of times counted from each other",
    )
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    print(
        f"{'MB':>6}{'parse s':>10}{'stages s':>10}{'total s':>10}{'s/MB':>8}{'maxrss MB':>11}"
        f"{'times':>9}{'events':>9}{'tokens':>10}  spans ok"
    )
    for mb in sizes:
        size = int(mb * 1_000_000)
        command = [
            sys.executable,
            "-c",
            _CHILD,
            str(size),
            "1" if args.resolver_only else "0",
            str(SEED),
            "1" if args.undated else "0",
            args.text,
        ]
        out = subprocess.run(command, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"{mb:>6g} failed:\n{out.stderr[-2000:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        total = r["parse_s"] + r["stages_s"]
        ok = r["bad_spans"] == 0 and r["token_offsets_ok"]
        print(
            f"{mb:>6g}{r['parse_s']:>10.1f}{r['stages_s']:>10.1f}{total:>10.1f}{total / mb:>8.1f}"
            f"{r['maxrss_mb']:>11.0f}"
            f"{r['times']:>9,}{r['events']:>9,}{r['tokens']:>10,}  {'yes' if ok else 'NO'} ({r['spans']:,} spans, "
            f"{r['bad_spans']} wrong)" + (" [fewer sample dates]" if r["sampled_fewer"] else ""),
            flush=True,
        )


if __name__ == "__main__":
    main()
