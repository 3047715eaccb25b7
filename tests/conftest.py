"""Shared test set-up: Hypothesis profiles, Ctrl-C for child processes, the location of
the reference data, and the runner of the hostile-input suite."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from hostile_harness import Runner

# `default` keeps `make test` to a few minutes; `slow` is for thorough runs:
#   HYPOTHESIS_PROFILE=slow make test
settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "slow", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# A shell without job control starts a background command (`make test &`, a CI step
# run that way) with SIGINT ignored, and every process it starts inherits that: the
# tests that stop `argmap watch` or `argmap solve` with Ctrl-C would then wait for a
# child that never hears it (three tests timed out that way in a fresh-clone run).
# Python's own handler here is not inherited: children start with the default, and
# so turn Ctrl-C into KeyboardInterrupt as they would at a terminal.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ARGMAP_SHARED", ROOT.parent / "shared"))
REFERENCE = SHARED / "reference"


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    """``../shared/reference`` beside the checkout; conformance tests skip without it."""
    if not REFERENCE.is_dir():
        pytest.skip(f"reference data not found at {REFERENCE} (set ARGMAP_SHARED)")
    return REFERENCE


@pytest.fixture(scope="session")
def hostile() -> Iterator[Runner]:
    """Runs argmap commands on hostile inputs under resource limits (tests/hostile_harness.py)."""
    from hostile_harness import Runner

    runner = Runner()
    try:
        yield runner
    finally:
        runner.close()
