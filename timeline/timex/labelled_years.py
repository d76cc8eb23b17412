"""Years that are labels: inside a work's quoted title ('He sang "Summer in '09"'), or numbers of a text's parts
down a list ("pages 2010 and 2011").

A title in quotation marks right after the noun of a work (song, film, album...) or a verb that names one (sang,
released, titled, called) is that work's name: a year in it belongs to the title and dates nothing in the text.
Quoted speech ('He said "in 2009 we lost"') has no such word before its quotation mark and keeps its years.
"""

from __future__ import annotations

import re

# A work's noun or a verb naming a work, then an opening quotation mark and the title's text up to the year, no
# quotation mark between (so that the mark found is the title's opening one, never a closing one)
_OPEN_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?i:songs?|singles?|tracks?|albums?|films?|movies?|books?|novels?|plays?|poems?|musicals?|shows?|"
    r"series|documentar(?:y|ies)|episodes?|sang|sings|sing|singing|recorded|released|titled|entitled|called|named)"
    r",?[ \t]+[\"\u201c][^\"\u201c\u201d\n]{0,60}$")
_REACH = 90  # the work's word, its quotation mark and up to 60 characters of the title


def in_quoted_title(text: str, start: int) -> bool:
    """Whether the year at ``start`` stands inside a quoted title after a work's noun or a verb naming a work.

    Parameters
    ----------
    text : str
        The text read.
    start : int
        Where the year (or its apostrophe) starts.

    Returns
    -------
    bool
        True when an opening quotation mark, a work's noun or verb before it, stands before ``start`` with no
        quotation mark between.

    >>> text = 'He sang "Summer in \\'09" at the show in 2010.'
    >>> in_quoted_title(text, text.index("'09")), in_quoted_title(text, text.index("2010"))
    (True, False)
    >>> text = 'He said "in 2009 we lost".'
    >>> in_quoted_title(text, text.index("2009"))
    False
    """
    window = text[max(0, start - _REACH):start]
    if '"' not in window and "\u201c" not in window:
        return False  # no quotation mark opened: most years (a slice's scan in C, far cheaper than the search)
    return _OPEN_TITLE_BEFORE.search(text, max(0, start - _REACH), start) is not None


# A list of numbers of a text's parts up to a year: "pages 2010 and 2011", "sections 12, 1983 and 1984"
_PART_NUMBERS_BEFORE = re.compile(r"(?<![\w-])(?i:pages|pp\.|lines|verses|paragraphs|sections|chapters|articles)"
                                  r"[ \t]\d+(?:(?:,[ \t]|,?[ \t](?:and|to|or|&)[ \t])\d+)*"
                                  r"(?:,[ \t]|,?[ \t](?:and|to|or|&)[ \t])$")


def numbers_a_part(text: str, start: int) -> bool:
    """Whether the year at ``start`` is one more number down a list of a text's parts ("pages 2010 and 2011").

    >>> text = "See pages 2010 and 2011, written in 2012."
    >>> numbers_a_part(text, text.index("2011")), numbers_a_part(text, text.index("2012"))
    (True, False)
    """
    if start < 2 or text[start - 1] not in " \t" or text[start - 2] not in ",dor&":
        return False  # no comma, "and", "to", "or" or "&" right before: most years, told without the search
    return _PART_NUMBERS_BEFORE.search(text, max(0, start - 60), start) is not None
