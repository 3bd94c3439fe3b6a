"""The compose topology, as processes: PostgreSQL, Redis, one scheduler, two workers.

Also the Redis restart: the broker goes away mid-journey and comes back
(its AOF on disk, as compose configures it); nothing is lost, nothing doubled.
"""

from __future__ import annotations

import time
from pathlib import Path

from connectors.sandbox import Sandbox, SandboxAdmin
from tests.daemon import journeys
from tests.daemon.journeys import add_dana, outreach_sent
from tests.ops.topology import compose_topology
from workflows.stages import DraftKind, Stage

#: How long Redis stays down: fifteen 200 ms polls.
OUTAGE_S = 3.0
#: The nudge is not what this test is about: with the test cadence's 6 s it
#: could fall due while Redis is down and the reply not yet read.
NO_NUDGE = {"nudge_after": "1h"}


def test_one_contact_walks_its_path_through_the_compose_topology(
    tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin, pg_url: str
) -> None:
    with compose_topology(tmp_path, sandbox, admin, pg_url) as topology:
        j = topology.journey
        # When one contact walks the whole happy path (stages and drafts asserted inside)
        journeys.happy_path(j)
        # Then all three processes are still up, and the check passes against the topology
        assert all(process.poll() is None for process in j.workers)
        check = topology.coffeechat("check")
        assert check.returncode == 0, check.stdout + check.stderr
        assert f"127.0.0.1:{topology.redis.port}/0 answers" in check.stdout
        assert topology.redis.password not in check.stdout


def test_a_redis_restart_loses_nothing_and_doubles_nothing(
    tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin, pg_url: str
) -> None:
    with compose_topology(tmp_path, sandbox, admin, pg_url, NO_NUDGE) as topology:
        j = topology.journey
        # Given a contact whose outreach the user sent
        dana = add_dana(j)
        outreach_sent(j, dana)

        # When Redis stops, she replies while it is down, and Redis comes back
        # after an outage of many polls (the scheduler and the workers meet it)
        topology.redis.stop()
        j.reply(dana, "Sure, happy to chat! Send me a few times that work for you.")
        time.sleep(OUTAGE_S)
        topology.redis.start()

        # Then the reply is read and answered once, and the path goes on
        j.wait_stage(dana, Stage.SCHEDULING)
        j.send(j.wait_draft(dana, DraftKind.SCHEDULING_REPLY))
        j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.SCHEDULING_REPLY)
        assert j.stages(dana) == [*journeys.OPENING, Stage.SCHEDULING]
        # and every process lived through it
        assert all(process.poll() is None for process in j.workers)
