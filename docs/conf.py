"""Sphinx configuration for the timeline documentation (MyST Markdown, no network)."""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# The library from this checkout, even when the installed copy is older or absent.
sys.path.insert(0, str(ROOT / "src"))
# Local extensions (tables computed by running the library at build time).
sys.path.insert(0, str(DOCS / "_ext"))

project = "timeline"
author = "The timeline developers"
copyright = "2024, The timeline developers"

try:
    from timeline import __version__ as release
except Exception:  # the docs must still build if the package cannot be imported
    release = "0.1.0"
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "timeline_docs",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# --- MyST --------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# --- autodoc / napoleon (Google style) ------------------------------------------------------------
autodoc_default_options = {
    "members": True,
    "show-inheritance": True,
    "member-order": "bysource",
}
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_class_signature = "mixed"
autodoc_preserve_defaults = False
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# The API pages document modules that other people change while these docs are built; references
# to private helpers and to third-party types (spaCy, attrs) cannot all resolve without
# intersphinx, which would need the network.
nitpicky = False
suppress_warnings: list[str] = []

# --- doctest ------------------------------------------------------------------------------------
# ``REPO`` is the repository root, so examples can open ``seeds/`` wherever sphinx-build runs.
doctest_global_setup = f"""
from pathlib import Path
REPO = Path({str(ROOT)!r})
"""
# Docstring examples (``>>>`` in src/) are run too.
doctest_test_doctest_blocks = "default"

# --- HTML ----------------------------------------------------------------------------------------
html_theme = "alabaster"
html_title = f"timeline {release}"
html_static_path: list[str] = []
# Wide enough for the computed tables.
html_theme_options = {"page_width": "1280px", "body_max_width": "none", "sidebar_width": "230px"}
