"""Month names without a day or year: "in May", "the wettest April", "their May IPO", "last March".

A month name is also a name ("Theresa May", "April Jones"), a verb ("to march") and a modal ("may"), so
it is read alone only where a cue makes it a month: a preposition or determiner before it, a superlative
("the coldest January": only a time is the wettest or coldest of its kind), a possessive before it and a
noun after it ("their May IPO": the month dates the noun), or a shift word ("last March"). Split out of
:mod:`timeline.timex.absolute`, whose ``RULES`` splices these in where they stood. Corpus: ``absolute.tsv``.

>>> [r.name for r in RULES][:2]
['cued-month', 'cued-month-on']
"""

from __future__ import annotations

import re

from timeline.timex.names import subject_follows
from timeline.timex.rule import HABIT_ADVERB, MONTH_FULL, S, Built, compile_rule, month_number
from timeline.timex.values import CalendarDate, Recurrence
from timeline.timex.verbs import BY_PERSON

def _bare_month(m: re.Match[str]) -> Built:
    year = m["year"] if "year" in m.re.groupindex else None  # (m.groupdict() would build a dict of every group)
    return CalendarDate(month=month_number(m["month"]), year=int(year) if year else None)


# "the March" is a walk when no noun it dates follows: "along the March.", "the March to Versailles", a heading's
# last words ("Scenes From The March")
_THE_MARCH_WALK = re.compile(r"(?:\s(?:to|from|through|across|into|on|of|was|had)\b|[ \t]?[^\w \t]|[ \t]*$)")


# An adverb of habit on the verb the month dates makes "in June" any June, a set as a season is there ("Flu usually
# peaks in February": XXXX-02): the adverb, then at most three words of the verb and its adverbs, then the month. A
# frequency word ("each", "every") is left out ("each of the banks lost money in June" is one June), and so is an
# adverb of another verb ("He often said he was born in June", "As is often the case, prices fell in June")
_HABIT_BEFORE = re.compile(rf"\b{HABIT_ADVERB}(?P<between>(?:[ \t]+[a-z]+){{1,3}})[ \t]+$")
_NOT_THE_MONTHS_VERB = frozenset("to that he she it they we i you who which said says told was were be been".split())


def _habitual(text: str, start: int) -> bool:
    """Whether an adverb of habit stands on the verb before the month phrase at ``start``.

    >>> _habitual("Flu usually peaks in February.", 18), _habitual("He often said he was born in June.", 26)
    (True, False)
    """
    habit = _HABIT_BEFORE.search(text, max(0, start - 50), start)
    return habit is not None and not _NOT_THE_MONTHS_VERB.intersection(habit["between"].split())


def _cued_month(m: re.Match[str]) -> Built:
    """A month after a cue, but not "the March" walked ("along the March.", "the March to the sea"), nor "May" the
    person a verb of speech or office follows ("since May took office", "after May resigned").

    >>> rule = next(r for r in RULES if r.name == "cued-month")
    >>> [_cued_month(rule.pattern.search(t)) is None for t in ("Since May took office, ...", "Since May prices rose")]
    [True, False]
    """
    if m["month"].lower() == "march" and m[0][:3].lower() == "the" and _THE_MARCH_WALK.match(m.string, m.end()):
        return None
    if m["month"] == "May" and m[0].split()[0].lower() not in _ONLY_TIME_CUES \
            and PERSON_VERB_AFTER.match(m.string, m.end()) and not _MONTH_PREDICATE.match(m.string, m.end()):
        return None
    if m[0][:2].lower() == "in" and m[0][2:3].isspace() and _habitual(m.string, m.start()):
        return Recurrence(value=f"XXXX-{month_number(m['month']):02d}")  # "usually held in June": any June
    return _bare_month(m)


def _noun_or_predicate_month(m: re.Match[str]) -> Built:
    """"June election called" (a noun the month dates), "May could be the wettest month" (a predicate of a month; the
    predicate is read here, past the rule's window).

    >>> rule = next(r for r in RULES if r.name == "dated-noun-month").pattern
    >>> [_noun_or_predicate_month(rule.search(t)) is None for t in ("Forecasters say May could be the wettest month.",
    ...                                                            "He said May would win.")]
    [False, True]
    """
    if m["p"] and not _MONTH_PREDICATE.match(m.string, m.end()):
        return None  # "said May would win": the person
    return CalendarDate(month=month_number(m["month"] or m["p"]))


# A modal, "be" and a noun phrase whose head is "month": the predicate says what May is ("May could be the wettest
# month on record"), which only the month can be
_MONTH_PREDICATE = re.compile(r"[ \t]+(?:would|will|could|should|might|must|can|may)[ \t]+(?:also[ \t]+)?be[ \t]+"
                              r"(?:(?:the|a|an|another)[ \t]+)?(?:[a-z]+[ \t]+){0,3}?month\b")


# Cues that govern only a time ("in May", "during May"): the month is one whatever verb follows ("sales in May said to")
_ONLY_TIME_CUES = frozenset("in during through every each early late mid this".split())
# What a person does and a month cannot: "since May took office", "after May resigned", "until May said" (the verbs
# of saying a person does are verbs.BY_PERSON)
_PERSON_DOINGS = ("resigned resigns took takes became becomes met meets called calls won visited visits spoke speaks "
                  "promised promises agreed agrees insisted insists admitted admits urged urges vowed vows stepped steps "
                  "quit quits survived survives pledged pledges hosted hosts "
                  # a modal after "May" ("said that May would win"): "in May would" stays a month by its cue
                  "would will could should might must can").split()
PERSON_VERB_AFTER = re.compile(r"[ \t]+(?:" + "|".join((*BY_PERSON, *_PERSON_DOINGS)) + r")\b")


def _month_before_subject(m: re.Match[str]) -> Built:
    """"In June Paris fell": the capitalised word after the month is the clause's subject, a verb after it."""
    return _bare_month(m) if subject_follows(m.string[m.end():m.end() + 40]) else None


# Where a clause may start: the text's or a line's start, after a sentence's end, a comma or "and"/"but"
_CLAUSE_START = r"(?:^|(?<=\n)|(?<=[.!?;:,][ \t])|(?<=[.!?]['\"\u2019\u201d][ \t])|(?<=\sand[ \t])|(?<=\sbut[ \t]))"


def _shifted_month(m: re.Match[str]) -> Built:
    word = " ".join(m["rel"].lower().split())
    if word == "this":  # "this September": the DCT's own year
        return CalendarDate(month=month_number(m["month"]), year_shift=0)
    direction = "past" if "past" in word or word == "last" else "future"
    return CalendarDate(month=month_number(m["month"]), direction=direction)



# Words ending in "est" that are no superlatives: "the honest May" is a person
_NOT_SUPERLATIVE = frozenset("honest modest earnest interest forest harvest protest contest request arrest west "
                             "suggest digest test".split())
# After a month a possessive stands before, the words that show it is no noun's modifier: "their March to the sea"
# walks, "her May was" is a person
_NO_NOUN_AFTER = frozenset("to from through across into on of was were is are has had have and or but with by for at "
                           "in as that which who said says will would could should may might can did does".split())


# The nouns a month before them dates at a clause's start
_DATED_NOUNS = "|".join("sales election elections vote votes figures data deadline hike summit meeting poll polls jobs "
                        "inflation payrolls strike talks".split())


# A superlative's time said to be in a year: "the wettest April on record was in 2012", "the hottest summer ever
# recorded came in 1976" (a few words after it, then the copula or "came" and "in" the year; "since 1976" is no such)
_RECORD_YEAR = re.compile(r"(?:[ \t]{1,3}[A-Za-z]+){0,4}?[ \t]{1,3}(?:was|were|came)[ \t]{1,3}in[ \t]{1,3}"
                          r"(?P<y>1[0-9]{3}|20[0-9]{2})(?![-\w])")


def record_year(text: str, end: int) -> int | None:
    """The year a superlative's month or season ending at ``end`` is said to be in, if the clause says so.

    >>> text = "The wettest April on record was in 2012."
    >>> record_year(text, 17), record_year("The wettest April since 2012.", 17)
    (2012, None)
    """
    said = _RECORD_YEAR.match(text, end)
    return None if said is None else int(said["y"])


def _superlative_month(m: re.Match[str]) -> Built:
    """"the wettest April on record", "the coldest January": a month only a superlative stands before; of the year
    the clause says it was in, if it does ("The wettest April on record was in 2012": 2012-04).

    >>> rule = next(r for r in RULES if r.name == "superlative-month")
    >>> [_superlative_month(rule.pattern.search(t)) is None for t in ("the wettest April on record", "the honest May")]
    [False, True]
    """
    if m["adj"].lower() in _NOT_SUPERLATIVE:
        return None
    year = record_year(m.string, m.end())
    return _bare_month(m) if year is None else CalendarDate(month=month_number(m["month"]), year=year)


def _possessed_month(m: re.Match[str]) -> Built:
    """"since their May IPO", "its April sales": a month between a possessive and the noun it dates.

    >>> rule = next(r for r in RULES if r.name == "possessed-month")
    >>> [_possessed_month(rule.pattern.search(t)) is None for t in ("their May IPO", "his March to the sea")]
    [False, True]
    """
    return None if m["next"].lower() in _NO_NOUN_AFTER else _bare_month(m)


RULES = (
    # A month name alone is a date only after a temporal cue: "in May", not "May I" or "March on".
    compile_rule("cued-month", rf"(?i:in|since|until|till|by|during|of|from|through|to|before|after|this|the|for|"
                 rf"early|late|mid|end\s+of|beginning\s+of|between|and|or|every|each|that){S}(?P<t>(?P<month>{MONTH_FULL}))"
                 rf"(?!{S}(?:on\b|[A-Z]))", _cued_month),
    # "was convicted in August on eight counts": after a preposition of time "on" is no verb's ("March on
    # Washington" stays refused: May and March are left out, "in May on Brexit" may be the prime minister)
    compile_rule("cued-month-on", rf"(?i:in|since|until|till|by|during|from|through|before|after){S}(?P<t>(?P<month>"
                 r"January|February|April|June|July|August|September|October|November|December))"
                 rf"(?={S}on\b)", _bare_month),
    # A clause opened by a cued month, its subject capitalised: "In June Paris fell", "By May Britain had lost"
    compile_rule("cued-month-subject", rf"{_CLAUSE_START}(?i:in|since|until|till|by|during){S}"
                 rf"(?P<t>(?P<month>{MONTH_FULL}))(?={S}[A-Z][a-z]+{S}[a-z])", _month_before_subject),
    # After a preposition and an edge word the month is one whatever follows: "in late April Soviet forces
    # stormed Berlin" ("the late April Jones" is a person: no preposition before "late")
    compile_rule("edge-cued-month", rf"(?i:in|since|until|till|by|during|from|through|before|after){S}"
                 rf"(?i:early|late|mid){S}(?P<t>(?P<month>{MONTH_FULL}))(?!{S}on\b)", _bare_month),
    # A month opening a clause before a noun it dates: "June election called", "May sales rose 5%", a heading's
    # "July Jobs Report" (its view writes the noun small); a name's next word is none of these ("June Carter")
    # or anywhere before a predicate only a month fits: "forecasters say May could be the wettest month"
    compile_rule("dated-noun-month", rf"(?:{_CLAUSE_START}(?P<t>(?P<month>{MONTH_FULL}))(?={S}(?:{_DATED_NOUNS})\b)|"
                 rf"(?P<p>{MONTH_FULL})(?={S}(?:would|will|could|should|might|must|can|may){S}))", _noun_or_predicate_month),
    # Months that are no other word or common first name stand alone: "September saw the Germans retreat".
    compile_rule("plain-month", r"(?P<t>(?P<month>January|February|September|October|November|December))"
                 rf"(?!{S}(?:on\b|[A-Z]|\d))(?![-\w])", _bare_month),
    compile_rule("shifted-month", rf"(?P<rel>(?i:last|next|this\s+past|this\s+coming|past|coming|this)){S}(?P<month>{MONTH_FULL})"
                 rf"(?!{S}[A-Z0-9])", _shifted_month, priority=2),
    # "the wettest April on record", "its busiest December": a superlative makes the month one whatever follows,
    # but a capital ("the loveliest April Jones") makes it a name
    compile_rule("superlative-month", rf"(?i:the|its|their|our|his|her|a){S}(?P<adj>[a-z]{{2,}}est|worst|best){S}"
                 rf"(?P<t>(?P<month>{MONTH_FULL}))(?![-\w'\u2019])(?!{S}[A-Z])", _superlative_month, priority=1),
    # "since their May IPO", "its April sales": a possessive before, a lower-case noun or an acronym after ("their May Day",
    # "Theresa May's" stay names: a capital follows, no possessive precedes)
    compile_rule("possessed-month", rf"(?i:its|their|our|his|her|my|your){S}(?P<t>(?P<month>{MONTH_FULL}))"
                 rf"(?={S}(?P<next>[a-z]+|[A-Z]{{2,}}s?)\b)(?![-'\u2019])", _possessed_month, priority=1),
)
