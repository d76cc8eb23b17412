"""Decades and centuries: "the 1990s" -> 199, "the '80s", "the eighties", "the 90s", "the 20th century" -> 19,
"the last century", "19th-century", "the first decade of the 21st century" -> 200, "the late 19th and early 20th
centuries", "the 4th century BC" -> BC03, "the 460s BC" -> BC046 (no day interval before the common era).

They stand apart from :mod:`timeline.timex.periods` (the parts of a year) because an era is read from its own digits
or ordinal, never from the year it falls in; periods and seasons share its readers (``decade_digits``,
``century_number``) and its edge words (``YEAR_EDGE``). Corpus: ``periods.tsv``, whose rows run through every rule.

>>> [r.name for r in RULES][:2], RULES[-1].name
(['decade', 'decade-words'], 'mid-century')
"""

from __future__ import annotations

import re
from typing import Literal

from timeline.timex.lexicon import LEXICON
from timeline.timex.rule import ORDINAL, S, Built, Piece, compile_rule, edge_mod
from timeline.timex.values import Era, Relative

# two edges ("the mid-to-late 1990s", "early to mid-summer") join the span with no mod, as "mid-to-late November" does
YEAR_EDGE = r"(?:(?:(?i:early|mid)(?:-to-|[ \t]to[ \t])(?i:mid|late)|(?P<edge>(?i:early|mid|late)))[-\s]{1,2})?"
BC = r"(?:BCE|BC|B\.C\.E\.|B\.C\.)(?![-\w])"
# A century's ordinal, spelled or in digits ("the nineteenth", "the 19th"): the body of a group that reads it
CENTURY_ORDINAL = rf"{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)"
DECADE_WORD = r"(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
THE_BEFORE_ADJECTIVE = re.compile(r"(?i:the)[ \t]{1,3}$")
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def decade_digits(written: str) -> int:
    """The first three digits of a decade written ``1980s``, ``'80s`` or ``eighties`` (TIMEX3's ``198``).

    Parameters
    ----------
    written : str
        The decade as a rule read it: four digits, two after an apostrophe, or a decade word.

    Returns
    -------
    int
        Its first three digits; two digits are the 20th century's from 20 to 90, the 21st's below.

    >>> decade_digits("1980"), decade_digits("'90"), decade_digits("'10"), decade_digits("Eighties")
    (198, 199, 201, 198)
    """
    if written.lower() in _DECADE_WORDS:
        return 190 + _DECADE_WORDS[written.lower()]
    digits = written.lstrip("'\u2019")
    if len(digits) == 2:  # "the '90s", assumed 20th century for 20-90, 21st for 00-10
        digits = ("20" if int(digits) < 20 else "19") + digits
    return int(digits) // 10


_DIGITS = re.compile(r"\d+")


def century_number(written: str) -> int | None:
    """The number of a century written ``20th`` or ``twentieth``.

    Parameters
    ----------
    written : str
        A century's ordinal in digits or spelled (:data:`CENTURY_ORDINAL`).

    Returns
    -------
    int or None
        The century's number; None outside 1-30 ("the 99th century" is none).

    >>> century_number("20th"), century_number("Nineteenth"), century_number("99th")
    (20, 19, None)
    """
    raw = written.lower()
    number = int(_DIGITS.match(raw)[0]) if raw[0].isdigit() else int(LEXICON.lookup("ordinal", raw) or 0)
    return number if 1 <= number <= 30 else None


def _decade(m: re.Match[str]) -> Built:
    """"the 1990s"; "the 1980s-era missiles", "the 1950s diner": a decade made an adjective by a hyphen, or standing
    before the noun it dates, leaves "the" to the noun.

    >>> [(p.start, p.end) for p in _decade(re.search(RULES[0].pattern, "The 1980s-era jets"))]
    [(4, 9)]
    >>> _decade(re.search(RULES[0].pattern, "Tens of 1000s of people fled"))
    Traceback (most recent call last):
    ValueError: '1000s' counts thousands
    >>> _decade(re.search(RULES[0].pattern, "Call the 1800s hotline."))
    Traceback (most recent call last):
    ValueError: 'the 1800s' is a telephone prefix
    >>> [p.value.digits for p in _decade(re.search(RULES[0].pattern, "In the 1900s helplines did not exist."))]
    [190]
    """
    if m["digits"] == "1000" and (m[0][:1].isdigit() or _OF_AFTER.match(m.string, m.end())):
        raise ValueError(f"{m[0]!r} counts thousands")  # "1000s of people": claimed; "the 1000s" alone is 1000-1099
    if m["digits"] in _PHONE_PREFIXES and _PHONE_NOUN.match(m.string, m.end()) \
            and not _TIME_PREPOSITION.search(m.string, max(0, m.start() - 20), m.start()):
        raise ValueError(f"{m[0]!r} is a telephone prefix")  # "the 1800s hotline": claimed, no century
    era = _hundreds(m["digits"], edge_mod(m["edge"])) or Era(digits=decade_digits(m["digits"]), unit="decade",
                                                              mod=edge_mod(m["edge"]))
    adjective = m.string[m.end():m.end() + 1] == "-" and m.string[m.end() + 1:m.end() + 2].isalpha()
    if (adjective or _noun_after(m.string, m.end())) and not m["edge"] \
            and THE_BEFORE_ADJECTIVE.search(m.string, m.start(), m.start("digits")):
        return (Piece(m.start("digits"), m.end(), era),)
    return era


_OF_AFTER = re.compile(r"[ \t]+of\b")
# Free-call and shared-cost prefixes that read as a year's hundreds ("1800", "1300", "1900" numbers): before a
# line one calls they are the number's, never a time, since no century or decade dates a hotline
_PHONE_PREFIXES = frozenset("1300 1800 1900".split())
# A preposition of time before the era makes the noun after it the sentence's subject, not the number's line:
# "In the 1900s helplines did not exist", "During the late 1800s hotlines were unknown"
_TIME_PREPOSITION = re.compile(r"(?i:\b(?:in|during|by|since|until|till|throughout|before|after|from)[ \t]+"
                               r"(?:the[ \t]+)?)$")
_PHONE_NOUN = re.compile(r"[ \t]+(?i:hot|help|info|tip|phone|call)-?lines?\b|[ \t]+(?i:freephone|toll-free)\b")


def _hundreds(written: str, mod: str | None) -> Era | None:
    """"the 1800s", "the 1500s": a year's hundreds before 1900 name its century, as nobody calls 1800-1809 so
    (the 1900s and 2000s stay decades, which they are as often).

    >>> _hundreds("1800", None).digits, _hundreds("1900", None), _hundreds("1850", None)
    (18, None, None)
    """
    if len(written) != 4 or not written.isdigit() or not written.endswith("00") or int(written) >= 1900:
        return None
    return Era(digits=int(written) // 100, unit="century", mod=mod)


_WORD_AFTER = re.compile(r"[ \t](?P<word>[a-z]+)\b(?!-)")
# The words after "the 1950s" that show the decade ends its own noun phrase: a verb ("the 1950s saw", "were"), a
# preposition, conjunction or the next phrase's determiner ("the 1950s and 1960s", "in the 1950s the town"); any other lower-case word is a noun the
# decade dates ("the 1950s diner"), and takes the article
_NOT_A_NOUN = frozenset("saw see sees seeing were was is are had has have brought brings began begin became become came "
                        "gave made make makes took proved produced ended marked and or but nor to in into of on at by for "
                        "from with as than that which who whom when where while because through until till before after "
                        "onward onwards also too then there so will would could should might may can did do does "
                        "witnessed transformed changed remain remained the a an this these those its his her their our "
                        "it he she they we you i alone since ever yet".split())


def _noun_after(text: str, end: int) -> bool:
    """Whether a lower-case noun the decade modifies follows it ("the 1950s diner"), not a verb or a linking word.

    >>> _noun_after("The 1950s diner closed.", 9), _noun_after("The 1950s saw growth.", 9)
    (True, False)
    """
    word = _WORD_AFTER.match(text, end)
    return word is not None and word["word"] not in _NOT_A_NOUN and not word["word"].endswith(("ed", "ly"))


# Words around "the 90s" that make it degrees, marks or ages rather than a decade; whole words only
# ("market", "wages" and "below" hold "mark", "age" and "low")
_NOT_DECADE_NEAR = re.compile(r"\b(?i:temperature|degree|heat|high|low|fahrenheit|celsius|weather|forecast|mph|percent|"
                              r"score|aged|age|mark|range|reading|poll|rating|point)s?\b")


def _bare_decade(m: re.Match[str]) -> Built:
    """"the 90s" is the 1990s, unless the sentence talks of temperatures, marks or ages.

    >>> [r.name for r in RULES if r.pattern.search("In the 90s, Russia was poor.")]
    ['decade-two-digits']
    >>> rule = next(r for r in RULES if r.name == "decade-two-digits")
    >>> _bare_decade(rule.pattern.search("Highs will be in the 90s.")) is None
    True
    >>> _bare_decade(rule.pattern.search("The market boomed in the 90s.")) is None
    False
    """
    left = max(m.string.rfind(".", 0, m.start()), m.string.rfind("\n", 0, m.start())) + 1
    stop = m.string.find(".", m.end())
    sentence = m.string[left:stop if stop >= 0 else len(m.string)]
    return None if _NOT_DECADE_NEAR.search(sentence) else _decade(m)


def _decade_words(m: re.Match[str]) -> Built:
    return Era(digits=decade_digits(m["word"]), unit="decade", mod=edge_mod(m["edge"]))


def _century(m: re.Match[str]) -> Built:
    """"the 20th century" -> 19; "the last century" is the one before the DCT's, not the 4th.

    "last" is an ordinal in the lexicon (4: "the last week of August" counts weeks), which made
    "the last century" the 4th century (value 03).

    >>> _century(RULES[2].pattern.search("for most of the last century")).shift
    -1
    """
    if m["ord"].lower() == "last":  # "the last century BC" is the 1st century BC
        return Era(digits=0, unit="century", bc=True) if m["bc"] else Relative(unit="century", shift=-1)
    number = century_number(m["ord"])
    if number is None:
        return None
    return Era(digits=number - 1, unit="century", mod=edge_mod(m["edge"]), bc=m["bc"] is not None)


def _decade_of_century(m: re.Match[str]) -> Built:
    """"the first decade of the 21st century": the century's first ten years as a decade (200, the 2000s).

    >>> _decade_of_century(re.search(r"(?P<n>last) decade of the (?P<ord>19th)", "the last decade of the 19th")).digits
    189
    """
    century = century_number(m["ord"])
    word = m["n"].lower()
    place = 10 if word in {"last", "final"} else int(LEXICON.lookup("ordinal", word) or 0)
    if century is None or not 1 <= place <= 10:
        return None
    return Era(digits=(century - 1) * 10 + place - 1, unit="decade")


def _century_pair(m: re.Match[str]) -> Built:
    """Two centuries, each with its edge: "the late 19th and early 20th centuries" -> 18 (END) and 19 (START).

    >>> rule = next(r for r in RULES if r.name == "century-pair")
    >>> [(p.value.digits, p.value.mod) for p in _century_pair(rule.pattern.search("the 17th to the 19th century"))]
    [(16, None), (18, None)]
    """
    first, second = century_number(m["o1"]), century_number(m["o2"])
    if first is None or second is None or first >= second or "last" in (m["o1"].lower(), m["o2"].lower()):
        return None
    return (Piece(m.start("a"), m.end("a"), Era(digits=first - 1, unit="century", mod=edge_mod(m["e1"]))),
            Piece(m.start("b"), m.end("b"), Era(digits=second - 1, unit="century", mod=edge_mod(m["e2"]))))


def _bc_decade(m: re.Match[str]) -> Built:
    """"the 460s BC": the decade 469-460 BC, which TIMEX3 writes BC046."""
    return Era(digits=int(m["digits"]) // 10, unit="decade", mod=edge_mod(m["edge"]), bc=True)


# After "of", "in", "from" a word that opens no clause makes "mid-century" an adjective of style ("a house of
# mid-century vintage", "lamps in mid-century colours", "furniture from mid-century Denmark"); "in mid-century the
# town grew" keeps it. After "by" or "until" the next word opens the clause ("by mid-century emissions must fall").
_STYLE_PREPOSITIONS = frozenset("of in from".split())
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_CLAUSE_OPENERS = frozenset("the a an it its they their he she we this that there and or but when as is was were "
                            "will would had has to".split())


class MidCentury(Relative):
    """"mid-century": the middle of the century the text is in. That is the DCT's ("by mid-century emissions must
    fall"), unless the text last named an era of an earlier century and tells this in the past ("The town grew
    fast in the 1820s. By mid-century it had 100,000 people": the 19th's). Anchored in ``anchor_relative.py``.

    >>> MidCentury().unit, MidCentury().mod
    ('century', 'MID')
    """

    unit: Literal["century"] = "century"  # type: ignore[assignment]
    shift: Literal[0] = 0  # type: ignore[assignment]
    mod: Literal["MID"] = "MID"  # type: ignore[assignment]


def _mid_century(m: re.Match[str]) -> Built:
    """The middle of the DCT's century, unless "mid-century" names a style after "of", "in" or "from".

    >>> rule = next(r for r in RULES if r.name == "mid-century").pattern
    >>> _mid_century(rule.search("Coal is phased out by mid-century emissions")).mod
    'MID'
    >>> _mid_century(rule.search("a house of mid-century vintage"))
    Traceback (most recent call last):
    ValueError: 'mid-century' names a style
    """
    following = _NEXT_WORD.match(m.string, m.end())
    if m[0].split()[0].lower() in _STYLE_PREPOSITIONS and following and following[1].lower() not in _CLAUSE_OPENERS:
        raise ValueError(f"{m['t']!r} names a style")
    return MidCentury()


RULES = (
    compile_rule("decade", rf"(?i:the{S})?{YEAR_EDGE}(?P<digits>(?:1\d|20)\d0|['\u2019]\d0)['\u2019]?s", _decade, 2),
    # "the Roaring Twenties", "the swinging sixties": an epithet the decade is known by stays in its span
    compile_rule("decade-words", rf"(?i:the){S}{YEAR_EDGE}(?:(?i:roaring|swinging|hungry|dirty|naughty|gay|golden|"
                 rf"fabulous){S})?(?P<word>{DECADE_WORD})", _decade_words, 2),
    compile_rule("century", rf"(?i:the{S})?{YEAR_EDGE}(?P<ord>{CENTURY_ORDINAL}){S}(?i:century)"
                 rf"(?P<bc>{S}?{BC})?", _century, 2),
    # "the 19th-century palace", "a mid-20th-century house": the adjective alone, its noun's determiner left out
    compile_rule("century-adjective", rf"{YEAR_EDGE}(?P<ord>{CENTURY_ORDINAL})-(?i:century)(?![-\w])"
                 rf"(?P<bc>(?!))?", _century, 2),
    # "the 90s", "the late 80s": a decade of the 20th century written without its apostrophe, only after "the" and
    # outside talk of temperatures or ages ("highs in the 90s", "a woman in her 60s" are no decades)
    compile_rule("decade-two-digits", rf"(?i:the){S}{YEAR_EDGE}(?P<digits>[2-9]0)s(?![-\w'\u2019])", _bare_decade, 2),
    # "the first decade of the 21st century" (200), "the last decade of the 19th century" (189)
    compile_rule("decade-of-century", rf"(?i:the){S}(?P<n>{ORDINAL}|(?i:final)){S}(?i:decade){S}(?i:of){S}(?i:the){S}"
                 rf"(?P<ord>{CENTURY_ORDINAL}){S}(?i:century)(?![-\w])", _decade_of_century, 3),
    # "the late 19th and early 20th centuries", "from the 17th to the 19th century", "the 18th-19th centuries": two
    # centuries, the noun written once after the second
    compile_rule("century-pair", rf"(?P<a>(?i:the){S}(?:(?P<e1>(?i:early|mid|late))[-\s]{{1,2}})?(?P<o1>{CENTURY_ORDINAL}))"
                 rf"(?:{S}(?i:and|to|through|or){S}|[-\u2013])(?P<b>(?:(?i:the){S})?(?:(?P<e2>"
                 rf"(?i:early|mid|late))[-\s]{{1,2}})?(?P<o2>{CENTURY_ORDINAL}){S}(?i:century|centuries))"
                 r"(?![-\w])", _century_pair, 3),
    compile_rule("bc-decade", rf"(?i:the{S})?{YEAR_EDGE}(?P<digits>[1-9]\d{{0,2}}0)['\u2019]?s{S}?{BC}", _bc_decade, 3),
    # "phased out by mid-century": the middle of the DCT's century; "mid-century modern" is a style, no time
    compile_rule("mid-century", r"(?i:by|until|till|before|after|at|around|toward|towards|since|from|through|of|in)\s"
                 r"(?P<t>(?i:mid)[- ]?(?i:century))(?![-\w])(?!\s(?i:modern|design|furniture|style|architecture)\b)",
                 _mid_century, 2),
)
