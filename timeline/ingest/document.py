"""Turning one text and its metadata into a Document and its report.

>>> doc, report = make_document("a", "a.txt", "Talks end\\n\\nThe talks ended on Friday.\\n", {})
>>> doc.title, report.status
('Talks end', 'ok')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from timeline.ingest.dates import parse_published
from timeline.ingest.junk import find_junk
from timeline.ingest.markup import html_to_text, looks_like_html
from timeline.ingest.settings import IngestSettings
from timeline.models import Document, DocumentReport

DATE_KEYS = ("published", "date", "dct")
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,|\s*\()")
_SENTENCE_END = re.compile(r"[.;:,][\"'”’)\]]*$")


class Outcome(NamedTuple):
    """What became of one input: a document (or None when skipped) and its report."""

    document: Document | None
    report: DocumentReport


def skipped(id_: str, source: str, *problems: str) -> Outcome:
    """An input that gave no document, with its reasons.

    >>> skipped("x", "x.png", "x.png: binary").report.status
    'skipped'
    """
    return Outcome(None, DocumentReport(id=id_, source=source, status="skipped", problems=list(problems)))


def guess_title(story: str, max_chars: int = 200) -> str | None:
    """The first non-empty line of the story when it reads as a headline.

    A headline is short, starts with a capital, does not end like a sentence
    (period, comma, colon) and is not a dateline; it must be followed by more text.

    >>> guess_title("Putin Says Trump Not to Blame\\n\\nMoscow is not blaming...")
    'Putin Says Trump Not to Blame'
    >>> guess_title("MOSCOW, November 18. /TASS/. No signs.\\nMore.") is None
    True
    >>> guess_title("# Talks end\\n\\nThe talks ended.")
    'Talks end'
    """
    pos = 0
    for raw in story[: max_chars * 4 + 2000].splitlines(keepends=True):
        pos += len(raw)
        line = " ".join(raw.lstrip("# \t").split())  # a Markdown heading is a headline too
        if line:
            return line if _is_headline(line, max_chars) and story[pos:].strip() else None
    return None


def _is_headline(line: str, max_chars: int) -> bool:
    return (len(line) <= max_chars and len(line.split()) <= 30 and (line[:1].isupper() or line[:1] in "\"'“‘")
            and not _SENTENCE_END.search(line) and not _DATELINE_HEAD.match(line))


def _published(meta: dict, source: str) -> tuple[object, str | None, list[str]]:
    for key in DATE_KEYS:
        raw = meta.get(key)
        if raw is None or raw == "":
            continue
        day, problem = parse_published(raw)
        problems = [f"{source}: {key}: {problem}; the date is ignored"] if problem else []
        return day, str(raw)[:100], problems
    return None, None, []


def _clean_str(value: object) -> str | None:
    return " ".join(value.split())[:500] or None if isinstance(value, str) else None


def make_document(id_: str, source: str, text: str, meta: dict, problems: tuple[str, ...] = (),
                  settings: IngestSettings | None = None, *, html: bool = False) -> Outcome:
    """Build the Document of one article text, or skip it with its reasons.

    Parameters
    ----------
    id_, source : str
        The document id and where it came from (named in every problem).
    text : str
        The article text (decoded; front matter already removed).
    meta : dict
        ``title``, ``url``, ``published`` / ``date`` / ``dct`` when known.
    problems : tuple of str
        Warnings so far (encoding fallbacks ...).
    settings : IngestSettings, optional
    html : bool
        The text is an HTML page (or looks like one): strip its tags, or skip it.

    Returns
    -------
    Outcome
    """
    settings = settings or IngestSettings()
    notes = list(problems)
    if html or looks_like_html(text):
        if settings.html == "skip":
            return skipped(id_, source, *notes, f"{source}: HTML page skipped (settings.html='skip')")
        text, page_meta = html_to_text(text)
        meta = {**page_meta, **{k: v for k, v in meta.items() if v}}
        notes.append(f"{source}: HTML page; tags stripped, offsets index the extracted text")
    if not text.strip():
        return skipped(id_, source, *notes, f"{source}: empty (no text, or only whitespace)")
    if len(text) > settings.max_document_chars:
        notes.append(f"{source}: too large ({len(text):,} characters); "
                     f"truncated to the first {settings.max_document_chars:,}")
        text = text[: settings.max_document_chars]
    junk = find_junk(text)
    story = Document(id=id_, source=source, text=text, junk=junk).story
    if not story.strip():
        return skipped(id_, source, *notes, f"{source}: only page junk (comments, credits), no story")
    published, raw, date_problems = _published(meta, source)
    notes += date_problems
    title = _clean_str(meta.get("title")) or guess_title(story, settings.max_title_chars)
    doc = Document(id=id_, source=source, title=title, text=text, url=_clean_str(meta.get("url")),
                   published=published, published_raw=raw, junk=junk, problems=tuple(notes))
    report = DocumentReport(id=id_, source=source, title=title, problems=notes)
    return Outcome(doc, report)
