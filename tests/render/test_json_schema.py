"""docs/timeline.schema.json is current, and the JSON output validates against it."""

import json
from pathlib import Path

import jsonschema

from timeline.models import Timeline
from timeline.render import render_json, schema_json
from .sample import sample_timeline

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "timeline.schema.json"


def test_committed_schema_is_current():
    assert SCHEMA.read_text(encoding="utf-8") == schema_json(), (
        "docs/timeline.schema.json is stale: run `timeline schema > docs/timeline.schema.json`")


def test_json_output_validates_and_round_trips():
    timeline = sample_timeline()
    data = json.loads(render_json(timeline))
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert Timeline.model_validate_json(render_json(timeline)) == timeline


def test_schema_rejects_a_broken_timeline():
    data = json.loads(render_json(sample_timeline()))
    data["documents"][0]["status"] = "maybe"
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert not jsonschema.Draft202012Validator(schema).is_valid(data)
