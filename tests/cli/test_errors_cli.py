"""A contact reference that matches no one, or several, is one line and exit 2."""

from __future__ import annotations

import pytest

from tests.cli.support import Cli

COMMANDS_TAKING_A_CONTACT = [
    ("contacts", "show", "{ref}"),
    ("contacts", "show", "{ref}", "--json"),
    ("notes", "add", "{ref}", "a note"),
    ("stage", "{ref}", "closed"),
    ("log", "{ref}"),
    ("log", "{ref}", "--json"),
]


@pytest.mark.parametrize("command", COMMANDS_TAKING_A_CONTACT, ids=" ".join)
def test_unknown_contact_is_one_line_and_exit_2(cli: Cli, command: tuple[str, ...]) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")

    result = cli(*(part.format(ref="zed") for part in command))

    assert result.code == 2
    assert result.err_lines == ["coffeechat: error: no contact matches 'zed'"]
    assert result.out == ""


@pytest.mark.parametrize("ref", ["99", "nobody@example.com"])
def test_unknown_id_or_address_is_one_line(cli: Cli, ref: str) -> None:
    result = cli("contacts", "show", ref)

    assert result.code == 2
    assert result.err_lines == [f"coffeechat: error: no contact matches '{ref}'"]


def test_ambiguous_name_lists_the_matches_in_one_line(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    cli("contacts", "add", "Joanne Park", "--email", "jo@example.com")
    cli("contacts", "add", "Bo Chen", "--email", "bo@example.com")

    result = cli("contacts", "show", "ann")

    assert result.code == 2
    assert result.err_lines == [
        "coffeechat: error: 'ann' matches 2 contacts: #1 Ann Lee, #2 Joanne Park (use the number)"
    ]


def test_ambiguous_referrer_on_add_is_one_line_and_adds_nothing(cli: Cli) -> None:
    cli("contacts", "add", "Ann Lee", "--email", "ann@example.com")
    cli("contacts", "add", "Joanne Park", "--email", "jo@example.com")

    result = cli("contacts", "add", "Cy Diaz", "--referred-by", "ann")

    assert result.code == 2
    assert len(result.err_lines) == 1 and "matches 2 contacts" in result.err
    assert "Cy Diaz" not in cli("contacts", "list").out


def test_unknown_stage_filter_on_list_is_one_line(cli: Cli) -> None:
    result = cli("contacts", "list", "--stage", "done")

    assert result.code == 2
    assert len(result.err_lines) == 1
    assert result.err.startswith("coffeechat: error: unknown stage 'done' (valid: identified,")
