"""Dates without a year (timeline/anchor/yearless.tsv): deadlines and a year's end say nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import timeline.anchor.clues as clues_module
from timeline.anchor.clues import text_clues
from timeline.anchor.settings import AnchorSettings

CORPUS = Path(clues_module.__file__).with_name("yearless.tsv")


def rows() -> list[tuple[str, str]]:
    return [tuple(raw.split("\t", 1)) for raw in CORPUS.read_text(encoding="utf-8").splitlines()
            if raw.strip() and not raw.startswith("#")]


@pytest.mark.parametrize(("expected", "sentence"), rows())
def test_yearless_corpus(expected: str, sentence: str) -> None:
    said = [c.evidence for c in text_clues(sentence, AnchorSettings()) if c.kind == "yearless"]
    if expected == "none":
        assert said == []
    else:
        assert said and all(f"days {expected} " in e for e in said)
