"""Learn the event detector's lexicon and models from TimeML (by default all of TBAQ-cleaned).

Usage::

    .venv/bin/python scripts/train_event_lexicon.py [CORPUS_DIR ...] [--out PATH]

Every token the detector could take (verbs, common nouns, adjectives) is counted by lemma and
coarse part of speech: how often it is a gold EVENT and with which TimeML class. A back-off
table counts the same by Penn tag and dependency label for lemmas never seen. The output is a
small JSON file shipped in the package (``timeline/events/data/learned_en.json``), with the
corpora it was trained on. Runs in under a minute on one CPU.

Two small linear models are trained here too, averaged perceptrons (a few passes in a fixed order,
weights rounded, zero ones dropped): the detection model, over :func:`timeline.events.detection_features`
of every candidate word (event or not), and the TimeML class model, over
:func:`timeline.events.class_features` (lemma, tag, dependency, clausal complements, the hand
lexicon's class, object, passive, governing word, prepositions that bring an event) of the gold
events, the mean of five perceptrons (:func:`train_class_model`).

The shipped model is trained on TimeBank and AQUAINT: the figure reported for it is the
document-level cross-validation of ``benchmarks/events_tempeval.py --cross-validate 10``, which
calls :func:`train` on each fold's other documents. That benchmark's default AQUAINT run trains
a TimeBank-only model on the fly (``train`` on TimeBank), so AQUAINT stays held out there.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.evaluation.timeml import TimeMLDocument, read_timeml
from timeline.events import (
    _lemmatizer,
    candidate_pos,
    class_features,
    coarse_pos,
    detection_features,
    load_lexicon,
)
from timeline.model import EventClass
from timeline.nlp import load_model, parse

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
TBAQ = REPO.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
DEFAULT_CORPORA = (TBAQ / "TimeBank", TBAQ / "AQUAINT")
DEFAULT_OUT = REPO / "src" / "timeline" / "events" / "data" / "learned_en.json"
CLASSES = tuple(c.value for c in EventClass)
#: Added to the detection model's bias of each part of speech: a perceptron balances its two kinds of
#: error, and TimeML events are dense enough that a missed one costs recall on the attributes too; chosen
#: by the cross-validation benchmark (``benchmarks/events_tempeval.py --cross-validate 10``).
RECALL_OFFSET = {"b=V": 1.0, "b=N": 1.0, "b=J": 1.0}
#: The class model is the mean of this many averaged perceptrons, each trained in another shuffled order: one
#: perceptron's weights depend on the order it saw the examples in (its held-out class accuracy moves by about
#: half a point from one order to the next), their mean much less.
CLASS_SEEDS = 5
#: Added to the class model's OCCURRENCE weight of its bias feature: TimeML's default class, so another class
#: must win by this margin (a word whose evidence for I_ACTION or ASPECTUAL is weak stays an OCCURRENCE). Chosen
#: by the cross-validation benchmark (``benchmarks/events_tempeval.py --cross-validate 10``).
OCCURRENCE_MARGIN = 1.0


def train_perceptron(
    examples: Sequence[tuple[list[str], str]],
    *,
    epochs: int = 3,
    seed: int = 0,
    classes: Sequence[str] = CLASSES,
    default: str = EventClass.OCCURRENCE.value,
) -> dict[str, list[float]]:
    """Averaged multiclass perceptron: feature -> one weight per class of ``classes`` (``default`` wins ties)."""
    index = {c: i for i, c in enumerate(classes)}
    occurrence = index[default]
    n_classes = len(classes)
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * n_classes)
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * n_classes)
    stamps: dict[str, list[int]] = defaultdict(lambda: [0] * n_classes)
    order = list(examples)
    rng = random.Random(seed)
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for features, gold in order:
            step += 1
            scores = [0.0] * n_classes
            for f in features:
                row = weights.get(f)
                if row is not None:
                    for i, w in enumerate(row):
                        scores[i] += w
            guess = max(range(n_classes), key=lambda i: (scores[i], i == occurrence))
            truth = index[gold]
            if guess == truth:
                continue
            for f in features:
                for i, delta in ((truth, 1.0), (guess, -1.0)):
                    totals[f][i] += (step - stamps[f][i]) * weights[f][i]
                    stamps[f][i] = step
                    weights[f][i] += delta
    averaged: dict[str, list[float]] = {}
    for f, row in weights.items():
        avg = [(totals[f][i] + (step - stamps[f][i]) * w) / step for i, w in enumerate(row)]
        rounded = [round(w, 2) for w in avg]
        if any(rounded):
            averaged[f] = rounded
    return averaged


def train_class_model(examples: Sequence[tuple[list[str], str]]) -> dict[str, list[float]]:
    """The class model's weights: the mean of :data:`CLASS_SEEDS` averaged perceptrons (shuffled in other
    orders), rounded, zero ones dropped, and :data:`OCCURRENCE_MARGIN` on the bias feature's OCCURRENCE weight."""
    summed: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(CLASSES))
    for seed in range(CLASS_SEEDS):
        for feature, row in train_perceptron(examples, seed=seed).items():
            total = summed[feature]
            for i, w in enumerate(row):
                total[i] += w
    summed["b"][CLASSES.index(EventClass.OCCURRENCE.value)] += OCCURRENCE_MARGIN * CLASS_SEEDS
    weights: dict[str, list[float]] = {}
    for feature, row in summed.items():
        rounded = [round(w / CLASS_SEEDS, 2) for w in row]
        if any(rounded):
            weights[feature] = rounded
    return weights


def train(
    documents: Iterable[tuple[TimeMLDocument, Doc]],
    *,
    nlp: Language,
    min_count: int = 1,
    corpora: Sequence[str] = ("TimeBank",),
) -> dict[str, Any]:
    """The learned lexicon (the JSON object shipped as ``learned_en.json``) from gold TimeML
    documents and their parses (``doc.text == gold.text``). The cross-validation benchmark calls
    it once per fold on the other folds' documents; ``corpora`` names what it was trained on."""
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)  # "pos:lemma" -> {"n": .., "event": .., CLASS: ..}
    backoff: dict[str, Counter[str]] = defaultdict(Counter)  # "tag:dep" -> same
    lexicon = load_lexicon("en")
    examples: list[tuple[list[str], str]] = []
    candidates: list[tuple[list[str], str]] = []
    n_docs = 0
    for gold, doc in documents:
        n_docs += 1
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
                (f"{token.tag_}:{token.dep_}", backoff),
            )
            for key, table in keys:
                table[key]["n"] += 1
                if event_class is not None:
                    table[key]["event"] += 1
                    table[key][event_class] += 1
            if event_class in CLASSES:
                examples.append((class_features(token, lemma, pos, lexicon, lemmatize), event_class))
            if candidate_pos(token) is not None:
                features = detection_features(token, lemma, pos, lexicon, lemmatize)
                candidates.append((features, "NONE" if event_class is None else "EVENT"))
    class_weights = train_class_model(examples)
    detection = train_perceptron(candidates, classes=("EVENT", "NONE"), default="NONE")
    detection_weights: dict[str, float] = {}
    for feature, (event, none) in detection.items():
        weight = round(event - none + RECALL_OFFSET.get(feature, 0.0), 1)
        if weight:
            detection_weights[feature] = weight
    return {
        "_doc": (
            f"Learned from TBAQ-cleaned ({' + '.join(corpora)}) by scripts/train_event_lexicon.py: per 'POS:lemma' "
            "and per 'TAG:dep', how many tokens (n), how many were gold EVENTs (event) and their TimeML classes; "
            "class_model: mean averaged-perceptron weights (one per class) of the class features."
        ),
        "corpora": list(corpora),
        "documents": n_docs,
        "lemmas": {k: dict(sorted(v.items())) for k, v in sorted(lemmas.items()) if v["n"] >= min_count},
        "backoff": {k: dict(sorted(v.items())) for k, v in sorted(backoff.items())},
        "class_model": {"classes": list(CLASSES), "weights": dict(sorted(class_weights.items()))},
        "detection_model": {"weights": dict(sorted(detection_weights.items()))},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", default=[str(p) for p in DEFAULT_CORPORA], help="folders of .tml files")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--min-count", type=int, default=1, help="keep lemmas seen at least this often")
    args = parser.parse_args(argv)
    folders = [Path(c) for c in args.corpora]
    files = [p for folder in folders for p in sorted(folder.rglob("*.tml"))]
    if not files:
        print(f"no .tml files under {', '.join(map(str, folders))}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    nlp = load_model()
    golds = [read_timeml(p) for p in files]
    out = train(
        ((g, parse(nlp, g.text)) for g in golds), nlp=nlp, min_count=args.min_count, corpora=[f.name for f in folders]
    )
    Path(args.out).write_text(json.dumps(out, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    n_event = sum(v.get("event", 0) for v in out["lemmas"].values())
    print(
        f"{len(files)} documents, {len(out['lemmas'])} lemma keys, {n_event} event tokens aligned, "
        f"{len(out['class_model']['weights'])} class-model features "
        f"of {sum(len(g.events) for g in golds)} gold, {time.perf_counter() - started:.1f}s -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
