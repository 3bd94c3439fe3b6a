"""Which of the user's mailboxes writes to a contact: when added, and when moved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from connectors.errors import InputError, NotFound


def writing_account(configured: Sequence[str], requested: str | None) -> str | None:
    """The address of the account a new contact belongs to, or ``None`` to leave it open.

    ``configured`` holds the ``[[accounts]]`` addresses (lowercase), ``requested``
    what the user passed as ``--account``. Left open, the contact is claimed
    by the first account whose sync starts it (``Engine.start_new_contacts``):
    with one account that can only be that account, so nothing needs saying;
    with two it is whichever syncs first, so the user must say which.
    """
    if requested is not None:
        wanted = requested.strip().lower()
        if wanted not in configured:
            known = ", ".join(configured) if configured else "none"
            raise NotFound(f"no account {wanted!r} is configured (accounts: {known})")
        return wanted
    if len(configured) > 1:
        raise InputError(
            f"{len(configured)} accounts are configured; say which one writes to the "
            f"contact with --account ({', '.join(configured)})"
        )
    return None


@dataclass(frozen=True)
class Footprint:
    """What the daemon already did for a contact through its mailbox and calendar."""

    #: Drafts written for them (pending, sent or dismissed: each sits in that mailbox).
    drafts: int = 0
    #: Mail exchanged with them, or a conversation the store follows.
    thread: bool = False
    #: Meetings with them: their events, holds and prep events are on that calendar.
    meetings: int = 0
    #: Commands for them tried and not finished: one may have written there already.
    started: int = 0


@dataclass(frozen=True)
class Move:
    """Whether a contact moves to another mailbox: ``needed``, or ``refused`` and why."""

    needed: bool
    refused: str | None = None


def account_move(current: str | None, target: str, footprint: Footprint) -> Move:
    """Whether a contact written to from ``current`` (``None``: unclaimed) may move to ``target``.

    Only while nothing of theirs lives in the old mailbox: a thread, a draft
    or an event cannot move between mailboxes, and the daemon would follow
    the conversation in a mailbox that no longer has it.
    """
    if current == target:
        return Move(needed=False)
    where = current or "another mailbox"
    if footprint.thread:
        reason = f"their conversation is in {where}, and a thread cannot move between mailboxes"
    elif footprint.drafts:
        reason = f"drafts were written to them from {where}; a thread cannot move between mailboxes"
    elif footprint.meetings:
        reason = f"their meeting is on {where}'s calendar; events cannot move between calendars"
    elif footprint.started:
        reason = f"the daemon is already writing to them from {where}; try again once it is done"
    else:
        return Move(needed=True)
    return Move(needed=False, refused=reason)
