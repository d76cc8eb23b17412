"""A self-contained HTML page: the SVG picture, then the Markdown timeline as HTML.

No scripts, no external fonts or styles: the file can be mailed or attached as is.
"""

from __future__ import annotations

import html
import itertools
import re

from timeline.models import Timeline
from timeline.render.markdown import render_markdown
from timeline.render.mdhtml import md_to_html
from timeline.render.svg import render_svg

CSS = """body{font-family:Helvetica,Arial,sans-serif;max-width:1140px;margin:2em auto;padding:0 1em;
color:#222;line-height:1.45}figure{margin:0 0 2em}figure svg{max-width:100%;height:auto}
h1{font-size:1.8em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
li{margin:.25em 0}code{background:#f4f4f4;padding:0 .2em}"""


_REF = re.compile(r"\[(\d+)\]")
SOURCES = '<h2 id="sources">Sources</h2>'


def link_sources(body: str) -> str:
    """Make the ``[n]`` references of the page links to the n-th item of its Sources list.

    >>> link_sources('<p>met [2]</p><h2 id="sources">Sources</h2><ol><li>a</li><li>b</li></ol>')
    '<p>met <a href="#source-2">[2]</a></p><h2 id="sources">Sources</h2><ol><li id="source-1">a</li><li id="source-2">b</li></ol>'
    """
    head, found, tail = body.partition(SOURCES)
    if not found:
        return body
    numbers = itertools.count(1)
    tail = re.sub(r"<li>", lambda _: f'<li id="source-{next(numbers)}">', tail)
    return _REF.sub(r'<a href="#source-\1">[\1]</a>', head) + found + tail


def render_html(timeline: Timeline) -> str:
    """The timeline as one self-contained HTML page.

    Examples
    --------
    >>> from timeline.models import Timeline
    >>> page = render_html(Timeline(title="<Talks>"))
    >>> "<title>&lt;Talks&gt;</title>" in page and "<svg" in page
    True
    """
    svg = render_svg(timeline)
    body = link_sources(md_to_html(render_markdown(timeline)))
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(timeline.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f'<figure aria-label="Timeline chart">\n{svg}</figure>\n<main>\n{body}\n</main>\n</body>\n</html>\n')
