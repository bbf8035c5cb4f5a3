"""Exports: the reviewed NLU corrections and saved stories as Rasa training/test YAML."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import yaml
from aiohttp import web

from bot.privacy.pii import mask_obj, mask_text
from bot.staff.context import StaffContext
from bot.staff.exports import merge_story_files, nlu_yaml
from bot.staff.guard import CTX, audit, bg, render, staff_scope, visible_to


def _scoped_rows(ctx: StaffContext, rows: List[Dict[str, Any]], scope: Optional[str]) -> List[Dict[str, Any]]:
    if scope is None:
        return rows
    ids = {s["sender_id"] for s in visible_to(ctx.conversations.summaries(), scope)}
    return [r for r in rows if r.get("sender_id") in ids]


async def exports_page(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    corr = await bg(_scoped_rows, ctx, await bg(ctx.db.list_corrections), staff_scope(request))
    st = await bg(_scoped_rows, ctx, await bg(ctx.db.list_stories), staff_scope(request))
    await audit(request, "view_exports")
    return render(request, "exports.html", corrections=corr, stories=st)


def _remask_story(y: str) -> str:
    """A saved story masked again with today's rules (it may predate them)."""
    try:
        doc = yaml.safe_load(y)
    except yaml.YAMLError:
        return mask_text(y) if "stories:" not in y else y.split("stories:\n", 1)[0] + "stories: []\n"
    return yaml.safe_dump(mask_obj(doc), allow_unicode=True, sort_keys=False)


async def export_nlu(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    corr = await bg(_scoped_rows, ctx, await bg(ctx.db.list_corrections), staff_scope(request))
    corr = [dict(c, annotated_text=mask_text(c["annotated_text"])) for c in corr]  # today's rules
    await audit(request, "export_nlu", detail={"examples": len(corr)})
    return web.Response(
        text=nlu_yaml(corr),
        content_type="text/yaml",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="nlu_corrections.yml"'},
    )


async def export_stories(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    st = await bg(_scoped_rows, ctx, await bg(ctx.db.list_stories), staff_scope(request))
    await audit(request, "export_stories", detail={"stories": len(st)})
    return web.Response(
        text=merge_story_files(_remask_story(s["yaml"]) for s in st),
        content_type="text/yaml",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="test_conversations.yml"'},
    )
