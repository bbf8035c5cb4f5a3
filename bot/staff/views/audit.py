"""The audit log (admins): who viewed or changed what, filterable and paged."""

from __future__ import annotations

import math
from urllib.parse import urlencode

from aiohttp import web

from bot.staff.guard import CTX, admin_only, audit, bg, render


@admin_only
async def audit_page(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    username = request.query.get("username", "").strip()
    action = request.query.get("action", "").strip()
    target = request.query.get("target", "").strip()
    size = 50
    try:
        page = max(1, int(request.query.get("page", "1")))
    except ValueError:
        page = 1
    rows, total = await bg(ctx.db.list_audit, size, (page - 1) * size, username or None, action or None, target or None)
    actions = await bg(ctx.db.audit_actions)
    await audit(request, "view_audit", detail={"username": username, "action": action, "target": target})
    pages = max(1, math.ceil(total / size))
    qs = urlencode({k: v for k, v in {"username": username, "action": action, "target": target}.items() if v})
    return render(
        request,
        "audit.html",
        rows=rows,
        total=total,
        page=page,
        pages=pages,
        actions=actions,
        username=username,
        action=action,
        target=target,
        qs=qs,
    )
