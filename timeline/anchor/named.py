"""Years that name a past event: "the 1987 crash", "its 1990 invasion of Kuwait", "A 1996 law".

A year before a noun usually names a thing whatever the verb's tense ("the 2020
election" may be ahead of a past-tense sentence), so :mod:`timeline.anchor.tense`
gives it no tense. Two kinds of noun are the exception, as the thing is named by
its year only once it has happened:

- unforeseeable events (a crash, an assassination, an invasion, an earthquake, a coup):
  nobody names the next one by its year before it happens;
- enacted texts (a law, a resolution, a treaty, a decree): a text is a bill or a
  draft until it is passed, and only then "the 1996 law".

The noun must follow the year directly and end its noun phrase ("the 2024
earthquake drill" is a drill, which may be ahead). The DCT is then on or after the
first day of that year (or month: "the November 1995 assassination").

A contest or event a past verb says was won, lost, hosted or held has taken place: "France won
the 2018 World Cup" (not "won the 2022 World Cup bid", a bid).

Any event a past clause puts before its own verb is past too: "measures adopted
after the 1987 crash", "talks following the August 1988 cease-fire", "on the run
since the January 1998 bombing" (a sentence with a future or modal word gives
nothing: "talks will resume after the 2020 election"). Corpus:
``named.tsv``, run by tests/anchor/test_named.py.

>>> from timeline.anchor.settings import AnchorSettings
>>> [c.evidence[-10:] for c in named_event_clues("He adopted them after the 1987 crash.", AnchorSettings())]
['1987-01-01']
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, bound_clue
from timeline.anchor.dayset import MONTH_RE, YEAR_RE, month_number
from timeline.anchor.mentions import Sentence, quote, sentence_around
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import CLAUSE_FUTURE, Tense, clause, says_future, tense_at
from timeline.timex.calendar import month_interval, year_interval

UNFORESEEN = frozenset("""crash assassination invasion massacre bombing bombings earthquake quake tsunami
hurricane uprising riots murder murders killing killings shooting explosion hijacking kidnapping
scandal accident disaster revolution coup""".split())
ENACTED = frozenset("law resolution treaty decree embargo constitution".split())
_DEFINITE = r"(?i:the|its|their|his|her|that|this)|[A-Z][\w.-]*['’]s"
# A year, a month before it or not: "the 1987 crash", "the November 1995 assassination".
YEAR_NAMED = rf"(?:(?P<m>{MONTH_RE})\s+)?(?P<y>{YEAR_RE})"
_NAMED = re.compile(rf"\b(?:(?P<det>{_DEFINITE})|(?P<indef>[Aa]n?))\s+{YEAR_NAMED}\s+(?P<noun>[a-z]+)\b(?![-’'])")
# What may follow the noun and still end its noun phrase (else "the 2024 earthquake drill").
_PHRASE_END = re.compile(r"\s*(?:[^\w\s]|$|(?:of|in|on|at|against|by|that|which|when|while|where|and|or|but|to|was"
                         r"|were|is|are|has|had|have|with|from|for|after|before|during|who|left|[a-z]+ed)\b)")


def after_pattern(date: str) -> re.Pattern[str]:
    """"after", "following" or "since", a determiner, ``date`` (a regex) and the word after it.

    >>> after_pattern(YEAR_NAMED).search("Talks resumed after the 1987 crash.").group()
    'after the 1987 crash'
    """
    return re.compile(rf"\b(?P<prep>after|following|since)\s+(?:{_DEFINITE})\s+{date}\s+[a-z][a-z-]*", re.IGNORECASE)


# "will review security before the 2020 Olympics": what is ahead comes before the named event.
# "by the opening of the 2000 Olympics": the event's start or end is as far as its year.
_BEFORE = re.compile(rf"\b(?:before|ahead\s+of|until|till|by)\s+(?:the\s+(?:opening|start|beginning|end|close)\s+of\s+)?"
                     rf"(?:{_DEFINITE})\s+{YEAR_NAMED}\s+[A-Za-z][\w-]*", re.IGNORECASE)
_AFTER = after_pattern(YEAR_NAMED)


def told_events(text: str, pattern: re.Pattern[str], tense: Tense, settings: AnchorSettings) -> list[re.Match[str]]:
    """The matches of ``pattern`` (the first ``settings.max_clues``) that a clause told in ``tense`` puts beside.

    Past: no future or modal word in the sentence, and a past verb before the match or
    "since" opening it (a span that reaches the time of speaking). Future: a future cue
    before the match.

    >>> s = AnchorSettings()
    >>> [m.group() for m in told_events("They met after the 1987 talks.", _AFTER, "past", s)]
    ['after the 1987 talks']
    >>> told_events("They will meet after the 1987 talks.", _AFTER, "past", s)
    []
    """
    found = []
    for m in itertools.islice(pattern.finditer(text), settings.max_clues):  # a bounded cost per text
        if tense != "past":
            if tense_at(text, m.start(), look_after=False) == tense:
                found.append(m)
            continue
        said = sentence_around(text, m.start(), m.end(), 300, quoted=True)
        if says_future(text[said.start:said.end]):
            continue
        if m.group().lower().startswith("since") or tense_at(text, m.start(), look_after=False) == "past":
            found.append(m)
    return found


def _year_span(m: re.Match[str], settings: AnchorSettings) -> tuple[dt.date, dt.date] | None:
    """The days the year of ``m`` (its month's, when one is named) covers; None outside the plausible window."""
    year = int(m["y"])
    month = month_number(m["m"]) if m["m"] else None
    named = month_interval(year, month) if month else year_interval(year)
    if not settings.min_year <= year <= settings.max_year or not named or not named.earliest or not named.latest:
        return None
    return named.earliest, named.latest


def _clause_clues(text: str, pattern: re.Pattern[str], tense: Tense, kind: str, why: str,
                  settings: AnchorSettings) -> list[Clue]:
    """A bound from each event named by its year that a clause in ``tense`` puts beside (see told_events)."""
    clues = []
    for m in told_events(text, pattern, tense, settings):
        span = _year_span(m, settings)
        if span:
            clues.append(bound_clue(kind, f"{quote(text, m.start(), m.end())} ({why}):", tense, *span, settings, 3))
    return clues


def after_event_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Lower bounds from events a past clause says came after one named by its year.

    >>> [c.evidence[-10:] for c in after_event_clues("They met after the 1987 talks.", AnchorSettings())]
    ['1987-01-01']
    """
    return _clause_clues(text, _AFTER, "past", "after", "a past clause follows what the year names", settings)


def before_event_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Upper bounds from events a future clause puts before one named by its year.

    The DCT is before the future event, which is before the named one: on or before
    the last day of its year (or month). A past clause gives nothing ("reviewed
    security before the 2020 Olympics" says nothing of whether 2020 is over).

    >>> [c.evidence[-10:] for c in before_event_clues("They will meet before the 2020 Olympics.", AnchorSettings())]
    ['2020-12-31']
    >>> before_event_clues("They met before the 2020 Olympics.", AnchorSettings())
    []
    """
    return _clause_clues(text, _BEFORE, "future", "before", "a future clause comes before what the year names",
                         settings)


# "France won the 2018 World Cup", "lost the 2016 election": a contest is won or lost, and an event
# hosted or held, only once it has taken place. The year's noun phrase must end with a name or one
# of these nouns ("won the 2022 World Cup bid" names a bid, "hosted the 2018 World Cup draw" a draw).
# "beat Arsenal 3-2 in the 2019 Europa League final", "lost to Madrid in the 2018 final": a result in it.
_OUTCOME = re.compile(rf"\b(?:(?:won|lost|hosted|staged|held|attended)"
                      rf"|(?P<result>beat|defeated|drew\s+with|lost\s+to)\s+(?:[\w'’-]+\s+){{0,4}}?(?:in|at))"
                      rf"\s+(?:{_DEFINITE})\s+{YEAR_NAMED}\s+(?=[A-Za-z])")
CONTESTS = frozenset("""election elections race vote primary primaries referendum championship championships final
finals tournament title cup games olympics marathon prize award summit contest""".split())
_PHRASE_WORD = re.compile(r"([A-Za-z][\w'’-]*)\s*")
# An event won or lost in a contest for it, years before it is held: "Qatar won the 2022 World Cup in a
# vote", "won the rights to the 2028 Games", "was awarded the 2030 Games": the sentence tells of the bid.
_AWARDED = re.compile(r"\b(?:host|hosts|hosting|bid|bids|bidding|vote|votes|voted|voting|ballot|awarded|award"
                      r"|awarding|rights|selected|chosen|candidacy|candidate\s+cities)\b", re.IGNORECASE)


def _phrase_head(text: str, at: int) -> str | None:
    """The last word of the noun phrase starting at ``at`` (at most five words), or None when it runs on."""
    for _ in range(5):
        word = _PHRASE_WORD.match(text, at)
        if word is None:
            return None
        if _PHRASE_END.match(text, word.end(1)):
            return word[1]
        at = word.end()
    return None


def outcome_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Lower bounds from contests and events named by their year that a past verb says were won, lost or held.

    >>> [c.evidence[-10:] for c in outcome_clues("France won the 2018 World Cup on Sunday.", AnchorSettings())]
    ['2018-01-01']
    >>> outcome_clues("Russia hosted the 2018 World Cup draw.", AnchorSettings())
    []
    >>> outcome_clues("Qatar won the 2022 World Cup in a vote that was later investigated.", AnchorSettings())
    []
    """
    clues = []
    for m in itertools.islice(_OUTCOME.finditer(text), settings.max_clues):  # a bounded cost per text
        head = _phrase_head(text, m.end())
        if head is None or not (head[0].isupper() or head.lower() in CONTESTS):
            continue
        if m["result"] and head.lower() == "race":
            continue  # a race is run long before its year: "beat him in the 2020 race" may be a poll of 2019
        said = sentence_around(text, m.start(), m.end(), 240, quoted=True)
        if _AWARDED.search(text[said.start:m.start()]) or _AWARDED.search(text, m.end(), said.end):
            continue
        if _won_as_host(m, head) or _earlier_year(text, said, int(m["y"])):
            continue
        if CLAUSE_FUTURE.search(clause(text, m.start(), m.end())) or _after_modal(text, m.start()):
            continue
        span = _year_span(m, settings)
        if span:
            clues.append(bound_clue("named", f"{quote(text, m.start(), m.end())} (won, lost or held: it has "
                                             "taken place):", "past", *span, settings, 3))
    return clues


# Games a city or country wins or loses as their host, years before: "Paris won the 2024 Olympics".
_HOSTED_ONLY = frozenset("olympics games paralympics expo exposition universiade jamboree".split())


def _won_as_host(m: re.Match[str], head: str) -> bool:
    """Whether ``m`` says an event only a host wins or loses ("won the 2024 Olympics") was won or lost."""
    return m.group().split()[0].lower() in ("won", "lost") and head.lower() in _HOSTED_ONLY


def _earlier_year(text: str, said: Sentence, year: int) -> bool:
    """Whether the sentence dates its act to an earlier year ("won the 2024 Olympics in Lima in 2017").

    >>> s = "Paris won the 2024 Olympics in Lima in 2017."
    >>> _earlier_year(s, sentence_around(s, 6, 9), 2024), _earlier_year(s, sentence_around(s, 6, 9), 2017)
    (True, False)
    """
    return any(int(y) < year for y in re.findall(rf"\bin\s+({YEAR_RE})\b", text[said.start:said.end]))


def _after_modal(text: str, start: int) -> bool:
    """Whether the verb at ``start`` follows a modal, "to" or a negation, or a condition opens its sentence.

    "will have won", "hopes to have hosted", "has not held", "if he won the 2020 election".

    >>> _after_modal("They hope to have won the 2030 title.", 18), _after_modal("They won the 2030 title.", 5)
    (True, False)
    """
    if re.search(r"\b(?:to|will|would|could|might|may|must|should|shall)\s+(?:have\s+)?$|\b(?:not|never)\s+(?:yet\s+)?$"
                 r"|n['’]t\s+(?:yet\s+)?$", text[max(0, start - 20):start], re.IGNORECASE):
        return True
    # A condition or a question: "if he won the 2020 election", "whether they held the 2020 vote".
    said = sentence_around(text, start, start, 160, quoted=True)
    return bool(re.search(r"\b(?:if|unless|whether|whoever|in case|suppose|imagine)\b", text[said.start:start],
                          re.IGNORECASE))


def named_event_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Lower bounds from years naming a past event or an enacted text, each quoted.

    An indefinite article names only enacted texts ("A 1996 law"): "a 2030 attack"
    may be feared, "a 1996 law" has been passed.

    >>> [c.evidence[-10:] for c in named_event_clues("A 1996 law named for him passed.", AnchorSettings())]
    ['1996-01-01']
    """
    clues = []
    for m in itertools.islice(_NAMED.finditer(text), settings.max_clues):
        noun = m["noun"]
        kind = "an unforeseeable event" if noun in UNFORESEEN else "an enacted text" if noun in ENACTED else None
        if kind is None or (m["indef"] and noun not in ENACTED) or not _PHRASE_END.match(text, m.end()):
            continue
        span = _year_span(m, settings)
        if span:
            clues.append(bound_clue("named", f"{quote(text, m.start('y'), m.end())} (the year names {kind}, "
                                             "named so only once it has happened):", "past", *span, settings, 3))
    return clues
