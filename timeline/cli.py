"""The ``timeline`` command: ``build``, ``timex``, ``schema``.

Exit codes: 0 a timeline (or the asked output) was produced, even with skipped
documents or conflicts; 1 an unexpected error (one line on stderr, never a
traceback); 2 a usage error (one line on stderr).

>>> main(["schema"]) == 0  # doctest: +ELLIPSIS
{...
True
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TextIO

from timeline.render import FORMATS, schema_json
from timeline.render.output import OutputError, check_target, emit, write_files, write_text

PROG = "timeline"


class UsageError(Exception):
    """A command line that cannot be run; its message is shown as is, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line (``UsageError``), not usage + exit."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs needs a positive integer, not {text!r}")
    return n


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("timeline")
    except PackageNotFoundError:
        return "unknown"


def parser() -> argparse.ArgumentParser:
    """The argument parser of ``timeline``."""
    p = _Parser(prog=PROG, description="Turn news articles into one dated, ordered, evidenced timeline.")
    p.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("build", help="build the timeline of articles (files, folders, - for stdin)")
    b.add_argument("paths", nargs="*", metavar="PATH")
    b.add_argument("--format", "-f", default="markdown", choices=FORMATS)
    b.add_argument("--dct", type=_date, help="creation date (YYYY-MM-DD) for documents that have none")
    b.add_argument("-o", "--output", metavar="FILE|DIR", help="write here instead of stdout (a DIR for timeml)")
    b.add_argument("--jobs", "-j", type=_jobs, default=1, help="processes reading documents in parallel")
    b.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no notes on stderr")
    b.add_argument("--title", help="title of the timeline")
    b.add_argument("--narrative", action="store_true",
                   help="histories and biographies: anchor each date to the last date the text gave, not to the DCT")
    t = sub.add_parser("timex", help="the temporal expressions of a text, with their values")
    t.add_argument("text", nargs="?", default="-", metavar="TEXT", help="the text, or - for stdin (default)")
    t.add_argument("--dct", type=_date, help="the text's creation date (YYYY-MM-DD)")
    t.add_argument("--narrative", action="store_true", help="anchor each date to the last date the text gave")
    t.add_argument("--format", "-f", default="text", choices=("text", "json"))
    sub.add_parser("schema", help="print the JSON Schema of the timeline JSON")
    return p


class ProgressBar:
    """A one-line progress bar, drawn on a terminal only.

    >>> import io
    >>> bar = ProgressBar(io.StringIO())
    >>> bar.enabled
    False
    """

    WIDTH = 30

    def __init__(self, stream: TextIO, quiet: bool = False) -> None:
        self.stream = stream
        self.enabled = not quiet and hasattr(stream, "isatty") and stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < 2:
            return
        filled = self.WIDTH * done // total
        self.stream.write(f"\r{PROG}: [{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{total} documents")
        if done >= total:
            self.stream.write("\r" + " " * (self.WIDTH + 40) + "\r")
        self.stream.flush()


def _settings(title: str | None, narrative: bool = False):
    from timeline.settings import Settings
    from timeline.timex import TimexSettings

    if title is None and not narrative:
        return None
    if title is not None and not title.strip():
        raise UsageError("--title must not be empty")
    update = {"timex": TimexSettings(anchoring="narrative")} if narrative else {}
    return Settings().model_copy(update=({"title": title} if title is not None else {}) | update)


def _pipeline_build():
    """The pipeline's ``build`` (imported late: ``timeline --help`` stays fast; tests swap it)."""
    from timeline.pipeline import build

    return build


def _build(args: argparse.Namespace, documents=None):
    """Run the pipeline on the paths (or on already loaded documents)."""
    build = _pipeline_build()
    progress: Callable[[int, int], None] = ProgressBar(sys.stderr, args.quiet)
    sources = documents if documents is not None else args.paths
    return build(sources, dct=args.dct, settings=_settings(args.title, args.narrative), jobs=args.jobs, progress=progress)


def _note_skipped(reports, quiet: bool) -> None:
    """One stderr line per skipped input, naming the file and the reason."""
    if quiet:
        return
    for doc in reports:
        if doc.status == "skipped":
            sys.stderr.write(f"{PROG}: skipped {doc.source}: {'; '.join(doc.problems) or 'no reason'}\n")


def cmd_build(args: argparse.Namespace) -> int:
    """``timeline build``: render the timeline of the inputs in the asked format."""
    if not args.paths:
        raise UsageError("build needs at least one PATH (a file, a folder, or - for stdin)")
    if args.format == "timeml" and not args.output:
        raise UsageError("--format timeml writes one file per document: give -o DIR")
    check_target(args.output, directory=args.format == "timeml")
    from timeline import render

    if args.format == "timeml":
        from timeline.ingest import load

        ingested = load(list(args.paths))
        timeline = _build(args, ingested.documents)
        _note_skipped(ingested.reports, args.quiet)
        write_files(Path(args.output), render.render_timeml(timeline, list(ingested.documents)))
        return 0
    timeline = _build(args)
    _note_skipped(timeline.documents, args.quiet)
    renderers = {"markdown": render.render_markdown, "json": render.render_json,
                 "svg": render.render_svg, "html": render.render_html,
                 "timelinejs": lambda t: json.dumps(render.render_timelinejs(t), indent=2, ensure_ascii=False)}
    text = renderers[args.format](timeline)
    text = text if text.endswith("\n") else text + "\n"
    write_text(args.output, text)
    return 0


def timex_table(timexes) -> str:
    """The timexes as an aligned table: text, type, value, earliest..latest.

    >>> from timeline.models import Timex
    >>> print(timex_table([Timex(text="2018", start=0, end=4, type="DATE", value="2018")]))
    text  type  value  earliest..latest
    2018  DATE  2018   ..
    """
    rows = [("text", "type", "value", "earliest..latest")]
    for t in timexes:
        span = f"{t.earliest or ''}..{t.latest or ''}"
        rows.append((" ".join(t.text.split()), t.type, t.value, span))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r[:3], widths)) + "  " + r[3] for r in rows)


def cmd_timex(args: argparse.Namespace) -> int:
    """``timeline timex``: list the temporal expressions of a text."""
    from timeline import extract_timexes

    text = sys.stdin.read() if args.text == "-" else args.text
    from timeline.timex import TimexSettings

    timexes = extract_timexes(text, args.dct, settings=TimexSettings(anchoring="narrative") if args.narrative else None)
    if args.format == "json":
        emit(json.dumps([t.model_dump(mode="json") for t in timexes], indent=2, ensure_ascii=False) + "\n")
    else:
        emit(timex_table(timexes) + "\n")
    return 0


def _run(argv: list[str] | None) -> int:
    args = parser().parse_args(argv)
    if args.command == "build":
        return cmd_build(args)
    if args.command == "timex":
        return cmd_timex(args)
    if args.command == "schema":
        emit(schema_json())
        return 0
    raise UsageError("no command given (build, timex or schema; see timeline --help)")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def main(argv: list[str] | None = None) -> int:
    """Run ``timeline`` with ``argv`` (default ``sys.argv[1:]``); returns the exit code."""
    try:
        return _run(argv)
    except (UsageError, OutputError) as error:
        sys.stderr.write(f"{PROG}: error: {_one_line(error)}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): point stdout at /dev/null so the
        # interpreter's final flush does not print a second error.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):  # no real file behind stdout (io.UnsupportedOperation is both)
            pass
        return 1
    except Exception as error:  # the promise is one line, never a traceback
        sys.stderr.write(f"{PROG}: error: {type(error).__name__}: {_one_line(error)}\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
