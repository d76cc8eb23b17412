"""docs/ingest.md stays true to the code: every setting with its default, every seed DCT."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.anchor import AnchorSettings
from timeline.ingest import IngestSettings, load
from timeline.anchor import anchor_document

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "ingest.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("cls", [IngestSettings, AnchorSettings])
def test_every_setting_is_documented_with_its_default(cls) -> None:
    for name, field in cls.model_fields.items():
        assert f"| `{name}` | `{field.default!r}` |" in DOC, name


def test_the_seed_table_gives_the_values_the_anchor_finds() -> None:
    documents = load([REPO / "cases" / "russia-us-2016-2019" / "articles"]).documents
    for doc in documents:
        dct = anchor_document(doc)
        row = next(line for line in DOC.splitlines() if line.startswith(f"| {doc.id[:3]} (published"))
        assert (f"`{dct.value}`" if dct.value else "value None") in row
        assert dct.basis in row
