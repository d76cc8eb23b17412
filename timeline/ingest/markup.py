"""Markdown front matter and HTML pages.

Front matter is the block between a first line ``---`` and the next ``---`` (or
``...``) line; its ``key: value`` lines are metadata. The article text starts
after it, so the offsets of a Markdown document index the body.

>>> meta, body = front_matter("---\\ntitle: Talks\\npublished: 2018-11-18\\n---\\nText.\\n")
>>> meta["published"], body
('2018-11-18', 'Text.\\n')
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_FENCE = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$\n?", re.MULTILINE)
_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_FRONT_MATTER_LIMIT = 20_000


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split Markdown front matter from the body; keys are lower-cased.

    Only flat ``key: value`` lines are read (enough for dates, titles and URLs);
    a text without a closed front matter block is returned whole.

    >>> front_matter("No front matter.")
    ({}, 'No front matter.')
    """
    opening = _FENCE.match(text)
    if not opening:
        return {}, text
    closing = _CLOSE.search(text, opening.end(), opening.end() + _FRONT_MATTER_LIMIT)
    if not closing:
        return {}, text
    meta: dict[str, str] = {}
    for line in text[opening.end():closing.start()].splitlines():
        match = _KEY.match(line)
        if match and match.group(2):
            meta.setdefault(match.group(1).lower(), match.group(2).strip("'\""))
    return meta, text[closing.end():]


_BLOCK = frozenset("""p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer
blockquote pre figure figcaption title hr dd dt""".split())
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "dc.date", "publish-date")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.meta: dict[str, str] = {}
        self._in_title = False
        self.title_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        if tag == "title":
            self._in_title = True
        if tag == "meta":
            found = {k: v or "" for k, v in attrs}
            key = (found.get("property") or found.get("name") or found.get("itemprop") or "").lower()
            if key and "content" in found:
                self.meta.setdefault(key, found["content"])
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        if tag == "title":
            self._in_title = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self.hidden:
            self.parts.append(data)


def html_to_text(page: str) -> tuple[str, dict[str, str]]:
    """The visible text of an HTML page (paragraphs on their own lines) and its metadata.

    The metadata holds ``title`` and ``published`` when the page declares them.

    >>> html_to_text("<html><head><title>T</title></head><body><p>A &amp; B</p><script>x()</script></body></html>")
    ('A & B', {'title': 'T'})
    """
    parser = _TextParser()
    parser.feed(page)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    meta: dict[str, str] = {}
    title = html.unescape(" ".join("".join(parser.title_parts).split()))
    if title:
        meta["title"] = title
    for key in _DATE_META:
        if parser.meta.get(key):
            meta["published"] = parser.meta[key]
            break
    return text, meta


def looks_like_html(text: str) -> bool:
    """True when a text starts like an HTML page.

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("Plain")
    (True, False)
    """
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text[:5000])
