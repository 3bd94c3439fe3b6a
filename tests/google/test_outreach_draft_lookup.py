"""Finding an outreach draft again by its key reads only the drafts to its recipient."""

from __future__ import annotations

from connectors.base import DraftSpec
from connectors.google import GmailConnector
from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World


def _outreach(n: int) -> DraftSpec:
    return DraftSpec(
        key=f"c{n}/added/write_draft:outreach",
        to=(f"contact{n}@org.example",),
        subject="Coffee chat?",
        text=f"Hello {n}",
        html=None,
        thread_id=None,
        in_reply_to=None,
        references=(),
    )


def test_a_new_outreach_draft_reads_no_other_drafts_headers(
    gmail: GmailConnector, admin: SandboxAdmin, world: World
) -> None:
    # Given thirty outreach drafts to other people
    for n in range(30):
        gmail.create_draft(_outreach(n))
    admin.reset_calls()

    # When one more is created, and created again (a retry)
    first = gmail.create_draft(_outreach(30))
    again = gmail.create_draft(_outreach(30))

    # Then the retry found it, and only its own draft's headers were read
    assert again.id == first.id
    assert len(world.drafts()) == 31
    calls = admin.calls()
    assert calls["gmail.users.drafts.create"] == 1
    assert calls["gmail.users.drafts.get"] == 2  # the retry: its headers, then its body
