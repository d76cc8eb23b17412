"""A small Markdown-to-HTML converter for the Markdown this package writes.

It knows ATX headings, paragraphs, bullet and numbered lists nested by
indentation, ``**bold**``, ``*em*``/``_em_``, `` `code` `` and backslash
escapes. Everything else is text, and every piece of text is HTML-escaped
before markup is added, so no input can inject HTML.

>>> md_to_html("## 2018\\n\\n- **15 Nov 2018** — met \\\\*here\\\\* <b>")
'<h2 id="2018">2018</h2>\\n<ul>\\n<li><strong>15 Nov 2018</strong> — met *here* &lt;b&gt;</li>\\n</ul>'
"""

from __future__ import annotations

import html
import re

_ESCAPED = re.compile(r"\\([\\`*_\[\]<>|#{}()+\-.!~])")
_CODE = re.compile(r"`([^`]+)`")
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![\w*])[*_](?![\s*_])(.+?)(?<![\s*_])[*_](?![\w*])")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")
_SLUG = re.compile(r"[^a-z0-9]+")


def inline(text: str) -> str:
    """Inline Markdown to HTML; backslash-escaped characters stay literal.

    >>> inline("a **b** \\\\*c\\\\* `d<e`")
    'a <strong>b</strong> *c* <code>d&lt;e</code>'
    """
    # Escaped characters and code spans are set aside as placeholders so the
    # emphasis patterns never see them.
    held: list[str] = []

    def hold(fragment: str) -> str:
        held.append(fragment)
        return f"\x00{len(held) - 1}\x00"

    text = _ESCAPED.sub(lambda m: hold(html.escape(m.group(1))), text)
    text = _CODE.sub(lambda m: hold(f"<code>{html.escape(m.group(1))}</code>"), text)
    text = html.escape(text, quote=False)
    text = _STRONG.sub(r"<strong>\1</strong>", text)
    text = _EM.sub(r"<em>\1</em>", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: held[int(m.group(1))], text)


def slug(text: str) -> str:
    """An id for a heading.

    >>> slug("November 2018")
    'november-2018'
    """
    return _SLUG.sub("-", text.lower()).strip("-") or "section"


def _list_block(lines: list[str]) -> str:
    """Nested lists from item lines (and their continuation lines)."""
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (indent, tag) of each open list
    for line in lines:
        m = _ITEM.match(line)
        if m is None:  # a continuation of the previous item
            out[-1] = out[-1].removesuffix("</li>") + " " + inline(line.strip()) + "</li>"
            continue
        indent, tag = len(m.group(1)), "ul" if m.group(2) in "-*+" else "ol"
        while stack and indent < stack[-1][0]:
            out.append(f"</{stack.pop()[1]}>")
        if not stack or indent > stack[-1][0]:
            if stack and out[-1].endswith("</li>"):
                out[-1] = out[-1].removesuffix("</li>")  # nest inside the previous item
                stack.append((indent, tag + "/li"))
            else:
                stack.append((indent, tag))
            out.append(f"<{tag}>")
        out.append(f"<li>{inline(m.group(3))}</li>")
    while stack:
        out.append(f"</{stack.pop()[1]}>")
    return "\n".join(x.replace("</ul/li>", "</ul></li>").replace("</ol/li>", "</ol></li>") for x in out)


def _blocks(markdown: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in markdown.splitlines():
        if not line.strip():
            blocks.append([])
        elif _HEADING.match(line):
            blocks += [[line], []]
        else:
            blocks[-1].append(line)
    return [b for b in blocks if b]


def md_to_html(markdown: str) -> str:
    """Convert Markdown (the subset above) to an HTML fragment.

    Examples
    --------
    >>> md_to_html("# T & U\\n\\nSome *text*.")
    '<h1 id="t-u">T &amp; U</h1>\\n<p>Some <em>text</em>.</p>'
    """
    out = []
    for block in _blocks(markdown):
        heading = _HEADING.match(block[0])
        if heading:
            level, title = len(heading.group(1)), heading.group(2)
            out.append(f'<h{level} id="{slug(title)}">{inline(title)}</h{level}>')
        elif _ITEM.match(block[0]):
            out.append(_list_block(block))
        else:
            out.append(f"<p>{inline(' '.join(line.strip() for line in block))}</p>")
    return "\n".join(out)
