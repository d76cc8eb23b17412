"""The dateline corpus beside the rules (timeline/anchor/datelines.tsv), run through anchor_document."""

from __future__ import annotations

import pytest

from timeline.anchor import anchor_document, find_dateline
from timeline.models import Document

from .corpus import corpus_rows


def rows() -> list[tuple[str, str]]:
    return corpus_rows("datelines.tsv")


@pytest.mark.parametrize(("value", "text"), rows())
def test_dateline_corpus(value: str, text: str) -> None:
    line = find_dateline("Some Headline Here\n\n" + text)
    if value == "-":
        assert line is None
        return
    assert line is not None
    if value == "NODATE":
        assert line.month is None
        return
    dct = anchor_document(Document(id="d", source="d", text=text))
    assert (dct.value, dct.basis) == (value, "dateline")
    assert any(line.text in e for e in dct.evidence)
    if value.startswith("XXXX"):
        assert dct.earliest is None and dct.latest is None


def test_corpus_covers_every_kind() -> None:
    kinds = {("-" if v == "-" else "NODATE" if v == "NODATE" else v[:4] == "XXXX") for v, _ in rows()}
    assert kinds == {"-", "NODATE", True, False}


def test_dateline_below_page_chrome_is_found() -> None:
    text = "All news\n\nHeadline of the day\n\nKIEV, May 4. /TASS/. Ukraine said so.\n"
    assert anchor_document(Document(id="d", source="d", text=text)).value == "XXXX-05-04"


def test_dateline_deep_in_the_story_is_not_a_dateline() -> None:
    text = "Headline\n\n" + "The talks went on for a long time, the ministers said.\n" * 40 + "MOSCOW, May 4. /TASS/. x"
    assert find_dateline(text) is None
