"""Rasa training-data exports: NLU corrections and test stories (YAML 3.1)."""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from typing import Any, Dict, Iterable, List, Optional, Tuple

NAME_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_\-./]{0,127}$")
_ANN_RE = re.compile(r"\[(?P<text>[^\[\]]+)\](?:\((?P<entity>[^()]+)\)|(?P<json>\{[^{}]*\}))")


def valid_name(name: str) -> bool:
    return bool(NAME_RE.match(name or ""))


def annotate(text: str, entities: Iterable[Dict[str, Any]]) -> str:
    """Text with Rasa entity annotations ``[span](entity)``.

    Entities without usable offsets or overlapping an earlier one are left out.
    When the value differs from the span (synonym), the JSON form
    ``[span]{"entity": "e", "value": "v"}`` is used."""
    ents = []
    for e in entities or []:
        s, t = e.get("start"), e.get("end")
        if not isinstance(s, int) or not isinstance(t, int) or not (0 <= s < t <= len(text)):
            continue
        if not e.get("entity") or not valid_name(str(e["entity"])):
            continue
        ents.append((s, t, str(e["entity"]), e.get("value")))
    ents.sort()
    out, pos = [], 0
    for s, t, name, value in ents:
        if s < pos:
            continue
        span = text[s:t]
        if "[" in span or "]" in span:
            continue
        out.append(text[pos:s])
        if value is None or str(value) == span:
            out.append(f"[{span}]({name})")
        else:
            out.append("[" + span + "]" + json.dumps({"entity": name, "value": value}, ensure_ascii=False))
        pos = t
    out.append(text[pos:])
    return "".join(out)


def parse_annotated(s: str) -> Tuple[str, List[Dict[str, Any]]]:
    """Inverse of :func:`annotate`: plain text plus entity dicts.

    Raises ValueError on an invalid entity name or JSON annotation."""
    text, ents, pos = [], [], 0
    length = 0
    for m in _ANN_RE.finditer(s):
        before = s[pos : m.start()]
        text.append(before)
        length += len(before)
        span = m.group("text")
        if m.group("entity") is not None:
            name, value = m.group("entity").strip(), span
        else:
            try:
                d = json.loads(m.group("json"))
            except ValueError as exc:
                raise ValueError(f"잘못된 개체 표기: {m.group(0)}") from exc
            name, value = str(d.get("entity", "")), d.get("value", span)
        if not valid_name(name):
            raise ValueError(f"잘못된 개체 이름: {name!r}")
        ents.append({"entity": name, "value": value, "start": length, "end": length + len(span)})
        text.append(span)
        length += len(span)
        pos = m.end()
    text.append(s[pos:])
    return "".join(text), ents


def _one_line(s: str) -> str:
    return " ".join((s or "").split())


def _q(s: str) -> str:
    """YAML double-quoted scalar."""
    return json.dumps(s, ensure_ascii=False)


def nlu_yaml(corrections: Iterable[Dict[str, Any]]) -> str:
    """Rasa NLU training data (version "3.1") grouped by intent."""
    groups: "OrderedDict[str, List[str]]" = OrderedDict()
    seen = set()
    for c in sorted(corrections, key=lambda c: (c["intent"], c.get("id", 0))):
        line = _one_line(c["annotated_text"])
        if not line or (c["intent"], line) in seen:
            continue
        seen.add((c["intent"], line))
        groups.setdefault(c["intent"], []).append(line)
    lines = ['version: "3.1"', "nlu:"] if groups else ['version: "3.1"', "nlu: []"]
    for intent, examples in groups.items():
        lines.append(f"- intent: {intent}")
        lines.append("  examples: |")
        for ex in examples:
            lines.append(f"    - {ex}")
    return "\n".join(lines) + "\n"


SKIP_STORY_ACTIONS = frozenset({"action_listen", "action_session_start"})


def story_steps(
    transcript: Dict[str, Any], corrections: Optional[Dict[int, Dict[str, Any]]] = None
) -> List[Dict[str, str]]:
    """[{"user": annotated text, "intent": name} | {"action": name}] in order."""
    corrections = corrections or {}
    steps: List[Dict[str, str]] = []
    for it in transcript["items"]:
        if it["type"] == "user":
            c = corrections.get(it["id"])
            if c:
                steps.append({"user": _one_line(c["annotated_text"]), "intent": c["intent"]})
            else:
                steps.append(
                    {
                        "user": _one_line(annotate(it["text"], it.get("entities") or [])),
                        "intent": it.get("intent") or "nlu_fallback",
                    }
                )
        elif it["type"] == "action" and it.get("name") and it["name"] not in SKIP_STORY_ACTIONS:
            steps.append({"action": it["name"]})
    return steps


def story_yaml(name: str, steps: List[Dict[str, str]]) -> str:
    """One Rasa test story (tests/test_*.yml format, version "3.1")."""
    lines = ['version: "3.1"', "stories:", f"- story: {_q(name)}", "  steps:"]
    if not steps:
        lines[-1] = "  steps: []"
    for st in steps:
        if "user" in st:
            lines.append("  - user: |")
            lines.append(f"      {st['user']}")
            lines.append(f"    intent: {st['intent']}")
        else:
            lines.append(f"  - action: {st['action']}")
    return "\n".join(lines) + "\n"


def merge_story_files(yamls: Iterable[str]) -> str:
    """Concatenate several single-story documents into one stories file."""
    out = ['version: "3.1"', "stories:"]
    n = 0
    for y in yamls:
        body = y.split("stories:\n", 1)[1] if "stories:\n" in y else ""
        if body.strip():
            out.append(body.rstrip("\n"))
            n += 1
    if not n:
        out[-1] = "stories: []"
    return "\n".join(out) + "\n"
