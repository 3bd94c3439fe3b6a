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

from connectors.base import EVENT_KEY_PROPERTY
from connectors.microsoft import properties
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


def own_properties(event: dict[str, Any]) -> dict[str, str]:
    """The daemon's properties on an event in the sandbox, whichever API wrote them.

    Google's are named as written; Graph's are MAPI property ids, some folded
    into one JSON value (see ``connectors.microsoft.properties``).
    """
    private: dict[str, str] = event.get("extendedProperties", {}).get("private", {})
    written = [{"id": k, "value": v} for k, v in private.items()]
    by_graph = properties.event_properties(
        {"singleValueExtendedProperties": written}, EVENT_KEY_PROPERTY
    )
    return {**private, **by_graph}


def _toml(value: Any) -> str:
    return json.dumps(value) if not isinstance(value, bool) else str(value).lower()


@dataclass(frozen=True)
class SandboxMailbox:
    """Another sandbox mailbox for a sandboxed config to watch (a second account)."""

    admin: SandboxAdmin
    base_url: str
    address: str
    provider: str = "google"
    #: The CA the sandbox's HTTPS is signed by (a Microsoft mailbox needs HTTPS).
    ca_file: Path | None = None


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
    also: Sequence[SandboxMailbox] = (),
) -> tuple[Settings, World]:
    """Create the sandbox mailbox ``address`` and a config in ``folder`` that watches it.

    A ``"microsoft"`` mailbox needs the sandbox over HTTPS and ``ca_file``,
    the CA it trusts; it is signed in as ``coffeechat auth microsoft
    --refresh-token`` would. The config watches the mailboxes in ``also``
    too (a provider's all in one sandbox: the app registration is per
    provider); the :class:`World` returned is ``address``'s.
    """
    folder.mkdir(parents=True, exist_ok=True)
    boxes = [SandboxMailbox(admin, base_url, address, provider, ca_file), *also]
    sandboxes = {(box.provider, box.base_url) for box in boxes}
    if len({kind for kind, _ in sandboxes}) != len(sandboxes):
        raise ValueError("a provider's sandbox mailboxes must all be in one sandbox")
    creds = {
        box.address.strip().lower(): box.admin.create_mailbox(box.address, provider=box.provider)
        for box in boxes
    }
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
    # One sandbox per provider: every mailbox's credentials name the same app.
    apps = {box.provider: creds[box.address.strip().lower()] for box in boxes}
    for kind, app in apps.items():
        if kind == "microsoft":
            lines += ["", "[microsoft]", f"client_id = {_toml(app['client_id'])}"]
            lines.append(f"tenant = {_toml(app['tenant'])}")
        else:
            lines += ["", "[google]", f"client_id = {_toml(app['client_id'])}"]
            lines.append(f"client_secret = {_toml(app['client_secret'])}")
    lines += [
        "",
        "[secrets]",
        f"key_file = {_toml(str(folder / 'secret.key'))}",
        "use_keyring = false",
    ]
    for box in boxes:
        lines += [
            "",
            "[[accounts]]",
            f"provider = {_toml(box.provider)}",
            f"address = {_toml(box.address)}",
            f"api_base = {_toml(box.base_url)}",
        ]
        if box.ca_file is not None:
            lines.append(f"ca_file = {_toml(str(box.ca_file))}")
    lines.append("")
    config = folder / "config.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    config.chmod(0o600)
    settings = load_settings(config)
    for account in settings.accounts:
        refresh_token = creds[account.address]["refresh_token"]
        if account.provider == "microsoft":
            auth, session = graph_auth(settings, account)
            with session:
                auth.import_refresh_token(refresh_token)
        else:
            token_vault(settings).put(token_name(account), refresh_token)
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
