"""TempEval-3 timex benchmark on TBAQ-cleaned (TimeBank + AQUAINT), TE3 measures.

Runs ``timeline.extract_timexes`` and, in the same run, ``dateparser.search_dates``
on the plain text of every document with the document's DCT, and scores both
with ``timeline.timeml.scoring`` against the gold TIMEX3 (the DCT excluded).

    python benchmarks/tempeval3.py [--limit N] [--no-baseline] [--split timebank|aquaint|all] [--self-check]

Prints a Markdown table; a full run (no --limit) also writes
benchmarks/results/tempeval3.md, tempeval3.json and tempeval3_errors.tsv.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consistency import conventions  # noqa: E402
from common import (  # noqa: E402
    SHARED, Run, dateparser_extractor, record, run_notes, table, timed, timeline_extractor, write_results, run_stamp,
)

from timeline.timeml import TimeMLDocument, read_timeml  # noqa: E402
from timeline.timeml.scoring import Annotation, compare, score, timex3_equal, total  # noqa: E402

TBAQ = SHARED / "tempeval3_tbaq" / "TBAQ-cleaned"
SPLITS = {"timebank": ["TimeBank"], "aquaint": ["AQUAINT"], "all": ["TimeBank", "AQUAINT"]}


def load(split: str, limit: int | None) -> list[TimeMLDocument]:
    """The documents of a split, sorted by path, at most ``limit`` of them."""
    paths = sorted(p for folder in SPLITS[split] for p in (TBAQ / folder).glob("*.tml"))
    return [read_timeml(p) for p in paths[:limit]]


def by_split(run: Run, docs: list[TimeMLDocument]) -> list[str]:
    """One line per TBAQ part: the run's relaxed F1 and value F1 on it (docids are file stems)."""
    lines = []
    for folder in SPLITS["all"]:
        ids = {p.stem for p in (TBAQ / folder).glob("*.tml")}
        part = [c for c, d in zip(run.comparisons, docs) if d.docid in ids]
        if part:
            s = score(total(part))
            lines.append(f"{folder} {len(part)} docs: relaxed F1 {s.relaxed_f1:.3f}, value F1 {s.value_f1:.3f}")
    return lines


def gold_of(doc: TimeMLDocument) -> list[Annotation]:
    """The gold timexes of the text, without the document creation time."""
    return [
        Annotation(start=t.start, end=t.end, text=t.text, type=t.type, value=t.value)
        for t in doc.timexes
        if t.function_in_document != "CREATION_TIME"
    ]


def evaluate(name: str, extractor, docs: list[TimeMLDocument]) -> Run:
    """Run one system over the documents and compare it with the gold."""
    run = Run(name)
    for doc in docs:
        found = timed(extractor, doc.text, doc.dct, run, doc.docid)
        comparison = compare(gold_of(doc), found, same_value=timex3_equal)
        run.comparisons.append(comparison)
        record(run, doc.docid, doc.text, comparison.errors)
    return run


def systems(args: argparse.Namespace) -> tuple[list[tuple[str, object]], list[str]]:
    """The systems to run and notes on those that could not be loaded."""
    chosen, notes = [], []
    try:
        chosen.append(("timeline", timeline_extractor()))
    except ImportError as exc:
        notes.append(f"timeline.extract_timexes not available: {exc}")
    if not args.no_baseline:
        chosen.append(("dateparser.search_dates", dateparser_extractor()))
    return chosen, notes


def self_check(docs: list[TimeMLDocument]) -> Run:
    """Gold scored against itself: every figure must be 1.0."""
    by_text = {doc.text: gold_of(doc) for doc in docs}
    return evaluate("gold (self-check)", lambda text, dct: by_text[text], docs)


def consistency_lines(runs: list[Run], docs: list[TimeMLDocument]) -> list[str]:
    """How often the gold disagrees with itself on the form of one wording's value, and what that costs."""
    gold = [g for d in docs for g in gold_of(d)]
    found = conventions(gold)
    examples = "; ".join(f'"{text}" ' + ", ".join(f"{f} x{n}" for f, n in forms.items())
                         for text, forms in found.worst[:4])
    lines = [
        "",
        f"Gold conventions (`benchmarks/consistency.py`): {found.minority} of {found.valued} gold values "
        f"({found.minority / found.valued:.1%}) are written in a minority form for their own wording "
        f"({examples}). A system writing one form per wording can reach a value accuracy of at most "
        f"{1 - found.minority / found.valued:.3f} before any error of its own.",
    ]
    for run in runs:
        if run.name.startswith("gold"):
            continue
        right = total_majority = 0
        for doc, comparison in zip(docs, run.comparisons):
            missed = {(e.gold.start, e.gold.end) for e in comparison.errors if e.kind == "missed" and e.gold}
            wrong = {(e.gold.start, e.gold.end) for e in comparison.errors if e.kind == "wrong-value" and e.gold}
            for g in gold_of(doc):
                if g.value is None or (g.start, g.end) in missed or not found.is_majority(g):
                    continue
                total_majority += 1
                right += (g.start, g.end) not in wrong
        if total_majority:
            lines.append(f"- {run.name}: value accuracy {right / total_majority:.3f} on the {total_majority} matched "
                         "gold values written in their wording's majority form")
    return lines


def report(runs: list[Run], docs: list[TimeMLDocument], args: argparse.Namespace, notes: list[str]) -> str:
    """The Markdown report of a run."""
    gold = sum(len(gold_of(d)) for d in docs)
    rows = [(r.name, score(total(r.comparisons)), r.seconds) for r in runs]
    lines = [
        f"# TempEval-3 timex benchmark (TBAQ-cleaned, split {args.split})",
        "",
        f"{run_stamp()}; {len(docs)} documents, {gold} gold TIMEX3 "
        "(DCT excluded). Command: `python benchmarks/tempeval3.py"
        + (f" --split {args.split}" if args.split != "all" else "") + "`.",
        "",
        table(rows),
        "",
        "Attribute F1 as TE3: P = correct/|system|, R = correct/|gold|; accuracies over relaxed matches.",
    ]
    for run in runs:
        lines += [f"- {run.name}: " + "; ".join(by_split(run, docs))]
    lines += [f"- {n}" for n in notes]
    lines += consistency_lines(runs, docs)
    lines += run_notes(runs, "document")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents (no files written)")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser.search_dates")
    parser.add_argument("--split", choices=sorted(SPLITS), default="all")
    parser.add_argument("--self-check", action="store_true", help="also score the gold against itself (all 1.0)")
    args = parser.parse_args(argv)
    docs = load(args.split, args.limit)
    chosen, notes = systems(args)
    runs = [self_check(docs)] if args.self_check else []
    runs += [evaluate(name, extractor, docs) for name, extractor in chosen]
    text = report(runs, docs, args, notes)
    print(text)
    if args.limit is None:
        write_results("tempeval3", text, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
