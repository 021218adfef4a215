"""Train the pairwise start-order classifier of the orderer on MATRES TimeBank pairs only.

Usage::

    .venv/bin/python scripts/train_pair_order.py [--data ../shared/data] [--out PATH] [--folds 5]

Each TimeBank document (TBAQ-cleaned) is run through the whole pipeline from its raw ``<TEXT>``
and DCT, with an event model trained on the TimeBank documents of the other folds (the shipped
one learned every TimeBank document: its events and attributes there are near-perfect, 97% of
MATRES pairs detected against 91% held out, which is not what the classifier meets on new text;
``--seen-events`` reads them with the shipped one instead); the MATRES pairs whose two gold
events match detected events (character overlap) become training pairs, with the features
:func:`timeline.ordering.pairs.pair_features` reads from OUR events, placements and parse (the
pair is put in text order; the label is flipped when MATRES lists it the other way). A
multinomial logistic regression (numpy, full-batch Adam with L2) is fitted to
BEFORE/AFTER/EQUAL/VAGUE.

The threshold above which the orderer proposes a link is chosen by cross-validation over
documents: the out-of-fold predictions give the curve of coverage (share of all TimeBank MATRES
pairs decided) against accuracy, printed here, and the threshold is the lowest confidence at
which the pairs at or above it are still right ``--target`` of the time. AQUAINT is never read
(it is the held-out test: ``benchmarks/matres.py``). Runs in about five minutes on one CPU.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from timeline.evaluation.scorer import align_spans
from timeline.evaluation.timeml import read_timeml
from timeline.events import SpacyEventDetector, learned_from_dict
from timeline.nlp import load_model, parse
from timeline.ordering import AnchoringOrderer
from timeline.ordering.pairs import (
    LABELS,
    PairContext,
    candidate_pairs,
    event_tokens,
    pair_features,
    start_point_order,
)
from timeline.ordering.parse import Parse
from timeline.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "src" / "timeline" / "ordering" / "data" / "pair_order_en.json"
ALIASES = {"sarcozy": "sarkozy"}
FLIP = {"BEFORE": "AFTER", "AFTER": "BEFORE"}


def read_pairs(
    data: Path, fold_of: Mapping[str, int] | None = None
) -> tuple[list[tuple[str, list[str], str, bool]], int]:
    """(document, features, label, left to the classifier) per matched MATRES pair; and the
    number of MATRES pairs in all. A pair is left to the classifier when it is among the
    runtime candidates and the rules' anchors and links do not already order its start points
    (:func:`timeline.ordering.pairs.start_point_order`).

    With ``fold_of`` (MATRES document -> fold), each document's events come from an event model
    trained on the TimeBank documents of the other folds only, as on a text the model never
    saw: the shipped event model learned these very documents, and features read from its
    near-perfect classes and tenses are not what the classifier meets at run time."""
    by_doc: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    total = 0
    for line in (data / "matres" / "timebank.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 6:
            by_doc[parts[0]].append((f"ei{parts[3]}", f"ei{parts[4]}", parts[5]))
            total += 1
    folder = data / "tempeval3" / "TBAQ-cleaned" / "TimeBank"
    pipelines = _pipelines(folder, by_doc, fold_of)
    out: list[tuple[str, list[str], str, bool]] = []
    for doc_id in sorted(by_doc):
        path = folder / f"{_file_name(doc_id)}.tml"
        if not path.is_file():
            continue
        gold = read_timeml(path)
        pipeline = pipelines[fold_of.get(doc_id, 0) if fold_of else 0]
        document = pipeline.document(gold.text, gold.dct)
        timeline = pipeline.run(document)
        if document.parse is None:
            continue
        events = list(timeline.events)
        parse = Parse(document.parse)
        context = PairContext.build(events, parse, event_tokens(parse, events), timeline.entries)
        order = start_point_order(timeline)
        candidates = {
            (a.id, b.id) for a, b in candidate_pairs(events, context) if order.start_order(a.id, b.id) is None
        }
        by_id = {e.id: e for e in events}
        instance_event = {i.eiid: i.event_id for i in gold.instances}
        system_for_gold = {g.eid: s.id for g, s in align_spans(list(gold.events), events)}
        for eiid1, eiid2, label in by_doc[doc_id]:
            ids = [system_for_gold.get(instance_event.get(x, ""), "") for x in (eiid1, eiid2)]
            if not all(ids) or ids[0] == ids[1]:
                continue
            a, b = by_id[ids[0]], by_id[ids[1]]
            if b.start < a.start:
                a, b, label = b, a, FLIP.get(label, label)
            out.append((doc_id, pair_features(a, b, context), label, (a.id, b.id) in candidates))
    return out, total


def _file_name(doc_id: str) -> str:
    for old, new in ALIASES.items():
        doc_id = doc_id.replace(old, new)
    return doc_id


def _pipelines(folder: Path, by_doc: Mapping[str, object], fold_of: Mapping[str, int] | None) -> dict[int, Pipeline]:
    """Fold -> the pipeline its documents are read with: the shipped one without ``fold_of``,
    else one whose event model is trained on the other folds' TimeBank documents (and on the
    TimeBank documents MATRES does not pair)."""
    if not fold_of:
        return {0: Pipeline(orderer=AnchoringOrderer(learned_order=False))}
    script = Path(__file__).with_name("train_event_lexicon.py")
    spec = importlib.util.spec_from_file_location("train_event_lexicon", script)
    assert spec is not None and spec.loader is not None
    lexicon_script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lexicon_script)
    nlp = load_model()
    fold_of_file = {_file_name(d): f for d, f in fold_of.items() if d in by_doc}
    paths = sorted(folder.glob("*.tml"))
    golds = [read_timeml(p) for p in paths]
    docs = [parse(nlp, g.text) for g in golds]
    out = {}
    for fold in sorted(set(fold_of.values())):
        trained = lexicon_script.train(
            ((g, d) for p, g, d in zip(paths, golds, docs, strict=True) if fold_of_file.get(p.stem, -1) != fold),
            nlp=nlp,
            corpora=("TimeBank",),
        )
        out[fold] = Pipeline(
            detector=SpacyEventDetector(learned=learned_from_dict(trained)),
            orderer=AnchoringOrderer(learned_order=False),
        )
    return out


def fit(
    rows: list[list[int]], labels: np.ndarray, n_features: int, *, l2: float, steps: int
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression on sparse binary rows: full-batch Adam on the mean
    log-loss plus ``l2`` times the squared weights."""
    n, k = len(rows), len(LABELS)
    lengths = np.array([len(r) for r in rows])
    col_of = np.concatenate([np.asarray(r, dtype=int) for r in rows])
    row_of = np.repeat(np.arange(n), lengths)
    # sums over each row's features, and over each feature's rows, as np.add.reduceat segments
    row_starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    by_col = np.argsort(col_of, kind="stable")
    cols_present, col_starts = np.unique(col_of[by_col], return_index=True)
    target = np.zeros((n, k))
    target[np.arange(n), labels] = 1.0
    weights = np.zeros((n_features, k))
    bias = np.zeros(k)
    m_w, v_w, m_b, v_b = np.zeros_like(weights), np.zeros_like(weights), np.zeros(k), np.zeros(k)
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    empty = lengths == 0
    for step in range(1, steps + 1):
        sums = np.add.reduceat(weights[col_of], row_starts, axis=0) if len(col_of) else np.zeros((n, k))
        sums[empty] = 0.0
        scores = sums + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - target) / n
        grad_w = 2 * l2 * weights
        if len(col_of):
            grad_w[cols_present] += np.add.reduceat(error[row_of[by_col]], col_starts, axis=0)
        grad_b = error.sum(axis=0)
        for param, grad, m, v in ((weights, grad_w, m_w, v_w), (bias, grad_b, m_b, v_b)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
    return weights, bias


def predict(rows: list[list[int]], weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    scores = np.tile(bias, (len(rows), 1))
    for i, r in enumerate(rows):
        if r:
            scores[i] += weights[r].sum(axis=0)
    scores -= scores.max(axis=1, keepdims=True)
    probs = np.exp(scores)
    return probs / probs.sum(axis=1, keepdims=True)


def vocabulary(feature_lists: list[list[str]], min_count: int) -> dict[str, int]:
    counts = Counter(f for features in feature_lists for f in set(features))
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}


def encode(feature_lists: list[list[str]], index: dict[str, int]) -> list[list[int]]:
    return [sorted({index[f] for f in features if f in index}) for features in feature_lists]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--target", type=float, default=0.85, help="accuracy the chosen threshold keeps (out of fold)")
    parser.add_argument(
        "--train-on", default="all", choices=("all", "left"), help="all matched pairs, or only those left to it"
    )
    parser.add_argument(
        "--seen-events",
        action="store_true",
        help="read every document with the shipped event model (which learned them), not a held-out one per fold",
    )
    parser.add_argument("--dry-run", action="store_true", help="cross-validate and print, write nothing")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not (data / "matres" / "timebank.txt").is_file():
        print(f"MATRES not found under {data}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    docs = sorted({line.split("\t")[0] for line in (data / "matres" / "timebank.txt").read_text("utf-8").splitlines()})
    fold_of = {d: i % args.folds for i, d in enumerate(docs)}
    pairs, total = read_pairs(data, None if args.seen_events else fold_of)
    print(
        f"TimeBank MATRES: {total} pairs, {len(pairs)} with both events detected "
        f"({sum(p[3] for p in pairs)} left to the classifier), {time.perf_counter() - started:.0f}s"
    )
    print("  labels: " + ", ".join(f"{k} {v}" for k, v in Counter(p[2] for p in pairs).most_common()))
    label_index = {label: i for i, label in enumerate(LABELS)}
    y = np.array([label_index[p[2]] for p in pairs])
    out_of_fold = np.zeros((len(pairs), len(LABELS)))
    for fold in range(args.folds):
        train = [i for i, p in enumerate(pairs) if fold_of[p[0]] != fold and (p[3] or args.train_on == "all")]
        test = [i for i, p in enumerate(pairs) if fold_of[p[0]] == fold]
        index = vocabulary([pairs[i][1] for i in train], args.min_count)
        weights, bias = fit(
            encode([pairs[i][1] for i in train], index), y[train], len(index), l2=args.l2, steps=args.steps
        )
        out_of_fold[test] = predict(encode([pairs[i][1] for i in test], index), weights, bias)
    threshold = report(pairs, y, out_of_fold, total, args.target)
    final = [i for i, p in enumerate(pairs) if p[3] or args.train_on == "all"]
    index = vocabulary([pairs[i][1] for i in final], args.min_count)
    weights, bias = fit(encode([pairs[i][1] for i in final], index), y[final], len(index), l2=args.l2, steps=args.steps)
    kept = {f: [round(float(x), 3) for x in weights[i]] for f, i in index.items() if np.abs(weights[i]).max() >= 0.005}
    model = {
        "about": "pairwise start-order classifier (BEFORE/AFTER/EQUAL/VAGUE) trained on MATRES TimeBank pairs "
        "by scripts/train_pair_order.py; see timeline.ordering.pairs",
        "labels": list(LABELS),
        "threshold": threshold,
        "bias": [round(float(x), 3) for x in bias],
        "weights": dict(sorted(kept.items())),
    }
    print(
        f"features: {len(index)} seen at least {args.min_count} times, {len(kept)} kept; threshold {threshold}; "
        f"{time.perf_counter() - started:.0f}s"
    )
    if not args.dry_run:
        Path(args.out).write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"written {args.out}")
    return 0


def report(
    pairs: list[tuple[str, list[str], str, bool]], y: np.ndarray, probs: np.ndarray, total: int, target: float
) -> float:
    """Print the out-of-fold coverage/accuracy curve; return the threshold keeping ``target``."""
    ordered_labels = [LABELS.index("BEFORE"), LABELS.index("AFTER")]
    best = probs.argmax(axis=1)
    candidate = np.array([p[3] for p in pairs])
    print(f"  out-of-fold accuracy on all detected pairs (argmax of 4): {float((best == y).mean()):.3f}")
    print(f"  ... on those left to the classifier: {float((best == y)[candidate].mean()):.3f}")
    linkable = np.isin(best, ordered_labels) & candidate
    confidence = np.where(linkable, probs.max(axis=1), 0.0)
    order = np.argsort(-confidence, kind="stable")
    correct = (best == y)[order]
    confident = confidence[order]
    print("  pairs left to the classifier, out of fold:")
    print("  confidence >=  decided (% of all TimeBank pairs)  accuracy")
    chosen = 1.0
    for cut in (0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35):
        n = int((confident >= cut).sum())
        accuracy = float(correct[:n].mean()) if n else 1.0
        print(f"  {cut:>13.2f}  {n:>6} ({100 * n / total:5.1f}%)                  {accuracy:.3f}")
        if n and accuracy >= target:
            chosen = cut
    return chosen


if __name__ == "__main__":
    sys.exit(main())
