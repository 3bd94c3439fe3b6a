from __future__ import annotations

import stat
from pathlib import Path

import pytest

from connectors.errors import ConfigError
from daemon.vault import TokenVault

TOKEN = "1//refresh-token-that-must-stay-secret"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_token_round_trips_encrypted_in_a_0600_file(tmp_path: Path) -> None:
    vault = TokenVault(tmp_path / "tokens.json", key_file=tmp_path / "key", use_keyring=False)

    vault.put("google:a@example.com", TOKEN)

    got = vault.get("google:a@example.com")
    assert got is not None and got.get_secret_value() == TOKEN
    assert TOKEN not in (tmp_path / "tokens.json").read_text()
    assert _mode(tmp_path / "tokens.json") == 0o600
    assert _mode(tmp_path / "key") == 0o600
    assert TOKEN not in repr(vault) and TOKEN not in repr(got) and TOKEN not in str(got)


def test_a_second_vault_with_the_same_key_reads_the_token(tmp_path: Path) -> None:
    TokenVault(tmp_path / "v.json", key_file=tmp_path / "key", use_keyring=False).put("n", TOKEN)

    again = TokenVault(tmp_path / "v.json", key_file=tmp_path / "key", use_keyring=False)

    got = again.get("n")
    assert got is not None and got.get_secret_value() == TOKEN
    assert again.get("other") is None


def test_without_a_usable_keyring_the_key_file_is_used(tmp_path: Path) -> None:
    # This machine has no keyring backend: use_keyring falls back to the file.
    vault = TokenVault(tmp_path / "v.json", key_file=tmp_path / "key", use_keyring=True)

    vault.put("n", TOKEN)

    assert (tmp_path / "key").exists() and _mode(tmp_path / "key") == 0o600


def test_a_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    key = tmp_path / "key"
    TokenVault(tmp_path / "v.json", key_file=key, use_keyring=False).put("n", TOKEN)
    key.chmod(0o644)

    with pytest.raises(ConfigError, match="chmod 600"):
        TokenVault(tmp_path / "v.json", key_file=key, use_keyring=False).get("n")


def test_a_lost_key_gives_a_clear_error(tmp_path: Path) -> None:
    TokenVault(tmp_path / "v.json", key_file=tmp_path / "key", use_keyring=False).put("n", TOKEN)
    (tmp_path / "key").unlink()

    with pytest.raises(ConfigError, match="cannot be decrypted"):
        TokenVault(tmp_path / "v.json", key_file=tmp_path / "key", use_keyring=False).get("n")


def test_a_garbage_vault_file_gives_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "v.json").write_text("not json")

    with pytest.raises(ConfigError, match="not a coffeechat token vault"):
        TokenVault(tmp_path / "v.json", key_file=tmp_path / "key", use_keyring=False).get("n")


def test_delete_forgets_the_token(tmp_path: Path) -> None:
    vault = TokenVault(tmp_path / "v.json", key_file=tmp_path / "key", use_keyring=False)
    vault.put("n", TOKEN)

    assert vault.delete("n") is True
    assert vault.get("n") is None
    assert vault.delete("n") is False
