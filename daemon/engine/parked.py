"""Which reply waits on the user's reading: found without the reply reader.

Kept apart from :mod:`daemon.engine.settle`, which needs the reader (its
verdicts and its time grammar, over a second to import): the board's
"Needs you" section, shown by every ``coffeechat status``, only asks this.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from daemon.engine.context import last_incoming
from daemon.engine.state import contact_state
from daemon.store.models import Contact, Message


def parked_reply(session: Session, contact: Contact) -> Message | None:
    """The reply waiting on the user, when the contact needs them."""
    if not contact_state(contact).needs_you:
        return None
    return last_incoming(session, contact.id)
