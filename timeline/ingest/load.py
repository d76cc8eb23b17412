"""The ingest entry point: sources in, Documents and one report per input out."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import BinaryIO

from pydantic import Field

from timeline.ingest.decode import decode
from timeline.ingest.document import Outcome, skipped
from timeline.ingest.files import outcomes_of_text, read_path
from timeline.ingest.junk import find_junk
from timeline.ingest.settings import IngestSettings
from timeline.models import Document, DocumentReport, Frozen


class Ingested(Frozen):
    """The documents that loaded and a report for every input (loaded or skipped)."""

    documents: list[Document] = Field(default_factory=list)
    reports: list[DocumentReport] = Field(default_factory=list)


def ingest_settings(settings: object) -> IngestSettings:
    """IngestSettings from None, IngestSettings, or the pipeline's Settings (its ``ingest``).

    >>> from timeline.settings import Settings
    >>> ingest_settings(Settings(ingest=IngestSettings(max_document_chars=10))).max_document_chars
    10
    """
    if settings is None:
        return IngestSettings()
    if isinstance(settings, IngestSettings):
        return settings
    nested = getattr(settings, "ingest", None)
    if isinstance(nested, IngestSettings):
        return nested
    raise TypeError(f"expected IngestSettings or Settings, got {type(settings).__name__}")


def is_raw_text(source: str, settings: IngestSettings) -> bool:
    """A string is an article text, not a path, when it holds a newline or is long and no file has its name.

    >>> is_raw_text("MOSCOW, Nov. 18 -- Talks.\\n", IngestSettings()), is_raw_text("a.txt", IngestSettings())
    (True, False)
    """
    if "\n" not in source and len(source) < settings.raw_text_min_chars:
        return False
    try:
        return "\0" in source or not Path(source).exists()
    except (OSError, ValueError):
        return True


def _raw_text(text: str, source: str, id_: str, settings: IngestSettings) -> list[Outcome]:
    return outcomes_of_text(text, source, id_, _sniff(text), (), settings)


def _sniff(text: str) -> str:
    """The format of an unnamed text: JSON when it parses whole, JSON Lines when it opens with "{", else text.

    >>> _sniff('{"text": "a"}'), _sniff('{"text": "a"}\\n{"text": "b"}'), _sniff("Talks ended.")
    ('.json', '.jsonl', '.txt')
    """
    head = text.lstrip()[:1]
    if head not in ("[", "{"):
        return ".txt"
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return ".jsonl" if head == "{" else ".json"
    return ".json"


def read_stdin(stream: BinaryIO | None, settings: IngestSettings) -> list[Outcome]:
    """The outcomes of standard input (``-``): a JSON/JSONL feed or one article."""
    if stream is None:
        return [skipped("stdin", "-", "-: standard input is not available")]
    try:
        data = stream.read(settings.max_file_bytes + 1)
    except (OSError, ValueError) as err:
        return [skipped("stdin", "-", f"-: unreadable ({err})")]
    truncated = len(data) > settings.max_file_bytes
    decoded = decode(data[: settings.max_file_bytes], "-", control_ratio=settings.binary_control_ratio,
                     truncated=truncated)
    if decoded.binary:
        return [skipped("stdin", "-", *decoded.problems)]
    problems = decoded.problems + (("-: too large; only the first bytes were read",) if truncated else ())
    return outcomes_of_text(decoded.text, "-", "stdin", _sniff(decoded.text), problems, settings)


def _given(document: Document) -> Outcome:
    # A Document built by a caller may not have had its junk found yet.
    if not document.junk:
        document = document.model_copy(update={"junk": find_junk(document.text)})
    status = "ok" if document.text.strip() else "skipped"
    problems = list(document.problems) + ([f"{document.source}: empty document"] if status == "skipped" else [])
    report = DocumentReport(id=document.id, source=document.source, title=document.title,
                            status=status, problems=problems)
    return Outcome(document if status == "ok" else None, report)


def _outcomes(source: object, settings: IngestSettings, stdin: BinaryIO | None) -> list[Outcome]:
    if isinstance(source, Document):
        return [_given(source)]
    if isinstance(source, Path):
        return read_path(source, settings)
    if isinstance(source, bytes):
        source = decode(source, "<bytes>").text
    if not isinstance(source, str):
        return [skipped("input", repr(source)[:80], f"{type(source).__name__} is not a path, text or Document")]
    if source == "-":
        return read_stdin(stdin, settings)
    if is_raw_text(source, settings):
        digest = hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        return _raw_text(source, "<text>", f"text-{digest}", settings)
    return read_path(Path(source), settings)
