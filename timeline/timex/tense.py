"""A small tense detector for the clause around a temporal expression.

It reads the words either side of the expression, inside its sentence, and lets
the nearest tense cue decide: auxiliaries and modals ("will", "would", "is to",
"plans to") say future; past auxiliaries, "said" and past-tense morphology
("-ed", irregular forms) say past; present auxiliaries say present. That is all
phase 2 needs to choose between the Sunday before and the Sunday after the DCT.

>>> clause_tense("Officials said on Sunday that talks failed.", 18, 24)
'past'
>>> clause_tense("The leaders will meet on Sunday in Paris.", 25, 31)
'future'
"""

from __future__ import annotations

import re

from timeline.timex.verbs import (Tense, _ARRANGED, _AUXILIARIES, _BE, _CUE_WORDS, _DEADLINE, _FUTURE, _HAVE,
                                  _LIMIT_MOVED, _MODAL_AHEAD, _PLAN, _PREMODIFIERS, _PRESENT, _SPEECH, _UNBOUND,
                                  _VERB_CUES,
                                  _after_had, _arranged, _bare_verb_follows, _cue, _followed_by_to,
                                  _in_past_perfect, _infinitive_between, _inverted_were, _is_adjective,
                                  _is_participle, _lasted_through, _lasted_until, _neighbours, _participle_follows,
                                  _period_ending)

_WORD = re.compile(r"[A-Za-z']+")
# The attribution that closes a sentence after the expression: ", officials said." -- a clause of its own,
# so in "They will meet on Friday, officials said" it is "will" that places Friday.
_ATTRIBUTION = re.compile(r"\s*,\s*(?:[\w.'-]+\s+){0,5}?(?:said|says|say|added|adds|reported|announced|told|stated|"
                          r"noted|wrote|explained|confirmed)\b(?:\s+[^\s,;]+){0,4}[\s.!?'\x22]*$")
# A full stop ends a sentence, but not after an initial ("George W. Bush", "U.S. Supreme Court"),
# a title ("Mr. Davison") or "vs.": each is followed by a capital word of the same sentence.
_SENTENCE_END = re.compile(r"[.!?;](?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Mt|Ft|Lt|vs)\.)"
                           r"(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Col|Sgt|Maj|Adm|Rev)\.)(?<!\b(?:Capt|Cmdr|Prof)\.)"
                           r"\s+(?=[A-Z\"'(])|\n\s*\n")


def clause_tense(text: str, start: int, end: int, window: int = 8) -> Tense | None:
    """The tense of the clause around ``text[start:end]``, or None when no cue is near.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The expression's span.
    window : int
        How many words either side to read.

    Returns
    -------
    {"past", "present", "future"} or None
    """
    left, right = _clause_sides(text, start, end, window)
    if right.startswith(("'s", "\u2019s")):
        # "Wednesday's ruling", "Thursday's closing price": news names events gone by, unless it is the subject
        # of a verb that looks ahead ("Tuesday's election is expected to draw record turnout"); one that is the
        # object of a plan ("would look for ways to get around Wednesday's ruling") is there already
        # ("After Tuesday's vote, the party will decide": the "will" past the comma is another clause's)
        return "future" if _cued_tense("", right.split(",")[0], window)[1] == "future" else "past"
    decided, tense = _cued_tense(left, right, window)
    return tense if decided else _governing_tense(text, start, end, window, left)


def _cued_tense(left: str, right: str, window: int) -> tuple[bool, Tense | None]:
    """Whether a cue of the expression's clause decides, and the tense it gives (``left`` and ``right``: the
    text either side)."""
    written = _WORD.findall(left)[-window:], _WORD.findall(right)[:window]
    before, after = [w.lower() for w in written[0]], [w.lower() for w in written[1]]  # lowered once
    if before[-2:-1] and before[-1] == "to" and before[-2] in _LIMIT_MOVED:
        return True, "future"  # "was adjourned to Monday": the day a limit is moved to lies ahead
    if before and before[-1] in _DEADLINE and "had" not in before and "had" not in after:
        # "until Tuesday", "by Jan. 14": a deadline lies ahead, unless "had filed by Wednesday"
        return True, "past" if _lasted_until(before) else "future"
    if _lasted_through(before):
        # "lasted through the spring": a stretch told as past ends at the date ("extended through March", a limit
        # moved, is left to the verb: see _UNBOUND)
        return True, "past"
    if before[-3:] == ["as", "soon", "as"]:
        return True, "future"  # "as soon as Tuesday": the earliest of times still to come
    if before[-1:] == ["since"]:
        return True, "past"  # "since Monday": a start that is behind, whatever the clause's tense
    if before[-1:] in (["is"], ["are"]) or before[-2:] in (["is", "on"], ["are", "on"]) or _SUBJECT_IS.match(right):
        # "The deadline is Friday", "The vote is on Tuesday", "Sunday is the deadline": a day gone by is told with "was"
        return True, "future"
    own = 0 if _ATTRIBUTION.match(right) or _comma_closes(left, right) else _own_clause(after)
    decided, tense = _scan(before, after[:own], (written[0], written[1][:own]))
    if not decided and own < len(after):  # no verb of its own in reach: a coordinated one shares its tense
        decided, tense = _scan(before, after, written)
    return decided, tense


_SUBJECT_IS = re.compile(r"[ \t]+is\b")  # "Sunday is the deadline": the expression is the subject of "is"


def _comma_closes(left: str, right: str) -> bool:
    """Whether a comma right after the expression closes the clause a verb before it opened.

    In "The president, who took office in January, will travel" the "will" is the main
    clause's; "took" dates January.

    >>> _comma_closes("The president, who took office in ", ", will travel")
    True
    >>> _comma_closes("On ", ", the minister will travel")
    False
    """
    if not right.lstrip().startswith(","):
        return False
    return any(_is_cue(w.lower()) for w in _WORD.findall(left[left.rfind(",") + 1:]))


# Possessive runs: a letter run always ends before a blank, a blank run before a letter or the end, so giving one
# back never helps; the search backtracks no more. A match that starts inside a word starts one letter earlier too,
# so past the window's first character only a word's start needs trying (_WORD_BEFORE_AT): the same leftmost match.
_WORD_BEFORE = re.compile(r"(?:([A-Za-z]++)[ \t]++)?([A-Za-z]++)[ \t]++(?:on[ \t]++)?$")
_WORD_BEFORE_AT = re.compile(r"(?<![A-Za-z])" + _WORD_BEFORE.pattern)
# Verbs that name a time rather than an event at it: "a letter dated Feb. 24", "set Nov. 10 as the deadline"
_NAMING_A_TIME = frozenset("dated set scheduled slated planned timed expected due".split())
# Before the verb, what makes it no past of its own: "has set Nov. 10 as the deadline", "to be completed around Nov. 1"
_NOT_OWN_PAST = frozenset("has have to be will would should must can could may might".split())


def dated_by_past_verb(text: str, start: int) -> bool:
    """Whether a past verb stands right before the expression, "on" at most between them.

    "was sentenced on Jan. 10", "opened Feb. 25", "said on Jan. 10 that...": the date is that
    verb's, so it lies behind the telling however far; "was extended to Nov. 16" (a deadline)
    keeps the nearer reading open, and so do a perfect or an infinitive ("has set Nov. 10 as the
    deadline", "to be completed around Nov. 1").

    >>> text = "He was sentenced on Jan. 10."
    >>> dated_by_past_verb(text, text.index("Jan")), dated_by_past_verb("It was extended to Nov. 16.", 22)
    (True, False)
    """
    reach = max(0, start - 40)
    m = _WORD_BEFORE.match(text, reach, start) or _WORD_BEFORE_AT.search(text, reach, start)
    return m is not None and _cue(m[2].lower()) == "past" and (m[1] or "").lower() not in _NOT_OWN_PAST \
        and m[2].lower() not in _NAMING_A_TIME


def past_perfect(text: str, start: int, end: int, window: int = 8) -> bool:
    """Whether the verb that gives ``text[start:end]`` its tense is a past perfect ("had met", "had been signed").

    The past perfect tells of a time before the one a past narrative is at: in "the last time the
    Estates-General had met, in 1614, each estate held one vote" the year is a flashback.

    >>> text = "The last time they had met, in 1614, each estate held one vote."
    >>> past_perfect(text, text.index("1614"), text.index("1614") + 4)
    True
    >>> past_perfect("They met in 1614.", 13, 17)
    False
    """
    cue, before, after = _own_cue(text, start, end, window)
    # "had agreed to send help in the spring": the date is the sending's, which the past perfect does not place
    return cue is not None and cue[1] == "past" and _in_past_perfect(cue[0], before, after) \
        and not _infinitive_between(cue[0], before)


def future_in_past(text: str, start: int, end: int, window: int = 8) -> bool:
    """Whether the verb that gives ``text[start:end]`` its tense looks ahead from a past: "would", "was to".

    A past narrative tells with it what came after its present: "the queen would follow him to
    the guillotine on 16 October".

    >>> text = "The queen would follow him to the guillotine on 16 October."
    >>> future_in_past(text, text.index("16"), len(text) - 1)
    True
    >>> text = "The queen will follow him on 16 October."
    >>> future_in_past(text, text.index("16"), len(text) - 1)
    False
    """
    cue, before, after = _own_cue(text, start, end, window)
    if cue is None or cue[1] != "future":
        return False
    word = _word_at(cue[0], before, after)
    return word in _LOOKING_AHEAD or (word in {"was", "were"} and cue[0] == int(cue[0]))


_LOOKING_AHEAD = frozenset("would 'd".split())


def _word_at(position: float, before: list[str], after: list[str]) -> str:
    return before[len(before) - 1 - int(position)] if position == int(position) else after[int(position)]


def _own_cue(text: str, start: int, end: int, window: int
             ) -> tuple[tuple[float, Tense | None] | None, list[str], list[str]]:
    """The deciding cue of the expression's own clause (a relative clause or a new one on the right cut off),
    with the lower-cased words either side.

    A date after its verb with no comma between belongs to that verb: in "forces that had invaded
    Burma in late 1943 besieged the town" the year is the invading's, not the besieging's. Only a
    date set off by commas or opening its clause takes the verb after it.
    """
    left, right = _clause_sides(text, start, end, window)
    right = right[:_NEXT_CLAUSE.search(right + ", and").start()]
    written = _WORD.findall(left)[-window:], _WORD.findall(right)[:window]
    before, after = [w.lower() for w in written[0]], [w.lower() for w in written[1]]
    attached = len(_WORD.findall(left[left.rfind(",") + 1:]))  # the words since the last comma
    if attached:
        cue = _first_cue(before, [], (written[0], []))
        if cue is not None and cue[0] < attached:
            return cue, before, after
    return _first_cue(before, after, written), before, after


# What opens another clause on the right: a relative pronoun ("On 7 June Robespierre, who had
# condemned ...": the "had" is the relative clause's) or a conjunction after a comma
_NEXT_CLAUSE = re.compile(r"(?i),\s*(?:and|but|while|whereas|when)\b|\b(?:who|whom|whose|which)\b")


def _scan(before: list[str], after: list[str], written: tuple[list[str], list[str]]) -> tuple[bool, Tense | None]:
    """Whether a cue decides, and the tense it gives."""
    cue = _first_cue(before, after, written)
    return (True, cue[1]) if cue is not None else _UNDECIDED


def _first_cue(before: list[str], after: list[str], written: tuple[list[str], list[str]]
               ) -> tuple[float, Tense | None] | None:
    """The position and tense of the first cue that decides, nearest the expression first (left words whole,
    right words halves)."""
    # most words are no cue, and nothing _decide could read from them: left out before the sort (no two words
    # share a position, so the cues keep their order)
    candidates = [(float(i), w) for i, w in enumerate(reversed(before)) if w in _CUE_WORDS or w.endswith("ed")] \
        + [(i + 0.5, w) for i, w in enumerate(after) if w in _CUE_WORDS or w.endswith("ed")]
    for position, word in sorted(candidates):
        decided, tense = _decide(word, position, before, after, written)
        if decided:
            return position, tense
    return None


_CONJUNCTIONS = frozenset("and but or".split())


def _own_clause(after: list[str]) -> int:
    """How many right-side words are the expression's own clause: up to "and"/"but" + a verb.

    In "planned a rally on Saturday and were planning to drive" the "were" opens a second
    predicate; its tense is not the one "planned" gives Saturday.
    """
    for i in range(len(after) - 1):
        if after[i] in _CONJUNCTIONS and _is_cue(after[i + 1]):
            return i
        if after[i] in _SUBORDINATORS:
            return i  # "did not say on Monday when talks would resume": the "would" is the when-clause's
    return len(after)


# Words that open a clause of its own after the expression's: its verb tells of that clause's time
_SUBORDINATORS = frozenset("when whether if why how where because although though unless".split())


_ING_NOUNS = frozenset("spring morning evening nothing something anything everything thing things king "
                       "ring wing string building meeting offering ruling hearing ceiling".split())


def _is_participle_opener(word: str) -> bool:
    """Whether a phrase's first word (as written) is an -ing participle: "rising", "including"."""
    return word.endswith("ing") and len(word) > 4 and word.islower() and word not in _ING_NOUNS


def _is_cue(word: str) -> bool:
    """Whether a (lower-cased) word is a verb with a tense: not "may", which is as often the month."""
    return word in _VERB_CUES or _cue(word) is not None


_WIDE = 5  # how many windows away a governing verb may stand


def _governing_tense(text: str, start: int, end: int, window: int, left: str) -> Tense | None:
    """With no cue near: the tense of the clause the expression's phrase hangs on, read further away.

    A phrase that opens its sentence ("In January, a week after the anniversary of the ruling, a
    bombing killed...") takes the main verb after it; a participle phrase after a comma ("has
    fluctuated, rising to a high in June from $29.75 in March") the verb before the comma.
    ``left`` is the window's left side; the text further away is read only when needed.
    """
    begins = len(left) < 12 * window or len(left) == start  # the sentence starts within the window
    opening = _WORD.findall(left)
    if begins and len(opening) <= _FRONTED:
        return _fronted_tense(text, start, end, window, opening)
    return _participle_tense(text, start, end, window, left, begins)


_FRONTED = 4  # words that may open a sentence before a fronted expression: "Late on", "The twin attacks"


def _fronted_tense(text: str, start: int, end: int, window: int, opening: list[str]) -> Tense | None:
    """The tense of the main verb after a phrase that opens its sentence (``opening``: the words before)."""
    if any(_is_cue(w.lower()) for w in opening):
        return None  # a verb before the expression, which did not decide
    words = _WORD.findall(_clause_sides(text, start, end, _WIDE * window)[1])[:_WIDE * window]
    # a verb right after "that"/"which"/"who" is a relative clause's ("after the storms that closed
    # the ports, trading will resume"), not the main verb
    after = [w for i, w in enumerate(words) if i == 0 or words[i - 1].lower() not in _RELATIVES]
    lowered = [w.lower() for w in after]
    own = _own_clause(lowered)
    return _scan([w.lower() for w in opening], lowered[:own], (opening, after[:own]))[1]


_RELATIVES = frozenset("that which who".split())


def _participle_tense(text: str, start: int, end: int, window: int, left: str, begins: bool) -> Tense | None:
    """The tense of the verb before the comma that opens a participle phrase holding the expression."""
    whole = begins  # whether ``left`` is all of the sentence before the expression we will read
    if ", " not in left and not whole:
        left, whole = _clause_sides(text, start, end, _WIDE * window)[0], True  # the phrase opens further back
    comma = left.rfind(", ")
    phrase = _WORD.findall(left[comma:]) if comma >= 0 else []
    if not (phrase and _is_participle_opener(phrase[0])) or any(_is_cue(w.lower()) for w in phrase):
        return None  # not a participle phrase, or one with a verb of its own
    if not whole:
        left = _clause_sides(text, start, end, _WIDE * window)[0]  # the main clause, to its start
    main = _WORD.findall(left[:left.rfind(", ")])  # the nearest cue before the comma is the main verb
    return _scan([w.lower() for w in main], [], (main, []))[1]


_UNDECIDED: tuple[bool, Tense | None] = (False, None)


def _looks_ahead(following: list[str]) -> bool:
    """Whether the next word is one that looks ahead: "expected", "due", "set", "scheduled".

    >>> _looks_ahead(["expected", "to"]), _looks_ahead(["closed"]), _looks_ahead([])
    (True, False, False)
    """
    return bool(following) and (following[0] in _FUTURE or following[0] in _ARRANGED)


def _refused(word: str, following: list[str]) -> bool:
    """Whether "would not" / "wouldn't" (``word``) is followed by a verb of telling: "would not say".

    >>> _refused("would", ["not", "comment"]), _refused("would", ["not", "be", "held"]), _refused("would", ["comment"])
    (True, False, False)
    >>> _refused("wouldn't", ["say", "when"])
    True
    """
    verb = following[1:2] if word == "would" and following[:1] == ["not"] else following[:1] if word != "would" else []
    return bool(verb) and verb[0] in _SPEECH


_NOT_FINITE = frozenset("not n't never to can could may might would will shall should must".split())


def _decide(word: str, position: float, before: list[str], after: list[str],
            written: tuple[list[str], list[str]]) -> tuple[bool, Tense | None]:
    """Whether the (lower-cased) word at ``position`` decides the tense, and which.

    ``position`` counts words away from the expression: whole numbers on its left, halves on its
    right. ``written`` holds both sides as written, for the tests that need capitals.
    """
    left = position == int(position)
    if word in _ARRANGED:
        arranged = _arranged(word, position, before, after)
        if arranged is not None:
            return True, arranged  # "is set to open Saturday", "due Monday", "was due Monday"
    if word in _PLAN and _neighbours(position, before, after)[0] in _PREMODIFIERS:
        return _UNDECIDED  # "approve the plan on Wednesday": a noun, no verb
    if word in {"would", "wouldn't"} and _refused(word, _neighbours(position, before, after)[1]):
        return True, "past"  # "would not say on Monday whether": a refusal the report tells of
    if word in _FUTURE:
        # before the participle test: "is scheduled to close Monday"; but "had been due to expire
        # Friday", "had planned": a past perfect puts the plan itself in the past
        return True, "past" if _after_had(position, before) else "future"
    if _is_participle(word, position, before, after):
        return _UNDECIDED
    if word in {"is", "are"} and _looks_ahead(_neighbours(position, before, after)[1]):
        return _UNDECIDED  # "Tuesday's election is expected to", "is due": the word after "is" tells the time
    if word == "were" and _inverted_were(position, written[0]):
        return True, "future"  # "Were the deal to collapse on Friday, markets would fall": a hypothetical ahead
    if word in _BE and left and _followed_by_to(position, before):
        return True, "future"  # "is to resume trading Tuesday"
    if word in _PLAN and left:
        # "planned to leave on Thursday": the plan's date is ahead of the planning;
        # "planned a rally on Saturday": the date may lie either side of the planning
        return True, "future" if _followed_by_to(position, before) or word == "planning" else None
    if word in _PLAN and word != "planned" and after[int(position) + 1:int(position) + 2] == ["to"]:
        return True, "future"  # "On Tuesday, the league plans to hold a news conference"
    if word in _MODAL_AHEAD and _bare_verb_follows(position, *written):
        return True, "future"  # "can take part in the summit in April"
    if word == "could" and _neighbours(position, before, after)[1][:1] == ["not"]:
        return True, "past"  # "could not say on Friday", "could not be reached Monday": news tells of a failed try
    if word in _PRESENT and _neighbours(position, before, after)[0] in _NOT_FINITE:
        return _UNDECIDED  # "could not say", "did not say", "to say": a bare verb; its auxiliary gives the tense
    if _is_adjective(word, position, before) or (word not in _AUXILIARIES
                                                 and _infinitive_between(position, written[0])):
        return _UNDECIDED  # "a still unspecified date"; "agreed to acquire the bank in January"
    tense = _cue(word)
    if word in _HAVE and _participle_follows(position, before, after):
        return True, "past"  # "has risen since March", "March has seen": the present perfect tells of the past
    if tense == "past" and before and before[-1] in _UNBOUND and not _period_ending(before):
        return True, None  # "extended to Nov. 16", "planned for March": the verb's past is not the date's
    return (True, tense) if tense is not None else _UNDECIDED


_QUOTES = re.compile("''|``|[\"\u201c\u201d]")
# Whether a text holds a character a sentence end (_SENTENCE_END) or a quotation mark (_QUOTES) starts with: a search
# stepping in C, cheaper than the full patterns' tries
_HAS_END = re.compile(r"[.!?;\n]").search
_HAS_QUOTE = re.compile("[\"'`\u201c\u201d]").search


def _clause_sides(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    """The text either side of the expression, cut at sentence ends and quotation marks.

    A quotation mark bounds a clause: in ``"He will leave Thursday," Castro said`` the
    quoted clause's "will" governs Thursday, not the attribution's "said".
    """
    left = text[max(0, start - 12 * window):start]
    right = text[end:end + 12 * window]
    # read one character further: a sentence end needs the capital after it, and the expression opening the
    # next sentence is that capital ("... execute Rhee. In the past year, both armies had ...")
    # a sentence end holds one of ".!?;\n" and a quotation mark one of "'`\"\u201c\u201d": most sides hold none
    probe = left + text[start:start + 1]
    if _HAS_END(probe):
        cut = [m for m in _SENTENCE_END.finditer(probe) if m.end() <= len(left)]
        if cut:
            left = left[cut[-1].end():]
    if _HAS_QUOTE(left):
        quote = list(_QUOTES.finditer(left))
        if quote:
            left = left[quote[-1].end():]
    stop = _SENTENCE_END.search(right) if _HAS_END(right) else None
    if stop:
        right = right[:stop.start()]
    quote_right = _QUOTES.search(right)
    if quote_right:
        right = right[:quote_right.start()]
    return left, right
