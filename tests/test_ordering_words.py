"""The ordering stage's words as per-language data (``ordering/data/links_<lang>.json``)."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from timeline.model import Relation
from timeline.ordering import AnchoringOrderer
from timeline.ordering.words import load_words


def test_the_pair_models_marker_features_name_words_of_the_vocabulary() -> None:
    """The shipped pair model's features name marker words: the data must give the same strings."""
    model = json.loads(resources.files("timeline.ordering.data").joinpath("pair_order_en.json").read_text("utf-8"))
    named = set()
    for feature in model["weights"]:
        for pattern in (r"(?:^|:)[ab]mk:(.+)$", r"btw:(.+)$", r"(?:^|:)[ab]m:([^|]+)\|"):
            match = re.search(pattern, feature)
            if match is not None:
                named.add(match.group(1))
    named.discard("quote")
    assert named and named <= load_words("en").pair_markers


def test_words_are_compiled_once_per_language() -> None:
    words = load_words("en")
    assert load_words("en") is words
    assert words.clause_markers["after"] is Relation.BEFORE  # "X after Y": Y before X
    assert words.intending <= words.intending_for and "call" in words.intending_for - words.intending
    assert AnchoringOrderer().words is words


def test_a_language_without_words_is_refused() -> None:
    with pytest.raises(ValueError, match="no ordering vocabulary"):
        AnchoringOrderer(language="xx")
