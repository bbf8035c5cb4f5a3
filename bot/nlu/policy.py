"""CrisisPolicy: answers suicide/self-harm wording with 109 first, on any intent.

Crisis is not an intent (it must fire together with whatever the person asked). When the latest
user message is flagged (parse_data["crisis"] = {"level", "kind", "evidence"}, set by CrisisFlagger,
or bot.safety.assess() on the text when the flag is missing, e.g. a message injected without NLU),
this policy predicts `action_crisis` with top priority, once per user message. Signals of kind
"violence" are left to the dialogue's own crisis handling (1366 via bot.safety.messages_for), since
action_crisis sends the suicide lines. The action
sends the help lines and then reverts itself (ActionReverted), so the normal policies continue
exactly as if the message had arrived without it: the person gets the crisis lines AND the answer
to what they asked.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction, SupportedData
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot import safety

CRISIS_ACTION = "action_crisis"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class CrisisPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": 7}  # above RulePolicy (6): wins ties at confidence 1.0

    @staticmethod
    def supported_data() -> SupportedData:
        return SupportedData.ML_DATA

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 execution_context: ExecutionContext, featurizer=None) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    @classmethod
    def load(cls, config, model_storage, resource, execution_context, **kwargs) -> "CrisisPolicy":
        return cls(config, model_storage, resource, execution_context)

    @staticmethod
    def _already_answered(tracker: DialogueStateTracker) -> bool:
        # raw events (not applied ones): action_crisis reverts itself, but it still ran.
        for event in reversed(tracker.events):
            if isinstance(event, UserUttered):
                return False
            if isinstance(event, ActionExecuted) and event.action_name == CRISIS_ACTION:
                return True
        return False

    @staticmethod
    def is_flagged(tracker: DialogueStateTracker) -> bool:
        msg = tracker.latest_message
        if msg is None:
            return False
        flag = msg.parse_data.get("crisis")
        if isinstance(flag, dict):
            return flag.get("kind") in ("suicide", "self_harm") and flag.get("level", "none") != "none"
        if flag is True:  # models trained before the flag became a dict
            return True
        return safety.is_crisis(msg.text or "")

    def predict_action_probabilities(self, tracker: DialogueStateTracker, domain: Domain,
                                     rule_only_data: Optional[Dict[Text, Any]] = None,
                                     **kwargs: Any) -> PolicyPrediction:
        result = self._default_predictions(domain)
        if tracker.latest_action_name == "action_listen" and self.is_flagged(tracker) and not self._already_answered(tracker) \
                and CRISIS_ACTION in domain.action_names_or_texts:
            result[domain.index_for_action(CRISIS_ACTION)] = 1.0
            return self._prediction(result, is_no_user_prediction=True)
        return self._prediction(result)
