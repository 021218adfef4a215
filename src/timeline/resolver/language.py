"""Per-language rule data (``data/<lang>.json``), compiled once per process.

A rule's pattern uses ``{CLASS}`` placeholders that expand to named groups built from the
vocabulary (``{MONTH}`` -> ``(?P<month>January|Jan\\.|...)``), so adding a month spelling or a
rule is a data change, not a code change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import attrs

from timeline.model import TimexType

__all__ = ["CompiledRule", "Language", "available_languages", "load_language"]


@attrs.frozen(kw_only=True, slots=True)
class CompiledRule:
    """One recognition rule: a compiled pattern and what kind of value it yields."""

    name: str
    type: TimexType
    kind: str
    pattern: re.Pattern[str]
    example: str
    span_group: str | None
    priority: int
    triggers: frozenset[str]


@attrs.frozen(kw_only=True, slots=True)
class Language:
    """The compiled vocabulary and rules of one language."""

    code: str
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, float | str]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    relative: Mapping[str, int]
    named_days: Mapping[str, int]
    #: Holiday name (lower case, straight apostrophe) -> when it falls (see ``holidays_doc`` in the data).
    holidays: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    seasons: Mapping[str, str]
    point_mods: Mapping[str, str]
    duration_mods: Mapping[str, str]
    references: Mapping[str, str]
    frequencies: Mapping[str, str]
    rules: tuple[CompiledRule, ...]
    trigger_classes: Mapping[str, frozenset[str]]
    negative_examples: tuple[str, ...]

    def number(self, word: str) -> float | str | None:
        """The value of a number word or numeral (``"X"`` for vague amounts such as "several")."""
        w = word.lower().strip()
        if w.endswith(" 1/2") and w[:-4].isdigit():  # "5 1/2"
            return int(w[:-4]) + 0.5
        if w in self.numbers:
            return self.numbers[w]
        try:
            return float(w) if "." in w else int(w)
        except ValueError:
            pass
        if "-" in w:
            tens, _, ones = w.partition("-")
            t, o = self.numbers.get(tens), self.numbers.get(ones)
            if isinstance(t, int) and isinstance(o, int):
                return t + o
        return None


def _alternation(words: list[str]) -> str:
    """A regex matching any of the literal ``words``, factored as a trie ("Sep(?:t(?:\\.)?|\\.)?")
    so the engine does not try every word at every position; at each branch the longer
    continuation is tried first, so "Sept." wins over "Sep"."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


def _number_words(numbers: Mapping[str, Any]) -> str:
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    compounds = [f"{t}-{o}" for t in tens for o in ones]
    return _alternation([*compounds, *numbers])


@cache
def load_language(code: str = "en") -> Language:
    """Load and compile the rules of language ``code`` (cached: compiled once per process)."""
    try:
        text = resources.files("timeline.resolver.data").joinpath(f"{code}.json").read_text("utf-8")
    except FileNotFoundError:
        raise ValueError(
            f"no date rules for language {code!r}; available: {', '.join(available_languages())}"
        ) from None
    raw: dict[str, Any] = json.loads(text)
    months: dict[str, int] = raw["months"]
    month_variants = {**months, **{k.upper(): v for k, v in months.items()}}
    weekdays: dict[str, int] = raw["weekdays"]
    weekday_variants = {
        **weekdays,
        **{k.upper(): v for k, v in weekdays.items()},
        **{k + "s": v for k, v in weekdays.items()},
    }
    abbreviations: dict[str, int] = raw["weekday_abbreviations"]
    full_months = [m for m in months if len(m) > 4 or m in ("May", "June", "July")]
    numword = _number_words(raw["numbers"])
    expansions = {
        "MONTH": rf"(?P<month>(?:{_alternation(list(month_variants))})(?![a-z]))",
        "MONTH_FULL": rf"(?P<month>(?:{_alternation(full_months + [m.upper() for m in full_months])})(?![a-z]))",
        "WEEKDAY": rf"\b(?P<weekday>{_alternation(list(weekday_variants))})\b",
        "WEEKDAY_ANY": rf"\b(?P<weekday>{_alternation([*weekday_variants, *abbreviations])})\.?",
        "NUM": rf"\d+\s1/2|\d+(?:\.\d+)?|{numword}",
        "NUMWORD": numword,
        "UNIT": _alternation(list(raw["units"])),
        "POINT_MOD": rf"(?P<pmod>(?i:{_alternation(list(raw['point_mods']))}))",
        "DURATION_MODS": _alternation(list(raw["duration_mods"])),
        "REFERENCES": _alternation([*raw["references"], *(w[0].upper() + w[1:] for w in raw["references"])]),
        "FREQUENCIES": _alternation(list(raw["frequencies"])),
        "TIMEZONES": _alternation(raw["timezones"]),
        "HOLIDAYS": _alternation([v for name in raw["holidays"] for v in {name, name.replace("'", "’")}]),
    }
    # Classes defined in the data may use the expansions above.
    for name, template in raw.get("classes", {}).items():
        expansions[name] = _expand(template, expansions)
    rules = []
    for priority, spec in enumerate(raw["rules"]):
        source = _expand(spec["pattern"], expansions)
        try:
            pattern = re.compile(source)
        except re.error as exc:  # a data error: say which rule
            raise ValueError(f"rule {spec['name']!r} of language {code!r} does not compile: {exc}") from exc
        rules.append(
            CompiledRule(
                name=spec["name"],
                type=TimexType(spec["type"]),
                kind=spec["kind"],
                pattern=pattern,
                example=spec["example"],
                span_group=spec.get("span"),
                priority=priority,
                triggers=frozenset(spec["triggers"]),
            )
        )
    trigger_classes = _trigger_classes(raw, {**months, **weekdays, **abbreviations})
    return Language(
        code=code,
        months={k.lower().rstrip("."): v for k, v in months.items()},
        weekdays={**{k.lower(): v for k, v in weekdays.items()}, **{k.lower(): v for k, v in abbreviations.items()}},
        numbers=raw["numbers"],
        ordinals=raw["ordinals"],
        units=raw["units"],
        relative=raw["relative"],
        named_days=raw["named_days"],
        holidays={name.lower(): spec for name, spec in raw["holidays"].items()},
        parts_of_day=raw["parts_of_day"],
        seasons=raw["seasons"],
        point_mods=raw["point_mods"],
        duration_mods=raw["duration_mods"],
        references=raw["references"],
        frequencies=raw["frequencies"],
        rules=tuple(rules),
        trigger_classes=trigger_classes,
        negative_examples=tuple(raw.get("negative_examples", ())),
    )


_TRIGGER_STOPWORDS = frozenset({"in", "the", "at", "of", "a", "an", "right"})


def _trigger_classes(raw: Mapping[str, Any], names: Mapping[str, int]) -> dict[str, frozenset[str]]:
    """Lower-case word -> the trigger classes it belongs to (``digit`` is decided by the
    tokeniser). Multi-word vocabulary ("in recent years") triggers on its content words."""
    classes: dict[str, set[str]] = {}

    def add(cls: str, phrases: Any) -> None:
        for phrase in phrases:
            for word in re.findall(r"[a-z]+", phrase.lower()):
                if word not in _TRIGGER_STOPWORDS:
                    classes.setdefault(word, set()).add(cls)

    add("month", raw["months"])
    add("weekday", [w for w in names if w not in raw["months"]])
    add("weekday", [w + "s" for w in raw["weekdays"] if w.lower().endswith("day")])  # "on Mondays"
    add("unit", raw["units"])
    add("season", raw["seasons"])
    add("named_day", raw["named_days"])
    add("reference", raw["references"])
    add("frequency", raw["frequencies"])
    for cls, words in raw.get("trigger_words", {}).items():
        if not cls.startswith("_"):
            add(cls, words)
    return {word: frozenset(found) for word, found in classes.items()}


_PLACEHOLDER = re.compile(r"\{([A-Z_0-9]+)\}")


def _expand(template: str, expansions: Mapping[str, str]) -> str:
    def replace(m: re.Match[str]) -> str:
        key = m.group(1)
        return expansions[key] if key in expansions else m.group(0)

    return _PLACEHOLDER.sub(replace, template)


def available_languages() -> list[str]:
    """Codes of the languages that have rule data."""
    folder = resources.files("timeline.resolver.data")
    return sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))
