"""Finding pipeline stages by name.

Built-in stages are listed here by import path, so nothing is imported until asked for. Other
packages add stages under the entry-point groups ``timeline.resolvers``, ``timeline.detectors``
and ``timeline.orderers``; an entry point names a factory (a class or function) that takes
keyword configuration and returns the stage. Code can also register a factory directly with
:func:`register`. An unknown name raises a :class:`KeyError` that lists the names available.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

__all__ = ["GROUPS", "available", "create", "get", "register"]

#: Stage kind -> entry-point group.
GROUPS = {"resolver": "timeline.resolvers", "detector": "timeline.detectors", "orderer": "timeline.orderers"}

_BUILTIN: dict[str, dict[str, str]] = {
    "resolver": {
        "rules": "timeline.resolver:RuleBasedResolver",
        "dateparser": "timeline.resolver.multilingual:DateparserResolver",
    },
    "detector": {"spacy": "timeline.events:SpacyEventDetector"},
    "orderer": {"anchored": "timeline.ordering:AnchoringOrderer"},
}
_REGISTERED: dict[str, dict[str, Callable[..., Any]]] = {kind: {} for kind in GROUPS}


def _check_kind(kind: str) -> None:
    if kind not in GROUPS:
        raise ValueError(f"unknown stage kind {kind!r}; expected one of {', '.join(GROUPS)}")


def register(kind: str, name: str, factory: Callable[..., Any]) -> None:
    """Make ``factory`` available as stage ``name`` of ``kind`` (``resolver``, ``detector``,
    ``orderer``) in this process."""
    _check_kind(kind)
    _REGISTERED[kind][name] = factory


def _entry_points(kind: str) -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=GROUPS[kind])}


def available(kind: str) -> list[str]:
    """Names of every stage of ``kind``: built in, registered, or from installed packages."""
    _check_kind(kind)
    return sorted({*_BUILTIN[kind], *_REGISTERED[kind], *_entry_points(kind)})


def get(kind: str, name: str) -> Callable[..., Any]:
    """The factory of stage ``name``.

    Raises:
        KeyError: no stage of that name; the message lists those available.
    """
    _check_kind(kind)
    if name in _REGISTERED[kind]:
        return _REGISTERED[kind][name]
    if name in _BUILTIN[kind]:
        module, _, attr = _BUILTIN[kind][name].partition(":")
        factory: Callable[..., Any] = getattr(importlib.import_module(module), attr)
        return factory
    found = _entry_points(kind).get(name)
    if found is not None:
        loaded: Callable[..., Any] = found.load()
        return loaded
    raise KeyError(f"no {kind} named {name!r}; available: {', '.join(available(kind))}")


def create(kind: str, name: str, **config: Any) -> Any:
    """Build stage ``name`` of ``kind`` with keyword ``config``."""
    return get(kind, name)(**config)
