"""Short readable labels from an event's own clause: subject, verb group, object.

Timexes (with their preposition) are left out of labels: the date is shown
beside the label. Pronoun and role subjects ("he said", "said the Kremlin's
representative") become the last named speaker of the document.

>>> from timeline.events.tokens import tokenize, segments
>>> from timeline.events.triggers import find_triggers
>>> toks = tokenize("Russian leader Vladimir Putin held a brief meeting on November 15 with Mike Pence.")
>>> trig = find_triggers(toks)[0]
>>> make_label(toks, segments(toks), trig, skip={9, 10}, speaker=None, limit=14)[0]
'Vladimir Putin held a brief meeting with Mike Pence'
"""

from __future__ import annotations

from timeline.events.titles import TITLE_WORDS, name_for
from timeline.events.tokens import Token
from timeline.events.triggers import Trigger
from timeline.events.words import DETERMINERS, NOT_NAMES, PRONOUNS, ROLES

_STOP_OBJECT = frozenset("that which who whom when because if unless while whereas but adding after before "
                         "ahead following during amid until since".split())
_STOP_SUBJECT = _STOP_OBJECT | {"”", "\"", "and", "or", "to", "toward", "towards", "with", "for", "about",
                                "from", "during", "after", "before", "than"}
_AUXILIARIES = frozenset("did does do was were is are has have had will would could can may might "
                         "should must".split())
_TRIM = frozenset("the a an of in on at to for with by and or from as".split())


_ORPHANED = frozenset("in on at by during since until from before after".split())


def _without_orphans(tokens: list[Token], idx: list[int], skip: set[int]) -> list[int]:
    """``idx`` without a preposition whose object was skipped: "In February the leaders met" loses "In"."""
    return [i for i in idx if not (tokens[i].lower in _ORPHANED and i + 1 in skip)]


def _words(tokens: list[Token], idx: list[int]) -> str:
    text, prev = "", None
    for i in idx:
        t = tokens[i]
        glue = prev is not None and prev.end == t.start and (not t.is_word or not prev.is_word)
        text += ("" if glue or not text else " ") + t.text
        prev = t
    return text


def _trim(tokens: list[Token], idx: list[int], articles: bool = True) -> list[int]:
    """Without trailing function words and punctuation, and (``articles``) a leading article."""
    while idx and (tokens[idx[-1]].lower in _TRIM or not tokens[idx[-1]].is_word):
        idx = idx[:-1]
    lead = {"the", "a", "an"} if articles else set()
    while idx and (tokens[idx[0]].lower in lead or not tokens[idx[0]].is_word):
        idx = idx[1:]
    return idx


def _name_tail(tokens: list[Token], idx: list[int]) -> list[int]:
    """The trailing capitalised name of a subject, without titles ("Vladimir Putin")."""
    tail: list[int] = []
    for i in reversed(idx):
        if not tokens[i].capitalised or tokens[i].lower in NOT_NAMES:
            break
        tail.insert(0, i)
    return tail[-3:]


def subject(tokens: list[Token], seg: list[int], start: int, skip: set[int]) -> list[int]:
    """Token indexes of the subject before ``start`` in the same clause.

    >>> from timeline.events.tokens import tokenize, segments
    >>> toks = tokenize("Kremlin spokesman Dmitry Peskov said it.")
    >>> [toks[i].text for i in subject(toks, segments(toks), 4, set())]
    ['Dmitry', 'Peskov']
    """
    idx: list[int] = []
    i = start - 1
    while i >= 0 and seg[i] == seg[start] and tokens[i].lower not in _STOP_SUBJECT:
        if i not in skip:
            idx.insert(0, i)
        i -= 1
    idx = _trim(tokens, idx)
    name = _name_tail(tokens, idx)
    if name and name[0] == i + 1 and i >= 1 and tokens[i].lower == "and" and seg[i] == seg[start]:
        # "Churchill and Roosevelt met": "and" stops the subject, but the name before it is part of it
        first = _name_tail(tokens, [j for j in range(max(0, i - 3), i) if j not in skip])
        if first and first[-1] == i - 1:
            return first + [i] + name
    return name or idx[-4:]


def _with_coordinated_name(tokens: list[Token], idx: list[int], name: list[int]) -> list[int]:
    """"Churchill and Roosevelt met": a name joined by "and" to the subject's name is part of the subject.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("Churchill and Roosevelt met.")
    >>> [toks[i].text for i in _with_coordinated_name(toks, [0, 1, 2], [2])]
    ['Churchill', 'and', 'Roosevelt']
    """
    if not name or name[0] not in idx:
        return name
    at = idx.index(name[0])
    if at < 2 or tokens[idx[at - 1]].lower != "and":
        return name
    first = _name_tail(tokens, idx[:at - 1])
    return first + [idx[at - 1]] + name if first else name


def _object(tokens: list[Token], seg: list[int], after: int, skip: set[int], limit: int,
            stop: int | None = None, through_that: bool = False) -> list[int]:
    idx: list[int] = []
    i, current = after + 1, seg[after]
    stops = _STOP_OBJECT - ({"that"} if through_that else set())
    while i < len(tokens) and len(idx) < 3 * limit and tokens[i].lower not in stops and i != stop:
        if through_that and tokens[i].text in {"“", "”", "\""}:
            i += 1
            continue
        if tokens[i].text in {".", ";", ":", "“", "”", "\"", "—"}:
            break
        if tokens[i].text == "," and i + 1 < len(tokens) and tokens[i + 1].text.endswith("ing"):
            current = seg[i]  # ", introducing US $60 billion in customs duties": the same event
        if seg[i] != current:
            break
        if through_that and tokens[i].lower == "that":
            i += 1
            continue
        if i not in skip and not (i + 1 in skip and tokens[i].lower in {"on", "in", "at", "during", "since", "by", "between", "from"}):
            idx.append(i)
        i += 1
    return _trim(tokens, _compress(tokens, _untitle(tokens, _trim(tokens, idx, False)), limit), False)


def _untitle(tokens: list[Token], idx: list[int]) -> list[int]:
    """"Russian President Vladimir Putin's" -> "Vladimir Putin's": titles go, names stay."""
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


def _compress(tokens: list[Token], idx: list[int], limit: int) -> list[int]:
    """Fit ``limit`` words: drop parentheses, then "of ..." phrases, then cut the end.

    "at the recent summit of the Association of Southeast Asian Nations (ASEAN) in
    Singapore" becomes "at the recent summit in Singapore".
    """
    if len(idx) <= limit:
        return idx
    chunks: list[list[int]] = []
    depth = 0
    for i in idx:
        word = tokens[i].lower
        if word == "(":
            depth += 1
        if depth == 0 and (not chunks or word in {"of", "in", "at", "with", "to", "on", "for", "from",
                                                  "against", "between"}):
            chunks.append([])
        if depth == 0 or not chunks:
            chunks.append([]) if not chunks else None
            chunks[-1].append(i) if depth == 0 else None
        if word == ")":
            depth = max(0, depth - 1)
    kept: list[list[int]] = []
    for c in (c for c in chunks if c):
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


_BOUNDARY = frozenset("of in on at with to for from against between by as than and or but that which who "
                      "whom while because about over into after before during under".split())
#: Words a label cannot end on: they need what follows ("in order", "compared", "a particular").
_DANGLING = frozenset("not never no very so such more less than whether particular certain compared "
                      "according due even just only also any every some own nothing".split())


def _ends_phrase(tokens: list[Token], idx: list[int], k: int) -> bool:
    """True when a label cut before ``idx[k]`` ends a phrase on a content word."""
    last, nxt = tokens[idx[k - 1]], tokens[idx[k]]
    if not last.is_word or last.lower in _TRIM | _DANGLING or last.lower in _BOUNDARY:
        return False
    if nxt.is_word and nxt.lower not in _BOUNDARY:
        return False
    infinitive = k >= 2 and tokens[idx[k - 2]].lower == "to"
    return not infinitive and not (last.lower.endswith(("ed", "ing")) and nxt.lower in _BOUNDARY)


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


_LEAD_ADVERBS = frozenset("never not also later then still ultimately finally".split())


def _before(tokens: list[Token], first: int) -> int:
    """Index of the word before a verb group, past adverbs ("and never announced")."""
    k = first - 1
    while k >= 0 and tokens[k].lower in _LEAD_ADVERBS:
        k -= 1
    return k


def _after_quote_or_comma(tokens: list[Token], first: int) -> bool:
    """"..., said the Kremlin's representative": a subject after its verb follows a quote or comma."""
    k = _before(tokens, first)
    return k < 0 or not tokens[k].is_word


def _coordinated(tokens: list[Token], first: int) -> list[int]:
    """The subject of the first verb for a verb after "and" / "but" ("Putin did everything
    possible ... and never announced his preference"): the sentence's first name.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("Russian President Vladimir Putin stayed neutral and never announced it.")
    >>> [toks[i].text for i in _coordinated(toks, 7)]
    ['Vladimir', 'Putin']
    """
    k = _before(tokens, first)
    if k < 0 or tokens[k].lower not in {"and", "but", "or"}:
        return []
    run: list[int] = []
    for i in range(k):
        if tokens[i].capitalised and tokens[i].is_word and (not run or run[-1] == i - 1):
            run.append(i)
        elif run:
            break
    return _name_tail(tokens, run)


def _speaker_words(tokens: list[Token], subj: list[int], speaker: str | None) -> tuple[list[int], str | None]:
    words = {tokens[i].lower for i in subj}
    named = _with_coordinated_name(tokens, subj, _name_tail(tokens, subj))
    if named:
        return named, tokens[named[-1]].lower
    if speaker and (not subj or words & PRONOUNS or words & ROLES):
        return [], speaker
    return subj, None


def make_label(tokens: list[Token], seg: list[int], trig: Trigger, skip: set[int],
               speaker: str | None, limit: int,
               titles: dict[str, str] | None = None) -> tuple[str, str | None]:
    """The label of ``trig`` and the agent it names (lower-cased surname) if any.

    ``titles`` (from :func:`timeline.events.titles.title_names`) names a subject
    such as "the Russian president".

    >>> from timeline.events.tokens import tokenize, segments
    >>> from timeline.events.triggers import find_triggers
    >>> toks = tokenize("The Russian president told a news conference.")
    >>> make_label(toks, segments(toks), find_triggers(toks)[0], set(), None, 16,
    ...            {"russian president": "Vladimir Putin"})
    ('Vladimir Putin told a news conference', 'putin')
    """
    if trig.cls == "noun" and (trig.verb is None or trig.verb > trig.head):
        return _noun_label(tokens, seg, trig, skip, limit), None
    subj = subject(tokens, seg, trig.first, skip) or _coordinated(tokens, trig.first)
    inverted = not subj and trig.cls == "report" and _after_quote_or_comma(tokens, trig.first)
    if inverted:  # "..., said the Kremlin's representative"
        subj = _object(tokens, seg, trig.last, skip, 5)
    alias = None if _name_tail(tokens, subj) else name_for([tokens[i].text for i in subj], titles or {})
    if alias:
        subj, who = [], alias.split()[-1].lower()
    else:
        he = len(subj) == 1 and tokens[subj[0]].lower in {"he", "she"}  # the last named speaker
        subj, who = _speaker_words(tokens, subj, speaker if trig.cls == "report" or he else None)
    head = list(range(trig.first, trig.last + 1))
    rest = [] if inverted else _object(tokens, seg, trig.last, skip, limit - len(subj) - len(head),
                                       through_that=trig.cls == "report")
    front = (alias or (who.capitalize() if who else "")) + " " if (alias or who) and not subj else ""
    text = front + _words(tokens, _without_orphans(tokens, [i for i in subj + head + rest if i not in skip], skip))
    said = _said_before(tokens, seg, trig, skip, limit - len(text.split())) if trig.cls == "report" \
        and len(rest) <= 2 else []
    if said:
        text += ": " + _words(tokens, said)
    named = [i for i in subj if tokens[i].capitalised and tokens[i].lower not in NOT_NAMES]
    return _finish(text, limit), who or (tokens[named[-1]].lower if named else None)


def _said_before(tokens: list[Token], seg: list[int], trig: Trigger, skip: set[int], limit: int) -> list[int]:
    """What a statement said when it comes first: "No signs of a breakthrough are seen ..., Peskov said"."""
    opening = _without_discourse(tokens, list(range(trig.first)))  # "But nonetheless, ..."
    first = opening[0] if opening else None
    if first is None or limit < 3 or seg[first] == seg[trig.first]:
        return []
    idx = [i for i in range(first, trig.first) if seg[i] == seg[first] and i not in skip
           and tokens[i].text not in {"“", "”", "\"", ","}]
    idx = _trim(tokens, _compress(tokens, _untitle(tokens, _without_discourse(tokens, idx)), limit))
    return idx if sum(tokens[i].is_word for i in idx) >= 3 else []


#: Words that open a quote without telling its content ("But nonetheless", "As a matter of fact").
_DISCOURSE = frozenset("but and so nonetheless nevertheless actually unfortunately fortunately however "
                       "well also still thus therefore moreover besides indeed".split())
_DISCOURSE_PHRASES = (("as", "a", "matter", "of", "fact"), ("in", "general"), ("at", "the", "same", "time"),
                      ("in", "my", "opinion"), ("of", "course"), ("let's", "say"), ("let’s", "say"))


def _without_discourse(tokens: list[Token], idx: list[int]) -> list[int]:
    """``idx`` without the discourse words it opens with."""
    while idx:
        words = tuple(tokens[i].lower for i in idx)
        phrase = next((p for p in _DISCOURSE_PHRASES if words[:len(p)] == p), None)
        if phrase:
            idx = idx[len(phrase):]
        elif words[0] in _DISCOURSE or not tokens[idx[0]].is_word:
            idx = idx[1:]
        else:
            break
    return idx


def _noun_label(tokens: list[Token], seg: list[int], trig: Trigger, skip: set[int], limit: int) -> str:
    i = trig.head - 1
    pre: list[int] = []
    while i >= 0 and seg[i] == seg[trig.head] and len(pre) < 5 and tokens[i].is_word:
        word = tokens[i].lower
        if word == "of" and i > 0 and tokens[i - 1].capitalised and pre and tokens[pre[0]].capitalised:
            pre.insert(0, i)  # "Group of Twenty summit": "of" inside a name
            i -= 1
            continue
        if word in DETERMINERS - {"next", "last", "brief", "recent", "new", "previous", "upcoming"} \
                or word in _STOP_SUBJECT or word in {"of", "in", "on", "at", "amid", "ahead", "until",
                                                     "since", "that", "by", "toward"}:
            break
        if i not in skip:
            pre.insert(0, i)
        i -= 1
    stop = trig.verb if trig.verb is not None and trig.verb > trig.head else None
    post = _object(tokens, seg, trig.head, skip, min(10, limit) - len(pre) - 1,
                   stop=_verb_group_start(tokens, stop))
    aux = next((n for n, i in enumerate(post) if tokens[i].lower in _AUXILIARIES), len(post))
    post, pre = post[:aux], _untitle(tokens, pre)
    cut = next((n for n, i in enumerate(post) if tokens[i].lower in {"and", "or"}), len(post))
    post = _trim(tokens, post[:cut])
    return _finish(_words(tokens, pre + [trig.head] + post), limit)


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
        elif last in _TRIM | _DANGLING | _BOUNDARY | _AUXILIARIES or not any(ch.isalnum() for ch in last):
            words = words[:-1]
        else:
            break
    return words


def _verb_group_start(tokens: list[Token], verb: int | None) -> int | None:
    """Where the auxiliaries of ``verb`` begin ("... summit, to be held": at the comma)."""
    if verb is None:
        return None
    i = verb
    while i > 0 and tokens[i - 1].lower in {"to", "be", "was", "were", "is", "are", "will", "did", "due", ","}:
        i -= 1
    return i


def _finish(text: str, limit: int) -> str:
    words = text.replace("“", "").replace("”", "").replace('"', "").split()[:limit]
    words = end_on_content(words)
    out = " ".join(words)
    return out[:1].upper() + out[1:] if out else out
