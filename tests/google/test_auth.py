"""``coffeechat auth google``: tokens stored encrypted, from a given token or the loopback flow."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from connectors.errors import ReauthRequired
from connectors.google import GmailConnector
from connectors.sandbox import Sandbox
from daemon.accounts import find_account, open_mail, token_name, token_vault
from daemon.settings import AccountSettings, Settings, load_settings
from tests.google.conftest import Account

COFFEECHAT = str(Path(sys.executable).with_name("coffeechat"))


def _config(tmp_path: Path, account: Account, sandbox: Sandbox) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
data_dir = "{tmp_path / "data"}"

[google]
client_id = "{account.client.client_id}"
client_secret = "{account.client.client_secret}"

[secrets]
key_file = "{tmp_path / "data" / "secret.key"}"
use_keyring = false

[[accounts]]
provider = "google"
address = "{account.address}"
api_base = "{sandbox.base_url}"
""",
        encoding="utf-8",
    )
    return path


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COFFEECHAT_", "OAUTHLIB_"))}
    return {**env, **extra}


def _auth(config: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COFFEECHAT, "--config", str(config), "auth", "google", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(**env),
        check=False,
    )


def _assert_token_works(settings: Settings, entry: AccountSettings) -> None:
    mail = open_mail(settings, entry)
    assert isinstance(mail, GmailConnector)
    try:
        assert mail.link_up([]).messages == ()
    finally:
        mail.api.close()


def test_a_given_refresh_token_is_checked_and_stored_encrypted(
    tmp_path: Path, account: Account, sandbox: Sandbox
) -> None:
    config = _config(tmp_path, account, sandbox)

    done = _auth(config, "--account", account.address, "--refresh-token", account.refresh_token)

    assert done.returncode == 0, done.stderr
    vault_file = tmp_path / "data" / "tokens.json"
    assert account.refresh_token not in vault_file.read_text()
    assert stat.S_IMODE(vault_file.stat().st_mode) == 0o600
    assert account.refresh_token not in done.stdout + done.stderr
    settings = load_settings(config)
    _assert_token_works(settings, find_account(settings, "google", account.address))


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_a_refresh_token_is_read_from_a_file_or_stdin_not_the_command_line(
    tmp_path: Path, account: Account, sandbox: Sandbox, source: str
) -> None:
    config = _config(tmp_path, account, sandbox)
    token_file = tmp_path / "token.txt"
    token_file.write_text(account.refresh_token + "\n", encoding="utf-8")
    args = ["--account", account.address, "--refresh-token-file"]

    if source == "file":
        done = _auth(config, *args, str(token_file))
    else:
        done = subprocess.run(
            [COFFEECHAT, "--config", str(config), "auth", "google", *args, "-"],
            input=account.refresh_token + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            env=_env(),
            check=False,
        )

    assert done.returncode == 0, done.stderr
    settings = load_settings(config)
    _assert_token_works(settings, find_account(settings, "google", account.address))


def test_an_empty_token_file_is_one_line(
    tmp_path: Path, account: Account, sandbox: Sandbox
) -> None:
    config = _config(tmp_path, account, sandbox)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")

    done = _auth(config, "--account", account.address, "--refresh-token-file", str(empty))

    assert done.returncode == 2
    assert done.stderr == f"coffeechat: error: no refresh token in {empty}\n"


def test_a_refused_refresh_token_is_one_line_and_not_stored(
    tmp_path: Path, account: Account, sandbox: Sandbox
) -> None:
    config = _config(tmp_path, account, sandbox)

    done = _auth(config, "--account", account.address, "--refresh-token", "1//not-a-real-token")

    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "re-authorisation needed" in done.stderr
    assert not (tmp_path / "data" / "tokens.json").exists()


def test_an_unknown_account_is_one_line(tmp_path: Path, account: Account, sandbox: Sandbox) -> None:
    done = _auth(_config(tmp_path, account, sandbox), "--account", "nobody@example.com")

    assert done.returncode == 2
    assert done.stderr.startswith("coffeechat: error: no [[accounts]] entry")


def test_an_account_never_authorised_asks_for_auth(
    tmp_path: Path, account: Account, sandbox: Sandbox
) -> None:
    settings = load_settings(_config(tmp_path, account, sandbox))

    with pytest.raises(ReauthRequired, match="coffeechat auth google --account"):
        open_mail(settings, find_account(settings, "google", account.address))


def test_the_loopback_consent_flow_stores_a_working_token(
    tmp_path: Path, account: Account, sandbox: Sandbox
) -> None:
    # Given the consent flow started headless (the sandbox's token URI is http,
    # which oauthlib allows only with OAUTHLIB_INSECURE_TRANSPORT, set for this process only)
    config = _config(tmp_path, account, sandbox)
    proc = subprocess.Popen(
        [
            COFFEECHAT,
            "--config",
            str(config),
            "auth",
            "google",
            "--account",
            account.address,
            "--no-browser",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(OAUTHLIB_INSECURE_TRANSPORT="1"),
    )
    try:
        assert proc.stdout is not None
        url = ""
        while not url.startswith("http"):
            url = proc.stdout.readline().strip()
            assert url or proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        # When the user's browser opens the URL (consent, then the loopback redirect)
        assert url.startswith(f"{sandbox.base_url}/auth?")
        with urllib.request.urlopen(url, timeout=30) as answer:
            assert answer.status == 200
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    # Then the token is stored encrypted and works
    assert proc.returncode == 0, err
    assert "authorised" in out
    settings = load_settings(config)
    entry = find_account(settings, "google", account.address)
    stored = token_vault(settings).get(token_name(entry))
    assert stored is not None
    assert stored.get_secret_value() not in (tmp_path / "data" / "tokens.json").read_text()
    _assert_token_works(settings, entry)
