"""The year an event's name carries, for a yearless date its clause tells of the event.

"The 1966 World Cup final was played on July 30": the year premodifies the event noun that is the
subject, and the date the verb gives that event is in the event's year, not near the DCT. Narrower
than "a yearless date takes the year named in its sentence", which TBAQ refuted (docs/timex.md):
the year must name the event (only capitalised words of its name between: "the 2012 London
Olympics"; "the 2019 budget vote" is a vote on a budget, held in 2018), the event must open its
sentence as the subject, and the date must follow its verb in the same clause (no comma between).

>>> text = "The 1966 World Cup final was played on July 30."
>>> event_year(text, text.index("July"))
1966
>>> text = "The 2019 budget vote is on Dec. 20."
>>> event_year(text, text.index("Dec."))
"""

from __future__ import annotations

import re

from timeline.timex.tense_sides import SENTENCE_END
from timeline.timex.verbs import is_cue

# Nouns naming an event that happens on a date: a final, a match, an election, a disaster, a ceremony
_EVENT_NOUNS = ("final finals semifinal semifinals match game games cup championship championships tournament "
                "olympics election elections primary referendum race marathon summit conference convention "
                "festival ceremony inauguration crash attack attacks earthquake war coup uprising season").split()
# The subject opening the sentence: "The", a year, only capitalised words of the event's name, the event noun;
# then its verb (a tense cue) and the rest of its group (lower-case words, no comma) before the date
_SUBJECT = re.compile(r"\s*(?:The|the)\s+(?P<year>1[0-9]{3}|20[0-9]{2})\s+(?:[A-Z][\w'-]*\s+){0,4}"
                      r"(?i:" + "|".join(_EVENT_NOUNS) + r")\s+(?P<verb>[a-z]+)\s+(?P<rest>(?:[a-z]+\s+){0,3})$")
_THE_YEAR = re.compile(r"(?:The|the)\s+(?:1[0-9]{3}|20[0-9]{2})\s")
# Verbs saying the event took place on the date: only then is the date in the event's year. A verb of deciding or
# telling ("The 2020 Olympics were awarded on Sept. 7", "The 2020 season was announced on Dec. 12") dates the
# decision, which comes before the event, near the DCT
_TOOK_PLACE = re.compile(r"\b(?:play(?:s|ed)?|hold(?:s)?|held|open(?:s|ed)?|beg[iau]ns?|end(?:s|ed)?|"
                         r"(?:take|takes|took|taken)\s+place|stag(?:e|es|ed)|wins?|won|fight(?:s)?|fought|"
                         r"start(?:s|ed)?|kick(?:s|ed)?\s+off|finish(?:es|ed)?|clos(?:e|es|ed)|"
                         r"happen(?:s|ed)?|occur(?:s|red)?|str(?:ikes|uck))\b")


def event_year(text: str, start: int) -> int | None:
    """The year of the event the sentence opens with, when a yearless date at ``start`` follows its verb.

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Where the yearless date starts.

    Returns
    -------
    int or None
        The year premodifying the subject's event noun; None for any other shape.

    Examples
    --------
    >>> text = "The 2012 London Olympics opened on July 27."
    >>> event_year(text, text.index("July"))
    2012
    >>> text = "The 1966 World Cup final, a classic, was replayed on July 30."
    >>> event_year(text, text.index("July"))
    >>> text = "The 2016 election winner took office on Jan. 20."
    >>> event_year(text, text.index("Jan."))
    >>> text = "The 2020 Olympics were awarded on Sept. 7 in Buenos Aires."
    >>> event_year(text, text.index("Sept."))
    """
    left = text[max(0, start - 160):start]
    # _SUBJECT reads a part of ``left``: without its opening ("the 1966 ") anywhere in ``left`` it cannot match,
    # and one search in C says so for nearly every date, before the sentence split below
    if "(" in left or _THE_YEAR.search(left) is None:
        return None
    ends = list(SENTENCE_END.finditer(left))
    if ends:
        left = left[ends[-1].end():]
    elif start > 160:
        return None  # the sentence starts further back than a subject and its verb reach
    found = _SUBJECT.match(left)
    if found is None or not is_cue(found.group("verb")):
        # "The 2016 election winner took office on Jan. 20", "The 2016 election results were certified": the
        # event is no subject, a noun after it heads the subject
        return None
    if _TOOK_PLACE.search(found.group("verb") + " " + found.group("rest")) is None:
        return None  # "The 2020 Olympics were awarded on Sept. 7": the award's date, not the Games'
    return int(found.group("year"))
