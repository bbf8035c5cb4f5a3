"""bot/adapters/speedups.py loads DIET by one prediction step instead of Rasa's one-example training
step (~4 s of every Rasa start). The model loaded that way must be the same model: the same intent
ranking, to the last digit, for held-out citizen messages it was never trained on."""

from __future__ import annotations

import asyncio

import pytest

from tests.support.stack import MODEL


def _parse_all(agent, texts):
    async def go():
        out = []
        for t in texts:
            r = await agent.parse_message(t)
            out.append((r["intent"]["name"], [(i["name"], i["confidence"]) for i in r["intent_ranking"]]))
        return out

    return asyncio.run(go())


def test_diet_loaded_without_a_training_step_predicts_exactly_what_rasas_load_predicts(monkeypatch):
    if not MODEL.exists():
        pytest.fail("models/current.tar.gz is missing: run `make train` (make test does it)")
    import tensorflow as tf
    from rasa.core.agent import Agent
    from rasa.utils.tensorflow import models as tf_models

    from bench.nlu_cpu import held_out_texts
    from bot.adapters import speedups

    speedups.apply()
    assert getattr(tf_models.RasaModel, "_fast_load", False)
    fits = []
    real_fit = tf.keras.Model.fit
    monkeypatch.setattr(tf.keras.Model, "fit", lambda self, *a, **kw: fits.append(1) or real_fit(self, *a, **kw))
    texts = held_out_texts()[::6]  # ~65 messages from every held-out file
    assert len(texts) > 40 and any("빚" in t or "월세" in t for t in texts)

    monkeypatch.setenv("BOT_FAST_MODEL_LOAD", "0")
    rasas = _parse_all(Agent.load(str(MODEL)), texts)
    assert len(fits) == 1  # Rasa's load trains one step

    monkeypatch.setenv("BOT_FAST_MODEL_LOAD", "1")
    ours = _parse_all(Agent.load(str(MODEL)), texts)
    assert len(fits) == 1  # no training step this time

    assert ours == rasas
    assert len({name for name, _r in ours}) > 5  # a real model answering, not one constant intent
