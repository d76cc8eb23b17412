"""Scoring DCT inference on documents whose creation date is known (hide it, infer it, compare).

``python -m timeline.anchor.evaluate DIR`` reads every ``*.tml`` (TimeML) file under DIR,
anchors its text without the DCT and prints the counts of :class:`AnchorScore`.

>>> import datetime as dt
>>> from timeline.models import Document
>>> docs = [(Document(id="a", source="a", text="WASHINGTON, Nov. 18, 2018 -- Talks."), dt.date(2018, 11, 18))]
>>> score(docs).exact
1
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from timeline.anchor import anchor_document, refine_year
from timeline.models import Document, DocumentTime, Frozen


class AnchorScore(Frozen):
    """How the inferred DCTs compare with the true ones."""

    documents: int = 0
    exact: int = 0  # earliest == latest == the true day
    contains: int = 0  # the true day lies in [earliest, latest] (open sides count as containing)
    wrong: int = 0  # the true day lies outside the interval, or a yearless value names another month/day
    within_a_day: int = 0  # wrong, but a day from what was said (a dateline written the day before)
    hidden_wrong: int = 0  # not wrong, but the candidate days exclude the true day (fixing the true year shows it)
    bounded: int = 0  # at least one side bounded
    month_day: int = 0  # a yearless value (XXXX-MM or XXXX-MM-DD) with the true month (and day)
    basis: dict[str, int] = {}


def judge(dct: DocumentTime, true: dt.date, slack: int = 0) -> tuple[bool, bool]:
    """(inside, exact): does the DCT allow the true day (give or take ``slack`` days), is it exactly that day?"""
    if slack:
        return any(judge(dct, true + dt.timedelta(days=d))[0] for d in range(-slack, slack + 1)), False
    inside = (dct.earliest or dt.date.min) <= true <= (dct.latest or dt.date.max)
    value = dct.value or ""
    if value.startswith("XXXX-"):
        inside = inside and value[5:7] == f"{true.month:02d}"
        inside = inside and (len(value) < 10 or value[8:10] == f"{true.day:02d}")
    return inside, dct.day == true


def hidden(dct: DocumentTime, true: dt.date) -> bool:
    """Whether the days behind an open DCT exclude ``true``: fixing its true year leaves another day.

    >>> hidden(DocumentTime(value="XXXX-02", basis="inferred",
    ...                     evidence=["window: 02-11..02-17 (month-day of the DCT)"]), dt.date(1991, 2, 25))
    True
    """
    if dct.day is not None or dct.value is None and dct.earliest is None and dct.latest is None and not any(
            e.startswith(("window: ", "candidate years: ")) for e in dct.evidence):
        return False
    fixed = refine_year(dct, [(true.year, "the true year")])
    return not ((fixed.earliest or dt.date.min) <= true <= (fixed.latest or dt.date.max)) or (
        fixed.earliest is None and fixed.latest is None and fixed is not dct and "rule out" in fixed.evidence[-1])


def score(pairs: Iterable[tuple[Document, dt.date]]) -> AnchorScore:
    """Anchor each document (its ``published`` removed) and count against its true date."""
    counts: Counter[str] = Counter()
    bases: Counter[str] = Counter()
    for doc, true in pairs:
        dct = anchor_document(doc.model_copy(update={"published": None, "published_raw": None}))
        inside, exact = judge(dct, true)
        near = not inside and judge(dct, true, slack=1)[0]
        counts.update(documents=1, exact=int(exact), contains=int(inside), wrong=int(not inside),
                      within_a_day=int(near), hidden_wrong=int(inside and hidden(dct, true)),
                      bounded=int(dct.earliest is not None or dct.latest is not None),
                      month_day=int(inside and (dct.value or "").startswith("XXXX-")))
        bases[dct.basis] += 1
    return AnchorScore(**counts, basis=dict(sorted(bases.items())))


def _timeml_pairs(folder: Path) -> Iterable[tuple[Document, dt.date]]:
    from timeline.ingest.junk import find_junk
    from timeline.timeml import read_timeml

    for path in sorted(folder.rglob("*.tml")):
        doc = read_timeml(path)
        if doc.dct is not None:
            yield Document(id=path.stem, source=str(path), text=doc.text, junk=find_junk(doc.text)), doc.dct


def main(argv: list[str] | None = None) -> int:
    """Print the AnchorScore of the TimeML files under the folder given."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: python -m timeline.anchor.evaluate FOLDER_OF_TML_FILES", file=sys.stderr)
        return 2
    print(score(_timeml_pairs(Path(args[0]))).model_dump_json(indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
