"""TurnPolicy: after every user message run `action_turn` (the conversation engine), then listen.

The whole dialogue is decided in plain Python (bot.dialogue); Rasa only carries messages and state.
Two predictions per turn at most, so Rasa's action loop (and its circuit breaker) can never trip.

Why no Rasa forms (``FormValidationAction.required_slots``, the documented Rasa 3 way to vary a form's
questions): the questions depend on the whole profile (the eligibility planner picks the most decisive
missing fact), a story typed mid-form must be read as a story, corrections can arrive at any question,
and safety must answer first in every state. Forms spread that over rules, form loops and validation
actions; the one plain-Python turn handler (``bot.dialogue.turn``) keeps it in one tested place.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction, SupportedData
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.startup import apply_patches

TURN_ACTION = "action_turn"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class TurnPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": 7}

    @staticmethod
    def supported_data() -> SupportedData:
        return SupportedData.ML_DATA

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    @classmethod
    def load(cls, config, model_storage, resource, execution_context, **kwargs) -> "TurnPolicy":
        apply_patches()  # the policy runs every action: patch Rasa's RemoteAction first (bot/startup.py)
        return cls(config, model_storage, resource, execution_context)

    @staticmethod
    def _user_waiting(tracker: DialogueStateTracker) -> bool:
        """True when the last thing that happened is a user message after action_listen."""
        for event in reversed(tracker.applied_events()):
            if isinstance(event, UserUttered):
                return True
            if isinstance(event, ActionExecuted):
                return False
        return False

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        result = self._default_predictions(domain)
        if (
            tracker.latest_action_name == ACTION_LISTEN_NAME
            and self._user_waiting(tracker)
            and TURN_ACTION in domain.action_names_or_texts
        ):
            result[domain.index_for_action(TURN_ACTION)] = 1.0
        else:
            result[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        return self._prediction(result)
