"""Conversations held in the ninth round, each a defect a citizen would notice, kept as a test."""

from __future__ import annotations

from bot.dialogue import Conversation
from bot.screening import texts
from tests.conversations.conftest import text_of


def test_saying_one_is_all_right_after_a_sign_told_with_a_polite_ending_is_not_misunderstood():
    """At the consent question he told a place he looks at every night, with a plain polite ending
    ("… 보고 있어요"). The bot kept that as a question to answer later and, once he said "괜찮아요 계속해요",
    replayed it as his answer to the consent: "죄송해요, 답을 잘 알아듣지 못했어요" right after the crisis reply."""
    c = Conversation()
    c.say("작년에 회사 잘리고 빚이 3천인데 요즘은 다 정리하고 싶어요")
    t = text_of(c.say("요즘 밤마다 베란다 난간 보고 있어요"))
    assert "109" in t and "112" in t
    t = text_of(c.say("괜찮아요 계속해요"))
    assert texts.RETRY_PREFIX not in t
    assert "109" in t and "동의" in t  # the lines at hand, then the consent asked plainly
    c.say("동의합니다")
    assert c.state.profile.get("debt_total") == 30_000_000  # told in the first message, kept


def test_a_debt_told_after_last_years_job_loss_is_this_years_debt():
    """ "작년에 회사 잘리고 빚이 3천인데": 작년 belongs to the job loss, not to the debt."""
    c = Conversation()
    c.say("작년에 회사 잘리고 빚이 3천인데 월세도 밀렸어요")
    c.say("동의합니다")
    assert c.state.profile.get("debt_total") == 30_000_000
    assert "debt_total" not in (c.state.question or "")
