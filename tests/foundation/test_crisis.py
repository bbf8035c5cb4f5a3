"""Old crisis API (is_crisis, CRISIS_LINES) and the NLU adapters (CrisisFlagger's flag on every stored user message)."""

import pytest

from bot import safety


@pytest.mark.parametrize(
    "text",
    [
        "죽고 싶어요",
        "죽고싶다",
        "자살하고 싶어",
        "살고 싶지 않아요",
        "그냥 사라지고 싶어요",
        "빚 때문에 극단적 선택까지 생각했어요",
        "손목을 그었어요",
        "더 이상 못 살겠어요",
        "다 끝내고 싶다",
        "자해를 했어요",
        "실직하고 빚도 많고 죽을까 생각해요",
    ],
)
def test_crisis(text):
    assert safety.is_crisis(text)


@pytest.mark.parametrize(
    "text",
    ["배고파 죽겠다", "실업급여 받고 싶어요", "죽 먹었어요", "웃겨 죽는 줄", "", "월세가 밀렸어요", "남편이 때려요"],
)  # violence is a crisis signal, but not a suicide one (1366, not 109)
def test_not_crisis(text):
    assert not safety.is_crisis(text)


def test_lines_name_109_first():
    lines = safety.CRISIS_LINES
    assert lines.index("109") < lines.index("1577-0199") < lines.index("129")


def test_flag_component_sets_parse_key_with_masked_evidence():
    from rasa.shared.nlu.constants import TEXT
    from rasa.shared.nlu.training_data.message import Message

    from bot.adapters.nlu import CrisisFlagger

    m1 = Message({TEXT: "빚 때문에 죽고 싶어요 제 번호는 010-1234-5678이에요"})
    m2, m3 = Message({TEXT: "빚이 있어요"}), Message({TEXT: "남편이 술만 먹으면 때려요"})
    CrisisFlagger().process([m1, m2, m3])
    flag = m1.get("crisis")
    assert flag["level"] == "risk" and flag["kind"] == "suicide"
    assert "1234-5678" not in flag["evidence"] and "죽고 싶어요" in flag["evidence"]
    assert "crisis" in m1.as_dict(only_output_properties=True)
    assert m2.get("crisis") is None
    assert m3.get("crisis")["kind"] == "violence"
