"""Where the clause around a temporal expression ends: sentence ends and quotation marks, and on
its right a clause of its own ("and were planning", "when talks would resume").

:mod:`timeline.timex.tense` reads the words either side of an expression only as far as its
sentence, and a quotation mark bounds a clause too: in ``"He will leave Thursday," Castro
said`` the quoted "will" places Thursday, not the attribution's "said".

>>> clause_sides('"He will leave Thursday," Castro said.', 15, 23, 8)
('He will leave ', ',')
"""

from __future__ import annotations

import re

from timeline.timex.verbs import SAYING_BEFORE, is_cue

# ("would-be", "mother-to-be" are one word, an adjective: their "would" and "to" are no auxiliary of the clause)
WORD = re.compile(r"[A-Za-z']+(?:-be\b)?")
# The bytes WORD matches kept, every other byte a space (the UTF-8 bytes of a character past ASCII are all 0x80 or
# above, none in WORD's class): a side's words are then its bytes translated and split, in C
_KEPT = bytes(b if chr(b).isascii() and (chr(b).isalpha() or chr(b) == "'") else 32 for b in range(256))
_KEPT_LOWER = _KEPT.lower()  # the same, A-Z lower-cased as str.lower does an ASCII word


def side_words(side: str) -> tuple[list[str], list[str]]:
    """``WORD.findall(side)``, and the same words lower-cased.

    The findall and the lower-casing of each word were a quarter of the tense reader's cost (3.4 us for a
    side of 100 characters, 0.8 us this way); the regex reads a side only where "-be" may join two words
    ("would-be"). tests/timex/test_speed_tense_s14.py holds it to the regex on random sides.

    >>> side_words("The would-be buyer, O'Neil, SAID ")
    (['The', 'would-be', 'buyer', "O'Neil", 'SAID'], ['the', 'would-be', 'buyer', "o'neil", 'said'])
    >>> side_words("caf\u00e9 Na\u00efve talks")
    (['caf', 'Na', 've', 'talks'], ['caf', 'na', 've', 'talks'])
    """
    if "-be" in side:
        written = WORD.findall(side)
        return written, [w.lower() for w in written]
    raw = side.encode("utf-8", "surrogatepass")
    return raw.translate(_KEPT).decode().split(), raw.translate(_KEPT_LOWER).decode().split()


def words_of(side: str) -> list[str]:
    """``WORD.findall(side)``, as :func:`side_words` finds it (its words as written only).

    >>> words_of("Mr. O'Neil's would-be 2 buyers")
    ['Mr', "O'Neil's", 'would-be', 'buyers']
    """
    if "-be" in side:
        return WORD.findall(side)
    return side.encode("utf-8", "surrogatepass").translate(_KEPT).decode().split()


# How many characters a side reads per word of its window: a side shorter than the window's reach ends at its clause
CHARS_PER_WORD = 12
# A full stop ends a sentence, but not after an initial ("George W. Bush", "U.S. Supreme Court"),
# a title ("Mr. Davison") or "vs.": each is followed by a capital word of the same sentence. Or a blank line.
# Written as one character class first, each branch then checking the character it began with: with a class
# first the regex engine skips in C to the next stop or line break, where the two branches of
# "[.!?;]...|\n\s*\n" had it try the whole pattern at every character (a third of the time of clause_sides)
SENTENCE_END = re.compile(r"[.!?;\n](?:(?<=[.!?;])(?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Mt|Ft|Lt|vs)\.)"
                          r"(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Col|Sgt|Maj|Adm|Rev)\.)(?<!\b(?:Capt|Cmdr|Prof)\.)"
                          r"\s+(?=[A-Z\"'(])|(?<=\n)\s*\n)")


# A quotation mark: two apostrophes or backquotes, or a double quotation mark (one class first, as SENTENCE_END)
_QUOTES = re.compile("[\"'`\u201c\u201d](?:(?<=')'|(?<=`)`|(?<=[\"\u201c\u201d]))")
# Whether a text holds a character a sentence end (SENTENCE_END) or a quotation mark (_QUOTES) starts with: a search
# stepping in C, cheaper than the full patterns' tries
_HAS_END = re.compile(r"[.!?;\n]").search
_HAS_QUOTE = re.compile("[\"'`\u201c\u201d]").search


def clause_sides(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    """The text either side of the expression, cut at sentence ends and quotation marks.

    A quotation mark bounds a clause: in ``"He will leave Thursday," Castro said`` the
    quoted clause's "will" governs Thursday, not the attribution's "said".

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The expression's span.
    window : int
        How many words either side are read (:data:`CHARS_PER_WORD` characters each).

    Returns
    -------
    tuple of (str, str)
        The text left and right of the expression within its clause.

    Examples
    --------
    >>> text = '"He will leave Thursday," Castro said.'
    >>> clause_sides(text, 15, 23, 8)
    ('He will leave ', ',')
    """
    first = max(0, start - CHARS_PER_WORD * window)
    left = text[first:start]
    right = text[end:end + CHARS_PER_WORD * window]
    # read one character further: a sentence end needs the capital after it, and the expression opening the
    # next sentence is that capital ("... execute Rhee. In the past year, both armies had ...")
    # a sentence end holds one of ".!?;\n" and a quotation mark one of "'`\"\u201c\u201d": most sides hold none
    probe = text[first:start + 1]
    if _HAS_END(probe):
        # the last end inside ``left``: the matches' ends rise, so the first one past it stops the search
        cut, size = -1, len(left)
        for m in SENTENCE_END.finditer(probe):
            if m.end() > size:
                break
            cut = m.end()
        if cut >= 0:
            left = left[cut:]
    if _HAS_QUOTE(left):
        quote = list(_QUOTES.finditer(left))
        if quote:
            left = left[quote[-1].end():]
    stop = SENTENCE_END.search(right) if _HAS_END(right) else None
    if stop:
        right = right[:stop.start()]
    quote_right = _QUOTES.search(right)
    if quote_right:
        right = right[:quote_right.start()]
    return left, right


# A verb of saying right before a dated expression: "said on Saturday", "told reporters Tuesday"
_SAYING_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(SAYING_BEFORE) + r"|told\s+[\w.'-]+)\s+(?:on\s+)?$")
# The words dates_saying looks for before it tries the pattern: one of them is in every match
_SAYING_PROBES = SAYING_BEFORE + ("told",)
# What opens the clause after the saying's date when it is no reported clause: a comma, a preposition of an adjunct
# of the saying ("said on Monday after talks on Sunday"), a coordinator
_NOT_REPORTED = re.compile(r"(?i)\s*(?:[,(]|(?:after|before|following|during|in|at|on|while|and|but|or|as|when)\b)")
# A coordinated clause ends the reported one: "said on Monday that ..., and the truce collapsed on Wednesday"
_COORDINATED = re.compile(r"(?i)(?:,\s*(?:and|but|while|whereas|although|though)\b|[;:()\"\u201c\u201d]|''|``)")


def dates_saying(text: str, start: int) -> bool:
    """Whether the expression at ``start`` dates a saying: a verb of saying right before it.

    >>> dates_saying("Peskov said on Tuesday", 15), dates_saying("told reporters Tuesday", 15)
    (True, True)
    >>> dates_saying("talks began on Tuesday", 15)
    False
    """
    before = text[max(0, start - 40):start]
    # the verb is looked for first, in the lower-cased text (ASCII text only: re's IGNORECASE folds "\u017f" onto "s",
    # lower() does not): most dates have none, and the search tried the pattern at all 40 places (2.5 us a date;
    # these tests 0.5 us, looped over here, not through ``any``, whose generator cost 0.5 us more)
    if before.isascii() and not holds_any(before.lower(), _SAYING_PROBES):
        return False
    return _SAYING_BEFORE.search(text, max(0, start - 40), start) is not None


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``.

    >>> holds_any("he said on", ("says", "said")), holds_any("talks began on", ("said",))
    (True, False)
    """
    for word in words:
        if word in text:
            return True
    return False


def reported_by(text: str, said_start: int, said_end: int, start: int) -> bool:
    """Whether the expression at ``start`` lies in the clause reported by a saying dated at
    ``text[said_start:said_end]`` ("said on Saturday that the drills, which began on Monday, would end on
    Wednesday"): the reported clause's deictic days are the speaker's, counted from the day of the saying.

    The dated saying must open the reported clause ("that" or its subject right after the date), in the
    same sentence, with no coordinated clause, quotation or aside between.

    >>> text = "The ministry said on Saturday that the drills, which began on Monday, would end on Wednesday."
    >>> reported_by(text, 21, 29, text.index("Monday")), reported_by(text, 21, 29, text.index("Wednesday"))
    (True, True)
    >>> text = "Officials said on Monday, and the truce collapsed on Wednesday."
    >>> reported_by(text, 18, 24, text.index("Wednesday"))
    False
    >>> text = "He said on Monday after talks on Sunday that he would go."
    >>> reported_by(text, 11, 17, text.index("Sunday"))
    False
    >>> text = "The drills began on Monday. He said on Saturday that it was over."
    >>> reported_by(text, 20, 26, text.index("Saturday"))
    False
    """
    if start <= said_end or not dates_saying(text, said_start):
        return False
    between = text[said_end:start]
    if _NOT_REPORTED.match(between) or _COORDINATED.search(between):
        return False
    return not (_HAS_END(between) and SENTENCE_END.search(between))


_CONJUNCTIONS = frozenset("and but or".split())


def own_clause(after: list[str]) -> int:
    """How many right-side words are the expression's own clause: up to "and"/"but" + a verb.

    In "planned a rally on Saturday and were planning to drive" the "were" opens a second
    predicate; its tense is not the one "planned" gives Saturday.

    Parameters
    ----------
    after : list of str
        The lower-cased words right of the expression, in text order.

    Returns
    -------
    int
        How many of ``after`` belong to the expression's clause.

    Examples
    --------
    >>> own_clause("and were planning to drive".split()), own_clause("that it expects".split())
    (0, 0)
    >>> own_clause("in Paris and Berlin".split())
    4
    """
    for i in range(len(after) - 1):
        if after[i] in _CONJUNCTIONS and is_cue(after[i + 1]):
            return i
        if after[i] in _SUBORDINATORS or (i == 0 and after[i] == "that"):
            # "did not say on Monday when talks would resume": the "would" is the when-clause's; "said on Monday
            # that it expects": a "that" right after the expression opens a clause of its own too
            return i
    return len(after)


# Words that open a clause of its own after the expression's: its verb tells of that clause's time
_SUBORDINATORS = frozenset("when whether if why how where because although though unless".split())


def without_aside(left: str) -> str:
    """``left`` (the text before an expression) without an aside set off by commas between the subject and the
    predicate of the expression's clause: its verb is the aside's, not the predicate's.

    In "The Hubble telescope, launched in 1990, marks its 30th anniversary in April" it is "marks" that
    dates April, not "launched". Only an aside with a verb is dropped, and only after a subject with
    none ("Prices rose, analysts said, in April" keeps both verbs) and before a word that can open the predicate.

    Parameters
    ----------
    left : str
        The text before the expression.

    Returns
    -------
    str
        ``left``, without the aside when there is one.

    Examples
    --------
    >>> without_aside("The Hubble telescope, launched in 1990, marks its 30th anniversary in ")
    'The Hubble telescope marks its 30th anniversary in '
    >>> without_aside("Prices rose, analysts said, in ")
    'Prices rose, analysts said, in '
    """
    last = left.rfind(",")
    # an aside needs two commas: most clauses have fewer, and the second rfind is cheaper than the verb test
    first = left.rfind(",", 0, last) if last > 0 else -1
    if first < 0:
        return left
    predicate = WORD.search(left, last)
    if predicate is None or not _verb_like(predicate.group()):
        return left  # "who stepped down as chairman, president and chief executive in March": a list, no predicate
    aside = WORD.findall(left, first, last)
    subject = WORD.findall(left, 0, first)
    if not subject or any(is_cue(w.lower()) for w in subject) or not any(is_cue(w.lower()) for w in aside):
        return left
    return left[:first] + left[last + 1:]


def _verb_like(word: str) -> bool:
    """Whether a word (as written) after an aside can open the predicate: a tense cue, or a lower-case -s form
    ("marks", "celebrates").

    >>> _verb_like("marks"), _verb_like("will"), _verb_like("president"), _verb_like("Paris")
    (True, True, False, False)
    """
    return is_cue(word.lower()) or (word.islower() and len(word) > 3 and word.endswith("s")
                                     and not word.endswith(("ss", "us", "is")))
