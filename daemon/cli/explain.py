"""``coffeechat explain FILE.eml``: what the daemon reads in one reply."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer

from connectors.errors import InputError
from daemon.cli.app import GLOBALS, app
from daemon.cli.context import emit_json
from daemon.settings import load_settings

if TYPE_CHECKING:
    from workflows.understanding import Verdict

# An .eml bigger than this is not a reply worth explaining; the reader caps it anyway.
_MAX_FILE_BYTES = 50_000_000


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            f"--tz: unknown timezone {name!r} (use an IANA name such as Europe/Paris)"
        ) from exc


def _now(value: str | None, zone: tzinfo) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"--now: not an ISO-8601 time: {value!r}") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=zone)


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_MAX_FILE_BYTES)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _summary(verdict: Verdict) -> str:
    lines = [f"intent:          {verdict.intent.value}  ({'; '.join(verdict.notes)})"]
    if verdict.proposed_times:
        lines.append("proposed times:")
        for window in verdict.proposed_times:
            end = f" – {window.end:%H:%M}" if window.end else ""
            lines.append(f"  {window.start:%a %Y-%m-%d %H:%M}{end} (UTC{window.start:%z})")
    else:
        lines.append("proposed times:  none")
    lines.append(f"scheduling link: {verdict.scheduling_link or 'none'}")
    lines.append(
        f"return date:     {verdict.return_date.isoformat() if verdict.return_date else 'none'}"
    )
    if verdict.referrals:
        lines.append("referrals:")
        lines.extend(f"  {r.name} <{r.email or '?'}>" for r in verdict.referrals)
    else:
        lines.append("referrals:       none")
    if verdict.certain:
        lines.append("certain:         yes")
    else:
        lines.append("certain:         no, needs you")
        lines.extend(f"  {d.code}: {d.why}" for d in verdict.doubts)
    unused = [t for t in verdict.time_notes if t.role not in ("offered", "accepted")]
    if unused:
        lines.append("times not proposed:")
        lines.extend(f"  {t.window.start:%a %Y-%m-%d %H:%M} ({t.role})" for t in unused)
    lines.append("reply text:")
    lines.extend(f"  | {line}" for line in (verdict.reply_text or "(empty)").splitlines())
    return "\n".join(lines)


@app.command("explain")
def explain(
    file: Annotated[Path, typer.Argument(help="One message as an .eml file (RFC 5322).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object on stdout.")] = False,
    now: Annotated[
        str | None,
        typer.Option(
            "--now", help="ISO-8601 time to resolve 'tomorrow' against (default: the Date header)."
        ),
    ] = None,
    tz: Annotated[
        str | None,
        typer.Option("--tz", help="Your IANA timezone (default: user.timezone from the config)."),
    ] = None,
) -> None:
    """Show how the daemon reads one reply: intent, times, link, referrals, certainty."""
    user = load_settings(GLOBALS.config).user
    zone = _zone(tz) if tz else user.zone
    length: timedelta = user.meeting_length
    # Imported here: the reader's libraries are slow to import; other commands skip them.
    from workflows.understanding import understand

    verdict = understand(_read(file), now=_now(now, zone), tz=zone, meeting_length=length)
    if as_json:
        emit_json(verdict.to_json())
    else:
        typer.echo(_summary(verdict))
