"""Holidays whose name many nations or churches share ("Independence Day", "Thanksgiving", "Easter"): after
another people's, country's or church's name ("Indian Independence Day", "Orthodox Easter") the name is that
one's holiday, whose day the lexicon does not hold, so none is read.

Apart from :mod:`timeline.timex.holiday_names` (the holiday rule calls :func:`of_another_people`) because its
guards are about the word before the name, not the holiday: the own names that keep the American or Western
day, and the capital a sentence's first word has by place.
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON
from timeline.timex.names import title_case

# Holidays whose name many nations or churches share: after another people's, country's or church's name ("Indian
# Independence Day", "Canadian Thanksgiving", "British Mother's Day", "Orthodox Easter", "Holocaust Memorial Day")
# it is that one's holiday, whose day the lexicon does not hold; the American (or Western) one is given only bare or
# after its own names
_SHARED_NAMES = frozenset(("independence day", "thanksgiving", "thanksgiving day", "mother's day", "mothers' day",
                           "father's day", "fathers' day", "labor day", "memorial day", "remembrance day",
                           "veterans day", "election day", "easter", "easter sunday", "easter monday", "good friday",
                           "presidents day", "presidents' day", "president's day", "columbus day"))
_OWN_NAMES = frozenset(("american", "america's", "u.s.", "us", "usa", "united states", "western", "catholic",
                        "christian", "protestant", "anglican", "national", "federal", "happy", "annual", "traditional"))
# A capitalised word right before the name (not a possessive: "Trump's Memorial Day speech" is his speech on it)
_NAME_BEFORE = re.compile(r"(?<![\w.'\u2019])(?P<w>U\.S\.|United[ \t]States|[A-Z][a-z]+|[A-Z]{2,3})[ \t]+$")
# A capitalised word opening a sentence or a clause, or one of the calendar's: a time phrase's, not a people's
_NO_PEOPLE = frozenset(("the a an on at in by since until till before after during over this last next every each for "
                        "from through around come and but or so when while as if its his her their our my your that "
                        "these those post pre then now where why how once although though because unless with "
                        "without within amid despite like unlike near toward towards under about against between "
                        "beyond into onto upon via both either neither all some any no not only even just also again "
                        "still yet perhaps maybe indeed meanwhile however later earlier early late mid whole entire "
                        "first second previous following past coming upcoming recent").split())


# A sentence's first word has its capital by place; there only a word shaped as a people's name tells one: "-an",
# "-ian", "-ese", "-ish", "-i", "-ic", "-ch" (Indian, Chinese, Irish, Israeli, Coptic, French), and a few of no shape
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\n][ \t\"'\u201c\u2018(]*)$")
_PEOPLE_SHAPE = re.compile(r"(?:an|ese|ish|i|ic|ch)$|^(?:greek|thai|swiss|orthodox|holocaust)$")


def of_another_people(text: str, start: int, end: int) -> bool:
    """Whether the holiday at ``start:end``, a name many nations share, follows another people's or church's name.

    >>> of_another_people("Indian Independence Day fell on a Wednesday.", 7, 23)
    True
    >>> [of_another_people(t, t.index("Ind"), t.index("Ind") + 16) for t in (
    ...     "On Independence Day we marched.", "American Independence Day", "Trump's Independence Day speech")]
    [False, False, False]
    """
    if " ".join(text[start:end].lower().replace("\u2019", "'").split()) not in _SHARED_NAMES:
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 16), start)
    if before is None:
        return False
    word = " ".join(before["w"].lower().split())
    if _OPENS_SENTENCE.search(text, max(0, before.start() - 3), before.start()) and not _PEOPLE_SHAPE.search(word):
        return False  # "Did Thanksgiving bring relief?": a sentence's first word has its capital by place
    return word not in _OWN_NAMES and word not in _NO_PEOPLE and LEXICON.lookup("weekday", word) is None \
        and LEXICON.lookup("month", word) is None and not title_case(text, start, end)
