"""The clause-tense corpus (timeline/timex/tense.tsv) runs as tests, one row each: the tense, and whether
the clause is a past perfect (a fourth column ``perfect``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.timex.tense import clause_tense, past_perfect

CORPUS = Path(__file__).resolve().parents[2] / "timeline" / "timex" / "tense.tsv"


def _rows() -> list[tuple[str, str, str | None, bool]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, expression, tense, *aspect = line.split("\t")
            rows.append((sentence, expression, None if tense == "-" else tense, aspect == ["perfect"]))
    return rows


@pytest.mark.parametrize(("sentence", "expression", "tense", "perfect"), _rows(), ids=lambda v: str(v)[:40])
def test_tense_corpus_row(sentence: str, expression: str, tense: str | None, perfect: bool) -> None:
    start = sentence.index(expression)
    assert clause_tense(sentence, start, start + len(expression)) == tense
    assert past_perfect(sentence, start, start + len(expression)) == perfect


def test_corpus_has_past_perfects_and_others() -> None:
    perfects = [row for row in _rows() if row[3]]
    assert len(perfects) >= 4 and len(perfects) < len(_rows()) / 2


def test_corpus_is_not_empty() -> None:
    assert len(_rows()) >= 35
