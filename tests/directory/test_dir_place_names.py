"""Gazetteer surface forms and find_in_text on everyday, unspaced Korean."""

import pytest

from bot.directory import find_in_text, place_names


def spans(text):
    return [(m["text"], m["sido"], m["sigungu"], m["emd"]) for m in find_in_text(text)]


def test_region_phrases_shape_and_content():
    phrases = place_names.region_phrases()
    assert len(phrases) > 5000
    for surface, canon in phrases[:50] + phrases[-50:]:
        assert isinstance(surface, str) and surface
        assert set(canon) == {"sido", "sigungu", "emd"}
    table = {}
    for surface, canon in phrases:
        table.setdefault(surface, []).append(canon)
    assert {"sido": "서울특별시", "sigungu": None, "emd": None} in table["서울"]
    assert {"sido": "경상북도", "sigungu": None, "emd": None} in table["경북"]
    assert table["마포"] == [{"sido": "서울특별시", "sigungu": "마포구", "emd": None}]
    assert table["분당"] == [{"sido": "경기도", "sigungu": "성남시 분당구", "emd": None}]
    assert {"sido": "경기도", "sigungu": "수원시 영통구", "emd": None} in table["수원시 영통구"]
    assert {"sido": "서울특별시", "sigungu": "마포구", "emd": "합정동"} in table["합정동"]
    assert len(table["중구"]) == 6
    assert len(table["고성군"]) == 2
    assert len(table["신사동"]) >= 2
    # common words are not offered to a phrase matcher by default
    for word in ("예산", "강화", "경기", "고령", "음성", "연수", "동안", "이동"):
        assert word not in table, word
    risky = {s for s, _ in place_names.region_phrases(include_risky=True)}
    assert {"예산", "강화", "이동"} <= risky


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "마포구합정동에살아요",
            [("마포구", "서울특별시", "마포구", None), ("합정동", "서울특별시", "마포구", "합정동")],
        ),
        ("분당 사는데", [("분당", "경기도", "성남시 분당구", None)]),
        ("저는 해운대에 살아요", [("해운대", "부산광역시", "해운대구", None)]),
        ("수원 영통이요", [("수원", "경기도", "수원시", None), ("영통", "경기도", "수원시 영통구", None)]),
        ("경기 광주", [("경기", "경기도", None, None), ("광주", "경기도", "광주시", None)]),
        ("정읍", [("정읍", "전북특별자치도", "정읍시", None)]),
        ("역삼1동", [("역삼1동", "서울특별시", "강남구", "역삼동")]),
        ("충남 예산", [("충남", "충청남도", None, None), ("예산", "충청남도", "예산군", None)]),
        ("예산에 살아요", [("예산", "충청남도", "예산군", None)]),
    ],
)
def test_find_in_text_positive(text, expected):
    assert spans(text) == expected


def test_spans_point_into_the_original_text():
    text = "저는 마포구 합정동에 살아요"
    for m in find_in_text(text):
        assert text[m["start"] : m["end"]] == m["text"]
    unspaced = "마포구합정동에살아요"
    ms = find_in_text(unspaced)
    assert [(m["start"], m["end"]) for m in ms] == [(0, 3), (3, 6)]


@pytest.mark.parametrize(
    "text",
    [
        "예산이 부족해요",
        "역량 강화 교육을 받고 싶어요",
        "경기가 안 좋아서 실직했어요",
        "고양이를 키워요",
        "이천만원 빚이 있어요",
        "3년 동안 일했어요",
        "고령자 일자리",
        "음성 메시지",
        "연수 프로그램",
        "마포대로",
        "",
        "   ",
    ],
)
def test_find_in_text_ignores_common_words(text):
    assert find_in_text(text) == []


def test_ambiguous_mentions_keep_all_candidates():
    (m,) = find_in_text("중구")
    assert m["sido"] is None and m["sigungu"] == "중구"
    assert {c["sido"] for c in m["candidates"]} == {
        "서울특별시",
        "부산광역시",
        "대구광역시",
        "인천광역시",
        "대전광역시",
        "울산광역시",
    }
    (m,) = find_in_text("고성")
    assert {(c["sido"], c["sigungu"]) for c in m["candidates"]} == {
        ("강원특별자치도", "고성군"),
        ("경상남도", "고성군"),
    }
    # context narrows
    ms = find_in_text("서울 중구")
    assert ms[-1]["candidates"] == [{"sido": "서울특별시", "sigungu": "중구", "emd": None}]


def test_unknown_words_are_not_places():
    assert find_in_text("안녕하세요 상담 받고 싶어요") == []


def test_every_phrase_is_found_by_the_finder_with_its_canonical():
    missing = []
    for surface, canon in place_names.region_phrases():
        ms = find_in_text(surface)
        if not ms or canon not in ms[-1]["candidates"] and canon not in ms[0]["candidates"]:
            missing.append((surface, canon))
    assert missing == []


def test_every_leaf_has_its_full_name_as_a_phrase():
    g = place_names.get()
    surfaces = {s for s, _ in place_names.region_phrases()}
    for sido, sigungu, _ in g.leaves:
        assert sido in surfaces
        if sigungu:
            assert sigungu in surfaces, sigungu


from hypothesis import given, settings, strategies as st  # noqa: E402

korean = st.text(
    alphabet=st.sampled_from(list("가나다라마포구합정동서울중부산에살아요 1234시군읍면리강남예산")), max_size=40
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(korean)
def test_find_in_text_spans_are_consistent(text):
    prev_end = 0
    for m in find_in_text(text):
        assert 0 <= m["start"] < m["end"] <= len(text)
        assert m["start"] >= prev_end
        assert text[m["start"] : m["end"]] == m["text"]
        assert m["candidates"]
        prev_end = m["end"]
