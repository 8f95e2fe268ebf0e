"""The uncertainty analysis off the event loop: Monte Carlo and tornado for the current scenario,
in a worker thread, never holding up a lever change.

`UncertaintyRunner` is told of every new result of the state owner (`request`). Each request
gets a new *generation*; the scenario is copied as it is at that moment, so the analysis is
tagged with exactly the inputs it was computed for. A short pause (`DELAY_MS`) lets a slider
drag finish before anything starts, and only one analysis runs at a time: a request made while
one runs waits, and only the newest waiting one is run. A result whose generation is not the
newest when it arrives is dropped (stale), never shown as current. Cancel drops the running
analysis' result and starts nothing until the next change.

The analysis itself is `planner.analysis.uncertainty` (numpy releases the GIL for its array
work); results for the last few inputs are kept, so Undo back to a scenario already analysed
shows its numbers at once.
"""

import contextlib
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, QTimer, Signal

from planner.analysis.uncertainty import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    TornadoRow,
    UncertaintyResult,
    monte_carlo,
    tornado,
)
from planner.model import Engine, Scenario
from planner.ui.figures import baseline_figures

DELAY_MS = 300  # after the last change, before an analysis starts (a pause, not a drag)
CACHED = 8  # analyses kept for inputs seen before (undo, redo, switching scenarios)


def scenario_copy(scenario: Scenario) -> Scenario:
    """A copy the window's later changes cannot reach (the workbook's scenario is edited in
    place)."""
    return replace(
        scenario,
        levers=dict(scenario.levers),
        timing=dict(scenario.timing),
        targets_eur=dict(scenario.targets_eur),
        overrides=dict(scenario.overrides),
    )


def inputs_key(engine: Engine, scenario: Scenario, draws: int, seed: int) -> tuple:
    """What an analysis depends on (not the scenario's name or notes). The engine itself, not
    its id: a cached key keeps its engine alive, so an id is never reused under it."""
    return (
        engine,
        tuple(sorted(scenario.levers.items())),
        scenario.plan_year,
        scenario.target_eur,
        tuple(sorted(scenario.targets_eur.items())),
        scenario.horizon_year,
        repr(sorted(scenario.timing.items())),
        scenario.office_early_exit,
        tuple(sorted((k, o.value) for k, o in scenario.overrides.items())),
        draws,
        seed,
    )


@dataclass(frozen=True)
class Analysis:
    """One finished analysis and what it was computed for."""

    generation: int
    key: tuple
    scenario: Scenario  # the copy it was computed from
    result: UncertaintyResult
    tornado: list[TornadoRow] = field(default_factory=list)


class _Signals(QObject):
    sig_done = Signal(int, object, object)  # generation, key, (UncertaintyResult, tornado rows)
    sig_failed = Signal(int, str)


def _lower_priority() -> None:
    """The worker thread yields the processor to the window's (Linux: a thread is a task with
    its own nice value; elsewhere nothing changes)."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def _run(signals, generation, key, engine, scenario, draws, seed) -> None:
    """In the worker thread: the analysis, then one signal (queued to the window's thread).
    A plain Python thread rather than a QRunnable: a Python QRunnable deleted by the pool's
    thread while Python still holds it crashed the process now and then."""
    _lower_priority()
    try:
        baseline_figures(engine)  # the names the view shows, made here once, not in the window
        result = monte_carlo(engine, scenario, draws=draws, seed=seed)
        rows = tornado(engine, scenario)
    except Exception as error:  # shown in the view; the window goes on
        _emit(signals.sig_failed, generation, str(error))
        return
    _emit(signals.sig_done, generation, key, (result, rows))


def _emit(signal, *args) -> None:
    """Emit, unless the window (and with it the signals' object) closed while the analysis ran:
    then there is nobody to tell."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class UncertaintyRunner(QObject):
    """Runs the analysis for the newest request in a worker thread; see the module's text."""

    sig_computing = Signal()
    """A new analysis is due (the current scenario changed): what is shown is no longer
    current."""

    sig_finished = Signal(object)
    """The analysis of the current scenario. Argument: an `Analysis`."""

    sig_cancelled = Signal()
    """The user cancelled; nothing is current until the next change (or Recompute)."""

    sig_failed = Signal(str)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self.draws, self.seed = DEFAULT_DRAWS, DEFAULT_SEED
        self.generation = 0
        self.current: Analysis | None = None  # the analysis of the newest request, if done
        self.busy = False  # an analysis is running in the worker
        self.cancelled = False
        self.error: str | None = None  # why the newest request failed, if it did
        self._request: tuple | None = None  # (engine, scenario copy) of the newest request
        self._running_generation = 0
        self._cache: OrderedDict[tuple, tuple] = OrderedDict()
        self._thread: threading.Thread | None = None
        self._signals = _Signals()  # no parent: a worker may still emit on it after we are gone
        self._signals.sig_done.connect(self._on_done)
        self._signals.sig_failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    @property
    def pending(self) -> bool:
        """The newest request has no result yet (waiting, or running)."""
        return (
            self.current is None
            and not self.cancelled
            and self.error is None
            and self._request is not None
        )

    def request(self, engine: Engine, scenario: Scenario) -> None:
        """Analyse `scenario` (copied now) on `engine`; what was shown is stale from here."""
        self.generation += 1
        self.cancelled, self.error = False, None
        self._request = (engine, scenario_copy(scenario))
        self.current = None
        cached = self._cache.get(self._key())
        if cached is not None:
            self._timer.stop()
            self._finish(self.generation, self._key(), cached)
            return
        self.sig_computing.emit()
        self._timer.start()

    def set_draws(self, draws: int) -> None:
        if int(draws) != self.draws:
            self.draws = int(draws)
            self._again()

    def set_seed(self, seed: int) -> None:
        if int(seed) != self.seed:
            self.seed = int(seed)
            self._again()

    def recompute(self) -> None:
        """The newest request again (after Cancel)."""
        self._again()

    def cancel(self) -> None:
        """Drop the running analysis' result and start nothing until the next change."""
        if not self.pending:
            return
        self._timer.stop()
        self.cancelled = True
        self.generation += 1  # a result on its way is stale now
        self.sig_cancelled.emit()

    def shutdown(self) -> None:
        """Before the window closes: nothing new starts; wait for the one running."""
        self._timer.stop()
        self.generation += 1
        self._request = None
        if self._thread is not None:
            self._thread.join()

    # Inside ----------------------------------------------------------------------------

    def _again(self) -> None:
        if self._request is not None:
            self.request(*self._request)

    def _key(self) -> tuple:
        engine, scenario = self._request
        return inputs_key(engine, scenario, self.draws, self.seed)

    def _start(self) -> None:
        if self._request is None or self.cancelled or self.current is not None:
            return
        if self.busy:  # one at a time: the newest request starts when this one is done
            return
        engine, scenario = self._request
        self.busy = True
        self._running_generation = self.generation
        self._thread = threading.Thread(
            target=_run,
            args=(self._signals, self.generation, self._key(), engine, scenario)
            + (self.draws, self.seed),
            name="uncertainty",
            daemon=True,
        )
        self._thread.start()

    def _on_done(self, generation: int, key: tuple, outcome: tuple) -> None:
        self.busy = False
        self._cache[key] = outcome
        self._cache.move_to_end(key)
        while len(self._cache) > CACHED:
            self._cache.popitem(last=False)
        if generation == self.generation:
            self._finish(generation, key, outcome)
        elif self.pending and not self._timer.isActive():
            self._start()  # a newer request waited for this one

    def _finish(self, generation: int, key: tuple, outcome: tuple) -> None:
        result, rows = outcome
        self.current = Analysis(generation, key, self._request[1], result, rows)
        self.sig_finished.emit(self.current)

    def _on_failed(self, generation: int, message: str) -> None:
        self.busy = False
        if generation == self.generation:
            self.error = message
            self.sig_failed.emit(message)
        elif self.pending and not self._timer.isActive():
            self._start()
