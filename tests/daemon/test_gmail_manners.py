"""Gmail as real users meet it, end to end: throttled batch parts, a draft sent from the composer.

One embedded daemon for the module (as in test_paths), each test walking a
contact of its own on it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.store.models import DraftStatus
from tests.daemon import journeys
from tests.daemon.journeys import OPENING, Journey, launch
from workflows.stages import DraftKind, Stage

#: Gmail's concurrent calls for the user: every batch part after the first answers 429.
CONCURRENCY = 1


@pytest.fixture(scope="module")
def j(
    tmp_path_factory: pytest.TempPathFactory, sandbox: Sandbox, admin: SandboxAdmin
) -> Iterator[Journey]:
    with (
        journeys.own_environment(),
        launch(tmp_path_factory.mktemp("manners"), sandbox, admin) as journey,
    ):
        yield journey


def test_throttled_batch_parts_still_walk_the_contact_with_one_draft_per_step(
    j: Journey, admin: SandboxAdmin, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="connectors.google.client")
    # Given Gmail allowing the user one call at a time: parts of a batch past the first get 429
    admin.fault(concurrency=CONCURRENCY, address=j.world.address)
    try:
        dana = journeys.add_dana(j)
        journeys.outreach_sent(j, dana)

        # When her proposal arrives in the same instant as three newsletters,
        # so the next poll reads the four in one batch
        news = [
            j.world.written(f"digest{n}@news.example", f"Weekly digest {n}", "This week…")[0]
            for n in range(3)
        ]
        j.reply(dana, journeys.proposal(dana), among=news)

        # Then the throttled parts were sent again, and her reply was read
        j.wait_stage(dana, Stage.SCHEDULING)
        assert any("parts of a messages.get batch throttled" in r.message for r in caplog.records)
        # and the walk goes on as it would unthrottled: one scheduling reply, one hold
        j.send(j.wait_draft(dana, DraftKind.SCHEDULING_REPLY))
        j.wait_stage(dana, Stage.CONFIRMED)
        j.wait_draft(dana, DraftKind.CONFIRMATION)
        j.let_it_look()
        assert j.stages(dana) == [*OPENING, Stage.SCHEDULING, Stage.CONFIRMED]
        j.assert_drafted(
            dana, DraftKind.OUTREACH, DraftKind.SCHEDULING_REPLY, DraftKind.CONFIRMATION
        )
        assert len(j.private_events("hold", dana)) == 1
    finally:
        admin.fault(concurrency=None, address=j.world.address)


def test_drafts_sent_from_gmails_composer_count_as_sent_and_the_walk_goes_on(
    j: Journey,
) -> None:
    # Given Dana's outreach draft
    dana = journeys.add_dana(j)
    outreach = j.wait_draft(dana, DraftKind.OUTREACH)

    # When the user rewrites it in Gmail's composer and sends it: our key header
    # dropped, a new Message-ID, their own words
    mine = "Hi Dana,\n\nCould I buy you a coffee and hear about your research team?\n\nSam\n"
    j.world.send_draft(outreach["id"], composer=True, text=mine)

    # Then it counts as sent, in their words, and nothing is drafted again
    j.wait_stage(dana, Stage.AWAITING_REPLY)
    (stored,) = j.stored_drafts(dana)
    assert stored.status is DraftStatus.SENT
    assert stored.sent_text is not None and stored.sent_text.strip() == mine.strip()

    # When she answers that message with times, and the user sends the reply
    # from the composer too, then the walk goes on to the confirmation draft
    j.reply(dana, journeys.proposal(dana))
    scheduling = j.wait_draft(dana, DraftKind.SCHEDULING_REPLY)
    j.world.send_draft(scheduling["id"], composer=True)
    j.wait_stage(dana, Stage.CONFIRMED)
    j.wait_draft(dana, DraftKind.CONFIRMATION)
    j.let_it_look()

    # Then each step has one draft: the two sent ones (keyless now) and the confirmation
    assert j.stages(dana) == [*OPENING, Stage.SCHEDULING, Stage.CONFIRMED]
    assert [(d.kind, d.status) for d in j.stored_drafts(dana)] == [
        (DraftKind.OUTREACH, DraftStatus.SENT),
        (DraftKind.SCHEDULING_REPLY, DraftStatus.SENT),
        (DraftKind.CONFIRMATION, DraftStatus.PENDING),
    ]
    j.assert_drafted(dana, DraftKind.CONFIRMATION)
    address = j.contact(dana).email
    assert address is not None
    sent_to_her = [m for m in j.world.state()["sent"] if address in (m["to"] or "")]
    assert len(sent_to_her) == 2
