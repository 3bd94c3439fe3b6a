"""A due follow-up waits for the user's update: none is written, ``status`` asks for it.

The contact moves through the real engine transition (its follow-up timer
firing) on a real store; the user's side is the real CLI.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from daemon.engine.transitions import apply_event
from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Draft, Outbox
from daemon.store.types import utcnow
from tests.cli.support import Cli
from workflows.events import Event, EventKind, TimerKind
from workflows.pipeline import Cadence
from workflows.stages import DraftKind, Stage

DANA = "dana@acme.example"


def _follow_up_commands(db_url: str) -> list[dict[str, Any]]:
    store = open_store(db_url)
    try:
        with store.transaction() as session:
            payloads = [row.payload or {} for row in session.scalars(select(Outbox))]
    finally:
        store.close()
    return [p for p in payloads if p.get("draft") == DraftKind.FOLLOW_UP]


def _wanted(cli: Cli) -> list[dict[str, Any]]:
    shown = cli("status", "--json")
    assert shown.code == 0, shown.err
    rows: list[dict[str, Any]] = json.loads(shown.out)["notes_wanted"]
    return rows


def test_a_due_follow_up_asks_for_the_update_and_is_drafted_once_it_comes(
    cli: Cli, db_url: str
) -> None:
    # Given Dana, thanked and following up, whose follow-up timer fires with no update noted
    store = open_store(db_url)
    with store.transaction() as session:
        dana = repo.add_contact(session, name="Dana Whitfield", email=DANA).contact
        dana.stage = Stage.FOLLOWING_UP
        fired = Event(EventKind.TIMER_FIRED, utcnow(), timer=TimerKind.FOLLOW_UP)
        keys = apply_event(session, dana, fired, cause_id="t1", cadence=Cadence())
    store.close()

    # Then no follow-up is queued, and status asks for the update with the command to give it
    assert keys == []
    assert _follow_up_commands(db_url) == []
    wanted = _wanted(cli)
    assert [row["contact"] for row in wanted] == ["Dana Whitfield"]
    assert wanted[0]["command"].startswith(f"coffeechat notes add {DANA} --update ")
    assert "coffeechat notes add" in cli("status").out

    # When the user adds a private note, nothing changes; an update brings the follow-up
    cli("notes", "add", DANA, "she mentors career changers")
    assert _follow_up_commands(db_url) == []
    assert cli("notes", "add", DANA, "I joined UXPA", "--update").code == 0
    assert len(_follow_up_commands(db_url)) == 1
    assert _wanted(cli) == []


def test_status_suggests_a_takeaway_while_a_thank_you_waits_without_one(
    cli: Cli, db_url: str
) -> None:
    # Given a thank-you draft waiting to be sent, and no takeaway yet
    store = open_store(db_url)
    with store.transaction() as session:
        dana = repo.add_contact(session, name="Dana Whitfield", email=DANA).contact
        dana.stage = Stage.MET
        session.add(Draft(contact_id=dana.id, kind=DraftKind.THANK_YOU, key="c1/m/thanks"))
    store.close()

    # Then status suggests one, until the user adds it
    wanted = _wanted(cli)
    assert len(wanted) == 1
    assert wanted[0]["command"].startswith(f"coffeechat notes add {DANA} --takeaway ")
    cli("notes", "add", DANA, "she said to lead with my studies", "--takeaway")
    assert _wanted(cli) == []
