"""Pipeline settings: declared once, validated, frozen; change with ``model_copy(update=...)``.

>>> s = Settings()
>>> s.model_copy(update={"max_document_chars": 1000}).max_document_chars
1000
"""

from __future__ import annotations

from pydantic import Field

from timeline.models import Frozen


class Settings(Frozen):
    """Settings of the whole pipeline."""

    max_document_chars: int = Field(default=2_000_000, gt=0,
                                    description="Longer texts are truncated, with a problem noted.")
    title: str = Field(default="Timeline", min_length=1)
