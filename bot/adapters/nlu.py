"""Rasa 3.6 GraphComponents for Korean: tokenizer, entity extractor, crisis flag.

Thin adapters: the Korean logic lives in bot.korean (Rasa-free, unit-tested on its own).
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import safety
from bot.korean.gazetteer import Gazetteer
from bot.privacy.pii import mask_text
from bot.safety import model as safety_model
from bot.korean import entities as korean_entities
from bot.korean.morph import get_backend
from bot.startup import apply_patches

CRISIS_KEY = "crisis"

# The channels cut messages at 1,000 characters; anything that reaches the components another way
# is bounded here too: morphemes (≈0.2 ms per token in python-mecab-ko) and entities cover the
# first MORPH_MAX_CHARS, the rest is split on whitespace (offsets stay exact). 100 kB of text then
# costs about a second instead of ~40 s of one server worker.
MORPH_MAX_CHARS = 4000
_WORD_RE = re.compile(r"\S+")


def _morph_prefix_end(text: str) -> int:
    """Where the morpheme-analysed prefix ends: at a space near MORPH_MAX_CHARS when there is one."""
    if len(text) <= MORPH_MAX_CHARS:
        return len(text)
    cut = text.rfind(" ", MORPH_MAX_CHARS // 2, MORPH_MAX_CHARS)
    return cut if cut > 0 else MORPH_MAX_CHARS


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class KoreanTokenizer(Tokenizer):
    """Morpheme tokenizer with true character offsets. backend: mecab (default) | okt."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "backend": "mecab",
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    @staticmethod
    def supported_languages() -> Optional[List[Text]]:
        return ["ko"]

    @staticmethod
    def required_packages() -> List[Text]:
        # Must be importable *and* pip distribution names (Rasa fingerprints them with
        # pkg_resources); python-mecab-ko imports as `mecab`, so we list nothing.
        return []

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "KoreanTokenizer":
        # Rasa builds the pipeline's first component here when it loads the model: the earliest place
        # our code runs in the Rasa process, before any action is called (see bot/startup.py)
        apply_patches()
        return cls(config)

    def __init__(self, config: Dict[Text, Any]) -> None:
        super().__init__(config)
        self.backend = get_backend(config.get("backend", "mecab"))

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        text = message.get(attribute) or ""
        end = _morph_prefix_end(text)
        tokens = [
            Token(t.text, t.start, t.end, data={"pos": t.pos}, lemma=t.text) for t in self.backend.tokenize(text[:end])
        ]
        if end < len(text):
            tokens += [Token(m.group(), m.start(), m.end(), lemma=m.group()) for m in _WORD_RE.finditer(text, end)]
        if not tokens and text:
            tokens = [Token(text, 0, len(text))]
        return self._apply_token_pattern(tokens)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class KoreanEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Rule-based numbers/codes (bot.korean.entities) + spaCy gazetteer (regions, programs)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"backend": "mecab", "gazetteer": True}

    @staticmethod
    def supported_languages() -> Optional[List[Text]]:
        return ["ko"]

    @staticmethod
    def required_packages() -> List[Text]:
        return ["spacy"]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "KoreanEntityExtractor":
        apply_patches()  # idempotent; also here for pipelines without our tokenizer (bot/startup.py)
        return cls(config)

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.config = config
        self._gazetteer = None
        if config.get("gazetteer", True):
            self._gazetteer = Gazetteer.get(config.get("backend", "mecab"))

    def extract(self, text: str) -> List[Dict[str, Any]]:
        text = text[: _morph_prefix_end(text)]
        found = korean_entities.extract(text)
        if self._gazetteer is not None:
            taken = [(e["start"], e["end"]) for e in found]
            for e in self._gazetteer.find(text):
                if not any(not (e["end"] <= a or e["start"] >= b) for a, b in taken):
                    found.append(e)
        out = []
        for e in sorted(found, key=lambda x: x["start"]):
            ent = {
                "entity": e["entity"],
                "start": e["start"],
                "end": e["end"],
                "value": e["value"],
                "confidence_entity": 1.0,
            }
            if e.get("role"):
                ent["role"] = e["role"]
            if e.get("candidates"):
                ent["candidates"] = e["candidates"]
            if e.get("place"):
                ent["place"] = e["place"]
            out.append(ent)
        return out

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or not text:
                continue
            ents = self.add_extractor_name(self.extract(text))
            message.set(ENTITIES, message.get(ENTITIES, []) + ents, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class CrisisFlagger(GraphComponent):
    """Runs bot.safety.assess() on every message, whatever the intent, and stores a raised signal as
    parse_data["crisis"] = {"level", "kind", "evidence"} (evidence PII-masked), so every stored user
    event carries it and the staff console can show it first. The dialogue (bot.dialogue) answers it,
    109 first, in every state."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisFlagger":
        apply_patches()  # idempotent (bot/startup.py)
        safety_model.warm()  # train the classifier now (< 2 s) so the first citizen does not wait for it
        return cls()

    @staticmethod
    def flag_for(text: str) -> Optional[Dict[str, str]]:
        sig = safety.assess(text)
        if not sig.raised:
            return None
        return {"level": sig.level, "kind": sig.kind, "evidence": mask_text(sig.evidence), "source": sig.source}

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and text.strip():
                flag = self.flag_for(text)
                if flag is not None:
                    message.set(CRISIS_KEY, flag, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
