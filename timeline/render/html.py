"""A self-contained HTML page: the SVG picture, then the Markdown timeline as HTML.

No scripts, no external fonts or styles: the file can be mailed or attached as is.
"""

from __future__ import annotations

import html

from timeline.models import Timeline
from timeline.render.markdown import render_markdown
from timeline.render.mdhtml import md_to_html
from timeline.render.svg import render_svg

CSS = """body{font-family:Helvetica,Arial,sans-serif;max-width:1140px;margin:2em auto;padding:0 1em;
color:#222;line-height:1.45}figure{margin:0 0 2em}figure svg{max-width:100%;height:auto}
h1{font-size:1.8em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
li{margin:.25em 0}code{background:#f4f4f4;padding:0 .2em}"""


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
    body = md_to_html(render_markdown(timeline))
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(timeline.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f'<figure aria-label="Timeline chart">\n{svg}</figure>\n<main>\n{body}\n</main>\n</body>\n</html>\n')
