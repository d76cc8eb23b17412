"""Tests of timeline.anchor."""
