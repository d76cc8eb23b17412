"""JSON output and the JSON Schema of :class:`~timeline.models.Timeline`.

``docs/timeline.schema.json`` is :func:`schema_json` verbatim; regenerate it
with ``timeline schema > docs/timeline.schema.json``.
"""

from __future__ import annotations

import json

from timeline.models import Timeline


def render_json(timeline: Timeline) -> str:
    """The timeline as pretty JSON (``Timeline.model_dump_json(indent=2)``).

    >>> import json
    >>> json.loads(render_json(Timeline(title="T")))["title"]
    'T'
    """
    return timeline.model_dump_json(indent=2)


def schema_json() -> str:
    """The JSON Schema of Timeline, as committed in ``docs/timeline.schema.json``.

    Keys are sorted so the file is stable across pydantic's dict ordering.

    >>> import json
    >>> json.loads(schema_json())["title"]
    'Timeline'
    """
    return json.dumps(Timeline.model_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
