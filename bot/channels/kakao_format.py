"""Rasa bot messages -> KakaoTalk Open Builder SkillResponse v2.0 (pure, Rasa-free).

``to_skill_response(messages, options) -> dict`` maps the Rasa REST/collector
output dicts (``text``, ``buttons``, ``image``, ``custom``) to Kakao outputs:

* text                         -> ``simpleText`` (adjacent texts merged, > 1000 split)
* buttons (any message)        -> ``quickReplies`` (``action: message``; label ≤ 14
                                   chars with "…", ``messageText`` = full payload)
* image (http/https)           -> ``simpleImage``
* custom ``{"type":"center"}``  -> ``basicCard`` (or ``textCard``) with phone and
                                   map (webLink) buttons
* custom ``{"type":"results"}`` -> ``listCard`` (≤ 5 items each; more -> several
                                   listCards, overflow summarised as text)
* custom ``{"type":"location_request"}`` -> simpleText asking for the area name
                                   (+ a block quick reply to the 위치 plugin block
                                   when ``location_block_id`` is configured)

Limits enforced (``LIMITS``): ≤ 3 outputs, ≤ 10 quick replies, quick-reply and
button labels ≤ 14, simpleText ≤ 1000, card title ≤ 50, basicCard description
≤ 230, listCard ≤ 5 items, card buttons ≤ 3 (listCard ≤ 2).  Beyond 3 outputs
the first two are kept and everything else is summarised into one final
simpleText (cut with "…").  The result always passes
``validate_skill_response``.

Kakao's caps come from secondary sources (Kakao i Open Builder's skill response
guide as quoted by developer blogs); where they disagree we take the stricter one.
[U] Kakao's docs list ``thumbnail`` as required for basicCard; set ``FormatOptions.thumbnail_url`` (or
``center_card="textCard"``) if 봇 테스트 rejects thumbnail-less cards.

Size: the SkillResponse 2.0 builder and its validator sit together so every output the builder can make
is checked against the same caps in the same module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import urlparse

LIMITS = {
    "outputs": 3,
    "quick_replies": 10,
    "label": 14,
    "simple_text": 1000,
    "message_text": 1000,
    "card_title": 50,
    "basic_description": 230,
    "text_card_description": 400,
    "card_buttons": 3,
    "list_items": 5,
    "list_buttons": 2,
    "list_item_title": 40,
    "list_item_description": 80,
    "alt_text": 100,
}

OUTPUT_TYPES = (
    "simpleText",
    "simpleImage",
    "basicCard",
    "textCard",
    "listCard",
    "commerceCard",
    "itemCard",
    "carousel",
)
BUTTON_ACTIONS = ("webLink", "message", "phone", "block", "share", "operator")

FALLBACK_TEXT = "죄송해요, 답변을 만들지 못했어요. 다시 한 번 말씀해 주시겠어요?"
UNVERIFIED_NOTE = "※ 확인 중인 정보예요. 방문 전 전화로 꼭 확인해 주세요."
ELLIPSIS = "…"


@dataclass
class FormatOptions:
    center_card: str = "basicCard"  # or "textCard"
    thumbnail_url: Optional[str] = None  # basicCard thumbnail (https)
    location_block_id: Optional[str] = None  # block holding the 위치 plugin


def truncate(text: str, limit: int) -> str:
    """Cut to ``limit`` characters, ending with "…" when cut."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return text[:limit]
    return text[: limit - 1].rstrip() + ELLIPSIS


_SLOT_LABEL_RE = re.compile(r"^(?:(\d{4})년 )?(\d{1,2})월 (\d{1,2})일\((.)\) (오전|오후) (\d{1,2}):(\d{2})$")


def short_label(title: str, limit: int) -> str:
    """A quick-reply label that fits KakaoTalk's 14 characters without losing what it says.

    A booking time "12월 24일(목) 오전 10:30" (18) becomes "12/24(목) 10:30" (24-hour clock) instead of
    "12월 24일(목) 오전…", which hid the time; other long labels are cut with "…"."""
    if len(title) <= limit:
        return title
    m = _SLOT_LABEL_RE.match(title)
    if m:
        _, mon, day, wd, ampm, hh, mm = m.groups()
        h = int(hh) % 12 + (12 if ampm == "오후" else 0)
        compact = f"{int(mon)}/{int(day)}({wd}) {h}:{mm}"
        if len(compact) <= limit:
            return compact
    return truncate(title, limit)


def _s(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _http_url(value: Any) -> Optional[str]:
    if not isinstance(value, str) or len(value) > 2000:
        return None
    try:
        u = urlparse(value.strip())
    except ValueError:
        return None
    if u.scheme in ("http", "https") and u.netloc and not any(c.isspace() for c in value.strip()):
        return value.strip()
    return None


def _phone_digits(value: Any) -> Optional[str]:
    s = _s(value)
    digits = re.sub(r"[^0-9]", "", s)
    if 3 <= len(digits) <= 13:
        # keep the usual hyphenation for display-independence: Kakao dials digits
        return digits
    return None


# ---------------------------------------------------------------- pieces ----
# Internal "piece": (kind, payload, summary) where kind is "text" or "output".


def _center_piece(center: Any, opts: FormatOptions) -> Optional[Tuple[str, Dict[str, Any], str]]:
    if not isinstance(center, dict):
        return None
    name = _s(center.get("name")) or "고용복지+센터"
    lines = []
    if _s(center.get("address")):
        lines.append(f"주소: {_s(center.get('address'))}")
    if _s(center.get("phone")):
        lines.append(f"전화: {_s(center.get('phone'))}")
    if _s(center.get("hours")):
        lines.append(f"운영: {_s(center.get('hours'))}")
    desks = center.get("desks")
    if isinstance(desks, list):
        names = []
        for d in desks:
            label = _s(d.get("name") or d.get("title")) if isinstance(d, dict) else _s(d)
            if label:
                names.append(label)
        if names:
            lines.append("창구: " + ", ".join(names))
    verified = center.get("verified") is True
    body = "\n".join(lines)
    summary = name + ("\n" + body if body else "") + ("" if verified else "\n" + UNVERIFIED_NOTE)

    limit = LIMITS["basic_description"] if opts.center_card != "textCard" else LIMITS["text_card_description"]
    if verified:
        description = truncate(body, limit)
    else:
        room = limit - len(UNVERIFIED_NOTE) - 1
        description = (truncate(body, room) + "\n" + UNVERIFIED_NOTE) if body else UNVERIFIED_NOTE
    buttons = []
    phone = _phone_digits(center.get("phone"))
    if phone:
        buttons.append({"action": "phone", "label": "전화하기", "phoneNumber": phone})
    map_url = _http_url(center.get("map_url"))
    if map_url:
        buttons.append({"action": "webLink", "label": "지도 보기", "webLinkUrl": map_url})
    card: Dict[str, Any] = {"title": truncate(name, LIMITS["card_title"])}
    if description:
        card["description"] = description
    if buttons:
        card["buttons"] = buttons[: LIMITS["card_buttons"]]
    if opts.center_card == "textCard":
        return ("output", {"textCard": card}, summary)
    thumb = _http_url(opts.thumbnail_url)
    if thumb:
        card["thumbnail"] = {"imageUrl": thumb}
    return ("output", {"basicCard": card}, summary)


def _results_pieces(custom: Dict[str, Any]) -> List[Tuple[str, Any, str]]:
    title = _s(custom.get("title")) or "안내 결과"
    raw_items = custom.get("items")
    items = []
    for it in raw_items if isinstance(raw_items, list) else []:
        if not isinstance(it, dict):
            continue
        t = _s(it.get("title"))
        if not t:
            continue
        items.append((t, _s(it.get("description")), _s(it.get("detail_payload"))))
    if not items:
        return [("text", truncate(f"{title}\n해당하는 항목이 없어요.", LIMITS["simple_text"]), "")]
    per = LIMITS["list_items"]
    chunks = [items[i : i + per] for i in range(0, len(items), per)]
    pieces = []
    for n, chunk in enumerate(chunks, 1):
        header = title if len(chunks) == 1 else f"{title} ({n}/{len(chunks)})"
        kitems = []
        summary_lines = [header]
        for t, d, payload in chunk:
            item: Dict[str, Any] = {"title": truncate(t, LIMITS["list_item_title"])}
            if d:
                item["description"] = truncate(d, LIMITS["list_item_description"])
            if payload:
                item["action"] = "message"
                item["messageText"] = truncate(payload, LIMITS["message_text"])
            kitems.append(item)
            summary_lines.append(f"· {t}" + (f": {d}" if d else ""))
        card = {"header": {"title": truncate(header, LIMITS["card_title"])}, "items": kitems}
        pieces.append(("output", {"listCard": card}, "\n".join(summary_lines)))
    return pieces


def _location_piece(opts: FormatOptions) -> Tuple[str, str, str]:
    text = "가까운 고용복지+센터를 찾아 드릴게요. 사시는 곳의 시·군·구나 동 이름을 보내 주세요. (예: 서울 마포구)"
    if opts.location_block_id:
        text += "\n아래 '내 위치 보내기'를 눌러 위치를 보내셔도 돼요."
    return ("text", text, "")


def _button_to_quick_reply(b: Any) -> Optional[Dict[str, Any]]:
    if not isinstance(b, dict):
        return None
    title = _s(b.get("title"))
    payload = _s(b.get("payload"))
    if payload.startswith("/") or not payload:
        payload = title  # never send an "/intent" payload as the user's words
    if not title:
        title = payload
    if not title or not payload:
        return None
    return {
        "action": "message",
        "label": short_label(title, LIMITS["label"]),
        "messageText": truncate(payload, LIMITS["message_text"]),
    }


def _split_text(text: str, limit: int) -> List[str]:
    """Split at line breaks into chunks ≤ limit (hard cut for giant lines)."""
    chunks: List[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:limit])
            line = line[limit:]
        candidate = line if not current else current + "\n" + line
        if len(candidate) <= limit:
            current = candidate
        else:
            chunks.append(current)
            current = line
    if current.strip():
        chunks.append(current)
    return [c for c in (c.strip() for c in chunks) if c]


# ------------------------------------------------------------------ main ----


def to_skill_response(
    messages: Any,
    options: Optional[FormatOptions] = None,
    extra_quick_replies: Optional[List[Dict[str, Any]]] = None,
) -> Dict[str, Any]:
    """Build a valid SkillResponse v2.0 from a list of Rasa bot messages.

    ``extra_quick_replies`` (already Kakao-shaped) are appended after the ones
    derived from buttons.
    """
    opts = options or FormatOptions()
    pieces: List[Tuple[str, Any, str]] = []
    quick: List[Dict[str, Any]] = []
    location_asked = False

    for m in messages if isinstance(messages, list) else []:
        if not isinstance(m, dict):
            continue
        text = _s(m.get("text"))
        if text:
            pieces.append(("text", text, ""))
        img = _http_url(m.get("image"))
        if img:
            pieces.append(("output", {"simpleImage": {"imageUrl": img, "altText": "챗봇이 보낸 이미지"}}, "(이미지)"))
        custom = m.get("custom")
        if isinstance(custom, dict):
            kind = custom.get("type")
            if kind == "center":
                p = _center_piece(custom.get("center"), opts)
                if p:
                    pieces.append(p)
            elif kind == "results":
                pieces.extend(_results_pieces(custom))
            elif kind == "location_request":
                pieces.append(_location_piece(opts))
                location_asked = True
        buttons = m.get("buttons")
        if isinstance(buttons, list):
            for b in buttons:
                qr = _button_to_quick_reply(b)
                if qr:
                    quick.append(qr)

    if location_asked and opts.location_block_id:
        quick.insert(0, {"action": "block", "label": "내 위치 보내기", "blockId": str(opts.location_block_id)})
    for qr in extra_quick_replies or []:
        quick.append(qr)

    outputs = _pack(pieces)
    template: Dict[str, Any] = {"outputs": outputs}
    deduped: List[Dict[str, Any]] = []
    seen = set()
    for qr in quick:
        key = qr.get("label")
        if key in seen:
            continue
        seen.add(key)
        deduped.append(qr)
    if deduped:
        template["quickReplies"] = deduped[: LIMITS["quick_replies"]]
    return {"version": "2.0", "template": template}


def _pack(pieces: List[Tuple[str, Any, str]]) -> List[Dict[str, Any]]:
    limit = LIMITS["simple_text"]
    # 1. merge adjacent texts while they fit; split long texts.
    merged: List[Tuple[str, Any, str]] = []
    for kind, payload, summary in pieces:
        if kind == "text":
            for chunk in _split_text(payload, limit):
                if merged and merged[-1][0] == "text" and len(merged[-1][1]) + 2 + len(chunk) <= limit:
                    merged[-1] = ("text", merged[-1][1] + "\n\n" + chunk, "")
                else:
                    merged.append(("text", chunk, ""))
        else:
            merged.append((kind, payload, summary))
    if not merged:
        merged = [("text", FALLBACK_TEXT, "")]
    # 2. more than 3 outputs: keep the first two, summarise the rest as text.
    max_out = LIMITS["outputs"]
    if len(merged) > max_out:
        head, tail = merged[: max_out - 1], merged[max_out - 1 :]
        texts = [p[1] if p[0] == "text" else p[2] for p in tail]
        summary = "\n\n".join(t for t in texts if t) or FALLBACK_TEXT
        merged = head + [("text", truncate(summary, limit), "")]
    return [{"simpleText": {"text": truncate(p[1], limit)}} if p[0] == "text" else p[1] for p in merged]


def simple_text_response(text: str, quick_replies: Optional[List[Dict[str, Any]]] = None) -> Dict[str, Any]:
    """One-bubble SkillResponse (for errors / holding replies)."""
    template: Dict[str, Any] = {
        "outputs": [{"simpleText": {"text": truncate(text, LIMITS["simple_text"]) or FALLBACK_TEXT}}]
    }
    if quick_replies:
        template["quickReplies"] = quick_replies[: LIMITS["quick_replies"]]
    return {"version": "2.0", "template": template}


def message_quick_reply(label: str, message_text: Optional[str] = None) -> Dict[str, Any]:
    return {
        "action": "message",
        "label": short_label(label, LIMITS["label"]),
        "messageText": truncate(message_text or label, LIMITS["message_text"]),
    }


# ------------------------------------------------------------- validator ----


def _nonempty_str(v: Any) -> bool:
    return isinstance(v, str) and v.strip() != ""


def _check_button(b: Any, where: str, errors: List[str]) -> None:
    if not isinstance(b, dict):
        errors.append(f"{where}: button is not an object")
        return
    label = b.get("label")
    if not _nonempty_str(label):
        errors.append(f"{where}: button label missing")
    elif len(label) > LIMITS["label"]:
        errors.append(f"{where}: button label longer than {LIMITS['label']}")
    action = b.get("action")
    if action not in BUTTON_ACTIONS:
        errors.append(f"{where}: unknown button action {action!r}")
    elif action == "webLink" and not _http_url(b.get("webLinkUrl")):
        errors.append(f"{where}: webLink without http(s) webLinkUrl")
    elif action == "phone" and not _nonempty_str(b.get("phoneNumber")):
        errors.append(f"{where}: phone without phoneNumber")
    elif action == "message" and not _nonempty_str(b.get("messageText")) and not _nonempty_str(label):
        errors.append(f"{where}: message button without text")
    elif action == "block" and not _nonempty_str(b.get("blockId")):
        errors.append(f"{where}: block button without blockId")
    mt = b.get("messageText")
    if mt is not None and (not isinstance(mt, str) or len(mt) > LIMITS["message_text"]):
        errors.append(f"{where}: messageText invalid or too long")


def _check_card_text(card: Dict[str, Any], where: str, desc_limit: int, errors: List[str]) -> None:
    title = card.get("title")
    desc = card.get("description")
    if title is not None and (not isinstance(title, str) or len(title) > LIMITS["card_title"]):
        errors.append(f"{where}: title invalid or longer than {LIMITS['card_title']}")
    if desc is not None and (not isinstance(desc, str) or len(desc) > desc_limit):
        errors.append(f"{where}: description invalid or longer than {desc_limit}")
    if not _nonempty_str(title) and not _nonempty_str(desc) and "thumbnail" not in card:
        errors.append(f"{where}: card has neither title, description nor thumbnail")


def _check_buttons(card: Dict[str, Any], where: str, limit: int, errors: List[str]) -> None:
    buttons = card.get("buttons")
    if buttons is None:
        return
    if not isinstance(buttons, list):
        errors.append(f"{where}: buttons is not a list")
        return
    if len(buttons) > limit:
        errors.append(f"{where}: more than {limit} buttons")
    for i, b in enumerate(buttons):
        _check_button(b, f"{where}.buttons[{i}]", errors)


def _check_output(o: Any, where: str, errors: List[str]) -> None:
    if not isinstance(o, dict) or len(o) != 1:
        errors.append(f"{where}: output must be an object with exactly one type key")
        return
    ((kind, body),) = o.items()
    if kind not in OUTPUT_TYPES:
        errors.append(f"{where}: unknown output type {kind!r}")
        return
    if not isinstance(body, dict):
        errors.append(f"{where}: {kind} is not an object")
        return
    if kind == "simpleText":
        t = body.get("text")
        if not _nonempty_str(t):
            errors.append(f"{where}: simpleText.text missing or empty")
        elif len(t) > LIMITS["simple_text"]:
            errors.append(f"{where}: simpleText longer than {LIMITS['simple_text']}")
    elif kind == "simpleImage":
        if not _http_url(body.get("imageUrl")):
            errors.append(f"{where}: simpleImage.imageUrl missing")
        alt = body.get("altText")
        if not _nonempty_str(alt) or len(alt) > LIMITS["alt_text"]:
            errors.append(f"{where}: simpleImage.altText missing or too long")
    elif kind == "basicCard":
        _check_card_text(body, f"{where}.basicCard", LIMITS["basic_description"], errors)
        thumb = body.get("thumbnail")
        if thumb is not None and not (isinstance(thumb, dict) and _http_url(thumb.get("imageUrl"))):
            errors.append(f"{where}.basicCard: thumbnail without imageUrl")
        _check_buttons(body, f"{where}.basicCard", LIMITS["card_buttons"], errors)
    elif kind == "textCard":
        _check_card_text(body, f"{where}.textCard", LIMITS["text_card_description"], errors)
        _check_buttons(body, f"{where}.textCard", LIMITS["card_buttons"], errors)
    elif kind == "listCard":
        header = body.get("header")
        if not (isinstance(header, dict) and _nonempty_str(header.get("title"))):
            errors.append(f"{where}.listCard: header.title required")
        elif len(header["title"]) > LIMITS["card_title"]:
            errors.append(f"{where}.listCard: header.title too long")
        items = body.get("items")
        if not isinstance(items, list) or not items:
            errors.append(f"{where}.listCard: items required")
        else:
            if len(items) > LIMITS["list_items"]:
                errors.append(f"{where}.listCard: more than {LIMITS['list_items']} items")
            for i, it in enumerate(items):
                w = f"{where}.listCard.items[{i}]"
                if not isinstance(it, dict) or not _nonempty_str(it.get("title")):
                    errors.append(f"{w}: title required")
                    continue
                if len(it["title"]) > LIMITS["list_item_title"]:
                    errors.append(f"{w}: title too long")
                d = it.get("description")
                if d is not None and (not isinstance(d, str) or len(d) > LIMITS["list_item_description"]):
                    errors.append(f"{w}: description invalid or too long")
                if it.get("action") == "message" and not _nonempty_str(it.get("messageText")):
                    errors.append(f"{w}: message action without messageText")
        _check_buttons(body, f"{where}.listCard", LIMITS["list_buttons"], errors)
    # commerceCard/itemCard/carousel are never produced by us; accepted as-is.


def validate_skill_response(resp: Any) -> List[str]:
    """Return a list of problems (empty = valid SkillResponse v2.0 for our use)."""
    errors: List[str] = []
    if not isinstance(resp, dict):
        return ["response is not an object"]
    if resp.get("version") != "2.0":
        errors.append('version must be "2.0"')
    if resp.get("useCallback") is True:
        data = resp.get("data")
        if data is not None and not (isinstance(data, dict) and isinstance(data.get("text", ""), str)):
            errors.append("useCallback data must be an object with a text")
        if "template" not in resp:
            return errors
    template = resp.get("template")
    if not isinstance(template, dict):
        errors.append("template missing")
        return errors
    outputs = template.get("outputs")
    if not isinstance(outputs, list) or not outputs:
        errors.append("template.outputs must be a non-empty list")
    else:
        if len(outputs) > LIMITS["outputs"]:
            errors.append(f"more than {LIMITS['outputs']} outputs")
        for i, o in enumerate(outputs):
            _check_output(o, f"outputs[{i}]", errors)
    qrs = template.get("quickReplies")
    if qrs is not None:
        if not isinstance(qrs, list):
            errors.append("quickReplies is not a list")
        else:
            if len(qrs) > LIMITS["quick_replies"]:
                errors.append(f"more than {LIMITS['quick_replies']} quickReplies")
            labels = set()
            for i, q in enumerate(qrs):
                w = f"quickReplies[{i}]"
                if not isinstance(q, dict):
                    errors.append(f"{w}: not an object")
                    continue
                if q.get("action") not in ("message", "block"):
                    errors.append(f"{w}: action must be message or block")
                label = q.get("label")
                if not _nonempty_str(label) or len(label) > LIMITS["label"]:
                    errors.append(f"{w}: label missing or longer than {LIMITS['label']}")
                elif label in labels:
                    errors.append(f"{w}: duplicate label")
                else:
                    labels.add(label)
                if q.get("action") == "message":
                    mt = q.get("messageText")
                    if not _nonempty_str(mt) or len(mt) > LIMITS["message_text"]:
                        errors.append(f"{w}: messageText missing or too long")
                if q.get("action") == "block" and not _nonempty_str(q.get("blockId")):
                    errors.append(f"{w}: blockId missing")
    return errors
