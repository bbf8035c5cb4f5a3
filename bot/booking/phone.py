"""Korean mobile number validation/normalisation and masking."""

from __future__ import annotations

import re
import unicodedata

from .errors import InvalidInput

_SEPARATORS = re.compile(r"[\s\-\.\(\)\u2010-\u2015\u2212]+")

MSG_PHONE = (
    "휴대전화 번호를 확인해 주세요. 010-1234-5678처럼 010으로 시작하는 "
    "휴대전화 번호만 받을 수 있습니다(집·회사 전화번호는 안 됩니다)."
)


def normalize_phone(raw: str) -> str:
    """'010-1234-5678', '01012345678', '010 1234 5678', '+82 10-1234-5678' -> '010-1234-5678'.

    Also accepts legacy 011/016/017/018/019 numbers (3- or 4-digit middle part).
    Raises InvalidInput (Korean message) for landlines, 070/050x numbers and garbage.
    """
    if not isinstance(raw, str):
        raise InvalidInput(MSG_PHONE)
    s = unicodedata.normalize("NFKC", raw).strip()
    if not s or len(s) > 30:
        raise InvalidInput(MSG_PHONE)
    s = _SEPARATORS.sub("", s)
    if s.startswith("+82"):
        s = s[3:]
        s = s if s.startswith("0") else "0" + s
    elif s.startswith("0082"):
        s = s[4:]
        s = s if s.startswith("0") else "0" + s
    elif s.startswith("82") and len(s) in (11, 12):
        s = s[2:]
        s = s if s.startswith("0") else "0" + s
    if not s.isdigit() or not s.isascii():
        raise InvalidInput(MSG_PHONE)
    m = re.fullmatch(r"(010)(\d{4})(\d{4})", s) or re.fullmatch(r"(01[16789])(\d{3,4})(\d{4})", s)
    if not m:
        raise InvalidInput(MSG_PHONE)
    return "-".join(m.groups())


def is_mobile(raw: str) -> bool:
    try:
        normalize_phone(raw)
        return True
    except InvalidInput:
        return False


def mask_phone(phone: str) -> str:
    """'010-1234-5678' -> '010-****-5678'. Unparseable input is fully masked; no phone (erased by
    retention) stays empty."""
    if not phone:
        return ""
    try:
        a, b, c = normalize_phone(phone).split("-")
    except InvalidInput:
        return "***-****-****"
    return f"{a}-{'*' * len(b)}-{c}"


def mask_name(name: str) -> str:
    """'홍길동' -> '홍*동', '김철' -> '김*', 'Alex Kim' -> 'A*******'."""
    name = (name or "").strip()
    if len(name) <= 1:
        return "*" if name else ""
    if len(name) == 2:
        return name[0] + "*"
    if re.fullmatch(r"[가-힣]{3,5}", name):
        return name[0] + "*" * (len(name) - 2) + name[-1]
    return name[0] + "*" * (len(name) - 1)
