"""Hostile inputs for ingest and anchor."""
