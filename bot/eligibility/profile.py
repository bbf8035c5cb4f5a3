"""Profile schema, validation and simple derivations (no Rasa imports).

Every field is optional; a missing field (or ``None``) means "unknown".

Region rule (``region_type`` derived from ``sido``/``sigungu`` when not given):
  * 특별시·광역시의 구 → ``metro`` (서울은 모든 시군구가 구라서 시도만 알아도 metro)
  * 시 (도의 시, 경기도 ``수원시 장안구`` 같은 일반구 포함) → ``small_city``
  * 군 (광역시의 군 포함, 예: 부산 기장군) → ``rural``
  * 세종특별자치시: 구가 없는 도농복합시 → ``small_city``; 읍·면 지역이면 ``rural``
  * 제주특별자치도 제주시·서귀포시: 도의 (행정)시 → ``small_city``; 읍·면이면 ``rural``
  These mirror the 긴급복지 재산기준 지역 구분 (대도시/중소도시/농어촌).
"""

from __future__ import annotations

from typing import Any

from bot import catalogue as _catalogue

_F = _catalogue.fields()
EMPLOYMENT_STATUSES = tuple(_F["employment_status"]["values"])
HOUSING_TYPES = tuple(_F["housing"]["values"])
REGION_TYPES = tuple(_F["region_type"]["values"])
GENDERS = tuple(_F["gender"]["values"])
CRISIS_EVENTS = tuple(_F["crisis_event"]["values"])

#: field -> (kind, allowed values or None) — from the catalogue
FIELDS: dict[str, tuple[str, tuple | None]] = {
    f: (d["type"], tuple(d["values"]) if d.get("values") else None) for f, d in _F.items()
}

#: other names for the same fact (as the story reader writes them)
ALIASES = {"benefit_ended_recently": "unemployment_benefit_ended_recently"}

_LIMITS = {f: tuple(d["limits"]) for f, d in _F.items() if d.get("limits")}

_KIND_KO = {
    "int": "정수",
    "money": "원 단위 정수",
    "bool": "예/아니오(true/false)",
    "enum": "정해진 값",
    "str": "문자열",
    "int_list": "정수 목록",
}


class ProfileError(ValueError):
    """Invalid profile (unknown field or wrong type). Message is Korean + English."""


def _err(field: str, msg_ko: str, msg_en: str) -> ProfileError:
    return ProfileError(f"{field}: {msg_ko} / {msg_en}")


def _as_int(field: str, v: Any) -> int:
    if isinstance(v, bool):
        raise _err(field, "예/아니오가 아니라 숫자여야 합니다", f"expected an integer, got bool {v!r}")
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    raise _err(field, f"{_KIND_KO['int']}여야 합니다", f"expected an integer, got {type(v).__name__} {v!r}")


def validate_profile(profile: dict) -> dict:
    """Check types/values; return a normalised copy (None values dropped, region_type derived).

    Raises ProfileError on unknown fields, wrong types (e.g. bool where an int is
    expected), negative amounts or values outside the allowed choices.
    """
    if not isinstance(profile, dict):
        raise ProfileError(f"프로필은 JSON 객체여야 합니다 / profile must be an object, got {type(profile).__name__}")
    out: dict[str, Any] = {}
    profile = {
        ALIASES.get(k, k): v for k, v in profile.items() if not (k in ALIASES and profile.get(ALIASES[k]) is not None)
    }
    unknown = sorted(k for k in profile if k not in FIELDS)
    if unknown:
        raise ProfileError(
            f"알 수 없는 항목: {', '.join(map(str, unknown))} / unknown field(s): {', '.join(map(str, unknown))}"
        )
    for field, v in profile.items():
        if v is None:
            continue
        kind, allowed = FIELDS[field]
        if kind == "money" and isinstance(v, dict):
            out[field] = _money_range(field, v)
            continue
        if kind in ("int", "money"):
            n = _as_int(field, v)
            lo, hi = _LIMITS.get(field, (0, None))
            if n < lo or (hi is not None and n > hi):
                rng = f"{lo}~{hi}" if hi is not None else f"{lo} 이상"
                raise _err(field, f"값이 범위({rng}) 밖입니다", f"value {n} out of range")
            out[field] = n
        elif kind == "bool":
            if not isinstance(v, bool):
                raise _err(field, "예/아니오(true/false)여야 합니다", f"expected a bool, got {type(v).__name__} {v!r}")
            out[field] = v
        elif kind == "enum":
            if not isinstance(v, str) or v not in allowed:
                raise _err(
                    field,
                    f"다음 중 하나여야 합니다: {', '.join(allowed)}",
                    f"expected one of {', '.join(allowed)}, got {v!r}",
                )
            out[field] = v
        elif kind == "str":
            if not isinstance(v, str):
                raise _err(field, "문자열이어야 합니다", f"expected a string, got {type(v).__name__}")
            if v.strip():
                out[field] = v.strip()
        elif kind == "int_list":
            if not isinstance(v, (list, tuple)):
                raise _err(
                    field, "숫자 목록이어야 합니다(예: [3, 7])", f"expected a list of ints, got {type(v).__name__}"
                )
            ages = []
            for item in v:
                n = _as_int(field, item)
                if not 0 <= n <= 120:
                    raise _err(field, "나이는 0~120이어야 합니다", f"age {n} out of range")
                ages.append(n)
            out[field] = ages
    if "region_type" not in out:
        rt = derive_region_type(out.get("sido"), out.get("sigungu"))
        if rt:
            out["region_type"] = rt
    return out


def _money_range(field: str, v: dict) -> Any:
    """{"min": int|None, "max": int|None} ("100만원 이하", "200~250만원"); equal ends → the int."""
    extra = set(v) - {"min", "max"}
    if extra:
        raise _err(field, "범위는 min/max만 쓸 수 있습니다", f"range keys must be min/max, got {sorted(extra)}")
    ends = {}
    for k in ("min", "max"):
        x = v.get(k)
        if x is None:
            ends[k] = None
            continue
        n = _as_int(field, x)
        if n < 0:
            raise _err(field, "값이 범위(0 이상) 밖입니다", f"value {n} out of range")
        ends[k] = n
    if ends["min"] is None and ends["max"] is None:
        raise _err(field, "범위의 한쪽 끝은 있어야 합니다", "a range needs min or max")
    if ends["min"] is not None and ends["max"] is not None:
        if ends["min"] > ends["max"]:
            raise _err(field, "최소가 최대보다 큽니다", f"min {ends['min']} > max {ends['max']}")
        if ends["min"] == ends["max"]:
            return ends["min"]
    return ends


def is_range(v: Any) -> bool:
    return isinstance(v, dict)


_METRO_SIDO = ("서울", "부산", "대구", "인천", "광주", "대전", "울산")


def derive_region_type(sido: str | None, sigungu: str | None) -> str | None:
    sido = (sido or "").replace(" ", "")
    sg = (sigungu or "").strip()
    is_metro_sido = any(sido.startswith(m) for m in _METRO_SIDO)
    if sg:
        last = sg.split()[-1] if sg.split() else sg
        first = sg.split()[0]
        if last.endswith(("읍", "면")):
            return "rural"
        if first.endswith("군") or last.endswith("군"):
            return "rural"
        if first.endswith("시"):
            return "small_city"  # 도의 시 (일반구 포함), 제주시·서귀포시
        if first.endswith("구"):
            if is_metro_sido or not sido:
                return "metro"
            return "small_city"  # defensive: 도 + 구 only (e.g. '장안구' without the 시)
        if sg.startswith("세종"):
            return "small_city"
    if sido.startswith("서울"):
        return "metro"  # 서울은 25개 자치구뿐
    if sido.startswith("세종") and not sg:
        return "small_city"
    return None


def derive(profile: dict) -> dict:
    """Facts that follow logically from other answers (never overrides given values)."""
    p = dict(profile)

    def setdefault(k, v):
        if k not in p:
            p[k] = v

    st = p.get("employment_status")
    if st == "never_worked":
        setdefault("insured_days_18m", 0)
        setdefault("work_days_24m", 0)
        setdefault("receiving_unemployment_benefit", False)
    if st == "employed":
        # 구직급여는 취업하면 끝납니다 (고용보험법) — 재직 중이면 수급 중일 수 없음
        setdefault("receiving_unemployment_benefit", False)
    if p.get("housing") == "owner":
        setdefault("homeowner", True)
    if p.get("housing") in ("monthly_rent", "jeonse", "homeless"):
        # someone who rents or has no home is taken as 무주택 until they say otherwise (a counselor does not ask
        # "집을 갖고 계세요?" after "월세 살아요"); the agency checks 무주택 when they apply
        setdefault("homeowner", False)
    if p.get("housing") == "with_parents":
        setdefault("lives_apart_from_parents", False)
    # a single parent living only with the children (가구원 = 자녀 + 1) is the household's one earner: her income is
    # the household's ("소득은 없어요 … 한부모 수당 월 23만원" was followed by "본인의 한 달 소득은?")
    alone_with_children = (
        p.get("single_parent") is True
        and isinstance(p.get("num_children"), int)
        and p.get("household_size") == p["num_children"] + 1
    )
    if p.get("household_size") == 1 or alone_with_children:
        if "household_income_monthly" in p:
            setdefault("personal_income_monthly", p["household_income_monthly"])
        elif "personal_income_monthly" in p:
            setdefault("household_income_monthly", p["personal_income_monthly"])
    if p.get("household_income_monthly") == 0:
        setdefault("personal_income_monthly", 0)  # one's own income is part of the household's
    if p.get("debt_total") == 0:
        setdefault("debt_overdue_days", 0)
    if (p.get("debt_overdue_days") or 0) > 0:
        setdefault("debt_repayment_difficulty", True)  # already in arrears
    if "children_ages" in p:
        setdefault("num_children", len(p["children_ages"]))
    if p.get("num_children") == 0:
        setdefault("children_ages", [])
    if p.get("career_break_woman") is True:
        setdefault("gender", "female")
    size, kids = p.get("household_size"), p.get("num_children")
    if p.get("single_parent") is True and isinstance(size, int) and isinstance(kids, int) and size <= kids + 1:
        # a single parent whose household is the children and themself lives apart from their parents
        setdefault("lives_apart_from_parents", True)
    if size == 1:
        setdefault("lives_apart_from_parents", True)  # a household of one
    if p.get("unemployment_benefit_ended_months_ago") is not None:
        setdefault("receiving_unemployment_benefit", False)
    if p.get("unemployment_benefit_ended_recently") is True:
        setdefault("receiving_unemployment_benefit", False)
    return p


#: short Korean label per field (used in "추가 정보 필요" lines)
FIELD_LABELS: dict[str, str] = {f: d["label"] for f, d in _F.items()}
