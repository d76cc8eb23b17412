"""Where the clause around a temporal expression ends: sentence ends and quotation marks.

:mod:`timeline.timex.tense` reads the words either side of an expression only as far as its
sentence, and a quotation mark bounds a clause too: in ``"He will leave Thursday," Castro
said`` the quoted "will" places Thursday, not the attribution's "said".

>>> _clause_sides('"He will leave Thursday," Castro said.', 15, 23, 8)
('He will leave ', ',')
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z']+")
# A full stop ends a sentence, but not after an initial ("George W. Bush", "U.S. Supreme Court"),
# a title ("Mr. Davison") or "vs.": each is followed by a capital word of the same sentence.
_SENTENCE_END = re.compile(r"[.!?;](?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Mt|Ft|Lt|vs)\.)"
                           r"(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Col|Sgt|Maj|Adm|Rev)\.)(?<!\b(?:Capt|Cmdr|Prof)\.)"
                           r"\s+(?=[A-Z\"'(])|\n\s*\n")


_QUOTES = re.compile("''|``|[\"\u201c\u201d]")
# Whether a text holds a character a sentence end (_SENTENCE_END) or a quotation mark (_QUOTES) starts with: a search
# stepping in C, cheaper than the full patterns' tries
_HAS_END = re.compile(r"[.!?;\n]").search
_HAS_QUOTE = re.compile("[\"'`\u201c\u201d]").search


def _clause_sides(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    """The text either side of the expression, cut at sentence ends and quotation marks.

    A quotation mark bounds a clause: in ``"He will leave Thursday," Castro said`` the
    quoted clause's "will" governs Thursday, not the attribution's "said".
    """
    left = text[max(0, start - 12 * window):start]
    right = text[end:end + 12 * window]
    # read one character further: a sentence end needs the capital after it, and the expression opening the
    # next sentence is that capital ("... execute Rhee. In the past year, both armies had ...")
    # a sentence end holds one of ".!?;\n" and a quotation mark one of "'`\"\u201c\u201d": most sides hold none
    probe = left + text[start:start + 1]
    if _HAS_END(probe):
        cut = [m for m in _SENTENCE_END.finditer(probe) if m.end() <= len(left)]
        if cut:
            left = left[cut[-1].end():]
    if _HAS_QUOTE(left):
        quote = list(_QUOTES.finditer(left))
        if quote:
            left = left[quote[-1].end():]
    stop = _SENTENCE_END.search(right) if _HAS_END(right) else None
    if stop:
        right = right[:stop.start()]
    quote_right = _QUOTES.search(right)
    if quote_right:
        right = right[:quote_right.start()]
    return left, right
