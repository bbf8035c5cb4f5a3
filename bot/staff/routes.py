"""The console's route table: (method, path under /staff, handler)."""

from __future__ import annotations

from bot.staff.views.audit import audit_page
from bot.staff.views.auth import home, login_form, login_submit, logout, static_file
from bot.staff.views.bookings import booking_outcome, bookings
from bot.staff.views.dashboard import api_dashboard, dashboard
from bot.staff.views.exports import export_nlu, export_stories, exports_page
from bot.staff.views.inbox import (
    add_correction,
    add_note,
    api_conversation,
    api_conversations,
    conversation,
    inbox,
    save_story,
    set_review,
    story_download,
    tags_update,
)
from bot.staff.views.retention import retention_delete, retention_page, retention_purge
from bot.staff.views.users import account, change_password, users_create, users_page, users_update

ROUTES = [
    ("GET", "", home),
    ("GET", "/", home),
    ("GET", "/login", login_form),
    ("POST", "/login", login_submit),
    ("POST", "/logout", logout),
    ("GET", "/static/{name}", static_file),
    ("GET", "/conversations", inbox),
    ("GET", "/conversations/{sender_id}", conversation),
    ("POST", "/conversations/{sender_id}/review", set_review),
    ("POST", "/conversations/{sender_id}/tags", tags_update),
    ("POST", "/conversations/{sender_id}/notes", add_note),
    ("POST", "/conversations/{sender_id}/corrections", add_correction),
    ("POST", "/conversations/{sender_id}/story", save_story),
    ("GET", "/conversations/{sender_id}/story.yml", story_download),
    ("GET", "/exports", exports_page),
    ("GET", "/exports/nlu.yml", export_nlu),
    ("GET", "/exports/stories.yml", export_stories),
    ("GET", "/bookings", bookings),
    ("POST", "/bookings/{code}/outcome", booking_outcome),
    ("GET", "/dashboard", dashboard),
    ("GET", "/account", account),
    ("POST", "/account/password", change_password),
    ("GET", "/api/conversations", api_conversations),
    ("GET", "/api/conversations/{sender_id}", api_conversation),
    ("GET", "/api/dashboard", api_dashboard),
    ("GET", "/admin/users", users_page),
    ("POST", "/admin/users", users_create),
    ("POST", "/admin/users/{username}", users_update),
    ("GET", "/admin/audit", audit_page),
    ("GET", "/admin/retention", retention_page),
    ("POST", "/admin/retention/purge", retention_purge),
    ("POST", "/admin/retention/delete", retention_delete),
]


PREFIX = "/staff"
