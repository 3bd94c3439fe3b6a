"""What a log line carries: the ids of the work, never an address in full, a token or a secret."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from daemon.log_ids import message_ids
from daemon.logs import configure, mask_address, redact, working_on


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("dana@acme.example", "d***@acme.example"),
        (
            "to Dana <dana.whitfield@acme.example>, lee@x.io",
            "to Dana <d***@acme.example>, l***@x.io",
        ),
        ("q=from%3Adana%40acme.example", "q=f***%40acme.example"),
        ('{"refresh_token": "1//0gAbCdEf", "x": 1}', '{"refresh_token": "***", "x": 1}'),
        ("client_secret=GOCSPX-abcdefghijkl&grant_type=x", "client_secret=***&grant_type=x"),
        ("Authorization: Bearer ya29.a0AfH6SMBx", "Authorization: Bearer ***"),
        ("stray ya29.a0AfH6SMBxyz12 token", "stray *** token"),
        ("no secret here: status 500", "no secret here: status 500"),
    ],
)
def test_redaction(text: str, shown: str) -> None:
    assert redact(text) == shown


def test_mask_keeps_the_domain_and_first_letter() -> None:
    assert mask_address("Sam.Rivera@Example.com") == "S***@Example.com"


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    out = io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield out
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_json_lines_carry_the_ids_of_the_work(stream: io.StringIO) -> None:
    configure(logging.DEBUG, stream, as_json=True)
    log = logging.getLogger("coffeechat.test")

    with working_on(account_id=2), working_on(contact_id=7):
        log.info("drafted for %s", "dana@acme.example")
    log.warning("outside")

    inside, outside = (json.loads(line) for line in stream.getvalue().splitlines())
    assert inside["message"] == "drafted for d***@acme.example"
    assert (inside["account_id"], inside["contact_id"], inside["level"]) == (2, 7, "info")
    assert "contact_id" not in outside


def test_readable_lines_for_a_terminal(stream: io.StringIO) -> None:
    configure(logging.INFO, stream, as_json=False)

    with working_on(contact_id=7):
        logging.getLogger("coffeechat.test").info("token refresh_token=1//0gXyz failed")

    line = stream.getvalue().strip()
    assert line.endswith("INFO coffeechat.test [contact=7]: token refresh_token=*** failed")


@pytest.mark.parametrize(
    ("actor", "args", "ids"),
    [
        ("sync_account", (3,), {"account_id": 3}),
        ("execute", ("c12/reply/write_draft:close_out",), {"contact_id": 12}),
        ("fire_timer", (5,), {"timer_id": 5}),
        ("execute", ("odd-key",), {}),
    ],
)
def test_message_ids(actor: str, args: tuple[object, ...], ids: dict[str, int]) -> None:
    assert message_ids(actor, args) == ids
