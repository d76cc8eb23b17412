"""Event-timex links: the timex of a clause goes to its nearest event; the preposition decides.

=============  ==============================================  ===================
preposition    claim                                           rule
=============  ==============================================  ===================
on/in/at/...   start and end inside the timex                  ``timex:on`` ...
(none)         same; a lasting event (summit) only overlaps it  ``timex:apposition``
between/from   a lasting event starts on the first day and     ``timex:between``
 X through Y   ends on the last (a range, or two timexes)
since          starts on or after the timex                    ``timex:since``
until/till     ends inside the timex                           ``timex:until``
by             ends on or before the timex's last day          ``timex:by``
before         ends before the timex's first day               ``timex:before``
after          starts after the timex's last day               ``timex:after``
began/ended    (the verb right before the timex) only that point   ``timex:starts``, ``timex:ends``
=============  ==============================================  ===================
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from timeline.events.lexicon import load_lexicon
from timeline.events.modality import UNDATED
from timeline.events.relations import duration_days
from timeline.events.settings import EventSettings
from timeline.events.told import SentenceView, Told, fmt_days
from timeline.events.words import PREPOSITIONS as ALL_PREPOSITIONS
from timeline.models import Constraint, Timex

PREPOSITIONS = frozenset(
    "on in at during of since until till by before after from between through to around within "
    "over throughout".split())
_RANGE_WORDS = frozenset({"through", "to", "and", "-", "–", "until", "till"})
_DAY = dt.timedelta(days=1)
_POINTS = {"begin": "start", "start": "start", "open": "start", "launch": "start",
           "end": "end", "conclude": "end"}
_OFFSET_CUES = frozenset({"after", "before", "later", "earlier", "following", "ahead"})


def _dateline(view: SentenceView, a: int, b: int) -> bool:
    """"MOSCOW, November 18. /TASS/." or "GENEVA, Nov 18, 2018 --": the DCT, not an event's date."""
    toks = view.tokens
    if a > 3 or not all(t.text.isupper() or t.text == "," for t in toks[:a]):
        return False
    after = "".join(t.text for t in toks[b + 1:b + 4])
    return a > 0 and (after.startswith((".", "/", "-", "—", "(")) or b + 1 >= len(toks))


def _anchor(told: Told) -> list[int]:
    t = told.trigger
    return [i for i in (t.head, t.verb, t.noun) if i is not None]


def attach(view: SentenceView, items: list[Told], a: int, b: int) -> Told | None:
    """The event a timex at tokens ``a..b`` belongs to (same clause; see module doc).

    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime
    >>> draft = extract_events(Document(id="d", source="d", text="Last month, the US imposed tariffs."),
    ...                        DocumentTime(), [])
    >>> draft.events[0].label
    'US imposed tariffs'
    """
    seg = view.seg[a]
    for it in items:  # "the November 6 midterm elections": the timex modifies the noun
        n = it.trigger.noun
        if n is not None and b < n <= b + 3 and view.seg[n] == seg and not any(
                view.tokens[k].lower in ALL_PREPOSITIONS for k in range(b + 1, n)):
            return it
    same = [it for it in items if seg in it.segments()]
    before = [(max(i for i in _anchor(it) if i < a), it) for it in same if min(_anchor(it)) < a]
    if before:
        return max(before, key=lambda p: p[0])[1]
    after = [(min(_anchor(it)), it) for it in same if min(_anchor(it)) > b]
    if after:
        return min(after, key=lambda p: p[0])[1]
    earlier = [it for it in items if max(_anchor(it)) < a]
    first_clause = all(view.seg[i] == seg for i in range(0, a))
    later = [it for it in items if min(_anchor(it)) > b and view.seg[min(_anchor(it))] == seg + 1]
    if first_clause and later:
        return later[0]  # "Last month, the US imposed ..."
    alone = not any(view.seg[i] == seg for it in items for i in _anchor(it))
    if earlier and (alone or view.tokens[a - 1].lower not in PREPOSITIONS):
        return earlier[-1]  # a date in apposition: "... summit in Buenos Aires, Argentina November 30, 2018"
    return None


def _prep(view: SentenceView, a: int, timex: Timex | None = None) -> str | None:
    first = timex.text.split()[0].lower() if timex is not None and timex.text.split() else ""
    if first in PREPOSITIONS:
        return first  # the recogniser kept the preposition: "after June 2015"
    if a == 0:
        return None
    word = view.tokens[a - 1].lower
    if word in PREPOSITIONS:
        return word
    if word in {"early", "late", "mid"} and a > 1 and view.tokens[a - 2].lower in PREPOSITIONS:
        return view.tokens[a - 2].lower
    return None


def _is_range(timex: Timex) -> bool:
    words = set(timex.text.lower().replace(",", " ").split())
    return bool(words & (_RANGE_WORDS | {"between", "from"})) and timex.earliest != timex.latest


def timex_links(view: SentenceView, items: list[Told], settings: EventSettings,
                skip_tokens: frozenset[int] = frozenset()) -> list[Constraint]:
    """Constraints from every timex of the sentence on the event it belongs to.

    >>> import datetime as dt
    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime, Timex
    >>> day = dt.date(2018, 11, 19)
    >>> tx = Timex(text="November 15", start=19, end=30, type="DATE", value="2018-11-15",
    ...            earliest=dt.date(2018, 11, 15), latest=dt.date(2018, 11, 15))
    >>> draft = extract_events(Document(id="d", source="d", text="Putin met Pence on November 15."),
    ...                        DocumentTime(earliest=day, latest=day), [tx])
    >>> [(c.rule, c.a, str(c.earliest)) for c in draft.constraints if c.b is None]
    [('timex:on', 'd:e1.start', '2018-11-15'), ('timex:on', 'd:e1.end', '2018-11-15')]
    """
    out: list[Constraint] = []
    pending = sorted(view.timexes, key=lambda x: x[0])
    skip: set[int] = set()
    for n, a, b, timex in _dates_told(view, pending):
        if n in skip or a in skip_tokens:
            continue  # skip_tokens: a leading "Two weeks later," is a relation, not a date
        if b + 1 < len(view.tokens) and view.tokens[b + 1].lower in _OFFSET_CUES and \
                duration_days(timex.text.lower().split(), settings) is not None:
            continue  # "the day after the election": an offset from an event, not a date
        if timex.earliest is None and timex.latest is None:
            continue
        told = attach(view, items, a, b)
        if told is None or told.trigger.modality in UNDATED:
            continue
        prep = _prep(view, a, timex)
        second = _range_end(view, pending, n, b)
        if second is not None:
            skip.add(second)
            out.extend(_span(told, timex, pending[second][2], "timex:between", view, settings))
            continue
        point = _point_selector(view, a)
        if point is not None and prep in {None, "on", "in", "at"}:
            out.extend(_one_point(told, timex, point, prep, view, settings))
            continue
        out.extend(_relation(told, timex, prep, view, settings))
    return out


def dated_without_days(view: SentenceView, items: list[Told]) -> set[str]:
    """The events of the sentence a date belongs to that the DCT could not anchor ("announced sanctions earlier
    this year" in an article whose DCT is known only as an interval): the text dates them, so no default may
    place them ("said on the DCT or just before"), though no constraint can.

    >>> import datetime as dt
    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime, Timex
    >>> text = "Petrakis announced sanctions earlier this year."
    >>> tx = Timex(text="earlier this year", start=29, end=46, type="DATE", value="XXXX")
    >>> draft = extract_events(Document(id="d", source="d", text=text),
    ...                        DocumentTime(earliest=dt.date(1991, 4, 27), latest=dt.date(1991, 12, 31)), [tx])
    >>> [(c.rule, str(c.earliest), str(c.latest)) for c in draft.constraints if c.b is None]
    [('dct:past-default', 'None', '1991-12-31')]
    """
    dated: set[str] = set()
    for _, a, b, timex in _dates_told(view, view.timexes):
        if timex.earliest is None and timex.latest is None:
            told = attach(view, items, a, b)
            if told is not None:
                dated.add(told.point)
    return dated


def _dates_told(view: SentenceView, timexes: list) -> Iterator[tuple[int, int, int, Timex]]:
    """The sentence's dates and times with their index in ``timexes``, the dateline's left out (it dates the
    article, not an event of the sentence); one filter for the timexes with days and those without."""
    for n, (a, b, timex) in enumerate(timexes):
        if timex.type in {"DATE", "TIME"} and not _dateline(view, a, b):
            yield n, a, b, timex


def _point_selector(view: SentenceView, a: int) -> str | None:
    """"opens today": the start; "ends on Wednesday": the end (the verb right before the timex)."""
    lex = load_lexicon()
    for i in range(a - 1, max(-1, a - 3), -1):
        form = lex.verb(view.tokens[i].text)
        if form is not None:
            return _POINTS.get(form.lemma)
        if view.tokens[i].lower not in PREPOSITIONS:
            return None
    return None


def _one_point(told: Told, timex: Timex, point: str, prep: str | None, view: SentenceView,
               settings: EventSettings) -> list[Constraint]:
    words = f"{'started' if point == 'start' else 'ended'} {fmt_days(timex.earliest, timex.latest)} " \
            f"({prep + ' ' if prep else ''}{timex.text})"
    return [_c(told, point, timex.earliest, timex.latest, f"timex:{point}s", words, _conf(told, settings), view)]


def _range_end(view: SentenceView, pending: list, n: int, b: int) -> int | None:
    """Index of the timex that closes "between X and Y" / "X through Y", if any."""
    if n + 1 >= len(pending):
        return None
    a2 = pending[n + 1][0]
    between = [t.lower for t in view.tokens[b + 1:a2]]
    return n + 1 if len(between) == 1 and between[0] in _RANGE_WORDS else None


def _c(told: Told, point: str, e: dt.date | None, l: dt.date | None, rule: str, words: str,
       conf: float, view: SentenceView) -> Constraint:
    return Constraint(description=f"{told.label} {words}", document=view.document, sentence=view.text,
                      a=f"{told.point}.{point}", earliest=e, latest=l, rule=rule, confidence=conf)


def _conf(told: Told, settings: EventSettings) -> float:
    factor = settings.quoted_factor if told.trigger.modality == "quoted" else 1.0
    return round(settings.timex_confidence * factor, 3)


def _span(told: Told, first: Timex, last: Timex, rule: str, view: SentenceView,
          settings: EventSettings) -> list[Constraint]:
    words = f"from {fmt_days(first.earliest, first.latest)} to {fmt_days(last.earliest, last.latest)} " \
            f"({first.text} ... {last.text})"
    conf = _conf(told, settings)
    return [_c(told, "start", first.earliest, first.latest, rule, words, conf, view),
            _c(told, "end", last.earliest, last.latest, rule, words, conf, view)]


def _relation(told: Told, timex: Timex, prep: str | None, view: SentenceView,
              settings: EventSettings) -> list[Constraint]:
    e, l = timex.earliest, timex.latest
    said = f"({prep + ' ' if prep else ''}{timex.text})"
    conf = _conf(told, settings)
    lasting = told.trigger.shape == "span"
    if prep in {"between", "from"} or (lasting and _is_range(timex)):
        return [
            _c(told, "start", e, e, f"timex:{prep or 'range'}", f"starts {fmt_days(e, e)} {said}", conf, view),
            _c(told, "end", l, l, f"timex:{prep or 'range'}", f"ends {fmt_days(l, l)} {said}", conf, view)]
    if prep == "since":
        return [_c(told, "start", e, None, "timex:since", f"started on or after {fmt_days(e, e)} {said}",
                   conf, view)]
    if prep in {"until", "till"}:
        return [_c(told, "end", e, l, "timex:until", f"lasted until {fmt_days(e, l)} {said}", conf, view)]
    if prep == "by":
        return [_c(told, "end", None, l, "timex:by", f"by {fmt_days(l, l)} {said}", conf, view)]
    if prep == "before" and e is not None and e > dt.date.min:
        return [_c(told, "end", None, e - _DAY, "timex:before", f"before {fmt_days(e, e)} {said}", conf, view)]
    if prep == "after" and l is not None and l < dt.date.max:
        return [_c(told, "start", l + _DAY, None, "timex:after", f"after {fmt_days(l, l)} {said}", conf, view)]
    if prep is None and lasting:
        return [_c(told, "start", None, l, "timex:apposition", f"under way on {fmt_days(e, l)} {said}", conf, view),
                _c(told, "end", e, None, "timex:apposition", f"under way on {fmt_days(e, l)} {said}", conf, view)]
    rule = f"timex:{prep or 'apposition'}"
    words = f"on {fmt_days(e, l)} {said}" if e == l else f"within {fmt_days(e, l)} {said}"
    return [_c(told, "start", e, l, rule, words, conf, view), _c(told, "end", e, l, rule, words, conf, view)]
