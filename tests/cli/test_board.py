"""The daemon's sections of ``coffeechat status``: meetings ahead, parked commands, accounts."""

from __future__ import annotations

import json
from datetime import timedelta

from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Meeting, MeetingStatus, Outbox, OutboxStatus
from daemon.store.types import utcnow
from tests.cli.support import Cli


def test_status_shows_meetings_parked_commands_and_accounts(cli: Cli, db_url: str) -> None:
    # Given a confirmed meeting with its brief, a parked command and a synced account
    store = open_store(db_url)
    with store.transaction() as session:
        dana = repo.add_contact(session, name="Dana Whitfield", email="dana@acme.example").contact
        start = utcnow() + timedelta(days=2)
        session.add(
            Meeting(
                contact_id=dana.id,
                start=start,
                end=start + timedelta(minutes=30),
                link="https://meet.example/abc",
                status=MeetingStatus.CONFIRMED,
                brief_event_id="prep1",
            )
        )
        session.add(
            Outbox(
                key="c1/x/write_draft:nudge",
                contact_id=dana.id,
                kind="write_draft",
                status=OutboxStatus.PARKED,
                attempts=8,
                last_error="gmail: 500 backendError",
            )
        )
        account = repo.ensure_account(session, "google", "sam@example.com")
        account.last_sync_at = utcnow()
        account.quota_used, account.quota_budget = 3_450, 12_000
    store.close()

    # When the board is asked for as JSON and as a table
    as_json = cli("status", "--json")
    table = cli("status")

    # Then each section lists its row
    assert as_json.code == 0, as_json.err
    board = json.loads(as_json.out)
    assert board["meetings_ahead"][0]["contact"] == "Dana Whitfield"
    assert board["meetings_ahead"][0]["brief"] == "on your calendar"
    assert board["parked"][0]["error"] == "gmail: 500 backendError"
    assert board["accounts"][0]["account"] == "sam@example.com"
    assert board["accounts"][0]["last_sync"] is not None
    assert board["accounts"][0]["quota_used_last_minute"] == 3_450
    assert board["accounts"][0]["quota_per_minute"] == 12_000
    assert board["accounts"][0]["quota"] == "3,450 of 12,000 units a minute"
    assert table.code == 0
    assert "Meetings ahead" in table.out and "gmail: 500 backendError" in table.out
    assert "3,450 of 12,000" in table.out
