"""What the demo prints: one line per thing that happens, then a summary.

:class:`LiveView` is shown every look and every :class:`~daemon.demo.steps.Beat`.
It prints what the daemon did since the last look, read from the world
itself: stage changes from the store's event log, drafts from the store and
the mailbox, private calendar events from the sandbox calendar. The beats are
what the demo played (the user sending, a contact replying).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from connectors.sandbox.world import header
from daemon.demo.export import PREVIEWS
from daemon.demo.look import Seen, draft_label, event_kind
from daemon.demo.steps import Beat
from daemon.store.models import Actor
from workflows.stages import DraftKind, Stage

_DAEMON = "coffeechat"
_STYLES = {_DAEMON: "cyan", "you": "green"}
_CONTACT_STYLE = "magenta"
#: Event-log causes worth a line even when the stage stays: they explain what follows.
_EXPLAINS = ("timer:", "meeting", "time agreed")


@dataclass(frozen=True)
class Report:
    """How the demo ended: the last look and what the sandbox counted."""

    seen: Seen
    calls: dict[str, int]
    violations: list[dict[str, Any]]
    files: list[Path]
    out: Path
    kept: Path | None
    seconds: float


class LiveView:
    """Prints the demo as it happens, in the user's timezone."""

    def __init__(self, console: Console, zone: tzinfo | None = None) -> None:
        self.console = console
        self.zone = zone
        self._log_id = 0
        self._drafts: set[int] = set()
        self._events: dict[str, tuple[str, str]] = {}

    def __call__(self, seen: Seen, beat: Beat | None) -> None:
        """Show one beat, or what changed since the last look."""
        if beat is not None:
            self._line(seen.elapsed, beat.who, beat.what)
            return
        self._stages(seen)
        self._new_drafts(seen)
        self._calendar(seen)

    def _when(self, value: str | datetime) -> str:
        when = datetime.fromisoformat(value) if isinstance(value, str) else value
        return f"{when.astimezone(self.zone):%a %d %b %H:%M:%S %Z}"

    def _line(self, elapsed: float, who: str, what: str) -> None:
        style = _STYLES.get(who, _CONTACT_STYLE)
        self.console.print(
            Text.assemble((f"{elapsed:5.1f}s ", "dim"), (f"{who:<11}", style), " ", what)
        )

    def _stages(self, seen: Seen) -> None:
        for row in seen.log:
            if row.id <= self._log_id:
                continue
            self._log_id = row.id
            person = seen.people[row.contact_id]
            who = "you" if row.actor is Actor.USER else _DAEMON
            if row.from_stage is None:
                org = f" ({person.organization})" if person.organization else ""
                where = f", in {person.mailbox}" if person.mailbox else ""
                self._line(seen.elapsed, who, f"added {person.name}{org}{where}")
            elif row.from_stage != row.to_stage:
                move = f"{row.from_stage} → {row.to_stage}"
                self._line(seen.elapsed, who, f"{person.name}: {move}  [{row.cause}]")
            elif row.cause.startswith(_EXPLAINS) and not row.cause.endswith("(ignored)"):
                self._line(seen.elapsed, who, f"{person.name}: {row.to_stage}  [{row.cause}]")

    def _new_drafts(self, seen: Seen) -> None:
        in_mailbox = {d["id"]: d for d in seen.mailbox["drafts"]}
        for row in seen.drafts:
            if row.id in self._drafts:
                continue
            self._drafts.add(row.id)
            found = in_mailbox.get(row.provider_id or "")
            subject = f": “{header(found, 'Subject') or ''}”" if found is not None else ""
            name = seen.people[row.contact_id].name
            what = f"wrote the {draft_label(row.kind)} draft to {name}{subject}"
            self._line(seen.elapsed, _DAEMON, what)

    def _calendar(self, seen: Seen) -> None:
        for event in seen.mailbox["events"]:
            kind = event_kind(event)
            status = str(event.get("status", ""))
            start = str(event.get("start", {}).get("dateTime", ""))
            before = self._events.get(event["id"])
            self._events[event["id"]] = (status, start)
            if kind is None or before == (status, start):
                continue
            title = f"“{event.get('summary', '')}”"
            if before is None and status != "cancelled":
                what = "a tentative private hold" if kind == "hold" else "a private prep event"
                self._line(seen.elapsed, _DAEMON, f"placed {what} {title} at {self._when(start)}")
            elif status == "cancelled":
                self._line(seen.elapsed, _DAEMON, f"removed {title}")
            else:
                self._line(seen.elapsed, _DAEMON, f"moved {title} to {self._when(start)}")

    # ----------------------------------------------------------- summary

    def summary(self, report: Report) -> None:
        """The closing summary: contacts, drafts, calendar, API calls, files."""
        seen = report.seen
        waiting_ids = {d["id"] for d in seen.mailbox["drafts"]}
        self.console.print()
        self.console.print(self._contacts(seen, waiting_ids))
        self.console.print(self._drafts_table(seen, waiting_ids))
        holds = len(seen.private_events("hold"))
        briefs = len(seen.private_events("brief"))
        invites = sum(1 for e in seen.mailbox["events"] if event_kind(e) is None)
        self.console.print(
            f"Calendar: {holds} tentative private hold(s) and {briefs} private prep brief "
            f"event(s) placed by coffeechat; {invites} invitation(s) from contacts, never edited."
        )
        self.console.print(self._calls(report.calls))
        count = len(report.violations)
        verdict = "none: no send call, no guest notified" if count == 0 else "SEE ABOVE"
        self.console.print(f"Violations: {count} ({verdict})")
        drafts = sum(1 for f in report.files if f.suffix == ".eml")
        previews = sum(1 for f in report.files if f.parent.name == PREVIEWS)
        briefs = len(report.files) - drafts - previews
        self.console.print(
            f"Files: {drafts} draft(s) as .eml and {briefs} prep brief(s) as .txt (each brief "
            f"as first built) in {report.out}; every draft kind for every contact, as it "
            f"would be written now, in {report.out / PREVIEWS}"
        )
        if report.kept is not None:
            self.console.print(
                f"Kept the throwaway config and store: coffeechat --config "
                f"{report.kept / 'config.toml'} status"
            )
        self.console.print(f"Took {report.seconds:.1f}s.")

    def _contacts(self, seen: Seen, waiting_ids: set[str]) -> Table:
        table = Table(title="Where everyone stands", title_justify="left")
        for column in ("contact", "organization", "mailbox"):
            table.add_column(column)
        # A stage is one word: wrapped or cut short at 80 columns, it would not read as one.
        table.add_column("stage", min_width=max(len(stage) for stage in Stage))
        table.add_column("note")
        for person in seen.people.values():
            notes = [
                f"{draft_label(row.kind)} draft waiting for you in Drafts"
                for row in seen.drafts
                if row.contact_id == person.id and row.provider_id in waiting_ids
            ]
            if person.stage is Stage.PAUSED and person.wake_at is not None:
                notes.append(
                    f"wakes {self._when(person.wake_at)}: a return date is a day, so not "
                    "within the demo"
                )
            table.add_row(
                person.name,
                person.organization or "",
                person.mailbox,
                person.stage,
                "; ".join(notes),
            )
        return table

    @staticmethod
    def _drafts_table(seen: Seen, waiting_ids: set[str]) -> Table:
        written = Counter(row.kind for row in seen.drafts)
        waiting = Counter(row.kind for row in seen.drafts if row.provider_id in waiting_ids)
        table = Table(title="Drafts written", title_justify="left")
        for column in ("kind", "written", "sent by you", "waiting"):
            table.add_column(column, justify="left" if column == "kind" else "right")
        for kind in DraftKind:
            if written[kind]:
                sent = written[kind] - waiting[kind]
                table.add_row(kind, str(written[kind]), str(sent), str(waiting[kind]))
        total, left = sum(written.values()), sum(waiting.values())
        table.add_row("total", str(total), str(total - left), str(left), style="bold")
        return table

    @staticmethod
    def _calls(calls: dict[str, int]) -> Table:
        table = Table(title="API calls by the daemon", title_justify="left")
        table.add_column("method")
        table.add_column("calls", justify="right")
        for method, count in sorted(calls.items(), key=lambda item: (-item[1], item[0])):
            table.add_row(method, str(count))
        table.add_row("total", str(sum(calls.values())), style="bold")
        return table
