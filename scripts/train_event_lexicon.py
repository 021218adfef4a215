"""Learn the event detector's lexicon from TimeBank (TBAQ-cleaned/TimeBank only).

Usage::

    .venv/bin/python scripts/train_event_lexicon.py [TIMEBANK_DIR] [--out PATH]

Every token the detector could take (verbs, common nouns, adjectives) is counted by lemma and
coarse part of speech: how often it is a gold EVENT and with which TimeML class. A back-off
table counts the same by Penn tag and dependency label for lemmas never seen. The output is a
small JSON file shipped in the package (``timeline/events/data/learned_en.json``); AQUAINT is
never read, so it stays a held-out test set. Runs in well under a minute on one CPU.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from timeline.evaluation.timeml import read_timeml
from timeline.events import _lemmatizer, coarse_pos, complement_key
from timeline.nlp import load_model, parse

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned" / "TimeBank"
DEFAULT_OUT = REPO / "src" / "timeline" / "events" / "data" / "learned_en.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--min-count", type=int, default=1, help="keep lemmas seen at least this often")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if "AQUAINT" in corpus.parts:
        print("refusing to train on AQUAINT: it is the held-out test set", file=sys.stderr)
        return 2
    files = sorted(corpus.rglob("*.tml"))
    if not files:
        print(f"no .tml files under {corpus}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    nlp = load_model()
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)  # "pos:lemma" -> {"n": .., "event": .., CLASS: ..}
    backoff: dict[str, Counter[str]] = defaultdict(Counter)  # "tag:dep" -> same
    for path in files:
        gold = read_timeml(path)
        doc = parse(nlp, gold.text)
        lemmatize = _lemmatizer(doc, nlp)
        by_char: dict[int, str] = {}
        for event in gold.events:
            for c in range(event.start, event.end):
                by_char[c] = event.event_class
        for token in doc:
            pos = coarse_pos(token)
            if pos is None:
                continue
            event_class = by_char.get(token.idx)
            lemma = lemmatize(token)
            keys = (
                (f"{pos}:{lemma}", lemmas),
                (f"{pos}:{lemma}|{complement_key(token)}", lemmas),
                (f"{token.tag_}:{token.dep_}", backoff),
            )
            for key, table in keys:
                table[key]["n"] += 1
                if event_class is not None:
                    table[key]["event"] += 1
                    table[key][event_class] += 1
    out = {
        "_doc": (
            "Learned from TBAQ-cleaned/TimeBank by scripts/train_event_lexicon.py: per 'POS:lemma', "
            "per 'POS:lemma|C' (C: whether it takes a clausal complement) and per 'TAG:dep', how many "
            "tokens (n), how many were gold EVENTs (event) and their TimeML classes."
        ),
        "documents": len(files),
        "lemmas": {k: dict(sorted(v.items())) for k, v in sorted(lemmas.items()) if v["n"] >= args.min_count},
        "backoff": {k: dict(sorted(v.items())) for k, v in sorted(backoff.items())},
    }
    Path(args.out).write_text(json.dumps(out, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    n_event = sum(v["event"] for k, v in lemmas.items() if "|" not in k)
    print(
        f"{len(files)} documents, {len(out['lemmas'])} lemma keys, {n_event} event tokens aligned "
        f"of {sum(len(read_timeml(p).events) for p in files)} gold, {time.perf_counter() - started:.1f}s -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
