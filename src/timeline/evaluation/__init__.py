"""TempEval-3 evaluation: read TimeML, annotate a corpus with the pipeline, score it.

``python -m timeline.evaluation annotate IN OUT`` and ``... score GOLD SYS`` are the command
line; :func:`score_directories` is the library entry point benchmarks and tests share.
"""

from timeline.evaluation.scorer import Counts, DocumentCounts, Scores, score_directories, score_documents, score_pair
from timeline.evaluation.timeml import TimeMLDocument, parse_timeml, read_timeml

__all__ = [
    "Counts",
    "DocumentCounts",
    "Scores",
    "TimeMLDocument",
    "parse_timeml",
    "read_timeml",
    "score_directories",
    "score_documents",
    "score_pair",
]
