"""The demo's files: each draft the daemon wrote as an ``.eml``, each prep brief as ``.txt``.

Beside them, ``previews/`` holds the review kit: every draft kind for every
contact as it would be written from the store at the end (``coffeechat
preview`` shows one at a time).

A draft is kept as the daemon wrote it, from the first look that shows it in
the mailbox (the user sends it later), so the files are the daemon's words,
ready to open in any mail client. A prep brief is kept as first built too:
the daemon rebuilds it in place when the meeting moves, and in the demo the
move is to a meeting of a few seconds, which a brief can only call "0 minutes".
"""

from __future__ import annotations

import re
from pathlib import Path

from connectors.errors import InputError
from daemon.demo.look import Seen, event_contact, raw_of

#: Marks a folder the demo wrote, so a later run may replace its files.
MARKER = ".coffeechat-demo"
#: The sub-folder for the review kit: every draft kind for every contact, as it stands.
PREVIEWS = "previews"


def prepare_folder(out: Path) -> Path:
    """Make ``out`` ready: new, empty, or an earlier demo's (whose files are replaced)."""
    out = out.expanduser().resolve()
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; pass --out with a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise InputError(f"{out} is not empty and not an earlier demo's folder; pass --out NEW_DIR")
    out.mkdir(parents=True, exist_ok=True)
    (out / PREVIEWS).mkdir(exist_ok=True)
    for old in [*out.glob("*.eml"), *out.glob("*.txt"), *(out / PREVIEWS).glob("*.txt")]:
        old.unlink()
    (out / MARKER).write_text("written by coffeechat demo; its files are replaced each run\n")
    return out


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class Archive:
    """Each draft's MIME by store id, and each brief by contact id, as first seen."""

    def __init__(self) -> None:
        self.raws: dict[int, bytes] = {}
        self.briefs: dict[int, str] = {}

    def keep(self, seen: Seen) -> None:
        """Keep the drafts and briefs this look shows for the first time."""
        in_mailbox = {d["id"]: d for d in seen.mailbox["drafts"]}
        for row in seen.drafts:
            found = in_mailbox.get(row.provider_id or "")
            if row.id not in self.raws and found is not None:
                self.raws[row.id] = raw_of(found)
        for event in seen.private_events("brief"):
            contact_id = event_contact(event)
            if contact_id is None:
                continue
            if event.get("status") != "cancelled" and event.get("description"):
                self.briefs.setdefault(contact_id, str(event["description"]))

    def write(self, out: Path, seen: Seen) -> list[Path]:
        """Write every kept draft and brief into ``out``."""
        self.keep(seen)
        files: list[Path] = []
        for number, row in enumerate(seen.drafts, 1):
            raw = self.raws.get(row.id)
            if raw is None:
                continue
            name = _slug(seen.people[row.contact_id].name)
            path = out / f"{number:02d}-{name}-{row.kind.replace('_', '-')}.eml"
            path.write_bytes(raw)
            files.append(path)
        for contact_id, text in self.briefs.items():
            path = out / f"prep-brief-{_slug(seen.people[contact_id].name)}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(path)
        return files
