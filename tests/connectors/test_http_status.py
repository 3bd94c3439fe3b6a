"""The HTTP status -> coffeechat error mapping both providers share, as a table."""

from __future__ import annotations

import pytest

from connectors.errors import ConnectorError, Gone, ReauthRequired, Transient
from connectors.http_status import status_error
from connectors.microsoft.errors import from_status

WHAT = "google account sam@example.com: drafts.create failed (503 Service Unavailable)"


@pytest.mark.parametrize(
    ("status", "throttled", "header", "kind", "wait", "uncertain"),
    [
        (429, False, "7", Transient, 7.0, False),  # a refusal: nothing was done
        (429, False, None, Transient, None, False),  # no header: our backoff decides
        (503, False, "2", Transient, 2.0, True),  # an outage may have done it anyway
        (500, False, "soon", Transient, None, True),  # a header we cannot read is ignored
        (403, True, "5", Transient, 5.0, False),  # Gmail's rate-limit 403
        (403, False, "5", ConnectorError, None, False),  # any other 403: retrying won't help
        (401, False, None, ReauthRequired, None, False),
        (404, False, None, Gone, None, False),
        (410, False, None, Gone, None, False),
        (400, False, None, ConnectorError, None, False),
    ],
)
def test_status_table(
    status: int,
    throttled: bool,
    header: str | None,
    kind: type[ConnectorError],
    wait: float | None,
    uncertain: bool,
) -> None:
    error = status_error(
        status,
        WHAT,
        asker="Google",
        retry_after_header=header,
        reauth="run: coffeechat auth google",
        throttled=throttled,
    )

    assert type(error) is kind
    if isinstance(error, Transient):
        assert (error.retry_after, error.uncertain) == (wait, uncertain)
        assert str(error) == WHAT + (f"; Google asks to wait {wait:g}s" if wait else "")
    elif kind is ReauthRequired:
        assert str(error) == "run: coffeechat auth google"
    else:
        assert str(error) == WHAT


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"error": {"code": "ErrorItemNotFound"}}, "(404 ErrorItemNotFound)"),
        ({"error": {}}, "(404)"),  # no code: no dangling space inside the brackets
        ("not json", "(404)"),
    ],
)
def test_an_error_line_names_the_status_and_what_the_provider_said(body: object, said: str) -> None:
    error = from_status(404, body, {}, "sam@example.com", "messages.get")
    assert str(error).endswith(f"messages.get failed {said}")
