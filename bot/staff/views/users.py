"""One's own account (password change) and, for admins, the staff accounts."""

from __future__ import annotations

from typing import Any, Dict
from urllib.parse import urlencode

from aiohttp import web

from bot.staff import security
from bot.staff.storage import ROLES
from bot.staff.guard import CTX, admin_only, audit, bg, current_user, render, verify_login
from bot.staff.security import valid_username


async def account(request: web.Request) -> web.Response:
    return render(request, "account.html", error=request.query.get("err", ""), flash=request.query.get("ok", ""))


async def change_password(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    u = current_user(request)
    form = await request.post()
    current = str(form.get("current", ""))
    new = str(form.get("new", ""))
    if str(form.get("confirm", "")) != new:
        raise web.HTTPFound("/staff/account?" + urlencode({"err": "새 비밀번호가 서로 다릅니다."}))
    problem = security.password_problem(new, u["username"])
    if problem:
        raise web.HTTPFound("/staff/account?" + urlencode({"err": problem}))
    if await bg(verify_login, ctx.db, u["username"], current) is None:
        await audit(request, "password_change_failed", target=u["username"])
        raise web.HTTPFound("/staff/account?" + urlencode({"err": "현재 비밀번호가 맞지 않습니다."}))
    await bg(ctx.db.update_user, u["username"], password_hash=await bg(security.hash_password, new))
    # whoever else holds a session of this account (a stolen cookie, another PC) is logged out
    ended = await bg(ctx.db.delete_user_sessions, u["id"], request["staff_session"]["id"])
    await audit(request, "password_change", target=u["username"], detail={"other_sessions_ended": ended})
    raise web.HTTPFound("/staff/account?" + urlencode({"ok": "비밀번호를 바꿨습니다."}))


@admin_only
async def users_page(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    rows = await bg(ctx.db.list_users)
    await audit(request, "view_users")
    return render(
        request, "users.html", rows=rows, error=request.query.get("err", ""), flash=request.query.get("ok", "")
    )


def _users_back(ok: str = "", err: str = "") -> web.HTTPFound:
    return web.HTTPFound("/staff/admin/users?" + urlencode({k: v for k, v in {"ok": ok, "err": err}.items() if v}))


@admin_only
async def users_create(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    form = await request.post()
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    role = str(form.get("role", "counselor"))
    center = " ".join(str(form.get("center", "")).split())[:128]
    if not valid_username(username):
        raise _users_back(err="아이디는 영문 소문자·숫자·._- 3~64자로 정해 주세요.")
    if role not in ROLES:
        raise _users_back(err="역할이 올바르지 않습니다.")
    problem = security.password_problem(password, username)
    if problem:
        raise _users_back(err=problem)
    if await bg(ctx.db.get_user, username):
        raise _users_back(err="이미 있는 아이디입니다.")
    await bg(ctx.db.create_user, username, await bg(security.hash_password, password), role, center)
    await audit(request, "user_create", target=username, detail={"role": role, "center": center})
    raise _users_back(ok=f"{username} 계정을 만들었습니다.")


@admin_only
async def users_update(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    username = request.match_info["username"]
    form = await request.post()
    target = await bg(ctx.db.get_user, username)
    if not target:
        raise web.HTTPNotFound(text="사용자를 찾을 수 없습니다.")
    changes: Dict[str, Any] = {}
    role = str(form.get("role", target["role"]))
    if role not in ROLES:
        raise _users_back(err="역할이 올바르지 않습니다.")
    active = str(form.get("active", "1" if target["active"] else "0")) == "1"
    center = " ".join(str(form.get("center", target["center"] or "")).split())[:128]
    removing_admin = target["role"] == "admin" and target["active"] and (role != "admin" or not active)
    if removing_admin and await bg(ctx.db.count_admins) <= 1:
        raise _users_back(err="마지막 관리자 계정은 권한을 낮추거나 비활성화할 수 없습니다.")
    if role != target["role"]:
        changes["role"] = role
    if active != bool(target["active"]):
        changes["active"] = active
    if center != (target["center"] or ""):
        changes["center"] = center or None
    new_pw = str(form.get("new_password", ""))
    if new_pw:
        problem = security.password_problem(new_pw, username)
        if problem:
            raise _users_back(err=problem)
        changes["password_hash"] = await bg(security.hash_password, new_pw)
    if changes:
        await bg(ctx.db.update_user, username, **changes)
        if {"role", "active", "password_hash"} & set(changes):
            await bg(ctx.db.delete_user_sessions, target["id"])
    shown = {k: v for k, v in changes.items() if k != "password_hash"}
    if "password_hash" in changes:
        shown["password"] = "reset"
    await audit(request, "user_update", target=username, detail=shown or None)
    raise _users_back(ok=f"{username} 계정을 저장했습니다.")
