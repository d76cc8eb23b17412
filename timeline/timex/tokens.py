"""Text read as the sentence it prints: tokenizer spacing undone, odd spaces and hyphens made plain.

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

Text from the web and from word processors spaces its words with characters the rules do not
read (a no-break space in "Nov.\u00a018", a non-breaking hyphen in "2018\u201111\u201130") and
hides invisible ones in them (a zero-width space, a soft hyphen). :func:`readable` gives the view
the rules read: those spaces and hyphens replaced one for one, the invisible characters dropped
like a tokenizer's spaces, a line break inside a hard-wrapped paragraph read as a space, and then
:func:`compact`. Its offsets map back the same way.

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

from timeline.timex.headlines import is_heading
from timeline.timex.patterns import outside_ascii

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
    pieces, kept = [], 0
    for at in drops:
        pieces.append(text[kept:at])
        kept = at + 1
    pieces.append(text[kept:])
    return CompactView("".join(pieces), _dropped(drops))


# Spaces the rules read as " ": the no-break, the typographic (en quad to hair), the narrow no-break, the
# medium mathematical, the ideographic and the Ogham space mark. Each is one character for one: no offset moves.
_SPACES = "".join(map(chr, (0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)))
# Hyphens and minus signs the rules read as "-" ("2018\u201111\u201130", "mid\u20112019"): the hyphen, the
# non-breaking hyphen, the figure dash (made for digits), the minus sign, the small and the full-width hyphen-minus.
# The en and em dashes are left alone: the rules read them already, as range dashes.
_HYPHENS = "\u2010\u2011\u2012\u2212\ufe63\uff0d"
# Characters with no width, dropped: the soft hyphen, zero-width space, non-joiner, joiner, word joiner, and the
# byte order mark. "Novem\u00adber" is "November"; "Nov.\u200b18" is "Nov.18", as it prints.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_ODD = re.compile(f"[{_SPACES}{_HYPHENS}{_INVISIBLE}]")
_DROP = re.compile(f"[{_INVISIBLE}]")
_PLAIN = str.maketrans(dict.fromkeys(_SPACES, " ") | dict.fromkeys(_HYPHENS, "-") | dict.fromkeys(_INVISIBLE))
# A line break that may be a hard wrap: after a letter, digit, comma or full stop (and a space or tab, as in
# format=flowed mail), before a letter or digit, so never in a blank line. A literal "\n" first, so that the search
# skips from one line break to the next; a lookbehind for each width, as Python's have a fixed one.
_BREAK = re.compile(r"\n(?=[^\W_])(?:" + "|".join(
    f"(?<={last}{gap}{cr}\n)" for last in (r"[^\W_]", "[,.]") for gap in ("", r"[ \t]") for cr in ("", "\r")) + ")")
# The full stop of a month's abbreviation ends a wrapped line ("on Nov.\n18"); any other is a sentence's end.
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
# A line of fewer words is a heading, a list item or a table cell ("Friday", "In March", "Americans: 12"),
# whose line break the writer meant: "Friday\n18 people died" is no date.
_WRAPPED_WORDS = 3
# A line ending in a number is a table's or a list's row ("Arsenal 2 Chelsea 1\nMay 5: ...", "Total dead: 192")
# unless it is as long as a wrapped line of prose ("... met on 18\nNovember"): 1 May is no date there.
_WRAPPED_NUMBER = 40


def _wrapped(text: str, at: int) -> bool:
    r"""Whether the line break at ``at`` ("\n", after any "\r") ends a hard-wrapped line inside a paragraph."""
    end = at - 1 if text[at - 1] == "\r" else at
    line = text[text.rfind("\n", 0, end) + 1:end].rstrip(" \t")
    if line.endswith(".") and _ABBREVIATION.search(line) is None:
        return False
    if line[-1:].isdigit() and len(line) < _WRAPPED_NUMBER:
        return False
    if is_heading(line):  # a Title Case or ALL CAPS heading ends its line ("Stocks Rally On Monday\nNEW YORK, ...")
        return False
    return len(line.split(None, _WRAPPED_WORDS - 1)) >= _WRAPPED_WORDS


def _unwrapped(text: str) -> str | None:
    r"""``text`` with each hard wrap's line break ("\n" or "\r\n") read as spaces, or None when it has none."""
    breaks = [m.start() for m in _BREAK.finditer(text) if _wrapped(text, m.start())]
    if not breaks:
        return None
    pieces, kept = [], 0
    for at in breaks:
        start = at - 1 if text[at - 1] == "\r" else at
        pieces += [text[kept:start], " " * (at + 1 - start)]
        kept = at + 1
    pieces.append(text[kept:])
    return "".join(pieces)


def _dropped(positions: list[int]) -> tuple[int, ...]:
    """The cuts of a view that drops the characters at ``positions`` (sorted) of the text given."""
    return tuple(at - count for count, at in enumerate(positions))


def _then(outer: CompactView, inner: CompactView) -> CompactView:
    """The view ``inner`` of ``outer.text``, as one view of the text ``outer`` was made from."""
    dropped = [cut + count for count, cut in enumerate(outer.cuts)]
    dropped += [outer.offset(cut + count) for count, cut in enumerate(inner.cuts)]
    return CompactView(inner.text, _dropped(sorted(dropped)))


def readable(text: str, *, wraps: bool = True) -> CompactView | None:
    r"""The view of ``text`` the rules read, or None when ``text`` is read as it is.

    Unicode spaces become " " and hyphens "-", one character for one; characters with no width
    (zero-width space, joiners, soft hyphen, byte order mark) are dropped; with ``wraps``, the line
    break of a hard-wrapped line becomes a space: a line of three words or more that ends inside a
    sentence (and is 40 characters long if it ends in a number), followed by a line that starts with
    a letter or digit. A blank line stays a paragraph break. Then a tokenizer's spacing is undone
    (:func:`compact`). ASCII text with no line break costs nothing more than :func:`compact`, and
    gets what it gives.

    Parameters
    ----------
    text : str
        Any string.
    wraps : bool, optional
        Whether to read a hard wrap's line break as a space. Off where lines mean something of their
        own, as at the head of an article, where a dateline starts its line.

    Returns
    -------
    CompactView or None
        Offsets map back to ``text`` by :meth:`CompactView.span`.

    Examples
    --------
    >>> view = readable("They met on Nov.\u00a018,\u200b 2018.")
    >>> view.text
    'They met on Nov. 18, 2018.'
    >>> view.span(12, 25)
    (12, 26)
    >>> readable("They met on November\n18, 2018.").text
    'They met on November 18, 2018.'
    >>> readable("Friday\n18 people died.") is None
    True
    """
    unwrapped = _unwrapped(text) if wraps and "\n" in text else None
    # every odd character is outside ASCII: searched for there only (3 ms a TBAQ pass with typographic quotes)
    if _ODD.search(outside_ascii(text)) is None:
        if unwrapped is None:
            return compact(text)
        plain = CompactView(unwrapped, ())
    else:
        source = text if unwrapped is None else unwrapped
        plain = CompactView(source.translate(_PLAIN), _dropped([m.start() for m in _DROP.finditer(source)]))
    inner = compact(plain.text)
    return plain if inner is None else _then(plain, inner)
