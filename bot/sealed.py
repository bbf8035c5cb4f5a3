"""Seal personal values (booking name/phone) before they go into conversation slots.

The tracker store is the transcript database; the booking contact must live only in the booking
table. Slots therefore carry a Fernet token ("sealed:…"), opened only inside the action server.
Key: env BOT_SECRET_KEY (urlsafe base64, 32 bytes; share it across replicas), else a key file
var/secret.key created on first use (git-ignored, mode 0600).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Optional

from cryptography.fernet import Fernet, InvalidToken

from bot.settings import settings

PREFIX = "sealed:"
_lock = threading.Lock()
_fernet: Optional[Fernet] = None
ROOT = Path(__file__).resolve().parent.parent


def _key() -> bytes:
    env = settings()
    if env.bot_secret_key:
        return env.bot_secret_key.encode()
    path = env.bot_secret_file
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    fd = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
    finally:
        os.close(fd)
    return key


def _f() -> Fernet:
    global _fernet
    with _lock:
        if _fernet is None:
            try:
                _fernet = Fernet(_key())
            except FileExistsError:  # another process created it first
                _fernet = Fernet(_key())
        return _fernet


def seal(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    return PREFIX + _f().encrypt(str(value).encode()).decode()


def unseal(value: Optional[str]) -> Optional[str]:
    if not value or not isinstance(value, str):
        return value
    if not value.startswith(PREFIX):
        return value
    try:
        return _f().decrypt(value[len(PREFIX) :].encode()).decode()
    except InvalidToken:
        return None
