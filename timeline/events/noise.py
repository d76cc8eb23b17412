"""What is not an event of the timeline: topics of speech, and labels that do not read as a phrase.

A noun told only inside a quote, a condition or a hypothesis, with no verb of its own,
no time link and no cue of a planned occurrence ("language of sanctions", "this
operation", "allegations about meddling as a mantra") is what a speaker talks about,
not an event that happened or is planned: it is dropped. Quoted events with a verb
("Pence started the conversation"), dated ones, and "the next contact" stay, marked
as quoted.

>>> from timeline.events import extract_events
>>> from timeline.models import Document, DocumentTime
>>> text = 'Peskov said: "Not by using the language of sanctions." Putin met Pence.'
>>> [e.label for e in extract_events(Document(id="d", source="d", text=text), DocumentTime(), []).events]
['Peskov said', 'Putin met Pence']
"""

from __future__ import annotations

from timeline.events.told import Told
from timeline.models import Constraint

#: Modalities of what is only talked about: quoted speech, conditions, hypotheses.
SPOKEN = frozenset({"quoted", "conditional", "hypothetical"})


def is_topic(told: Told, linked: set[str]) -> bool:
    """True when ``told`` is a noun only talked about (see module doc); ``linked`` are the
    points (``#k``) some constraint names.

    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime
    >>> text = 'Peskov said: "In general the operation of the army is going on."'
    >>> [e.label for e in extract_events(Document(id="d", source="d", text=text), DocumentTime(), []).events]
    ['Peskov said']
    """
    trig = told.trigger
    own_verb = trig.verb is not None and trig.verb < trig.head
    return (trig.cls == "noun" and not own_verb and trig.modality in SPOKEN and not trig.fresh
            and told.point not in linked)


def drop_topics(items: list[Told], constraints: list[Constraint]) -> list[Told]:
    """``items`` without the topics of speech.

    >>> drop_topics([], [])
    []
    """
    linked = {p.split(".")[0] for c in constraints for p in (c.a, c.b) if p}
    return [t for t in items if not is_topic(t, linked)]
