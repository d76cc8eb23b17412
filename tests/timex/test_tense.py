"""The clause-tense corpus (timeline/timex/tense.tsv) runs as tests, one row each."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.timex.tense import clause_tense

CORPUS = Path(__file__).resolve().parents[2] / "timeline" / "timex" / "tense.tsv"


def _rows() -> list[tuple[str, str, str | None]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, expression, tense = line.split("\t")
            rows.append((sentence, expression, None if tense == "-" else tense))
    return rows


@pytest.mark.parametrize(("sentence", "expression", "tense"), _rows(), ids=lambda v: str(v)[:40])
def test_tense_corpus_row(sentence: str, expression: str, tense: str | None) -> None:
    start = sentence.index(expression)
    assert clause_tense(sentence, start, start + len(expression)) == tense


def test_corpus_is_not_empty() -> None:
    assert len(_rows()) >= 35
