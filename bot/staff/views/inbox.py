"""The inbox (filtered list of conversations) and one conversation: transcript, review status,
tags, notes, NLU corrections and the test story; plus their JSON API."""

from __future__ import annotations

import math
import time
from typing import Any, Dict, Optional
from urllib.parse import quote, urlencode

from aiohttp import web

from bot.privacy.pii import mask_text
from bot.staff.context import StaffContext
from bot.staff.conversations import NEED_LABELS, fmt_ts
from bot.staff.storage import REVIEW_STATUSES
from bot.staff.exports import annotate, parse_annotated, story_steps, story_yaml, valid_name
from bot.staff.guard import CTX, audit, bg, current_user, render, staff_scope, visible_to
from bot.staff.metrics import filter_summaries

FILTER_KEYS = ("channel", "need", "booked", "fallback", "crisis", "status", "tag", "date_from", "date_to", "q")


def query_filters(request: web.Request) -> Dict[str, str]:
    f = {k: request.query.get(k, "").strip()[:100] for k in FILTER_KEYS}
    for k in ("date_from", "date_to"):
        if f[k]:
            try:
                time.strptime(f[k], "%Y-%m-%d")
            except ValueError:
                f[k] = ""
    return f


def _inbox_data(ctx: StaffContext, f: Dict[str, str], scope: Optional[str] = None) -> Dict[str, Any]:
    all_items = visible_to(ctx.conversations.summaries(), scope)
    review = ctx.db.review_index()
    hits = ctx.conversations.search_text(f["q"]) if f["q"] else None
    items = filter_summaries(all_items, review, text_hits=hits, **f)
    return {
        "items": items,
        "channels": sorted({s["channel"] for s in all_items if s["channel"]}),
        "tags": ctx.db.all_tags(),
        "total_all": len(all_items),
    }


async def inbox(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    f = query_filters(request)
    data = await bg(_inbox_data, ctx, f, staff_scope(request))
    size = int(ctx.settings["page_size"])
    pages = max(1, math.ceil(len(data["items"]) / size))
    try:
        page = min(max(1, int(request.query.get("page", "1"))), pages)
    except ValueError:
        page = 1
    rows = data["items"][(page - 1) * size : page * size]
    await audit(request, "view_inbox", detail={k: v for k, v in f.items() if v} or None)
    qs = {k: v for k, v in f.items() if v}
    return render(
        request,
        "inbox.html",
        rows=rows,
        f=f,
        channels=data["channels"],
        tags=data["tags"],
        page=page,
        pages=pages,
        count=len(data["items"]),
        total_all=data["total_all"],
        qs=urlencode(qs),
        needs=list(NEED_LABELS),
    )


async def api_conversations(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    f = query_filters(request)
    data = await bg(_inbox_data, ctx, f, staff_scope(request))
    await audit(request, "api_conversations", detail={k: v for k, v in f.items() if v} or None)
    return web.json_response({"count": len(data["items"]), "items": data["items"][:500]})


def _conv_or_404(ctx: StaffContext, sender_id: str) -> Dict[str, Any]:
    t = ctx.conversations.transcript(sender_id)
    if t is None:
        raise web.HTTPNotFound(text="대화를 찾을 수 없습니다.")
    return t


async def conversation(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    t = await bg(_conv_or_404, ctx, sender_id)
    review = await bg(ctx.db.get_review, sender_id)
    summary = await bg(ctx.conversations.summary, sender_id)
    for it in t["items"]:
        if it["type"] == "user":
            it["annotated"] = annotate(it["text"], it["entities"])
            it["correction"] = review["corrections"].get(it["id"])
    await audit(request, "view_conversation", target=sender_id)
    return render(
        request,
        "conversation.html",
        t=t,
        review=review,
        summary=summary,
        flash=request.query.get("ok", ""),
        error=request.query.get("err", ""),
    )


def _back(sender_id: str, ok: str = "", err: str = "") -> web.HTTPFound:
    q = urlencode({k: v for k, v in {"ok": ok, "err": err}.items() if v})
    return web.HTTPFound(f"/staff/conversations/{quote(sender_id, safe='')}" + (f"?{q}" if q else ""))


async def set_review(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    form = await request.post()
    status = str(form.get("status", ""))
    if status not in REVIEW_STATUSES:
        raise web.HTTPBadRequest(text="알 수 없는 검토 상태입니다.")
    if not await bg(ctx.conversations.exists, sender_id):
        raise web.HTTPNotFound(text="대화를 찾을 수 없습니다.")
    await bg(ctx.db.set_review_status, sender_id, status, current_user(request)["username"])
    await audit(request, "review_status", target=sender_id, detail={"status": status})
    raise _back(sender_id, ok="검토 상태를 저장했습니다.")


async def tags_update(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    form = await request.post()
    tag = " ".join(str(form.get("tag", "")).split())[:64]
    op = str(form.get("op", "add"))
    if not tag:
        raise _back(sender_id, err="태그를 입력해 주세요.")
    if not await bg(ctx.conversations.exists, sender_id):
        raise web.HTTPNotFound(text="대화를 찾을 수 없습니다.")
    tag = mask_text(tag)
    if op == "remove":
        await bg(ctx.db.remove_tag, sender_id, tag)
    else:
        await bg(ctx.db.add_tag, sender_id, tag, current_user(request)["username"])
    await audit(request, "tag_" + ("remove" if op == "remove" else "add"), target=sender_id, detail={"tag": tag})
    raise _back(sender_id, ok="태그를 저장했습니다.")


async def add_note(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    form = await request.post()
    body = mask_text(str(form.get("body", "")).strip())[:4000]
    if not body:
        raise _back(sender_id, err="메모 내용을 입력해 주세요.")
    if not await bg(ctx.conversations.exists, sender_id):
        raise web.HTTPNotFound(text="대화를 찾을 수 없습니다.")
    await bg(ctx.db.add_note, sender_id, body, current_user(request)["username"])
    await audit(request, "note_add", target=sender_id)
    raise _back(sender_id, ok="메모를 저장했습니다.")


async def add_correction(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    form = await request.post()
    try:
        event_id = int(str(form.get("event_id", "")))
    except ValueError:
        raise web.HTTPBadRequest(text="메시지 번호가 올바르지 않습니다.")
    intent = str(form.get("intent", "")).strip()
    annotated = " ".join(mask_text(str(form.get("annotated_text", ""))).split())
    if not valid_name(intent):
        raise _back(sender_id, err="인텐트 이름은 영문·숫자·밑줄로 적어 주세요.")
    msg = await bg(ctx.conversations.user_message, sender_id, event_id)
    if msg is None:
        raise web.HTTPNotFound(text="메시지를 찾을 수 없습니다.")
    try:
        plain, ents = parse_annotated(annotated or msg["text"])
    except ValueError as exc:
        raise _back(sender_id, err=str(exc))
    if not plain.strip():
        raise _back(sender_id, err="문장이 비어 있습니다.")
    await bg(
        ctx.db.upsert_correction,
        sender_id,
        event_id,
        msg["text"],
        annotated or msg["text"],
        intent,
        current_user(request)["username"],
    )
    await audit(
        request,
        "nlu_correction",
        target=sender_id,
        detail={"event_id": event_id, "from": msg.get("intent"), "to": intent, "entities": [e["entity"] for e in ents]},
    )
    raise _back(sender_id, ok="교정 내용을 저장했습니다.")


def _story_for(ctx: StaffContext, sender_id: str, author: str) -> str:
    t = _conv_or_404(ctx, sender_id)
    review = ctx.db.get_review(sender_id)
    name = f"상담 대화 {sender_id[:12]} ({author}, {fmt_ts(time.time())})"
    return story_yaml(name, story_steps(t, review["corrections"]))


async def save_story(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    author = current_user(request)["username"]
    y = await bg(_story_for, ctx, sender_id, author)
    await bg(ctx.db.save_story, sender_id, f"상담 대화 {sender_id[:12]}", y, author)
    await audit(request, "story_save", target=sender_id)
    raise _back(sender_id, ok="테스트 스토리로 저장했습니다.")


async def story_download(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    y = await bg(_story_for, ctx, sender_id, current_user(request)["username"])
    await audit(request, "story_download", target=sender_id)
    return web.Response(
        text=y,
        content_type="text/yaml",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="test_story.yml"'},
    )


async def api_conversation(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    t = await bg(_conv_or_404, ctx, sender_id)
    review = await bg(ctx.db.get_review, sender_id)
    await audit(request, "api_conversation", target=sender_id)
    return web.json_response(
        {
            "transcript": t,
            "review": {
                "status": review["status"],
                "tags": [x["tag"] for x in review["tags"]],
                "notes": [
                    {"author": n["author"], "created_at": n["created_at"], "body": n["body"]} for n in review["notes"]
                ],
            },
        }
    )
