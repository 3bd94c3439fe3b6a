"""Removing the second draft a late create leaves behind.

Gmail has no idempotency key for ``drafts.create``. A create that timed out
at the client (or failed with a 5xx after sending) may still land, after the
retry looked the key up, did not see it, and wrote the step's draft again.
Such steps are marked uncertain (see ``execute.UNCERTAIN``); for a while
after, each sync looks their key up and deletes any draft carrying it other
than the one recorded, if it is ours (the key), unsent (still a draft) and
unedited (the body we wrote).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select

from connectors.base import MailConnector
from daemon.engine.execute import UNCERTAIN
from daemon.store.db import Store
from daemon.store.models import Contact, Draft, Outbox, OutboxStatus

log = logging.getLogger(__name__)

#: How long after an uncertain step a late draft is looked for.
WATCH = timedelta(hours=1)


def remove_late_duplicates(
    store: Store, account_id: int, mail: MailConnector, now: datetime
) -> int:
    """Delete late second drafts of this account's uncertain steps; how many were removed."""
    with store.transaction(readonly=True) as session:
        rows = session.execute(
            select(
                Outbox.payload, Draft.key, Draft.provider_draft_id, Draft.fingerprint, Contact.email
            )
            .join(Draft, Draft.key == Outbox.key)
            .join(Contact, Contact.id == Draft.contact_id)
            .where(
                Outbox.kind == "write_draft",
                Outbox.status == OutboxStatus.DONE,
                Outbox.updated_at >= now - WATCH,
                Contact.account_id == account_id,
            )
        ).all()
    removed = 0
    for row in rows:
        if not (row.payload or {}).get(UNCERTAIN):
            continue
        # Searched by recipient, not thread: a late outreach draft starts a thread of its own.
        for draft in mail.find_drafts(row.key, None, (row.email,) if row.email else ()):
            if draft.id != row.provider_draft_id and draft.fingerprint == row.fingerprint:
                mail.delete_draft(draft.id)
                log.warning("removed draft %s: a late duplicate of step %s", draft.id, row.key)
                removed += 1
    return removed
