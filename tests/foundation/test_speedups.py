"""The action-response validation speed-up keeps Rasa's behaviour: valid passes, invalid raises."""

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot.startup import apply_patches

apply_patches(["rasa"])  # what the Rasa process does when it loads our components


def action():
    return RemoteAction("action_x", EndpointConfig("http://127.0.0.1:1/webhook"))


def test_patch_applied():
    assert getattr(RemoteAction, "_fast_validation", False)


def test_valid_response_passes():
    assert action()._validate_action_result({"events": [{"event": "slot", "name": "a", "value": 1}], "responses": []})


@pytest.mark.parametrize("bad", [{"events": "nope"}, {"events": [{"no_event_key": 1}]}, {"responses": 3}])
def test_invalid_response_raises(bad):
    with pytest.raises(ValidationError) as e:
        action()._validate_action_result(bad)
    assert "Failed to validate Action server response" in e.value.message
