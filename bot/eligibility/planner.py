"""Adaptive question planner: which profile field to ask next.

Only fields that some still-open (need_info) program of the person's needs lists
in ``missing`` are ever asked, so a person without a childcare need is never
asked about children unless another of their programs needs it.
The lead's dialogue parses free-text answers by ``QUESTIONS[field]["type"]``.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from .engine import evaluate, programs_for_needs
from .profile import CRISIS_EVENTS, EMPLOYMENT_STATUSES, FIELDS, HOUSING_TYPES, REGION_TYPES  # noqa: F401

_YES_NO = [(True, "네"), (False, "아니요")]

QUESTIONS: dict[str, dict[str, Any]] = {
    "age": {"text": "만 나이가 어떻게 되세요?", "type": "int", "choices": [],
            "why": "제도마다 나이 기준(청년 19~34세, 중장년 40세 이상 등)이 달라서 여쭤봅니다.",
            "examples": ["34", "만 45세", "62살"]},
    "sigungu": {"text": "어느 시·군·구에 사세요?", "type": "region", "choices": [],
                "why": "지역(대도시·중소도시·농어촌)에 따라 재산 기준이 달라지고, 가까운 센터를 찾을 때도 필요합니다.",
                "examples": ["서울 강남구", "수원시", "양평군"]},
    "region_type": {"text": "사시는 곳이 어디에 가까운가요?", "type": "enum",
                    "choices": [("metro", "특별·광역시의 구"), ("small_city", "도의 시"), ("rural", "군(농어촌)")],
                    "why": "긴급복지 재산 기준이 대도시·중소도시·농어촌별로 다릅니다.",
                    "examples": ["광역시 구", "시", "군"]},
    "household_size": {"text": "함께 사는 가족은 본인 포함 몇 명이세요?", "type": "int", "choices": [],
                       "why": "소득 기준(기준 중위소득)이 가구원 수에 따라 정해집니다.",
                       "examples": ["1", "3명", "아이 둘이랑 셋이요"]},
    "household_income_monthly": {"text": "가족 전체의 한 달 소득은 대략 얼마인가요?", "type": "money", "choices": [],
                                 "why": "대부분의 제도가 가구 소득을 기준 중위소득과 비교해 대상 여부를 정합니다.",
                                 "examples": ["250만원", "0원", "월 180만"]},
    "personal_income_monthly": {"text": "본인의 한 달 소득은 대략 얼마인가요?", "type": "money", "choices": [],
                                "why": "국민취업지원제도 수당·서민금융 대출은 본인 소득을 따로 봅니다.",
                                "examples": ["0원", "150만원"]},
    "assets": {"text": "가족 재산(집·전세보증금·차·예금 등)을 모두 합치면 대략 얼마인가요?", "type": "money",
               "choices": [], "why": "국민취업지원제도·긴급복지는 재산 상한이 있습니다.",
               "examples": ["5천만원", "2억", "거의 없어요(0원)"]},
    "financial_assets": {"text": "그중 예금·적금 같은 금융재산은 얼마쯤인가요?", "type": "money", "choices": [],
                         "why": "긴급복지는 금융재산 600만원 이하 기준이 따로 있습니다.",
                         "examples": ["100만원", "0원"]},
    "employment_status": {"text": "지금 일하는 상태를 골라 주세요.", "type": "enum",
                          "choices": [("unemployed", "일을 그만둠·구직 중"), ("employed", "직장에 다님"),
                                      ("self_employed", "자영업 중"), ("business_closed", "가게를 폐업함"),
                                      ("student", "학생"), ("never_worked", "일한 적 없음")],
                          "why": "실업급여·국민취업지원제도는 지금 일하는 상태에 따라 달라집니다.",
                          "examples": ["회사 그만뒀어요", "알바 중", "폐업했어요"]},
    "left_job_involuntarily": {"text": "회사를 그만둔 것이 본인 뜻이 아니었나요? (해고·계약만료·권고사직 등)",
                               "type": "bool", "choices": [(True, "네, 본인 뜻 아님"), (False, "아니요, 자진퇴사")],
                               "why": "실업급여는 원칙적으로 비자발적으로 그만둔 경우에 받을 수 있습니다.",
                               "examples": ["계약이 끝났어요", "제가 그만뒀어요"]},
    "insured_days_18m": {"text": "그만두기 전 1년 6개월 동안 고용보험에 가입해 일한 날이 며칠쯤인가요?", "type": "int",
                         "choices": [], "why": "실업급여는 그 기간에 고용보험 가입일수가 180일 이상이어야 합니다.",
                         "examples": ["1년 정도(365)", "200일", "3개월(90)"]},
    "insured_years": {"text": "고용보험에 가입해 일한 기간이 모두 합쳐 몇 년쯤인가요?", "type": "int", "choices": [],
                      "why": "실업급여를 받는 날수가 가입기간에 따라 달라집니다.", "examples": ["2", "10년"]},
    "work_days_24m": {"text": "최근 2년 동안 일한 날은 모두 합쳐 며칠쯤인가요? (알바 포함)", "type": "int", "choices": [],
                      "why": "국민취업지원제도 Ⅰ유형은 최근 2년 취업경험 100일 이상이면 요건심사형으로 신청합니다.",
                      "examples": ["0", "150일", "6개월(180)"]},
    "receiving_unemployment_benefit": {"text": "지금 실업급여를 받고 계세요?", "type": "bool", "choices": _YES_NO,
                                       "why": "실업급여를 받는 동안에는 국민취업지원제도에 참여할 수 없습니다.",
                                       "examples": ["네", "아니요"]},
    "single_parent": {"text": "혼자서 자녀를 키우고 계세요? (한부모)", "type": "bool", "choices": _YES_NO,
                      "why": "한부모가족은 아동양육비 등 별도 지원이 있습니다.", "examples": ["네", "아니요"]},
    "children_ages": {"text": "자녀가 있으면 나이를 모두 알려 주세요.", "type": "int_list", "choices": [],
                      "why": "아동양육비·아이돌봄은 자녀 나이(18세 미만, 12세 이하)에 따라 정해집니다.",
                      "examples": ["3, 7", "12살 하나", "없어요"]},
    "caregiving_gap": {"text": "일하느라 낮에 아이를 돌볼 사람이 없나요? (맞벌이·취업 한부모 등)", "type": "bool",
                       "choices": [(True, "네, 돌볼 사람 없음"), (False, "아니요")],
                       "why": "아이돌봄서비스는 부모가 직접 돌보기 어려운 양육공백이 있어야 합니다.",
                       "examples": ["네", "제가 집에 있어요"]},
    "debt_total": {"text": "갚아야 할 빚은 모두 합쳐 얼마쯤인가요?", "type": "money", "choices": [],
                   "why": "채무조정·개인회생은 빚 규모에 따라 맞는 제도가 달라집니다.",
                   "examples": ["3천만원", "1억", "없어요(0)"]},
    "debt_overdue_days": {"text": "빚을 못 갚고 연체된 지 며칠쯤 되었나요? (연체 없으면 0)", "type": "int", "choices": [],
                          "why": "연체 기간(30일 이하/31~89일/90일 이상)에 따라 채무조정 종류가 달라집니다.",
                          "examples": ["0", "두 달(60)", "1년 넘었어요(400)"]},
    "low_credit": {"text": "신용점수가 낮은 편인가요? (하위 20% 정도)", "type": "bool",
                   "choices": [(True, "네, 낮은 편"), (False, "아니요")],
                   "why": "서민금융 상품은 신용평점 하위 20%인지에 따라 대상이 달라집니다.",
                   "examples": ["신용불량이에요", "보통이에요"]},
    "housing": {"text": "지금 어떻게 살고 계세요?", "type": "enum",
                "choices": [("monthly_rent", "월세"), ("jeonse", "전세"), ("owner", "내 집"),
                            ("with_parents", "부모님 집"), ("homeless", "거처 없음")],
                "why": "주거 지원은 월세·전세·자가 등 사는 형태에 따라 다릅니다.",
                "examples": ["월세요", "전세 살아요"]},
    "rent_monthly": {"text": "월세는 한 달에 얼마인가요?", "type": "money", "choices": [],
                     "why": "청년월세 지원은 월세 60만원 이하 등 기준이 있습니다.", "examples": ["45만원", "60만"]},
    "deposit": {"text": "보증금은 얼마인가요?", "type": "money", "choices": [],
                "why": "월세 지원·전세대출은 보증금 상한이 있습니다.", "examples": ["500만원", "1억"]},
    "homeowner": {"text": "본인 명의(또는 가족) 집을 갖고 계세요?", "type": "bool", "choices": _YES_NO,
                  "why": "청년 주거 지원은 무주택자만 받을 수 있습니다.", "examples": ["없어요", "네"]},
    "lives_apart_from_parents": {"text": "부모님과 따로 사세요?", "type": "bool", "choices": _YES_NO,
                                 "why": "청년월세 지원은 부모님과 따로 사는 청년이 대상입니다.", "examples": ["네", "같이 살아요"]},
    "disability": {"text": "등록된 장애가 있으세요?", "type": "bool", "choices": _YES_NO,
                   "why": "장애인 취업지원과 우대 기준이 따로 있습니다.", "examples": ["네", "아니요"]},
    "veteran_mid_long_term": {"text": "군에서 5년 이상 복무하고 제대하셨거나 제대 예정이세요?", "type": "bool",
                              "choices": _YES_NO, "why": "중·장기복무 제대군인은 제대군인지원센터 취업지원을 받을 수 있습니다.",
                              "examples": ["아니요", "네, 장기복무"]},
    "career_break_woman": {"text": "결혼·육아 등으로 일을 쉬었다가 다시 일을 찾는 여성이세요?", "type": "bool",
                           "choices": _YES_NO, "why": "경력단절여성은 새일센터에서 취업상담·교육을 받을 수 있습니다.",
                           "examples": ["네", "아니요"]},
    "crisis_event": {"text": "최근 갑자기 생긴 어려운 일이 있나요?", "type": "enum",
                     "choices": [("job_loss", "실직"), ("business_closure", "휴업·폐업"),
                                 ("illness_injury", "큰 병·부상"), ("domestic_violence", "가정폭력·성폭력"),
                                 ("main_earner_loss", "가장 사망·가출"), ("abuse_neglect", "방임·학대"),
                                 ("disaster", "화재·재해"), ("other", "기타(이혼·단전 등)"), ("none", "해당 없음")],
                     "why": "긴급복지지원은 실직·질병·가정폭력 같은 갑작스러운 위기가 있어야 받을 수 있습니다.",
                     "examples": ["실직했어요", "남편 폭력 때문에 나왔어요"]},
    "gender": {"text": "실례지만 성별을 여쭤봐도 될까요?", "type": "enum",
               "choices": [("female", "여성"), ("male", "남성")],
               "why": "여성새로일하기센터(새일센터)는 여성 구직자를 돕는 곳이라 여쭤봅니다.",
               "examples": ["여자예요", "남자"]},
    "dual_income": {"text": "부부가 둘 다 일하세요? (맞벌이)", "type": "bool", "choices": _YES_NO,
                    "why": "아이돌봄서비스는 맞벌이면 소득을 25% 줄여서 지원 유형을 정합니다.",
                    "examples": ["네, 맞벌이요", "아니요"]},
    "debt_repayment_difficulty": {"text": "지금 빚을 갚기 어려운 상황이세요? (곧 연체될 것 같은 경우 포함)",
                                  "type": "bool", "choices": [(True, "네, 어려워요"), (False, "아니요, 갚고 있어요")],
                                  "why": "연체가 없어도 갚기 어려우면 신속채무조정을 받을 수 있고, 잘 갚고 계시면 "
                                         "채무조정 대상이 아닙니다.",
                                  "examples": ["실직해서 곧 밀릴 것 같아요", "잘 갚고 있어요"]},
    "livelihood_recipient": {"text": "지금 기초생활보장 생계급여를 받고 계세요?", "type": "bool", "choices": _YES_NO,
                             "why": "생계급여를 받으면 일부 수당은 제외되고, 자활사업 등 다른 길이 열립니다.",
                             "examples": ["네, 수급자예요", "아니요"]},
}

#: fixed tie-break order (earlier = asked first when equally useful)
FIELD_PRIORITY: tuple[str, ...] = (
    "employment_status", "age", "household_size", "household_income_monthly", "livelihood_recipient",
    "receiving_unemployment_benefit", "crisis_event", "single_parent", "children_ages", "debt_total",
    "debt_overdue_days", "housing", "insured_days_18m", "left_job_involuntarily", "work_days_24m", "assets",
    "personal_income_monthly", "low_credit", "caregiving_gap", "homeowner", "lives_apart_from_parents",
    "rent_monthly", "deposit", "sigungu", "region_type", "financial_assets", "disability",
    "career_break_woman", "veteran_mid_long_term", "insured_years", "debt_repayment_difficulty", "dual_income",
    "gender",
)
_RANK = {f: i for i, f in enumerate(FIELD_PRIORITY)}


def open_programs(profile: dict, needs: Iterable[str], year: int | None = None) -> list[dict]:
    """need_info results among the programs of ``needs``."""
    ids = programs_for_needs(list(needs))
    return [r for r in evaluate(profile, year=year, programs=ids) if r["verdict"] == "need_info"]


def next_question(profile: dict, needs: list[str], skipped: Iterable[str] = frozenset(),
                  year: int | None = None) -> str | None:
    """The field that appears in the ``missing`` list of the most open programs of ``needs``
    (ties: FIELD_PRIORITY).  None when nothing is open or every useful field was skipped."""
    skipped = set(skipped)
    counts: dict[str, int] = {}
    for r in open_programs(profile, needs, year):
        for f in r["missing"]:
            if f in skipped or f not in QUESTIONS or profile.get(f) is not None:
                continue
            counts[f] = counts.get(f, 0) + 1
    if not counts:
        return None
    return min(counts, key=lambda f: (-counts[f], _RANK.get(f, len(_RANK)), f))


def plan(profile: dict, needs: list[str], answer_fn: Callable[[str], Any], max_questions: int = 25,
         year: int | None = None) -> list[str]:
    """Simulate a dialogue: ask next_question, fill the answer from ``answer_fn(field)``
    (None = the person skips it), repeat.  Returns the fields asked, in order."""
    prof = dict(profile)
    skipped: set[str] = set()
    asked: list[str] = []
    for _ in range(max_questions):
        f = next_question(prof, needs, skipped, year)
        if f is None:
            break
        asked.append(f)
        val = answer_fn(f)
        if val is None:
            skipped.add(f)
        else:
            prof[f] = val
    return asked
