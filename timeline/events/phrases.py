"""Word runs made short: trimmed, untitled, compressed, cut where a phrase ends, finished as a label.

Every function takes the document's tokens and a list of token indexes (the
words kept so far) and returns the indexes still kept, so the label builders in
:mod:`timeline.events.clause` and :mod:`timeline.events.labels` can chain them.

>>> from timeline.events.tokens import tokenize
>>> toks = tokenize("the talks of the two leaders in")
>>> join_words(toks, trim(toks, list(range(len(toks)))))
'talks of the two leaders'
"""

from __future__ import annotations

from timeline.events.titles import TITLE_WORDS
from timeline.events.tokens import Token

#: Function words a label does not end on, and trimmed off the end of a word run.
TRIM = frozenset("the a an of in on at to for with by and or from as".split())
#: Words that open a new phrase: a label may be cut before them.
BOUNDARY = frozenset("of in on at with to for from against between by as than and or but that which who "
                     "whom while because about over into after before during under".split())
#: Words a label cannot end on: they need what follows ("in order", "compared", "a particular").
DANGLING = frozenset("not never no very so such more less than whether particular certain compared "
                     "according due even just only also any every some own nothing".split())
#: Auxiliaries: the start of a verb group, never the end of a label.
AUXILIARIES = frozenset("did does do was were is are has have had will would could can may might "
                        "should must".split())
#: Words that open the chunks :func:`compress` may drop.
_CHUNK_OPENERS = frozenset("of in at with to for on from against between".split())


def join_words(tokens: list[Token], idx: list[int]) -> str:
    """The text of the tokens at ``idx``, punctuation glued to the word it touched in the text.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("Putin's talks, held in Paris (France).")
    >>> join_words(toks, [0, 1, 2, 3, 4, 5, 6, 7, 8])
    "Putin's talks, held in Paris (France)"
    """
    text, prev = "", None
    for i in idx:
        t = tokens[i]
        glue = prev is not None and prev.end == t.start and (not t.is_word or not prev.is_word)
        text += ("" if glue or not text else " ") + t.text
        prev = t
    return text


def trim(tokens: list[Token], idx: list[int], articles: bool = True) -> list[int]:
    """Without trailing function words and punctuation, and (``articles``) a leading article.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("the summit in")
    >>> [toks[i].text for i in trim(toks, [0, 1, 2])], [toks[i].text for i in trim(toks, [0, 1, 2], False)]
    (['summit'], ['the', 'summit'])
    """
    while idx and (tokens[idx[-1]].lower in TRIM or not tokens[idx[-1]].is_word):
        idx = idx[:-1]
    lead = {"the", "a", "an"} if articles else set()
    while idx and (tokens[idx[0]].lower in lead or not tokens[idx[0]].is_word):
        idx = idx[1:]
    return idx


def untitle(tokens: list[Token], idx: list[int]) -> list[int]:
    """"Russian President Vladimir Putin's" -> "Vladimir Putin's": titles go, names stay.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("Russian President Vladimir Putin's visit")
    >>> [toks[i].text for i in untitle(toks, list(range(len(toks))))]
    ['Vladimir', "Putin's", 'visit']
    """
    out, run = [], []
    for i in idx + [-1]:
        if i >= 0 and tokens[i].capitalised and (not run or run[-1] == i - 1):
            run.append(i)
            continue
        heads = [n for n, k in enumerate(run) if tokens[k].lower.replace("-", " ").split()[-1] in TITLE_WORDS]
        out += run[heads[-1] + 1:] if heads and heads[-1] + 1 < len(run) else run
        run = [i] if i >= 0 and tokens[i].capitalised else []
        if i >= 0 and not run:
            out.append(i)
    return out


def compress(tokens: list[Token], idx: list[int], limit: int) -> list[int]:
    """Fit ``limit`` words: drop parentheses, then "of ..." phrases, then cut the end.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("at the recent summit of the Association of Southeast Asian Nations (ASEAN) in Singapore")
    >>> join_words(toks, compress(toks, list(range(len(toks))), 8))
    'at the recent summit in Singapore'
    """
    if len(idx) <= limit:
        return idx
    kept: list[list[int]] = []
    for c in (c for c in _chunks(tokens, idx) if c):
        if kept and tokens[c[0]].lower == "of" and tokens[kept[-1][0]].lower == "of":
            kept[-1] += c  # "of the Association of Southeast Asian Nations": one name
        else:
            kept.append(c)
    names = [n for n, c in enumerate(kept) if n > 0 and tokens[c[0]].lower == "of"
             and sum(tokens[i].capitalised for i in c) >= 2]
    for k in sorted(names, key=lambda n: -len(kept[n])):
        if sum(map(len, kept)) <= limit:
            break
        kept[k] = []
    flat = [i for c in kept for i in c]
    return phrase_cut(tokens, flat, limit)


def _chunks(tokens: list[Token], idx: list[int]) -> list[list[int]]:
    """``idx`` without what is in parentheses, in chunks that each open with a preposition."""
    chunks: list[list[int]] = []
    depth = 0
    for i in idx:
        word = tokens[i].lower
        if word == "(":
            depth += 1
        if depth == 0 and (not chunks or word in _CHUNK_OPENERS):
            chunks.append([])
        if depth == 0 or not chunks:
            chunks.append([]) if not chunks else None
            chunks[-1].append(i) if depth == 0 else None
        if word == ")":
            depth = max(0, depth - 1)
    return chunks


def _ends_phrase(tokens: list[Token], idx: list[int], k: int) -> bool:
    """True when a label cut before ``idx[k]`` ends a phrase on a content word."""
    last, nxt = tokens[idx[k - 1]], tokens[idx[k]]
    if not last.is_word or last.lower in TRIM | DANGLING or last.lower in BOUNDARY:
        return False
    if nxt.is_word and nxt.lower not in BOUNDARY:
        return False
    infinitive = k >= 2 and tokens[idx[k - 2]].lower == "to"
    return not infinitive and not (last.lower.endswith(("ed", "ing")) and nxt.lower in BOUNDARY)


def phrase_cut(tokens: list[Token], idx: list[int], limit: int) -> list[int]:
    """At most ``limit`` words, cut where a phrase ends: before a preposition, a conjunction or a
    comma, after a content word ("... in customs duties" rather than "... in customs duties on US").

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("Moscow is in favor of a dialogue with Washington to solve the problems")
    >>> " ".join(toks[i].text for i in phrase_cut(toks, list(range(len(toks))), 10))
    'Moscow is in favor of a dialogue with Washington'
    """
    if len(idx) <= limit:
        return idx
    for k in range(limit, max(1, limit // 2) - 1, -1):
        if _ends_phrase(tokens, idx, k):
            return idx[:k]
    return idx[:limit]


def end_on_content(words: list[str]) -> list[str]:
    """Without trailing words that need what follows ("problems not", "in order", "a particular").

    >>> end_on_content("Putin did his best in order".split())
    ['Putin', 'did', 'his', 'best']
    """
    words = list(words)
    while len(words) > 1:
        last = words[-1].lower().strip(",;:")
        if last == "order" and words[-2].lower() == "in":
            words = words[:-2]
        elif last in TRIM | DANGLING | BOUNDARY | AUXILIARIES or not any(ch.isalnum() for ch in last):
            words = words[:-1]
        else:
            break
    return words


def finish(text: str, limit: int) -> str:
    """``text`` as a label: no quote marks, at most ``limit`` words, ending on a content word,
    capitalised.

    >>> finish("“we will meet in order", 16)
    'We will meet'
    """
    words = text.replace("“", "").replace("”", "").replace('"', "").split()[:limit]
    words = end_on_content(words)
    out = " ".join(words)
    return out[:1].upper() + out[1:] if out else out
