"""Web chat: aiohttp server serving the widget (web/) and proxying to Rasa REST."""

from bot.web.app import create_app

__all__ = ["create_app"]
