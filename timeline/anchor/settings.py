"""Settings of the anchor stage (finding each document's creation time).

>>> AnchorSettings().model_copy(update={"min_year": 1990}).min_year
1990
"""

from __future__ import annotations

from pydantic import Field, model_validator

from timeline.models import Frozen


class AnchorSettings(Frozen):
    """How the DCT is found when the metadata does not give it."""

    min_year: int = Field(default=1900, ge=1, le=9999,
                          description="Earliest year a DCT may fall in (the plausible window).")
    max_year: int = Field(default=2100, ge=1, le=9998,
                          description="Latest year a DCT may fall in (the plausible window).")
    head_chars: int = Field(default=1500, gt=0,
                            description="A dateline is looked for this far into the story.")
    head_lines: int = Field(default=12, gt=0,
                            description="... and within this many non-empty lines.")
    weekday_days: int = Field(default=6, ge=0, le=31,
                              description="A bare weekday ('on Tuesday') names a day this close to the DCT.")
    yearless_days: int = Field(default=182, ge=0, le=366,
                               description="A date without a year ('on November 15') is this close to the DCT.")
    scan_chars: int = Field(default=200_000, gt=0,
                            description="Inference reads at most this many characters of the story.")
    max_clues: int = Field(default=400, gt=0, description="Inference uses at most this many clues.")

    @model_validator(mode="after")
    def _ordered(self) -> "AnchorSettings":
        if self.max_year < self.min_year:
            raise ValueError(f"max_year {self.max_year} before min_year {self.min_year}")
        return self
