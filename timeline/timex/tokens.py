"""Tokenized text (CoNLL, CAT, Penn Treebank style) read as the sentence it was made from.

A tokenizer joins its tokens with single spaces, so "April 28, 2003." arrives as
"April 28 , 2003 ." and "Apple's" as "Apple 's". The recogniser's rules are written for
text as people print it, and read the first as two dates. :func:`compact` undoes the spacing
where only a tokenizer puts it -- the space before closing punctuation and clitics, and after
an opening parenthesis -- and keeps the offsets: the view deletes single spaces and nothing
else, so every view offset has one place in the text given, in the same order
(:meth:`CompactView.span`). A text with nothing to undo gives ``None`` and is read as it is.

What stays as it is, because a printed text has it too or it cannot be undone without
guessing: straight quotes spaced on both sides (opening or closing?), " - " (a range dash or a
split hyphen?), "can not", PTB's ``-LRB-`` and quote substitutes, and any run of two spaces. A
text is looked at only if some space stands before a closing mark or a clitic: an opening "( "
in a text with no such space anywhere is left as it is.

>>> view = compact("Apple 's store opened on April 28 , 2003 .")
>>> view.text
"Apple's store opened on April 28, 2003."
>>> start, end = view.span(view.text.index("April"), view.text.index("2003") + 4)
>>> "Apple 's store opened on April 28 , 2003 ."[start:end]
'April 28 , 2003'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# What may follow a closing mark a tokenizer split off: a space, the end, or more closing marks
_END = r"(?=[\s\"'\u2019\u201d)\]]|$)"
# The single space to drop before a closing mark or a clitic. The gate after the space turns most spaces
# away at once; each branch then checks the character before the space (never a space, so a run of spaces
# is left alone) and what follows, and matches the space only.
_CLOSE = re.compile(
    r" (?=[.,;:?!)\]'\u2019nN%])(?:"
    rf"(?<=[^\s.] )(?=\.(?! \.){_END})"  # "2003 ." but not an ellipsis ". . ." or PTB's "U.S. ."
    rf"|(?<=\S )(?=[,;:?!]{_END})"  # "28 , 2003", "said :" but not "10 :30"
    r"|(?<=\S )(?=[)\]])"  # "( a Monday )"
    r"|(?<=\S )(?=(?i:['\u2019](?:s|re|ve|ll|d|m))(?![\w'\u2019]))"  # "Apple 's", "they 're", "he 'll"
    r"|(?<=[A-Za-z] )(?=(?i:n['\u2019]t)(?![\w'\u2019]))"  # "did n't", "ca n't"
    r"|(?<=\d )(?=%)"  # "5 %"
    r")"
)
# The space after an opening bracket, "( a Monday )": matched with its bracket, which stays.
_OPEN = re.compile(r"[(\[] (?=\S)")
# The cheap first look: a space before a closing mark or a clitic, which every tokenized text has (an
# opening "( " comes with its " )"). A literal space then one class, so most spaces cost one test: printed
# text pays only this (1% of extraction on TBAQ). "n't" is checked in the class and after it, as an
# alternation " n'" would cost 40% more.
_HINT = re.compile(r" [,.;:?!)\]%'\u2019nN](?:(?<=[^nN])|['\u2019])")


@dataclass(frozen=True, slots=True)
class CompactView:
    """A text with the tokenizer's spaces dropped, and where each dropped space was.

    Attributes
    ----------
    text : str
        The compact text.
    cuts : tuple of int
        For each dropped space, in order, the offset in ``text`` of the character that followed it.
        A view offset ``i`` lies at ``i + bisect_right(cuts, i)`` in the text given.
    """

    text: str
    cuts: tuple[int, ...]

    def offset(self, index: int) -> int:
        """Where the view's character at ``index`` lies in the text given.

        >>> compact("May 3 , 2009").offset(6)
        7
        """
        return index + bisect_right(self.cuts, index)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text given that holds the view's non-empty span ``[start, end)``.

        Both ends land on kept characters, so the span holds the dropped spaces inside it and
        none at its edges; spans in order stay in order and apart.

        >>> compact("on Oct . 3 .").span(3, 9)
        (3, 10)
        """
        return self.offset(start), self.offset(end - 1) + 1


def compact(text: str) -> CompactView | None:
    """The view of ``text`` without the spaces a tokenizer put in, or None when it has none.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    CompactView or None
        None when no space is a tokenizer's, so that printed text is read exactly as given.

    Examples
    --------
    >>> compact("He did n't leave until Jan. 5 , 2009 ( a Monday ) .").text
    "He didn't leave until Jan. 5, 2009 (a Monday)."
    >>> compact("She left on May 3, 2009 (a Sunday).") is None
    True
    """
    hint = _HINT.search(text)
    if hint is None:
        return None
    # _HINT finds the first space _CLOSE can drop; "in" looks for an opening bracket's space faster than _OPEN
    closing = {m.start() for m in _CLOSE.finditer(text, hint.start())}
    opening = {m.start() + 1 for m in _OPEN.finditer(text)} if "( " in text or "[ " in text else set()
    drops = sorted(closing | opening)  # a set: the space of "( )" is both
    if not drops:
        return None
    pieces, cuts, kept = [], [], 0
    for count, at in enumerate(drops):
        pieces.append(text[kept:at])
        cuts.append(at - count)  # the view offset of the character after the dropped space
        kept = at + 1
    pieces.append(text[kept:])
    return CompactView("".join(pieces), tuple(cuts))
