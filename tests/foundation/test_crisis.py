import pytest

from bot import safety


@pytest.mark.parametrize("text", ["죽고 싶어요", "죽고싶다", "자살하고 싶어", "살고 싶지 않아요", "그냥 사라지고 싶어요",
                                  "빚 때문에 극단적 선택까지 생각했어요", "손목을 그었어요", "더 이상 못 살겠어요",
                                  "다 끝내고 싶다", "자해를 했어요", "실직하고 빚도 많고 죽을까 생각해요"])
def test_crisis(text):
    assert safety.is_crisis(text)


@pytest.mark.parametrize("text", ["배고파 죽겠다", "실업급여 받고 싶어요", "죽 먹었어요", "웃겨 죽는 줄", "", "월세가 밀렸어요"])
def test_not_crisis(text):
    assert not safety.is_crisis(text)


def test_lines():
    assert "109" in safety.CRISIS_LINES and "129" in safety.CRISIS_LINES


def test_flag_component_sets_parse_key():
    from rasa.shared.nlu.constants import TEXT
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import CrisisFlagger

    m1, m2 = Message({TEXT: "빚 때문에 죽고 싶어요"}), Message({TEXT: "빚이 있어요"})
    CrisisFlagger().process([m1, m2])
    assert m1.get("crisis") is True and "crisis" in m1.as_dict(only_output_properties=True)
    assert m2.get("crisis") is None
