"""Which of the user's mailboxes writes to a contact the user adds."""

from __future__ import annotations

from collections.abc import Sequence

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
