"""Reading files and folders into Outcomes.

Folders are walked recursively in sorted order; hidden entries (names starting
with ".") are passed over, as version-control and editor files live there.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Talks\\n\\nThe talks ended.\\n")
>>> [o.report.id for o in read_path(folder)]
['a']
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from timeline.ingest.decode import decode
from timeline.ingest.document import Outcome, make_document, skipped
from timeline.ingest.markup import front_matter
from timeline.ingest.records import parse_records
from timeline.ingest.settings import (HTML_EXTENSIONS, RECORD_EXTENSIONS, TEXT_EXTENSIONS,
                                      IngestSettings)

KNOWN = TEXT_EXTENSIONS + RECORD_EXTENSIONS + HTML_EXTENSIONS


def walk(folder: Path) -> list[Path]:
    """Every non-hidden file under ``folder``, sorted by relative path.

    >>> walk(Path("/nonexistent-folder"))
    []
    """
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / f for f in files if not f.startswith(".")]
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def read_bytes(path: Path, limit: int) -> tuple[bytes, bool]:
    """At most ``limit`` bytes of ``path`` and whether there were more."""
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    return data[:limit], len(data) > limit


def _limit(suffix: str, settings: IngestSettings) -> int:
    # A text article needs at most 4 bytes a character; feeds may hold many articles.
    if suffix in RECORD_EXTENSIONS:
        return settings.max_file_bytes
    return min(settings.max_file_bytes, settings.max_document_chars * 4 + 4)


def outcomes_of_text(text: str, source: str, stem: str, suffix: str, problems: tuple[str, ...],
                     settings: IngestSettings) -> list[Outcome]:
    """Documents of a decoded text, read by the format its suffix names."""
    if suffix in RECORD_EXTENSIONS:
        outcomes = parse_records(text, source, stem, jsonl=suffix != ".json", settings=settings,
                                 problems=problems)
        return outcomes or [skipped(stem, source, *problems, f"{source}: empty (no records)")]
    meta, body = front_matter(text) if suffix in (".md", ".markdown") else ({}, text)
    if meta and not body.strip():
        return [skipped(stem, source, *problems, f"{source}: empty (front matter but no article text)")]
    return [make_document(stem, source, body, meta, problems, settings, html=suffix in HTML_EXTENSIONS)]


def read_file(path: Path, settings: IngestSettings) -> list[Outcome]:
    """The outcomes of one file: one per article, or one skip with its reason."""
    source, stem, suffix = str(path), path.stem, path.suffix.lower()
    if suffix not in KNOWN:
        kind = f"'{path.suffix}'" if path.suffix else "no extension"
        return [skipped(stem, source, f"{source}: unknown format ({kind}); "
                                      f"known: {' '.join(KNOWN)}")]
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            # A pipe or device found in a folder would block or never end.
            return [skipped(stem, source, f"{source}: not a regular file")]
        data, truncated = read_bytes(path, _limit(suffix, settings))
    except OSError as err:
        return [skipped(stem, source, f"{source}: unreadable ({err.strerror or err})")]
    decoded = decode(data, source, control_ratio=settings.binary_control_ratio, truncated=truncated)
    problems = decoded.problems
    if decoded.binary:
        return [skipped(stem, source, *problems)]
    if truncated:
        problems += (f"{source}: too large; only the first {len(data):,} bytes were read",)
    return outcomes_of_text(decoded.text, source, stem, suffix, problems, settings)


def read_path(path: Path, settings: IngestSettings | None = None) -> list[Outcome]:
    """The outcomes of a file or a folder (recursively, sorted); a missing path is reported.

    >>> read_path(Path("/no/such/file.txt"))[0].report.problems
    ['/no/such/file.txt: not found']
    """
    settings = settings or IngestSettings()
    try:
        if path.is_dir():
            files = walk(path)
            if not files:
                return [skipped(path.name or str(path), str(path), f"{path}: folder holds no files")]
            return [o for f in files for o in read_file(f, settings)]
        if not path.exists():
            return [skipped(path.stem or str(path), str(path), f"{path}: not found")]
    except OSError as err:
        return [skipped(path.stem or str(path), str(path), f"{path}: unreadable ({err.strerror or err})")]
    if not path.is_file():
        return [skipped(path.stem or str(path), str(path), f"{path}: not a regular file")]
    return read_file(path, settings)
