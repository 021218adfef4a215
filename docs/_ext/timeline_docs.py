"""Sphinx directives whose output is computed by running ``timeline`` while the docs build.

``timeline-resolutions`` renders a table of what phrases resolve to: each content line is
``PHRASE :: SENTENCE``; the sentence is run through ``timeline.Pipeline`` with an event detector
that finds nothing (the date resolver and the orderer only, no spaCy parse) and the time
expression overlapping ``PHRASE`` is shown. Nothing in the table is typed by hand, so it cannot
drift from the code; the doctest blocks beside it pin the values (``sphinx-build -b doctest``).

The HTML build must not fail because a rule changed in ``src/`` while the docs were built: a
phrase the resolver no longer finds is shown as "(not recognised)" and the doctest build is
where that surfaces.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


def _no_events(document: Any) -> list[Any]:
    """An event detector that finds none, so no spaCy parse is needed."""
    return []


def _pipeline() -> Any:
    from timeline import Pipeline

    return Pipeline(detector=_no_events)


def _table(header: list[str], rows: list[list[str]], widths: list[int], *,
           literal: set[int] | None = None) -> nodes.table:
    table = nodes.table(classes=["timeline-computed"])
    group = nodes.tgroup(cols=len(header))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)

    def row(cells: list[str], literal: set[int]) -> nodes.row:
        out = nodes.row()
        for i, cell in enumerate(cells):
            entry = nodes.entry()
            para = nodes.paragraph()
            para += nodes.literal(text=cell) if i in literal and cell else nodes.Text(cell)
            entry += para
            out += entry
        return out

    head = nodes.thead()
    head += row(header, set())
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += row(cells, {2, 3, 4} if literal is None else literal)
    group += body
    return table


class ResolutionsTable(SphinxDirective):
    """Table of phrase -> TIMEX3 type, value, mod, interval and explanation, computed."""

    has_content = True
    option_spec = {"published": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        self.env.note_reread()  # recomputed on every build: src/ may have changed
        published = self.options.get("published", "2024-03-22")
        pipeline = _pipeline()
        rows: list[list[str]] = []
        for line in self.content:
            if not line.strip():
                continue
            phrase, _, sentence = line.partition("::")
            phrase, sentence = phrase.strip(), sentence.strip()
            start = sentence.find(phrase)
            try:
                timeline = pipeline(sentence, published)
            except Exception as exc:  # shown in the table; the doctest build is where it fails
                rows.append([phrase, sentence, "", f"(error: {type(exc).__name__}: {exc})", "", "", ""])
                continue
            found = [t for t in timeline.times if start >= 0 and t.start < start + len(phrase) and start < t.end]
            if not found:
                rows.append([phrase, sentence, "", "(not recognised)", "", "", ""])
                continue
            for timex in found:
                interval = timex.interval.describe() if timex.interval is not None else ""
                rows.append([
                    f"{phrase}" if timex.text == phrase else f"{phrase} (span: {timex.text!r})",
                    sentence,
                    timex.type.value,
                    timex.value or "(unresolved)",
                    timex.mod or "",
                    interval,
                    timex.explanation,
                ])
        header = ["phrase", "in the sentence", "type", "value", "mod", "interval", "why (explanation)"]
        return [_table(header, rows, [12, 28, 8, 10, 8, 16, 40])]


class RulesTable(SphinxDirective):
    """Table of the resolver's rules for one language, read from its data file, each with its
    own example and what that example resolves to."""

    option_spec = {"language": directives.unchanged, "published": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        from timeline.resolver.language import load_language

        self.env.note_reread()
        published = self.options.get("published", "2024-03-22")
        language = load_language(self.options.get("language", "en"))
        pipeline = _pipeline()
        rows: list[list[str]] = []
        for rule in language.rules:
            try:
                times = pipeline(rule.example, published).times if rule.example else ()
            except Exception as exc:
                rows.append([rule.name, rule.kind, rule.type.value, rule.example, f"(error: {type(exc).__name__})"])
                continue
            mine = [t for t in times if t.rule == rule.name] or list(times)
            value = ", ".join(f"{t.value}" + (f" ({t.mod})" if t.mod else "") for t in mine if t.value) or "-"
            rows.append([rule.name, rule.kind, rule.type.value, rule.example, value])
        header = ["rule", "kind", "type", "example", "example resolves to"]
        table = _table(header, rows, [18, 18, 10, 30, 24], literal={3, 4})
        return [table]


class NegativeTable(SphinxDirective):
    """Table of the language's negative examples (text that must not yield a time expression)
    and what the resolver finds in each, computed."""

    option_spec = {"language": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        from timeline.resolver.language import load_language

        self.env.note_reread()
        language = load_language(self.options.get("language", "en"))
        pipeline = _pipeline()
        rows = []
        for text in language.negative_examples:
            try:
                found = ", ".join(repr(t.text) for t in pipeline(text, "2024-03-22").times) or "nothing"
            except Exception as exc:
                found = f"(error: {type(exc).__name__})"
            rows.append([text, found])
        return [_table(["negative example", "time expressions found"], rows, [50, 30], literal=set())]


class BenchmarkScripts(SphinxDirective):
    """Every script in ``benchmarks/`` with the first line of its docstring, listed at build time
    so that a script added by someone else appears without editing the page."""

    option_spec = {"path": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        import ast
        from pathlib import Path

        self.env.note_reread()
        root = Path(self.env.srcdir).parent / self.options.get("path", "benchmarks")
        rows: list[list[str]] = []
        for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".sh", ".java")):
            try:
                source = path.read_text(encoding="utf-8")
                if path.suffix == ".py":
                    lines = (ast.get_docstring(ast.parse(source)) or "").strip().splitlines()
                else:
                    lines = [ln.lstrip("#/* ").rstrip() for ln in source.splitlines()
                             if ln.startswith(("#", "//", "/*", " *")) and not ln.startswith("#!")]
                    while lines and not lines[0]:
                        lines.pop(0)
                first_paragraph = lines[: lines.index("")] if "" in lines else lines
                summary = " ".join(ln.strip() for ln in first_paragraph)
                if len(summary) > 300:
                    summary = summary[:299].rsplit(" ", 1)[0] + " …"
            except (OSError, SyntaxError, UnicodeDecodeError):
                summary = "(could not be read)"
            rows.append([str(path.relative_to(root.parent)), summary])
        return [_table(["script", "what it does (first paragraph of its docstring)"], rows, [30, 70],
                       literal={0})]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("timeline-benchmark-scripts", BenchmarkScripts)
    app.add_directive("timeline-negative-examples", NegativeTable)
    app.add_directive("timeline-resolutions", ResolutionsTable)
    app.add_directive("timeline-rules", RulesTable)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
