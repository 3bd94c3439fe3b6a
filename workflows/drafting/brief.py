"""The prep brief: the user's private notes for one coffee chat.

It is built from the same facts as the drafts and rendered from
``templates/brief.txt.j2`` (overridable like the drafts). The brief holds the
user's research and must never reach the contact: callers put it on a private
prep event only (DESIGN.md, "The prep brief stays private").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from workflows.drafting.context import DraftContext
from workflows.drafting.markup import text_to_html
from workflows.drafting.questions import MIN_QUESTIONS, Category, choose_questions
from workflows.drafting.render import render_template, split_subject
from workflows.drafting.thread import gist
from workflows.drafting.untrusted import plain
from workflows.drafting.view import draft_view, sentence
from workflows.drafting.when import format_date, format_when

BRIEF_TEMPLATE = "brief.txt.j2"
#: How many of the newest notes become questions of their own.
NOTE_QUESTIONS = 2


@dataclass(frozen=True)
class Brief:
    """A rendered prep brief: the prep event's title, its text and the HTML alternative."""

    title: str
    text: str
    html: str


def _brief_view(ctx: DraftContext, question_count: int) -> dict[str, Any]:
    view = draft_view(ctx)
    contact = ctx.contact
    dated = sorted(
        (
            (when.date() if isinstance(when, datetime) else when, text)
            for when, text in contact.notes
        ),
        key=lambda pair: pair[0],
    )
    written = [text for _, text in dated if text.strip()]
    # The user's own research is the best prompt for questions that are not canned;
    # they take the place of bank questions, down to the bank's minimum.
    room = max(0, min(NOTE_QUESTIONS, question_count - MIN_QUESTIONS, len(written)))
    from_notes = written[len(written) - room :]
    questions = choose_questions(contact, question_count - len(from_notes))
    meeting = ctx.meeting
    their_when = None
    if meeting is not None and ctx.their_zone is not None and view["their_time"]:
        their_when = format_when(meeting.start, meeting.end, ctx.their_zone)
    view.update(
        notes=[(format_date(day), sentence(text)) for day, text in dated if text.strip()],
        gist=[sentence(gist(line)) for line in contact.earlier_gist if gist(line)],
        their_when=their_when,
        note_questions=[f"Ask about what you found: {sentence(text)}" for text in from_notes],
        question_groups=[
            (category.heading, [q.text for q in questions if q.category is category])
            for category in Category
            if any(q.category is category for q in questions)
        ],
        who=contact.name.strip() or contact.email,
        whose=f"{contact.greeting_name}'s" if contact.greeting_name else "Their",
    )
    return view


def build_brief(
    ctx: DraftContext, templates_dir: Path | None = None, question_count: int = 10
) -> Brief:
    """Write the prep brief for the meeting in ``ctx`` (8–12 questions).

    Calendars show an event's description as HTML and link its addresses, and
    the brief carries a stranger's words (their reply, their invite's
    location, their name): so it keeps words only, no markup and no address
    that is not a web one.
    """
    rendered = render_template(BRIEF_TEMPLATE, _brief_view(ctx, question_count), templates_dir)
    title, text = split_subject(plain(rendered), BRIEF_TEMPLATE)
    return Brief(title=title, text=text, html=text_to_html(text))
