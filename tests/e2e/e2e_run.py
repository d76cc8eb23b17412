"""Run the CLI the way a user does: a subprocess, with its exit code, stdout and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Generous: a hang shows up as a failure, never as a stuck test run.
TIME_BOUND = 180


class Run:
    """A finished CLI run."""

    def __init__(self, proc: subprocess.CompletedProcess) -> None:
        self.code = proc.returncode
        self.out = proc.stdout.decode("utf-8", "replace")
        self.err = proc.stderr.decode("utf-8", "replace")

    def json(self) -> dict:
        return json.loads(self.out)


def run_cli(*args: str | Path, stdin: bytes = b"", cwd: Path | None = None,
            timeout: float = TIME_BOUND) -> Run:
    """``python -m timeline.cli ARGS`` with ``stdin``; fails the test if it does not end in time."""
    proc = subprocess.run([sys.executable, "-m", "timeline.cli", *map(str, args)], input=stdin,
                          capture_output=True, timeout=timeout, cwd=cwd)
    return Run(proc)

