"""Events, their links in time, and the cross-document merge.

Public API: :func:`extract_events` (one document -> :class:`EventDraft`) and
:func:`merge` (all drafts -> :class:`Merged`). Rules and bounds are listed in
``docs/events.md``.
"""

from timeline.events.draft import EventDraft, Merged
from timeline.events.extract import extract_events
from timeline.events.merge import merge
from timeline.events.settings import EventSettings

__all__ = ["EventDraft", "EventSettings", "Merged", "extract_events", "merge"]
