"""Settings of the ingest stage.

>>> IngestSettings().model_copy(update={"html": "skip"}).html
'skip'
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from timeline.models import Frozen

TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown")
RECORD_EXTENSIONS = (".json", ".jsonl", ".ndjson")
HTML_EXTENSIONS = (".html", ".htm")


class IngestSettings(Frozen):
    """How :func:`timeline.ingest.load` reads its inputs."""

    max_document_chars: int = Field(
        default=2_000_000, gt=0,
        description="A longer article is truncated to this many characters, with a problem noted.")
    max_file_bytes: int = Field(
        default=64_000_000, gt=0,
        description="Bytes read from one file at most; the rest is not read (a problem is noted).")
    html: Literal["strip", "skip"] = Field(
        default="strip", description="HTML pages: strip the tags to text (with a warning) or skip them.")
    binary_control_ratio: float = Field(
        default=0.10, gt=0.0, le=1.0,
        description="Text whose sample has more control characters than this is binary.")
    raw_text_min_chars: int = Field(
        default=200, gt=0,
        description="A string with no newline is read as a text (not a path) from this length on.")
    max_title_chars: int = Field(default=200, gt=0,
                                 description="A first line longer than this is not a headline.")
