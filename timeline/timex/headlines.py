"""Read a headline line as the sentence it stands for: "Trump To Meet Putin On Monday" is "Trump to meet Putin on
Monday".

A title or subtitle is written in Title Case or ALL CAPS, and there a capital tells nothing of a name: the
name guards (:mod:`timeline.timex.names`), the case-bound rules ("This Week" names a show in running text) and
the tense cues (lower-case "to", "will") all read it as a run of names. :func:`headline_view` gives a view of
the text, of the same length, in which each heading line (:func:`is_heading`) is written in sentence case: the
words a sentence writes small (function words, auxiliaries, the time words "next", "week", "spring", the verbs
the tense cues know, the verb after "to" or a modal) are lower-cased, weekdays, months and feasts keep one
capital, and every other word keeps the capital a name has. A time word inside a name stays as the heading
wrote it, so the view reads it as a name too: next to a word kept as a name ("Sunday Times", "Good Friday
Agreement", "Friday Night Lights", "Arab Spring"), "Day" after a calendar name ("May Day"), a deictic right
after a unit ("Last Week Tonight"). A well-known name of time words (the table of
:mod:`timeline.timex.time_word_names`: "Mail on Sunday", "Seven Days in May") is written as the table writes it,
so that the rules pass it by as they do in running text. Offsets do not move: only the case of letters changes,
never a letter's length.

>>> headline_view("TRUMP TO MEET PUTIN ON MONDAY")
'Trump to meet Putin on Monday'
>>> headline_view("Russia Expels 60 Diplomats Last Week")
'Russia Expels 60 Diplomats last week'
>>> headline_view("He read the Sunday Times on Monday.") is None
True
>>> headline_view("Sunday Times Reports Record Sales")
'Sunday Times reports Record Sales'
>>> headline_view("SEVEN DAYS IN MAY REMAKE PLANNED"), headline_view("Talks Resume This Week")
('Seven Days in May remake planned', 'Talks resume this week')
"""

from __future__ import annotations

import re

from timeline.timex.time_word_names import heading_matches
from timeline.timex.verbs import (BE_FORMS, CUE_WORDS, HAVE, MODALS, PAST, PRESENT, PUBLISHING, PUBLISHING_PLURAL,
                                  SCHEDULED, SCHEDULED_PLURAL)

# A word: a run of letters, accented ones too ("Élysée", "Zürich"), so that no piece of a word reads as one
_WORD = re.compile(r"[^\W\d_]+")
# What a heading writes small, when it writes any word small: articles, short prepositions and conjunctions
_SMALL = frozenset("a an the of in on at to by for and or but nor as vs via with from into onto over than upon off "
                   "out up per amid is".split())
_FUNCTION = _SMALL | frozenset(
    "after before since until till during through throughout within without around about ahead against toward "
    "towards under amid among between beyond despite following ago later earlier then now again also not no so "
    "it its his her their our this that these those who what when where why how if while once every each some "
    "any all more most less least than just still yet even only back down up near".split())
_AUXILIARY = MODALS | BE_FORMS | HAVE | PRESENT | frozenset("was were am shall set due expected likely poised "
                                                            "planned scheduled slated".split())
# The time words a sentence writes small: the rules read them so ("next week", "in spring", "two days ago")
_TIME_WORDS = frozenset(
    "next last this coming past previous following current early late mid end start beginning middle rest "
    "week weeks weekend weekends month months year years day days decade decades century centuries quarter "
    "quarters hour hours minute minutes fortnight today tonight tomorrow yesterday recently soon morning "
    "afternoon evening night overnight noon midnight spring summer autumn fall winter season "
    "one two three four five six seven eight nine ten eleven twelve a few several couple".split())
# The heads of a time phrase: next to a word kept as a name they are part of it ("Sunday Times", "Arab Spring")
_TIME_HEADS = frozenset("week weekend day days night morning evening afternoon spring summer autumn fall winter "
                        "today tonight tomorrow yesterday eve noon midnight".split())
_DEICTIC = frozenset("today tonight tomorrow yesterday".split())
_UNITS = frozenset("week weekend month year day decade century".split())
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec christmas easter thanksgiving ramadan hanukkah passover halloween".split())
# Before "may" a month's cue (a preposition or a shift word): "In May", "Since May", "Next May"; else "May" is a
# modal when a word follows it ("Trump May Meet Putin", "Rates May Rise")
_BEFORE_MONTH = frozenset("in on by since until till from to of during through before after early late mid next "
                          "last this each every".split())
# Words the tense cues know in the past or present ("Meets", "Held", "Says"), but "Fed" (the central bank)
_VERBS = (CUE_WORDS | PAST | SCHEDULED | SCHEDULED_PLURAL | PUBLISHING | PUBLISHING_PLURAL) - frozenset({"fed"})
# The prepositions and shift words a time phrase follows: a name does not ("On Sunday Kills", not "Sunday Times")
_GOVERNING = frozenset("on by until till since before after from through during next last this every each early "
                       "late mid in at for".split())
# The nouns a calendar name dates in a headline: "December Hike", "Saturday Game", "Tuesday Vote", "Black Friday
# Sales" (none begins a name a weekday or a month opens: "Sunday Times", "March Madness", "Good Friday Agreement")
_DATED_NOUNS = frozenset(
    "hike hikes cut cuts sale sales deals data figures report deadline game games match matches strike strikes protest "
    "protests rally rallies service services launch release opener kickoff final finals vote votes poll polls election "
    "elections meeting meetings summit summits talks debate debates hearing hearings trial verdict ruling auction "
    "ceremony parade shutdown walkout storm storms attack attacks raid raids blast crash fire quake shooting jobs "
    "inflation payrolls".split())
# A feast naming a street ("Crash On Christmas Road", "FIRE ON EASTER ROAD"): a heading ends on the street word, where
# a noun the feast dates goes on with the heading's verb or another noun ("Christmas Street Parties Banned")
_FEASTS = frozenset("christmas easter thanksgiving hanukkah passover halloween".split())
_STREETS = frozenset("road street avenue lane drive square boulevard crescent terrace alley highway parkway plaza".split())
_INFINITIVE_HEADS = MODALS | frozenset({"to", "may"})
_NAME, _LOW, _CAP = 0, 1, 2
# A small word of five letters or more: none of the small words is so long, so this cheap look comes first
_LONG_WORD = re.compile(r"(?<![\w'\u2019])[a-z]{5,}(?![^\W\d_])")
_BOUND = re.compile(r"['\u2019\d]")  # before a small word ending another: a clitic's apostrophe, an ordinal's digit
# No heading is longer: a longer line is a paragraph, however its words are written
_LONGEST = 250


def is_heading(line: str) -> bool:
    """Whether ``line`` is written as a heading: in ALL CAPS, or in Title Case (no word of its own written small
    but the short words a title leaves small), with at least two words.

    Parameters
    ----------
    line : str
        One line of text, without its line break.

    Examples
    --------
    >>> [is_heading(t) for t in ("Fed To Raise Rates In March", "FED TO RAISE RATES", "Fed raises rates in March")]
    [True, True, False]
    >>> [is_heading(t) for t in ("Monday", "Vladimir Putin met Trump on Monday.", "Putin And Trump")]
    [False, False, True]
    """
    if len(line) > _LONGEST or _LONG_WORD.search(line):
        return False
    capitals = 0
    for word in _WORD.finditer(line):
        w = word[0]
        if w[0].isupper():
            capitals += 1
        elif w.islower() and w not in _SMALL and not _BOUND.match(line[word.start() - 1:word.start()]):
            return False  # a word of its own written small, as running text has them (not a clitic, "Don't", nor an
            # ordinal's ending, "21st")
    return capitals >= 2


def headline_view(text: str) -> str | None:
    """``text`` with each heading line in sentence case, the same length; None when no line is a heading.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    str or None
        The view, each character where it was in ``text`` (only the case of letters changes, never a length), or None
        when ``text`` holds no heading, so that running text is read as given.

    Examples
    --------
    >>> headline_view("Trump, Putin To Hold Talks In July")
    'Trump, Putin to hold Talks in July'
    >>> headline_view("Good Friday Agreement Turns 20 Next Month")
    'Good Friday Agreement Turns 20 next month'
    >>> headline_view("TRUMP MAY MEET PUTIN IN MAY")
    'Trump may meet Putin in May'
    """
    parts: list[str] = []
    done = start = 0
    # the lines by str.split, their offsets summed: a regex stepping through every character of the text took twice
    # as long; a line longer than any heading is passed over at once
    for line in text.split("\n"):
        end = start + len(line)
        if line and len(line) <= _LONGEST and is_heading(line):
            parts.append(text[done:start])
            parts.append(_sentence_case(line))
            done = end
        start = end + 1
    if not parts:
        return None
    parts.append(text[done:])
    return "".join(parts)


def _sentence_case(line: str) -> str:
    """One heading line in sentence case (see the module's docstring)."""
    upper = not any(c.islower() for c in line)
    words = list(_WORD.finditer(line))
    kinds = [_kind(words, i, upper) for i in range(len(words))]
    _keep_names(line, words, kinds)
    names = heading_matches(line)
    _unname([(start, end) for start, end, _, cued in names if not cued], words, kinds, upper)
    out = list(line)
    for i, (word, kind) in enumerate(zip(words, kinds)):
        w = word[0]
        if kind == _LOW:
            new = _lower(w)
        elif kind == _CAP or (upper and len(w) > 3):
            new = _upper(w[0]) + _lower(w[1:])
        else:
            new = w  # a name, as the heading wrote it (an acronym in ALL CAPS: "EU", "UN")
        if i == 0 and _opens(line, word.start()):
            new = _upper(new[0]) + new[1:]
        out[word.start():word.end()] = new
    for start, end, name, cued in names:  # a known name keeps its own capitals: "Mail on Sunday"
        if cued:
            out[start:end] = name
    return "".join(out)


def _unname(uncued: list[tuple[int, int]], words: list[re.Match[str]], kinds: list[int], upper: bool) -> None:
    """Write small the words kept as a name that spell a well-known name lacking the cue it needs in a heading
    (the spans ``uncued``: "Monday's Child Care Walkout Ends" holds no poem), so the view, read as running text, does
    not find it; an acronym of a line not in capitals keeps its letters ("Pope Arrives In USA Today")."""
    for start, end in uncued:
        for i, word in enumerate(words):
            if start <= word.start() and word.end() <= end and kinds[i] == _NAME \
                    and (upper or not word[0][1:].isupper()):
                kinds[i] = _CAP if word[0].lower() in _CALENDAR else _LOW  # "Manic Monday For Markets"


def _lower(word: str) -> str:
    """``word`` in lower case, letter by letter, a letter whose small form is longer kept ("İ"): offsets hold."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def _upper(word: str) -> str:
    """``word`` in upper case, letter by letter, a letter whose capital is longer kept ("ß" is no "SS")."""
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in word)


def _opens(line: str, start: int) -> bool:
    """Whether the word at ``start`` opens the line: nothing but spaces and quotation marks before it."""
    return not line[:start].strip(" \t\"'\u201c\u2018(")


def _kind(words: list[re.Match[str]], i: int, upper: bool) -> int:
    """How the view writes word ``i``: small, with one capital (a calendar name) or as the heading wrote it."""
    w = words[i][0].lower()
    before = words[i - 1][0].lower() if i else ""
    if w == "may":
        modal = i > 0 and i + 1 < len(words) and before not in _BEFORE_MONTH \
            and not words[i + 1][0][0].isdigit() and words[i + 1][0].lower() not in ("day", "eve") \
            and not words[i + 1][0].lower().endswith("s")  # "Theresa May Meets": a verb's -s form, no modal's
        return _LOW if modal else _CAP
    if w in _CALENDAR:
        return _CAP
    if w in _FUNCTION or w in _AUXILIARY or w in _TIME_WORDS or w in _VERBS:
        return _LOW
    if before in _INFINITIVE_HEADS and (before != "may" or i > 1) and (upper or not words[i][0][1:].isupper()) \
            and (i > 1 or before == "to"):
        return _LOW  # the verb after "to" or a modal: "To Meet", "Could Happen"; a modal opening asks ("Will Fed Hike")
    return _NAME


def _adjacent(line: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether only spaces stand between two words."""
    return not line[a.end():b.start()].strip(" \t")


def _keep_names(line: str, words: list[re.Match[str]], kinds: list[int]) -> None:
    """Keep as the heading wrote them the time words that are part of a name (see the module's docstring)."""
    lowered = [w[0].lower() for w in words]
    for i, w in enumerate(lowered):
        if kinds[i] == _LOW and w not in _TIME_HEADS or w not in _TIME_HEADS and w not in _CALENDAR:
            continue  # a modal "May" is no calendar name
        if i + 1 < len(words) and kinds[i + 1] == _NAME and _adjacent(line, words[i], words[i + 1]):
            if w in _FEASTS and lowered[i + 1] in _STREETS and i + 2 == len(words):
                continue  # "Crash On Christmas Road": the street keeps its capital, the name guard reads it
            if _governed(line, words, lowered, i) or w in _CALENDAR and lowered[i + 1] in _DATED_NOUNS:
                # "Storm On Sunday Kills Five": after a time phrase the headline's verb; "Fed Signals December Hike",
                # "Black Friday Deals": a calendar name dates the event or the thing after it, no name's start
                kinds[i + 1] = _LOW
            else:
                _keep_run(line, words, kinds, lowered, i, -1)  # "Sunday Times", "Friday Night Lights"
        if i and w not in _DEICTIC and kinds[i - 1] == _NAME and _adjacent(line, words[i - 1], words[i]):
            _keep_run(line, words, kinds, lowered, i, 1)  # "Good Friday", "Arab Spring"
        if i and w in ("day", "eve") and lowered[i - 1] in _CALENDAR and _adjacent(line, words[i - 1], words[i]):
            kinds[i - 1] = kinds[i] = _NAME  # "May Day", "Christmas Eve": the feast's name
        if i and w in _DEICTIC and lowered[i - 1] in _UNITS and _adjacent(line, words[i - 1], words[i]):
            _keep_run(line, words, kinds, lowered, i, -1)  # "Last Week Tonight": no sentence says it
            for j in range(i - 1, -1, -1):
                if lowered[j] not in _TIME_WORDS or kinds[j] == _NAME or not _adjacent(line, words[j], words[j + 1]):
                    break
                kinds[j] = _NAME


def _governed(line: str, words: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """Whether the time heads ending at word ``i`` follow a time preposition: "On Sunday", "By Friday Night"."""
    j = i
    while j and (lowered[j - 1] in _TIME_HEADS or lowered[j - 1] in _CALENDAR) \
            and _adjacent(line, words[j - 1], words[j]):
        j -= 1
    return j > 0 and lowered[j - 1] in _GOVERNING and _adjacent(line, words[j - 1], words[j])


def _keep_run(line: str, words: list[re.Match[str]], kinds: list[int], lowered: list[str], i: int,
              step: int) -> None:
    """Mark word ``i`` and the time heads next to it, going by ``step``, as part of a name."""
    j = i
    while 0 <= j < len(words) and (lowered[j] in _TIME_HEADS or lowered[j] in _CALENDAR):
        kinds[j] = _NAME
        k = j + step
        if not (0 <= k < len(words)) or not _adjacent(line, words[min(j, k)], words[max(j, k)]):
            break
        j = k
