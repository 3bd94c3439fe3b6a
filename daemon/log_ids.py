"""A dramatiq middleware that tags each message's log lines with its account or contact id.

Actors take plain ids (STYLE.md), so the ids are read from the message
itself: ``sync_account(account_id)``, ``execute("c<contact>/...")``,
``fire_timer(timer_id)``. They are set for the worker thread while the
message runs (:func:`daemon.logs.working_on`) and dropped after it.
"""

from __future__ import annotations

import re
import threading
from contextlib import ExitStack
from typing import Any

import dramatiq
from dramatiq import Broker
from dramatiq.broker import MessageProxy

from daemon.logs import working_on

# Outbox keys start with the contact: c<id>/<cause>/<command>.
_CONTACT_KEY = re.compile(r"c(\d+)/")


def message_ids(actor: str, args: tuple[Any, ...]) -> dict[str, int]:
    """The ids a message of ``actor`` with ``args`` works for."""
    if not args:
        return {}
    first = args[0]
    if actor == "sync_account" and isinstance(first, int):
        return {"account_id": first}
    if actor == "execute" and isinstance(first, str):
        match = _CONTACT_KEY.match(first)
        return {"contact_id": int(match[1])} if match else {}
    if actor == "fire_timer" and isinstance(first, int):
        return {"timer_id": first}
    return {}


class LogIds(dramatiq.Middleware):
    """Sets the log ids of each message for the thread that processes it."""

    def __init__(self) -> None:
        self._local = threading.local()

    def before_process_message(self, broker: Broker, message: MessageProxy) -> None:
        """Enter the message's ids for this worker thread."""
        stack = ExitStack()
        stack.enter_context(working_on(**message_ids(message.actor_name, tuple(message.args))))
        self._local.stack = stack

    def after_process_message(
        self,
        broker: Broker,
        message: MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        """Leave the message's ids."""
        self._leave()

    def after_skip_message(self, broker: Broker, message: MessageProxy) -> None:
        """Leave the ids of a message that was skipped instead of processed."""
        self._leave()

    def _leave(self) -> None:
        stack: ExitStack | None = getattr(self._local, "stack", None)
        if stack is not None:
            self._local.stack = None
            stack.close()
