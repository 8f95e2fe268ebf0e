"""Budget and capacity planner for a city's social services, health care and rescue services."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("planner")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
