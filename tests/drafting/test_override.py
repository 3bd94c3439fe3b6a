"""A user's template folder overrides the package's templates, one file at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors.errors import ConfigError
from workflows.drafting import DraftContext, build_brief, render_draft
from workflows.stages import DraftKind


def test_user_template_overrides_the_packaged_one(tmp_path: Path, sender, full_contact):
    (tmp_path / "outreach.txt.j2").write_text(
        "Subject: Coffee, {{ contact.greeting_name }}?\n\n{{ greeting }}\n\nMy own words.\n\n"
        '{{ sign("Cheers") }}\n',
        encoding="utf-8",
    )
    ctx = DraftContext(sender, full_contact)
    draft = render_draft(DraftKind.OUTREACH, ctx, templates_dir=tmp_path)
    assert draft.subject == "Coffee, Dana?"
    assert (
        draft.text == "Hi Dana,\n\nMy own words.\n\nCheers,\nSam Rivera\nsam.rivera@example.com\n"
    )
    # Kinds the user did not override still come from the package.
    nudge = render_draft(DraftKind.NUDGE, ctx, templates_dir=tmp_path)
    assert "Hi Dana," in nudge.text and "My own words." not in nudge.text


def test_user_override_of_a_shared_part_reaches_every_kind_using_it(tmp_path, sender, full_contact):
    (tmp_path / "_ask.txt.j2").write_text("Could we talk for {{ minutes }} minutes?\n")
    ctx = DraftContext(sender, full_contact)
    for kind in (DraftKind.OUTREACH, DraftKind.REFERRAL_OUTREACH):
        text = render_draft(kind, ctx, templates_dir=tmp_path).text
        assert text.endswith("Could we talk for 20 minutes?\n")


def test_user_can_override_the_brief(tmp_path, sender, full_contact):
    (tmp_path / "brief.txt.j2").write_text(
        "Subject: Prep {{ who }}\n\n{{ question_groups|length }}\n"
    )
    brief = build_brief(DraftContext(sender, full_contact), templates_dir=tmp_path)
    assert brief.title == "Prep Dana Lee"
    assert brief.text == "8\n"


def test_a_missing_templates_folder_is_a_config_error(tmp_path, sender, full_contact):
    with pytest.raises(ConfigError, match="does not exist"):
        render_draft(DraftKind.OUTREACH, DraftContext(sender, full_contact), tmp_path / "nope")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Subject: x\n\n{% if %}\n", r"outreach.txt.j2, line 3: "),
        ("Subject: x\n\n{{ contact.nickname }}\n", r"outreach.txt.j2: .*nickname"),
        ("Hello {{ greeting }}\n", r"must start with a 'Subject: …' line"),
        ("Subject:\n\nbody\n", r"must start with a 'Subject: …' line"),
    ],
)
def test_a_broken_user_template_is_a_one_line_config_error(
    tmp_path, sender, full_contact, body, message
):
    (tmp_path / "outreach.txt.j2").write_text(body)
    with pytest.raises(ConfigError, match=message) as caught:
        render_draft(DraftKind.OUTREACH, DraftContext(sender, full_contact), tmp_path)
    assert "\n" not in str(caught.value)
