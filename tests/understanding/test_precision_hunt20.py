"""Precision hunt 20: HTML-only mail, where markup says what the words do not.

Crossed-out text (``<s>``, ``<del>``, ``<strike>``, a line-through style) is a time the sender
withdrew, and a table row marked with a cross is a slot ruled out; both were read as offers.
Both are now left out of the text. Sentences of our own, with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_HTML = "text/html; charset=utf-8"
_TZ = ZoneInfo("Europe/Paris")
_WEDNESDAY_11 = datetime(2028, 3, 15, 11, 0)
_FRIDAY_15 = datetime(2028, 3, 17, 15, 0)
_QUOTE = (
    '<div class="gmail_quote"><div class="gmail_attr">On Fri, Mar 10, 2028 at 9:00 AM Ada Obi'
    ' &lt;ada@example.com&gt; wrote:<br></div><blockquote class="gmail_quote">Hi Kai, would'
    " Tuesday at 2pm or Thursday at 10am work for a 30-minute chat?</blockquote></div>"
)


def _read(body: str) -> Verdict:
    """The verdict on an HTML-only reply, sent Monday 13 March 2028, above the user's offer."""
    html = f"<html><body>{body}{_QUOTE}</body></html>"
    return read_reply(html, tz=_TZ, date="Mon, 13 Mar 2028 10:00:00 +0100", content_type=_HTML)


_STRUCK = [
    "<div>Neither works. How about <s>Wednesday 11am</s> Friday 3pm?</div>",
    "<div>Neither works. How about <del>Wednesday at 11am</del> Friday at 3pm?</div>",
    "<div>Neither works. How about <strike>Wednesday 11am</strike> Friday at 3pm?</div>",
    '<div>Aucun ne me va. <span style="text-decoration: line-through">Mercredi 11h</span>'
    " Vendredi 15h ?</div>",
    "<div>Leider beides nicht. Wie wäre es mit <del>Mittwoch <b>11 Uhr</b></del> Freitag um"
    " 15 Uhr?</div>",
    "<div>Ninguno me va bien. ¿Qué tal el <s>miércoles a las <s>11</s></s> viernes a las 15?</div>",
]


@pytest.mark.parametrize("body", _STRUCK)
def test_crossed_out_time_is_withdrawn(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain
    assert local_starts(verdict, _TZ) == [_FRIDAY_15]


_CROSSED_ROWS = [
    "<p>Neither works. My week:</p><table><tr><td>Wed 15 Mar 11:00</td><td>&#10007;</td></tr>"
    "<tr><td>Fri 17 Mar 15:00</td><td>&#10003;</td></tr></table>",
    "<p>Neither works. My week:</p><table><tr><td>Wed 15 Mar 11:00</td><td>❌</td></tr>"
    "<tr><td>Fri 17 Mar 15:00</td><td>✅</td></tr></table>",
    "<p>Aucun ne me va. Mes dispos :</p><table><tr><td>mer. 15 mars 11h</td><td>✘</td></tr>"
    "<tr><td>ven. 17 mars 15h</td><td>✔</td></tr></table>",
]


@pytest.mark.parametrize("body", _CROSSED_ROWS)
def test_table_row_marked_with_a_cross_is_ruled_out(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain
    assert local_starts(verdict, _TZ) == [_FRIDAY_15]


_KEPT = [
    # underlined, bold or styled words stay: only a line-through withdraws
    ("<div>Neither works. How about <u>Wednesday 11am</u>?</div>", [_WEDNESDAY_11]),
    (
        '<div>Neither works. How about <span style="text-decoration:underline">Wednesday'
        "</span> at 11am?</div>",
        [_WEDNESDAY_11],
    ),
    # the words after a struck span are read
    ("<div>Neither works. <s>Sorry</s> How about Wednesday at 11am?</div>", [_WEDNESDAY_11]),
    # rows with ticks only stay offers
    (
        "<p>Neither works. Options:</p><table><tr><td>Wed 15 Mar 11:00</td><td>&#10003;</td></tr>"
        "<tr><td>Fri 17 Mar 15:00</td><td>&#10003;</td></tr></table>",
        [_WEDNESDAY_11, _FRIDAY_15],
    ),
]


@pytest.mark.parametrize(("body", "starts"), _KEPT)
def test_near_misses_keep_their_times(body: str, starts: list[datetime]) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain
    assert local_starts(verdict, _TZ) == starts


_THURSDAY_10 = datetime(2028, 3, 16, 10, 0)
_OFFICE_HOURS_UNDER_SIGNATURE = [
    "<div>Jeudi 10h c&#39;est bon.</div><div>-- <br>Kai Berg<br>Tél. : 01 42 60 11 30<br>"
    "Du lundi au vendredi, 9h-18h</div>",
    "<div>Thursday at 10am works.</div><div>--<br>Kai Berg<br>Mon to Fri, 9am-5pm</div>",
    "<div>Donnerstag 10 Uhr passt.</div><p>-- </p><p>Kai Berg<br>Montag bis Freitag, 9-17 Uhr</p>",
]


@pytest.mark.parametrize("body", _OFFICE_HOURS_UNDER_SIGNATURE)
def test_hours_under_an_html_signature_delimiter_are_no_offer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain
    assert local_starts(verdict, _TZ) == [_THURSDAY_10]


def test_a_line_opening_day_of_month_is_read() -> None:
    # near miss: "15. März" opening a line was escaped as "15\\. März" too
    body = "<div>Leider beides nicht.</div><div>15. März um 11 Uhr, ginge das?</div>"
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _TZ) == [_WEDNESDAY_11]
