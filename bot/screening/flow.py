"""The screening conversation as plain functions over a slot dict (no Rasa imports).

actions/ adapts these to rasa-sdk; tests call them directly.
Messages are dicts {"text", "buttons": [{"title","payload"}], "custom"} -- the shape Rasa's
dispatcher takes -- so the channels can render them.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot import catalogue
from bot.korean import numbers as N
from bot.screening import core, texts

logger = logging.getLogger(__name__)

# the eligibility profile's fact names, from the one catalogue (domain.yml's profile slots are generated from it)
PROFILE_FIELDS: Tuple[str, ...] = tuple(catalogue.fields())
# Intents that interrupt a form question: answered by their own rule, then the form resumes.
INTERRUPT_INTENTS = {"find_center", "request_human", "bot_challenge", "check_booking", "cancel_booking", "greet"}
SKIP = "__skipped__"
MAX_FAILURES = 3  # 1: re-ask with an example, 2: explain why and offer to skip, 3: skip


def Msg(text: str = "", buttons: Sequence[Tuple[str, str]] = (), custom: Optional[dict] = None) -> Dict[str, Any]:
    m: Dict[str, Any] = {"text": text}
    if buttons:
        m["buttons"] = [{"title": t, "payload": p} for t, p in buttons]
    if custom:
        m["custom"] = custom
    return m


def _planner():
    from bot.eligibility import planner

    return planner


def question_meta(field: str) -> Dict[str, Any]:
    return dict(_planner().QUESTIONS.get(field) or {})


def profile_from_slots(slots: Dict[str, Any]) -> Dict[str, Any]:
    prof = {}
    for f in PROFILE_FIELDS:
        v = slots.get(f)
        if v is None or v == SKIP:
            continue
        prof[f] = v
    return prof


def skipped(slots: Dict[str, Any]) -> set:
    return set(slots.get("skipped_fields") or [])


def next_screening_slot(slots: Dict[str, Any]) -> Optional[str]:
    """The next thing the screening form asks, or None when it is done."""
    consent = slots.get("consent")
    if consent is None:
        return "consent"
    if consent != "given" or slots.get("screening_stopped"):
        return None
    needs = list(slots.get("needs") or [])
    if not needs:
        return "needs"
    nxt = _planner().next_question(profile_from_slots(slots), needs, skipped=skipped(slots))
    return nxt


def apply_answer(slots: Dict[str, Any], requested: Optional[str], text: str, intent: Optional[str],
                 entities: Sequence[dict]) -> Tuple[str, Dict[str, Any], List[Dict[str, Any]]]:
    """Process one user message while the screening form is active.

    Returns (outcome, slot updates, messages). outcome is one of
    'accepted' (something was filled), 'failed' (nonsense: re-ask politely),
    'interrupt' (another request: let its rule answer, then resume), 'stop', 'skip'.
    """
    text = text or ""
    updates: Dict[str, Any] = {}
    msgs: List[Dict[str, Any]] = []
    if requested not in (None, "consent", "needs") and core.wants_stop(text):
        updates["screening_stopped"] = True
        msgs.append(Msg(texts.STOPPED))
        return "stop", updates, msgs

    if requested == "consent":
        yes = core.parse_yes_no(text, intent)
        if yes is None and intent in INTERRUPT_INTENTS:
            return "interrupt", updates, msgs
        if yes is None:
            return "failed", {"form_failures": float(slots.get("form_failures") or 0) + 1}, msgs
        updates["consent"] = "given" if yes else "declined"
        updates["form_failures"] = 0.0
        if not yes:
            msgs.append(Msg(texts.CONSENT_DECLINED))
        return "accepted", updates, msgs

    # new needs may be named at any time ("아 그리고 빚도 있어요")
    needs = list(slots.get("needs") or [])
    new = [n for n in core.detect_needs(text, intent, entities) if n not in needs]
    if new and (requested == "needs" or intent in core.INTENT_TO_NEED or not _answers_requested(requested, text, intent, entities)):
        needs += new
        updates["needs"] = needs
        if requested != "needs":
            msgs.append(Msg("네, " + ", ".join(core.NEED_LABELS[n] for n in new) + " 문제도 함께 살펴볼게요."))
    if requested == "needs":
        if needs:
            updates["form_failures"] = 0.0
            return "accepted", updates, msgs
        if intent in INTERRUPT_INTENTS:
            return "interrupt", updates, msgs
        updates["form_failures"] = float(slots.get("form_failures") or 0) + 1
        return "failed", updates, msgs

    # skip this question
    if requested and core.wants_skip(text):
        sk = sorted(skipped(slots) | {requested})
        updates["skipped_fields"] = sk
        updates["form_failures"] = 0.0
        return "skip", updates, msgs

    # facts volunteered or corrected in the same message (only with consent, which we have here)
    facts = core.facts_from_message(text, entities, requested)
    correction = core.is_correction(text)
    for key, value in facts.items():
        if key == requested:
            continue
        if slots.get(key) in (None, SKIP) or correction:
            if slots.get(key) not in (None, SKIP) and slots.get(key) != value:
                msgs.append(Msg(f"{FIELD_LABELS.get(key, key)}을(를) {_fmt(key, value)}(으)로 고쳤어요."))
            updates[key] = value

    if requested:
        meta = question_meta(requested)
        ok, value = core.parse_field(requested, meta.get("type", "int"), text, intent, entities,
                                     [tuple(c) for c in meta.get("choices", [])])
        if ok and requested == "sigungu" and isinstance(value, dict):
            updates["sido"] = value.get("sido")
            value = value.get("sigungu")
        elif ok and requested == "sido" and isinstance(value, dict):
            if value.get("sigungu"):
                updates["sigungu"] = value.get("sigungu")
            value = value.get("sido")
        note = core.amount_note(meta.get("type"), text)
        if note:  # say how an annual amount, a range or foreign money was read
            msgs.append(Msg(note))
        if ok:
            updates[requested] = value
            updates["form_failures"] = 0.0
            return "accepted", updates, msgs
    if updates:
        updates["form_failures"] = 0.0
        return "accepted", updates, msgs
    if intent in INTERRUPT_INTENTS or (intent in ("ask_detail", "book_consultation")):
        return "interrupt", updates, msgs
    failures = float(slots.get("form_failures") or 0) + 1
    if requested and failures >= MAX_FAILURES:
        # after explaining why and offering to skip, do not loop forever: skip it for the person
        updates["skipped_fields"] = sorted(skipped(slots) | {requested})
        updates["form_failures"] = 0.0
        msgs.append(Msg("이 질문은 건너뛰고 다음으로 넘어갈게요. 나중에 상담사와 확인하시면 돼요."))
        return "skip", updates, msgs
    updates["form_failures"] = failures
    return "failed", updates, msgs


def _answers_requested(requested: Optional[str], text: str, intent: Optional[str], entities) -> bool:
    if not requested or requested in ("consent", "needs"):
        return False
    meta = question_meta(requested)
    ok, _ = core.parse_field(requested, meta.get("type", "int"), text, intent, entities,
                             [tuple(c) for c in meta.get("choices", [])])
    return ok


FIELD_LABELS = {
    "age": "나이", "household_size": "가구원 수", "household_income_monthly": "가구 월소득",
    "personal_income_monthly": "본인 월소득", "assets": "재산", "financial_assets": "금융재산", "debt_total": "빚",
    "rent_monthly": "월세", "deposit": "보증금", "children_ages": "자녀 나이", "debt_overdue_days": "연체 기간",
}


def _fmt(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "예" if value else "아니요"
    if key in ("age",):
        return f"{value}세"
    if key == "household_size":
        return f"{value}인"
    if isinstance(value, int) and value >= 10_000:
        man = value / 10_000
        return f"{man:,.0f}만원" if man == int(man) else f"{man:,.1f}만원"
    if isinstance(value, list):
        return ", ".join(f"{v}세" for v in value)
    if isinstance(value, dict):  # a money range or bound
        return N.format_profile_value(value)
    return str(value)


def question_message(field: str, failures: float = 0) -> List[Dict[str, Any]]:
    """The messages that ask for `field` (after 2 failed answers: why it matters + skip)."""
    if field == "consent":
        return [Msg(texts.CONSENT, texts.CONSENT_BUTTONS)]
    if field == "needs":
        return [Msg(texts.ASK_NEEDS, [(label, label) for label, _ in core.NEED_BUTTONS])]
    meta = question_meta(field)
    text = meta.get("text") or f"{FIELD_LABELS.get(field, field)}을(를) 알려 주세요."
    buttons = [(str(label), str(label)) for _, label in meta.get("choices", [])][:8]
    out: List[Dict[str, Any]] = []
    if failures >= 2:
        why = meta.get("why") or "받을 수 있는 지원을 정확히 살펴보는 데 필요해요."
        out.append(Msg(f"{texts.EXPLAIN_PREFIX}{why}\n{texts.SKIP_OFFER}"))
        return out + [Msg(text, buttons + [(texts.SKIP_LABEL, texts.SKIP_LABEL), (texts.STOP_LABEL, "그만할래요")])]
    if failures >= 1:
        ex = meta.get("examples")
        ex_txt = f" (예: {', '.join(ex[:3]) if isinstance(ex, (list, tuple)) else ex})" if ex else ""
        out.append(Msg(f"{texts.RETRY_PREFIX}{ex_txt}"))
    return out + [Msg(text, buttons + [(texts.SKIP_LABEL, texts.SKIP_LABEL)])]


# ---------------------------------------------------------------------------------------------
# Results

def _elig():
    import bot.eligibility as eligibility

    return eligibility


def evaluate_for(slots: Dict[str, Any]) -> List[Dict[str, Any]]:
    needs = list(slots.get("needs") or [])
    if not needs:
        return []
    e = _elig()
    return e.evaluate(profile_from_slots(slots), programs=e.programs_for_needs(needs))


def center_for(slots: Dict[str, Any], need: Optional[str] = None) -> Optional[Dict[str, Any]]:
    """The person's center from the region they gave (None when unknown)."""
    name = slots.get("center_name")
    try:
        from bot import directory
    except Exception:  # pragma: no cover
        return None
    if name:
        c = directory.center_by_name(name)
        if c:
            return c
    place = " ".join(p for p in (slots.get("sido"), slots.get("sigungu")) if p)
    if not place:
        return None
    try:
        res = directory.resolve_text(place, need=need)
    except Exception as exc:
        logger.warning("center lookup failed for %r: %s", place, exc)
        return None
    return res.get("center")


VERDICT_LABELS = {v: catalogue.verdict_label(v) for v in ("likely", "need_info", "refer", "unlikely")}


def result_messages(slots: Dict[str, Any]) -> List[Dict[str, Any]]:
    needs = list(slots.get("needs") or [])
    if slots.get("consent") == "declined":
        return general_info_messages(needs)
    e = _elig()
    results = evaluate_for(slots)
    msgs: List[Dict[str, Any]] = []
    lines = e.summary_lines(results, needs)
    # group lines into messages of at most ~900 characters (KakaoTalk shows about 1000)
    buf = ""
    for line in lines:
        if buf and len(buf) + len(line) + 1 > 900:
            msgs.append(Msg(buf))
            buf = ""
        buf = f"{buf}\n{line}" if buf else line
    if buf:
        msgs.append(Msg(buf))
    # desks and center
    center = center_for(slots, "unemployment_benefit" if "employment" in needs else None)
    desk_lines = []
    for n in needs:
        desk_lines.append(f"• {core.NEED_LABELS[n]}: {core.NEED_DESKS[n][0]}")
    where = f"\n상담받으실 곳: {center['name']} ☎ {center.get('phone') or '-'}" if center else ""
    msgs.append(Msg("고용복지+센터에서 이렇게 연결돼요.\n" + "\n".join(desk_lines) + where + f"\n※ {texts.DISCLAIMER}"))
    items = []
    for r in results:
        if r.get("verdict") in ("likely", "need_info", "refer"):
            label = VERDICT_LABELS.get(r.get("verdict"), "")
            items.append({"title": str(r.get("name") or r["program"])[:40],
                          "description": _short(f"[{label}] {r.get('short') or r.get('reason') or ''}", 76),
                          "detail_payload": f"자세히 {r.get('name') or r['program']}"})
    if items:
        msgs.append(Msg("", custom={"type": "results", "title": "살펴볼 만한 지원", "items": items[:10]}))
    ne = e.not_evaluated_text(needs)
    if ne:
        msgs.append(Msg(_short(ne, 900)))
    buttons = []
    if items:
        buttons.append(("자세히", f"자세히 {items[0]['title']}"))
    buttons += [("센터 찾기", "센터 찾기"), ("상담 예약", "상담 예약하고 싶어요"), ("상담원 연결", "상담원 연결")]
    msgs.append(Msg("지원 이름을 말씀하시면 자세히 알려 드려요. 센터 상담 예약도 도와드릴까요?", buttons))
    return msgs


def general_info_messages(needs: Sequence[str]) -> List[Dict[str, Any]]:
    """Without consent: which programs and desks fit the needs, nothing personal evaluated."""
    e = _elig()
    msgs = []
    for n in needs or core.NEEDS:
        progs = e.programs_for_needs([n])
        names = [e.program_label(p) for p in progs] if hasattr(e, "program_label") else progs
        names = [e.PROGRAM_NAMES.get(p, p) for p in progs]  # Korean names, never raw ids
        msgs.append(Msg(f"[{core.NEED_LABELS[n]}] 살펴볼 제도: " + ", ".join(names[:8]) +
                        f"\n상담 창구: {core.NEED_DESKS[n][0]}"))
    msgs.append(Msg("자격은 개인 상황에 따라 달라요. 자세한 판단은 센터 상담에서 받으실 수 있어요. "
                    f"※ {texts.DISCLAIMER}\n{texts.HUMAN}",
                    [("센터 찾기", "센터 찾기"), ("상담원 연결", "상담원 연결")]))
    return msgs


def detail_messages(slots: Dict[str, Any], text: str, entities: Sequence[dict]) -> List[Dict[str, Any]]:
    e = _elig()
    results = evaluate_for(slots) if slots.get("consent") == "given" else []
    wanted = _program_in(text, entities, results)
    if wanted is None and results and not (text or "").replace("자세히", "").strip():
        wanted = results[0]   # the bare "자세히" button: the first program shown
    if wanted is None:
        return [Msg("어떤 제도를 자세히 알려 드릴까요? 예: '국민취업지원제도 자세히', '실업급여 자세히'. "
                    "먼저 고민을 말씀해 주시면 받을 수 있을 것 같은 지원부터 살펴봐 드려요.")]
    return [Msg(_short(e.detail_text(wanted), 990))]


def _name_keys(name: str) -> List[str]:
    """The ways people write a program's name: "국민내일배움카드" -> 내일배움카드, "구직급여(실업급여)" -> 실업급여."""
    import re

    keys = []
    for part in re.split(r"[()（）·/]", (name or "").replace(" ", "")):
        part = re.sub(r"(Ⅰ|Ⅱ|I|II)유형$", "", part)
        for k in (part, part[2:] if part.startswith("국민") else ""):
            if len(k) >= 3 and k not in keys:
                keys.append(k)
    return keys


def _program_in(text: str, entities: Sequence[dict], results: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    ids = [str(x.get("value")) for x in entities or () if x.get("entity") == "program"]
    t = (text or "").replace(" ", "")
    for r in results:
        if r["program"] in ids or any(r["program"].startswith(i) for i in ids):
            return r
    for r in results:  # the name as the person wrote it (longest names first would not matter: one hit)
        if any(k in t for k in _name_keys(str(r.get("name") or ""))):
            return r
    if ids:
        # a program the person asked about but that was not in their screening
        e = _elig()
        for pid in e.all_program_ids() if hasattr(e, "all_program_ids") else []:
            if pid in ids or any(pid.startswith(i) for i in ids):
                res = e.evaluate({}, programs=[pid])
                return res[0] if res else None
    return None


def _short(s: str, n: int) -> str:
    s = s or ""
    return s if len(s) <= n else s[: n - 1] + "…"
