"""The one exception tree of coffeechat.

Vendor errors (``HttpError``, ``RefreshError``, msal error dicts, httpx errors)
are converted into these in each provider's client module, always with
``raise ... from exc``, so the rest of the code only ever sees this tree.
"""

from __future__ import annotations


class CoffeechatError(Exception):
    """Root of every error coffeechat raises on purpose.

    ``str(err)`` is a one-line message fit for a user: the CLI prints it as is.
    """


class ConfigError(CoffeechatError):
    """The configuration file or environment is unusable."""


class InputError(CoffeechatError):
    """User-supplied input (a file, a CSV row, an argument) is malformed."""


class NotFound(CoffeechatError):
    """A thing the user named (a contact, a draft, an account) does not exist."""


class ConnectorError(CoffeechatError):
    """A provider answered with an error that retrying will not fix."""


class ReauthRequired(ConnectorError):
    """The stored credentials no longer work; the user must run ``coffeechat auth``."""


class Transient(ConnectorError):
    """Throttling, a 5xx or a timeout: retry after ``retry_after`` seconds.

    ``uncertain`` when the request may have been carried out anyway (a
    timeout, a 5xx): a create must then be looked up before it is repeated.
    Throttling is a refusal, never uncertain.
    """

    def __init__(
        self, message: str, retry_after: float | None = None, *, uncertain: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.uncertain = uncertain


class StaleCursor(ConnectorError):
    """A sync cursor expired at the provider; the caller must resync from scratch."""


class Gone(ConnectorError):
    """404 or 410: the resource, or the sync cursor, no longer exists.

    The connectors catch it where absence has a meaning (a sent draft, a stale
    history or delta cursor, an already-deleted event).
    """
