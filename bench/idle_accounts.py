"""Memory and CPU of one daemon process watching many mailboxes, or one with many contacts.

The sandbox (this process, standing for the provider) holds ``--accounts``
mailboxes; one real ``coffeechat run`` process (its own config, vault,
SQLite store and embedded broker: the production code path) watches them
all at a ``--poll`` interval (default 30 s, production's). With
``--contacts C`` the store also holds C contacts (the first account synced
takes them all: use it with ``--accounts 1``), and the figures are taken
once the daemon has written every one's outreach draft (the drafts wait for
the user, as they would).

Once every account has been synced, the daemon's CPU time (``utime +
stime`` from ``/proc/PID/stat``) and the sandbox's call count are read
over ``--polls`` poll intervals. Printed: the daemon's RSS at the end
(``VmRSS``) and its peak since start (``VmHWM``), RSS per account, CPU in
cores (CPU seconds over wall seconds), calls per account per poll, and the
machine's load average (the cores are shared).

Run: ``.venv/bin/python bench/idle_accounts.py [--accounts 1000] [--contacts 0]
[--polls 3] [--poll 30] [--workers 4]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from connectors.sandbox import SandboxAdmin, running_sandbox
from daemon.sandboxed import SandboxMailbox, sandboxed_config
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store, open_store
from daemon.store.models import Account, Contact
from workflows.stages import Stage

CLI = "from daemon.cli import main; main()"
MIB = 1024


def _status_kib(pid: int, field: str) -> int:
    """A ``/proc/PID/status`` figure (``VmRSS``, ``VmHWM``) in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise SystemExit(f"/proc/{pid}/status has no {field}: is this Linux?")


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of every thread of ``pid``."""
    stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    # The command name may hold spaces: count the fields after its closing parenthesis.
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def _add_contacts(store: Store, count: int) -> None:
    with store.transaction() as session:
        for n in range(count):
            repo.add_contact(
                session,
                name=f"Alex Morgan {n:05d}",
                email=f"alex{n:05d}@org{n % 97:02d}.example",
                organization=f"Org {n % 97:02d} Health",
                role="UX Research Lead",
                how_found="the Women in UX meetup in October",
            )


def _wait(daemon: subprocess.Popen[bytes], what: str, done: Callable[[], bool]) -> float:
    """Seconds until ``done()``; exit if the daemon dies first."""
    started = time.monotonic()
    while not done():
        if daemon.poll() is not None:
            raise SystemExit(f"the daemon exited ({daemon.returncode}) before {what}")
        time.sleep(1.0)
    return time.monotonic() - started


def _measure(settings: Settings, admin: SandboxAdmin, args: argparse.Namespace) -> None:
    store = open_store(settings.store.url)
    _add_contacts(store, args.contacts)

    def count(*where: object) -> int:
        with store.transaction(readonly=True) as session:
            return int(session.scalar(select(func.count()).select_from(*where)) or 0)

    def synced() -> bool:
        never = select(Account).where(Account.last_sync_at.is_(None)).subquery()
        return count(Account) == args.accounts and count(never) == 0

    def drafted() -> bool:
        stage = select(Contact).where(Contact.stage == Stage.OUTREACH_DRAFTED).subquery()
        return count(stage) == args.contacts

    log = Path(settings.data_dir) / "daemon.log"
    config = Path(settings.data_dir).parent / "config.toml"
    with log.open("wb") as out:
        daemon = subprocess.Popen(
            [sys.executable, "-c", CLI, "--config", str(config), "run"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            start_load = _load()
            ready = _wait(daemon, "every account was synced", synced)
            ready += _wait(daemon, "every outreach draft was written", drafted)
            print(f"every account synced, every draft written after {ready:.0f} s", flush=True)
            admin.reset_calls()
            cpu0, t0 = _cpu_seconds(daemon.pid), time.monotonic()
            peak_in_window = 0
            while time.monotonic() - t0 < args.polls * args.poll:
                time.sleep(1.0)
                peak_in_window = max(peak_in_window, _status_kib(daemon.pid, "VmRSS"))
            cpu, wall = _cpu_seconds(daemon.pid) - cpu0, time.monotonic() - t0
            rss, hwm = _status_kib(daemon.pid, "VmRSS"), _status_kib(daemon.pid, "VmHWM")
            calls = admin.calls()
        finally:
            daemon.terminate()
            daemon.wait(timeout=120)
    store.close()

    total = sum(n for method, n in calls.items() if method != "batch")
    polls = wall / args.poll
    print(f"accounts {args.accounts}, contacts {args.contacts}, poll {args.poll:g} s, ", end="")
    print(f"{args.workers} worker threads; load average {start_load} at start, {_load()} at end")
    print(f"daemon RSS now {rss / MIB:.0f} MiB, peak {hwm / MIB:.0f} MiB ", end="")
    print(f"(peak over the measured polls {peak_in_window / MIB:.0f} MiB)")
    print(f"daemon CPU {cpu / wall:.3f} cores ({cpu:.1f} s over {wall:.0f} s)")
    print(f"calls per account per poll {total / args.accounts / polls:.2f}: ", end="")
    print(", ".join(f"{m} {n}" for m, n in sorted(calls.items())))


def main() -> None:
    """Start the sandbox and one daemon watching N mailboxes; print its memory and CPU."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=1000, help="mailboxes (default 1000)")
    parser.add_argument("--contacts", type=int, default=0, help="contacts (to one account)")
    parser.add_argument("--polls", type=int, default=3, help="poll intervals measured")
    parser.add_argument("--poll", type=float, default=30.0, help="poll interval, seconds")
    parser.add_argument("--workers", type=int, default=4, help="worker threads")
    args = parser.parse_args()
    if args.accounts < 1 or args.contacts < 0 or args.polls < 1 or args.poll <= 0:
        parser.error("--accounts and --polls must be at least 1, --poll above 0")
    with (
        tempfile.TemporaryDirectory(prefix="coffeechat-idle-") as folder,
        running_sandbox() as sandbox,
        SandboxAdmin(sandbox.base_url) as admin,
    ):
        addresses = [f"user{n:05d}@bench.example" for n in range(args.accounts)]
        settings, _ = sandboxed_config(
            Path(folder),
            sandbox.base_url,
            admin,
            addresses[0],
            cadence={"poll_interval": f"{args.poll:g}s", "sweep_interval": f"{2 * args.poll:g}s"},
            workers=args.workers,
            also=[SandboxMailbox(admin, sandbox.base_url, a) for a in addresses[1:]],
        )
        print(f"{args.accounts} mailboxes ready (pid {os.getpid()})", flush=True)
        _measure(settings, admin, args)


if __name__ == "__main__":
    main()
