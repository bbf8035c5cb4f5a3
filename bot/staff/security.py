"""Password hashing (stdlib scrypt, per-user salt) and token helpers."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from typing import Tuple

# scrypt cost: N=2**14, r=8, p=1 (~16 MiB, tens of ms).  Parameters are stored
# in the hash so they can be raised later without invalidating old hashes.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_DKLEN = 32

MIN_PASSWORD_LENGTH = 10


def _b64(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode("ascii").rstrip("=")


def _unb64(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=128 * n * r * 2 + 1024 * 1024, dklen=_DKLEN
    )


def hash_password(password: str) -> str:
    """``scrypt$N$r$p$<salt>$<hash>`` with a fresh 16-byte salt."""
    salt = secrets.token_bytes(16)
    dk = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(dk)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, dk = stored.split("$")
        if scheme != "scrypt":
            return False
        calc = _scrypt(password, _unb64(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(calc, _unb64(dk))


# Used to spend the same time when the username does not exist.
_DUMMY_HASH = None


def dummy_verify(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_urlsafe(12))
    verify_password(password, _DUMMY_HASH)


def password_problem(password: str, username: str = "") -> str:
    """Korean message describing why a password is not acceptable, or ''."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"비밀번호는 {MIN_PASSWORD_LENGTH}자 이상이어야 합니다."
    if username and username.lower() in password.lower():
        return "비밀번호에 아이디를 넣을 수 없습니다."
    if len(set(password)) < 4:
        return "비밀번호가 너무 단순합니다."
    return ""


def new_token() -> Tuple[str, str]:
    """(token for the cookie, sha256 hex stored in the DB)."""
    tok = secrets.token_urlsafe(32)
    return tok, token_hash(tok)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def tokens_equal(a: str, b: str) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def valid_username(u: str) -> bool:
    """Staff account names: lower-case letters, digits and ._- (3-64 characters)."""
    return bool(re.fullmatch(r"[a-z0-9][a-z0-9._-]{2,63}", u or ""))
