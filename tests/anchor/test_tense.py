"""The tense corpus beside the rules (timeline/anchor/tense.tsv): past, future or unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

import timeline.anchor.tense as tense_module
from timeline.anchor.tense import clause, tense_at

CORPUS = Path(tense_module.__file__).with_name("tense.tsv")


def rows() -> list[tuple[str, str]]:
    return [tuple(raw.split("\t", 1)) for raw in CORPUS.read_text(encoding="utf-8").splitlines()
            if raw.strip() and not raw.startswith("#")]


@pytest.mark.parametrize(("expected", "marked"), rows())
def test_tense_corpus(expected: str, marked: str) -> None:
    start = marked.index("[")
    end = marked.index("]") - 1
    text = marked.replace("[", "").replace("]", "")
    assert tense_at(text, start, end) == expected


def test_corpus_has_every_tense() -> None:
    assert {e for e, _ in rows()} == {"past", "future", "unknown"}


def test_clause_stops_at_commas_and_dashes() -> None:
    text = "Profits rose in 1989 -- sales will fall in 1990, he said."
    assert clause(text, text.index("1990"), text.index("1990") + 4).strip() == "sales will fall in 1990"
