"""``coffeechat demo``: the real daemon against a local sandbox, in under a minute.

``run.py`` wires it (sandbox, throwaway config and store, the daemon),
``script.py`` is the scenario (the cast and what each of them does),
``steps.py`` plays the stories, ``look.py`` reads the world, ``view.py``
prints it and ``export.py`` writes the drafts and briefs as files.
"""

from __future__ import annotations

from daemon.demo.run import run_demo
from daemon.demo.view import LiveView, Report

__all__ = ["LiveView", "Report", "run_demo"]
