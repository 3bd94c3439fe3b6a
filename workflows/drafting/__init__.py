"""Drafting: the emails coffeechat writes for the user, and the private prep brief.

Callers fill a :class:`DraftContext` and call :func:`render_draft` (one draft
kind) or :func:`build_brief`; both return plain text with a derived HTML
alternative. Templates live in ``templates/`` and can be overridden one by one
from a user folder.
"""

from __future__ import annotations

from workflows.drafting.brief import Brief, build_brief
from workflows.drafting.context import ContactFacts, DraftContext, MeetingFacts, Quoted, Sender
from workflows.drafting.medium import link_in, medium_in
from workflows.drafting.questions import Category, Question, choose_questions
from workflows.drafting.render import (
    NothingToSay,
    RenderedDraft,
    has_something_to_say,
    render_draft,
)
from workflows.drafting.thread import gist, thread_subject
from workflows.drafting.when import format_when

__all__ = [
    "Brief",
    "Category",
    "ContactFacts",
    "DraftContext",
    "MeetingFacts",
    "NothingToSay",
    "Question",
    "Quoted",
    "RenderedDraft",
    "Sender",
    "build_brief",
    "choose_questions",
    "format_when",
    "gist",
    "has_something_to_say",
    "link_in",
    "medium_in",
    "render_draft",
    "thread_subject",
]
