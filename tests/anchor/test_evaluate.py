"""The DCT scorer counts what it says it counts."""

from __future__ import annotations

import datetime as dt

from timeline.anchor.evaluate import judge, score
from timeline.models import Document, DocumentTime

D = dt.date


def doc(text: str, published: dt.date | None = None) -> Document:
    return Document(id="a", source="a", text=text, published=published)


def test_score_hides_the_metadata_and_counts() -> None:
    pairs = [(doc("WASHINGTON, Nov. 18, 2018 -- Talks.", D(2018, 11, 18)), D(2018, 11, 18)),
             (doc("MOSCOW, November 18. /TASS/. Talks."), D(2018, 11, 19)),
             (doc("Nothing to go on."), D(2018, 11, 19))]
    got = score(pairs)
    assert (got.documents, got.exact, got.contains, got.wrong, got.within_a_day) == (3, 1, 2, 1, 1)
    assert got.basis == {"dateline": 2, "unknown": 1}


def test_judge_reads_yearless_values() -> None:
    dct = DocumentTime(value="XXXX-11", basis="inferred")
    assert judge(dct, D(2016, 11, 30)) == (True, False)
    assert judge(dct, D(2016, 12, 1)) == (False, False)


def test_hidden_wrong_counts_candidate_days_that_exclude_the_truth() -> None:
    text = "Vote\n\nObservers praised the February 11 referendum. The referendum held on Saturday was calm."
    pairs = [(doc(text), D(2017, 2, 14)), (doc(text), D(2018, 2, 14))]  # 11 February 2017 was a Saturday; 2018's not
    got = score(pairs)
    assert (got.contains, got.wrong, got.hidden_wrong) == (2, 0, 1)
