"""The JSON Schema (draft 2020-12) of :meth:`timeline.Timeline.to_dict`.

``timeline.schema.json`` beside this module describes every field of the JSON contract; tools
outside Python can validate timelines with it. :func:`load_schema` reads it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_FILE", "load_schema"]

#: File name of the schema inside this package.
SCHEMA_FILE = "timeline.schema.json"


@cache
def _text() -> str:
    return resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The JSON Schema of ``Timeline.to_dict()`` as a dict (a fresh copy on every call)."""
    schema: dict[str, Any] = json.loads(_text())
    return schema
