"""What the daemon's log lines carry, and what they never carry.

Only the CLI configures handlers (:func:`configure`); modules log through
``getLogger(__name__)`` as usual. Each line is a JSON object when stderr is
not a terminal (journald, containers, files), a readable line otherwise, and
carries the account and contact ids of the work in progress, set with
:func:`working_on` (a context variable, so worker threads do not mix them).

Secrecy is enforced at the handler, whatever a caller passed: email addresses
are masked (``d***@acme.example``) and bearer/refresh tokens and client
secrets are cut out. Message bodies are never logged by the code; the
redaction is the net below that rule, not the rule.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, TextIO

#: The account and contact the current thread or task works for, if any.
_WORKING_ON: ContextVar[dict[str, int]] = ContextVar("coffeechat_working_on", default={})  # noqa: B039

# Also URL-encoded (``%40``): Gmail search queries carry addresses in request URLs.
_ADDRESS = re.compile(
    r"(?P<first>[A-Za-z0-9._+'-])[A-Za-z0-9._%+'-]*?(?P<at>@|%40)"
    r"(?P<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})"
)
# Values of OAuth fields in JSON, form or query shapes, and bearer headers.
_SECRET_FIELD = re.compile(
    r"(?P<name>(?:refresh_token|access_token|id_token|client_secret|password)"
    r"[\"']?\s*[:=]\s*[\"']?)(?P<value>[^\s\"'&,}]+)",
    re.IGNORECASE,
)
_BEARER = re.compile(r"(?P<name>Bearer\s+)(?P<value>[A-Za-z0-9._~+/=-]+)", re.IGNORECASE)
# Google's token shapes, wherever they appear without a field name.
_GOOGLE_TOKEN = re.compile(
    r"\b(?:1//[A-Za-z0-9_-]{10,}|ya29\.[A-Za-z0-9._-]{10,}|GOCSPX-[A-Za-z0-9_-]{10,})"
)

#: Attributes every record has; anything else a caller passed in ``extra`` is kept.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def mask_address(address: str) -> str:
    """``dana@acme.example`` as ``d***@acme.example``: enough to tell accounts apart."""
    return _ADDRESS.sub(lambda m: f"{m['first']}***{m['at']}{m['domain']}", address)


def redact(text: str) -> str:
    """``text`` with addresses masked and tokens and secrets replaced by ``***``."""
    text = _SECRET_FIELD.sub(lambda m: f"{m['name']}***", text)
    text = _BEARER.sub(lambda m: f"{m['name']}***", text)
    text = _GOOGLE_TOKEN.sub("***", text)
    return mask_address(text)


@contextmanager
def working_on(**ids: int) -> Iterator[None]:
    """Tag every log line written inside the block with these ids (``account_id=3``)."""
    token = _WORKING_ON.set({**_WORKING_ON.get(), **ids})
    try:
        yield
    finally:
        _WORKING_ON.reset(token)


class ContextFilter(logging.Filter):
    """Adds the ids from :func:`working_on` to each record (``extra`` ones win)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Copy the current ids onto ``record``; never drops a record."""
        for key, value in _WORKING_ON.get().items():
            if not hasattr(record, key):
                setattr(record, key, value)
        return True


def _ids(record: logging.LogRecord) -> dict[str, Any]:
    return {
        key: value
        for key, value in vars(record).items()
        if key not in _STANDARD and not key.startswith("_")
    }


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, ids; all redacted."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one redacted JSON line."""
        line: dict[str, Any] = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        line.update({key: _plain(value) for key, value in _ids(record).items()})
        if record.exc_info:
            line["error"] = redact(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


class ReadableFormatter(logging.Formatter):
    """``time level logger [account=1 contact=7]: message`` for a terminal; redacted."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one readable, redacted line (plus its traceback, if any)."""
        ids = " ".join(f"{key.removesuffix('_id')}={value}" for key, value in _ids(record).items())
        tags = f" [{ids}]" if ids else ""
        text = f"{self.formatTime(record)} {record.levelname} {record.name}{tags}: "
        text += record.getMessage()
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return redact(text)


def _plain(value: Any) -> Any:
    return value if isinstance(value, int | float | bool) or value is None else redact(str(value))


def configure(level: int, stream: TextIO | None = None, *, as_json: bool | None = None) -> None:
    """Send every log record to ``stream`` (stderr) at ``level``; JSON unless it is a TTY."""
    out = stream or sys.stderr
    handler = logging.StreamHandler(out)
    if as_json is None:
        as_json = not out.isatty()
    handler.setFormatter(JsonFormatter() if as_json else ReadableFormatter())
    handler.addFilter(ContextFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
