"""Dates without a year (timeline/anchor/yearless.tsv): deadlines and a year's end say nothing."""

from __future__ import annotations

import pytest

from timeline.anchor.clues import text_clues
from timeline.anchor.settings import AnchorSettings

from .corpus import corpus_rows


def rows() -> list[tuple[str, str]]:
    return corpus_rows("yearless.tsv")


@pytest.mark.parametrize(("expected", "sentence"), rows())
def test_yearless_corpus(expected: str, sentence: str) -> None:
    said = [c.evidence for c in text_clues(sentence, AnchorSettings()) if c.kind == "yearless"]
    if expected == "none":
        assert said == []
    else:
        assert said and all(f"days {expected} " in e for e in said)
