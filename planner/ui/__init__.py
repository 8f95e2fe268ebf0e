"""The planner window: Qt widgets over the pure model (see docs/window.md).

`planner.ui.app.run_window` opens it. This package is the only one that imports widgets.
"""
