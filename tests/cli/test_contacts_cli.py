"""contacts add/list/show, notes add, stage, log and status through the real CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from daemon.cli import status
from daemon.cli.context import CommandContext
from daemon.store.db import open_store
from daemon.store.models import Draft, DraftStatus, Outbox, Timer, TimerStatus
from tests.cli.support import Cli


def test_add_then_list_shows_the_contact_and_needs_email(cli: Cli) -> None:
    added = cli(
        "contacts", "add", "Ann Lee", "--email", "Ann@Example.com", "--org", "Globex",
        "--role", "CTO", "--how-found", "Meetup talk",
    )  # fmt: skip
    no_address = cli("contacts", "add", "Bo Chen", "--org", "Initech")

    assert (added.code, no_address.code) == (0, 0)
    assert added.out.strip() == "added #1 Ann Lee."
    assert no_address.out.strip() == "added #2 Bo Chen (needs email)."
    listed = cli("contacts", "list")
    assert listed.code == 0
    ann_line = next(line for line in listed.out.splitlines() if "Ann Lee" in line)
    bo_line = next(line for line in listed.out.splitlines() if "Bo Chen" in line)
    assert "ann@example.com" in ann_line and "identified" in ann_line and "Globex" in ann_line
    assert "needs email" in bo_line
    assert "2 contacts" in listed.out


def test_list_json_has_stable_keys(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")

    records = json.loads(cli("contacts", "list", "--json").out)

    assert len(records) == 1
    assert set(records[0]) == {
        "id", "name", "email", "needs_email", "organization", "role", "stage", "paused_from",
        "manual", "source", "account", "how_found", "referred_by_id", "referred_by_name",
        "linkedin_url", "created_at", "updated_at",
    }  # fmt: skip
    assert records[0]["email"] == "ann@example.com"
    assert records[0]["needs_email"] is False
    assert records[0]["source"] == "cli"
    assert records[0]["stage"] == "identified"


def test_list_filters_by_stage(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    cli("contacts", "add", "Bo Chen", "--email", "bo@example.com")
    cli("stage", "bo", "closed")

    closed = json.loads(cli("contacts", "list", "--stage", "closed", "--json").out)
    identified = json.loads(cli("contacts", "list", "--stage", "IDENTIFIED", "--json").out)

    assert [c["name"] for c in closed] == ["Bo Chen"]
    assert [c["name"] for c in identified] == ["Ann Lee"]


def test_adding_a_known_address_changes_nothing(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")

    again = cli("contacts", "add", "Ann B. Lee", "--email", "ANN@example.com", "--note", "x")

    assert again.code == 0
    assert "already present: #1 Ann Lee" in again.out
    shown = json.loads(cli("contacts", "show", "1", "--json").out)
    assert shown["contact"]["name"] == "Ann Lee"
    assert shown["notes"] == []
    assert len(json.loads(cli("contacts", "list", "--json").out)) == 1


def test_add_with_invalid_email_is_one_line_error(cli: Cli) -> None:
    result = cli("contacts", "add", "Bob", "--email", "bob@")

    assert result.code == 2
    assert result.err_lines == ["coffeechat: error: invalid email 'bob@'"]
    assert json.loads(cli("contacts", "list", "--json").out) == []


def test_referred_by_links_an_existing_contact_or_keeps_a_name(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    cli(
        "contacts",
        "add",
        "Bo Chen",
        "--email",
        "bo@example.com",
        "--referred-by",
        "ann@example.com",
    )
    cli("contacts", "add", "Cy Diaz", "--email", "cy@example.com", "--referred-by", "Dee from Acme")

    bo = json.loads(cli("contacts", "show", "Bo", "--json").out)["contact"]
    cy = json.loads(cli("contacts", "show", "Cy", "--json").out)["contact"]

    assert (bo["referred_by_id"], bo["referred_by_name"]) == (1, "Ann Lee")
    assert (cy["referred_by_id"], cy["referred_by_name"]) == (None, "Dee from Acme")
    assert "referred by:  Ann Lee (#1)" in cli("contacts", "show", "Bo").out


def test_show_by_id_address_or_name_part_with_notes_and_events(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com", "--note", "Met at PyCon")

    by_id = cli("contacts", "show", "1")
    by_address = cli("contacts", "show", "ANN@example.com")
    by_name = cli("contacts", "show", "lee")

    assert by_id.code == by_address.code == by_name.code == 0
    assert by_id.out == by_address.out == by_name.out
    assert by_id.out.startswith("#1 Ann Lee\n")
    assert "Met at PyCon" in by_id.out
    assert "added" in by_id.out  # the event log's first row
    shown = json.loads(cli("contacts", "show", "1", "--json").out)
    assert set(shown) == {"contact", "notes", "events"}
    assert [n["text"] for n in shown["notes"]] == ["Met at PyCon"]
    assert [(e["actor"], e["cause"], e["to_stage"]) for e in shown["events"]] == [
        ("user", "added", "identified")
    ]


def test_notes_add_keeps_the_text_as_written(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")

    result = cli("notes", "add", "ann", "Ask about [platform] team :coffee:")

    assert result.code == 0
    assert result.out.strip() == "private note (prep brief only) added to #1 Ann Lee."
    shown = cli("contacts", "show", "ann")
    assert "Ask about [platform] team :coffee:" in shown.out
    notes = json.loads(cli("contacts", "show", "ann", "--json").out)["notes"]
    assert [n["text"] for n in notes] == ["Ask about [platform] team :coffee:"]


def test_empty_note_is_one_line_error(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")

    result = cli("notes", "add", "ann", "   ")

    assert result.code == 2
    assert result.err_lines == ["coffeechat: error: the note is empty"]


def test_stage_sets_by_hand_and_logs_it(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")

    moved = cli("stage", "ann", "Awaiting-Reply", "--reason", "sent it from my phone")
    same = cli("stage", "ann", "awaiting_reply")

    assert moved.code == 0
    assert moved.out.strip() == "#1 Ann Lee: identified -> awaiting_reply"
    assert "already at awaiting_reply" in same.out
    contact = json.loads(cli("contacts", "show", "ann", "--json").out)["contact"]
    assert (contact["stage"], contact["manual"]) == ("awaiting_reply", True)
    events = json.loads(cli("log", "ann", "--json").out)["events"]
    assert [(e["actor"], e["from_stage"], e["to_stage"], e["cause"]) for e in events] == [
        ("user", None, "identified", "added"),
        ("user", "identified", "awaiting_reply", "user: stage set to awaiting_reply"),
    ]
    assert events[1]["detail"]["reason"] == "sent it from my phone"


def test_stage_pause_remembers_where_it_was(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    cli("stage", "ann", "scheduling")

    cli("stage", "ann", "paused")

    contact = json.loads(cli("contacts", "show", "ann", "--json").out)["contact"]
    assert (contact["stage"], contact["paused_from"]) == ("paused", "scheduling")
    assert "paused (from scheduling), set by hand" in cli("contacts", "show", "ann").out


def test_unknown_stage_lists_the_valid_ones_in_one_line(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")

    result = cli("stage", "ann", "married")

    assert result.code == 2
    assert result.err_lines == [
        "coffeechat: error: unknown stage 'married' (valid: identified, outreach_drafted, "
        "awaiting_reply, scheduling, confirmed, met, following_up, paused, closed)"
    ]


def test_log_shows_every_transition_in_order(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    cli("stage", "ann", "scheduling")
    cli("stage", "ann", "closed")

    result = cli("log", "ann")
    payload = json.loads(cli("log", "ann", "--json").out)

    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "#1 Ann Lee (closed)"
    moves = [line for line in lines if "->" in line]
    assert ["identified -> scheduling" in moves[1], "scheduling -> closed" in moves[2]] == [
        True,
        True,
    ]
    assert payload["contact"] == {"id": 1, "name": "Ann Lee"}
    assert [set(e) for e in payload["events"]] == [
        {"id", "at", "actor", "from_stage", "to_stage", "cause", "detail"}
    ] * 3


def test_status_counts_per_stage(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    cli("contacts", "add", "Bo Chen")
    cli("contacts", "add", "Cy Diaz", "--email", "cy@example.com")
    cli("stage", "cy", "closed")

    board = json.loads(cli("status", "--json").out)
    shown = cli("status")

    assert board["counts"] == {
        "identified": 2, "outreach_drafted": 0, "awaiting_reply": 0, "scheduling": 0,
        "confirmed": 0, "met": 0, "following_up": 0, "paused": 0, "closed": 1,
    }  # fmt: skip
    assert (board["total"], board["needs_email"]) == (3, 1)
    assert board["waiting_on_you"] == [] and board["due_next"] == []
    assert shown.code == 0
    assert "3 contacts" in shown.out
    assert "1 need an email address" in shown.out
    assert "no drafts waiting" in shown.out


def test_status_lists_drafts_waiting_and_timers_due_next(cli: Cli, db_url: str) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    cli("contacts", "add", "Bo Chen", "--email", "bo@example.com")
    now = datetime.now(UTC)
    store = open_store(db_url)
    try:
        with store.transaction() as session:
            session.add_all(
                [
                    Draft(
                        contact_id=1,
                        kind="outreach",
                        key="d1",
                        provider_draft_id="r-123",
                        status=DraftStatus.PENDING,
                    ),
                    Outbox(
                        key="d1",
                        contact_id=1,
                        kind="write_draft",
                        payload={"draft": "outreach"},
                        result={"kind": "outreach", "subject": "Coffee chat?"},
                    ),
                    Draft(contact_id=2, kind="outreach", key="d2", status=DraftStatus.SENT),
                    Timer(contact_id=2, kind="nudge", key="t1", due_at=now + timedelta(days=7)),
                    Timer(contact_id=1, kind="wake_up", key="t2", due_at=now + timedelta(days=2)),
                    Timer(
                        contact_id=1,
                        kind="nudge",
                        key="t3",
                        due_at=now + timedelta(days=1),
                        status=TimerStatus.CANCELLED,
                    ),
                ]
            )
    finally:
        store.close()

    board = json.loads(cli("status", "--json").out)
    shown = cli("status").out

    assert [
        (d["contact"], d["id"], d["kind"], d["subject"], d["status"])
        for d in board["waiting_on_you"]
    ] == [("Ann Lee", "r-123", "outreach", "Coffee chat?", "pending")]
    assert [(t["contact"], t["kind"]) for t in board["due_next"]] == [
        ("Ann Lee", "wake_up"),
        ("Bo Chen", "nudge"),
    ]
    assert datetime.fromisoformat(board["due_next"][0]["due"]) == now + timedelta(days=2)
    waiting = shown[shown.index("Waiting on you") : shown.index("Due next")]
    assert "Ann Lee" in waiting and "outreach" in waiting and "Bo Chen" not in waiting
    due = shown[shown.index("Due next") :]
    assert due.index("wake_up") < due.index("nudge")


def test_registered_section_appears_in_status(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status, "SECTIONS", list(status.SECTIONS))  # keep other tests' board
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")

    def accounts(ctx: CommandContext, limit: int) -> list[dict[str, object]]:
        return [{"address": "me@example.com", "last_sync": datetime(2024, 5, 1, 12, tzinfo=UTC)}]

    status.register_section(
        status.BoardSection(
            key="example",
            title="Example section",
            columns=("address", "last_sync"),
            collect=accounts,
        )
    )

    board = json.loads(cli("status", "--json").out)
    shown = cli("status").out

    assert board["example"] == [
        {"address": "me@example.com", "last_sync": "2024-05-01T12:00:00+00:00"}
    ]
    assert "Example section" in shown and "me@example.com" in shown and "2024-05-01 12:00" in shown
    with pytest.raises(ValueError, match="already registered"):
        status.register_section(status.SECTIONS[-1])
