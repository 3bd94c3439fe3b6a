"""contacts add/import --account and the account in contacts list/show, through the real CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from connectors.errors import CoffeechatError, InputError, NotFound
from tests.cli.support import DATA, Cli
from workflows.mailbox import writing_account

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
