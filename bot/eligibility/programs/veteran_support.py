"""제대군인지원센터 (국가보훈부) — 중·장기복무 제대(예정)군인."""

from ..screen import Screen

ID = "veteran_support"
G = "veteran_support"


def mid_long_term_service(s: Screen):
    s.caveat("definition_caveat")
    a, young = s.get("age"), s.param(f"{G}.plausible_age_min")
    if a is not None and a < young and s.get("veteran_mid_long_term") is None:
        s.unlikely("too_young", age=a)
        return
    v = s.need("veteran_mid_long_term")
    if v is True:
        s.likely("veteran")
    elif v is False:
        s.unlikely("not_veteran")


CONDITIONS = (mid_long_term_service,)


def amount(s: Screen):
    return None
