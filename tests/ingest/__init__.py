"""Tests of timeline.ingest."""
