"""Run the demo: a sandbox, a throwaway config and store, the real daemon, the scenario.

Nothing here stands in for the daemon: :func:`run_demo` starts the same
``Service`` that ``coffeechat run`` starts (embedded broker, a cadence shrunk
to seconds), pointed by a real config file at two sandbox mailboxes: a Gmail
one that the real Google connector talks to over HTTP, and an Outlook one
that the Outlook connector talks to through msal and Graph over HTTPS (a
throwaway CA the demo makes and trusts, as msal wants HTTPS).
"""

from __future__ import annotations

import shutil
import ssl
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from connectors.sandbox import SandboxAdmin, running_sandbox
from connectors.sandbox.tls import throwaway_tls
from connectors.sandbox.world import World
from daemon.demo.export import PREVIEWS, Archive, prepare_folder
from daemon.demo.look import Looker, Seen
from daemon.demo.preview import preview_all
from daemon.demo.script import CAST, Scenario, add_cast
from daemon.demo.steps import Beat, play
from daemon.demo.view import LiveView, Report
from daemon.sandboxed import SandboxMailbox, sandboxed_config, start_daemon
from daemon.store.db import open_store
from daemon.store.models import Contact

#: The demo user's mailbox in the sandbox.
ADDRESS = "sam.rivera@example.com"
#: The demo user's other mailbox, an Outlook one.
OUTLOOK_ADDRESS = "sam.rivera@outlook.example"
#: Who the demo user is, beyond the sandbox's defaults: what the outreach says of them.
PROFILE = {
    "pitch": (
        "I taught high-school science for six years and have run usability studies "
        "for two local non-profits."
    ),
    "exploring": "a move from classroom teaching into UX research",
    "sectors": ["health tech", "ed-tech"],
}
#: The scenario must be over by then (the demo promises under a minute in all).
BUDGET_SECONDS = 45.0
#: Then the daemon gets this long to notice the user's last sends.
SETTLE_SECONDS = 5.0


def run_demo(out: Path, *, keep: bool, view: LiveView) -> Report:
    """Play the scenario against the daemon; files go to ``out``; raises TimeoutError."""
    started = time.monotonic()
    out = prepare_folder(out)
    work = Path(tempfile.mkdtemp(prefix="coffeechat-demo-"))
    archive = Archive()

    def show(seen: Seen, beat: Beat | None) -> None:
        archive.keep(seen)
        view(seen, beat)

    try:
        with ExitStack() as stack:
            sandbox = stack.enter_context(running_sandbox())
            admin = stack.enter_context(SandboxAdmin(sandbox.base_url))
            tls = throwaway_tls(work)
            graph = stack.enter_context(running_sandbox(ssl_context=tls.context))
            trust = ssl.create_default_context(cafile=str(tls.ca_file))
            graph_admin = stack.enter_context(SandboxAdmin(graph.base_url, verify=trust))
            outlook = SandboxMailbox(
                graph_admin, graph.base_url, OUTLOOK_ADDRESS, "microsoft", tls.ca_file
            )
            settings, world = sandboxed_config(
                work, sandbox.base_url, admin, ADDRESS, user=PROFILE, also=[outlook]
            )
            worlds = {"google": world, "microsoft": World(graph_admin, OUTLOOK_ADDRESS)}
            view.zone = settings.user.zone
            store = open_store(settings.store.url)
            try:
                now = datetime.now(UTC)
                add_cast(store, settings, CAST, now)
                look = Looker(list(worlds.values()), store, started)
                scenario = Scenario(worlds, store, settings.user.zone)
                daemon = start_daemon(settings)
                try:
                    play(scenario.stories(now), look, show, budget=BUDGET_SECONDS)
                    play([scenario.settled()], look, show, budget=SETTLE_SECONDS)
                finally:
                    daemon.stop()
                final = look()
                show(final, None)
                with store.transaction(readonly=True) as session:
                    people = list(session.scalars(select(Contact).order_by(Contact.id)))
                    previews = preview_all(session, settings, people, out / PREVIEWS, now)
            finally:
                store.close()
            calls = Counter(admin.calls()) + Counter(graph_admin.calls())
            violations = admin.violations() + graph_admin.violations()
        files = archive.write(out, final) + previews
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return Report(
        seen=final,
        calls=dict(calls),
        violations=violations,
        files=files,
        out=out,
        kept=work if keep else None,
        seconds=time.monotonic() - started,
    )
