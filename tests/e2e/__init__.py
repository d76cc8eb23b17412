"""Tests of issue 7 (robustness and property-based checks)."""
