"""Scoring DCT inference on documents whose creation date is known (hide it, infer it, compare).

``python -m timeline.anchor.evaluate DIR`` reads every ``*.tml`` (TimeML) file under DIR,
anchors its text without the DCT and prints the counts of :class:`AnchorScore`, then a line
that says what the wrong ones are (:func:`summary`). A correspondent's dateline away from its
agency's seat gives the dateline's day, and the corpus's DCT may be the agency's stamp a day
later (``stamp_day``): wrong by the wire's metadata, not by the reasoning.

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

from timeline.anchor import anchor_document, read_dateline
from timeline.anchor.refine import year_days
from timeline.anchor.seats import stamp_spread
from timeline.models import Document, DocumentTime, Frozen


class AnchorScore(Frozen):
    """How the inferred DCTs compare with the true ones."""

    documents: int = 0
    exact: int = 0  # earliest == latest == the true day
    contains: int = 0  # the true day lies in [earliest, latest] (open sides count as containing)
    wrong: int = 0  # the true day lies outside the interval, or a yearless value names another month/day
    within_a_day: int = 0  # wrong, but a day from what was said (a dateline written the day before)
    stamp_day: int = 0  # within_a_day, and the DCT is a correspondent's dateline away from its agency's seat
    hidden_wrong: int = 0  # not wrong, but the candidate days exclude the true day (fixing the true year shows it)
    bounded: int = 0  # at least one side bounded
    month_day: int = 0  # a yearless value (XXXX-MM or XXXX-MM-DD) with the true month (and day)
    basis: dict[str, int] = {}


def judge(dct: DocumentTime, true: dt.date, slack: int = 0) -> tuple[bool, bool]:
    """(inside, exact): does the DCT allow the true day (give or take ``slack`` days), is it exactly that day?"""
    if slack:
        return any(judge(dct, true + dt.timedelta(days=d))[0] for d in range(-slack, slack + 1)), False
    inside = _within(dct.earliest, dct.latest, true)
    value = dct.value or ""
    if value.startswith("XXXX-"):
        inside = inside and value[5:7] == f"{true.month:02d}"
        inside = inside and (len(value) < 10 or value[8:10] == f"{true.day:02d}")
    return inside, dct.day == true


def hidden(dct: DocumentTime, true: dt.date) -> bool:
    """Whether the days behind an open DCT exclude ``true``: fixing its true year leaves another day.

    That is, :func:`timeline.anchor.refine.year_days` of the true year misses ``true``; when the
    document's own clues rule that year out, only an interval open on both sides (or one that
    misses ``true``) counts.

    >>> hidden(DocumentTime(value="XXXX-02", basis="inferred", month_day_window=("02-11", "02-17")),
    ...        dt.date(1991, 2, 25))
    True
    """
    if dct.day is not None:
        return False
    days = year_days(dct, true.year)
    if days is None:
        return dct.earliest is None and dct.latest is None or not _within(dct.earliest, dct.latest, true)
    return not _within(*days, true)


def _within(earliest: dt.date | None, latest: dt.date | None, day: dt.date) -> bool:
    return (earliest or dt.date.min) <= day <= (latest or dt.date.max)


def from_a_correspondent(doc: Document, dct: DocumentTime) -> bool:
    """Whether ``dct`` was read from a correspondent's dateline away from its agency's seat.

    The dateline is ``doc``'s, as the anchor reads it (:func:`timeline.anchor.read_dateline`).

    >>> from timeline.models import Document
    >>> cairo = Document(id="a", source="a", text="CAIRO, May 2 (Xinhua) -- Talks.")
    >>> beijing = Document(id="a", source="a", text="BEIJING, May 2 (Xinhua) -- Talks.")
    >>> from_a_correspondent(cairo, anchor_document(cairo)), from_a_correspondent(beijing, anchor_document(beijing))
    (True, False)
    """
    line = read_dateline(doc) if dct.basis == "dateline" else None
    return line is not None and stamp_spread(line.place, line.agency) > 0


def summary(found: AnchorScore) -> str:
    """One plain line on the wrong DCTs: how many, and how many are only the agency's stamp a day off.

    >>> summary(AnchorScore(documents=256, contains=249, wrong=7, within_a_day=7, stamp_day=7))
    "contains 249 of 256; wrong 7, all within a day of a correspondent's dateline: the agency's stamp"
    >>> summary(AnchorScore(documents=9, contains=7, wrong=2, within_a_day=1, stamp_day=1))
    "contains 7 of 9; wrong 2: 1 within a day of a correspondent's dateline (the agency's stamp), 1 other"
    """
    head = f"contains {found.contains} of {found.documents}; wrong {found.wrong}"
    stamp = "within a day of a correspondent's dateline"
    if found.wrong and found.stamp_day == found.wrong:
        return f"{head}, all {stamp}: the agency's stamp"
    if found.stamp_day:
        return f"{head}: {found.stamp_day} {stamp} (the agency's stamp), {found.wrong - found.stamp_day} other"
    return head


def score(pairs: Iterable[tuple[Document, dt.date]]) -> AnchorScore:
    """Anchor each document (its ``published`` removed) and count against its true date."""
    counts: Counter[str] = Counter()
    bases: Counter[str] = Counter()
    for doc, true in pairs:
        bare = doc.model_copy(update={"published": None, "published_raw": None})
        dct = anchor_document(bare)
        inside, exact = judge(dct, true)
        near = not inside and judge(dct, true, slack=1)[0]
        counts.update(documents=1, exact=int(exact), contains=int(inside), wrong=int(not inside),
                      within_a_day=int(near), stamp_day=int(near and from_a_correspondent(bare, dct)),
                      hidden_wrong=int(inside and hidden(dct, true)),
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
    found = score(_timeml_pairs(Path(args[0])))
    print(found.model_dump_json(indent=1))
    print(summary(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
