"""Is a date mentioned as past or future? The nearest tense cue before it decides.

News sentences mix tenses ("was aired on Sunday ahead of the visit on Oct. 14"),
so the cue closest to the mention wins: "ahead of" makes Oct. 14 future although
"was aired" is past. Future phrases beat a past word ending at the same place
("to be held"). A present of schedule ("Talks resume on Monday") is future
(:mod:`timeline.anchor.present`). A present-tense or infinitive cue nearest ("is calling for the
redemption on Dec. 7", "to testify on Feb. 10") leaves the tense unknown. With no
cue before it, the few words after the mention decide (unless ``look_after`` is
False). A past reading is dropped when the clause also holds a future or modal
word ("would dilute earnings in 1990"), and a date that names a thing ("the
Jan. 14 deadline") has no tense of its own (:mod:`timeline.anchor.modifier`); a
copula's present before a weekday and its date is a schedule
(:mod:`timeline.anchor.copula`).

>>> text = "The interview was aired on Sunday ahead of the visit on Oct. 14."
>>> tense_at(text, text.index("Oct.")), tense_at(text, text.index("Sunday"))
('future', 'past')
"""

from __future__ import annotations

import re
from typing import Literal

from timeline.anchor.copula import copula_dated, said_then
from timeline.anchor.modifier import is_modifier
from timeline.anchor.present import schedule_present
from timeline.anchor.words import IRREGULAR_PAST, NOT_PAST_WORDS, alternation

Tense = Literal["past", "future", "unknown"]

_MODAL = r"(?:will|shall|won['’]t|to|would|must|should|could|might|can)"
_FUTURE_VERB = re.compile(rf"\b{_MODAL}\s+(?:not\s+)?(?:be|have been)\s+\w+", re.IGNORECASE)
# "plan(s)", "forecast(s)", "project(s)" after a determiner is the noun ("unveiled the plan March 14"), not a future verb.
_DETERMINERS = ("the", "a", "its", "his", "her", "our", "their", "'s", "’s")
_NOT_AFTER_DETERMINER = "".join(rf"(?<!\b{d} )" for d in _DETERMINERS)
_FUTURE = re.compile(
    r"\b(?:(?-i:will|Will(?=\s+(?:the|a|an|it|he|she|they|we|you|there)\b))|shall|won['’]t|going to|to take place"
    r"|(?:set|scheduled|slated|expected|expects?|planned|planning|plans?|intends?|aims?|hopes?|preparing"
    r"|forecast|projected|predicted|poised|likely)\s+to"
    # "due to" is a schedule before a verb ("due to leave") but a cause before a noun ("due to heavy
    # rain"): only a closed list of verbs that are not also common nouns after it counts.
    r"|due(?!\s+to\b)|due\s+to(?=\s+(?:be|leave|arrive|begin|meet|visit|sign|expire|testify|appear|travel"
    r"|resume|announce|publish|deliver|become|retire|speak|attend|unveil|hold|take|go|come|face|give|make"
    r"|open)\b)|ahead of|upcoming|forthcoming|coming"
    r"|scheduled for|planned for|(?:set|slated) for|should|must|by the end of"
    rf"|expects?|{_NOT_AFTER_DETERMINER}(?:forecasts?|projects?)|predicts?|anticipates?)\b"
    r"|['’]ll\b", re.IGNORECASE)
# A forecast or plan told in the past may have failed: "The storm was forecast to hit on Oct. 10 but
# veered away", "The launch, which was scheduled for March 3, was delayed".
_PAST_FORECAST = re.compile(r"\b(?:was|were)\s+(?:(?:once|originally|initially|widely|also)\s+)?"
                            r"(?:(?:forecast|projected|predicted|poised|likely|expected|scheduled|planned|slated"
                            r"|set|due)\s+to(?:\s+(?:be|have\s+been))?(?:\s+[a-z]+)?"
                            r"|(?:scheduled|planned|slated|set|due)\s+for)\b"
                            r"|\b(?:originally|initially|previously|first)\s+(?:set|scheduled|planned|slated|due)"
                            r"\s+(?:for|to)\b",
                            re.IGNORECASE)
# Present tense, or an infinitive ("to testify"); "to" before a determiner is a preposition.
# "to" before a noun of a fixed phrase is no infinitive either ("shot to death", "sentenced to prison").
_NEUTRAL = re.compile(r"\b(?:is|are|am|has|have|remains?|expected|to\s+(?!(?:be|the|a|an|his|her|its|their|my|our|your"
                      r"|this|that|these|those|them|him|me|us|all|each|every|some|any|no"
                      r"|death|prison|jail|court|power|office|date|trial|safety|hospital|shore|service)\b)[a-z]+)\b")
CLAUSE_FUTURE = re.compile(rf"\b(?:will|would|shall|could|might|should|must|won['’]t|expects?"
                           rf"|{_NOT_AFTER_DETERMINER}plans?|until|by the end of)\b|['’]ll\b", re.IGNORECASE)
_NOT_PAST = NOT_PAST_WORDS
# A past verb, or a word that puts its clause in the past ("last", "ago", "since", "recently"); the pasts are
# timex's, less those that are also a present or a noun (timeline.anchor.words).
_PAST = re.compile(r"\b(?:took place|[a-z]{3,}ed|last|ago|since|earlier|previous|previously|recent|recently|"
                   + alternation(IRREGULAR_PAST)[3:] + r"\b")
# A record stands once it is set: "the world record of 2:02:57 set by Kimetto in 2014", "the
# record set in July 1947" ("set" alone may be a present, or a schedule: "set for June 5").
_RECORD_SET = re.compile(r"\brecords?\b(?:\s+[^\s;!?]*[^\s.;!?]){0,4}?\s+set\b(?!\s+(?:to|for)\b)")
_RECORD_DATE = re.compile(r"\brecords?\b(?:\s+[^\s;!?]*[^\s.;!?]){0,4}?\s+set(?:\s+by\s+[^,.;]{1,40}?)?\s+(?:on|in)\s+$")
# A sentence opening with a past participle tells what happened ("Founded in 1990, the firm").
_OPENING_PARTICIPLE = re.compile(r"\s*([A-Z][a-z]{2,}ed)\b")
# ... or a line (a release's "About" box: "About Pinecrest Foods\nFounded in 2004, Pinecrest ..."), before a preposition.
_LINE_PARTICIPLE = re.compile(r"\n[ \t]*([A-Z][a-z]{2,}ed)\s+(?:in|on|at|by|during|from|since|after|last)\b")
# "His son, born in 2001, was unharmed": a birth told beside a person has happened.
_BORN_BESIDE = re.compile(r"[A-Za-z],\s+born\b")
_IMPLICATIVE = re.compile(r"\b(?:fail(?:ed|ing)|managed|tried|attempted)\s+to\b")
# An -ed word after these is an adjective ("a still unspecified date") or a present passive
# ("when it is released"), not a past verb.
_ADJECTIVAL = re.compile(r"\b(?:a|an|the|still|very|so|too|more|most|less|not|well|newly|fully|long"
                         r"|is|are|am|be|being)\s+$")
# A sentence may end inside its closing quotes ("with optimism.'' Saddam"; "he said.” The").
_CLAUSE_STOP = re.compile(r"[.!?;]['\"”’`]*\s|\n\s*\n")
_QUOTE_END = re.compile(r"[”\"]|''")
_CLAUSE_EDGE = re.compile(r"[,;:()—–]|--|[.!?]['\"”’`]*\s|\n")
_BEFORE, _AFTER = 90, 40
_RANK = {"future": 2, "unknown": 1, "past": 0}


def _cues(window: str, schedule: bool = True) -> list[tuple[int, int, Tense]]:
    future = list(_FUTURE.finditer(window))
    cues: list[tuple[int, int, Tense]] = [(m.end(), _RANK["future"], "future") for m in _FUTURE_VERB.finditer(window)]
    cues += [(m.end(), _RANK["future"], "future") for m in future]
    # The infinitive after a future "... to" ("expects to achieve", "is set to begin") is the
    # planned event itself: it keeps the future reading instead of neutralising it.
    # Likewise after "failed to", "managed to": the infinitive happened (or not) when they did.
    planned = {m.end() for m in future if m.group().lower().endswith("to")}
    planned |= {m.end() for m in _IMPLICATIVE.finditer(window)}
    cues += [(m.end(), _RANK["unknown"], "unknown") for m in _NEUTRAL.finditer(window)
             if not _follows(window, m.start(), planned)]
    cues += [(m.end(), _RANK["past"], "past") for m in _RECORD_SET.finditer(window)]
    cues += [(m.end(), _RANK["future"] + 1, "unknown") for m in _PAST_FORECAST.finditer(window)]
    ends = schedule_present(window) if schedule else None
    if ends is not None:
        cues.append((ends, _RANK["future"], "future"))  # "Voters return to the polls on Nov. 6"
    for opening in [_OPENING_PARTICIPLE.match(window), *_LINE_PARTICIPLE.finditer(window)]:
        if opening and opening[1].lower() not in _NOT_PAST:
            cues.append((opening.end(1), _RANK["past"], "past"))  # "Rescued on Nov. 25 by fishermen, ..."
    cues += [(m.end(), _RANK["past"], "past") for m in _BORN_BESIDE.finditer(window)]
    for m in _PAST.finditer(window):
        word = m.group()
        if word in _NOT_PAST or (word.endswith("ed") and _ADJECTIVAL.search(window[:m.start()])):
            continue
        if word == "since" and re.search(r"\b(?:1[89]|20)\d\d\b", window[m.end():]):
            continue  # spent on its own year: "marks 75 years since the 1944 landings in 2019" (2019 is no past)
        cues.append((m.end(), _RANK["past"], "past"))
    return cues


def record_dated(text: str, start: int) -> bool:
    """Whether the mention at ``start`` dates a record ("the record high set on Aug. 6").

    A record may stand for years, so its date without a year need not be a recent one.

    >>> s = "The index ended near its record high set on Aug. 6."
    >>> record_dated(s, s.index("Aug.")), record_dated("Talks were set on Aug. 6.", 18)
    (True, False)
    """
    return bool(_RECORD_DATE.search(text[max(0, start - 90):start]))


def is_past_word(word: str) -> bool:
    """Whether ``word`` reads as a past verb ("went", "held", "signed"; not "scheduled", "hundred").

    >>> is_past_word("went"), is_past_word("concert"), is_past_word("scheduled")
    (True, False, False)
    """
    return word not in _NOT_PAST and bool(_PAST.fullmatch(word))


def _follows(window: str, start: int, ends: set[int]) -> bool:
    """Whether the infinitive starting at ``start`` ("to achieve") is the "to" a future cue ends with."""
    return start + 2 in ends and window[start:start + 2].lower() == "to"


def _nearest(window: str, from_end: bool, schedule: bool = True) -> Tense | None:
    """The tense of the cue nearest to the window's end (or start); None without a cue."""
    cues = _cues(window, schedule)
    if not cues:
        return None
    if from_end:
        return max(cues)[2]
    return min(cues, key=lambda c: (c[0], -c[1]))[2]


def clause(text: str, start: int, end: int) -> str:
    """The clause around ``[start, end)``: between commas, semicolons, dashes or sentence ends."""
    left = text[max(0, start - 200):start]
    edges = list(_CLAUSE_EDGE.finditer(left))
    lo = start - len(left) + (edges[-1].end() if edges else 0)
    right = _CLAUSE_EDGE.search(text, end, end + 200)
    return text[lo:right.start() if right else min(len(text), end + 200)]


def tense_at(text: str, start: int, end: int | None = None, *, look_after: bool = True,
             schedule: bool = True) -> Tense:
    """The tense in which ``text`` mentions what stands at ``[start, end)``.

    Parameters
    ----------
    text : str
    start, end : int
        The mention's span (``end`` defaults to ``start``).
    look_after : bool
        Let the words after the mention decide when none before it does.
    schedule : bool
        Read a present of schedule as future ("Talks resume on Monday"); False for a subordinate
        clause, whose present tells the main clause's time ("will defend it when the Cup opens").

    Returns
    -------
    'past', 'future' or 'unknown'

    Examples
    --------
    >>> s = "Putin held a brief meeting on November 15 with Pence."
    >>> tense_at(s, s.index("November"))
    'past'
    >>> s = "The company said it is calling for the redemption on Dec. 7."
    >>> tense_at(s, s.index("Dec."))
    'unknown'
    """
    end = start if end is None else end
    # A present before a written year may be a story's present: "the film begins on June 6, 1944".
    schedule = schedule and not re.search(r"\d{4}", text[start:end])
    if is_modifier(text, start, end):
        return "unknown"
    before = text[max(0, start - _BEFORE):start]
    stop = None
    for stop in _CLAUSE_STOP.finditer(before):
        pass
    if stop:
        before = before[stop.end():]
    if schedule and copula_dated(text, start, end) and not said_then(text, start, end):
        return "unknown" if _scheduled_then_past(text, before, end) else "future"
    event_of = _ANNIVERSARY_OF.search(before)
    if event_of and re.search(r"\d{4}", text[start:end]) and not _cues(before[event_of.end():], schedule):
        return "unknown"  # the event's date or the anniversary's own: the verb's tense is the anniversary's
    found = _nearest(before, from_end=True, schedule=schedule)
    if found == "future" and schedule and _scheduled_then_past(text, before, end):
        return "unknown"
    if found is None and look_after:
        after = text[end:end + _AFTER]
        cuts = [c.start() for c in (_CLAUSE_STOP.search(after), _QUOTE_END.search(after)) if c]  # nor a quotation's
        found = _nearest(after[: min(cuts)] if cuts else after, from_end=False, schedule=schedule)
    if found == "past" and CLAUSE_FUTURE.search(clause(text, start, end)) and not relative_past(text, start, end):
        return "unknown"
    return found or "unknown"


# A date with its year right after "anniversary of ..." may be the event's ("Saturday will be the 30th anniversary of
# the fall of the wall on Nov. 9, 1989": past) or the anniversary's own ("Nasa will mark the 50th anniversary of the
# moon landing on July 20, 2019": ahead); only the world knows which, so the verb's tense tells neither.
_ANNIVERSARY_OF = re.compile(r"\b(?:anniversary|centenary|centennial|bicentenary|bicentennial)\s+of\b(?=[^.;!?]*$)",
                             re.IGNORECASE)


# "will defend the title it won in 2015": a past verb in a relative clause of a definite noun phrase
# tells what has happened, whatever the main clause's future or modal says of the noun.
_RELATIVE_PAST = re.compile(r"\b(?:the|its|their|his|her|this|that|those|these)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:(?:that|which|who)\s+(?:it|he|she|they|we)|that|which|who|it|he|she|they|we)"
                            r"\s+(?:had\s+)?(?P<v>[a-z]+)\b")


def relative_past(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` is told by a past verb in a relative clause after every future word.

    >>> s = "New Zealand will defend the title it won in 2015 when the Cup opens."
    >>> relative_past(s, s.index("2015"), s.index("2015") + 4)
    True
    >>> s = "He would say it won in 2015."
    >>> relative_past(s, s.index("2015"), s.index("2015") + 4)
    False
    """
    left = text[max(0, start - 200):start]
    edges = list(_CLAUSE_EDGE.finditer(left))
    left = left[edges[-1].end():] if edges else left
    right = _CLAUSE_EDGE.search(text, end, end + 200)
    for m in _RELATIVE_PAST.finditer(left):
        if is_past_word(m["v"]) and not CLAUSE_FUTURE.search(left, m.start()):
            return not CLAUSE_FUTURE.search(text[end:right.start() if right else end + 200])
    return False


def _scheduled_then_past(text: str, before: str, end: int) -> bool:
    """Whether a present of schedule is the nearest cue before a mention whose clause goes on in the past.

    "Stock returns on March 3 were weak": "returns" was a noun.
    """
    schedule = schedule_present(before)
    if schedule is None or any(c[0] > schedule for c in _cues(before) if c[2] == "future"):
        return False
    after = text[end:end + _AFTER]
    cut = _CLAUSE_EDGE.search(after)
    return _nearest(after[:cut.start()] if cut else after, from_end=False) == "past"


def says_future(text: str) -> bool:
    """Whether ``text`` holds a future or modal word ("will", "would", "expects", "due", "ahead of").

    >>> says_future("The vote was held after the 2018 riots."), says_future("It will resume after the vote.")
    (False, True)
    """
    return bool(CLAUSE_FUTURE.search(text) or _FUTURE.search(text) or _FUTURE_VERB.search(text))
