"""The SECURITY.md promises that no other test already holds."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

import pytest

from connectors.base import DraftSpec
from connectors.errors import ConfigError, InputError
from connectors.google import SCOPES
from connectors.mime import build_draft, new_message_id
from daemon.settings import load_settings
from daemon.vault import TokenVault
from workflows.drafting import ContactFacts, DraftContext, Sender, build_brief, render_draft
from workflows.stages import DraftKind

ROOT = Path(__file__).parents[2]
#: What a template engine would turn into something else if it evaluated the text.
TEMPLATE_TEXT = "{{ 7 * 7 }} {% for x in range(3) %}x{% endfor %} ${7*7} #{7*7}"
INJECTION = "Eve\r\nBcc: evil@example.com"


# ---------------------------------------------------------------- endpoints


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080", "http://127.8.0.1/x", "http://[::1]:9000", "http://localhost:1/"],
)
def test_plain_http_to_a_loopback_address_is_allowed(tmp_path: Path, url: str) -> None:
    config = _account_config(tmp_path, api_base=url, token_uri=url + "/token")
    assert load_settings(config).accounts[0].api_base == url


@pytest.mark.parametrize(
    ("key", "url"),
    [
        ("api_base", "http://gmail.googleapis.com"),
        ("token_uri", "http://oauth2.googleapis.com/token"),
        ("api_base", "http://10.0.0.5:8080"),
        ("token_uri", "http://localhost.evil.example/token"),
    ],
)
def test_plain_http_elsewhere_is_refused_in_one_line(tmp_path: Path, key: str, url: str) -> None:
    config = _account_config(tmp_path, **{key: url})

    with pytest.raises(ConfigError) as refused:
        load_settings(config)

    assert str(refused.value) == (
        f"{config}: accounts[0].{key}: plain http is only for a loopback address, "
        f"use https: {url!r}"
    )


def _account_config(folder: Path, **fields: str) -> Path:
    lines = ["[[accounts]]", 'provider = "google"', 'address = "sam@example.com"']
    lines += [f'{key} = "{value}"' for key, value in fields.items()]
    config = folder / "config.toml"
    config.write_text("\n".join(lines) + "\n")
    return config


# ---------------------------------------------------------------- the vault key


def test_a_key_file_beside_the_vault_is_warned_about(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    beside = TokenVault(tmp_path / "tokens.json", key_file=tmp_path / "k", use_keyring=False)
    apart = TokenVault(
        tmp_path / "data" / "tokens.json", key_file=tmp_path / "etc" / "k", use_keyring=False
    )

    with caplog.at_level(logging.WARNING, logger="daemon.vault"):
        apart.put("n", "secret")
        assert caplog.records == []
        beside.put("n", "secret")

    [warning] = caplog.records
    assert "sits beside the vault" in warning.getMessage()


# ---------------------------------------------------------------- scopes and sending


def test_google_scopes_are_the_least_that_do_the_job() -> None:
    assert set(SCOPES) == {
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/calendar.events.owned",
        "https://www.googleapis.com/auth/calendar.freebusy",
    }


def test_no_code_calls_a_send_endpoint() -> None:
    # The sandbox flags a send at run time; this finds one that no test walks.
    send_call = re.compile(
        r"\.(?:drafts|messages)\(\)\s*\.send\(|/messages/send|/drafts/send|sendMail"
    )
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("daemon", "connectors", "workflows")
        for path in (ROOT / package).rglob("*.py")
        if "sandbox" not in path.parts
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if send_call.search(line)
    ]
    assert offenders == []


# ---------------------------------------------------------------- untrusted text


def test_text_from_mail_and_contacts_is_never_evaluated_as_a_template(sender: Sender) -> None:
    # Given a contact whose every field, and the gist of their last email, is template code
    contact = ContactFacts(
        name=TEMPLATE_TEXT,
        email="eve@example.com",
        organization=TEMPLATE_TEXT,
        role=TEMPLATE_TEXT,
        how_found=TEMPLATE_TEXT,
        referrer_name=TEMPLATE_TEXT,
        earlier_gist=[TEMPLATE_TEXT],
    )
    ctx = DraftContext(sender=sender, contact=contact)

    # When the outreach, the referral outreach and the prep brief are written
    outreach = render_draft(DraftKind.OUTREACH, ctx)
    referral = render_draft(DraftKind.REFERRAL_OUTREACH, ctx)
    brief = build_brief(ctx)

    # Then the code is there as the words it is, never run
    for text in (outreach.text, referral.text, brief.text):
        assert TEMPLATE_TEXT in text
        assert "49" not in text and "xxx" not in text
    # and in the HTML alternative it is escaped text, not markup
    assert (
        "<script>"
        not in render_draft(
            DraftKind.OUTREACH, replace(ctx, contact=replace(contact, name="<script>x</script>"))
        ).html
    )


@pytest.mark.parametrize(
    "field", ["to", "cc", "subject", "in_reply_to", "references"], ids=lambda f: f
)
def test_a_header_injection_through_any_field_is_refused(field: str) -> None:
    value: object = INJECTION
    if field in ("to", "cc", "references"):
        value = (INJECTION,)
    spec = replace(
        DraftSpec(key="k", to=("a@example.com",), subject="Hi", text="x"), **{field: value}
    )

    with pytest.raises(InputError, match="cannot be written as email"):
        build_draft(spec, "me@example.com", new_message_id("me@example.com"))


def test_a_referrer_named_to_inject_a_header_adds_no_header(sender: Sender) -> None:
    # The referrer's name comes from a reply: untrusted text that lands in a subject
    contact = ContactFacts(name="Lena Ortiz", email="lena@example.com", referrer_name=INJECTION)
    draft = render_draft(DraftKind.REFERRAL_OUTREACH, DraftContext(sender=sender, contact=contact))
    spec = DraftSpec(key="k", to=("lena@example.com",), subject=draft.subject, text=draft.text)

    # Then the subject is one line, and the draft carries no header of the name's making
    assert "\r" not in draft.subject and "\n" not in draft.subject
    raw = build_draft(spec, "sam@example.com", new_message_id("sam@example.com"))
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert not re.search(rb"^Bcc:", headers, re.MULTILINE | re.IGNORECASE)


def test_every_test_security_md_names_exists() -> None:
    text = (ROOT / "SECURITY.md").read_text()
    named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", text)
    assert len(named) >= 25
    missing = [
        f"{path}::{name}"
        for path, name in named
        if not re.search(rf"^def {name}\(", (ROOT / path).read_text(), re.MULTILINE)
    ]
    assert missing == []
    # and every numbered promise names at least one
    promises = re.split(r"^### ", text, flags=re.MULTILINE)[1:]
    assert len(promises) == 10
    assert all("`tests/" in promise for promise in promises)
