"""File > Open Baseline: a usable baseline replaces the one in use (one undo step) and every
view follows; a broken one lists every problem and changes nothing."""

import csv
import shutil

import pytest
from PySide6.QtWidgets import QFileDialog

from planner.files.baseline_io import load_baseline
from planner.model import Engine, evaluate_scenario
from planner.paths import bundled_baseline_dir
from planner.ui.problems_dialog import ProblemsDialog
from tests.ui.helpers import assert_views_show, snapshot


def edit_csv(path, change):
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    fields = list(rows[0])
    rows = change(rows)
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def smaller_baseline(tmp_path):
    """The bundled baseline without rescue missions and with dearer doctor visits."""
    folder = tmp_path / "baseline-2025"
    shutil.copytree(bundled_baseline_dir(), folder)

    def services(rows):
        for row in rows:
            if row["id"] == "doctor_appointments":
                row["unit_cost_eur"] = "150"
        return [row for row in rows if row["id"] != "rescue_missions"]

    edit_csv(folder / "services.csv", services)
    edit_csv(
        folder / "fees.csv", lambda rows: [r for r in rows if r["service_id"] != "rescue_missions"]
    )
    edit_csv(
        folder / "provenance.csv", lambda rows: [r for r in rows if r["row"] != "rescue_missions"]
    )
    edit_csv(
        folder / "about.csv",
        lambda rows: [dict(r, value="Edited copy") if r["key"] == "name" else r for r in rows],
    )
    return folder


def test_opening_a_baseline_updates_every_view_and_undoes(window, smaller_baseline, monkeypatch):
    window.edits.set_lever("outsourced_labour_cut", 50)
    window.edits.set_lever("digital_shift", 20)
    before = snapshot(window)
    picked = str(smaller_baseline / "services.csv")  # a CSV file stands for its folder
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (picked, "")))
    window.baseline_actions.open_baseline_action.trigger()

    engine = Engine(load_baseline(smaller_baseline))
    expected = evaluate_scenario(engine, window.state.scenario)
    assert window.state.baseline.name == "Edited copy"
    assert_views_show(window, expected)
    assert window.service_model.rowCount() == 13
    assert len(window.service_chart.shares) == 13
    assert "Edited copy" in window.baseline_label.text()
    assert window.undo_action.text() == "Undo open baseline Edited copy"
    # The lever panel was rebuilt and still edits the plan.
    window.lever_panel.rows["finance_training"].spin.setValue(10)
    assert window.state.scenario.levers["finance_training"] == 10
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.state.baseline.name == "Helsinki 2024"
    assert snapshot(window) == before


def test_a_broken_baseline_lists_every_problem_and_changes_nothing(window, tmp_path, monkeypatch):
    folder = tmp_path / "broken"
    shutil.copytree(bundled_baseline_dir(), folder)
    edit_csv(
        folder / "services.csv",
        lambda rows: [
            dict(r, volume="lots") if r["id"] == "dental_care_visits" else r for r in rows
        ],
    )
    (folder / "workforce.csv").unlink()
    shown = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    before = snapshot(window)
    steps = window.undo_stack.count()

    assert window.baseline_actions.open_baseline(folder) is False
    (dialog,) = shown
    text = dialog.text.toPlainText()
    assert "workforce.csv: expected the workforce table" in text
    assert "services.csv, row 9, column 'volume': found 'lots', expected a number" in text
    assert dialog.windowTitle() == "The baseline was not opened"
    dialog.copy_all()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == text
    assert snapshot(window) == before
    assert window.undo_stack.count() == steps
    assert window.state.baseline.name == "Helsinki 2024"
