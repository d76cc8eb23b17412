"""The pipeline: ingest, anchor, timex, events, merge, solve — one pure function.

``build`` wires the stages together; each stage lives in its own package and
trades only the frozen models of :mod:`timeline.models`. Per-document work
(:func:`read_document`) is independent of every other document, so it can run
in parallel; everything after it sees the documents sorted by id, which makes
the output identical for any input order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from timeline.anchor import anchor_document, refine_year
from timeline.events import EventDraft, extract_events, merge
from timeline.ingest import load
from timeline.parallel import map_in_processes
from timeline.models import Document, DocumentReport, DocumentTime, Frozen, Timeline, Timex
from timeline.settings import Settings
from timeline.solver.stage import solve_events
from timeline.timex import extract_timexes


class DocumentResult(Frozen):
    """What the per-document stages make of one document."""

    document: Document
    dct: DocumentTime
    timexes: list[Timex]
    draft: EventDraft


def given_dct(day: dt.date) -> DocumentTime:
    """The DCT a user supplied for documents that carry none (``--dct``)."""
    return DocumentTime(value=day.isoformat(), earliest=day, latest=day, basis="metadata",
                        evidence=[f"no date in the document; the default DCT {day.isoformat()} was given"])


def _default_if_unknown(dct: DocumentTime, default_dct: dt.date | None) -> DocumentTime:
    """Apply ``--dct`` where anchoring found no day: a yearless dateline keeps its month and day."""
    if default_dct is None or dct.day is not None:
        return dct
    if dct.value and dct.value.startswith("XXXX-"):
        return refine_year(dct, [(default_dct.year, f"the default DCT {default_dct.isoformat()} was given")])
    return given_dct(default_dct)


def read_document(document: Document, default_dct: dt.date | None = None,
                  dct: DocumentTime | None = None, settings: Settings | None = None) -> DocumentResult:
    """Anchor one document, then find its timexes and events.

    ``dct`` overrides the anchoring (used once cross-document evidence fixed a year).
    """
    if dct is None:
        dct = _default_if_unknown(anchor_document(document, settings=settings), default_dct)
    timexes = [t.model_copy(update={"document": document.id})
               for t in extract_timexes(document.story, dct, settings=settings.timex if settings else None)]
    draft = extract_events(document, dct, timexes)
    return DocumentResult(document=document, dct=dct, timexes=timexes, draft=draft)


MAX_REFINE_ROUNDS = 4  # a year travels one shared event per round; chains of news are short


def _refine(results: list[DocumentResult], settings: Settings) -> list[DocumentResult]:
    """Give yearless DCTs the year that events shared with dated articles imply.

    Repeats while a round fixes a year, because a document dated in one round
    (000 by the G20 summit it shares with 004) can date another in the next
    (002 by the midterm elections it shares with 000).
    """
    for _ in range(MAX_REFINE_ROUNDS):
        merged = merge([r.draft for r in results], {r.document.id: r.dct for r in results})
        refined = [_refined(r, merged.year_evidence.get(r.document.id), settings) for r in results]
        if all(a is b for a, b in zip(refined, results)):
            break
        results = refined
    return results


def _refined(result: DocumentResult, evidence: list[tuple[int, str]] | None,
             settings: Settings) -> DocumentResult:
    if not evidence:
        return result
    dct = refine_year(result.dct, evidence)
    return result if dct == result.dct else read_document(result.document, dct=dct, settings=settings)


def build(sources: Iterable[object] | str, *, dct: dt.date | None = None,
          settings: Settings | None = None, jobs: int = 1,
          progress: Callable[[int, int], None] | None = None) -> Timeline:
    """Build one timeline from paths, raw texts or :class:`Document` objects.

    Parameters
    ----------
    sources : iterable of str, Path or Document (or one of them)
        Files, folders (read recursively, sorted), ``"-"`` for stdin, raw article texts,
        or ready :class:`Document` objects.
    dct : datetime.date, optional
        A creation time for documents whose own cannot be found.
    settings : Settings, optional
    jobs : int
        Processes used for the per-document stages; the output does not depend on it.
    progress : callable(done, total), optional
        Called after each document is read.

    Returns
    -------
    Timeline

    Examples
    --------
    >>> tl = build(["WASHINGTON, Nov. 18, 2018 -- The leaders met on Friday.\\n"])
    >>> tl.documents[0].dct.value
    '2018-11-18'
    """
    settings = settings or Settings()
    if isinstance(sources, (str, Document)) or not isinstance(sources, Iterable):
        sources = [sources]
    ingested = load(list(sources), settings=settings)
    documents = sorted(ingested.documents, key=lambda d: d.id)
    results = _read_all(documents, dct, settings, jobs, progress)
    results = _refine(results, settings)
    merged = merge([r.draft for r in results], {r.document.id: r.dct for r in results})
    solved = solve_events(merged.events, merged.constraints, settings.solver)
    return Timeline(
        title=settings.title,
        documents=_reports(ingested.reports, results),
        events=solved.events,
        timexes=sorted((t for r in results for t in r.timexes),
                       key=lambda t: (t.document or "", t.start, t.end)),
        conflicts=solved.conflicts,
    )


def _read_all(documents: Sequence[Document], default_dct: dt.date | None, settings: Settings, jobs: int,
              progress: Callable[[int, int], None] | None) -> list[DocumentResult]:
    return map_in_processes(read_document, documents, default_dct, None, settings,
                            jobs=jobs, progress=progress)


def _reports(reports: Sequence[DocumentReport], results: Sequence[DocumentResult]) -> list[DocumentReport]:
    """Every input's report, with the DCT of those that loaded, sorted by id."""
    dcts = {r.document.id: r.dct for r in results}
    out = [rep.model_copy(update={"dct": dcts[rep.id]}) if rep.id in dcts else rep for rep in reports]
    return sorted(out, key=lambda r: (r.id, r.source))
