"""Test set-up: Qt runs offscreen, and settings/recovery paths point into a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from planner.files.baseline_io import load_baseline  # noqa: E402
from planner.model import Engine  # noqa: E402
from planner.paths import bundled_baseline_dir  # noqa: E402


@pytest.fixture(scope="session")
def baseline():
    return load_baseline(bundled_baseline_dir())


@pytest.fixture(scope="session")
def engine(baseline):
    return Engine(baseline)
