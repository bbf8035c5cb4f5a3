"""Speed-ups applied in the Rasa server (each measured by `make bench`, see docs/benchmark.md).

``apply()`` patches rasa.core.actions.action.RemoteAction in the current process; only
bot.startup.apply_patches() calls it, from our components' create/load, so it runs wherever the model
loads (the Rasa server). Written against rasa 3.6.21 / rasa-sdk 3.6 / jsonschema 4.17.

1. **Validation built once.** Rasa 3.6 validates every action-server response with
   ``jsonschema.validate(result, schema)``, which re-checks the constant schema against the meta-schema
   and builds a new validator on every call (about half of the Rasa process's CPU under load). The
   validator is built once; invalid responses are still rejected with the same ValidationError.
2. **Trimmed tracker for action_turn.** Rasa sends the whole tracker (every event of the session
   window) and the whole domain with each action call. ``action_turn`` reads only what
   bot/adapters/turn_payload.py lists, so for it the payload is that trimmed tracker and no domain:
   its size no longer grows with the conversation. Other custom actions get Rasa's full payload.
3. **action_turn in the Rasa process** (opt-in, ``BOT_ACTIONS_IN_PROCESS=1``): the action runs here on
   the same trimmed tracker (deep-copied, user texts cut like the action server does) instead of over
   HTTP, so no request, no JSON either way and no second process doing the work. The response goes
   through Rasa's own code (responses uttered, events deserialised) as a remote answer would. No port is
   opened; with the flag off (the default) the action server and its token check are used as before.
4. **Event classes looked up once.** ``Event.resolve_by_type`` walked every ``Event`` subclass for each
   event built from a dict; the class found for a type name is kept (``_patch_event_lookup``).
5. **DIET loads without a training step** (``_patch_model_load``; ``BOT_FAST_MODEL_LOAD=0`` keeps Rasa's
   load): ~4 s less per Rasa process start, same weights, same predictions (tests/bench/test_fast_load.py).
6. **Loaded model kept out of the garbage collector's full passes** (``_freeze_after_load``;
   ``BOT_GC_FREEZE=0`` turns it off): once the model is loaded, one collection and ``gc.freeze()``, so
   the ~600k objects of TensorFlow, Rasa and the model are no longer walked by every full collection
   (~160 ms each, a turn that happened to trigger one took that much longer).
7. **Cheap per-turn flag**: whether ``action_turn`` runs here is read from the settings once per value of
   ``BOT_ACTIONS_IN_PROCESS`` instead of building the settings object on every action (1 % of the CPU).
"""

from __future__ import annotations

import asyncio
import copy
import gc
import importlib
import logging
import time
from typing import Any, Dict, List

import jsonschema
import rasa
from jsonschema.exceptions import best_match
from rasa.core.actions import action as action_mod
from rasa.shared.core import events as events_mod
from rasa.shared.core.events import UserUttered
from rasa.shared.exceptions import RasaException
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.adapters.action_server import bound_action_call
from bot.adapters.turn_payload import TRIMMED_ACTIONS, tracker_state, user_texts_needed
from bot.settings import raw as settings_raw
from bot.settings import settings

logger = logging.getLogger(__name__)

# actions that can run in this process (name -> "module:Class"); imported on first use
LOCAL_ACTIONS = {"action_turn": "bot.adapters.action:ActionTurn"}
_local: Dict[str, Any] = {}


def trimmed_tracker_state(tracker) -> Dict[str, Any]:
    """The trimmed tracker of a Rasa DialogueStateTracker (see bot/adapters/turn_payload.py)."""

    slots = tracker.current_slot_values()
    need = user_texts_needed(slots)
    users: List[Dict[str, Any]] = []
    for e in reversed(tracker.events):
        if isinstance(e, UserUttered):
            users.append({"timestamp": e.timestamp, "text": e.text, "input_channel": e.input_channel})
            if len(users) >= need:
                break
    users.reverse()
    events = tracker.events
    return tracker_state(
        tracker.sender_id,
        slots,
        tracker._latest_message_data(),
        users,
        latest_action_name=tracker.latest_action_name,
        latest_event_time=events[-1].timestamp if len(events) else None,
        paused=tracker.is_paused(),
    )


_in_process: Dict[Any, bool] = {}


def in_process_enabled() -> bool:
    """settings().bot_actions_in_process, built once per value of the variable (it is read every action)."""
    raw = settings_raw("BOT_ACTIONS_IN_PROCESS")
    if raw not in _in_process:
        _in_process.clear()
        _in_process[raw] = settings().bot_actions_in_process
    return _in_process[raw]


def local_action(name: str):
    """The rasa-sdk action object for `name`, created once per process."""
    if name not in _local:
        module, cls = LOCAL_ACTIONS[name].split(":")
        _local[name] = getattr(importlib.import_module(module), cls)()
    return _local[name]


def _plain_slot_events(result: Dict[str, Any]) -> bool:
    """True for what action_turn returns: only ``slot`` events and message dicts, each as Rasa's
    response schema requires it (event "slot", a string name, a value, numeric or null timestamp, object
    or null metadata). Checking them with jsonschema cost ~3 % of the Rasa process's CPU in process."""
    return all(_plain_slot_event(e) for e in result["events"]) and all(isinstance(r, dict) for r in result["responses"])


def _plain_slot_event(e: Any) -> bool:
    return (
        isinstance(e, dict)
        and e.get("event") == "slot"
        and isinstance(e.get("name"), str)
        and "value" in e
        and (e.get("timestamp") is None or type(e["timestamp"]) in (int, float))
        and (e.get("metadata") is None or isinstance(e["metadata"], dict))
    )


def _patch_validation(action_mod) -> None:

    cls = action_mod.RemoteAction
    schema = cls.action_response_format_spec()
    validator = jsonschema.validators.validator_for(schema)(schema)
    docs = action_mod.DOCS_BASE_URL

    def _validate_action_result(self, result):
        error = best_match(validator.iter_errors(result))
        if error is not None:
            error.message += (
                f". Failed to validate Action server response from API, make sure your response "
                f"from the Action endpoint is valid. For more information about the format visit "
                f"{docs}/custom-actions"
            )
            raise error
        return True

    cls._validate_action_result = _validate_action_result
    cls._fast_validation = True


def _patch_payload(action_mod) -> None:

    cls = action_mod.RemoteAction
    full_format = cls._action_call_format

    def _action_call_format(self, tracker, domain):
        if self._name not in TRIMMED_ACTIONS:
            return full_format(self, tracker, domain)
        return {
            "next_action": self._name,
            "sender_id": tracker.sender_id,
            "tracker": trimmed_tracker_state(tracker),
            "version": rasa.__version__,
        }

    cls._action_call_format = _action_call_format
    cls._trimmed_payload = True


def _patch_in_process(action_mod) -> None:

    cls = action_mod.RemoteAction
    remote_run = cls.run

    async def run(self, output_channel, nlg, tracker, domain):
        if self._name not in LOCAL_ACTIONS or not in_process_enabled():
            return await remote_run(self, output_channel, nlg, tracker, domain)
        return await _run_in_process(self, output_channel, nlg, tracker)

    async def _run_in_process(self, output_channel, nlg, tracker):

        # a copy: the engine must never mutate the slot values held by Rasa's (cached) tracker
        call = bound_action_call({"tracker": copy.deepcopy(trimmed_tracker_state(tracker))})
        dispatcher = CollectingDispatcher()
        try:
            returned = await local_action(self._name).run(dispatcher, Tracker.from_dict(call["tracker"]), {})
        except Exception as e:  # what the action server would answer with a 500
            logger.error("action %s failed in process", self._name, exc_info=e)
            raise RasaException(f"Failed to execute custom action '{self.name()}'") from e
        result = {"events": list(returned or []), "responses": dispatcher.messages}
        if not _plain_slot_events(result):  # anything else gets Rasa's full response check
            self._validate_action_result(result)
        bot_messages = await self._utter_responses(result["responses"], output_channel, nlg, tracker)
        return list(bot_messages) + events_mod.deserialise_events(result["events"])

    cls.run = run
    cls._in_process = True


def _patch_event_lookup(events_mod) -> None:
    """4. ``Event.resolve_by_type`` (every event built from a dict: the in-process action's slot
    events, the tracker store's rows, full loads) walks every subclass of ``Event`` recursively on each
    call, ~0.25 ms per event. The class found for a type name is kept; a name that is not found goes
    through Rasa's own lookup every time (same default, same ValueError)."""
    event_cls = events_mod.Event
    original = event_cls.resolve_by_type
    found: Dict[str, Any] = {}

    def resolve_by_type(type_name, default=None):
        cls = found.get(type_name)
        if cls is None:
            cls = original(type_name, default)
            if cls is not None and cls is not default and getattr(cls, "type_name", None) == type_name:
                found[type_name] = cls
        return cls

    event_cls.resolve_by_type = staticmethod(resolve_by_type)
    event_cls._fast_resolve = True


def _patch_model_load(tf_models) -> None:
    """5. **DIET loads without a training step.** Rasa builds a loaded TensorFlow model's weights by
    ``model.fit`` on one example (tracing the whole training graph: ~4 s of each Rasa process's ~12 s
    start) and then overwrites them from the file. Here the layers are built by one eager prediction
    step instead, the weights are loaded, and Rasa's own warm-up prediction traces the graph as before.
    Every variable the model built must be restored from the file
    (``assert_existing_objects_matched``), otherwise Rasa's own load runs; the optimizer's state in the
    file is not needed to predict. Fine-tuning (``rasa train --finetune``) keeps Rasa's load."""
    cls = tf_models.RasaModel
    original = cls.load.__func__

    def load(klass, model_file_name, model_data_example, predict_data_example=None, finetune_mode=False, *a, **kw):
        if finetune_mode or not predict_data_example or klass.__name__ != "DIET" or not settings().bot_fast_model_load:
            return original(klass, model_file_name, model_data_example, predict_data_example, finetune_mode, *a, **kw)
        try:
            model = klass(*a, **kw)
            gen, _ = tf_models.rasa.utils.train_utils.create_data_generators(
                model_data=predict_data_example, batch_sizes=1, epochs=1, shuffle=False
            )
            batch = next(iter(gen))[0]
            model._training = False
            model.prepare_for_predict()  # the label side of the model
            model.predict_step(batch)  # the text side (eagerly: no tracing)
            model.load_weights(model_file_name).assert_existing_objects_matched().expect_partial()
        except Exception as e:  # anything unexpected: Rasa's own way
            logger.warning("fast model load failed (%s); using Rasa's load", e)
            return original(klass, model_file_name, model_data_example, predict_data_example, finetune_mode, *a, **kw)
        model.prepared_for_prediction = False  # label embeddings again, now from the loaded weights
        model._tf_predict_step = None
        model.run_inference(predict_data_example)  # Rasa's warm-up: traces the prediction graph
        return model

    cls.load = classmethod(load)
    cls._fast_load = True


def _freeze_after_load() -> bool:
    """6. Right after the model has loaded (the next pass of the event loop the load runs in: the Rasa
    server loads it before it serves), collect once and freeze every object alive then: the garbage
    collector no longer walks them. Nothing changes for objects made later (turns, cached trackers).
    Outside a running event loop (training, scripts, most tests) nothing is done."""
    if not settings().bot_gc_freeze:
        return False
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return False

    def freeze() -> None:
        t0 = time.perf_counter()
        gc.collect()
        gc.freeze()
        logger.info(
            "garbage collector: %d objects of the loaded model frozen (%.0f ms)",
            gc.get_freeze_count(),
            (time.perf_counter() - t0) * 1000,
        )

    loop.call_soon(freeze)
    return True


def apply() -> bool:

    cls = action_mod.RemoteAction
    if getattr(cls, "_fast_validation", False):
        return False
    _patch_event_lookup(events_mod)
    _patch_validation(action_mod)
    _patch_payload(action_mod)
    _patch_in_process(action_mod)
    from rasa.utils.tensorflow import models as tf_models  # imports TensorFlow: only when Rasa is patched

    _patch_model_load(tf_models)
    if in_process_enabled():
        for name in LOCAL_ACTIONS:  # import the engine now, not during the first conversation
            local_action(name)
        logger.info("custom actions run in the Rasa process: %s", ", ".join(LOCAL_ACTIONS))
    _freeze_after_load()
    return True
