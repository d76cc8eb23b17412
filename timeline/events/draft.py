"""The event stage's output models: one document's draft, and the merge of all drafts."""

from __future__ import annotations

from pydantic import Field

from timeline.events.profile import Profile
from timeline.models import Constraint, Event, Frozen


class EventDraft(Frozen):
    """One document's events (undated: the solver dates them) and their constraints.

    ``profiles`` maps each event id to what :func:`timeline.events.merge` compares.
    """

    document: str = ""
    events: list[Event] = Field(default_factory=list)
    constraints: list[Constraint] = Field(default_factory=list)
    profiles: dict[str, Profile] = Field(default_factory=dict)


class Merged(Frozen):
    """Events of every document, the same event told twice made one.

    ``year_evidence`` maps a document whose DCT year is unknown to ``(year,
    evidence)`` pairs from events it shares with dated documents.
    """

    events: list[Event] = Field(default_factory=list)
    constraints: list[Constraint] = Field(default_factory=list)
    year_evidence: dict[str, list[tuple[int, str]]] = Field(default_factory=dict)
