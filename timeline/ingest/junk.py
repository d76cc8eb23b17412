"""Page junk: the parts of a saved web page that are not the story.

Later stages read :attr:`Document.story`, where these spans are blanked, so no
date in a comment ("3 years ago"), a teaser or a photo caption reaches the
timeline. Rules work on lines, because page chrome comes as lines:

- ``thread``: a comment-thread marker ("Notify of", "Newest Most Voted", "Add
  comment", "12 Comments", "What do you think?") cuts everything from its line to
  the end, once a story paragraph came before it (a "3 Comments" line under a
  headline cuts only itself);
- ``credits``: a reporting credit "(Reporting by ...; Editing by ...)" ends the
  story; it and everything after it are cut;
- ``line``: newsletter and rating boxes, site chrome ("All news", "Share"),
  comment timestamps ("3 years ago"), reaction counts, photo credits
  ("© Name/TASS", "REUTERS/Name"), ``FILE PHOTO:`` lines, and short captions
  closing with a credit; a short line right above a credit line is its caption;
- ``caption``: a caption written as a full sentence and closed by a credit
  ("Putin and Trump at the G20 summit in Buenos Aires, November 30, 2018.
  REUTERS/Name"): only the credit is cut;
- ``breadcrumb``: a trailing " / News / Site name" on a headline line;
- ``teaser``: headline-like lines (4 to 25 words, no sentence punctuation, no
  "Label: value" colon) after the last story paragraph are headlines of other articles.

A sentence caption of the story's own photo is kept: it states a fact with its
date (a photo of the G20 summit on 30 November 2018), and that fact belongs on
the timeline. ``FILE PHOTO:`` captions and captions after the story ends
(teasers of other articles) are cut whole.

>>> text = "Talks ended on Friday after three days of meetings in the capital.\\nNotify of\\n3 years ago\\n"
>>> [text[s.start:s.end] for s in find_junk(text)]
['Notify of\\n3 years ago\\n']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from timeline.models import Span

MAX_JUNK_LINE = 2000  # longer lines are never page chrome; also bounds regex work

_AGENCY = (r"(?:REUTERS|Reuters|AP(?: Photo)?|AFP|EPA(?:-EFE)?|TASS|ITAR-TASS|Getty Images|Sputnik|"
           r"RIA Novosti|Xinhua|Bloomberg|Shutterstock|ANADOLU|Anadolu Agency|IANS|PTI|UPI|Pool|"
           r"Kremlin Press Office|SIPA|Alamy)")
_NAME = r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,4}"
_CREDIT_TAIL = re.compile(
    rf"(?:\b{_AGENCY}/{_NAME}(?:/(?:File Photo|File|Pool))?|\b{_NAME}/{_AGENCY}(?:/(?:File Photo|File|Pool))?"
    r"|\((?:Photo|Image)s? (?:by|credit:?)[^)]{1,80}\)|\bGetty Images)\s*$")
_CREDIT_LINE = re.compile(
    rf"^(?:©|\(c\)|Copyright\b|Photo(?:graph)?s?(?: credit)?\s*[:©]|Image(?: credit| copyright| source)?\s*[:©]"
    rf"|Credit\s*:|{_AGENCY}/{_NAME})", re.IGNORECASE)
_FILE_PHOTO = re.compile(r"^(?:FILE PHOTO|FILE|PHOTO|IMAGE)\s*:", re.IGNORECASE)

_THREAD = re.compile(
    r"^(?:notify of|inline feedbacks?|view all comments|add (?:a )?comment|leave a (?:comment|reply)"
    r"|post a comment|join the (?:discussion|conversation)|show comments|load comments"
    r"|\d+\s+comments?|comments?\s*\(\d+\)|what do you think\s*\?|upvote\s+downvote"
    r"|would love your thoughts,? please comment\.?\w*"
    r"|(?:sort by\s*)?(?:(?:newest|oldest|most voted|most liked|most popular|top|best)\s*){2,})$",
    re.IGNORECASE)
_REPORTING = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b.{0,400}$",
    re.IGNORECASE)
_JUNK_LINE = re.compile(
    r"^(?:all news|latest news|home|news|menu|share|share this(?: article| story)?|tweet|print|e-?mail"
    r"|advertisement|read more|read also|related|related (?:articles|news|stories)|most read|more news"
    r"|skip to (?:main )?content|follow us(?: on .{1,40})?|rate it|rate this(?: article| story| post)?"
    r"|rating\s*:.{0,40}|\d(?:[.,]\d)?\s*/\s*(?:5|10)(?:\s*stars?)?|\(?\d+\s+votes?\)?"
    r"|\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|\d+\s+(?:pledges?|likes?|shares?"
    r"|reactions?|replies|reply|views?)|reply|report|like|dislike|comments?"
    r"|(?:subscribe|sign up|signup|register)\b.{0,160}\b(?:newsletter|inbox|e-?mail|updates|latest news|alerts)\b.{0,160}"
    r"|subscribe(?: now| to our newsletter| here)?|enter your e-?mail.{0,80})\W*$",
    re.IGNORECASE)
_BREADCRUMB = re.compile(r"(?:\s+[/|»]\s+[A-Z][\w .'’&-]{0,40}){2,}\s*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


class JunkSpan(NamedTuple):
    """A junk span with the rule that found it."""

    start: int
    end: int
    rule: str


class _Line(NamedTuple):
    start: int
    end: int  # after the newline
    text: str  # stripped; empty for a line too long to be page chrome
    lead: int  # characters of leading whitespace before ``text``
    long: bool  # longer than MAX_JUNK_LINE: prose, never junk
    rule: str | None  # the whole-line rule it matches, found once


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        long = len(raw) > MAX_JUNK_LINE
        text = "" if long else raw.strip()
        lines.append(_Line(pos, pos + len(raw), text, len(raw) - len(raw.lstrip()), long, line_rule(text)))
        pos += len(raw)
    return lines


def is_story_paragraph(line: str) -> bool:
    """A line that reads as prose: at least 12 words ending in sentence punctuation.

    >>> is_story_paragraph("Putin held a brief meeting on November 15 with Pence at the summit in Singapore.")
    True
    """
    return len(line.split()) >= 12 and bool(_SENTENCE_END.search(line))


def is_credit(line: str) -> bool:
    """A photo credit, alone or closing a caption.

    >>> is_credit("© Mikhail Mettsel/TASS"), is_credit("REUTERS/Marcos Brindicci"), is_credit("US/China talks")
    (True, True, False)
    """
    if not line or len(line) > MAX_JUNK_LINE:
        return False
    return bool(_CREDIT_LINE.match(line) and len(line.split()) <= 15) or bool(_CREDIT_TAIL.search(line))


def line_rule(line: str) -> str | None:
    """The junk rule a whole (stripped) line matches, or None.

    >>> line_rule("Subscribe to our newsletter"), line_rule("Newest Most Voted"), line_rule("He said.")
    ('line', 'thread', None)
    """
    if not line or len(line) > MAX_JUNK_LINE:
        return None
    if _THREAD.match(line):
        return "thread"
    if _REPORTING.match(line) and _is_credit_line(line):
        return "credits"
    if _JUNK_LINE.match(line) or _FILE_PHOTO.match(line):
        return "line"
    if sentence_caption_credit(line) is not None:
        return "caption"
    if is_credit(line):
        return "line"
    return None


def sentence_caption_credit(line: str) -> int | None:
    """Where the credit starts in a caption that is a full sentence closed by a credit, else None.

    >>> line = "Putin and Trump meet at the G20 summit in Buenos Aires, November 30, 2018. REUTERS/Marcos Brindicci"
    >>> line[sentence_caption_credit(line):]
    'REUTERS/Marcos Brindicci'
    >>> sentence_caption_credit("Kremlin spokesman Dmitry Peskov Mikhail Mettsel/TASS") is None
    True
    """
    if not line or len(line) > MAX_JUNK_LINE or _FILE_PHOTO.match(line):
        return None
    tail = _CREDIT_TAIL.search(line)
    if tail is None or tail.start() == 0:
        return None
    caption = line[: tail.start()].rstrip()
    if len(caption.split()) < 8 or not _SENTENCE_END.search(caption):
        return None
    return tail.start()


def _is_credit_line(line: str) -> bool:
    """A reporting credit is in parentheses, or short without a sentence end ("Additional reporting by X")."""
    words = len(line.split())
    return (line.startswith("(") and words <= 60) or (words <= 12 and not _SENTENCE_END.search(line))


def _is_headline(line: str) -> bool:
    """A teaser headline: 4 to 25 words, capitalised, no sentence end, not a "Label: value" line."""
    words = line.split()
    return (4 <= len(words) <= 25 and line[:1].isupper() and not _SENTENCE_END.search(line)
            and ":" not in line)


def _cut(lines: list[_Line], text_len: int) -> tuple[int, str] | None:
    """Where the story ends: the first thread marker or reporting credit after a story paragraph."""
    seen_story = False
    for line in lines:
        if line.rule in ("thread", "credits") and seen_story:
            return line.start, line.rule
        seen_story = seen_story or line.long or is_story_paragraph(line.text)
    return None


def _line_spans(lines: list[_Line], end: int) -> list[JunkSpan]:
    spans = []
    for i, line in enumerate(lines):
        if line.start >= end or not line.text:
            continue
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if line.rule == "caption":
            offset = line.start + line.lead
            spans.append(JunkSpan(offset + sentence_caption_credit(line.text), line.end, "caption"))
        elif line.rule:
            spans.append(JunkSpan(line.start, line.end, line.rule))
        elif _is_caption_above(line.text, nxt):
            spans.append(JunkSpan(line.start, line.end, "caption"))
        else:
            crumb = _BREADCRUMB.search(line.text) if len(line.text.split()) <= 40 else None
            if crumb and crumb.start() > 0:
                offset = line.start + line.lead
                spans.append(JunkSpan(offset + crumb.start(), offset + crumb.end(), "breadcrumb"))
    return spans


def _is_caption_above(line: str, below: str) -> bool:
    """A short line right above a bare credit line ("© Name/TASS") is that photo's caption."""
    return (bool(line) and len(line.split()) <= 15 and not _SENTENCE_END.search(line)
            and bool(_CREDIT_LINE.match(below)) and len(below.split()) <= 15)


def _teasers(lines: list[_Line], end: int) -> list[JunkSpan]:
    """Headline-like lines after the last story paragraph that ends before ``end``."""
    body = [line for line in lines if line.end <= end]
    last = max((i for i, line in enumerate(body) if line.long or is_story_paragraph(line.text)), default=None)
    if last is None:
        return []
    return [JunkSpan(line.start, line.end, "teaser") for line in body[last + 1:]
            if line.text and (_is_headline(line.text) or line.rule)]


def explain_junk(text: str) -> list[JunkSpan]:
    """Every junk span of ``text`` with its rule, sorted, before merging.

    >>> explain_junk("All news\\nMOSCOW, November 18. /TASS/. Peskov said on Sunday that talks went well.\\n")
    [JunkSpan(start=0, end=9, rule='line')]
    """
    lines = _lines(text)
    cut = _cut(lines, len(text))
    end = cut[0] if cut else len(text)
    spans = _line_spans(lines, end)
    spans += _teasers(lines, end)
    if cut:
        spans.append(JunkSpan(cut[0], len(text), cut[1]))
    return sorted(set(spans))


def find_junk(text: str) -> tuple[Span, ...]:
    """The junk spans of ``text``: half-open, sorted, merged, offsets into ``text``.

    Parameters
    ----------
    text : str
        The original text of an article page.

    Returns
    -------
    tuple of Span

    Examples
    --------
    >>> find_junk("Rate it\\nThe talks ended on Friday after a long night of meetings in Brussels.\\n")
    (Span(start=0, end=8),)
    """
    merged: list[list[int]] = []
    for span in explain_junk(text):
        if merged and span.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    return tuple(Span(start=s, end=e) for s, e in merged)
