"""WikiWars benchmark: TIMEX2 war narratives, anchored to narrative time.

The header DATETIME of each article is the date it was downloaded (2009-12),
so it is never used as an anchor. ``timeline`` reads each whole article once in
its narrative mode (``TimexSettings(anchoring="narrative")``), which carries the
anchor itself: each expression is anchored to the last day- or month-precise
date the text fixed before it. As a control, ``timeline`` in news mode and the
baseline read the text sentence by sentence; the anchor handed to them as DCT is the last fully specified date
(a value ``YYYY-MM-DD``, or ``YYYY-MM`` taken as the 1st of the month) that
the same system extracted from an earlier sentence. Before the first such date
the anchor is unknown: ``timeline`` gets ``dct=None``, dateparser (which
would otherwise read the clock) gets 0001-01-01 so that its run is reproducible.

Gold is converted to TIMEX3 conventions (see ``timeline.timeml.wikiwars``):
an outer TIMEX2 that contains another is dropped (TIMEX3 does not nest; the
inner one is the plain expression), so is "former" (a TIMEX2-only markable),
sets get a frequency value, and the TIMEX2 with no value count for spans only.

    python benchmarks/wikiwars.py [--limit N] [--no-baseline] [--unit sentence|paragraph] [--self-check]

``--unit`` sets how much text each call of the control runs reads.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import (  # noqa: E402
    SHARED, Extractor, Run, dateparser_extractor, record, run_notes,
    table, timed, timeline_extractor, write_results, run_stamp,
)

from timeline.text import split_sentences  # noqa: E402
from timeline.timeml import WikiWarsDocument, read_wikiwars, to_timex3_value  # noqa: E402
from timeline.timeml.scoring import Annotation, compare, score, timex3_equal, total  # noqa: E402

KEYINLINE = SHARED / "wikiwars" / "WikiWars_20120218_v104" / "keyinline"
# TIMEX2 marks "former" (as in "former president", PAST_REF); TimeML never does.
_TIMEX2_ONLY = re.compile(r"(?i)^former$")
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])")


def gold_of(doc: WikiWarsDocument) -> list[Annotation]:
    """The gold in TIMEX3 terms: outer nesting TIMEX2 and "former" dropped, values converted."""
    return [
        Annotation(start=t.start, end=t.end, text=t.text, type=None, value=to_timex3_value(t))
        for t in doc.timexes
        if not t.nested and not _TIMEX2_ONLY.match(t.text)
    ]


def anchor_from(found: list[Annotation], previous: dt.date | None) -> dt.date | None:
    """The narrative anchor after a sentence: its last day- or month-precise date.

    >>> a = [Annotation(start=0, end=4, value="1915"), Annotation(start=9, end=15, value="1916-03")]
    >>> anchor_from(a, None)
    datetime.date(1916, 3, 1)
    >>> anchor_from([Annotation(start=0, end=3, value="P3D")], dt.date(1915, 1, 2))
    datetime.date(1915, 1, 2)
    """
    for a in sorted(found, key=lambda a: a.start, reverse=True):
        m = _FULL_DATE.match(a.value or "")
        if m and a.type in (None, "DATE", "TIME"):
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
            except ValueError:
                continue  # an impossible date is no anchor
    return previous


def units(text: str, unit: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of each sentence, or of each paragraph (a non-blank line).

    >>> units("A b. C d.\\n\\nE f.", "paragraph")
    [(0, 9), (11, 15)]
    """
    if unit == "document":
        return [(0, len(text))]
    if unit == "sentence":
        return [(s.start, s.end) for s in split_sentences(text)]
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def narrate(
    extractor: Extractor, doc: WikiWarsDocument, run: Run, no_anchor: dt.date | None, unit: str = "sentence"
) -> list[Annotation]:
    """Run ``extractor`` unit by unit (sentence or paragraph) with the running narrative anchor."""
    anchor: dt.date | None = None
    result: list[Annotation] = []
    for start, end in units(doc.text, unit):
        found = timed(extractor, doc.text[start:end], anchor or no_anchor, run, doc.docid)
        # Offsets back into the document; the unit's text is a slice of it.
        shifted = [a.model_copy(update={"start": a.start + start, "end": a.end + start}) for a in found]
        result += shifted
        anchor = anchor_from(shifted, anchor)
    return result


def evaluate(
    name: str, extractor: Extractor, docs: list[WikiWarsDocument], no_anchor: dt.date | None, unit: str
) -> Run:
    """Score one system over the corpus."""
    run = Run(name)
    for doc in docs:
        comparison = compare(gold_of(doc), narrate(extractor, doc, run, no_anchor, unit), same_value=timex3_equal)
        run.comparisons.append(comparison)
        record(run, doc.docid, doc.text, comparison.errors)
    return run


def crossing(docs: list[WikiWarsDocument], unit: str) -> int:
    """Gold expressions that straddle two units (no system can match them strictly)."""
    count = 0
    for doc in docs:
        bounds = units(doc.text, unit)
        count += sum(not any(s <= g.start and g.end <= e for s, e in bounds) for g in gold_of(doc))
    return count


def report(runs: list[Run], docs: list[WikiWarsDocument], notes: list[str], unit: str) -> str:
    """The Markdown report."""
    gold = [g for d in docs for g in gold_of(d)]
    rows = [(r.name, score(total(r.comparisons)), r.seconds) for r in runs]
    lines = [
        "# WikiWars timex benchmark (TIMEX2 gold in TIMEX3 terms, narrative anchoring)",
        "",
        f"{run_stamp()}; {len(docs)} documents, {len(gold)} gold "
        f"expressions ({sum(g.value is not None for g in gold)} with a value; nesting outer TIMEX2 "
        'and "former" dropped; '
        f"{crossing(docs, unit)} straddle two {unit}s). Command: `python benchmarks/wikiwars.py"
        + ("" if unit == "sentence" else f" --unit {unit}") + "`.",
        "",
        table(rows, with_type=False),
        "",
        "timeline (narrative mode) reads each article in one call and anchors every expression to the last "
        "day/month-precise date it fixed before it. The other rows read one "
        f"{unit} per call, handed as anchor the last day/month-precise date the same system extracted "
        "earlier in the article. Never the download date. Value F1 as TE3 (P = correct/|system|, R = correct/|gold|).",
    ]
    lines += [f"- {n}" for n in notes]
    lines += run_notes(runs, unit)
    return "\n".join(lines) + "\n"


def self_check(docs: list[WikiWarsDocument]) -> Run:
    """Gold against itself: all 1.0 (checks the reader and the conversion, not the anchoring)."""
    gold = {d.docid: gold_of(d) for d in docs}
    run = Run("gold (self-check)")
    for doc in docs:
        comparison = compare(gold[doc.docid], gold[doc.docid])
        run.comparisons.append(comparison)
    return run


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles (no files written)")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser.search_dates")
    parser.add_argument("--unit", choices=["sentence", "paragraph"], default="sentence",
                        help="how much text each call reads; the anchor is carried from unit to unit")
    parser.add_argument("--self-check", action="store_true", help="also score the gold against itself (all 1.0)")
    args = parser.parse_args(argv)
    docs = [read_wikiwars(p) for p in sorted(KEYINLINE.glob("*.key.xml"))[: args.limit]]
    runs, notes = ([self_check(docs)] if args.self_check else []), []
    try:
        from timeline.timex import TimexSettings

        narrative = timeline_extractor(TimexSettings(anchoring="narrative"))
        runs.append(evaluate("timeline (narrative mode, whole article)", narrative, docs, None, "document"))
        runs.append(evaluate(f"timeline (news mode, per {args.unit})", timeline_extractor(), docs, None, args.unit))
    except ImportError as exc:
        notes.append(f"timeline.extract_timexes not available: {exc}")
    if not args.no_baseline:
        runs.append(evaluate("dateparser.search_dates", dateparser_extractor(), docs, dt.date(1, 1, 1), args.unit))
    text = report(runs, docs, notes, args.unit)
    print(text)
    if args.limit is None:
        write_results("wikiwars", text, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
