"""``coffeechat check`` against a blank store, a migrated one, and a running daemon.

The daemon runs on the sandbox (tests/daemon/journeys.py ``launch``); the
check runs as the installed console script, a process of its own, as a
monitoring job would run it.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.checks import healthy, run_checks
from daemon.store.models import Account, Outbox, OutboxStatus, SetAside, SetAsideStatus
from daemon.store.types import utcnow
from tests.cli.support import Cli, Outcome
from tests.daemon.journeys import Journey, add_dana, launch, outreach_sent


def check(config: Path) -> Outcome:
    """``coffeechat --config CONFIG check``, as its own process."""
    exe = Path(sys.executable).parent / "coffeechat"
    done = subprocess.run(
        [str(exe), "--config", str(config), "check"], capture_output=True, text=True, timeout=60
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


def line(outcome: Outcome, name: str) -> str:
    """The one line of the check about ``name`` (``store``, ``parked``, ``grant ...``)."""
    [found] = [x for x in outcome.out.splitlines() if x[6:].startswith(f"{name}")]
    return found


def test_blank_store_fails_until_migrated(cli: Cli) -> None:
    # Given a database no coffeechat has migrated yet
    blank = cli("check")
    # Then the check fails on the store, and says what to run
    assert blank.code == 1
    assert line(blank, "store").startswith("FAIL  store: ")
    # (a SQLite file not created yet, a PostgreSQL schema without tables)
    assert "coffeechat db upgrade" in line(blank, "store")
    assert line(blank, "broker") == "ok    broker: in-process (inside coffeechat run)"

    # When it is migrated, every fact holds (no accounts, nothing parked)
    assert cli("db", "upgrade").code == 0
    migrated = cli("check")
    assert migrated.code == 0, migrated.out
    assert line(migrated, "store").startswith("ok    store: ")
    assert line(migrated, "parked") == "ok    parked: no command parked for longer than a day"


def test_unreachable_store_and_broker_fail_in_one_line_each(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("COFFEECHAT_BROKER__URL", "redis://:hunter2@127.0.0.1:1/0")
    missing = cli("check")
    monkeypatch.setenv("COFFEECHAT_STORE__URL", "postgresql://cc:hunter2@127.0.0.1:1/cc")
    unreachable = cli("check")

    assert (missing.code, unreachable.code) == (1, 1)
    assert line(missing, "broker").startswith(
        "FAIL  broker: redis://:***@127.0.0.1:1/0 unreachable"
    )
    assert line(unreachable, "store").startswith("FAIL  store: ")
    assert "127.0.0.1:1/cc unreachable: connection failed" in line(unreachable, "store")
    assert "hunter2" not in missing.out + unreachable.out + missing.err + unreachable.err
    assert unreachable.err == ""


def _parked(j: Journey) -> list[Outbox]:
    with j.session() as session:
        rows = list(session.scalars(select(Outbox).where(Outbox.status == OutboxStatus.PARKED)))
        session.expunge_all()
        return rows


def _account_error(j: Journey) -> str | None:
    with j.session() as session:
        return session.scalars(select(Account.last_error)).one()


def test_check_against_a_running_daemon(
    tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin
) -> None:
    # Given a daemon that gives up on a command after one failure
    with launch(tmp_path, sandbox, admin, cadence={"retry_limit": "1"}, exclusive=True) as j:
        j.let_it_look()
        address_mask = f"s***@{j.world.address.partition('@')[2]}"

        # Then while it polls, every fact holds
        fine = check(j.config)
        assert fine.code == 0, fine.out + fine.err
        assert line(fine, "broker") == "ok    broker: in-process (inside coffeechat run)"
        assert line(fine, f"sync {address_mask}").startswith(f"ok    sync {address_mask}: last")
        assert line(fine, f"grant {address_mask}").startswith("ok    ")
        assert j.world.address not in fine.out  # addresses are masked

        # When a draft cannot be written, the command is parked
        admin.fault(method="gmail.users.drafts.create", status=500, times=5)
        add_dana(j)
        [parked] = j.wait(lambda: _parked(j), "a parked command")
        admin.clear_faults()
        # Then a command parked just now is not yet a failure
        fresh = check(j.config)
        assert fresh.code == 0, fresh.out
        # but one parked for more than a day is (its row stamped 25 hours ago)
        with j.session() as session:
            session.execute(
                update(Outbox)
                .where(Outbox.id == parked.id)
                .values(updated_at=utcnow() - timedelta(hours=25))
            )
        stale = check(j.config)
        assert stale.code == 1
        assert line(stale, "parked").startswith("FAIL  parked: 1 command(s) parked for longer")
        assert parked.key in line(stale, "parked")

        # When the user withdraws the grant, the next sync fails and the check says so
        admin.fault(revoke_refresh_token=True, address=j.world.address)
        j.wait(lambda: _account_error(j), "the sync to fail")
        revoked = check(j.config)
        assert revoked.code == 1
        assert line(revoked, f"grant {address_mask}").startswith(
            f"FAIL  grant {address_mask}: last sync failed: "
        )

        # and an account not synced for three poll intervals is late
        later = run_checks(j.settings, utcnow() + 4 * j.settings.cadence.poll_interval)
        late = next(f for f in later if f.name == f"sync {address_mask}")
        assert not late.ok and not healthy(later)


def test_check_fails_while_mail_is_set_aside_unread(
    tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin
) -> None:
    # Given a daemon that sets a message aside after one failed read, and Dana awaiting a reply
    with launch(tmp_path, sandbox, admin, cadence={"retry_limit": "1"}, exclusive=True) as j:
        dana = add_dana(j)
        outreach_sent(j, dana)
        assert line(check(j.config), "set aside") == (
            "ok    set aside: no mail or event set aside unread"
        )

        # When she writes a reply no one can read (a year-9999 date that says "tomorrow")
        address = j.contact(dana).email
        assert address is not None
        raw = (
            f"From: {address}\r\nTo: {j.world.address}\r\nSubject: Re: coffee\r\n"
            "Date: Fri, 31 Dec 9999 23:59:59 -1200\r\nMessage-ID: <poison@acme.example>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nHappy to talk, tomorrow works.\r\n"
        )
        j.world.admin.deliver(j.world.address, raw.encode())
        j.wait(lambda: _set_aside(j), "the message set aside")

        # Then the check fails on it, naming what to do
        found = check(j.config)
        assert found.code == 1, found.out
        assert line(found, "set aside").startswith(
            "FAIL  set aside: 1 message(s) or event(s) could not be read and were set aside"
        )
        assert "coffeechat retry" in line(found, "set aside")


def _set_aside(j: Journey) -> list[int]:
    with j.session() as session:
        waiting = SetAside.status == SetAsideStatus.SET_ASIDE
        return list(session.scalars(select(SetAside.id).where(waiting)))
