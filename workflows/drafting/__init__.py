"""Drafting: the emails coffeechat writes for the user, and the private prep brief.

Callers fill a :class:`DraftContext` and call :func:`render_draft` (one draft
kind) or :func:`build_brief`; both return plain text with a derived HTML
alternative. Templates live in ``templates/`` and can be overridden one by one
from a user folder.
"""

from __future__ import annotations

from workflows.drafting.brief import Brief, build_brief
from workflows.drafting.context import ContactFacts, DraftContext, MeetingFacts, Sender
from workflows.drafting.questions import Category, Question, choose_questions
from workflows.drafting.render import RenderedDraft, render_draft
from workflows.drafting.when import format_when

__all__ = [
    "Brief",
    "Category",
    "ContactFacts",
    "DraftContext",
    "MeetingFacts",
    "Question",
    "RenderedDraft",
    "Sender",
    "build_brief",
    "choose_questions",
    "format_when",
    "render_draft",
]
