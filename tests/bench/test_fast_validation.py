"""bench/patches/rasa_fast_validation: same accept/reject behaviour as Rasa's own check, schema built once."""
import pytest

jsonschema = pytest.importorskip("jsonschema")
action_mod = pytest.importorskip("rasa.core.actions.action")

from bench.patches import rasa_fast_validation  # noqa: E402

GOOD = {"events": [{"event": "slot", "name": "age", "value": 45}, {"event": "active_loop", "name": None}],
        "responses": [{"text": "만 나이가 어떻게 되세요?", "buttons": [{"title": "건너뛰기", "payload": "건너뛰기"}]}]}
BAD = [{"events": [{"event": "no_such_event"}]}, {"events": "not a list"}, {"responses": ["not an object"]}]


def _original_verdict(result) -> bool:
    try:
        jsonschema.validate(result, action_mod.RemoteAction.action_response_format_spec())
        return True
    except jsonschema.ValidationError:
        return False


def test_patched_validation_agrees_with_rasa(monkeypatch):
    monkeypatch.setattr(action_mod.RemoteAction, "_validate_action_result",
                        action_mod.RemoteAction._validate_action_result)
    monkeypatch.setattr(action_mod.RemoteAction, "_bench_fast_validation", False, raising=False)
    assert rasa_fast_validation.apply() is True
    assert rasa_fast_validation.apply() is False          # idempotent
    remote = action_mod.RemoteAction("action_x", None)
    assert _original_verdict(GOOD) and remote._validate_action_result(GOOD) is True
    for bad in BAD:
        assert not _original_verdict(bad)
        with pytest.raises(jsonschema.ValidationError) as exc:
            remote._validate_action_result(bad)
        assert "Failed to validate Action server response" in exc.value.message
