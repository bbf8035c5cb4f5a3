"""The classifier's veto after the tenth round: one ordinary word beside a sign is weak (a sure classifier still
speaks), an ordinary phrase (bot/safety/veto_contexts.py) is firm. Own sentences, none of them a set's line."""

import pytest

from bot import safety


@pytest.mark.parametrize(
    "text",
    [
        "과수원 넘기고 나면 저도 정리하려고요",  # ordinary use: an orchard
        "청소하다 옥상 난간에 기대면 그냥 넘어가고 싶어요",  # ordinary use: cleaning
        "바다 사진 찍으러 간다고 하고 나갈 거예요 안 돌아올 거고요",  # an everyday phrase inside a cover story
        "학원 끝나면 옥상 올라가서 한참 있다 와요",  # a task "ending" as a time, not as what ends
        "과제 다 내면 이제 조용히 사라지는 일만 남았어요",  # a task handed in beside the self vanishing
    ],
)
def test_one_ordinary_word_no_longer_silences_a_sure_classifier(monkeypatch, text):
    from bot.safety import detector, model

    monkeypatch.setattr(detector, "detect", lambda t: [])  # the veto alone
    monkeypatch.setattr(detector, "_explained_by_rules", lambda t: False)
    assert detector.weakly_explained(text) and not detector.firmly_explained(text), text
    monkeypatch.setattr(model, "probability", lambda t: 0.95)
    assert safety.assess(text).source == "model", text
    safety.clear_cache()
    monkeypatch.setattr(model, "probability", lambda t: 0.8)
    assert not safety.assess(text).raised, text


@pytest.mark.parametrize(
    "text",
    [
        "보고서 다 끝났어요 이제 퇴근해요",
        "이번 주 야근 다 끝났어요",
        "이 노래 평생 계속 듣고 싶어요",
        "모아둔 쿠폰 세어 보니 치킨 한 마리예요",
    ],
)
def test_an_ordinary_phrase_is_still_firm(monkeypatch, text):
    from bot.safety import detector, model

    c = detector.compact(detector.bounded(text))
    assert detector._ordinary_phrase(text, c) and detector.firmly_explained(text), text
    monkeypatch.setattr(model, "probability", lambda t: 0.99)
    assert not safety.assess(text).raised, text
