"""Edge and approximation words before an expression: "early", "the end of", "mid-"; "about", "more than".

The word joins the expression's span and becomes its TIMEX3 ``mod`` (START, MID, END; APPROX,
MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS). Edge words take dates and times only;
"over", "under" and the like count only before a duration ("over the weekend" is a preposition).
:func:`apply_modifiers` is the first of the passes :func:`timeline.timex.recognise.recognise` runs.

>>> from timeline.timex.recognise import recognise
>>> [(m.text, m.value.mod) for m in recognise("It ends in early November, after about three weeks.")]
[('early November', 'START'), ('about three weeks', 'APPROX')]
>>> [(m.text, m.value.mod) for m in recognise("He wrote about AD 1000 millenarianism, about AD 1000.")]
[('AD 1000', None), ('about AD 1000', 'APPROX')]
"""

from __future__ import annotations

import re

from timeline.timex.eras import _noun_after as noun_after  # the decade's test of a noun after it
from timeline.timex.rule import edge_mod
from timeline.timex.scan_locate import locator, search
from timeline.timex.values import Mention, Weekday

# ("late on Tuesday", "early on Wednesday": wire copy's "on" between the edge and the day; "late in 1916", "early
# in the year": an adverb's "in" before a year, month or season)
_EDGE = re.compile(r"(?:^|(?<=[\s(\"']))(?P<w>(?i:the\s+(?:start|beginning|middle|end)\s+of|(?:the\s+)?end\s+of|"
                   r"(?:early|late)\s+(?:on|in)|early|earlier|late|later|mid|middle))[\s-]{1,2}$")
_APPROX = re.compile(r"(?:^|(?<=[\s(\"']))(?P<w>(?i:about|around|approximately|roughly|nearly|almost|circa|c\.|some|"
                     r"more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|up\s+to|at\s+most|"
                     r"no\s+more\s+than|just\s+over|just\s+under|well\s+over|well\s+under))\s{1,2}$")
_APPROX_MOD = {"more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "less than": "LESS_THAN",
               "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
               "well under": "LESS_THAN",
               "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
               "no more than": "EQUAL_OR_LESS"}
_VAGUE_WORDS = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost", "circa", "c."})


# The modifier searches go through locators too (see :mod:`timeline.timex.scan`).
_EDGE_AT, _APPROX_AT = locator(_EDGE), locator(_APPROX)
_ASCII_EDGE_AT, _ASCII_APPROX_AT = locator(_EDGE, ascii_only=True), locator(_APPROX, ascii_only=True)


def apply_modifiers(mentions: list[Mention], text: str) -> list[Mention]:
    """Fold a preceding "early"/"the end of" (dates) or "about"/"more than" (all) into the span and mod."""
    out: list[Mention] = []
    for m in mentions:
        if m.value.mod is not None:  # a word before it could not change it: not searched for
            out.append(m)
            continue
        floor = out[-1].end if out else 0
        before = text[max(floor, m.start - 24):m.start]
        if not may_end_in_modifier(before):
            out.append(m)
            continue
        ascii_only = before.isascii()
        timex_type = m.value.timex_type
        edge = (search(_EDGE, _ASCII_EDGE_AT if ascii_only else _EDGE_AT, before)
                if timex_type == "DATE" or timex_type == "TIME" else None)
        approx = search(_APPROX, _ASCII_APPROX_AT if ascii_only else _APPROX_AT, before)
        if approx and timex_type != "DURATION" and approx["w"].lower() not in _VAGUE_WORDS:
            approx = None  # "over the weekend", "under Friday's ruling": prepositions, not amounts
        if approx and _DETERMINER_FIRST.match(m.text):
            approx = None  # "over the past 12 months": an amount has no article; "over" is the preposition
        if approx and approx["w"].lower() == "over" and _SPREAD_BEFORE.search(text, max(0, m.start - 60),
                                                                                m.start - (len(before) - approx.start("w"))):
            approx = None  # "$2 billion over five years", "spread over three years": the period the amount spans
        if approx and approx["w"].lower() == "over" and not over_is_more_than(
                text, m.start - (len(before) - approx.start("w")), m.end):
            approx = None  # "played over two days", "made 60 films over four decades": across the period
        if approx and m.rule == "common-era-year" and approx["w"].lower() == "about" and noun_after(text, m.end):
            approx = None  # "wrote about AD 1000 millenarianism": the year modifies the noun, "about" its topic
        if edge and edge["w"].lower().endswith(" on") and type(m.value) is not Weekday:
            edge = None  # "fell late on Tuesday" is the day's end; "close early on July Fourth" an adverb's
        if edge and out and _UNIT_LAST.search(out[-1].text) \
                and not text[out[-1].end:m.start - (len(before) - edge.start("w"))].strip():
            edge = None  # "came in two weeks early this autumn": the length's adverb, not the season's edge
        hit = edge or approx
        if hit:
            word = " ".join(hit["w"].lower().split())
            mod = edge_mod(word) if hit is edge else _APPROX_MOD.get(word, "APPROX")
            start = m.start - (len(before) - hit.start("w"))
            update = {"mod": mod}
            if mod == "EQUAL_OR_LESS" and timex_type == "DURATION" \
                    and _NOUN_OF_BEFORE.search(text, max(0, start - 24), start):
                update["of_noun"] = True  # "delays of up to 90 minutes": the delay's length, no window
            m = m.model_copy(update={"start": start, "text": text[start:m.end],
                                     "value": m.value.model_copy(update=update)})
        out.append(m)
    return out


# A noun and "of" before a bound ("delays of up to", "a sentence of up to"): not "a total of", "a maximum of" (amounts)
_NOUN_OF_BEFORE = re.compile(r"\b(?!(?i:total|maximum|minimum|period|span|space|course|length)\b)[A-Za-z][a-z]{2,}"
                             r"[ \t]+of[ \t]+$")
# A length ending in its unit word ("two weeks", "in two weeks"), which an "early"/"late" right after it belongs to
_UNIT_LAST = re.compile(r"\b(?i:minutes?|hours?|days?|weeks?|months?|years?|decades?)$")
_DETERMINER_FIRST = re.compile(r"(?i:the|this|that|these|those)\s")
# What "over" spreads over a period rather than exceeds it: an amount ("$2 billion", "3%", "10 points") or a verb of
# spreading right before it ("is spread over", "phased in over")
_SPREAD_BEFORE = re.compile(r"(?:\d%?|%|\b(?i:billion|million|trillion|bn|mln|percent|per\s+cent|points|dollars|euros|"
                            r"pounds|roubles|rubles|yuan|yen)|\b(?i:spread|spreads|phased(?:\s+in|\s+out)?|staggered|"
                            r"repaid|repayable|payable|amorti[sz]ed))\s{1,2}$")

# The words before "over" that measure a length, so that "over" is "more than" after them: a preposition ("for
# over a decade", "a delay of over two hours"), a verb whose object is a length ("lasted", "spent", "took") or a
# state that lasts ("married", "been"); and the words after the length that do the same ("over 20 years ago",
# "over two hours of talks"). Elsewhere, after a verb of happening or change or a noun ("played over two days",
# "evolved over several years", "60 films over four decades"), "over" is the preposition: across the period.
_LENGTH_BEFORE = frozenset(
    "for in of after within than at by from about last lasts lasted lasting spend spends spent spending take takes "
    "took taken taking serve serves served serving wait waits waited waiting be been being is was were are stay "
    "stays stayed staying remain remains remained live lives lived living married work works worked working known "
    "existed reigned ruled jailed imprisoned span spans spanned spanning run runs ran running go gone went "
    "nothing "
    # a degree word before it measures too ("slightly over two hours", "a little over a year")
    "slightly little far much way barely easily comfortably already still".split())
_LENGTH_AFTER = re.compile(r"\s+(?i:ago|old|later|earlier|before|after|of|since|back)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
# A verb of declaring and its definite object right before "over": "over" is then the object's state ("declared the
# epidemic over", "pronounced it over"), not "more than" the length after it; with no object ("declared over 40 days
# of mourning") or one being made ("declared an emergency over two years ago") it still is
_DECLARED_BEFORE = re.compile(r"\b(?i:declared?|declares|declaring|pronounced?|pronounces|pronouncing|deemed?|"
                              r"deems|deeming)\s+(?:(?i:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}[\w-]+|(?i:it|them))\s+$")

# Adjectives a verb of declaring gives its object as its state, "over" then measuring the length after them ("declared
# the plant unsafe over two years ago", "pronounced the patient dead over an hour later"): closed words and suffixes
_PREDICATES = frozenset("dead alive safe unsafe fit unfit clear free open closed void null legal illegal valid invalid "
                        "unconstitutional bankrupt insolvent guilty innocent extinct ready complete eligible ineligible "
                        "missing finished".split())
_PREDICATE_ENDING = ("able", "ible", "less", "ous", "ful")  # not "-ive": "declared the offensive over"


def _predicate(word: str) -> bool:
    """Whether ``word``, the last before "over", is an adjective the object was declared to be, not the object.

    >>> _predicate("dead"), _predicate("unacceptable"), _predicate("epidemic"), _predicate("outbreak")
    (True, True, False, False)
    """
    lowered = word.lower()
    return lowered in _PREDICATES or lowered.endswith(_PREDICATE_ENDING)


def over_is_more_than(text: str, start: int, end: int) -> bool:
    """Whether "over" at ``start``, before the duration ending at ``end``, says "more than" rather than "across".

    >>> over_is_more_than("He spent over five years in jail.", 9, 24)
    True
    >>> over_is_more_than("It was played over two days.", 14, 27), over_is_more_than("Over 20 years ago.", 0, 13)
    (False, True)
    >>> text = "The WHO declared the epidemic over 42 days after the last case."
    >>> over_is_more_than(text, text.index("over"), text.index(" after"))
    False
    >>> text = "Doctors pronounced the patient dead over 40 minutes after the crash."
    >>> over_is_more_than(text, text.index("over"), text.index(" after"))
    True
    """
    declared = _DECLARED_BEFORE.search(text, max(0, start - 60), start)
    if declared and not _predicate(declared[0].split()[-1]):
        return False  # "declared the epidemic over 42 days after the last case": "over" is the object's state, ended
    if _LENGTH_AFTER.match(text, end):
        return True
    word = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return word is not None and word.group(1).lower() in _LENGTH_BEFORE


# The last two letters of the edge and approximation words (of, early, earlier, late, mid, middle, "early on"; about, around,
# nearly, almost, circa, some, than, over, under, at least, up to, at most; early on, late on...), lower-cased.
_LAST_PAIRS = frozenset({"of", "ly", "er", "te", "id", "le", "ut", "nd", "st", "me", "an", "to", "ca", "c.", "on", "in"})
# What a pattern's \s (the ASCII characters str.isspace() holds) and a hyphen match: after a modifier word, only these
_SPACES_AND_HYPHEN = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f-"


def may_end_in_modifier(before: str) -> bool:
    """False when neither an edge nor an approximation word can end ``before``: a cheap test before the searches.

    Both end in one or two spaces or hyphens (``$`` may also stand before a final
    newline), and no such word ends in either: with those stripped, the word's last
    two letters end what is left. Text that is not ASCII is always searched.

    >>> may_end_in_modifier("in early "), may_end_in_modifier("said in "), may_end_in_modifier("mid-")
    (True, False, True)
    """
    if not before.isascii():
        return True
    if before.rstrip(_SPACES_AND_HYPHEN)[-2:].lower() not in _LAST_PAIRS:
        return False
    # 40% of TBAQ's mentions pass the letters ("said on", "and", "after"): their last word decides, which passes 8%
    words = before.replace("-", " ").replace("(", " ").replace('"', " ").replace("'", " ").rsplit(None, 2)
    last = words[-1].lower() if words else ""
    heads = _WORD_BEFORE_LAST.get(last)
    return last in _LAST_WORDS or (heads is not None and len(words) > 1 and words[-2].lower() in heads)


# The last word of every edge and approximation word ("the end of": "of"), lower-cased; "of", "on" and "to" end
# far more text than modifiers ("of 1998", "on Sunday", "to Friday"), so they count only after the word that
# makes them one ("end of", "late on", "up to"). A hyphen, a bracket or a quote may stand right before or after
# a modifier word ("mid-", "(about"): read as spaces (four replace calls cost a fifth of one translate).
_LAST_WORDS = frozenset("early earlier late later mid middle about around approximately roughly nearly almost circa c. "
                        "some than over under least most".split())
_WORD_BEFORE_LAST = {"of": frozenset("start beginning middle end".split()), "on": frozenset({"early", "late"}),
                     "in": frozenset({"early", "late"}),
                     "to": frozenset({"up"})}
