"""``coffeechat auth microsoft``: msal's token cache, stored encrypted."""

from __future__ import annotations

import json
import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from connectors.errors import ReauthRequired
from connectors.microsoft import OutlookMailConnector
from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.tls import ThrowawayTls
from daemon.accounts import find_account, open_mail
from daemon.settings import load_settings

COFFEECHAT = str(Path(sys.executable).with_name("coffeechat"))


def _config(tmp_path: Path, sandbox: Sandbox, tls: ThrowawayTls, creds: dict[str, str]) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
data_dir = "{tmp_path / "data"}"

[microsoft]
client_id = "{creds["client_id"]}"
tenant = "{creds["tenant"]}"

[secrets]
key_file = "{tmp_path / "data" / "secret.key"}"
use_keyring = false

[[accounts]]
provider = "microsoft"
address = "{creds["address"]}"
api_base = "{sandbox.base_url}"
ca_file = "{tls.ca_file}"
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def creds(https_admin: SandboxAdmin) -> dict[str, str]:
    return https_admin.create_mailbox(
        f"sam-{secrets.token_hex(4)}@outlook.example", provider="microsoft"
    )


@pytest.fixture
def config(
    tmp_path: Path, https_sandbox: Sandbox, tls: ThrowawayTls, creds: dict[str, str]
) -> Path:
    return _config(tmp_path, https_sandbox, tls, creds)


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("COFFEECHAT_")}


def _auth(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COFFEECHAT, "--config", str(config), "auth", "microsoft", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
        check=False,
    )


def _mail_works(config: Path, address: str) -> None:
    settings = load_settings(config)
    mail = open_mail(settings, find_account(settings, "microsoft", address))
    assert isinstance(mail, OutlookMailConnector)
    try:
        assert mail.link_up([]).messages == ()
    finally:
        mail.close()


def test_a_given_refresh_token_signs_in_and_the_cache_is_stored_encrypted(
    tmp_path: Path, config: Path, creds: dict[str, str]
) -> None:
    done = _auth(config, "--account", creds["address"], "--refresh-token", creds["refresh_token"])

    assert done.returncode == 0, done.stderr
    vault_file = tmp_path / "data" / "msal-cache.json"
    assert creds["refresh_token"] not in vault_file.read_text()
    assert "access_token" not in vault_file.read_text().lower()
    assert stat.S_IMODE(vault_file.stat().st_mode) == 0o600
    _mail_works(config, creds["address"])


def test_a_refused_refresh_token_is_one_line_and_nothing_is_stored(
    tmp_path: Path, config: Path, creds: dict[str, str]
) -> None:
    done = _auth(config, "--account", creds["address"], "--refresh-token", "not-a-real-token")

    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "re-authorisation needed" in done.stderr
    assert not (tmp_path / "data" / "msal-cache.json").exists()


def test_the_device_code_flow_is_the_default_and_signs_in_once_the_code_is_entered(
    config: Path, creds: dict[str, str], https_admin: SandboxAdmin
) -> None:
    command = [COFFEECHAT, "--config", str(config), "auth", "microsoft"]
    with subprocess.Popen(
        [*command, "--account", creds["address"]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    ) as flow:
        assert flow.stdout is not None
        prompt = flow.stdout.readline()
        code = prompt.split("enter the code ")[1].split()[0]

        https_admin.device_login(code, creds["address"])
        out, err = flow.communicate(timeout=30)

    assert flow.returncode == 0, err
    assert "authorised" in out
    _mail_works(config, creds["address"])


def test_an_account_never_signed_in_asks_for_auth(config: Path, creds: dict[str, str]) -> None:
    settings = load_settings(config)
    mail = open_mail(settings, find_account(settings, "microsoft", creds["address"]))

    with pytest.raises(ReauthRequired, match="coffeechat auth microsoft --account"):
        mail.link_up([])


#: A stand-in for the user's browser, run by msal through ``$BROWSER`` with the
#: sign-in page's address: it leaves at once (msal waits for it before it
#: listens), then loads the page as a browser would, trusting the sandbox's CA,
#: and submits the form the page answers with to the localhost listener.
_BROWSER = """#!{python}
import html.parser, json, os, sys
import requests

if os.fork():
    sys.exit(0)
url = sys.argv[1]


class Form(html.parser.HTMLParser):
    action, fields = "", {{}}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            Form.action = attrs["action"]
        elif tag == "input" and attrs.get("type") == "hidden":
            Form.fields[attrs["name"]] = attrs["value"]


page = requests.get(url, verify={ca!r}, timeout=30)
Form().feed(page.text)
posted = requests.post(Form.action, data=Form.fields, timeout=30)
with open({record!r}, "w") as out:
    json.dump({{"url": url, "page": page.status_code, "action": Form.action,
               "answer": posted.status_code}}, out)
"""


def test_the_browser_flow_signs_in_with_pkce_at_a_localhost_listener(
    tmp_path: Path, config: Path, creds: dict[str, str], tls: ThrowawayTls
) -> None:
    # Given a "browser" that follows the sign-in page as a user would
    record = tmp_path / "browsed.json"
    browser = tmp_path / "browser"
    browser.write_text(
        _BROWSER.format(python=sys.executable, ca=str(tls.ca_file), record=str(record)),
        encoding="utf-8",
    )
    browser.chmod(0o700)

    # When the user signs in with --browser
    done = subprocess.run(
        [COFFEECHAT, "--config", str(config), "auth", "microsoft"]
        + ["--account", creds["address"], "--browser"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**_env(), "BROWSER": str(browser)},
        check=False,
    )

    # Then msal asked for a code with PKCE, posted back to its localhost listener
    assert done.returncode == 0, done.stderr
    assert "authorised" in done.stdout
    browsed = json.loads(record.read_text(encoding="utf-8"))
    asked = parse_qs(urlsplit(browsed["url"]).query)
    assert asked["response_type"] == ["code"]
    assert asked["response_mode"] == ["form_post"]
    assert asked["code_challenge_method"] == ["S256"]
    assert asked["login_hint"] == [creds["address"]]
    assert asked["redirect_uri"][0].startswith("http://localhost:")
    assert browsed["action"] == asked["redirect_uri"][0]
    assert (browsed["page"], browsed["answer"]) == (200, 200)
    # and the token cache is stored encrypted, and works
    vault_file = tmp_path / "data" / "msal-cache.json"
    assert "access_token" not in vault_file.read_text().lower()
    assert stat.S_IMODE(vault_file.stat().st_mode) == 0o600
    _mail_works(config, creds["address"])


def test_browser_and_a_refresh_token_together_is_one_line(
    config: Path, creds: dict[str, str]
) -> None:
    done = _auth(config, "--account", creds["address"], "--browser", "--refresh-token", "x")

    assert done.returncode != 0
    assert done.stderr.count("\n") == 1 and "not both" in done.stderr
