"""A real daemon wired to a sandbox mailbox: for the demo, end-to-end tests and benches.

:func:`sandboxed_config` writes a config file for one fresh sandbox mailbox
(store, cadence and broker as asked; a calendar clock the caller may set
forward through the file ``clock`` in the folder), stores the mailbox's
refresh token in the encrypted vault, and returns the loaded settings with a
:class:`World` that plays the user and the contacts. Everything else is the production code path.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World
from daemon.accounts import graph_auth, token_name, token_vault
from daemon.service import Service
from daemon.settings import Settings, load_settings

T = TypeVar("T")

#: A cadence shrunk from days to seconds, for the demo and the tests.
FAST_CADENCE: Mapping[str, str] = {
    "nudge_after": "6s",
    "thanks_within": "2s",
    "follow_up_after": "4s",
    "brief_before": "7d",
    "prep_slot": "5m",
    "poll_interval": "1s",
    "sweep_interval": "2s",
}


def _toml(value: Any) -> str:
    return json.dumps(value) if not isinstance(value, bool) else str(value).lower()


def sandboxed_config(
    folder: Path,
    base_url: str,
    admin: SandboxAdmin,
    address: str,
    *,
    store_url: str | None = None,
    broker_url: str = "",
    cadence: Mapping[str, str] = FAST_CADENCE,
    user: Mapping[str, Any] | None = None,
    workers: int = 4,
    namespace: str = "coffeechat",
    provider: str = "google",
    ca_file: Path | None = None,
    also: Sequence[str] = (),
) -> tuple[Settings, World]:
    """Create the sandbox mailbox ``address`` and a config in ``folder`` that watches it.

    The mailboxes ``also`` names are created too and watched by the same
    config (one daemon, many accounts); the :class:`World` plays ``address``.

    A ``"microsoft"`` mailbox needs the sandbox over HTTPS and ``ca_file``,
    the CA it trusts; it is signed in as ``coffeechat auth microsoft
    --refresh-token`` would.
    """
    folder.mkdir(parents=True, exist_ok=True)
    granted = {box: admin.create_mailbox(box, provider=provider) for box in (address, *also)}
    creds = granted[address]
    who = {
        "name": "Sam Rivera",
        "email": address,
        "timezone": "America/Los_Angeles",
        "working_hours": "00:00-23:59",
        "working_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        "pitch": (
            "I taught high-school science for six years and I am moving into UX research; "
            "I have run usability studies for two local non-profits."
        ),
        "goals": "I want to learn how research teams in health tech work day to day.",
        "meeting_length": "20m",
        **(user or {}),
    }
    lines = [f"data_dir = {_toml(str(folder / 'data'))}", "", "[user]"]
    lines += [f"{key} = {_toml(value)}" for key, value in who.items()]
    lines += [
        "",
        "[store]",
        f"url = {_toml(store_url or 'sqlite:///' + str(folder / 'coffeechat.db'))}",
        "",
        "[broker]",
        f"url = {_toml(broker_url)}",
        f"namespace = {_toml(namespace)}",
        f"workers = {workers}",
        "",
        "[clock]",
        f"offset_file = {_toml(str(folder / 'clock'))}",
        "",
        "[cadence]",
    ]
    lines += [f"{key} = {_toml(value)}" for key, value in cadence.items()]
    if provider == "microsoft":
        app = ["[microsoft]", f"client_id = {_toml(creds['client_id'])}"]
        app.append(f"tenant = {_toml(creds['tenant'])}")
    else:
        app = ["[google]", f"client_id = {_toml(creds['client_id'])}"]
        app.append(f"client_secret = {_toml(creds['client_secret'])}")
    lines += ["", *app]
    lines += [
        "",
        "[secrets]",
        f"key_file = {_toml(str(folder / 'secret.key'))}",
        "use_keyring = false",
    ]
    for box in granted:
        lines += [
            "",
            "[[accounts]]",
            f"provider = {_toml(provider)}",
            f"address = {_toml(box)}",
            f"api_base = {_toml(base_url)}",
        ]
        if ca_file is not None:
            lines.append(f"ca_file = {_toml(str(ca_file))}")
    lines.append("")
    config = folder / "config.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    config.chmod(0o600)
    settings = load_settings(config)
    for account, grant in zip(settings.accounts, granted.values(), strict=True):
        token = grant["refresh_token"]
        if provider == "microsoft":
            auth, session = graph_auth(settings, account)
            with session:
                auth.import_refresh_token(token)
        else:
            token_vault(settings).put(token_name(account), token)
    return settings, World(admin, address)


@dataclass
class RunningDaemon:
    """A :class:`Service` running in a background thread."""

    service: Service
    thread: threading.Thread

    def stop(self) -> None:
        """Stop it and wait until its workers have finished."""
        self.service.stop()
        self.thread.join(timeout=60)


def start_daemon(
    settings: Settings, *, scheduler: bool = True, workers: bool = True
) -> RunningDaemon:
    """Start ``coffeechat run`` in this process, in a background thread."""
    service = Service(settings, scheduler=scheduler, workers=workers)
    thread = threading.Thread(target=service.run, name="coffeechat-service", daemon=True)
    thread.start()
    return RunningDaemon(service, thread)


def wait_for(probe: Callable[[], T | None], timeout: float, what: str, every: float = 0.1) -> T:
    """Poll ``probe`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(every)
