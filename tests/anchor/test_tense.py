"""The tense corpus beside the rules (timeline/anchor/tense.tsv): past, future or unknown."""

from __future__ import annotations

import pytest

from timeline.anchor.tense import clause, tense_at

from .corpus import corpus_rows


def rows() -> list[tuple[str, str]]:
    return corpus_rows("tense.tsv")


@pytest.mark.parametrize(("expected", "marked"), rows())
def test_tense_corpus(expected: str, marked: str) -> None:
    marked = marked.replace("\\n", "\n")  # a line break written as \n in the corpus
    start = marked.index("[")
    end = marked.index("]") - 1
    text = marked.replace("[", "").replace("]", "")
    assert tense_at(text, start, end) == expected


def test_corpus_has_every_tense() -> None:
    assert {e for e, _ in rows()} == {"past", "future", "unknown"}


def test_clause_stops_at_commas_and_dashes() -> None:
    text = "Profits rose in 1989 -- sales will fall in 1990, he said."
    assert clause(text, text.index("1990"), text.index("1990") + 4).strip() == "sales will fall in 1990"
