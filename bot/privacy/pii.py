"""Rule-based masking of Korean personal identifiers before anything is stored.

What is masked (every mask keeps the string length, so entity start/end
offsets computed on the raw text stay valid on the masked text):

* 주민등록번호 / 외국인등록번호: ``YYMMDD-GNNNNNN`` (hyphen, space or nothing
  between the halves).  The birth date and the gender digit are kept:
  ``900101-1234567`` -> ``900101-1******``.
* Mobile, landline, internet (070) and 050x safe numbers, also ``+82`` and
  ``(02)`` forms: the prefix and the last four digits are kept:
  ``010-1234-5678`` -> ``010-****-5678``.  Business 대표번호 (1588-xxxx etc.)
  are public numbers and are left alone.
* Card numbers (16 digits, optional space/hyphen every four; 15-digit Amex
  4-6-5): only the last four digits are kept.
* Bank account numbers: hyphenated groups totalling 10-14 digits
  (국민 6-2-6, 신한 3-3-6, 우리 4-3-6, 하나 3-6-5, 농협 3-4-4-2, 기업 3-6-2-3,
  카카오뱅크 4-2-7, 토스 4-4-4 …) and any bare run of 10 or more digits:
  only the last four digits are kept.
* E-mail addresses: the first character of the local part and the domain
  are kept: ``hong.gildong@naver.com`` -> ``h**********@naver.com``.

Numbers that are not identifiers stay readable: amounts (``150만원``,
``1,500,000원``), ages, dates (``2026-11-25``, ``2026.11.25``), times,
short codes.  Korean text glued to the number (``제번호는01012345678이에요``)
is handled because the boundaries only look at digits, not at spaces.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Optional

__all__ = ["mask_text", "mask_obj", "contains_pii", "PII_PATTERN"]

_SEP = r"[-. ]?"

_EMAIL = r"(?P<email>[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"

# YYMMDD + separator + gender/nationality digit (1-8) + 6 digits.
_RRN = (
    r"(?<!\d)(?P<rrn>\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"[- ]?[1-8]\d{6})(?!\d)"
)

_CARD = (
    r"(?<!\d)(?P<card>\d{4}(?P<csep>[- ]?)\d{4}(?P=csep)\d{4}(?P=csep)\d{4}"
    r"|\d{4}[- ]\d{6}[- ]\d{5})(?!\d)"
)

# Mobile (010/011/016/017/018/019), also +82 / 82 with or without the 0.
_INTL = r"(?<!\d)\+?82[-. ]?(?:\(0\)[-. ]?)?0?"
_MOBILE = r"(?:" + _INTL + r"|(?<!\d)\(?0)1[016789]\)?" + _SEP + r"\d{3,4}" + _SEP + r"\d{4}(?!\d)"
# Landline area codes, 070 internet phones, 050x safe numbers.
_LANDLINE = (
    r"(?:" + _INTL + r"|(?<!\d)\(?0)(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])\)?"
    + _SEP + r"\d{3,4}" + _SEP + r"\d{4}(?!\d)"
)
_PHONE = r"(?P<phone>" + _MOBILE + r"|" + _LANDLINE + r")"

# Hyphenated account numbers: 2-5 groups; the digit total is checked in code.
_ACCOUNT = r"(?<![\d-])(?P<account>\d{2,7}(?:-\d{1,7}){1,4})(?![\d])(?!-\d)"

_LONGNUM = r"(?<!\d)(?P<longnum>\d{10,})(?!\d)"

PII_PATTERN = re.compile(
    "|".join([_EMAIL, _RRN, _CARD, _PHONE, _ACCOUNT, _LONGNUM])
)


def _mask_digits(s: str, keep_last: int = 4, keep_first: int = 0) -> str:
    """Replace digits with '*' except the first `keep_first` and last
    `keep_last` digits.  Non-digit characters are kept (length preserved)."""
    positions = [i for i, ch in enumerate(s) if ch.isdigit()]
    keep = set(positions[:keep_first]) | set(positions[len(positions) - keep_last:] if keep_last else [])
    return "".join("*" if (ch.isdigit() and i not in keep) else ch for i, ch in enumerate(s))


def _mask_rrn(s: str) -> str:
    # keep 6 birth-date digits and the gender digit
    return _mask_digits(s, keep_last=0, keep_first=7)


def _mask_phone(s: str) -> str:
    digits = [ch for ch in s if ch.isdigit()]
    # number of digits that form the prefix (country code + area/mobile code)
    m = re.match(r"\D*(\+?82)?", s)
    prefix = 0
    if m and m.group(1):
        prefix += 2
        rest = "".join(digits[2:])
        if rest.startswith("0"):
            prefix += 1
            rest = rest[1:]
    else:
        rest = "".join(digits)
        if rest.startswith("0"):
            prefix += 1
            rest = rest[1:]
    # area / mobile code after the leading 0
    if rest.startswith("2"):
        prefix += 1
    elif rest.startswith("50"):
        prefix += 3
    else:
        prefix += 2
    return _mask_digits(s, keep_last=4, keep_first=prefix)


def _mask_email(s: str) -> str:
    local, _, domain = s.partition("@")
    return local[:1] + "*" * (len(local) - 1) + "@" + domain


def _replace(m: "re.Match[str]") -> str:
    s = m.group(0)
    if m.group("email") is not None:
        return _mask_email(s)
    if m.group("rrn") is not None:
        return _mask_rrn(s)
    if m.group("card") is not None:
        return _mask_digits(s, keep_last=4)
    if m.group("phone") is not None:
        return _mask_phone(s)
    if m.group("account") is not None:
        n = sum(ch.isdigit() for ch in s)
        if n >= 10:
            return _mask_digits(s, keep_last=4)
        return s  # dates like 2026-11-25, short codes
    if m.group("longnum") is not None:
        return _mask_digits(s, keep_last=4)
    return s  # pragma: no cover - every alternative is a named group


def mask_text(text: str) -> str:
    """Mask personal identifiers in `text`; returns a string of equal length."""
    if not isinstance(text, str) or not text:
        return text
    # fast path: nothing that could be PII
    if "@" not in text and sum(ch.isdigit() for ch in text) < 9:
        return text
    return PII_PATTERN.sub(_replace, text)


def contains_pii(text: str) -> bool:
    """True if `mask_text` would change `text`."""
    return isinstance(text, str) and mask_text(text) != text


def mask_obj(
    obj: Any,
    skip_keys: Optional[Iterable[str]] = None,
    skip_prefixes: Iterable[str] = (),
) -> Any:
    """Return a copy of `obj` with every string (at any depth in dicts, lists
    and tuples) masked.  Dict keys are not changed; values stored under a
    key in `skip_keys` (e.g. opaque ids) and strings starting with one of
    `skip_prefixes` (e.g. already-encrypted ``sealed:`` tokens) are copied
    unmasked."""
    skip = frozenset(skip_keys or ())
    return _mask_obj(obj, skip, tuple(skip_prefixes))


def _mask_obj(obj: Any, skip: frozenset, prefixes: tuple) -> Any:
    if isinstance(obj, str):
        if prefixes and obj.startswith(prefixes):
            return obj
        return mask_text(obj)
    if isinstance(obj, dict):
        return {
            k: (v if k in skip else _mask_obj(v, skip, prefixes)) for k, v in obj.items()
        }
    if isinstance(obj, list):
        return [_mask_obj(v, skip, prefixes) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_mask_obj(v, skip, prefixes) for v in obj)
    return obj
