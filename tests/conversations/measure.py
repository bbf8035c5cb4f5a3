"""How many questions the bot asks from a person's story to the results (in-process turn()).

    python -m tests.conversations.measure [--verbose]
For each person in stories.yaml: the story, "동의합니다", then the person's own answer to each question
(by the field asked; a question the person has no answer for gets "잘 모르겠어요"). Prints the questions
per person and the median. The stories are not NLU training data.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any, Dict, List

import yaml

from bot.dialogue import Conversation

STORIES = Path(__file__).with_name("stories.yaml")
MAX_TURNS = 40


def load_stories() -> List[Dict[str, Any]]:
    return yaml.safe_load(STORIES.read_text(encoding="utf-8"))


def run_story(person: Dict[str, Any]) -> Dict[str, Any]:
    c = Conversation()
    c.say(person["story"])
    out = c.say("동의합니다")
    asked: List[str] = []
    for _ in range(MAX_TURNS):
        st = c.state
        if st.results_shown or st.phase == "results":
            break
        if st.crisis_open:  # the person answers the safety check, then goes on
            out = c.say("괜찮아요, 이어서 할게요")
            continue
        q = st.question
        if q is None:
            break
        asked.append(q)
        if q == "consent":  # asked again (e.g. after a safety check): the person agrees
            out = c.say("동의합니다")
            continue
        answer = (person.get("answers") or {}).get(q, "잘 모르겠어요")
        out = c.say(answer)
    return {
        "id": person["id"],
        "questions": c.state.questions_asked,
        "asked": asked,
        "results": bool(c.state.results_shown),
        "needs": list(c.state.needs),
        "profile": dict(c.state.profile),
        "last": Conversation.text_of(out),
    }


def measure(verbose: bool = False) -> Dict[str, Any]:
    rows = [run_story(p) for p in load_stories()]
    counts = [r["questions"] for r in rows]
    if verbose:
        for r in rows:
            print(f"{r['id']:<24} {r['questions']:>2}  results={r['results']}  needs={r['needs']}  asked={r['asked']}")
    return {"rows": rows, "median": statistics.median(counts), "max": max(counts), "n": len(rows)}


if __name__ == "__main__":
    res = measure(verbose=True)
    print(f"people: {res['n']}  median questions to results: {res['median']}  max: {res['max']}")
    sys.exit(0)
