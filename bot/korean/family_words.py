"""One vocabulary for the people a citizen lives with, read by every reader that must tell the writer's own life
from a family member's ("집사람이 식당 알바로 70 벌어요" is the wife's pay, not his job), so a new word for a spouse
(집사람, 안사람, 마누라, 각시, 바깥양반, an old woman's 영감) is learnt once.

  SPOUSE         the husband or wife, however named: 남편, 아내, 와이프, 신랑, 부인, 배우자, 집사람, 안사람, 마누라,
                 각시, 바깥양반, 애 아빠/엄마 (not 전 남편 / 전처: the reader that needs them names them)
  FAMILY_MEMBER  SPOUSE and the parents, children and siblings (whose work, loss or illness is not the writer's)
  EARNER, DIED_AFTER, GONE_AFTER   the household's earner, then its death or leaving (the crisis 가장 사망·가출)

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
# the household's earner (a spouse, however named, or 가장); after it, a few words, then that they died or left:
# "영감 작년에 죽고 혼자여", "남편이 집을 나가서 연락이 안 돼요", "애들 아빠가 가출했어요" (긴급복지 counts the
# earner's death, 가출 and 행방불명). Leaving home in the morning is not it ("남편이 집을 나가서 출근하면").
EARNER = "(?:" + SPOUSE + r"|가장|아이\s?(?:아빠|엄마))"
DIED_AFTER = r"\s?(?:이|가|은|는)?\s?.{0,8}?(?:돌아가|사망|죽었|죽고|죽어서|죽은\s?지|세상을\s?떠|먼저\s?가)"
GONE_AFTER = (
    r"\s?(?:이|가|는|은)?\s?.{0,12}?"
    r"(?:가출|행방\s?불명|잠적|집을?\s?나간\s?지|집\s?나갔|집을\s?나갔|"
    r"집을?\s?나가(?:서|고|버리고|더니|버려서)\s?.{0,10}(?:연락|소식|안\s?들어|돌아오지)|"
    r"연락(?:이|도)?\s?(?:끊|두절|안\s?된\s?지))"
)
