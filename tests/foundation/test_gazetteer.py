import pytest

from bot.korean.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.get("mecab")


@pytest.mark.parametrize(
    "text,entity,value",
    [
        ("실업급여 받을수있나요", "program", "unemployment_benefit"),
        ("구직급여 신청", "program", "unemployment_benefit"),
        ("국취 되나요", "program", "national_employment_support"),
        ("내배카 발급", "program", "tomorrow_learning_card"),
        ("햇살론 알아보는 중", "program", "sunshine_loan"),
        ("개인회생 해야하나", "program", "personal_rehabilitation"),
        # names from the catalogue that the hand-kept list did not have
        ("국취 2유형 참여수당", "program", "national_employment_support_2"),
        ("중장년내일센터 가보려고요", "program", "middle_aged_job_center"),
        ("소액생계비대출 되나요", "program", "microfinance_small_living"),
    ],
)
def test_programs(gaz, text, entity, value):
    got = [(e["entity"], e["value"]) for e in gaz.find(text)]
    assert (entity, value) in got


@pytest.mark.parametrize(
    "text,sido,sigungu",
    [
        ("서울 마포구 합정동에 살아요", "서울특별시", None),
        ("마포구합정동에살아요", "서울특별시", "마포구"),
        ("분당 살아요", "경기도", "성남시 분당구"),
        ("부산에서 왔어요", "부산광역시", None),
    ],
)
def test_regions(gaz, text, sido, sigungu):
    regions = [e for e in gaz.find(text) if e["entity"] == "region"]
    assert regions, text
    places = [e.get("place") or {} for e in regions]
    assert any(p.get("sido") == sido for p in places)
    if sigungu:
        assert any(p.get("sigungu") == sigungu for p in places), places


def test_ambiguous_region_keeps_candidates(gaz):
    ents = [e for e in gaz.find("중구에 살아요") if e["entity"] == "region"]
    assert ents and len(ents[0].get("candidates", [])) > 1


def test_offsets(gaz):
    text = "서울 마포구 합정동에 살고 국취랑 햇살론 궁금해요"
    for e in gaz.find(text):
        assert text[e["start"] : e["end"]] in text


def test_program_names_come_from_the_catalogue():
    """One vocabulary: every screened program's aliases are recognised as that program."""
    from bot import catalogue
    from bot.korean.gazetteer import PROGRAM_ALIASES

    for pid, spec in catalogue.programs().items():
        assert PROGRAM_ALIASES[pid] == list(spec.get("aliases") or [spec["name"]])
