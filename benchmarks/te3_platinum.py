"""TempEval-3 *test* set (TE3-platinum, 20 news articles of March 2013), TE3 timex measures.

The figures the TempEval-3 systems were ranked by (HeidelTime value F1 0.776, SUTime 0.674)
come from this set, not from TBAQ, which was their training data. No rule of timeline was
written from these texts: the project has never bundled them. They are not bundled now
either: the annotations are CC-BY 3.0 (the TempEval-3 co-ordinators, 2013) and the source
articles belong to their publishers, so this script reads them from a folder you give it:

    python benchmarks/te3_platinum.py --data PATH/te3-platinum [--no-baseline] [--errors FILE] [--show-errors]

``PATH/te3-platinum`` holds the 20 annotated ``.tml`` files of the TempEval-3 evaluation
release (``te3-platinum/*.tml``). Without ``--data`` the script looks in the environment
variable ``TE3_PLATINUM`` and then in ``../shared/benchmarks/te3_platinum``; when none is
there it says so and exits 2. It scores ``timeline.extract_timexes`` and, in the same run,
``dateparser.search_dates`` with the scorer of ``benchmarks/tempeval3.py`` (each article
read with its creation time), prints a Markdown table and writes
``benchmarks/results/te3_platinum.md`` and ``.json``. The error rows quote the articles,
so they are written only to the file named by ``--errors``, never into the repository.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import SHARED, Run, run_notes, run_stamp, table, write_errors, write_results  # noqa: E402
from tempeval3 import evaluate, gold_of, systems  # noqa: E402

from timeline.timeml import TimeMLDocument, read_timeml  # noqa: E402
from timeline.timeml.scoring import score, total  # noqa: E402

EXPECTED_DOCUMENTS = 20
HEIDELTIME_VALUE_F1 = 0.776  # the best TE3 system on this set (UzZaman et al. 2013, Table 4)


class PlatinumMissing(FileNotFoundError):
    """No folder of TE3-platinum ``.tml`` files was found; carries the places looked in."""

    def __init__(self, looked_in: list[Path]) -> None:
        self.looked_in = looked_in
        super().__init__("no TE3-platinum .tml files in " + ", ".join(map(str, looked_in)))


def find_data(given: str | None) -> Path:
    """The folder to read: ``given``, else ``$TE3_PLATINUM``, else ``../shared/benchmarks/te3_platinum``.

    >>> find_data("/nonexistent/te3")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    te3_platinum.PlatinumMissing: no TE3-platinum .tml files in /nonexistent/te3
    """
    candidates = [Path(given)] if given else [
        Path(p) for p in (os.environ.get("TE3_PLATINUM"), SHARED / "te3_platinum") if p
    ]
    for folder in candidates:
        if any(folder.glob("*.tml")):
            return folder
    raise PlatinumMissing(candidates)


def load(folder: Path) -> list[TimeMLDocument]:
    """The annotated articles of ``folder``, sorted by file name (macOS ``._`` forks skipped)."""
    paths = sorted(p for p in folder.glob("*.tml") if not p.name.startswith("._"))
    return [read_timeml(p) for p in paths]


def report(runs: list[Run], docs: list[TimeMLDocument], folder: Path, notes: list[str], *,
           show_errors: bool = False) -> str:
    """The Markdown report: the TE3 table, the count check and HeidelTime's published figure.

    The most frequent errors are left out unless ``show_errors``: a set kept for testing stays
    useful only while nobody writing rules has read what it gets wrong.
    """
    gold = sum(len(gold_of(d)) for d in docs)
    rows = [(r.name, score(total(r.comparisons)), r.seconds) for r in runs]
    count_note = ("" if len(docs) == EXPECTED_DOCUMENTS
                  else f" (the release has {EXPECTED_DOCUMENTS}; this folder is incomplete)")
    lines = [
        "# TempEval-3 test set (TE3-platinum), timex measures",
        "",
        f"{run_stamp()}; {len(docs)} documents{count_note}, {gold} gold TIMEX3 (DCT excluded), "
        f"read from `{folder.name}/`. Command: `python benchmarks/te3_platinum.py --data PATH/te3-platinum`.",
        "",
        table(rows),
        "",
        "Attribute F1 as TE3: P = correct/|system|, R = correct/|gold|; accuracies over relaxed matches.",
        f"Published on this set with the official TE3 scorer: HeidelTime value F1 {HEIDELTIME_VALUE_F1}, "
        "SUTime 0.674 (UzZaman et al. 2013). Our scorer matches spans as TE3 does (token overlap for "
        "relaxed, equal spans for strict) and forgives only unpadded weeks and long durations written "
        "in decades or centuries (`timeline.timeml.scoring.timex3_equal`).",
    ]
    lines += [f"- {n}" for n in notes]
    lines += [dct_line(docs)]
    lines += run_notes(runs, "document") if show_errors else [
        f"- {r.name}: {len(r.failures)} document(s) failed" for r in runs]
    return "\n".join(lines) + "\n"


def dct_line(docs: list[TimeMLDocument]) -> str:
    """The anchor stage's DCT read from each article's text alone (metadata removed), against the true one."""
    from timeline.anchor.evaluate import score as score_dcts
    from timeline.ingest.junk import find_junk
    from timeline.models import Document

    pairs = [(Document(id=d.docid, source=d.docid, text=d.text, junk=find_junk(d.text)), d.dct)
             for d in docs if d.dct is not None]
    found = score_dcts(pairs)
    return (f"- DCT from the text alone (`timeline.anchor`, metadata removed), {found.documents} articles: "
            f"{found.exact} exact, {found.contains} allow the true day ({found.bounded} bounded on a side, the "
            f"rest unknown), {found.wrong} wrong; bases {found.basis}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status (2 when the data is not there)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=None, help="folder of the TE3-platinum .tml files")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser.search_dates")
    parser.add_argument("--errors", default=None, help="write the error rows (they quote the articles) here")
    parser.add_argument("--show-errors", action="store_true", help="list the most frequent errors in the report")
    parser.add_argument("--no-write", action="store_true", help="print only; leave benchmarks/results alone")
    args = parser.parse_args(argv)
    try:
        folder = find_data(args.data)
    except PlatinumMissing as missing:
        print(f"te3_platinum: {missing}. Get te3-platinum from the TempEval-3 release "
              "(SemEval-2013 Task 1) and pass its folder with --data.", file=sys.stderr)
        return 2
    docs = load(folder)
    chosen, notes = systems(args)
    runs = [evaluate(name, extractor, docs) for name, extractor in chosen]
    text = report(runs, docs, folder, notes, show_errors=args.show_errors)
    print(text)
    if args.errors:
        rows = write_errors(Path(args.errors), runs)
        print(f"wrote {rows} error rows to {args.errors}")
    if not args.no_write:  # figures only: the error rows quote the articles
        write_results("te3_platinum", text, runs, errors=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
