"""Round 78, part C: Japanese and Korean, a plain no and an absence notice's day back.

Sentences of our own, quoted from "Ada Obi <ada@example.com>"; the replies come on Tuesday 1
March 2039 to a user in Hong Kong.

- A hand-written Japanese or Korean reply whose only cue is the polite, final no ("今回は辞退
  させていただきます", "이번에는 참여하기 어렵습니다") is a certain decline.
- A Korean auto-reply that names its day back ("4월 11일(월)에 복귀합니다"), the English line
  naming the same day, is a certain absence, as the Japanese one already was.
- Near misses stay in doubt: a no beside "later" or "next month", a no beside a yes, a no of
  one day beside another day, a date in digits, a Korean notice that names only its last day
  away ("까지") or its day back in Korean alone, and Chinese, which the reader does not name.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding.otherlanguages import east_asian_return

HONG_KONG = ZoneInfo("Asia/Hong_Kong")
SENT = "Tue, 01 Mar 2039 10:00:00 +0900"
QUOTE = (
    "\n\nOn Mon, 28 Feb 2039 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would either of these suit you for a 30-minute call? (Hong Kong time)\n"
    "> - Thursday 3 March, 9pm\n> - Tuesday 8 March, 8am\n"
)
AUTO = "Auto-Submitted: auto-replied\n"

DECLINES = [
    "ご連絡ありがとうございます。\n申し訳ございませんが、今回は辞退させていただきます。\n",
    "お声がけいただき光栄です。\nただ、業務の都合により、今回はお断りさせていただきます。\n",
    "ご丁寧にありがとうございます。残念ながら、今回は見送らせていただきます。\n",
    "メールありがとうございます。\nあいにく、このようなお話の時間を取ることができません。\n",
    "연락 주셔서 감사합니다.\n죄송하지만 이번에는 참여하기 어렵습니다.\n",
    "메일 감사합니다. 정중히 거절하겠습니다. 좋은 결과 있으시길 바랍니다.\n",
]


@pytest.mark.parametrize("body", DECLINES)
def test_a_plain_polite_no_is_a_decline(body: str) -> None:
    verdict = read_reply(body, tz=HONG_KONG, date=SENT, quote=QUOTE)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DECLINE
    assert not verdict.proposed_times


NOT_PLAIN = [
    # A later, a next month, a yes beside the no.
    "申し訳ありませんが、今は時間を取ることができません。落ち着いたらまたご連絡します。\n",
    "今月は辞退させていただきますが、来月でしたらぜひお話ししましょう。\n",
    # A day named: the no may be of that day only.
    "木曜日はお断りさせていただきますが、火曜日の朝なら大丈夫です。\n",
    # A date in digits.
    "3月は辞退させていただきます。4月15日以降でしたら可能です。\n",
    "지금은 어렵습니다. 다음 달에 다시 연락 주세요.\n",
    "화요일은 어렵습니다. 수요일 오후는 괜찮습니다.\n",
    # Chinese, which the reader does not name.
    "谢谢你的来信。很抱歉，这次我无法参加。\n",
]


@pytest.mark.parametrize("body", NOT_PLAIN)
def test_a_no_that_may_not_be_final_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=HONG_KONG, date=SENT, quote=QUOTE)
    assert not (verdict.certain and verdict.intent is Intent.DECLINE)
    assert not verdict.certain


def test_a_korean_absence_with_its_day_back_is_read() -> None:
    body = (
        "안녕하세요.\n3월 2일부터 3월 9일까지 휴가 중입니다.\n"
        "3월 14일(월)에 복귀하여 답장드리겠습니다.\n"
        "\nI am on leave until 9 March and back on Monday 14 March.\n"
    )
    verdict = read_reply(body, tz=HONG_KONG, date=SENT, headers=AUTO)
    assert (verdict.intent, verdict.return_date, doubt_codes(verdict)) == (
        Intent.OUT_OF_OFFICE,
        date(2039, 3, 14),
        [],
    )


@pytest.mark.parametrize(
    "body",
    [
        # Only the last day away.
        "안녕하세요.\n3월 9일까지 휴가 중입니다.\n",
        # The day back in Korean alone: the date reader does not read "월"/"일", so nothing
        # bears the day out.
        "안녕하세요.\n3월 14일(월)에 복귀하여 답장드리겠습니다.\n",
        # The English line names another day.
        "3월 14일(월)에 복귀합니다.\nI am back on Tuesday 15 March.\n",
    ],
)
def test_a_korean_absence_unsure_of_its_day_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=HONG_KONG, date=SENT, headers=AUTO)
    assert verdict.doubts, verdict.intent


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("3월 14일(월)에 복귀하여 답장드리겠습니다.", date(2039, 3, 14)),
        ("3월 14일부터 출근합니다.", date(2039, 3, 14)),
        ("3월 9일까지 휴가 중입니다.", None),
        ("3월 14일에 복귀합니다. 3월 21일부터 출근합니다.", None),
        ("3월 1일에 복귀합니다.", None),
    ],
)
def test_korean_day_back(text: str, back: date | None) -> None:
    assert east_asian_return(text, date(2039, 3, 1)) == back
