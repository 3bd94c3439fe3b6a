"""Rendering a draft: the kind's template, the user's override first, then tidy text and HTML.

Each kind has ONE plain-text template, ``templates/<kind>.txt.j2``, whose
first line is ``Subject: …``. A reply's subject is "Re: " plus the thread's
subject whatever the template says, and the previous message is quoted under
it, so threading never depends on the template. The HTML alternative is
derived from the text (:mod:`workflows.drafting.markup`).

Some drafts have nothing true to say without a fact only the user can give:
the follow-up tells progress, so without an ``--update`` note there is no
follow-up (:func:`has_something_to_say`; :func:`render_draft` raises
:class:`NothingToSay`).
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from connectors.errors import ConfigError, InputError
from workflows.drafting.context import DraftContext
from workflows.drafting.markup import text_to_html
from workflows.drafting.thread import reply_subject
from workflows.drafting.view import draft_view
from workflows.stages import DraftKind

log = logging.getLogger(__name__)

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"
_SUBJECT = re.compile(r"\ASubject:[ \t]*(?P<subject>[^\n]*)\n")


class NothingToSay(InputError):
    """The draft would have to invent its news: the user has not given the fact it needs."""


@dataclass(frozen=True)
class RenderedDraft:
    """A draft ready for ``DraftSpec``: subject, plain text and its HTML alternative."""

    subject: str
    text: str
    html: str


@functools.lru_cache(maxsize=8)
def environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment: ``templates_dir`` (the user's) first, then the package's."""
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        if not templates_dir.is_dir():
            raise ConfigError(f"drafting templates folder {templates_dir} does not exist")
        loaders.append(jinja2.FileSystemLoader(templates_dir))
    loaders.append(jinja2.FileSystemLoader(PACKAGE_TEMPLATES))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        # Templates are plain text; only a user's *.html template would be escaped.
        # The HTML alternative is escaped where it is derived (markup.py).
        autoescape=jinja2.select_autoescape(["html", "htm", "xml"], default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def render_template(name: str, values: dict[str, Any], templates_dir: Path | None = None) -> str:
    """Render the template ``name`` with ``values``; a broken template is a ConfigError."""
    try:
        template = environment(templates_dir).get_template(name)
        return tidy(template.render(values))
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(f"drafting template {name} not found") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(
            f"drafting template {exc.name or name}, line {exc.lineno}: {exc.message}"
        ) from exc
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"drafting template {name}: {exc.message}") from exc


def split_subject(rendered: str, name: str) -> tuple[str, str]:
    """Split a rendered template into its ``Subject:`` line and the body."""
    match = _SUBJECT.match(rendered)
    if match is None or not match.group("subject").strip():
        raise ConfigError(f"drafting template {name} must start with a 'Subject: …' line")
    return match.group("subject").strip(), tidy(rendered[match.end() :])


def _require(kind: DraftKind, view: dict[str, Any]) -> None:
    """Refuse contexts that cannot make a sensible draft of ``kind``."""
    if kind is DraftKind.REFERRAL_OUTREACH and not view["referrer"]:
        raise InputError("referral outreach needs the referrer's name")
    if kind is DraftKind.CONFIRMATION and view["meeting"] is None:
        raise InputError("a confirmation needs the meeting")
    if kind is DraftKind.SCHEDULING_REPLY and view["variant"] is None:
        raise InputError(
            "a scheduling reply needs an accepted window, a booking link or offered slots"
        )


def has_something_to_say(kind: DraftKind, ctx: DraftContext) -> bool:
    """Whether a draft of ``kind`` can be written from true facts alone."""
    if kind is DraftKind.FOLLOW_UP:
        return bool(ctx.progress_note and ctx.progress_note.strip())
    return True


def render_draft(
    kind: DraftKind, ctx: DraftContext, templates_dir: Path | None = None
) -> RenderedDraft:
    """Write the draft of ``kind`` for ``ctx``, using the user's templates when present."""
    if not has_something_to_say(kind, ctx):
        raise NothingToSay(
            "no follow-up without news: add one with "
            '`coffeechat notes add CONTACT --update "what you did since"`'
        )
    view = draft_view(ctx)
    _require(kind, view)
    name = f"{kind.value}.txt.j2"
    subject, text = split_subject(render_template(name, view, templates_dir), name)
    if ctx.their_subject and ctx.their_subject.strip():
        subject = reply_subject(ctx.their_subject)
    if view["quoted"]:
        text = f"{text}\n{view['quoted']}\n"
    log.debug("rendered %s draft (%d characters)", kind.value, len(text))
    return RenderedDraft(subject=subject, text=text, html=text_to_html(text))
