"""Parts of years and longer eras: quarters, halves, decades, centuries (seasons and the turn of a
century are in :mod:`timeline.timex.seasons`, which shares this module's year reading).

"the fourth quarter" -> 2018-Q4, "the 1990s" -> 199,
"the 20th century" -> 19, "the 4th century BC" -> BC03, "the 460s BC" -> BC046 (no day interval
before the common era), "the first two quarters of 1990" -> 1990-H1, "the last half of the '80s"
-> 198 with mod END (1985-1989). Corpus: ``periods.tsv``.

>>> [r.name for r in RULES][:2]
['decade', 'decade-words']
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.timex.lexicon import LEXICON
from timeline.timex.patterns import ANY_CHARACTER, first_characters
from timeline.timex.rule import MONTH_FULL, ORDINAL, S, YEAR4, Built, Piece, compile_rule, edge_mod, month_number
from timeline.timex.values import CalendarDate, Duration, Era, Relative, WeekOf, YearPart

QUARTER_ORDINALS = {"first": "Q1", "1st": "Q1", "second": "Q2", "2nd": "Q2", "third": "Q3", "3rd": "Q3",
                    "fourth": "Q4", "4th": "Q4", "final": "Q4", "last": "Q4"}
_HALF_ORD = {"first": "H1", "1st": "H1", "second": "H2", "2nd": "H2", "latter": "H2", "last": "H2"}
_SHIFT = {"this past": -1, "this coming": 1, "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}
# "this past", "next", "last" before a period word; shared with seasons.py, as are YEAR_EDGE, year_of, century_number
REL_WORD = r"(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|current|coming|past|previous))"


def _decade_digits(written: str) -> int:
    """The first three digits of a decade written ``1980s``, ``'80s`` or ``eighties``."""
    if written.lower() in _DECADE_WORDS:
        return 190 + _DECADE_WORDS[written.lower()]
    digits = written.lstrip("'\u2019")
    if len(digits) == 2:  # "the '90s", assumed 20th century for 20-90, 21st for 00-10
        digits = ("20" if int(digits) < 20 else "19") + digits
    return int(digits) // 10


def century_number(written: str) -> int | None:
    """The number of a century written ``20th`` or ``twentieth``; None outside 1-30."""
    raw = written.lower()
    number = int(re.match(r"\d+", raw)[0]) if raw[0].isdigit() else int(LEXICON.lookup("ordinal", raw) or 0)
    return number if 1 <= number <= 30 else None


def _decade(m: re.Match[str]) -> Built:
    """"the 1990s"; "the 1980s-era missiles": a decade made an adjective by a hyphen leaves "the" to the noun.

    >>> [(p.start, p.end) for p in _decade(re.search(RULES[0].pattern, "The 1980s-era jets"))]
    [(4, 9)]
    """
    era = Era(digits=_decade_digits(m["digits"]), unit="decade", mod=edge_mod(m["edge"]))
    if m.string[m.end():m.end() + 1] == "-" and m.string[m.end() + 1:m.end() + 2].isalpha() \
            and _THE_BEFORE_ADJECTIVE.search(m.string, m.start(), m.start("digits")) and not m["edge"]:
        return (Piece(m.start("digits"), m.end(), era),)
    return era


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
    return Era(digits=_decade_digits(m["word"]), unit="decade", mod=edge_mod(m["edge"]))


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


def _full_year(written: str) -> int:
    """``2018``, or ``'69`` read as the decade of ``'90s`` is: 20-99 in the 1900s, 00-19 in the 2000s.

    >>> _full_year("'69"), _full_year("\u201919"), _full_year("2018")
    (1969, 2019, 2018)
    """
    digits = written.lstrip("'\u2019")
    if len(digits) == 2:
        return (1900 if int(digits) >= 20 else 2000) + int(digits)
    return int(digits)


def year_of(m: re.Match[str]) -> tuple[int | None, int | None]:
    """The year written with a part ("2018's", "of 2018") or its shift ("next year's")."""
    for name in ("year", "year2", "year3"):  # "year3": "first-quarter 2019", the year right after the part
        written = m.groupdict().get(name)
        if written:
            return _full_year(written), None
    rel = m.groupdict().get("rel")
    if rel:
        return None, _SHIFT[" ".join(rel.lower().split())]
    tail = (m.groupdict().get("rel2") or "").lower()
    return None, (_SHIFT.get(tail, 0) if tail else None)  # "of the year": the DCT's


def _quarter(m: re.Match[str]) -> Built:
    year, shift = year_of(m)
    ordinal = m["ord"].lower()
    if m["count"]:  # "the first two quarters of 1990" is the year's first half, which TIMEX3 writes H1
        part = {"first": "H1", "1st": "H1", "last": "H2", "final": "H2"}.get(ordinal)
        if part is None or (year is None and shift is None):
            return None  # alone, "the first two quarters" is a duration as "the first nine months" is (P2Q)
        return YearPart(part=part, year=year, shift=shift if year is None else None)  # type: ignore[arg-type]
    if ordinal == "last" and year is None and shift is None:
        return None  # "the last quarter": the one gone by (relative-quarter); "of 1989" makes it the fourth
    part = QUARTER_ORDINALS.get(ordinal) or "Q" + m["ord"][0]
    if year is None and shift is None and _in_a_match(m):
        return None  # "a touchdown in the fourth quarter": a quarter of a game
    return YearPart(part=part, year=year, shift=shift if year is None else None)  # type: ignore[arg-type]


_THE_BEFORE_ADJECTIVE = re.compile(r"(?i:the)[ \t]{1,3}$")


def _as_adjective(m: re.Match[str], value: YearPart | Era | CalendarDate | Relative | None) -> Built:
    """"The third-quarter profit", "the second-half outlook": a hyphenated quarter or half before its noun is an
    adjective, and "the" is the noun's (TimeBank marks "third-quarter" alone); else the match's own span."""
    if value is None or m["year"]:
        return value
    head, end = m.string[m.start():m.start("ord")], m.end()
    if not _THE_BEFORE_ADJECTIVE.search(head) or m.string[m.end("ord"):m.end("ord") + 1] != "-" \
            or not re.match(r"[ \t]{1,3}[a-z]", m.string[end:end + 4]) or m.string[end:end + 4].strip() == "of":
        return value
    return (Piece(m.start("ord"), end, value),)


def _half(m: re.Match[str]) -> Built:
    """A half of a year, or of a decade, century or month.

    TIMEX3 has H1 and H2 for years only: "the last half of the '80s" is the decade
    (198) with mod END, and its interval the decade's second half (1985-1989), as
    "the late 1980s" is; "the first half of the century" is the DCT's century with mod
    START, "the second half of November" the month with mod END (16-30 November).
    """
    part = _HALF_ORD[m["ord"].lower()]
    mod = "START" if part == "H1" else "END"
    if m["era"] or m["eraword"]:
        return Era(digits=_decade_digits(m["era"] or m["eraword"]), unit="decade", mod=mod)
    if m["cent"]:
        number = century_number(m["cent"])
        return None if number is None else Era(digits=number - 1, unit="century", mod=mod, bc=m["hbc"] is not None)
    if m["month"]:  # "the second half of November": the month, its interval halved by the mod
        return CalendarDate(month=month_number(m["month"]), year=int(m["myear"]) if m["myear"] else None, mod=mod)
    unit = (m["unit"] or m["unit2"] or "").lower()
    shift = _SHIFT[m["rel2"].lower()] if m["rel2"] else 0
    if unit in {"decade", "century", "month"}:  # "the second half of the decade": the DCT's (or the next, the last)
        return Relative(unit=unit, shift=shift, mod=mod)  # type: ignore[arg-type]
    if unit == "year":  # "the first half of the year", "of next year"
        return YearPart(part=part, shift=shift)  # type: ignore[arg-type]
    year, shift = year_of(m)
    if year is None and shift is None and _in_a_match(m):
        return None  # "scored in the second half", "a first-half goal": a half of a game
    return YearPart(part=part, year=year, shift=shift)  # type: ignore[arg-type]


# Words of a game played in halves or quarters: a bare half or quarter in their sentence is the game's, not the
# year's ("goals", "match", "scores" and "penalties" are business words too: "its goals for the second half")
_GAME_WORDS = re.compile(r"\b(?:scored|scoring|(?:half|quarter)\s+(?:goal|strike|header|try|touchdown|red\s+card)|"
                         r"halftime|half-time|(?:\d+(?:st|nd|rd|th)|final)\s+minute|touchdowns?|"
                         r"equali[sz](?:ed|er)|striker|kick-?off|whistle|(?:home|away)\s+(?:side|team))\b",
                         re.IGNORECASE)
# The same search, stepping in C only on the characters a game word can start with (a sentence is mostly other
# letters): it finds a game word exactly where _GAME_WORDS does, twice as fast
_GAME_WORD_AT = re.compile(f"{first_characters([_GAME_WORDS])}(?<=(?={_GAME_WORDS.pattern}){ANY_CHARACTER})",
                           re.IGNORECASE)
# A piece of each of _GAME_WORDS' words, lower case: a sentence holding none holds no game word (in ASCII text,
# where IGNORECASE folds nothing but A-Z)
_GAME_STEMS = ("scor", "goal", "strike", "header", "try", "touchdown", "red", "halftime", "half-time", "minute",
               "equali", "kick", "whistle", "side", "team")
_SENTENCE_EDGE = re.compile(r"[.!?\n](?=\s)")


def _in_a_match(m: re.Match[str]) -> bool:
    """Whether a half or quarter with no year is a game's: its sentence speaks of scoring or the game's time.

    >>> _in_a_match(re.search("the second half", "Liverpool scored twice in the second half."))
    True
    >>> _in_a_match(re.search("the second half", "Sales rose in the second half. He scored."))
    False
    """
    text = m.string
    starts = [e.end() for e in _SENTENCE_EDGE.finditer(text, max(0, m.start() - 200), m.start())]
    start = starts[-1] if starts else max(0, m.start() - 200)
    end_match = _SENTENCE_EDGE.search(text, m.end(), m.end() + 200)
    end = end_match.start() if end_match else min(len(text), m.end() + 200)
    sentence = text[start:end]
    if sentence.isascii():  # a game word holds one of _GAME_STEMS: most sentences, holding none, need no regex
        sentence = sentence.lower()
        if not any(stem in sentence for stem in _GAME_STEMS):
            return False
    return _GAME_WORD_AT.search(text, start, end) is not None


def _quarter_code(m: re.Match[str]) -> Built:
    """The analysts' quarter codes: "3Q", "Q3 2018", "4Q18", "Q3'18" (two digits as in "'69").

    >>> code = next(r for r in RULES if r.name == "quarter-code").pattern
    >>> [_quarter_code(code.search(t)).year for t in ("in 4Q18", "Q3'18", "Q3 2017", "3Q")]
    [2018, 2018, 2017, None]
    """
    written = m["year"] or m["year2"] or (f"'{m['yy'] or m['yy2']}" if m["yy"] or m["yy2"] else None)
    return YearPart(part="Q" + (m["ord"] or m["ord2"]),  # type: ignore[arg-type]
                    year=_full_year(written) if written else None)


def _relative_quarter(word: str) -> Built:
    if word in {"latest", "most recent"}:  # a quarter that has ended
        return YearPart(part="QX", reference=True, direction="past")
    if word == "the":
        return YearPart(part="QX", reference=True)
    return YearPart(part="QX", shift=_SHIFT[word])




_YEAR_HEAD = rf"(?:(?:(?P<year>{YEAR4})|{REL_WORD}{S}year)(?:['\u2019]s)?{S})?"
# "of 2018", "of fiscal 2018", "of next year", "of the year" (the DCT's)
_YEAR_TAIL = (rf"(?:{S}of{S}(?:(?:(?i:fiscal){S})?(?P<year2>{YEAR4})|(?P<rel2>(?i:the|this|next|last)){S}"
              rf"(?:(?i:fiscal|calendar|financial){S})?(?i:year)(?![-\w'\u2019])))?")
# two edges ("the mid-to-late 1990s", "early to mid-summer") join the span with no mod, as "mid-to-late November" does
YEAR_EDGE = r"(?:(?:(?i:early|mid)(?:-to-|[ \t]to[ \t])(?i:mid|late)|(?P<edge>(?i:early|mid|late)))[-\s]{1,2})?"
_BC = r"(?:BCE|BC|B\.C\.E\.|B\.C\.)(?![-\w])"
_DECADE_WORD = r"(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
# "the first half of 2016", "... of the '80s", "... of the 20th century", "... of the decade", "... of next year"
_HALF_TAIL = (rf"(?:{S}of{S}(?:(?:(?i:fiscal){S})?(?P<year2>{YEAR4})|(?i:the){S}(?:(?P<era>(?:1\d|20)\d0|['\u2019]\d0)"
              rf"['\u2019]?s|(?P<eraword>{_DECADE_WORD})|(?P<cent>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)){S}(?i:century)"
              rf"(?P<hbc>{S}?{_BC})?"
              rf"|(?P<unit>(?i:decade|century|year|month)))|(?P<rel2>(?i:this|next|last)){S}"
              rf"(?P<unit2>(?i:year|decade|century|month))|(?P<month>{MONTH_FULL})(?:,?{S}(?P<myear>{YEAR4}))?))?")

def _relative_quarter_words(m: re.Match[str]) -> Built:
    words = m["which"].lower().split()
    unit_word = m[0].split()[-1].lower()
    if unit_word == "period" and words[-1] not in {"latest", "current"}:
        return None  # "the period" names no quarter; "the latest period" does in earnings news
    key = words[-1] if len(words) > 1 or words[0] not in {"the", "that"} else "the"
    if key == "recent":
        key = "most recent"
    if key == "past" or (key == "last" and words[0] == "the"):
        key = "latest"
    return _relative_quarter(key)


def _week_number(m: re.Match[str]) -> Built:
    """"week 46 of 2018", "week 46, 2018": that ISO week (the week of its Thursday, which is in the ISO year).

    "week 46" or "Week 12" alone may count a season's or a trial's weeks: its span is claimed and it gives
    nothing (before, "week" was read as a duration, P1W).

    >>> rule = next(r for r in RULES if r.name == "week-number").pattern
    >>> _week_number(rule.search("in week 46 of 2018")).day.day
    15
    """
    if m["year"] is None:
        raise ValueError(f"{m[0]!r} numbers a week of no known year")
    thursday = dt.date.fromisocalendar(int(m["year"]), int(m["n"]), 4)
    return WeekOf(day=CalendarDate(year=thursday.year, month=thursday.month, day=thursday.day))


class NewYear(Relative):
    """"into the new year", "in the New Year": the year that begins on the 1 January nearest the DCT (said in
    December, the next year; said in January, this one: a shift of +1 would be wrong then). Anchored in
    ``anchor_relative.py``.

    "before the new year", "over the New Year": the turn of the year, its 1 January (``day``), as WikiWars writes
    "eight days before the new year" (1939-01-01).

    >>> NewYear(unit="year", shift=0).unit
    'year'
    """

    day: bool = False


# "the New Year holidays", "the new year's budget": the holiday or a thing of the year, not the year told
_NEW_YEAR_NOUN = (r"(?!\s(?i:holidays?|eve|day|celebrations?|festivities|festival|party|parties|break|recess|honou?rs|"
                  r"resolutions?|message|address|speech|greetings?|fireworks|concert|gala|parade)\b)")


# a word for a point in time or for a celebration before it makes "the new year" its first day
_TURN_BEFORE = re.compile(r"(?<![\w])(?i:before|after|until|till|by|since|around|over|celebrated|celebrates|celebrate|"
                          r"welcomed|welcome|ring|rang|rung|ringing|see|saw|seeing)[ \t]+(?:in[ \t]+)?$")


def _new_year(m: re.Match[str]) -> Built:
    """"in the new year": a :class:`NewYear`, the year; "before the new year", its 1 January.

    >>> rule = next(r for r in RULES if r.name == "the-new-year").pattern
    >>> [rule.search(t) is not None for t in ("talks into the new year", "the New Year holidays", "a new year")]
    [True, False, False]
    >>> [_new_year(rule.search(t)).day for t in ("talks into the new year", "eight days before the new year")]
    [False, True]
    """
    turn = _TURN_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is not None
    return NewYear(unit="year", shift=0, day=turn)


RULES = (
    compile_rule("decade", rf"(?i:the{S})?{YEAR_EDGE}(?P<digits>(?:1\d|20)\d0|['\u2019]\d0)['\u2019]?s", _decade, 2),
    compile_rule("decade-words", rf"(?i:the){S}{YEAR_EDGE}(?P<word>{_DECADE_WORD})", _decade_words, 2),
    compile_rule("century", rf"(?i:the{S})?{YEAR_EDGE}(?P<ord>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)){S}(?i:century)"
                 rf"(?P<bc>{S}?{_BC})?", _century, 2),
    # "the 19th-century palace", "a mid-20th-century house": the adjective alone, its noun's determiner left out
    compile_rule("century-adjective", rf"{YEAR_EDGE}(?P<ord>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))-(?i:century)(?![-\w])"
                 rf"(?P<bc>(?!))?", _century, 2),
    # "the 90s", "the late 80s": a decade of the 20th century written without its apostrophe, only after "the" and
    # outside talk of temperatures or ages ("highs in the 90s", "a woman in her 60s" are no decades)
    compile_rule("decade-two-digits", rf"(?i:the){S}{YEAR_EDGE}(?P<digits>[2-9]0)s(?![-\w'\u2019])", _bare_decade, 2),
    # "the first decade of the 21st century" (200), "the last decade of the 19th century" (189)
    compile_rule("decade-of-century", rf"(?i:the){S}(?P<n>{ORDINAL}|(?i:final)){S}(?i:decade){S}(?i:of){S}(?i:the){S}"
                 rf"(?P<ord>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)){S}(?i:century)(?![-\w])", _decade_of_century, 3),
    # "the late 19th and early 20th centuries", "from the 17th to the 19th century", "the 18th-19th centuries": two
    # centuries, the noun written once after the second
    compile_rule("century-pair", rf"(?P<a>(?i:the){S}(?:(?P<e1>(?i:early|mid|late))[-\s]{{1,2}})?(?P<o1>{ORDINAL}|"
                 rf"\d{{1,2}}(?:st|nd|rd|th)))(?:{S}(?i:and|to|through|or){S}|[-\u2013])(?P<b>(?:(?i:the){S})?(?:(?P<e2>"
                 rf"(?i:early|mid|late))[-\s]{{1,2}})?(?P<o2>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)){S}(?i:century|centuries))"
                 r"(?![-\w])", _century_pair, 3),
    compile_rule("bc-decade", rf"(?i:the{S})?{YEAR_EDGE}(?P<digits>[1-9]\d{{0,2}}0)['\u2019]?s{S}?{_BC}", _bc_decade, 3),
    compile_rule("quarter", rf"(?i:the{S})?{_YEAR_HEAD}(?:(?i:fiscal){S})?(?P<ord>(?i:first|second|third|fourth|"
                 rf"final|last|1st|2nd|3rd|4th))[-\s](?:(?P<count>(?i:two|2)){S})?"
                 rf"(?i:(?:fiscal|calendar|financial)[-\s])?(?i:quarter)s?(?:,?{S}(?P<year3>{YEAR4})(?![-/]\d)|{_YEAR_TAIL})"
                 r"(?!-(?i:century))", lambda m: _as_adjective(m, _quarter(m)), 2),
    # "3Q", "3Q 2018", "4Q18", "Q3", "Q3 2018", "Q3'18" (a space before two digits would be a count: "Q3 18 died")
    compile_rule("quarter-code", rf"(?P<ord>[1-4])Q(?:(?:{S})?(?P<year>{YEAR4})|['\u2019]?(?P<yy>\d\d))?"
                 rf"|Q(?P<ord2>[1-4])(?:{S}(?P<year2>{YEAR4})|['\u2019](?P<yy2>\d\d))?", _quarter_code, 2),
    # "H1 2019", "2H 2019": the analysts' code for a half, read only with its year ("H1" alone is too many things)
    # ("1H19", "H1'19": two digits as the quarter codes write them; "H150" is a model, no year)
    compile_rule("half-code", rf"(?:(?P<ord>[12])H|H(?P<ord2>[12]))(?:{S}?(?P<year>{YEAR4})|(?<=H)['\u2019]?(?P<yy>\d\d)"
                 r"|['\u2019](?P<yy2>\d\d))",
                 lambda m: YearPart(part="H" + (m["ord"] or m["ord2"]),  # type: ignore[arg-type]
                                    year=int(m["year"]) if m["year"] else _full_year(f"'{m['yy'] or m['yy2']}")), 2),
    compile_rule("half", rf"(?i:the{S})?{_YEAR_HEAD}(?P<ord>(?i:first|second|latter|last|1st|2nd))[-\s](?i:half)"
                 rf"{_HALF_TAIL}", lambda m: _as_adjective(m, _half(m)), 1),
    # "the quarter century since 1991", "the past quarter century": 25 years (ending at the DCT after "past"/"last"),
    # not a quarter of the year ("its quarter-century low", hyphenated, is left alone: TimeBank does not mark it)
    compile_rule("quarter-century", r"(?:(?i:the|a)\s+)?(?:(?P<rel>(?i:past|last|previous))\s+)?(?i:quarter)\s"
                 r"(?i:century)(?![-\w])",
                 lambda m: Duration(unit="year", count=25.0, anchored="past" if m["rel"] else "none"), 2),
    compile_rule("relative-quarter", r"(?P<which>(?i:the(?:\s(?:latest|most\s+recent|current|last|previous|past|"
                 r"next|coming))?|this|last|next|that))\s(?i:quarter|period)(?![-\w])(?!\s(?i:century|centuries)\b)",
                 _relative_quarter_words, 0),
    # "the September quarter", "the June quarter": the calendar quarter that month ends
    compile_rule("month-quarter", rf"(?i:the){S}(?P<month>March|June|September|December){S}(?i:quarter)(?![-\w])",
                 lambda m: YearPart(part=f"Q{month_number(m['month']) // 3}"), 2),  # type: ignore[arg-type]
    compile_rule("week-number", rf"(?i:week|wk\.?){S}(?:(?i:no\.?|number){S})?(?P<n>[1-5]?\d)(?![\d.,]\d)"
                 rf"(?:(?:,?{S}|{S}(?i:of){S})(?P<year>{YEAR4}))?", _week_number, 2),
    compile_rule("year-quarter", rf"(?i:the){S}(?P<year>{YEAR4}){S}(?i:quarter|period)(?![-\w])",
                 lambda m: YearPart(part="QX", year=int(m["year"]), reference=True), 1),
    # "the new year" is the year the coming (or just passed) 1 January begins; "Lunar New Year" has no "the" before
    compile_rule("the-new-year", rf"(?i:the){S}(?:[Nn]ew|NEW){S}(?:[Yy]ear|YEAR)(?![-\w'\u2019]){_NEW_YEAR_NOUN}",
                 _new_year, 2),
)
