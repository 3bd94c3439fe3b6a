"""`coffeechat demo` through the real console script, in a throwaway HOME."""

from __future__ import annotations

import email
import os
import re
import subprocess
import sys
import time
from email import policy
from email.message import EmailMessage
from pathlib import Path

#: The demo promises under a minute; the subprocess gets no longer.
DEMO_LIMIT = 60


def _coffeechat(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("coffeechat")
    fallback = [sys.executable, "-c", "from daemon.cli import main; main()"]
    command = [str(script)] if script.exists() else fallback
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "COFFEECHAT_"))
    }
    env["HOME"] = str(home)
    return subprocess.run(
        [*command, *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=DEMO_LIMIT,
        check=False,
    )


def _parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_demo_walks_every_contact_and_writes_its_drafts(tmp_path: Path) -> None:
    # Given a fresh HOME, when the demo runs with its default output folder
    began = time.monotonic()
    result = _coffeechat(tmp_path, "demo")
    took = time.monotonic() - began

    # then it succeeds within a minute and says so
    assert result.returncode == 0, result.stderr
    assert took < DEMO_LIMIT
    out = " ".join(result.stdout.split())  # rich wraps long lines at 80 columns
    assert "Drafts written" in out
    assert "Violations: 0" in out
    assert re.search(r"Took \d+\.\d+s", out)
    # one contact written to from Outlook, beside the Gmail ones
    for name, mailbox, stage in [
        ("Dana Whitfield", "Gmail", "following_up"),
        ("Priya Raman", "Gmail", "paused"),
        ("Marcus Bell", "Gmail", "closed"),
        ("Omar Haddad", "Gmail", "awaiting_reply"),
        ("Kenji Tanaka", "Gmail", "confirmed"),
        ("Grace Okafor", "Outlook", "confirmed"),
        ("Lena Ortiz", "Gmail", "outreach_drafted"),
    ]:
        row = rf"│ {name} +│ [^│]+│ {mailbox} +│ {stage} "
        assert re.search(row, result.stdout), (name, mailbox, stage)
    assert "added Grace Okafor (Cascadia Health), in Outlook" in out
    assert re.search(r"│ total +│ +17 │ +16 │ +1 │", result.stdout)
    # her mail went over Graph (drafts threaded by createReply), her brief to an Outlook event
    for method in ("graph.messages.create", "graph.messages.createReply", "graph.events.create"):
        assert re.search(rf"│ {re.escape(method)} +│ +[1-9]", result.stdout), method

    # and every draft is an .eml that parses: from Sam, to the contact, with both bodies
    folder = tmp_path / "coffeechat-demo"
    emls = sorted(folder.glob("*.eml"))
    assert len(emls) == 17
    kinds = {re.sub(r"^\d+-[a-z]+-[a-z]+-", "", p.stem) for p in emls}
    assert kinds == {
        "outreach",
        "referral-outreach",
        "nudge",
        "scheduling-reply",
        "confirmation",
        "thank-you",
        "follow-up",
        "close-out",
    }
    for path in emls:
        message = _parse(path)
        outlook = "grace-okafor" in path.name
        assert message["From"] == (
            "sam.rivera@outlook.example" if outlook else "sam.rivera@example.com"
        )
        assert message["To"].endswith(".example")
        assert message["X-Coffeechat-Key"]
        assert message.get_body(("html",)) is not None
        text = message.get_body(("plain",))
        assert text is not None and "Sam Rivera" in text.get_content()

    # the thank-you uses the notes Sam took during the meeting
    thanks = _parse(next(folder.glob("*-dana-whitfield-thank-you.eml")))
    body = thanks.get_body(("plain",))
    assert body is not None and "ResearchOps community Slack" in body.get_content()
    # ... said to her, not about her, and her research notes stay in the brief
    mine = body.get_content().split("\nOn ")[0]
    assert "you said to lead with the usability studies" in mine
    assert not re.search(r"\b(she|her)\b", mine)
    kenji = (folder / "prep-brief-kenji-tanaka.txt").read_text()
    assert "mentors career changers" in kenji
    for path in emls:
        plain = _parse(path).get_body(("plain",))
        assert plain is not None and "career changers" not in plain.get_content()
    # the review kit: every kind for every contact, the follow-up only where there is news
    previews = {p.stem for p in (folder / "previews").glob("*.txt")}
    assert {"dana-whitfield-follow-up", "omar-haddad-nudge", "kenji-tanaka-brief"} <= previews
    assert "omar-haddad-follow-up" not in previews
    # Lena came from Marcus's referral and her outreach names him
    lena = _parse(next(folder.glob("*-lena-ortiz-referral-outreach.eml")))
    assert lena["Subject"] == "Marcus Bell suggested I get in touch"
    # and the prep briefs are there, private notes that name the contact
    briefs = sorted(p.name for p in folder.glob("*.txt"))
    assert briefs == [
        "prep-brief-dana-whitfield.txt",
        "prep-brief-grace-okafor.txt",
        "prep-brief-kenji-tanaka.txt",
    ]
    assert "never shared with Kenji" in (folder / "prep-brief-kenji-tanaka.txt").read_text()


def test_demo_refuses_a_folder_it_did_not_write(tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "thesis.txt").write_text("mine")

    result = _coffeechat(tmp_path, "demo", "--out", str(taken))

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"coffeechat: error: {taken} is not empty and not an earlier demo's folder; "
        "pass --out NEW_DIR"
    ]
    assert (taken / "thesis.txt").read_text() == "mine"
