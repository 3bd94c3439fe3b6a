"""A draft whose outbox key is long (its header folded into RFC 2047 words) is found again.

Keys caused by calendar events run past 78 columns in the ``X-Coffeechat-Key``
header, which the MIME writer then folds into encoded words; a retried create
must still find the draft it made before the crash, not write a second one.
"""

from __future__ import annotations

import pytest

from connectors.base import DraftSpec
from connectors.sandbox.world import World
from daemon.accounts import open_mail
from daemon.settings import Settings

LONG_KEY = (
    "c4/egtt66k40ipf6u5880bkoej128f/confirmed/2026-11-24T03:52:15+00:00/write_draft:confirmation"
)
#: A key whose cause was hashed: just long enough that the header's value is
#: folded onto a line of its own.
HASHED_KEY = "c1/hbf5faf3c3c99eb32be1f8137444b3d54/write_draft:confirmation"


@pytest.mark.parametrize("key", [LONG_KEY, HASHED_KEY], ids=["encoded-words", "folded"])
def test_a_retried_create_with_a_long_key_finds_the_first_draft(
    configured: tuple[Settings, World], key: str
) -> None:
    settings, world = configured
    mail = open_mail(settings, settings.accounts[0])
    spec = DraftSpec(
        key=key,
        to=("dana@acmehealth.example",),
        subject="See you Tuesday",
        text="Looking forward to it.",
        html=None,
        thread_id=None,
        in_reply_to=None,
        references=(),
    )
    try:
        first = mail.create_draft(spec)
        again = mail.create_draft(spec)  # a retry after a crash before the store recorded it
        found = mail.find_draft(key)
    finally:
        mail.close()
    assert again.id == first.id
    assert found is not None and found.id == first.id
    assert len(world.drafts()) == 1
