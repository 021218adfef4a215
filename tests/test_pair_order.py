"""The pairwise start-order classifier: its model file, candidate pairs, features and links."""

from __future__ import annotations

import json
from importlib import resources

import attrs
import pytest

from timeline import extract_timeline
from timeline.model import Event, Relation, Tense, TextSpan
from timeline.ordering import AnchoringOrderer, timeline_order
from timeline.ordering.pairs import (
    LABELS,
    MAX_PAIRS_PER_EVENT,
    PairContext,
    PairModel,
    candidate_pairs,
    classifier_proposals,
    load_pair_model,
    pair_features,
)
from timeline.ordering.parse import Parse
from timeline.pipeline import Pipeline


def _event(i: int, sentence: int, *, pos: str = "VERB", tense: Tense = Tense.PAST) -> Event:
    start = sentence * 100 + i
    return Event(
        id=f"e{i}",
        text="went",
        start=start,
        end=start + 1,
        sentence=TextSpan(text="x" * 90, start=sentence * 100, end=sentence * 100 + 90),
        lemma="go",
        pos=pos,
        tense=tense,
    )


def _model(weights: dict[str, list[float]], *, threshold: float) -> PairModel:
    return PairModel.from_dict({"labels": LABELS, "bias": [0.0] * 4, "weights": weights, "threshold": threshold})


def _context(events: list[Event]) -> PairContext:
    return PairContext.build(events, None, {}, ())


def test_model_probabilities_are_a_distribution_and_ignore_unknown_features() -> None:
    model = _model({"x": [2.0, 0.0, 0.0, 0.0]}, threshold=0.5)
    p = model.probabilities(["x", "never seen"])
    assert sum(p) == pytest.approx(1.0)
    assert max(range(4), key=p.__getitem__) == 0
    assert model.probabilities([]) == pytest.approx([0.25] * 4)


def test_shipped_model_is_small_and_well_formed() -> None:
    resource = resources.files("timeline.ordering.data").joinpath("pair_order_en.json")
    assert len(resource.read_bytes()) < 1_000_000
    data = json.loads(resource.read_text("utf-8"))
    assert tuple(data["labels"]) == LABELS
    assert all(len(w) == len(LABELS) for w in data["weights"].values())
    model = load_pair_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert load_pair_model("xx") is None


def test_candidates_are_verbs_in_the_same_or_the_next_sentence() -> None:
    events = [_event(1, 0), _event(2, 0), _event(3, 1), _event(4, 2), _event(5, 0, pos="NOUN")]
    pairs = {(a.id, b.id) for a, b in candidate_pairs(events, _context(events))}
    assert pairs == {("e1", "e2"), ("e1", "e3"), ("e2", "e3"), ("e3", "e4")}


def test_candidate_pairs_stay_linear_in_a_long_sentence() -> None:
    events = [_event(i, 0) for i in range(60)]
    pairs = candidate_pairs(events, _context(events))
    assert len(pairs) <= MAX_PAIRS_PER_EVENT * len(events)


def test_features_read_distance_tense_and_reporting() -> None:
    a = _event(1, 0)
    b = attrs.evolve(_event(2, 1, tense=Tense.PRESENT), reported_by="e1")
    features = pair_features(a, b, _context([a, b]))
    assert "bias:s1" in features
    assert "t:PAST_NONE|PRESENT_NONE" in features
    assert "rep:b_by_a" in features


def test_proposals_are_above_the_threshold_most_confident_first() -> None:
    events = [_event(1, 0), _event(2, 0), _event(3, 1)]
    model = _model({"bias:s0": [3.0, 0.0, 0.0, 0.0], "bias:s1": [0.0, 1.0, 0.0, 0.0]}, threshold=0.4)
    proposals = classifier_proposals(events, _context(events), model)
    assert [(a.id, r, b.id) for _, a, r, b in proposals] == [
        ("e1", Relation.BEFORE, "e2"),
        ("e1", Relation.AFTER, "e3"),
        ("e2", Relation.AFTER, "e3"),
    ]
    assert [p[0] for p in proposals] == sorted((p[0] for p in proposals), reverse=True)
    strict = attrs.evolve(model, threshold=0.85)
    assert [(a.id, b.id) for _, a, _, b in classifier_proposals(events, _context(events), strict)] == [("e1", "e2")]


TEXT = (
    "Rebels attacked the town on Monday. Troops arrived two days later and the fighting stopped. "
    "The governor said the army had restored order. Residents returned home."
)


@pytest.mark.slow
def test_learned_links_come_after_the_rules_and_keep_the_order_consistent() -> None:
    learned = extract_timeline(TEXT, "2024-03-22")
    rules = Pipeline(orderer=AnchoringOrderer(learned_order=False))(TEXT, "2024-03-22")
    assert not [link for link in rules.links if link.reason.startswith("learned")]
    added = [link for link in learned.links if link.reason.startswith("learned")]
    assert learned.links[: len(learned.links) - len(added)] == rules.links  # the rules' links first, unchanged
    assert all(link.relation in (Relation.BEFORE, Relation.AFTER) for link in added)
    order = timeline_order(learned)
    assert len(order) == len(learned.links)  # none contradicts the others
    assert learned.entries == rules.entries  # placements do not depend on links


def test_hypotheticals_and_negations_are_not_paired_infinitives_are() -> None:
    events = [
        _event(1, 0),
        _event(2, 0, tense=Tense.INFINITIVE),
        attrs.evolve(_event(3, 0), modality="would"),
        attrs.evolve(_event(4, 0), factuality="negated"),
        attrs.evolve(_event(5, 0), modality="will", tense=Tense.FUTURE),
        _event(6, 0, tense=Tense.NONE),
    ]
    pairs = {(a.id, b.id) for a, b in candidate_pairs(events, _context(events))}
    assert pairs == {("e1", "e2"), ("e1", "e5"), ("e2", "e5")}


def test_training_fits_a_separable_toy_problem() -> None:
    import numpy as np
    from scripts.train_pair_order import encode, fit, predict, vocabulary

    features = [["bias", "x"], ["bias", "y"]] * 20
    labels = np.array([0, 1] * 20)
    index = vocabulary(features, min_count=2)
    weights, bias = fit(encode(features, index), labels, len(index), l2=1e-4, steps=200)
    probabilities = predict(encode([["bias", "x"], ["bias", "y"], ["bias", "never"]], index), weights, bias)
    assert probabilities[0].argmax() == 0 and probabilities[0][0] > 0.9
    assert probabilities[1].argmax() == 1 and probabilities[1][1] > 0.9


PAIR_TEXTS = (
    TEXT,
    'The minister resigned after the report was published, then he left. "We had warned them," '
    "aides said. Prices rose while wages fell, and the bank later cut rates because inflation "
    "had eased. Since the flood hit, the town has rebuilt its bridge and will reopen it soon.",
    "Police arrested two men on Friday. They were charged before a judge released them. Officials "
    "said the investigation continues and that more arrests would follow once evidence is examined.",
)


@pytest.mark.slow
@pytest.mark.parametrize("text", PAIR_TEXTS)
def test_pair_rows_and_parse_reads_match_the_feature_strings(text: str) -> None:
    """The classifier finds each pair's rows of weights without building its feature strings,
    and reads the parse from the Doc's columns: the same rows, in the same order (so the same
    sums), as the strings of :func:`pair_features` give, and the same labels, heads and marker
    words as the Tokens."""
    from timeline.ordering.pairs import (
        _intervals,
        _link_features,
        _role_features,
        _Rows,
        _value_features,
        event_tokens,
    )

    pipeline = Pipeline(orderer=AnchoringOrderer(learned_order=True))
    document = pipeline.document(text, "2024-03-22")
    timeline = pipeline.run(document)
    assert document.parse is not None
    events = [entry.event for entry in timeline.entries] + list(timeline.unplaced)
    parse = Parse(document.parse)
    tokens = event_tokens(parse, events)
    context = PairContext.build(events, parse, tokens, timeline.entries)
    model = load_pair_model()
    assert model is not None
    found = _Rows(model, context, len(model.matrix) - 1)
    pairs = candidate_pairs(events, context)
    assert len(pairs) >= 3
    for a, b in pairs:
        sa, sb = context.single(a), context.single(b)
        dist = "s0" if sa.sentence == sb.sentence else "s1"
        entries = context.entries
        intervals = _intervals(entries.get(a.id), entries.get(b.id))
        expected = [len(model.matrix) - 1]
        for features in (
            _value_features(sa.values, sb.values, dist),
            _role_features(sa, "a", dist),
            _role_features(sb, "b", dist),
            _link_features(a, b, sa, sb, context, dist),
        ):
            expected += model.rows(features)
        assert found.pair(a, b, sa, sb, intervals) == expected
    for event_id, i in tokens.items():
        single = context.singles.get(event_id)
        if single is None:
            continue
        chain = []
        node = document.parse[i]
        while len(chain) < 12:
            chain.append((node.i, node.dep_))
            if node.head.i == node.i:
                break
            node = node.head
        assert single.chain == tuple(chain)
        token, markers = document.parse[i], context.words.pair_markers
        own = [c.lower_ for c in token.lefts if c.dep_ in ("mark", "advmod", "prep") and c.lower_ in markers]
        own += [token.head.lower_] if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in markers else []
        assert single.markers == tuple(own)
        assert single.values["d"] == token.dep_
