"""A count of years since an event of a named year (corpus ``counts.tsv``).

"Berlin marks 30 years since the fall of the wall in 1989", "It has been five years since the 2014
annexation", "Five years after the 2014 annexation, Crimea remains cut off": said N years after an
event of year Y, the time told is N years after it, give or take the rounding of a count ("five
years" may be four and a half or five and eleven months) and the event's day in Y: between 1 July
of Y+N-1 and 30 December of Y+N+1. Told in the present ("marks", "it has been", "remains"), that
is the DCT; in the past ("marked", "Russia opened a bridge"), the DCT is on or after its first
day; in the future ("will mark"), on or before its last.

Read only where the count is the sentence's time: after a verb of marking ("marks", "celebrated",
"commemorates"), after "it is / it has been", or opening the sentence before a comma ("Five years
after the 2014 annexation, ..."), with the event's year the first one after "since" / "after" in
the sentence. "He was sentenced to five years after the 2014 riots" gives nothing.

Review H5 (session 9) found these read wrongly, now mended: a year past a clause break or in a
relative clause ("since the wall fell, and in 2019 ...", "since Ana Ruiz, who was born in 1990,
opened") names no event counted from, and gives nothing; another year in the sentence ("In 2029 the
city marks 40 years since ...") leaves the time unknown; a time ahead ("Next year marks 30 years
since ...", "... the 1944 landings next June") makes the count future; inside a quotation the present
is its speaker's, so only the lower side is kept ("the president said in a speech a decade ago:
“It is 20 years since the 1989 revolution”"), and so is reported speech of another time ("In a
speech at the time, the mayor said the city marks 75 years since the 1944 landings").

>>> from timeline.anchor.settings import AnchorSettings
>>> [(c.intervals[0][0].isoformat(), c.intervals[0][1].isoformat(), c.lower, c.upper) for c in
...  count_clues("Berlin marks 30 years since the fall of the wall in 1989.", AnchorSettings())]
[('2018-07-01', '2020-12-30', True, True)]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, domain
from timeline.anchor.dayset import MONTH_RE, YEAR_RE, normalise
from timeline.anchor.mentions import full_dates, quote, sentence_around, years
from timeline.anchor.quotes import inside_quotes, reported_then
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import Tense, is_past_word

_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "a hundred": 100, "one hundred": 100}
# A number word whole: "twenty-five" is 25 (a compound of tens and units), never the "five" at its end (that read
# "Twenty-five years ago today, in 1994" as five years after 1994: a confident lie of review E, session 10).
_UNITS = _WORDS[:9]
_COMPOUND = rf"(?:{'|'.join(t for t in _TENS if ' ' not in t)}|twenty)[-\s](?:{'|'.join(_UNITS)})"
# Public: the anniversaries read the same counts (a number, a number word, a compound of tens and units)
NUMBER = (r"(?<![\w-])(?P<n>\d{1,3}|" + _COMPOUND + "|"
          + "|".join(sorted([*_WORDS, *_TENS], key=len, reverse=True)) + r")(?![\w-])")
_COUNT = rf"{NUMBER}\s+years?\s+(?:to\s+the\s+day\s+)?(?:since|after)\b"
# "marks the 30th anniversary of the fall of the wall in 1989": an anniversary counts years as exactly (read after a
# verb of marking only, and rounded as any count: a celebration may come before or after the day).
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
            "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90,
            "hundredth": 100, "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200}
_CENTENARIES = ("centenary", "centennial", "bicentenary", "bicentennial")
# "the 30th anniversary of", "the centenary of": an ordinal names an anniversary only with the word ("the first of
# three concerts in 2019" counts nothing).
_ORDINAL_WORDS = "|".join(sorted(set(ORDINALS) - set(_CENTENARIES), key=len, reverse=True))
ORDINAL = rf"(?:(?P<o>\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})\s+anniversary|(?P<c>{'|'.join(_CENTENARIES)}))"
_ANNIVERSARY = rf"the\s+{ORDINAL}\s+of\b"
_EVENT_YEAR = re.compile(rf"[^.;!?]{{0,80}}?\b(?P<y>{YEAR_RE})\b(?![\d%]|[.,:/\-]\d|s\b)")
# The event's year must name the event counted from: no clause break, no new clause and no relative clause
# between ("since the wall fell, and in 2019 the city ...", "since Ana Ruiz, who was born in 1990, opened").
_BREAK = re.compile(r"[,;:()—–]|\b(?:and|but|while|who|whom|whose|which|that|when|where)\b", re.IGNORECASE)
# A time ahead in the count's sentence puts the anniversary ahead ("Next year marks 30 years since ...",
# "marks 75 years since the 1944 landings next June"): the count is told as future.
_AHEAD = re.compile(rf"\b(?:next|coming|upcoming|ahead|later\s+this|this\s+(?:coming\s+)?(?:{MONTH_RE}|spring|summer"
                    rf"|autumn|fall|winter))\b", re.IGNORECASE)
_MARKING = re.compile(rf"\b(?:(?P<will>will\s+)?(?P<verb>marks?|marking|marked|celebrates?|celebrating|celebrated"
                      rf"|commemorates?|commemorating|commemorated)|(?P<it>it\s+(?:is|was|has\s+been|had\s+been"
                      rf"|['’]s(?:\s+been)?)))\s+(?:{_COUNT}|{_ANNIVERSARY})", re.IGNORECASE)
_OPENING = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*{_COUNT}", re.IGNORECASE | re.MULTILINE)
_PRESENT = frozenset("is are remains remain has have still continues continue stays stay lives live faces face "
                     "holds hold marks mark".split())
_FUTURE = frozenset("will shall".split())


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    tens, _, unit = word.replace("-", " ").partition(" ")
    if unit in _UNITS and tens in (*_TENS, "twenty"):
        return (20 if tens == "twenty" else _TENS[tens]) + _UNITS.index(unit) + 1
    return _WORDS.index(word) + 1 if word in _WORDS else _TENS.get(word)


def count_of(m: re.Match) -> int | None:
    """The years a count ("30 years since", "thirty years after") or an anniversary ("the 30th anniversary of") tells.

    >>> count_of(_MARKING.search("marks the fiftieth anniversary of"))
    50
    >>> count_of(_MARKING.search("marks 30 years since")), count_of(_MARKING.search("marks the centenary of"))
    (30, 100)
    >>> count_of(_MARKING.search("marks twenty-five years since")), _MARKING.search("marks twenty-fiver years since")
    (25, None)
    """
    if m.groupdict().get("n"):
        return _number(re.sub(r"\s+", " ", m["n"]))
    word = (m["o"] or m["c"]).lower()
    return int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word)


def _verb_tense(m: re.Match) -> Tense:
    """The tense of a marking verb or "it is / it has been"."""
    if m["will"]:
        return "future"
    said = (m["verb"] or m["it"]).lower()
    if said.endswith("ed") or said.startswith(("it was", "it had")):
        return "past"
    return "present"


def _main_clause_tense(text: str, comma: int) -> Tense:
    """The tense of the first verb-like word after an opening count's comma ("..., Crimea remains cut off")."""
    for word in re.findall(r"[A-Za-z']+", text[comma:comma + 60])[:6]:
        low = word.lower()
        if low in _PRESENT:
            return "present"
        if low in _FUTURE:
            return "future"
        if is_past_word(low):
            return "past"
    return "unknown"


def count_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """The clues of counts of years since an event of a named year (see the module's text).

    >>> from timeline.anchor.settings import AnchorSettings
    >>> count_clues("He was sentenced to five years after the 2014 riots.", AnchorSettings())
    []
    """
    found = []
    for m in itertools.islice(_MARKING.finditer(text), settings.max_clues):  # a bounded cost per text
        found.append((m, _verb_tense(m)))
    for m in itertools.islice(_OPENING.finditer(text), settings.max_clues):
        year = _EVENT_YEAR.match(text, m.end())
        comma = text.find(",", year.end() if year else m.end(), m.end() + 100)
        if year and comma >= 0 and not re.search(r"[.;!?]", text[m.end():comma]):
            found.append((m, _main_clause_tense(text, comma + 1)))
    return [c for m, tense in found if (c := _clue(text, m, tense, settings)) is not None]


def _told(text: str, m: re.Match, year: tuple[int, int, int], tense: Tense) -> Tense:
    """The tense the count is told in, once its sentence and a quotation are heard ("unknown": no clue).

    Another year in the sentence ("In 2029 the city marks 40 years since ...") leaves it unknown; a time
    ahead makes it future; inside a quotation the present is its speaker's, on or before the DCT (past),
    and a future of the speaker's says nothing of the DCT.
    """
    said = sentence_around(text, m.start(), m.end(), 240, quoted=True)
    sentence = text[said.start:said.end]
    told = years(sentence, []) + [(d.start, d.end, d.year) for d in full_dates(sentence)]
    others = [y for a, b, y in told if not year[0] <= said.start + a < year[1]]
    if others:
        return "unknown"
    if tense == "present" and _AHEAD.search(text, said.start, said.end):
        tense = "future"
    if inside_quotes(text, m.start()) or reported_then(text, said.start, m.start(), said.end):
        return "unknown" if tense == "future" else "past"
    return tense


def _event_year(text: str, at: int) -> tuple[int, int, int] | None:
    """(start, end, year) of the event's year after ``at``: a full date's ("since the wall fell on Nov. 9, 1989",
    whose comma and abbreviation point end nothing), else the first year in the sentence.

    >>> t = "marks 30 years since the wall fell on Nov. 9, 1989."
    >>> _event_year(t, 14)
    (38, 50, 1989)
    """
    year = _EVENT_YEAR.match(text, at)
    dates = full_dates(text[at:at + 100])
    if dates and (year is None or at + dates[0].start <= year.start("y")):
        start = at + dates[0].start
        return None if re.search(r"[.;!?]\s", text[at:start]) else (start, at + dates[0].end, dates[0].year)
    return (year.start("y"), year.end("y"), int(year["y"])) if year else None


def _clue(text: str, m: re.Match, tense: Tense, s: AnchorSettings) -> Clue | None:
    year = _event_year(text, m.end())
    count = count_of(m)
    if year is None or _BREAK.search(text, m.end(), year[0]):
        return None
    tense = _told(text, m, year, tense)
    if tense == "unknown" or count is None or not 0 < count <= 150:
        return None
    event = year[2]
    first, last = dt.date(event + count - 1, 7, 1), dt.date(event + count + 1, 12, 30)
    low, high = domain(s)
    if not low <= first and last <= high:
        return None
    said = f"{quote(text, m.start(), m.end())} ({count} years after an event of {event}: {first} to {last}"
    own = bool(m.groupdict().get("o") or m.groupdict().get("c")) and _own_time(text, m.end(), year[0])
    if own:  # "marked the 50th anniversary of the moon landing on July 20, 2019": maybe the marking's own year
        said += f", or the anniversary's own year {event}"
    mine = (dt.date(event, 1, 1), dt.date(event, 12, 31)) if own and low.year <= event <= high.year else None
    if tense == "present":
        return Clue("count", f"{said}, told in the present)", normalise([(first, last), *([mine] if mine else [])]),
                    True, True, 3)
    if tense == "past":
        start = min(first, mine[0]) if mine else first
        return Clue("count", f"{said}, told as past): on or after {start}", [(start, high)], True, False, 3)
    end = max(last, mine[1]) if mine else last
    return Clue("count", f"{said}, told as future): on or before {end}", [(low, end)], False, True, 3)


# After "the Nth anniversary of" a noun, a year or date after "in"/"on" may tell when the anniversary is marked, not
# the event ("celebrated the 30th anniversary of the fall of the wall in 2019 with concerts", "Nasa marked the 50th
# anniversary of the moon landing on July 20, 2019": both read as 2048/2068 before); after a past verb ("the wall
# fell in 1989"), "of 1989" or "the 1989 revolution" it is the event's. A count "N years since the fall of the wall
# in 1989" keeps the event's reading (its year attaches to the event; "in 2019" for the marking's is left).
_NOUN_THEN = re.compile(r"\b(?P<w>[a-z]+)\s+(?:in|on|during)\s+$")


def _own_time(text: str, start: int, at: int) -> bool:
    """Whether the event's year at ``at`` (the count ending at ``start``) may be the anniversary's own time.

    >>> t = "celebrated the 30th anniversary of the fall of the wall in 2019 with concerts."
    >>> _own_time(t, 34, t.index("2019")), _own_time("marks 30 years since the wall fell in 1989.", 20, 38)
    (True, False)
    """
    noun = _NOUN_THEN.search(text, start, at)
    return bool(noun) and not is_past_word(noun["w"]) and noun["w"] not in ("born", "since")
