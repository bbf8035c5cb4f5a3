"""Eligibility screening for 고용복지+센터 programs (rules-as-code, no Rasa imports).

Public API:
    evaluate(profile, year=None, programs=None, on=None) -> list[Result]   (Result: dataclass, dict access)
    validate_profile(profile) -> dict            (raises ProfileError)
    programs_for_needs(needs) -> list[str]
    summary_lines(results, needs) -> list[str]; detail_text(result) -> str; not_evaluated_text(needs) -> str
    NEEDS, NEED_LABELS, PROGRAMS_BY_NEED, PROGRAM_NAMES, DESK_BY_PROGRAM, DISCLAIMER
Planner: bot.eligibility.planner (QUESTIONS, next_question, plan).
Figures: bot/eligibility/parameters/<program>/<figure>.yaml (dated values; parameters(on=date)).
Programs: bot/eligibility/programs/<program>.py. Vocabulary and texts: bot/catalogue/.
"""

from .core import (
    DESK_BY_PROGRAM,
    DISCLAIMER,
    NEED_LABELS,
    NEEDS,
    NEEDS_BY_PROGRAM,
    PROGRAM_IDS,
    PROGRAM_NAMES,
    PROGRAMS_BY_NEED,
    VERDICTS,
    evaluate,
    programs_for_needs,
    won,
)
from .parameters import parameters
from .profile import FIELD_LABELS, FIELDS, ProfileError, derive_region_type, validate_profile
from .render import detail_text, not_evaluated_text, summary_lines
from .result import Amount, Condition, Result
from .rules import UnknownYear, available_years, default_year

__all__ = [
    "evaluate",
    "validate_profile",
    "ProfileError",
    "programs_for_needs",
    "summary_lines",
    "detail_text",
    "not_evaluated_text",
    "NEEDS",
    "NEED_LABELS",
    "PROGRAMS_BY_NEED",
    "PROGRAM_NAMES",
    "PROGRAM_IDS",
    "DESK_BY_PROGRAM",
    "NEEDS_BY_PROGRAM",
    "DISCLAIMER",
    "VERDICTS",
    "FIELDS",
    "FIELD_LABELS",
    "UnknownYear",
    "available_years",
    "default_year",
    "derive_region_type",
    "won",
    "parameters",
    "Result",
    "Amount",
    "Condition",
]
