"""Which configured account a new contact belongs to.

Kept apart from :mod:`daemon.accounts`, which builds the connectors and so
imports Google's and Microsoft's client libraries (about half a second):
adding or importing contacts needs only the settings and the store.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from daemon.settings import Settings
from daemon.store import repo
from workflows.mailbox import writing_account


def contact_account(session: Session, settings: Settings, requested: str | None) -> int | None:
    """The account row a new contact belongs to (see :func:`writing_account`), or ``None``.

    The row is made if the daemon has not run yet, as it would at start.
    """
    address = writing_account([a.address for a in settings.accounts], requested)
    if address is None:
        return None
    provider = next(a.provider for a in settings.accounts if a.address == address)
    return repo.ensure_account(session, provider, address).id
