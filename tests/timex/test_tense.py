"""The clause-tense corpus (timeline/timex/tense.tsv) runs as tests, one row each: the tense, and whether
the clause is a past perfect or looks ahead from a past (a fourth column, ``perfect`` or ``ahead``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.timex.tense import clause_tense, future_in_past, past_perfect

CORPUS = Path(__file__).resolve().parents[2] / "timeline" / "timex" / "tense.tsv"


def _rows() -> list[tuple[str, str, str | None, str | None]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, expression, tense, *aspect = line.split("\t")
            rows.append((sentence, expression, None if tense == "-" else tense, aspect[0] if aspect else None))
    return rows


@pytest.mark.parametrize(("sentence", "expression", "tense", "aspect"), _rows(), ids=lambda v: str(v)[:40])
def test_tense_corpus_row(sentence: str, expression: str, tense: str | None, aspect: str | None) -> None:
    start = sentence.index(expression)
    assert clause_tense(sentence, start, start + len(expression)) == tense
    assert past_perfect(sentence, start, start + len(expression)) == (aspect == "perfect")
    assert future_in_past(sentence, start, start + len(expression)) == (aspect == "ahead")


def test_corpus_has_each_aspect_and_others() -> None:
    aspects = [row[3] for row in _rows()]
    assert aspects.count("perfect") >= 4 and aspects.count("ahead") >= 2 and aspects.count(None) > len(aspects) / 2


def test_corpus_is_not_empty() -> None:
    assert len(_rows()) >= 35
