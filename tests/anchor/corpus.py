"""The anchor stage's corpora beside its rules: ``<expected>\\t<text>`` lines, ``#`` comments."""

from __future__ import annotations

from pathlib import Path

import timeline.anchor

FOLDER = Path(timeline.anchor.__file__).parent


def corpus_rows(name: str) -> list[tuple[str, str]]:
    """The (expected, text) rows of ``timeline/anchor/<name>``, comments and blank lines left out."""
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [(expected, text) for expected, text in
            (raw.split("\t", 1) for raw in lines if raw.strip() and not raw.startswith("#"))]
