"""The HTML page and its Markdown converter: structure, nesting, and escaping of everything."""

import datetime as dt
import html.parser

from hypothesis import given, strategies as st

from timeline.models import Event, Timeline
from timeline.render import md_to_html, render_html, render_markdown
from timeline.render.mdhtml import inline
from .sample import sample_timeline


class _Tags(html.parser.HTMLParser):
    """Collects start tags and checks that every closed tag was the innermost open one."""

    VOID = {"meta", "br", "img", "circle", "rect", "line", "stop", "path"}

    def __init__(self):
        super().__init__()
        self.stack, self.seen = [], []

    def handle_starttag(self, tag, attrs):
        self.seen.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.seen.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    assert parser.stack == [], f"unclosed: {parser.stack}"
    return parser


def test_page_holds_the_svg_and_the_timeline_text():
    page = render_html(sample_timeline())
    tags = _parse(page)
    assert page.startswith("<!DOCTYPE html>") and "svg" in tags.seen and "script" not in tags.seen
    assert '<h3 id="november-2018">November 2018</h3>' in page
    assert '<li><strong>15 Nov 2018</strong> — Putin met Pence <a href="#source-1">[1]</a></li>' in page
    assert '<li id="source-3"><strong>c</strong> (c.bin) — skipped: binary file</li>' in page
    assert "Talks in *Paris*" in page  # escaped Markdown comes back as literal text


def test_nested_lists_of_conflicts_are_nested_in_html():
    out = md_to_html(render_markdown(sample_timeline()))
    assert "<li>Putin met Pence both before and after the G20 summit\n<ul>\n<li>“They met" in out
    _parse(out)


def test_inline_markup():
    assert inline("**a** *b* _c_ `d` \\*e\\*") == "<strong>a</strong> <em>b</em> <em>c</em> <code>d</code> *e*"
    assert inline("snake_case_name 2*3*4") == "snake_case_name 2*3*4"


@given(st.text(alphabet="<>&\"'*_`[]#\\ab -\n", max_size=60))
def test_no_label_can_inject_markup(label):
    ev = Event(id="e", label=label or "x", earliest=dt.date(2018, 1, 1), latest=dt.date(2018, 1, 1))
    page = render_html(Timeline(title=label or "t", events=[ev]))
    tags = _parse(page)
    allowed = {"html", "head", "meta", "title", "style", "body", "figure", "svg", "defs", "lineargradient",
               "stop", "rect", "text", "line", "g", "circle", "main", "h1", "h2", "h3", "p", "ul", "ol", "li",
               "strong", "em", "a"}
    assert set(tags.seen) <= allowed
