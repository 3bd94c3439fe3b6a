"""``notes add`` with its kinds and ``preview`` through the real CLI, on a real store."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from daemon.store.db import open_store
from daemon.store.models import Note, NoteKind
from tests.cli.support import Cli

PRIVATE = "Maya says he mentors career changers"


@pytest.fixture
def dana(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COFFEECHAT_USER__NAME", "Sam Rivera")
    monkeypatch.setenv("COFFEECHAT_USER__EMAIL", "sam@example.com")
    added = cli(
        "contacts", "add", "Dana Lee", "--email", "dana@acme.example", "--org", "Acme Health",
        "--role", "UX Lead", "--how-found", "her talk at UXDC",
    )  # fmt: skip
    assert added.code == 0
    return "dana@acme.example"


def test_notes_add_records_the_kind_it_is_given(cli: Cli, dana: str, db_url: str) -> None:
    plain = cli("notes", "add", dana, PRIVATE)
    takeaway = cli("notes", "add", dana, "she said to lead with my studies", "--takeaway")
    update = cli("notes", "add", dana, "I joined UXPA", "--update")
    assert plain.out.startswith("private note (prep brief only) added to #1 Dana Lee")
    assert takeaway.out.startswith("takeaway (for the thank-you) added")
    assert update.out.startswith("update (for the follow-up) added")
    store = open_store(db_url)
    try:
        with store.transaction() as session:
            kinds = [note.kind for note in session.scalars(select(Note).order_by(Note.id))]
    finally:
        store.close()
    assert kinds == [NoteKind.NOTE, NoteKind.TAKEAWAY, NoteKind.UPDATE]


def test_a_note_is_a_takeaway_or_an_update_not_both(cli: Cli, dana: str) -> None:
    both = cli("notes", "add", dana, "text", "--takeaway", "--update")
    assert both.code != 0
    assert "not both" in both.err


@pytest.mark.parametrize(
    "kind",
    ["outreach", "referral-outreach", "nudge", "scheduling-reply", "confirmation",
     "thank-you", "close-out", "brief"],
)  # fmt: skip
def test_preview_renders_any_kind_without_a_daemon(cli: Cli, dana: str, kind: str) -> None:
    cli("notes", "add", dana, PRIVATE)
    shown = cli("preview", "Dana", kind)
    assert shown.code == 0, shown.err
    assert shown.out.startswith("Subject: ")
    assert "Dana" in shown.out
    if kind == "brief":
        assert PRIVATE in shown.out
    else:
        assert "career changers" not in shown.out
        assert "your talk at UXDC" in shown.out or kind != "outreach"


def test_preview_names_the_facts_it_stood_in_for(cli: Cli, dana: str) -> None:
    shown = cli("preview", "Dana", "confirmation")
    assert "# preview: no meeting is agreed yet" in shown.err
    assert "# preview" not in shown.out


def test_preview_of_a_follow_up_needs_an_update(cli: Cli, dana: str) -> None:
    missing = cli("preview", "Dana", "follow-up")
    assert missing.code == 2
    assert missing.err.count("\n") == 1 and "--update" in missing.err
    cli("notes", "add", dana, "I ran my first usability study", "--update")
    shown = cli("preview", "Dana", "follow-up")
    assert shown.code == 0
    assert "I ran my first usability study." in shown.out


def test_preview_of_an_unknown_kind_is_a_one_line_error(cli: Cli, dana: str) -> None:
    bad = cli("preview", "Dana", "love-letter")
    assert bad.code == 2
    assert bad.err.startswith("coffeechat: error: unknown draft kind 'love-letter'")
    assert bad.err.count("\n") == 1
