"""Anchor: each document's creation time (DCT), with its basis and evidence.

Order: the publication date in the metadata; else a dateline at the head of the
story; else clues in the story's own text (see :mod:`timeline.anchor.clues`).
Never the clock. A dateline without a year keeps month and day (``XXXX-11-18``)
until :func:`refine_year` fixes the year from events shared with dated articles.
A correspondent's dateline ("WASHINGTON, March 12 (Xinhua) --") gives its own day too:
the DCT is the reference point of the story's "yesterday", "on Tuesday" and "next week",
and a writer in Washington counts them from the Washington date. The agency stamps the
story at its seat (Beijing), which may be a day either side; that is a fact about the
wire's metadata, reported in the evidence, not the DCT (see :mod:`timeline.anchor.seats`).
See docs/ingest.md, "The DCT (anchor stage)".

>>> from timeline.models import Document
>>> anchor_document(Document(id="a", source="a", text="MOSCOW, November 18. /TASS/. Talks.")).value
'XXXX-11-18'
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.anchor.clues import Clue, caption_clues, text_clues, yearless_intervals
from timeline.anchor.datelines import Dateline, find_dateline
from timeline.anchor.day_headers import day_headers, header_clues, listed, not_live
from timeline.anchor.dayset import MONTH_NAMES
from timeline.anchor.genres import republished_at
from timeline.anchor.infer import combine
from timeline.anchor.refine import refine_year
from timeline.anchor.seats import stamp_note
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.stamps import RELEASE_HEAD, stamp_clues
from timeline.anchor.web_stamps import find_web_stamp, with_web_stamp
from timeline.ingest.junk import explain_junk, is_credit
from timeline.models import Document, DocumentTime
from timeline.timex.tokens import readable

__all__ = ["AnchorSettings", "anchor_document", "find_dateline", "read_dateline", "refine_year"]


def anchor_settings(settings: object) -> AnchorSettings:
    """AnchorSettings from None, AnchorSettings, or the pipeline's Settings (its ``anchor`` field)."""
    if isinstance(settings, AnchorSettings):
        return settings
    nested = getattr(settings, "anchor", None)
    return nested if isinstance(nested, AnchorSettings) else AnchorSettings()


def _metadata(doc: Document) -> DocumentTime:
    day = doc.published
    raw = doc.published_raw or day.isoformat()
    return DocumentTime(value=day.isoformat(), earliest=day, latest=day, basis="metadata",
                        evidence=[f"publication date “{raw}” in the metadata of {doc.source}"])


def _captions(doc: Document, limit: int) -> list[str]:
    """Photo captions above the story's end (not teasers or comments), with their credits.

    A sentence caption keeps its text in the story and loses only its credit, so
    the whole line is read back from the span's line start.
    """
    out = []
    for span in explain_junk(doc.text[:limit]):
        if span.rule in ("line", "caption"):
            start = doc.text.rfind("\n", 0, span.start) + 1 if span.rule == "caption" else span.start
            line = doc.text[start:span.end].strip()
            if is_credit(line):
                out.append(line)
    return out


def _with_note(line: Dateline) -> str:
    """``"; "`` and the seat's note for a correspondent's dateline away from its agency's seat, else ""."""
    note = stamp_note(line.place, line.agency)
    return f"; {note}" if note else ""


def _dateline_clue(line: Dateline, settings: AnchorSettings) -> Clue:
    """A yearless dateline's clue: its month-day in every plausible year (window MM-DD..MM-DD).

    A weekday written in it keeps only the years in which the month-day falls on that weekday.

    Its day and month are kept (``XXXX-11-18``) until something fixes the year, also for
    a correspondent's dateline away from the agency's seat (the seat is only a note).
    """
    month = MONTH_NAMES[(line.month or 1) - 1]
    said = f"dateline “{line.text}” gives {line.day} {month}; it writes no year"
    named = _STAMP_WEEKDAY.search(line.text)
    weekday = _WEEKDAYS.index(named[1]) if named else None
    if named:  # "Posted on Tuesday, March 5th": only the years in which 5 March is a Tuesday
        said += f"; {line.day} {month} is a {named[1]}day"
    return Clue("dateline", said + _with_note(line),
                yearless_intervals(line.month, line.day, 0, 0, settings, weekday), False, False, 5)


_WEEKDAYS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_STAMP_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _dated_dateline(line: Dateline, day: dt.date) -> DocumentTime:
    """The DCT of a dateline with a year: its day, wherever the agency stamps the story.

    Widening it to the agency's day either side would blur every relative date of the
    story ("yesterday", "next week") for no gain in truth about the text.
    """
    return DocumentTime(value=day.isoformat(), earliest=day, latest=day, basis="dateline",
                        evidence=[f"dateline “{line.text}” at the head of the story" + _with_note(line)])


# An update, or a product's release date outside a press release ("Release date: 12 March 2020" above a
# film's preview), names a day on or after the story's: the story was written on or before it (review H5).
_UPDATE = re.compile(r"(?:Last\s+)?Updated\b", re.IGNORECASE)
_RELEASE_DATE = re.compile(r"Release\s+date\b", re.IGNORECASE)


def _later_stamp(line: Dateline, story: str) -> bool:
    """Whether the stamp ``line`` names a day on or after the story's: an update, or a release date outside a release.

    >>> _later_stamp(find_dateline("Updated March 7, 2019\\nText."), "")
    True
    >>> story = "FOR IMMEDIATE RELEASE\\nRelease date: 12 March 2019\\nText."
    >>> _later_stamp(find_dateline(story), story), _later_stamp(find_dateline(story), "The film opens.")
    (False, True)
    """
    if _UPDATE.match(line.text):
        return True
    return bool(_RELEASE_DATE.match(line.text)) and not RELEASE_HEAD.search(story[:3000])


def _dated_headers(headers: list[Dateline], conf: AnchorSettings) -> DocumentTime:
    """The DCT of a story under several dated day headers: from the first day to the last.

    >>> story = "Live\\n\\nMarch 11, 2019\\n\\n18:00 Landfall.\\n\\nMarch 12, 2019\\n\\n07:00 Dawn."
    >>> dct = _dated_headers(day_headers(story, find_dateline(story)), AnchorSettings())
    >>> dct.earliest, dct.latest, dct.value
    (datetime.date(2019, 3, 11), datetime.date(2019, 3, 12), '2019-03')
    """
    days = sorted({h.date for h in headers if h.date})
    said = (f"day headers “{headers[0].text}” ... ({len(headers)} of them, {days[0].isoformat()} to "
            f"{days[-1].isoformat()}): the story was written over those days")
    result = combine([Clue("dateline", said, [(days[0], days[-1])], True, True, 5)], conf)
    return DocumentTime(value=result.value, earliest=result.earliest, latest=result.latest, basis="dateline",
                        evidence=result.evidence, candidate_years=result.years, month_day_window=result.window)


def _two_readings(line: Dateline, day: dt.date, conf: AnchorSettings) -> DocumentTime:
    """The DCT of a numeric dateline that reads two ways ("03/04/2019"): one of its two days.

    >>> line = find_dateline("Published 03/04/2019\\nText.")
    >>> dct = _two_readings(line, line.date, AnchorSettings())
    >>> dct.earliest, dct.latest, dct.value
    (datetime.date(2019, 3, 4), datetime.date(2019, 4, 3), '2019')
    """
    other = line.other or day
    why = "(month first or day first)" if re.search(r"\d[/.]\d", line.text) else "(its weekday names the other)"
    said = f"dateline “{line.text}” reads as {day.isoformat()} or {other.isoformat()} {why}" + _with_note(line)
    result = combine([Clue("dateline", said, sorted({(day, day), (other, other)}), True, True, 5)], conf)
    return DocumentTime(value=result.value, earliest=result.earliest, latest=result.latest, basis="dateline",
                        evidence=result.evidence, candidate_years=result.years, month_day_window=result.window)


def _as_printed(text: str) -> str:
    """``text`` with a tokenizer's spacing undone and Unicode spaces, hyphens and zero-width characters made plain.

    "May 7 , 2005" is read as the dateline "May 7, 2005", and "MOSCOW,\u00a0November 18" as "MOSCOW, November 18".
    Line breaks stay: a dateline starts its line, and a headline joined to it would hide it.

    >>> _as_printed("MOSCOW,\u00a0November\u200b 18. Talks.")
    'MOSCOW, November 18. Talks.'
    """
    view = readable(text, wraps=False)
    return text if view is None else view.text


def _without(story: str, line: Dateline | None) -> str:
    """``story`` with the dateline blanked (offsets kept): its date is not a date the story tells.

    Read as a sentence, "OTTAWA, May 1 (Kyodo) -- Talks began." would put 1 May in the
    past of "began" and cut the day before it from the dateline's window.

    >>> _without("OTTAWA, May 1 (Kyodo) -- Talks began.", find_dateline("OTTAWA, May 1 (Kyodo) -- Talks began."))
    '                         Talks began.'
    """
    if line is None:
        return story
    return story[:line.start] + " " * (line.end - line.start) + story[line.end:]


def _head(doc: Document, conf: AnchorSettings) -> tuple[str, Dateline | None]:
    """The story as printed and the dateline at its head."""
    story = _as_printed(doc.story)
    return story, find_dateline(story, max_chars=conf.head_chars, max_lines=conf.head_lines)


def read_dateline(doc: Document, *, settings: object = None) -> Dateline | None:
    """The dateline :func:`anchor_document` reads at the head of ``doc``'s story, or None.

    Its ``place`` and ``agency`` say whether it is a correspondent's, away from its agency's
    seat (:func:`timeline.anchor.seats.stamp_spread`).

    >>> line = read_dateline(Document(id="a", source="a", text="CAIRO, May 2 (Xinhua) -- Talks."))
    >>> line.place, line.agency, (line.month, line.day)
    ('CAIRO', '(Xinhua)', (5, 2))
    """
    return _head(doc, anchor_settings(settings))[1]


def anchor_document(doc: Document, *, settings: object = None) -> DocumentTime:
    """The creation time of ``doc``: an interval (or candidates) with its basis and evidence.

    Parameters
    ----------
    doc : Document
    settings : AnchorSettings or Settings, optional

    Returns
    -------
    DocumentTime
        ``basis`` is "metadata", "dateline", "inferred" or "unknown"; ``earliest`` /
        ``latest`` are None on a side no evidence bounds; ``evidence`` quotes the text.
        An open DCT also gives its ``candidate_years`` and the ``month_day_window`` they
        share, as fields (the evidence says the same in words).

    Examples
    --------
    >>> doc = Document(id="a", source="a", text="WASHINGTON, Nov. 18, 2018 -- The leaders met.")
    >>> dct = anchor_document(doc)
    >>> dct.value, dct.basis
    ('2018-11-18', 'dateline')

    A yearless dateline narrowed by a weekday tie ("Tuesday, November 6") leaves the years
    in which 6 November is a Tuesday:

    >>> text = "MOSCOW, November 8. /TASS/. The vote held on Tuesday, November 6, was calm."
    >>> dct = anchor_document(Document(id="b", source="b", text=text),
    ...                       settings=AnchorSettings(min_year=2010, max_year=2020))
    >>> dct.value, dct.candidate_years, dct.month_day_window
    ('XXXX-11-08', [2012, 2018], ('11-08', '11-08'))
    """
    if doc.published is not None:
        return _metadata(doc)
    conf = anchor_settings(settings)
    story, line = _head(doc, conf)
    stamp = find_web_stamp(story, text=_as_printed(doc.text), max_chars=conf.head_chars, max_lines=conf.head_lines)
    line, updated, notes = with_web_stamp(line, stamp)  # a page's byline or stamp line
    note = republished_at(story)
    if line is not None and note is not None and line.start >= note:  # the first publication's dateline
        notes.append(f"dateline “{line.text}” stands below a note that the story is republished: not read")
        line = None
    later = line is not None and line.month is not None and (_later_stamp(line, story) if updated is None else updated)
    headers = day_headers(story, line)
    if line is not None and listed(story, headers):  # "Upcoming events" above its entries' days
        notes.append(f"“{line.text}” heads one of {len(headers)} entries of a list of events: not the story's day")
        line, headers = None, []
    elif line is not None and not_live(story, headers):  # a preview's, a recap's or a diary's sections
        notes.append(f"“{line.text}” heads one of {len(headers)} day sections of a story that is no live blog (a "
                     f"preview, a recap or a diary is written before or after its days): not the story's day")
        line, headers = None, []
    if line is not None and line.date is not None and not later:
        if len({h.date for h in headers}) > 1:  # a live blog's day headers: written from the first to the last
            return _dated_headers(headers, conf)
        dct = _two_readings(line, line.date, conf) if line.other else _dated_dateline(line, line.date)
        return dct.model_copy(update={"evidence": dct.evidence + notes})
    if later:
        notes.append(f"“{line.text}” names a day on or after the story's, not the story's own")
    elif line is not None and not line.valid:
        notes.append(f"dateline “{line.text}” names a date that does not exist; ignored")
    elif line is not None and line.month is None:
        notes.append(f"dateline “{line.text}” names no date")
    clues = text_clues(_without(story, line), conf) + caption_clues(_captions(doc, conf.scan_chars), conf)
    clues += stamp_clues(doc.text, conf)
    if note is not None:  # the old text's clues are of its first time: lower bounds stand
        notes.append("the story says it is republished: only what puts it after a time is read")
        clues = [c for c in clues if c.lower and not c.upper]
    if later and line.date is not None:
        last = max(line.date, line.other or line.date)
        clues.append(Clue("dateline", f"“{line.text}”: the story was written on or before {last.isoformat()}",
                          [(dt.date(conf.min_year, 1, 1), last)], False, True, 5))
    elif line is not None and line.month is not None and not later:
        several = len({(h.month, h.day) for h in headers}) > 1
        clues += header_clues(story, headers, conf) if several else [_dateline_clue(line, conf)]
    result = combine(clues, conf)
    if result.used == 0:
        return DocumentTime(basis="unknown", evidence=notes + [
            "no publication date in the metadata, no dated dateline, and no date clue in the text"])
    basis = "dateline" if line is not None and line.month is not None and (line.date or not later) else "inferred"
    return DocumentTime(value=result.value, earliest=result.earliest, latest=result.latest, basis=basis,
                        evidence=notes + result.evidence, candidate_years=result.years,
                        month_day_window=result.window)


