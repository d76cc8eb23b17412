"""Pipeline settings: declared once, validated, frozen; change with ``model_copy(update=...)``.

Each stage declares its own frozen settings model in its package; this one composes them.

>>> s = Settings()
>>> s.model_copy(update={"title": "G20"}).title
'G20'
>>> s.anchor.min_year
1900
>>> s.model_copy(update={"timex": s.timex.model_copy(update={"anchoring": "narrative"})}).timex.anchoring
'narrative'
"""

from __future__ import annotations

from pydantic import Field

from timeline.anchor.settings import AnchorSettings
from timeline.ingest.settings import IngestSettings
from timeline.models import Frozen
from timeline.solver.stage import SolverSettings
from timeline.timex.settings import TimexSettings


class Settings(Frozen):
    """Settings of the whole pipeline."""

    title: str = Field(default="Timeline", min_length=1)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    anchor: AnchorSettings = Field(default_factory=AnchorSettings)
    timex: TimexSettings = Field(default_factory=TimexSettings)
    solver: SolverSettings = Field(default_factory=SolverSettings)
