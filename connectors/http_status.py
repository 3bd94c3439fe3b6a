"""An HTTP error answer as coffeechat's error: what Gmail, Calendar and Graph share.

Both providers' REST APIs mean the same by a status: 429 and 5xx are
throttling or an outage (retry, after the ``Retry-After`` they send), 401 an
access that no longer works, 404 and 410 something gone (a message, an
event, a sync cursor). Each provider's ``errors`` module reads its own error
body (Gmail's rate-limit 403 reasons, Graph's error codes) and words the
message; the mapping itself lives here, once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from connectors.errors import ConnectorError, Gone, ReauthRequired, Transient


def status_error(
    status: int,
    what: str,
    *,
    asker: str,
    retry_after_header: str | None,
    reauth: str,
    throttled: bool = False,
) -> ConnectorError:
    """The error for an answer ``status`` to a call that ``what`` names for the user.

    ``throttled`` marks a refusal the provider means as "slow down" (Gmail's
    rate-limit 403s); ``asker`` names who asks to wait (``"Google"``);
    ``reauth`` tells the user how to re-authorise after a 401.
    """
    if status == 429 or status >= 500 or throttled:
        wait = retry_after(retry_after_header)
        asked = f"; {asker} asks to wait {wait:g}s" if wait is not None else ""
        # A 5xx may have been carried out anyway: a create is looked up before a retry.
        return Transient(f"{what}{asked}", retry_after=wait, uncertain=status >= 500)
    if status == 401:
        return ReauthRequired(reauth)
    if status in (404, 410):
        return Gone(what)
    return ConnectorError(what)


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date).

    ``None`` when the provider did not say: the caller's exponential backoff decides.
    """
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
