"""Stories played against the running daemon, one step at a time, all at once.

A :class:`Story` is one contact's path as a list of :class:`Step`: wait until
``probe`` finds something in a :class:`~daemon.demo.look.Seen`, then ``act``
on it (the user sends a draft, the contact replies). :func:`play` advances
every story from the same looks, so the contacts walk their paths side by
side, and fails with :class:`TimeoutError` naming the step that never came.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from daemon.demo.look import Seen


@dataclass(frozen=True)
class Beat:
    """Something the demo did in the world: ``who`` (you, or a contact) did ``what``."""

    who: str
    what: str


#: Finds what a step waits for in a look (anything truthy), else ``None``.
Probe = Callable[[Seen], Any]
#: Acts on what the probe found; the :class:`Beat` is shown, ``None`` shows nothing.
Act = Callable[[Seen, Any], Beat | None]


def _nothing(_seen: Seen, _found: Any) -> Beat | None:
    return None


@dataclass(frozen=True)
class Step:
    """Wait for ``what`` (``probe``), then ``act``; give up after ``timeout`` seconds."""

    what: str
    probe: Probe
    act: Act = _nothing
    timeout: float = 20.0


@dataclass(frozen=True)
class Story:
    """One contact's path."""

    name: str
    steps: Sequence[Step]


def play(
    stories: Sequence[Story],
    look: Callable[[], Seen],
    show: Callable[[Seen, Beat | None], None],
    *,
    budget: float,
    every: float = 0.25,
) -> Seen:
    """Play every story to its end; the last look. ``show`` sees every look and beat.

    Raises :class:`TimeoutError` when a step waits longer than its timeout or
    the whole play longer than ``budget`` seconds.
    """
    position = dict.fromkeys(range(len(stories)), 0)
    since = dict.fromkeys(range(len(stories)), time.monotonic())
    deadline = time.monotonic() + budget
    while True:
        seen = look()
        show(seen, None)
        for index, story in enumerate(stories):
            if position[index] == len(story.steps):
                continue
            step = story.steps[position[index]]
            found = step.probe(seen)
            now = time.monotonic()
            if found:
                show(seen, step.act(seen, found))
                position[index] += 1
                since[index] = now
            elif now - since[index] > step.timeout:
                raise TimeoutError(f"timed out after {step.timeout:.0f}s waiting for {step.what}")
            elif now > deadline:
                raise TimeoutError(f"the demo ran past {budget:.0f}s waiting for {step.what}")
        if all(position[i] == len(story.steps) for i, story in enumerate(stories)):
            return seen
        time.sleep(every)
