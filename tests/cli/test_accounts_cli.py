"""contacts add|import|move --account, and the account in contacts list|show, via the real CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from connectors.errors import CoffeechatError, InputError, NotFound
from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Direction, Draft, Meeting, Message, Outbox, OutboxStatus
from tests.cli.support import DATA, Cli
from workflows.mailbox import Footprint, account_move, writing_account

GMAIL = "sam@gmail.example"
OUTLOOK = "sam@outlook.example"

Configure = Callable[..., None]


@pytest.fixture
def configure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Configure:
    """``configure(GMAIL, OUTLOOK)``: the CLI reads a config with those accounts."""

    def write(*addresses: str) -> None:
        entries = [
            f'[[accounts]]\nprovider = "{"microsoft" if "outlook" in a else "google"}"\n'
            f'address = "{a}"\n'
            for a in addresses
        ]
        config = tmp_path / "config.toml"
        config.write_text('[microsoft]\nclient_id = "app"\n\n' + "\n".join(entries))
        monkeypatch.setenv("COFFEECHAT_CONFIG", str(config))

    return write


@pytest.mark.parametrize(
    ("configured", "requested", "expected"),
    [
        ((), None, None),
        ((GMAIL,), None, None),  # the one account claims it at its first sync
        ((GMAIL,), GMAIL.upper(), GMAIL),
        ((GMAIL, OUTLOOK), OUTLOOK, OUTLOOK),
        ((GMAIL, OUTLOOK), None, InputError),
        ((GMAIL, OUTLOOK), "nobody@example.com", NotFound),
        ((), GMAIL, NotFound),
    ],
)
def test_writing_account_table(
    configured: tuple[str, ...],
    requested: str | None,
    expected: str | type[CoffeechatError] | None,
) -> None:
    if isinstance(expected, type):
        with pytest.raises(expected):
            writing_account(configured, requested)
    else:
        assert writing_account(configured, requested) == expected


def listed(cli: Cli) -> list[dict[str, object]]:
    records: list[dict[str, object]] = json.loads(cli("contacts", "list", "--json").out)
    return records


def test_one_account_needs_no_flag_and_lists_no_account(cli: Cli, configure: Configure) -> None:
    configure(GMAIL)

    added = cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")

    assert added.code == 0, added.err
    # Left to the account's first sync, as before there was a flag.
    assert [c["account"] for c in listed(cli)] == [None]
    assert "account" not in cli("contacts", "list").out
    assert "account" not in cli("contacts", "show", "ann").out


def test_add_with_account_sets_it_and_listings_name_it(cli: Cli, configure: Configure) -> None:
    configure(GMAIL, OUTLOOK)

    added = cli("contacts", "add", "Ann Lee", "--email", "ann@example.com", "--account", GMAIL)
    other = cli("contacts", "add", "Bo Chen", "--account", "Sam@Outlook.Example ")

    assert (added.code, other.code) == (0, 0), added.err + other.err
    assert [c["account"] for c in listed(cli)] == [GMAIL, OUTLOOK]
    table = cli("contacts", "list").out.splitlines()
    assert "account" in table[1]
    assert GMAIL in next(line for line in table if "Ann Lee" in line)
    assert OUTLOOK in next(line for line in table if "Bo Chen" in line)
    assert f"account:      {OUTLOOK}" in cli("contacts", "show", "bo").out
    shown = json.loads(cli("contacts", "show", "bo", "--json").out)
    assert shown["contact"]["account"] == OUTLOOK


def test_two_accounts_and_no_flag_is_refused(cli: Cli, configure: Configure) -> None:
    configure(GMAIL, OUTLOOK)

    added = cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    imported = cli("contacts", "import", str(DATA / "contacts_generic.csv"))

    for result in (added, imported):
        assert result.code == 2
        assert result.err_lines == [
            "coffeechat: error: 2 accounts are configured; say which one writes to the "
            f"contact with --account ({GMAIL}, {OUTLOOK})"
        ]
    assert listed(cli) == []


def test_unknown_account_is_refused_and_nothing_written(cli: Cli, configure: Configure) -> None:
    configure(GMAIL, OUTLOOK)

    added = cli("contacts", "add", "Ann Lee", "--account", "nobody@example.com")
    imported = cli(
        "contacts", "import", str(DATA / "contacts_generic.csv"), "--account", "nobody@example.com"
    )

    for result in (added, imported):
        assert result.code == 2
        assert result.err_lines == [
            "coffeechat: error: no account 'nobody@example.com' is configured "
            f"(accounts: {GMAIL}, {OUTLOOK})"
        ]
    assert listed(cli) == []


def test_account_flag_without_any_configured_account_is_refused(
    cli: Cli, configure: Configure
) -> None:
    configure()

    result = cli("contacts", "add", "Ann Lee", "--account", GMAIL)

    assert result.code == 2
    assert result.err_lines == [
        f"coffeechat: error: no account {GMAIL!r} is configured (accounts: none)"
    ]
    assert listed(cli) == []


def test_import_with_account_sets_it_on_new_contacts_only(
    cli: Cli, configure: Configure, tmp_path: Path
) -> None:
    configure(GMAIL, OUTLOOK)
    # Given a file whose first person is already known, written to from Gmail
    sheet = tmp_path / "people.csv"
    sheet.write_text("name,email\nAnn Lee,ann@example.com\nBo Chen,bo@example.com\nCy Diaz,\n")
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com", "--account", GMAIL)

    result = cli("contacts", "import", str(sheet), "--account", OUTLOOK)

    assert result.code == 0, result.err
    assert result.out.strip() == "imported 2, already present 1, need an email 1, rejected 0"
    accounts = {c["name"]: c["account"] for c in listed(cli)}
    assert accounts == {"Ann Lee": GMAIL, "Bo Chen": OUTLOOK, "Cy Diaz": OUTLOOK}


def test_unclaimed_contacts_show_the_first_sync_claims_them(cli: Cli, configure: Configure) -> None:
    # Given a contact added while there was one account, then a second account
    configure(GMAIL)
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    configure(GMAIL, OUTLOOK)

    row = next(line for line in cli("contacts", "list").out.splitlines() if "Ann Lee" in line)

    assert "first to sync" in row
    assert listed(cli)[0]["account"] is None


NOTHING = Footprint()


@pytest.mark.parametrize(
    ("current", "footprint", "needed", "refused"),
    [
        (GMAIL, NOTHING, True, None),
        (None, NOTHING, True, None),  # unclaimed: no mailbox wrote to them yet
        (OUTLOOK, Footprint(drafts=1, thread=True), False, None),  # already there
        (GMAIL, Footprint(thread=True), False, "a thread cannot move between mailboxes"),
        (GMAIL, Footprint(drafts=2), False, "drafts were written to them from " + GMAIL),
        (GMAIL, Footprint(meetings=1), False, "events cannot move between calendars"),
        (GMAIL, Footprint(started=1), False, "the daemon is already writing to them"),
        (None, Footprint(thread=True), False, "their conversation is in another mailbox"),
    ],
)
def test_account_move_table(
    current: str | None, footprint: Footprint, needed: bool, refused: str | None
) -> None:
    decided = account_move(current, OUTLOOK, footprint)

    assert decided.needed is needed
    if refused is None:
        assert decided.refused is None
    else:
        assert decided.refused is not None and refused in decided.refused


def account_of(cli: Cli, name: str) -> object:
    return next(c["account"] for c in listed(cli) if c["name"] == name)


def test_move_hands_a_contact_nothing_was_written_to_to_the_other_mailbox(
    cli: Cli, configure: Configure
) -> None:
    configure(GMAIL, OUTLOOK)
    # Given a contact imported under the wrong mailbox, and one left to the first sync
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com", "--account", GMAIL)
    configure(GMAIL)
    cli("contacts", "add", "Bo Chen", "--email", "bo@example.com")
    configure(GMAIL, OUTLOOK)

    moved = cli("contacts", "move", "ann", "--account", OUTLOOK)
    claimed = cli("contacts", "move", "bo", "--account", "Sam@Outlook.Example")
    again = cli("contacts", "move", "ann", "--account", OUTLOOK)

    assert (moved.code, claimed.code, again.code) == (0, 0, 0), moved.err + claimed.err
    assert moved.out.strip() == f"#1 Ann Lee: {GMAIL} -> {OUTLOOK}"
    assert claimed.out.strip() == f"#2 Bo Chen: first to sync -> {OUTLOOK}"
    assert again.out.strip() == f"#1 Ann Lee is already on {OUTLOOK}; nothing changed."
    assert (account_of(cli, "Ann Lee"), account_of(cli, "Bo Chen")) == (OUTLOOK, OUTLOOK)
    # and the log says who moved her, from where to where
    (event,) = [
        e
        for e in json.loads(cli("log", "ann", "--json").out)["events"]
        if e["cause"] == "account_moved"
    ]
    assert (event["actor"], event["detail"]) == ("user", {"from": GMAIL, "to": OUTLOOK})


def _given(db_url: str, make: Callable[[int, int], object]) -> None:
    """Store what ``make(contact_id, account_id)`` builds, as the daemon would have."""
    store = open_store(db_url)
    try:
        with store.transaction() as session:
            contact = repo.find_contact(session, "ann")
            assert contact.account_id is not None
            session.add(make(contact.id, contact.account_id))
    finally:
        store.close()


WRITTEN: dict[str, Callable[[int, int], object]] = {
    "a draft": lambda c, _: Draft(contact_id=c, kind="outreach", key="o1"),
    "a thread": lambda c, a: Message(
        account_id=a, provider_id="m1", thread_id="t1", contact_id=c, direction=Direction.IN
    ),
    "a meeting": lambda c, _: Meeting(
        contact_id=c,
        start=datetime(2030, 1, 7, 15, tzinfo=UTC),
        end=datetime(2030, 1, 7, 15, 30, tzinfo=UTC),
    ),
    "a command under way": lambda c, _: Outbox(
        key="o1", contact_id=c, kind="write_draft", status=OutboxStatus.RUNNING, attempts=1
    ),
}
WHY = {
    "a draft": f"drafts were written to them from {GMAIL}; a thread cannot move between mailboxes",
    "a thread": f"their conversation is in {GMAIL}, and a thread cannot move between mailboxes",
    "a meeting": f"their meeting is on {GMAIL}'s calendar; events cannot move between calendars",
    "a command under way": f"the daemon is already writing to them from {GMAIL}; "
    "try again once it is done",
}


@pytest.mark.parametrize("written", list(WRITTEN))
def test_move_is_refused_once_something_was_written_from_the_old_mailbox(
    cli: Cli, configure: Configure, db_url: str, written: str
) -> None:
    configure(GMAIL, OUTLOOK)
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com", "--account", GMAIL)
    _given(db_url, WRITTEN[written])

    result = cli("contacts", "move", "ann", "--account", OUTLOOK)

    assert result.code == 2
    assert result.err_lines == [
        f"coffeechat: error: cannot move #1 Ann Lee to {OUTLOOK}: {WHY[written]}"
    ]
    assert account_of(cli, "Ann Lee") == GMAIL


def test_move_of_an_unknown_contact_or_to_an_unknown_account_is_one_line(
    cli: Cli, configure: Configure
) -> None:
    configure(GMAIL, OUTLOOK)
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com", "--account", GMAIL)

    nobody = cli("contacts", "move", "zed", "--account", OUTLOOK)
    nowhere = cli("contacts", "move", "ann", "--account", "nobody@example.com")

    assert (nobody.code, nowhere.code) == (2, 2)
    assert len(nobody.err_lines) == 1 and nobody.err_lines[0].startswith("coffeechat: error: ")
    assert "zed" in nobody.err
    assert nowhere.err_lines == [
        "coffeechat: error: no account 'nobody@example.com' is configured "
        f"(accounts: {GMAIL}, {OUTLOOK})"
    ]
    assert account_of(cli, "Ann Lee") == GMAIL
