"""Encrypted storage for OAuth refresh tokens.

Tokens are encrypted with Fernet (AES-128-CBC + HMAC-SHA256). The key comes
from the OS keyring when ``use_keyring`` is set and a keyring works, else from
a key file created with mode 0600. The vault file (JSON mapping a name such as
``google:a@b.com`` to its ciphertext) is written atomically with mode 0600.
Neither file ever holds a token in clear, and tokens are handed out as
``SecretStr`` so they stay out of reprs and logs.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import keyring
from cryptography.fernet import Fernet, InvalidToken
from keyring.errors import KeyringError
from pydantic import SecretStr

from connectors.errors import ConfigError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "coffeechat"
KEYRING_USER = "vault-key"
FILE_MODE = 0o600


class TokenVault:
    """Named secrets, encrypted at rest in one file."""

    def __init__(self, path: Path, *, key_file: Path, use_keyring: bool) -> None:
        self.path = path
        self.key_file = key_file
        self.use_keyring = use_keyring
        self._fernet: Fernet | None = None

    def __repr__(self) -> str:
        return f"TokenVault({str(self.path)!r})"

    def put(self, name: str, secret: str) -> None:
        """Store ``secret`` under ``name``, replacing any earlier one."""
        entries = self._read()
        entries[name] = self._cipher().encrypt(secret.encode("utf-8")).decode("ascii")
        self._write(entries)
        log.info("vault %s: stored a token for %s", self.path, name)

    def get(self, name: str) -> SecretStr | None:
        """The secret stored under ``name``, or ``None``."""
        sealed = self._read().get(name)
        if sealed is None:
            return None
        try:
            return SecretStr(self._cipher().decrypt(sealed.encode("ascii")).decode("utf-8"))
        except (InvalidToken, UnicodeError) as exc:
            raise ConfigError(
                f"{self.path}: the token for {name} cannot be decrypted with the current key "
                f"(keyring or {self.key_file}); authorise the account again"
            ) from exc

    def delete(self, name: str) -> bool:
        """Forget ``name``; true when something was stored."""
        entries = self._read()
        if entries.pop(name, None) is None:
            return False
        self._write(entries)
        return True

    # ------------------------------------------------------------ storage

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise ConfigError(f"cannot read the token vault {self.path}: {exc.strerror}") from exc
        except ValueError as exc:
            raise ConfigError(f"{self.path} is not a coffeechat token vault") from exc
        tokens = data.get("tokens") if isinstance(data, dict) else None
        if not isinstance(tokens, dict):
            raise ConfigError(f"{self.path} is not a coffeechat token vault")
        return {str(k): str(v) for k, v in tokens.items()}

    def _write(self, entries: dict[str, str]) -> None:
        text = json.dumps({"version": 1, "tokens": entries}, indent=2, sort_keys=True)
        _write_private(self.path, text.encode("utf-8"))

    # ---------------------------------------------------------------- key

    def _cipher(self) -> Fernet:
        if self._fernet is None:
            try:
                self._fernet = Fernet(self._key())
            except ValueError as exc:
                raise ConfigError(
                    f"the vault key (keyring or {self.key_file}) is not a Fernet key"
                ) from exc
        return self._fernet

    def _key(self) -> bytes:
        """The key: the keyring's if usable, an existing key file's, or a new one."""
        if self.use_keyring:
            try:
                stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
                if stored:
                    return stored.encode("ascii")
                if not self.key_file.exists():
                    key = Fernet.generate_key()
                    keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key.decode("ascii"))
                    return key
            except KeyringError as exc:
                log.info("no usable OS keyring (%s); using key file %s", exc, self.key_file)
        if self.key_file.parent.resolve() == self.path.parent.resolve():
            log.warning(
                "vault key %s sits beside the vault: a copy of %s decrypts every token; "
                "keep the key elsewhere (secrets.key_file) or in an OS keyring",
                self.key_file,
                self.path.parent,
            )
        return self._file_key()

    def _file_key(self) -> bytes:
        try:
            mode = self.key_file.stat().st_mode
        except FileNotFoundError:
            key = Fernet.generate_key()
            _write_private(self.key_file, key)
            return key
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigError(
                f"key file {self.key_file} is readable by others; run: chmod 600 {self.key_file}"
            )
        try:
            return self.key_file.read_bytes().strip()
        except OSError as exc:
            raise ConfigError(f"cannot read key file {self.key_file}: {exc.strerror}") from exc


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, readable by the owner only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        # fchmod too: the umask may have narrowed the mode, and an old tmp kept its own.
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from exc
