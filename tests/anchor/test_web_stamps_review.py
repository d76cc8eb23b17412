"""Adversarial review of the web-stamp reading: invented page heads and short stories (web_stamps_review.tsv).

A DCT that is a confident lie (its interval excludes the true day) is the worst output: every "yesterday"
of the story is then counted from a wrong day. ``stamp`` rows must give their interval exactly; ``sound``
rows (lines shaped like stamps that are not the page's: captions, fixtures, event sheets, spans, comments,
lists of other stories) must give a DCT that contains the days the page itself allows, unknown included.
The stories also run through ingestion (junk cut, offsets kept), as ``timeline build`` reads a folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import anchor_document
from timeline.anchor.web_stamps import find_web_stamp
from timeline.ingest import load
from timeline.models import Document, DocumentTime

_TSV = Path(__file__).resolve().parents[2] / "timeline" / "anchor" / "web_stamps_review.tsv"
_TEXT_CLUE = "not the web-stamp reading's: the text clues (timeline/anchor/clues.py, stamps.py) read "
# Rows still wrong, each with its reason (strict: a mended row must leave this table).
_COMMENT = _TEXT_CLUE + "a reader's comment stamp below the story ('Posted on November 20, 2018') as a past event, " \
                       "a lower bound, where it bounds the story from above; ingestion cuts it (the story passes there)"
_XFAIL: dict[str, str] = {
    "filed_under_midterms": _TEXT_CLUE + "'Filed under: Elections | Nov 6, 2018 midterms' as a past sentence "
                            "(on or after 6 November), though a category page holds previews",
    "archived_from": _TEXT_CLUE + "'Archived from the original on 3 May 2019' as a past event: an archive's or a "
                     "reader's date bounds the page from above, not from below",
    "archived_line_below_head": _TEXT_CLUE + "an archive note as a past event (as archived_from)",
    "accessed": _TEXT_CLUE + "'Accessed 5 June 2020' as a past event: a citation's access date bounds from above",
    "posted_in_category_date_word": _TEXT_CLUE + "the year of a category name ('Posted in 2018 Elections') as a "
                                    "past year",
    "foot_comment_says": _COMMENT, "foot_comment_name": _COMMENT, "foot_leave_reply": _COMMENT,
    "t_foot_comment": _COMMENT,
    "first_published_date_book": "'First published: 12 March 1998 | Harbor Books' under a book's title has the "
                                 "shape of a broadsheet's stamp ('First published on Sun 18 Nov 2018'), and "
                                 "datelines.py reads it too: nothing in the head tells a book's page from a story's",
    "history_date_line": "a date alone under the headline is many sites' stamp; a history piece whose story gives "
                         "no dated clue ('Thirty years on, Berlin remembers') cannot be told from one (with a clue, "
                         "history_date_line_past, the date is refused)",
    "stamp_far_nav": "the stamp stands below twelve lines of a site's menu, beyond the head the anchor reads "
                     "(AnchorSettings.head_lines); ingestion cuts the menu, so `timeline build` reads it",
    "squarespace_date_name": "'November 18, 2018 Jo Li': a name after the date with no separator is not told from "
                             "a headline's words after a date ('November 9, 1989 The night the wall fell'): unread",
    "globenewswire": "'Source: Acme Corp' beside a dated segment is a wire's credit, but 'Source: ONS | 18 Nov 2018' "
                     "under a chart is a figure's: only an agency's name (seats.tsv) is read as a credit; unknown",
    "colon_sep_byline": "'John Smith: Nov 18, 2018' has the shape of a label ('Deadline: March 29, 2019'): a bare "
                        "name before a colon is not read as a byline; unknown, not a wrong day",
}


def _rows(kinds: tuple[str, ...], group: str | None = None, xfails: dict[str, str] | None = None) -> list:
    out = []
    for line in _TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, row_group, name, earliest, latest, text = line.split("\t")
        if kind in kinds and group in (None, row_group):
            reasons = _XFAIL if xfails is None else xfails
            marks = [pytest.mark.xfail(strict=True, reason=reasons[name])] if name in reasons else []
            out.append(pytest.param(kind, earliest, latest, text.replace("\\n", "\n"), id=name, marks=marks))
    return out


def _day(written: str) -> dt.date | None:
    return None if written == "-" else dt.date.fromisoformat(written)


def _check(kind: str, earliest: str, latest: str, dct: DocumentTime) -> None:
    if earliest.startswith("XXXX"):  # a yearless stamp keeps its month and day
        assert dct.value == earliest, dct
        return
    want = (_day(earliest), _day(latest))
    if kind == "stamp":
        assert (dct.earliest, dct.latest) == want, dct.evidence
        return
    low, high = want  # sound: the DCT contains every day the page allows (an open side stays open)
    assert dct.earliest is None or (low is not None and dct.earliest <= low), dct.evidence
    assert dct.latest is None or (high is not None and dct.latest >= high), dct.evidence


@pytest.mark.parametrize(("kind", "earliest", "latest", "text"), _rows(("stamp", "sound")))
def test_review_row(kind: str, earliest: str, latest: str, text: str) -> None:
    _check(kind, earliest, latest, anchor_document(Document(id="r", source="r.txt", text=text)))


@pytest.mark.parametrize(("kind", "earliest", "latest", "text"), _rows(("stamp", "sound"), "story", {}))
def test_review_story_through_ingest(kind: str, earliest: str, latest: str, text: str, tmp_path: Path) -> None:
    """As ``timeline build`` reads a .txt file: ingestion cuts page junk (a "Related" heading) first."""
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = load([path]).documents
    _check(kind, earliest, latest, anchor_document(doc))


def test_the_review_is_large_enough() -> None:
    assert len(_rows(("stamp", "sound"), "head")) >= 150 and len(_rows(("stamp", "sound"), "story")) >= 40


def test_metadata_beats_every_stamp(tmp_path: Path) -> None:
    """A JSONL record's ``published`` is the DCT, whatever stamp the page prints."""
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "title": "Pier", "published": "2018-11-20", '
                    '"text": "Pier to close\\nBy Jo Li | Nov 18, 2018\\n\\nThe pier will close."}\n', encoding="utf-8")
    (doc,) = load([path]).documents
    dct = anchor_document(doc)
    assert (dct.value, dct.basis) == ("2018-11-20", "metadata")


_TRAPS = ("Photo: Reuters", "Deadline", "Kick-off", "Tickets on sale", "Closing date:", "Valid until", "Expires", "Born:",
          "Died:", "Event:", "Concert", "Next update:", "Correction,", "Accessed", "Archived", "Source: ONS", "Match report",
          "Election night", "Remembrance Sunday", "Sale ends", "Premiere:", "Airs", "In cinemas", "Starts:", "Hearing:",
          "Filed under: Elections", "Image: Getty", "Credit: AP", "Last seen:", "Date of birth:", "Effective date:")
_DATES = ("Nov 18, 2018", "18 November 2018", "2018-11-18", "18/11/2018", "Sun 18 Nov 2018")


@settings(max_examples=80, deadline=None)
@given(trap=st.sampled_from(_TRAPS), sep=st.sampled_from([" | ", " · ", " — ", " ", ": ", ", "]),
       date=st.sampled_from(_DATES), tail=st.sampled_from(["", " | 10:32 AM", " · 8 PM"]))
def test_a_line_of_another_day_is_never_the_page_stamp(trap: str, sep: str, date: str, tail: str) -> None:
    """A caption's, a fixture's, a deadline's, a citation's line: no publication stamp (at most an upper bound)."""
    stamp = find_web_stamp(f"Council votes\n{trap}{sep}{date}{tail}\n\nThe council met on Sunday.")
    assert stamp.line is None or stamp.updated, stamp


@settings(max_examples=40, deadline=None)
@given(trap=st.sampled_from(_TRAPS), date=st.sampled_from(_DATES))
def test_a_trap_line_above_leaves_the_page_stamp_read(trap: str, date: str) -> None:
    text = f"Council votes\n{trap} | {date.replace('18', '12')}\nBy Ana Ruiz | Nov 20, 2018\n\nThe council met."
    dct = anchor_document(Document(id="t", source="t.txt", text=text))
    assert (dct.value, dct.basis) == ("2018-11-20", "dateline"), dct.evidence
