"""Tell a temporal word from the name it belongs to: "High Noon", "the daily Granma"; and from the record
it measures: "the first such visit in a decade" (:func:`after_record`).

Capitalisation is the only cue a rule has: a time word written with a capital inside a
sentence, after another capitalised word, is a title; a frequency word followed by a
capitalised name is a newspaper's description. A duration keeps its value inside a name
("the Seven Years' War", "the Six-Day War", CBS's "60 Minutes"): the name still says how long.

>>> in_title("He watched High ", )
True
>>> in_title("He left at ")
False
>>> names_follow(" Granma reported", ), names_follow(" Monday and Friday")
(True, False)
>>> subject_follows(" Paris fell."), subject_follows(" Madness fans cheered."), subject_follows(" Day came")
(True, False, False)
>>> text = "Saudi Arabia's Vision 2030 aims high, as in 2016."
>>> names_year(text, text.index("2030")), names_year(text, text.index("2016"))
(True, False)
"""

from __future__ import annotations

import re

from timeline.timex.verbs import SCHEDULED, SCHEDULED_PLURAL, word_tense, plural_subject

_CLOSERS = ".!?:\"'`"
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")
_CALENDAR_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split())


def in_title(before: str) -> bool:
    """Whether ``before`` ends with a capitalised word inside a sentence ("... on VOA ").

    Parameters
    ----------
    before : str
        The text just before the expression.
    """
    words = [w.lstrip("`'\"(\u201c") for w in before.rstrip().split()]
    if not words or before[-1:] != " " or not words[-1][:1].isupper() or words[-1][-1] in _CLOSERS:
        return False
    return len(words) > 1 and words[-2][-1:] not in _CLOSERS  # (a lone opening quote, now empty, opens like a stop)


def names_follow(after: str) -> bool:
    """Whether ``after`` starts with a capitalised word that is not a weekday or a month.

    Parameters
    ----------
    after : str
        The text just after the expression.
    """
    m = _NEXT_WORD.match(after)
    return bool(m) and m[1].lower() not in _CALENDAR_NAMES


_SUBJECT_AND_VERB = re.compile(r"[ \t]{1,3}(?P<subject>[A-Z][a-z]+)[ \t]{1,3}(?P<verb>[a-z]+)\b")
# Capitalised words that make a name or a day of a month before them ("May Day", "Christmas Eve"): no subject
_CALENDAR_NOUNS = frozenset("day days eve night nights week weeks weekend morning evening".split())


def subject_follows(after: str) -> bool:
    """Whether ``after`` starts with one capitalised word and then a finite verb: the subject of a clause.

    "In June Paris fell": after a cued month the capitalised word that a verb ("fell",
    "was", "had", "will", an -ed form) follows at once is the clause's subject, not the
    rest of a name ("March Madness fans", "August Rush the", "June Carter Cash"), and a
    day word never is ("May Day came").

    Parameters
    ----------
    after : str
        The text just after the month.
    """
    m = _SUBJECT_AND_VERB.match(after)
    if m is None or m["subject"].lower() in _CALENDAR_NAMES | _CALENDAR_NOUNS:
        return False
    return word_tense(m["verb"]) is not None


# A capitalised word right before a bare year makes the year part of a name ("Vision 2030", "Tokyo 2020",
# "Windows 2000", "Euro 2016"), unless the word is one a year follows as a year: a preposition or other function
# word opening a sentence ("Since 2016", "Throughout 2008"), a calendar word ("July 2018", "Summer 1962",
# "Christmas 2007", "Fiscal 2019"), or a word that dates a record ("Copyright 2018", "Born 1950")
# (The test of the character before the capital follows the capital, as in _POSSESSOR_BEFORE: a searched pattern
# that opens with a character class is scanned for it in C, one that opens with a lookbehind tried at each position)
_NAME_BEFORE_YEAR = re.compile(r"([A-Z](?<![\w.'\u2019&-][A-Z])[a-z]+)[ \t]$")
_YEAR_FOLLOWS = _CALENDAR_NAMES | frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "spring summer fall autumn winter midsummer midwinter christmas easter thanksgiving ramadan hanukkah passover "
    "new year years fiscal calendar financial class vintage model "
    "in on at by for from to of since until till after before during through throughout thru between around about "
    "over under within beyond despite against toward towards unlike like than but and or nor so yet as with "
    "without circa the a an that this these those its his her their our your my every each last next early late "
    "mid only even also not all both some any no upon via per amid among including except plus versus while when "
    "whilst although though because if unless whether then now again already still ever never once is was were "
    "be been being are has had have will would could should may might must did does do "
    "copyright published updated revised established founded born died dated starting beginning ending effective "
    "circa ca anno domini "
    # a sentence adverb's capital is the sentence's ("Overall 2018 was good"); a budget names its fiscal year
    "overall meanwhile otherwise nevertheless nonetheless instead likewise altogether budget".split())
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]{2,}")
_TITLE_SMALL = frozenset("and the for nor but yet with from into onto upon over than that via per off out".split())


def names_year(text: str, start: int) -> bool:
    """Whether the bare year at ``start`` belongs to the name a capitalised word before it begins.

    "Vision 2030", "Tokyo 2020", "Windows 2000", "Paris 2024 organisers": a capitalised word that
    is no calendar or function word, right before the year, in a sentence not written in title
    case (a heading's capitals tell nothing: "Eastern Theater 1861"); a word ending in a stop
    ("the U.S. 2020 census") or a possessive ("Kopp's 1987 Chevrolet", the owner's year) does
    not name the year, unless no noun follows it ("Orwell's 1984 is a novel": a work's title).

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Where the year's four digits start.

    Examples
    --------
    >>> [names_year(t, t.index("20")) for t in ("Tokyo 2020 was put off.", "Since 2020 it grew.", "Tokyo 2020")]
    [True, False, False]
    >>> [names_year(t, t.index("20")) for t in ("Hotels fill up ahead of Paris 2024.", "Hopefully 2019 is better.")]
    [False, False]
    """
    m = _NAME_BEFORE_YEAR.search(text, max(0, start - 24), start)
    if m is None:
        return _work_title(text, start)
    if m[1].lower() in _YEAR_FOLLOWS or _opening_adverb(text, m.start(1), m[1]) or _used_as_time(text, start) \
            or _event_follows(text, start):
        return False
    return not title_case(text, m.start(1), start)


def _opening_adverb(text: str, start: int, word: str) -> bool:
    """Whether ``word`` is an -ly adverb opening its sentence ("Hopefully 2019 will be better"): its capital is
    the sentence's, not a name's."""
    if len(word) < 5 or not word.endswith("ly"):
        return False
    before = text[max(0, start - 3):start].strip()
    return not before or before[-1] in ".!?\n\"\u201c"


# A time preposition governs only a time or an event, so a name it governs is an event used for its time: the year
# in "since Euro 2016", "before Tokyo 2020", "ahead of Paris 2024" dates it (MUC tags "1975 World Series" so)
_TIME_GOVERNOR = re.compile(r"(?<![\w-])(?i:since|before|after|during|until|till|throughout|following|ahead[ \t]+of|"
                            r"prior[ \t]+to)[ \t]+(?:[A-Z][\w.'\u2019&-]*[ \t]+){1,3}$")
_WORD_AFTER = re.compile(r"\d{4}[ \t]+([a-z]+)\b")


def _used_as_time(text: str, start: int) -> bool:
    """Whether the name before the year at ``start`` follows a time preposition and is no clause's subject ("since
    Vision 2030 was launched" is the plan's launch, not 2030)."""
    if _TIME_GOVERNOR.search(text, max(0, start - 60), start) is None:
        return False
    after = _WORD_AFTER.match(text, start)
    return after is None or word_tense(after[1]) is None


# The head nouns of a dated event: "the Hamburg 2018 summit", "the Valdai 2018 forum", "the Bush 2004 campaign"
# name the event by its place or its maker and date it by the year ("the Windows 2000 source code", "the Strategy
# 2025 plan" name a product or a plan: no event noun)
_EVENT_NOUNS = frozenset("summit summits forum forums drills exercise exercises games olympics rally campaign election "
                         "elections vote referendum congress conference show expo keynote championship championships "
                         "tournament race festival parade talks meeting meetings visit tour war crisis "
                         "convention session".split())
_NOUN_AFTER = re.compile(r"\d{4}[ \t]+([A-Za-z]+)\b")


def _event_follows(text: str, start: int) -> bool:
    """Whether an event's head noun follows the year at ``start`` ("the Hamburg 2018 summit").

    >>> [_event_follows(t, t.index("20")) for t in ("The Hamburg 2018 summit ended.", "Windows 2000 source code")]
    [True, False]
    """
    after = _NOUN_AFTER.match(text, start)
    return after is not None and after[1].lower() in _EVENT_NOUNS


# "Orwell's 1984 is", "Orwell's 1984.": a possessive year no noun follows is a work's title; the owner's year
# dates the noun after it ("Kopp's 1987 Chevrolet", "Apple's 2019 results")
_POSSESSOR_BEFORE = re.compile(r"[A-Z](?<![\w.'\u2019&-][A-Z])[a-z]+['\u2019]s[ \t]$")
_AFTER_TITLE = re.compile(r"\d{4}(?:[ \t]?[,.;:!?)]|[ \t]+([a-z]+)\b)")


def _work_title(text: str, start: int) -> bool:
    """Whether the year at ``start`` is a title after its author's possessive, a verb or a stop right after it, or
    right after the noun of a work ("the film 2012", "the novel 1984": its title)."""
    if _WORK_NOUN_BEFORE.search(text, max(0, start - 14), start):
        return True
    if _POSSESSOR_BEFORE.search(text, max(0, start - 24), start) is None:
        return False
    after = _AFTER_TITLE.match(text, start)
    return after is not None and (after[1] is None or after[1] in _TITLE_VERBS)


# The verbs a work's title is the subject of, closed ("Mixte's 1989 unconsolidated profit": an -ed adjective), and
# the adverbs a read work takes ("read Orwell's 1984 again")
_TITLE_VERBS = frozenset("is was are were has had remains remained became becomes will would can could may might "
                         "should must again aloud".split())
_WORK_NOUN_BEFORE = re.compile(r"\b(?:film|movie|novel|book|album|song|opera|musical|poem|documentary)[ \t]$")


def title_case(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start:end`` is written in title case: no lower-case word of three letters
    or more but the short words a title leaves small ("Eastern Theater 1861-1863", "War of the Worlds").

    >>> title_case("War of the Worlds Opens", 0, 3), title_case("The war of the worlds opens", 4, 7)
    (True, False)
    """
    stops = list(_SENTENCE_END.finditer(text, max(0, start - 200), start))
    left = stops[-1].end() if stops else max(0, start - 200)
    stop = _SENTENCE_END.search(text, end, end + 200)
    words = _WORD.findall(text, left, stop.start() if stop else min(len(text), end + 200))
    return not any(w[0].islower() and w not in _TITLE_SMALL for w in words)


# -est words that are no superlatives ("the interest", "the protest"); "latest" is left out too ("the latest
# data, due in a week" looks ahead)
_NOT_SUPERLATIVE = frozenset(("interest west midwest northwest southwest test contest protest request harvest forest "
                              "rest unrest arrest guest quest conquest inquest nest chest crest vest pest priest "
                              "manifest digest honest modest earnest behest invest attest detest latest").split())
# "the first such visit in", "its highest level in", "the country's biggest protest in", "the only X in": an ordinal or
# superlative before a noun phrase of at most five words, none of them a verb's helper, a clause's start or an infinitive's "to"
_RECORD_PHRASE = re.compile(
    r"(?:\b(?i:the|its|his|her|their|our|my|your)|[A-Za-z]['\u2019]s?)[ \t]+(?P<word>(?i:first|second|third|fourth|fifth|"
    r"last|only|most|least|best|worst|fewest|[a-z]{2,}est))(?:[ \t]+(?!(?i:will|would|shall|should|can|could|may|might|"
    r"must|is|are|was|were|be|been|being|has|have|had|do|does|did|not|that|which|who|when|if|and|but|or)\b"
    # "to" before a verb ("plans to open in a year"), not before a place ("the first visit to Cuba", "to the island")
    r"|to[ \t]+(?!(?:the|a|an|its|his|her|their|this|that)\b)[a-z])"
    r"[A-Za-z][\w.'\u2019-]*){0,5}[ \t]+$")


def after_record(text: str, start: int) -> bool:
    """Whether ``text[start:]`` ("in a decade") follows an ordinal or superlative noun phrase: "the first such
    visit in a decade" is how long since such a visit, not a date ahead.

    >>> [after_record(t, t.index("in a")) for t in ("the first such visit in a decade", "It opens in a decade")]
    [True, False]
    """
    before = _RECORD_PHRASE.search(text, max(0, start - 80), start)
    if before is None or before["word"].lower() in _NOT_SUPERLATIVE:
        return False
    return not _verb_in(text[before.end("word"):start].lower().split())


# Present forms of verbs of schedule that are seldom nouns ("returns", "runs", "starts" are: "the best returns in a
# decade" is a record)
_SCHEDULE_S = SCHEDULED - frozenset("starts ends returns plays takes faces hosts runs".split())


def _verb_in(words: list[str]) -> bool:
    """Whether the words after a record phrase's ordinal hold the clause's verb of schedule, its subject before it:
    in "the first shipments arrive in a week" the "in" phrase is the arrival's time ahead, no record's span.

    >>> _verb_in(["shipments", "arrive"]), _verb_in(["shipment", "arrives"]), _verb_in(["such", "visit"])
    (True, True, False)
    >>> _verb_in(["returns"]), _verb_in(["stock", "returns"])
    (False, False)
    """
    for subject, verb in zip(words, words[1:]):
        if verb in _SCHEDULE_S or (verb in SCHEDULED_PLURAL and plural_subject(subject)):
            return True
    return False


# "the last fall in prices", "its last fall": a decline, not autumn. The season takes no article or possessive before
# "last fall", and after it "in" leads to a place or a time ("last fall in Paris", "in the capital"), not a bare
# lower-case noun ("in prices", "in rates")
_FALL_IN_THING = re.compile(r"[ \t]+in[ \t]+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|"
                            r"which|what|order|time|part|all|both|each|every)\b)[a-z]")
_OWNER_BEFORE = re.compile(r"(?<![\w-])(?i:the|its|his|her|their|our|my|your|a)[ \t]+$|[a-z]['\u2019]s?[ \t]+$")


def fall_is_decline(text: str, start: int, end: int) -> bool:
    """Whether "last fall" or "the previous fall" at ``start:end`` is a decline: "the last fall in prices", "its
    last fall", "the previous fall in rates".

    >>> [fall_is_decline(t, t.index("last"), t.index("fall") + 4) for t in
    ...  ("It fell again after the last fall in prices.", "Its last fall was in 2016.", "We met last fall in Paris.")]
    [True, True, False]
    """
    if _FALL_IN_THING.match(text, end):
        return True
    return _OWNER_BEFORE.search(text, max(0, start - 8), start) is not None
