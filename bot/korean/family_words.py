"""One vocabulary for the people a citizen lives with, read by every reader that must tell the writer's own life
from a family member's ("집사람이 식당 알바로 70 벌어요" is the wife's pay, not his job), so a new word for a spouse
(집사람, 안사람, 마누라, 각시, 바깥양반, an old woman's 영감) is learnt once.

  SPOUSE         the husband or wife, however named: 남편, 아내, 와이프, 신랑, 부인, 배우자, 집사람, 안사람, 마누라,
                 각시, 바깥양반, 애 아빠/엄마 (not 전 남편 / 전처: the reader that needs them names them)
  FAMILY_MEMBER  SPOUSE and the parents, children and siblings (whose work, loss or illness is not the writer's)

Who reads them: bot/korean/work_words (whose loss of work is it), bot/understand/facts (a spouse's pay, the
household, married or alone, violence at home, the main earner's death), bot/screening/core (single parent or
not, the main earner's death).
"""

_SPOUSE_WORDS = (
    "남편", "아내", "와이프", "신랑", "부인", "배우자", "집사람", "안사람", "마누라", "각시",
    r"바깥\s?양반", r"애\s?아빠", r"애\s?엄마", r"애들\s?(?:아빠|엄마)",
    r"(?<![가-힣])영감(?!을|이\s?떠오|이\s?생)", "할멈", "할아범", r"우리\s?양반",
)  # fmt: skip
SPOUSE = "(?:" + "|".join(_SPOUSE_WORDS) + ")"
FAMILY_MEMBER = r"(" + SPOUSE + r"|엄마|아빠|아들|딸|어머니|아버지|부모님|동생|형|누나|언니|오빠)"
