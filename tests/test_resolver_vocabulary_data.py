"""The resolver's English words live in the per-language data, not in the code (project rule:
rules and vocabularies as data, per language, compiled once), so a second language supplies its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from timeline.resolver.extract import find_mentions
from timeline.resolver.language import load_language

_RESOLVER = Path(__file__).resolve().parents[1] / "src" / "timeline" / "resolver"
#: English words the extraction code once held as constants or in its regexes.
_ENGLISH = frozenset(
    [
        "before",
        "after",
        "ended",
        "ending",
        "ends",
        "twenties",
        "nineties",
        "morning",
        "afternoon",
        "evening",
        "night",
        "since",
        "once",
        "twice",
        "ago",
        "earlier",
        "prior",
        "previous",
        "preceding",
        "following",
        "midnight",
        "noon",
        "yesterday",
        "tomorrow",
        "tonight",
        "other",
        "the",
        "and",
        "or",
        "on",
        "of",
        "over",
        "hundred",
        "thousand",
        "last",
        "next",
        "this",
        "million",
        "percent",
        "dollars",
        "long",
    ]
)


def _code_strings(path: Path) -> list[str]:
    """String constants of a module that are not docstrings."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


@pytest.mark.parametrize("module", ["extract.py", "__init__.py"])
def test_no_english_words_in_the_code(module: str) -> None:
    found = set()
    for text in _code_strings(_RESOLVER / module):
        if text.isidentifier():  # a group or rule name ("this_year"), a kind, a unit of the data
            continue
        found |= _ENGLISH & set(re.findall(r"[a-z]+", text.lower()))
    assert not found, f"English words in {module}: move them to data/<lang>.json (cues): {sorted(found)}"


def test_cues_are_compiled_once_from_the_data() -> None:
    cues = load_language("en").cues
    assert cues is load_language("en").cues
    assert cues.decade_words["nineties"] == 9
    assert cues.day_around.search("on the day before ") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales soared in the nineties.", ("the nineties", "decade")),
        ("They met on Monday and Tuesday nights.", ("Monday", "set")),
        ("Profit rose for the quarter ended Sept. 30.", ("Sept. 30", "month_day")),
        ("The talks resumed the day after Christmas.", ("the day after Christmas", "holiday")),
    ],
)
def test_data_driven_cues_still_find(text: str, expected: tuple[str, str]) -> None:
    found = [(m.text, m.partial.kind) for m in find_mentions(text, load_language("en"))]
    assert expected in found
