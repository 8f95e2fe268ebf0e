"""Safe saving (atomic, backup, clear failures), crash recovery, and a kill test."""

import datetime
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.files import safe_io
from planner.files.recovery import RecoveryStore
from planner.files.workbook_json import (
    SaveError,
    backup_path,
    read_workbook,
    write_workbook,
)
from planner.model import LEVERS, Scenario
from planner.model.workbook import Workbook

# What a workbook holds: no lone surrogates (Cs) and no control characters (Cc) but tab and
# line breaks; names also without format marks (Cf: the text-direction overrides).
texts = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r"),
    max_size=40,
)
names = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf")), max_size=40).filter(
    lambda t: t.strip() == t != "" and len(t) <= 200
)
times = st.one_of(
    st.just(""),
    st.datetimes(
        timezones=st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=2))])
    ).map(lambda t: t.isoformat(timespec="seconds")),
)
scenarios = st.builds(
    Scenario,
    name=names,
    levers=st.fixed_dictionaries(
        {lever.id: st.floats(lever.minimum, lever.maximum, allow_nan=False) for lever in LEVERS}
    ),
    plan_year=st.integers(2024, 2040),
    target_eur=st.floats(0, 1e10, allow_nan=False),
    description=texts,
    modified_by=texts,
    modified_at=times,
)
workbooks = st.builds(
    Workbook,
    scenarios=st.lists(scenarios, max_size=5, unique_by=lambda s: s.name),
    baseline_name=names | st.just(""),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(workbooks)
def test_any_valid_workbook_reopens_identically(tmp_path, workbook):
    path = tmp_path / "round.planner.json"
    write_workbook(workbook, path)
    assert read_workbook(path) == workbook


def test_saving_keeps_the_previous_version_as_a_backup(tmp_path):
    path = tmp_path / "book.planner.json"
    first = Workbook([Scenario("first")])
    second = Workbook([Scenario("second")])
    write_workbook(first, path)
    assert not backup_path(path).exists()
    write_workbook(second, path)
    assert read_workbook(path) == second
    assert read_workbook(backup_path(path)) == first


def test_no_permission_is_reported_and_the_old_file_kept(tmp_path, monkeypatch):
    # Simulated: the tests may run as root, whom file permissions do not stop.
    path = tmp_path / "book.planner.json"
    write_workbook(Workbook([Scenario("kept")]), path)

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(safe_io, "_new_temporary", refused)
    with pytest.raises(
        SaveError, match="no permission to write there. The file on disk is unchanged"
    ):
        write_workbook(Workbook([Scenario("new")]), path)
    assert read_workbook(path).names() == ["kept"]


def test_saving_into_a_folder_that_is_gone(tmp_path):
    with pytest.raises(SaveError, match="the folder does not exist"):
        write_workbook(Workbook([Scenario("x")]), tmp_path / "gone" / "book.planner.json")


def test_a_full_disk_is_reported_and_the_old_file_kept(tmp_path, monkeypatch):
    path = tmp_path / "book.planner.json"
    write_workbook(Workbook([Scenario("kept")]), path)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SaveError, match="the disk is full"):
        write_workbook(Workbook([Scenario("new")]), path)
    assert read_workbook(path).names() == ["kept"]
    assert [p.name for p in tmp_path.iterdir()] == ["book.planner.json"]  # no temp file left


SAVER = textwrap.dedent(
    """
    import sys
    from planner.files.workbook_json import write_workbook
    from planner.model import Scenario
    from planner.model.workbook import Workbook

    path = sys.argv[1]
    # Two versions, each large enough that a write takes a while.
    versions = [
        Workbook([Scenario(f"{tag} {i}", description=tag * 2000) for i in range(60)])
        for tag in ("old", "new")
    ]
    print("ready", flush=True)
    i = 0
    while True:
        write_workbook(versions[i % 2], path, keep_backup=True)
        i += 1
    """
)


def test_a_save_killed_at_random_moments_leaves_a_complete_file(tmp_path):
    path = tmp_path / "book.planner.json"
    rng = random.Random(2024)
    for _ in range(25):
        process = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        if path.exists():
            workbook = read_workbook(path)  # must open: never half-written
            tags = {scenario.name.split()[0] for scenario in workbook.scenarios}
            assert tags in ({"old"}, {"new"})
            assert len(workbook.scenarios) == 60


def test_recovery_after_a_crash(tmp_path):
    crashed = RecoveryStore(tmp_path, pid=_dead_pid())
    unsaved = Workbook([Scenario("unsaved work", {"digital_shift": 12})])
    crashed.write(
        unsaved, original_path="/home/a/book.planner.json", current_scenario="unsaved work"
    )

    restarted = RecoveryStore(tmp_path)
    (found,) = restarted.left_by_crashes()
    assert found.workbook == unsaved
    assert found.original_path == "/home/a/book.planner.json"
    assert found.current_scenario == "unsaved work"
    RecoveryStore.discard(found)
    assert restarted.left_by_crashes() == []


def test_own_and_live_recovery_files_are_not_offered(tmp_path):
    mine = RecoveryStore(tmp_path)
    mine.write(Workbook([Scenario("mine")]))
    live_parent = RecoveryStore(tmp_path, pid=os.getppid())
    live_parent.write(Workbook([Scenario("another running planner")]))
    assert mine.left_by_crashes() == []
    mine.clear()
    assert not mine.own_file.exists()


def test_a_broken_recovery_file_is_skipped(tmp_path):
    (tmp_path / f"planner-{_dead_pid()}.recovery.json").write_text("{broken", encoding="utf-8")
    assert RecoveryStore(tmp_path).left_by_crashes() == []


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_recovery_document_is_plain_json(tmp_path):
    store = RecoveryStore(tmp_path)
    store.write(Workbook([Scenario("x")]))
    document = json.loads(store.own_file.read_text(encoding="utf-8"))
    assert document["workbook"]["format"] == "planner-workbook"
