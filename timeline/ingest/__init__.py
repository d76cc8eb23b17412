"""Ingest: files, folders, stdin, raw texts or Documents in; Documents and reports out.

Every input gets a report: ``ok`` (perhaps with warnings) or ``skipped`` with the
reason, each problem naming the file. Page junk is found here (see
:mod:`timeline.ingest.junk`) so that later stages read only the story.
See docs/ingest.md for formats, fields and the encoding fallback.

>>> got = load(["Talks end\\n\\nMOSCOW, Nov. 18 -- The talks ended.\\n", "/no/such.txt"])
>>> [(r.status, r.title) for r in got.reports]
[('ok', 'Talks end'), ('skipped', None)]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from timeline.ingest.document import Outcome
from timeline.ingest.junk import find_junk
from timeline.ingest.load import Ingested, _outcomes, ingest_settings
from timeline.ingest.settings import IngestSettings

__all__ = ["Ingested", "IngestSettings", "find_junk", "load"]


def _unique_ids(outcomes: list[Outcome]) -> list[Outcome]:
    """Rename repeated ids ``x``, ``x-2``, ``x-3`` ... in order of (source, text), not input order."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, outcome in enumerate(outcomes):
        groups[outcome.report.id].append(i)
    taken = set(groups)
    renamed = list(outcomes)
    for id_, indexes in groups.items():
        if len(indexes) < 2:
            continue
        indexes.sort(key=lambda i: (outcomes[i].report.source,
                                    outcomes[i].document.text if outcomes[i].document else ""))
        n = 2
        for i in indexes[1:]:
            while f"{id_}-{n}" in taken:
                n += 1
            new = f"{id_}-{n}"
            taken.add(new)
            source = outcomes[i].report.source
            renamed[i] = _rename(outcomes[i], new, f"{source}: id '{id_}' is used by another input; renamed '{new}'")
    return renamed


def _rename(outcome: Outcome, new: str, note: str) -> Outcome:
    report = outcome.report.model_copy(update={"id": new, "problems": [*outcome.report.problems, note]})
    doc = outcome.document
    if doc is not None:
        doc = doc.model_copy(update={"id": new, "problems": (*doc.problems, note)})
    return Outcome(doc, report)


def load(sources: Iterable[object] | str | Path, *, settings: object = None,
         stdin: BinaryIO | None = None) -> Ingested:
    """Read every source into Documents, with a report per input.

    Parameters
    ----------
    sources : iterable of (str, Path, Document), or one of them
        Files (.txt .text .md .markdown .json .jsonl .ndjson .html .htm); folders, read
        recursively in sorted order; ``"-"`` for standard input; raw article texts (a
        string holding a newline, or long, that names no file); Document objects.
    settings : IngestSettings or Settings, optional
    stdin : binary stream, optional
        What ``"-"`` reads; the process's standard input by default.

    Returns
    -------
    Ingested
        ``documents`` that loaded and ``reports`` for every input, in input order
        (folders sorted, records in file order); ids are unique.

    Examples
    --------
    >>> import io
    >>> got = load(["-"], stdin=io.BytesIO(b'{"id": "a", "text": "Hi there.", "date": "2018-11-18"}'))
    >>> got.documents[0].published
    datetime.date(2018, 11, 18)
    """
    conf = ingest_settings(settings)
    if isinstance(sources, (str, Path)) or not isinstance(sources, Iterable):
        sources = [sources]
    if stdin is None and sys.stdin is not None:
        stdin = getattr(sys.stdin, "buffer", None)
    outcomes = _unique_ids([o for source in sources for o in _outcomes(source, conf, stdin)])
    return Ingested(documents=[o.document for o in outcomes if o.document is not None],
                    reports=[o.report for o in outcomes])
