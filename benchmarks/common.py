"""Shared pieces of the timex benchmarks: the two systems, timing, tables, error dumps.

Run the benchmarks from the repository root (``python benchmarks/tempeval3.py``);
this module is imported from there.
"""

from __future__ import annotations

import csv
import json
import platform
import datetime as dt
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from timeline.timeml.scoring import Annotation, Comparison, Scores, TimexError, score, total

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "benchmarks"
RESULTS = ROOT / "benchmarks" / "results"

Extractor = Callable[[str, dt.date | None], list[Annotation]]


def timeline_extractor(settings: object | None = None) -> Extractor:
    """``timeline.extract_timexes`` as the scorer sees it, with optional ``TimexSettings``.

    Raises ImportError at once when the timex stage is not installed yet.
    """
    from timeline import extract_timexes
    import timeline.timex

    if not hasattr(timeline.timex, "extract_timexes"):  # fail now, not once per document
        raise ImportError("timeline.timex has no extract_timexes yet")

    def run(text: str, dct: dt.date | None) -> list[Annotation]:
        return [
            Annotation(start=t.start, end=t.end, text=t.text, type=t.type, value=t.value)
            for t in extract_timexes(text, dct, settings=settings)
        ]

    return run


def dateparser_extractor() -> Extractor:
    """``dateparser.search_dates`` (English, RELATIVE_BASE = DCT) as a baseline.

    Every found string becomes a DATE whose value is the day it was parsed to;
    offsets come from finding the string in the text after the previous one.

    >>> [(a.text, a.value) for a in dateparser_extractor()("It ended on 15 November 2018.", dt.date(2018, 11, 19))]
    [('on 15 November 2018', '2018-11-15')]
    """
    from dateparser.search import search_dates

    def run(text: str, dct: dt.date | None) -> list[Annotation]:
        settings = {"RELATIVE_BASE": dt.datetime.combine(dct, dt.time())} if dct else {}
        found = search_dates(text, languages=["en"], settings=settings) or []
        result, cursor = [], 0
        for substring, when in found:
            start = text.find(substring, cursor)
            if start < 0:
                continue  # dateparser sometimes returns a string rewritten from the text
            cursor = start + len(substring)
            result.append(
                Annotation(start=start, end=cursor, text=substring, type="DATE", value=when.date().isoformat())
            )
        return result

    return run


@dataclass
class Run:
    """What one system produced over a corpus: comparisons, time, failures."""

    name: str
    comparisons: list[Comparison] = field(default_factory=list)
    errors: list[tuple[str, TimexError, str]] = field(default_factory=list)  # (doc, error, context)
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    characters: int = 0


def timed(extractor: Extractor, text: str, dct: dt.date | None, run: Run, docid: str) -> list[Annotation]:
    """Call ``extractor`` and add its time to ``run``; a crash is recorded, not hidden.

    A crashing document counts as producing nothing, so it costs recall, and
    its traceback's last line is listed under the results table.
    """
    begin = time.perf_counter()
    try:
        found = extractor(text, dct)
    except Exception as exc:  # noqa: BLE001 - a benchmark must finish and report every failure
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        run.failures.append(f"{docid}: {last}")
        found = []
    run.seconds += time.perf_counter() - begin
    run.characters += len(text)
    return found


def run_stamp() -> str:
    """When and where a report was made: "Run 2026-11-24 07:10 UTC on vm (2 shared cores, Python 3.11.7)"."""
    return (f"Run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node() or 'this machine'} "
            f"(2 shared cores, Python {platform.python_version()})")


def table(rows: list[tuple[str, Scores, float]], *, with_type: bool = True) -> str:
    """A Markdown table of TE3 figures, one row per system."""
    head = ["system", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1"]
    head += ["type acc", "value acc", "type F1", "value F1"] if with_type else ["value acc", "value F1"]
    head += ["seconds"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, s, seconds in rows:
        cells = [s.strict_p, s.strict_r, s.strict_f1, s.relaxed_p, s.relaxed_r, s.relaxed_f1]
        if with_type:
            cells += [s.type_accuracy, s.value_accuracy, s.type_f1, s.value_f1]
        else:
            cells += [s.value_accuracy, s.value_f1]
        lines.append("| " + " | ".join([name, *(f"{c:.3f}" for c in cells), f"{seconds:.1f}"]) + " |")
    return "\n".join(lines)


def write_errors(path: Path, runs: list[Run]) -> int:
    """Write every error of every run as TSV; return the number of rows."""
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n")
        out.writerow(["system", "doc", "gold_text", "gold_value", "system_text", "system_value", "kind", "context"])
        for run in runs:
            for docid, e, around in run.errors:
                out.writerow([run.name, docid, *_cells(e.gold), *_cells(e.system), e.kind, around])
                rows += 1
    return rows


def record(run: Run, docid: str, text: str, errors: tuple[TimexError, ...], width: int = 50) -> None:
    """Add ``errors`` to ``run`` with the text around each, the expression in [brackets].

    >>> from timeline.timeml.scoring import Annotation
    >>> run = Run("x")
    >>> record(run, "d", "It ended on Friday night.", (TimexError(kind="missed", gold=Annotation(start=12, end=18)),))
    >>> run.errors[0][2]
    'It ended on [Friday] night.'
    """
    for e in errors:
        spans = [a for a in (e.gold, e.system) if a is not None]
        start, end = min(a.start for a in spans), max(a.end for a in spans)
        around = text[max(0, start - width) : start] + "[" + text[start:end] + "]" + text[end : end + width]
        run.errors.append((docid, e, " ".join(around.split())))


def frequent_errors(run: Run, n: int = 8) -> list[str]:
    """Markdown lines: the ``n`` most frequent texts of each kind of error, lower-cased.

    >>> from timeline.timeml.scoring import Annotation
    >>> run = Run("x")
    >>> record(run, "d", "May may", (TimexError(kind="spurious", system=Annotation(start=0, end=3, text="May")),
    ...                              TimexError(kind="spurious", system=Annotation(start=4, end=7, text="may"))))
    >>> frequent_errors(run)
    ['- spurious (2): "may" x2']
    """
    lines = []
    for kind in ("missed", "spurious", "wrong-value"):
        texts = Counter(
            " ".join((e.gold or e.system).text.lower().split()) for _, e, _ in run.errors if e.kind == kind
        )
        if texts:
            top = ", ".join(f'"{t}" x{c}' for t, c in texts.most_common(n))
            lines.append(f"- {kind} ({sum(texts.values())}): {top}")
    return lines


def run_notes(runs: list[Run], unit: str) -> list[str]:
    """Markdown lines: each run's failures (``unit`` names what failed), then its frequent errors."""
    lines = []
    for run in runs:
        shown = (": " + "; ".join(run.failures[:5])) if run.failures else ""
        lines.append(f"- {run.name}: {len(run.failures)} {unit}(s) failed{shown}")
    for run in runs:
        if run.errors:
            lines += ["", f"Most frequent errors of {run.name} (full list in the errors TSV):", ""]
            lines += frequent_errors(run)
    return lines


def _cells(a: Annotation | None) -> list[str]:
    if a is None:
        return ["", ""]
    return [" ".join(a.text.split()), a.value or ""]


def write_results(stem: str, text: str, runs: list[Run], *, errors: bool = True) -> None:
    """Write ``<stem>.md`` (the report), ``<stem>.json`` (the figures) and, with ``errors``, ``<stem>_errors.tsv``
    (left out for a corpus whose text may not be copied into the repository)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{stem}.md").write_text(text, encoding="utf-8")
    rows = write_errors(RESULTS / f"{stem}_errors.tsv", [r for r in runs if not r.name.startswith("gold")]) \
        if errors else 0
    payload = {r.name: {**score(total(r.comparisons)).model_dump(), **total(r.comparisons).model_dump(),
                        "seconds": round(r.seconds, 2), "failures": r.failures} for r in runs}
    (RESULTS / f"{stem}.json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS / (stem + '.md')}, {stem}.json" + (f" and {rows} error rows to {stem}_errors.tsv" if errors else ""))
