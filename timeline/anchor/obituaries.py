"""An age at death and a birth date date the death (corpus ``obituaries.tsv``).

"Margaret Ellis died on Sunday at 87. Born in Lima in 1932, she ..." : someone born in 1932
who died at 87 died between 1 January 2019 and 30 December 2020 (born on 8 January 1942 and
76 at death: between 8 January 2018 and 7 January 2019). The death is told as past, so the
DCT is on or after the first of those days. Told with a bare weekday ("died on Sunday"), the
death lies within ``weekday_days`` before the DCT, so the DCT is also on or before the last day
plus ``weekday_days``; with a date without a year ("died on March 14"), that date in the one
year the span allows, and the DCT within ``yearless_days`` after it.

Read only when the text ties age and birth to the one who died: the age in the death's
sentence ("died ... at 87", "at the age of 90", "aged 94", "The former president, 94, died") or
the next one ("He was 76."),
and a birth said of a person ("Born in Lima in 1932, she", "Hawking was born on Jan. 8, 1942",
"Prince, born June 7, 1958,") within the next few sentences.

>>> from timeline.anchor.settings import AnchorSettings
>>> text = "Margaret Ellis died on Sunday at 87. Born in Lima in 1932, she moved to Edinburgh."
>>> [(c.intervals[0][0].isoformat(), c.intervals[-1][1].isoformat()) for c in obituary_clues(text, AnchorSettings())]
[('2019-01-01', '2021-01-05')]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, domain
from timeline.anchor.dayset import MONTH_NAMES, WEEKDAY_NAME, YEAR_RE, normalise
from timeline.anchor.mentions import Sentence, full_dates, quote, sentence_around, yearless_dates
from timeline.anchor.settings import AnchorSettings
from timeline.timex.calendar import safe_date

_DIED = re.compile(r"\b(?:died|was\s+found\s+dead|passed\s+away)\b")
# "at 87", not "at 3 p.m." nor "at 87 percent".
_AGE_HERE = re.compile(r"\b(?:at\s+(?:the\s+age\s+of\s+)?|aged\s+)(?P<age>\d{1,3})\b(?![\d.,:]\d|\s*(?:%|percent|"
                       r"[ap]\.?m\b|o['’]clock|years?\s+(?:after|before|later|earlier)))")
# "The former president, 94, died on Friday": an age between commas right before the death.
_AGE_BEFORE = re.compile(r"[A-Za-z],\s+(?P<age>\d{1,3}),\s+(?:who\s+)?$")
_AGE_NEXT = re.compile(r"\s*(?:He|She)\s+was\s+(?P<age>\d{1,3})\s*\.")
# "died on Sunday", not "died on a Sunday" (any Sunday, perhaps long ago).
_DAY = re.compile(rf"(?<!\ba )(?<!\bone )(?<!\bthat )(?<!\bthe )(?<!\bevery )\b{WEEKDAY_NAME}\b(?!,?\s*[A-Z0-9])"
                  r"|\b(?:yesterday|today)\b")
_YEAR = rf"(?P<y>{YEAR_RE})\b(?![\d%]|[.,:/\-]\d)"
# A birth said of a person: "Born in Lima in 1932, she", "Hawking was born on Jan. 8, 1942", "Prince, born June 7, 1958,".
# A name must be one the death's sentence gives before "died" ("Hawking died ... Hawking was born",
# not "Peter, born in 1951" about a son); "Born ..., he" and "He was born" only right after the death.
_BORN = re.compile(r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))Born\b|\b(?:[Hh]e|[Ss]he|(?P<name>[A-Z][\w'’-]+))\s+was\s+born\b"
                   r"|\b(?P<named>[A-Z][\w'’-]+),\s+(?:who\s+was\s+)?born\b)")
# What follows "Born ..." up to the comma that ends its clause; a date's own comma or a month's abbreviation point
# ("Born in Halifax on May 2, 1926, she", "Born Jan. 8, 1942, he") ends nothing.
_BORN_CLAUSE = re.compile(r"(?:[^,.;!?]|,(?=\s*\d)|(?<=\b[A-Z][a-z]{2})\.|(?<=\bSept)\.){0,80}")
# A death notice: "Born May 2, 1926; died peacefully March 4, aged 92." (the notice's one subject).
_THEN_DIED = re.compile(r"[;,]\s+(?:and\s+)?died\b")
# The dead one is someone's relation ("Ruth Kane's father died"): a pronoun or a name before it may be the other's.
_POSSESSIVE = re.compile(r"[A-Za-z]['’]s\b|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|whose)\b")
_PERSONS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|I|[Mm]y|[Ww]e|[Oo]ur|[Tt]hey|[Tt]heir)\b")
_BORN_YEAR = re.compile(rf"[^.;!?]{{0,40}}?\bin\s+{_YEAR}")
_BORN_REACH = 400  # characters after the death's sentence in which its birth is told


def obituary_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """The clue of the first death whose age and birth the text tells (see the module's text).

    >>> from timeline.anchor.settings import AnchorSettings
    >>> text = "The actor died yesterday at the age of 80. He was born in Ohio in 1936."
    >>> [c.intervals for c in obituary_clues(text, AnchorSettings())]
    [[(datetime.date(2016, 1, 1), datetime.date(2018, 1, 5))]]
    >>> obituary_clues("John Smith died on Sunday at 87. His son Peter, born in 1951, runs the farm.", AnchorSettings())
    []
    """
    for died in itertools.islice(_DIED.finditer(text), settings.max_clues):  # a bounded cost per text
        said = sentence_around(text, died.start(), died.end(), 240, quoted=True)
        own = _own_end(text, died.end(), said.end)
        age = (_AGE_HERE.search(text, died.end(), own) or _AGE_NEXT.match(text, said.end)
               or _AGE_BEFORE.search(text, said.start, died.start()))
        born = _birth(text, said, died.start(), _pronoun_reach(text, said)) if age else None
        if born and age.re is _AGE_NEXT and _other_pronoun(text, born[3], age.group()):
            born = None  # "He was 92. She was born in 1960": another person's birth
        gender = _GENDERED.search(text, died.end(), said.end)
        if born and gender and _other_pronoun(text, born[3], _GENDERS[gender[1].lower()]):
            born = None  # "John Kane died ..., two years after his wife. Born in 1930, she": the wife's birth
        if age and born is None:
            born = _birth_before(text, said)
        if age is None or born is None or not 0 < int(age["age"]) < 125:
            continue
        lo, hi = age_span(born[:3], int(age["age"]))
        birth = born[0].isoformat() if born[1] else str(born[0].year)
        why = f"age {age['age']} at death, born {birth}"
        if not said.start <= born[2] < said.end:
            why += f" ({quote(text, born[2], born[2] + 4)})"
        clue = _clue(text, died, said, (lo, hi), settings, why)
        return [clue] if clue else []
    return []


# Where the death's own words end: before another death or a relative clause ("died on Monday, 20 years after her
# husband, who died at 72": the age is the husband's).
_OTHERS = re.compile(r"\b(?:who|whom|whose|which)\b|\b(?:died|was\s+found\s+dead|passed\s+away)\b")
# A pronoun after the death tells the dead one's gender ("died ..., two years after his wife").
_GENDERED = re.compile(r"\b([Hh]is|[Hh]im|[Hh]e|[Hh]er|[Ss]he)\b")
_GENDERS = {"his": "He", "him": "He", "he": "He", "her": "She", "she": "She"}


def _own_end(text: str, start: int, end: int) -> int:
    """Where the death's own words, from ``start``, end within its sentence ending at ``end`` (see ``_OTHERS``).

    >>> s = "Ruth Kane died on Monday, 20 years after her husband, who died at 72."
    >>> s[s.index("died") + 4:_own_end(s, s.index("died") + 4, len(s))]
    ' on Monday, 20 years after her husband, '
    """
    other = _OTHERS.search(text, start, end)
    return other.start() if other else end


def _pronoun_reach(text: str, said: Sentence) -> int:
    """Where a birth told by a pronoun may still be the dead one's: the end of the next sentence (of the
    one after it when the next tells the age: "He was 76.")."""
    end = said.end
    for _ in range(1 + bool(_AGE_NEXT.match(text, said.end))):
        at = len(text) - len(text[end:].lstrip())
        if at >= len(text):
            break
        end = sentence_around(text, at, at, 240, quoted=True).end
    return end


def _born_of(text: str, born: re.Match[str], subject: set[str]) -> bool:
    """Whether an opening "Born ..." is said of the dead one: "Born in 1932, she", not "Born in 1935, his widow".

    >>> m = _BORN.search("Born in 1932, she moved.")
    >>> _born_of("Born in 1932, she moved.", m, set()), _born_of("Born in 1935, his widow", m, set())
    (True, False)
    """
    if not born.group().startswith("Born"):
        return True
    clause = _BORN_CLAUSE.match(text, born.end())
    if _THEN_DIED.match(text, clause.end()):
        return True
    # "Born in Halifax in 1926, the daughter of a miner, she": an appositive may stand before the subject.
    after = re.match(r",\s+(?:(?:the|a|an)\s+[^,.;!?]{1,40},\s+)?([A-Z]?[\w'’-]+)",
                     text[clause.end():clause.end() + 90])
    return bool(after) and (after[1].lower() in ("he", "she") or after[1] in subject)


def _birth(text: str, said: Sentence, died: int, reach: int) -> tuple[dt.date, bool, int, int] | None:
    """(birth day, whether the day is known, where it is written, where its birth's words start) of the first
    birth of the one who died."""
    subject = set(re.findall(r"[A-Z][\w'’-]+", text[said.start:died]))
    # "He recalled how his uncle died at 40. Born in 1950, he": a pronoun may be another's.
    if _PERSONS.search(text, said.start, died):
        reach = said.start
    # "Ruth Kane, whose husband died at 75, died": the one who died first is the husband ("whose music moved
    # millions, died" closes its clause before the death: no owner).
    owner = [m for m in _POSSESSIVE.finditer(text, said.start, died) if m.group() != "whose" or "," not in
             text[m.end():died]]
    if owner:  # "Ruth Kane's father died": names before the possessive are the other one's
        cut = owner[-1].end()
        subject = set(re.findall(r"[A-Z][\w'’-]+", text[cut:died])) - set(re.findall(r"[A-Z][\w'’-]+",
                                                                                    text[said.start:cut]))
        reach = said.start
    for born in _BORN.finditer(text, said.start, said.end + _BORN_REACH):
        name = born["name"] or born["named"]
        if (name not in subject) if name else born.start() >= reach or not _born_of(text, born, subject):
            continue
        found = _born_date(text, born.start(), born.end())
        if found:
            return found
    return None


# "Ruth Kane was born in Halifax on May 2, 1926. She died on Monday, aged 92.": a birth opening the sentence
# before a death told by a bare pronoun, the birth's subject only names (no "Her son Peter was born").
_NAMED_BORN = re.compile(r"(?:[A-Z][a-z][\w'’-]*\s+){1,3}was\s+born\b")
_PRONOUN_DIED = re.compile(r"\s*(?:He|She)\s+(?:died|passed\s+away)\b")


def _birth_before(text: str, said: Sentence) -> tuple[dt.date, bool, int, int] | None:
    """The birth told in the sentence right before a death told by "He died" / "She died" (see ``_NAMED_BORN``).

    >>> s = "Ruth Kane was born on May 2, 1926. She died on Monday, aged 92."
    >>> _birth_before(s, sentence_around(s, s.index("died"), s.index("died"), 240, quoted=True))[:2]
    (datetime.date(1926, 5, 2), True)
    """
    if not _PRONOUN_DIED.match(text, said.start) or said.start < 2:
        return None
    before = sentence_around(text, said.start - 2, said.start - 2, 240, quoted=True)
    lead = len(text[before.start:said.start]) - len(text[before.start:said.start].lstrip())
    named = _NAMED_BORN.match(text, before.start + lead)
    if named is None or _POSSESSIVE.search(named.group()):
        return None
    return _born_date(text, named.start(), named.end())


def _born_date(text: str, start: int, end: int) -> tuple[dt.date, bool, int, int] | None:
    """(day, whether the day is known, where it is written, ``start``) of the birth told from ``end`` on."""
    tail = text[end:end + 80]  # not to a sentence end: "born on Jan. 8, 1942" holds one
    dates = [d for d in full_dates(tail) if d.start < 60]
    if dates:
        return dt.date(dates[0].year, dates[0].month, dates[0].day), True, end + dates[0].start, start
    year = _BORN_YEAR.match(text, end, end + 80)
    return (dt.date(int(year["y"]), 1, 1), False, year.start("y"), start) if year else None


def _other_pronoun(text: str, at: int, age: str) -> bool:
    """Whether the birth at ``at`` is told by a pronoun of the other gender than the age's ("He was 92.").

    >>> _other_pronoun("She was born in 1960.", 0, " He was 92."), _other_pronoun("Born in 1926, he", 0, "He was 92.")
    (True, False)
    """
    said = re.match(r"(?:Born\b[^\n]{0,100}?,\s+)?([Hh]e|[Ss]he)\b", text[at:at + 120])
    return bool(said) and said[1].lower() != age.split()[0].lower()


def age_span(born: tuple[dt.date, bool, int], age: int) -> tuple[dt.date, dt.date]:
    """The days on which one born on ``born`` (day, whether it is the day or only its year, offset) is ``age`` old.

    >>> age_span((dt.date(1989, 6, 4), True, 0), 30), age_span((dt.date(2003, 1, 1), False, 0), 16)[1]
    ((datetime.date(2019, 6, 4), datetime.date(2020, 6, 3)), datetime.date(2020, 12, 30))
    """
    day, exact, _ = born
    first = _anniversary(day, age, early=True)
    if exact:
        return first, _anniversary(day, age + 1, early=False) - dt.timedelta(days=1)
    return first, dt.date(day.year + age + 1, 12, 30)  # born on 31 December at the latest


def _anniversary(day: dt.date, years: int, early: bool) -> dt.date:
    """The birthday ``years`` on; one born on 29 February turns a year older on 28 February or 1 March."""
    return safe_date(day.year + years, day.month, day.day) or dt.date(day.year + years, 2 + (not early),
                                                                      28 if early else 1)


def _clue(text: str, died: re.Match[str], said: Sentence, span: tuple[dt.date, dt.date], s: AnchorSettings,
          why: str) -> Clue | None:
    lo, hi = span
    low, high = domain(s)
    if not low <= lo <= high:
        return None
    # The death's own phrase, up to a comma: "died in 1995 at 55, his son said on Friday" dates the saying.
    clause = re.split(r"[,;:]", text[died.end():said.end], maxsplit=1)[0]
    what = f"{quote(text, died.start(), died.end())} ({why}: the death lies between {lo} and {hi})"
    if re.search(rf"\b{YEAR_RE}\b", clause):
        return Clue("age", f"{what}; on or after {lo}", [(lo, high)], True, False, 3)
    dated = [d for d in yearless_dates(clause, full_dates(clause)) if d.start < 40]
    if dated:
        d = dated[0]
        day = next((x for y in range(lo.year, hi.year + 1) if (x := safe_date(y, d.month, d.day)) and lo <= x <= hi),
                   None)
        if day is None:
            return None
        last = min(day + dt.timedelta(days=s.yearless_days), high)
        name = f"{d.day} {MONTH_NAMES[d.month - 1]}"
        return Clue("age", f"{what}; died on {name}, so on {day}: on or after it, within {s.yearless_days} days",
                    [(day, last)], True, True, 4)
    if _DAY.search(clause) or _DAY.search(text, said.start, died.start()):
        last = min(hi + dt.timedelta(days=s.weekday_days), high)
        return Clue("age", f"{what}; died on a day within {s.weekday_days} days before the DCT: "
                           f"on or after {lo}, on or before {last}", normalise([(lo, last)]), True, True, 4)
    return Clue("age", f"{what}; on or after {lo}", [(lo, high)], True, False, 3)
