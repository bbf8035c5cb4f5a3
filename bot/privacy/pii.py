"""Rule-based masking of Korean personal identifiers before anything is stored.

Every mask keeps the string length and only ever turns characters into
``*``, so entity start/end offsets computed on the raw text stay valid on the
masked text, and masking twice changes nothing.  Over-masking is the lesser
fault: when a form is ambiguous (e.g. ten digits split by spaces) it is masked.

Matching runs on a *shadow* copy of the text in which look-alike characters
are mapped one-to-one to ASCII (full-width digits ``０-９``, Unicode dashes
``‐ ‑ ‒ – — ― − －``, ``＠``, ``．``, ideographic space ...); the ``*`` go into
the original text at the same positions.

What is masked and why:

* 주민등록번호 / 외국인등록번호 ``YYMMDD?GNNNNNN`` with no separator, a space,
  ``-`` ``.`` ``_`` ``/`` ``~`` (spaces around it allowed), or split over two
  words ("앞자리 900101 뒷자리 1234567"); a lone "뒷자리 1234567" too.  The birth
  date and the gender digit are kept (they say no more than an age):
  ``900101-1234567`` -> ``900101-1******``.
* Phones: mobile, landline, 070 and 050x numbers, ``+82``/``82`` and ``(02)``
  forms, spaces around the hyphens, and numbers spoken in words
  (공일공 일이삼사 오육칠팔).  The prefix and the last four digits are kept.
  A 주민등록번호 read out in words (팔오공일일오 다시 일이삼사오육칠) keeps its first seven.
  Business 대표번호 (1588-xxxx) are public and are left alone.
* Card numbers (4-4-4-4 with ``-``, ``.`` or spaces; Amex 4-6-5): last four kept.
* Bank accounts and driver licences (``11-12-345678-90``): groups joined by
  ``-``, ``.`` or spaces that total 10 or more digits, and any bare run of 10+
  digits: last four kept.
* Passports: one letter + 8 digits (M12345678) and the 2021 form M123A4567:
  only the letter is kept.
* E-mail, also written ``(at)``, ``[at]``, `` at ``, ``골뱅이`` and ``(dot)``:
  first character of the local part and the domain are kept.
* 동/호 and 번지 house numbers ("101동 1203호", "1203호", "123-45번지"): all
  digits (the 동/시/구 name stays: coarse location is enough for a center).

Numbers that are not identifiers stay readable: amounts (``150만원``,
``1,500,000원``), ages, dates (``2026-11-25``, ``2026.11.25``), times, booking
codes, 1588 numbers, postcodes.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional

__all__ = ["mask_text", "mask_obj", "contains_pii", "PII_PATTERN", "mask_span_changed"]

# ---- shadow text -------------------------------------------------------------
_LOOKALIKES = {chr(0xFF10 + i): str(i) for i in range(10)}
for _dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\ufe63\u30fc\u2500":
    _LOOKALIKES[_dash] = "-"
_LOOKALIKES.update(
    {
        "\uff20": "@",
        "\uff0e": ".",
        "\u3002": ".",
        "\u3000": " ",
        "\u00a0": " ",
        "\uff08": "(",
        "\uff09": ")",
        "\uff0b": "+",
        "\uff0f": "/",
        "\uff3f": "_",
        "\uff3b": "[",
        "\uff3d": "]",
    }
)
for _i in range(26):  # full-width Latin letters
    _LOOKALIKES[chr(0xFF21 + _i)] = chr(0x41 + _i)
    _LOOKALIKES[chr(0xFF41 + _i)] = chr(0x61 + _i)
_SHADOW_TABLE = str.maketrans(_LOOKALIKES)

# ---- patterns (bounded quantifiers only: a 14,000-char message stays linear) --
_SP = r"[ \t]{0,3}"
_SEP = r"(?:" + _SP + r"[-.]" + _SP + r"|[ \t]{1,3})?"

_AT = (
    r"(?:"
    + _SP
    + r"@"
    + _SP
    + r"|"
    + _SP
    + r"[(\[{<]"
    + _SP
    + r"(?:at|AT|At|골뱅이)"
    + _SP
    + r"[)\]}>]"
    + _SP
    + r"|[ \t]{1,3}(?:at|AT)[ \t]{1,3}|"
    + _SP
    + r"골뱅이"
    + _SP
    + r")"
)
_DOT = (
    r"(?:"
    + _SP
    + r"\."
    + _SP
    + r"|"
    + _SP
    + r"[(\[{<]"
    + _SP
    + r"(?:dot|DOT|점)"
    + _SP
    + r"[)\]}>]"
    + _SP
    + r"|[ \t]{1,3}(?:dot|DOT)[ \t]{1,3})"
)
_EMAIL = (
    r"(?<![A-Za-z0-9._%+\-])(?P<email>(?P<local>[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63})"
    + _AT
    + r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?(?:"
    + _DOT
    + r"[A-Za-z0-9\-]{1,63}){0,4}"
    + _DOT
    + r"[A-Za-z]{2,12})(?![A-Za-z])"
)

_BIRTH = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_BACK_WORD = r"(?:뒷" + _SP + r"자리|뒷" + _SP + r"번호|뒤" + _SP + r"자리|뒤" + _SP + r"번호|뒤에는|뒤는)"
_RRN = (
    r"(?<!\d)(?P<rrn>"
    + _BIRTH
    + r"(?:"
    + _SP
    + r"[-._/~]"
    + _SP
    + r"|[ \t]{1,3}|[가-힣,]{0,4}[ \t,]{0,3}"
    + _BACK_WORD
    + r"[ \t]{0,3}(?:는|은|이|가)?[ \t]{0,3}[:=]?"
    + _SP
    + r")?"
    + r"\d{7})(?!\d)"
)
_RRN_BACK = r"(?P<rrnback>" + _BACK_WORD + r"[ \t]{0,3}(?:는|은|이|가)?[ \t]{0,3}[:=]?" + _SP + r"\d{7})(?!\d)"

_C = r"(?:" + _SP + r"[-.]" + _SP + r"|[ \t])?"
_CARD = (
    r"(?<!\d)(?P<card>\d{4}" + _C + r"\d{4}" + _C + r"\d{4}" + _C + r"\d{4}"
    r"|\d{4}" + _C + r"\d{6}" + _C + r"\d{5})(?!\d)"
)

_INTL = r"(?<![\d+])(?:\+" + _SP + r")?82" + _SEP + r"(?:\(0\)" + _SEP + r")?0?"
_MOBILE = r"(?:" + _INTL + r"|(?<!\d)\(?0)1[016789]\)?" + _SEP + r"\d{3,4}" + _SEP + r"\d{4}(?!\d)"
_LANDLINE = (
    r"(?:"
    + _INTL
    + r"|(?<!\d)\(?0)(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])\)?"
    + _SEP
    + r"\d{3,4}"
    + _SEP
    + r"\d{4}(?!\d)"
)
_PHONE = r"(?P<phone>" + _MOBILE + r"|" + _LANDLINE + r")"

_PASSPORT = (
    r"(?<![A-Za-z0-9])(?P<passport>[A-Za-z]" + _SP + r"-?" + _SP + r"\d{8}"
    r"|[A-Za-z]\d{3}[A-Za-z]\d{4})(?![A-Za-z0-9])"
)

_ADDR = (
    r"(?P<addr>(?<!\d)\d{1,4}" + _SP + r"동" + _SP + r"\d{1,5}" + _SP + r"호"
    r"|(?<!\d)\d{3,5}" + _SP + r"호(?![선실기봉])"
    r"|(?<!\d)\d{1,5}-\d{1,5}" + _SP + r"번지)"
)

# Digit groups joined by - . or spaces; the digit total (>= 10) is checked in code.
_G = r"(?:" + _SP + r"[-.]" + _SP + r"|[ \t])"
# not glued to Latin letters: "W3ZD83 010-…" is a booking code then a phone, not an account "83 010…"
_ACCOUNT = r"(?<![\dA-Za-z-])(?P<account>\d{2,7}(?:" + _G + r"\d{1,7}){1,4})(?!\d)(?!" + _G + r"\d)"

_LONGNUM = r"(?<!\d)(?P<longnum>\d{10,})(?!\d)"

PII_PATTERN = re.compile("|".join([_EMAIL, _RRN, _RRN_BACK, _CARD, _PHONE, _PASSPORT, _ADDR, _ACCOUNT, _LONGNUM]))

# Phone numbers read out in Korean digit words (or digits one by one): 010 first.
_SPOKEN_DIGITS = "공영일이삼사오육륙칠팔구0123456789"
_SPOKEN = re.compile(
    r"(?<![0-9])(?:[공영0])[ \t.\-]{0,3}(?:[일1])[ \t.\-]{0,3}[공영일육륙칠팔구016789]"
    r"(?:[ \t.\-]{0,3}[" + _SPOKEN_DIGITS + r"]){7,8}"
)
_SPOKEN_START = re.compile(r"[공영0][ \t.\-]{0,3}[일1]")
# A 주민등록번호 read out in digit words ("팔오공일일오 다시 일이삼사오육칠"): six digits, a separator (also
# "다시", "에", "뒷자리는"), a gender digit and six more; at least one digit a word (digits alone are _RRN's).
_W = r"[" + _SPOKEN_DIGITS + r"]"
_SPOKEN_RRN = re.compile(
    r"(?<![" + _SPOKEN_DIGITS + r"])" + _W + r"(?:[ \t.\-]{0,2}" + _W + r"){5}"
    r"(?:[ \t.\-]{0,3}|\s*(?:다시|에|하고|이고|뒷자리는?|뒤는?|뒷번호는?)\s*)"
    r"[일이삼사오육륙칠팔1-8](?:[ \t.\-]{0,2}" + _W + r"){6}"
)
_HANGUL_DIGIT = re.compile(r"[공영일이삼사오육륙칠팔구]")


def _mask_digits(s: str, keep_last: int = 4, keep_first: int = 0) -> str:
    """Replace digits with '*' except the first `keep_first` and last
    `keep_last` digits.  Non-digit characters are kept (length preserved)."""
    positions = [i for i, ch in enumerate(s) if ch.isdigit()]
    keep = set(positions[:keep_first]) | set(positions[len(positions) - keep_last :] if keep_last else [])
    return "".join("*" if (ch.isdigit() and i not in keep) else ch for i, ch in enumerate(s))


def _mask_rrn(s: str) -> str:
    return _mask_digits(s, keep_last=0, keep_first=7)  # birth date + gender digit


def _mask_phone(s: str) -> str:
    digits = [ch for ch in s if ch.isdigit()]
    m = re.match(r"\D*(\+?" + _SP + r"82)?", s)
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
    if rest.startswith("2"):
        prefix += 1
    elif rest.startswith("50"):
        prefix += 3
    else:
        prefix += 2
    return _mask_digits(s, keep_last=4, keep_first=prefix)


def _mask_email(m: "re.Match[str]") -> str:
    s = m.group(0)
    local_len = len(m.group("local"))
    return s[:1] + "".join("*" if ch.isalnum() or ch in "._%+-" else ch for ch in s[1:local_len]) + s[local_len:]


def _replace(m: "re.Match[str]") -> str:
    s = m.group(0)
    if m.group("email") is not None:
        return _mask_email(m)
    if m.group("rrn") is not None:
        return _mask_rrn(s)
    if m.group("rrnback") is not None:
        return _mask_digits(s, keep_last=0, keep_first=1)
    if m.group("card") is not None:
        return _mask_digits(s, keep_last=4)
    if m.group("phone") is not None:
        return _mask_phone(s)
    if m.group("passport") is not None:
        return s[0] + "".join("*" if ch.isalnum() else ch for ch in s[1:])
    if m.group("addr") is not None:
        return _mask_digits(s, keep_last=0)
    if m.group("account") is not None:
        if sum(ch.isdigit() for ch in s) >= 10:
            return _mask_digits(s, keep_last=4)
        return s  # dates like 2026-11-25, short codes
    if m.group("longnum") is not None:
        return _mask_digits(s, keep_last=4)
    return s  # pragma: no cover - every alternative is a named group


def _mask_spoken(m: "re.Match[str]") -> str:
    s = m.group(0)
    pos = [i for i, ch in enumerate(s) if ch in _SPOKEN_DIGITS]
    hide = set(pos[3 : len(pos) - 4])
    return "".join("*" if i in hide else ch for i, ch in enumerate(s))


def _mask_spoken_rrn(m: "re.Match[str]") -> str:
    s = m.group(0)
    if not _HANGUL_DIGIT.search(s):
        return s
    pos = [i for i, ch in enumerate(s) if ch in _SPOKEN_DIGITS]
    hide = set(pos[7:])  # the birth date and the gender digit stay, as for _RRN
    return "".join("*" if i in hide else ch for i, ch in enumerate(s))


def _worth_scanning(shadow: str) -> bool:
    digits = 0
    for ch in shadow:
        if ch.isdigit():
            digits += 1
            if digits >= 3:
                return True
    if "@" in shadow or "골뱅이" in shadow or "(at" in shadow or "[at" in shadow or " at " in shadow:
        return True
    if _SPOKEN_START.search(shadow):
        return True
    return len(_HANGUL_DIGIT.findall(shadow)) >= 12  # room for a 주민번호 read out in words


def mask_text(text: str) -> str:
    """Mask personal identifiers in `text`; returns a string of equal length."""
    if not isinstance(text, str) or not text:
        return text
    shadow = text.translate(_SHADOW_TABLE)
    if not _worth_scanning(shadow):
        return text
    masked = PII_PATTERN.sub(_replace, shadow)
    masked = _SPOKEN_RRN.sub(_mask_spoken_rrn, masked)
    masked = _SPOKEN.sub(_mask_spoken, masked)
    if masked == shadow:
        return text
    return "".join("*" if (m == "*" and s != "*") else o for o, s, m in zip(text, shadow, masked))


def mask_span_changed(raw: str, masked: str, start: Any, end: Any) -> bool:
    """True if masking touched raw[start:end] (used for entity values)."""
    if not isinstance(start, int) or not isinstance(end, int) or start < 0 or end <= start:
        return False
    return raw[start:end] != masked[start:end]


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
    return _mask_obj(obj, skip, tuple(skip_prefixes), 0)


_MAX_DEPTH = 64


def _mask_obj(obj: Any, skip: frozenset, prefixes: tuple, depth: int) -> Any:
    if isinstance(obj, str):
        if prefixes and obj.startswith(prefixes):
            return obj
        return mask_text(obj)
    if depth > _MAX_DEPTH:  # nothing we build is this deep; do not recurse without bound
        return None
    if isinstance(obj, dict):
        return {k: (v if k in skip else _mask_obj(v, skip, prefixes, depth + 1)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_mask_obj(v, skip, prefixes, depth + 1) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_mask_obj(v, skip, prefixes, depth + 1) for v in obj)
    return obj
