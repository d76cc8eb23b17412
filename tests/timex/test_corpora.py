"""Every rule family's corpus runs as tests: each row's text, with its DCT, must give exactly its values.

Rows are ``text<TAB>dct<TAB>value<TAB>earliest<TAB>latest`` in ``timeline/timex/*.tsv``; several
timexes in one row are separated by `` | ``, ``-`` means none (or no DCT). ``negative.tsv`` rows
must give no timex at all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import timeline.timex
from timeline.timex import TimexSettings, extract_timexes, recognise

# tense.tsv holds (sentence, expression, tense) rows of another shape: tests/timex/test_tense.py runs it
CORPORA = sorted(p for p in Path(timeline.timex.__file__).parent.glob("*.tsv") if p.name != "tense.tsv")


def _rows() -> list[tuple[str, int, list[str]]]:
    rows = []
    for path in CORPORA:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                rows.append((path.name, number, line.split("\t")))
    return rows


ROWS = _rows()


def _split(cell: str) -> list[str]:
    return [] if cell == "-" else [part.strip() for part in cell.split(" | ")]


def _day(cell: str) -> dt.date | None:
    return None if cell == "-" else dt.date.fromisoformat(cell)


def test_every_family_has_a_corpus() -> None:
    names = {path.stem for path in CORPORA}
    assert {"absolute", "periods", "weekday", "relative", "durations", "sets", "times", "ranges",
            "negative"} <= names
    assert len(ROWS) >= 200


@pytest.mark.parametrize(("corpus", "line", "row"), ROWS, ids=[f"{c}:{n}" for c, n, _ in ROWS])
def test_corpus_row(corpus: str, line: int, row: list[str]) -> None:
    assert len(row) == 5, f"{corpus}:{line} needs 5 tab-separated fields"
    text, dct_cell, values, earliest, latest = row
    found = extract_timexes(text, _day(dct_cell))
    if corpus == "negative.tsv":
        assert found == [], f"{text!r} gave {[t.text for t in found]}"
        return
    assert [t.value for t in found] == _split(values), [t.text for t in found]
    assert [t.earliest for t in found] == [_day(c) for c in _split(earliest) or ["-"] * len(found)]
    assert [t.latest for t in found] == [_day(c) for c in _split(latest) or ["-"] * len(found)]


@pytest.mark.parametrize(("corpus", "line", "row"), ROWS, ids=[f"{c}:{n}" for c, n, _ in ROWS])
def test_corpus_row_needs_no_rule_outside_its_trigger_window(corpus: str, line: int, row: list[str]) -> None:
    slow = TimexSettings(use_triggers=False)
    assert [(m.start, m.end, m.value) for m in recognise(row[0])] == [
        (m.start, m.end, m.value) for m in recognise(row[0], slow)]
