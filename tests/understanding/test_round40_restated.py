"""Round 40: a restatement outside brackets is held to the clock it restates.

"9am Sydney time - Monday 6pm for you in New York", "= Monday 2pm Pacific", "/ 8:30am London",
"i.e.", "which is", "that's": a second clock joined to the first, with a zone or side of its
own, says the same instant again. It is checked as a bracketed one is, on the day the time is
for: when the two disagree the sender got one side wrong, and the reader doubts; when they
agree it is no second offer. Near misses: two offers joined by "or" or "/" on other days or in
one zone, a range, a dash list. The settings are precision hunt 33's.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import local_starts
from tests.understanding.test_precision_hunt33 import _SETTINGS, _SYD, D, P, Row, _starts, _verdict

_AKL, _SCL, _SG, _TYO = "Pacific/Auckland", "America/Santiago", "Asia/Singapore", "Asia/Tokyo"
_DEL = "Asia/Kolkata"

ROWS: list[Row] = [
    # ---- Joined by a dash, "=", "/", "i.e.", "which is", "that's": right, then wrong ----
    ("syd_lon", "Tuesday 4 April at 5pm Sydney time - 8am London.\n\nKai\n",
     (P, _SYD, ["04-04 17:00"])),
    ("syd_lon", "Tuesday 4 April at 5pm Sydney time - 7am London.\n\nKai\n", D),
    ("syd_lon", "Tuesday 4 April at 5pm Sydney time — 7am London.\n\nKai\n", D),
    ("syd_lon", "Tuesday 4 April, 5pm Sydney = 8am London?\n\nKai\n", (P, _SYD, ["04-04 17:00"])),
    ("syd_lon", "Tuesday 4 April, 5pm Sydney = 7am London?\n\nKai\n", D),
    ("syd_lon", "Wednesday 5 April at 10am Tokyo time = 2am London?\n\nKai\n",
     (P, _TYO, ["04-05 10:00"])),
    ("syd_lon", "Wednesday 5 April at 10am Tokyo time = 1am London?\n\nKai\n", D),
    ("syd_ny", "Tuesday 4 April at 9am Sydney time, i.e. Monday 7pm in New York.\n\nKai\n",
     (P, _SYD, ["04-04 09:00"])),
    ("syd_ny", "Tuesday 4 April at 9am Sydney time, i.e. Monday 6pm in New York.\n\nKai\n", D),
    # The clock right, the day wrong: Tuesday 9am in Sydney is Monday evening in New York.
    ("syd_ny", "Tuesday 4 April at 9am Sydney time, which is Tuesday 7pm for you.\n\nKai\n", D),
    ("akl_la", "Tuesday 4 April at 10am Auckland time - that's Monday 3pm Pacific.\n\nKai\n",
     (P, _AKL, ["04-04 10:00"])),
    ("sg_ny", "Tuesday 14 March at 9am SGT / Monday 9pm EDT?\n\nKai\n", (P, _SG, ["03-14 09:00"])),
    ("del_ny", "Tuesday 14 March at 6:30am IST, which is Monday 9pm in New York.\n\nKai\n",
     (P, _DEL, ["03-14 06:30"])),
    ("del_ny", "Tuesday 14 March at 6:30am IST, which is Monday 8pm in New York.\n\nKai\n", D),
    ("syd_la_nov", "Monday 6 November at 11am Sydney time - that's Sunday 4pm for you in LA.\n\n"
     "Kai\n", (P, _SYD, ["11-06 11:00"])),
    ("akl_ny_jun", "Tuesday 20 June at 8am NZ time - Monday 4pm in New York.\n\nKai\n",
     (P, _AKL, ["06-20 08:00"])),
    # ---- Sides: "your time", "for you", "my time" ----
    ("scl_ny", "Tuesday 4 April at 10am Chile time = 10am your time.\n\nKai\n",
     (P, _SCL, ["04-04 10:00"])),
    ("syd_la_jun", "Monday 9am my time = Sunday 4pm your time?\n\nKai\n",
     (P, "+1000", ["06-19 09:00"])),
    ("syd_lon", "Tuesday 4 April at 5pm Sydney time - 9am for you.\n\nKai\n", D),
    # Hours away, "for you" places the user in another zone: the named clock stands.
    ("syd_lon", "Tuesday 4 April at 5pm Sydney time - 3am for you.\n\nKai\n",
     (P, _SYD, ["04-04 17:00"])),
    # ---- Near misses: two offers, a range, a list ----
    # Zoneless, from +11:00 before Sydney's clocks went back on 2 April: not the header's offset
    # on the day, and no place said (round 57 part F).
    ("syd_lon", "Happy to chat. Would Tuesday 4 April 5pm / Wednesday 5 April 6pm work for"
     " you?\n\nKai\n", D),
    ("syd_lon", "Happy to chat. Would Tuesday 4 April 5pm Sydney / Wednesday 5 April 6pm Sydney"
     " work for you?\n\nKai\n",
     (P, _SYD, ["04-04 17:00", "04-05 18:00"])),
    # Days apart, in two zones: two offers, not one said twice.
    ("syd_lon", "Happy to chat. Would Monday 3 April 6pm Sydney / Thursday 6 April 9am London work"
     " for you?\n\nKai\n", (P, _SYD, ["04-03 18:00", "04-06 18:00"])),
    ("syd_lon", "Happy to chat. Tuesday 4 April at 5pm Sydney time or Wednesday 5 April at 9am"
     " London time?\n\nKai\n", (P, _SYD, ["04-04 17:00", "04-05 18:00"])),
    ("syd_lon", "Tuesday 4 April 9-10am Sydney time?\n\nKai\n", (P, _SYD, ["04-04 09:00"])),
    ("syd_lon", "Happy to chat, would any of these work for you:\n- Tuesday 4 April 5pm Sydney\n"
     "- Wednesday 5 April 6pm Sydney\n\nKai\n", (P, _SYD, ["04-04 17:00", "04-05 18:00"])),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_a_restatement_outside_brackets(row: Row) -> None:
    verdict = _verdict(row)
    if row[2] is None:
        assert not verdict.certain
        return
    assert verdict.certain, [d.code for d in verdict.doubts]
    assert verdict.intent is row[2][0]
    assert local_starts(verdict, ZoneInfo(_SETTINGS[row[0]][0])) == _starts(row)
