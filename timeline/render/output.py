"""Writing rendered output: checks made before the (slow) build, then the writes.

>>> check_target(None, directory=False)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class OutputError(Exception):
    """An output path that cannot be written; the message names it and says why."""


def _writable_dir(path: Path) -> bool:
    return path.is_dir() and os.access(path, os.W_OK | os.X_OK)


def check_target(output: str | None, *, directory: bool) -> None:
    """Raise :class:`OutputError` unless ``output`` can be written (None means stdout).

    A file target needs an existing writable folder; a directory target may be
    created if its parent is writable.

    Examples
    --------
    >>> check_target("/no/such/dir/out.md", directory=False)
    Traceback (most recent call last):
    ...
    timeline.render.output.OutputError: cannot write /no/such/dir/out.md: folder /no/such/dir does not exist
    """
    if output is None:
        return
    path = Path(output)
    if directory:
        if path.exists() and not path.is_dir():
            raise OutputError(f"cannot write into {output}: it is a file, not a folder")
        target = path if path.exists() else path.parent
    else:
        if path.is_dir():
            raise OutputError(f"cannot write {output}: it is a folder (give a file name)")
        target = path.parent
    target = target if str(target) else Path(".")
    if not target.exists():
        raise OutputError(f"cannot write {output}: folder {target} does not exist")
    if not _writable_dir(target):
        raise OutputError(f"cannot write {output}: folder {target} is not writable")


def emit(text: str) -> None:
    """Write text to stdout as UTF-8 whatever the terminal's locale says."""
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "buffer"):
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def write_text(output: str | None, text: str) -> None:
    """Write ``text`` to the file ``output`` (UTF-8), or to stdout when it is None."""
    if output is None:
        emit(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise OutputError(f"cannot write {output}: {error.strerror or error}") from None


def write_files(folder: Path, files: dict[str, str]) -> None:
    """Write each ``name: text`` into ``folder`` (created if missing)."""
    try:
        folder.mkdir(parents=False, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
    except OSError as error:
        raise OutputError(f"cannot write into {folder}: {error.strerror or error}") from None
