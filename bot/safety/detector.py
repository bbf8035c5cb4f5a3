"""Rule layer of the crisis detector: phrasing, not keywords (no Rasa imports).

Each sentence of a message is looked at in two forms:

* ``compact``: NFC, lower case, common typos and 초성/slang spellings normalised (죽구싶어 → 죽고싶어,
  주글래 → 죽을래, 살기시러 → 살기싫어), spaces and emoticons removed, so "죽고 싶어"/"죽고싶어"/
  "죽구 싶어" are one form;
* ``lemmas``: mecab morphemes as ``lemma/TAG`` (V verb/adjective/aux, N noun, E ending, J particle,
  M adverb, S symbol), contractions expanded (써놨 → 쓰/V 어/E 놓/V 았/E, 모아 → 모으/V 아/E), so a rule
  says "the verb 죽 (not the adverb/noun 죽 = porridge) followed by a wish or an intention" once
  instead of listing spellings.

Rules carry a level (imminent > risk > check) and a kind (suicide | self_harm | violence). A second pass
removes what the context explains away: idioms (자살행위, 투신 = devote oneself, 유서 깊은), hyperbole
("힘들어 죽겠어"), negation ("나쁜 생각 안 하고"), and reports about other people (news, fiction,
games, statistics, job ads) -- unless the sentence also states the person's own wish or intention.

Levels over the whole message (issue 11): with any suicide/self-harm hit, a named method, means, place,
preparation or a resolute "말리지 마 / 이번엔 진짜" makes it imminent (_IMMINENT_CUE), and a farewell
together with affairs put in order is imminent (_preparation); explicit wishes are risk or higher.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

RANK = {"none": 0, "check": 1, "risk": 2, "imminent": 3}

HEAD_CHARS = 2000  # bounded work on any input: the first 2,000 and the last 500 characters
TAIL_CHARS = 500


_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def bounded(text: str) -> str:
    """NFC, invisible characters removed (zero-width spaces hide words), at most ~2,500 characters."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text or ""))
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]


# ----------------------------------------------------------------------------- normalisation
_TYPOS: Sequence[Tuple[str, str]] = (
    ("주글", "죽을"),
    ("주거버", "죽어버"),
    ("주겄", "죽었"),
    ("주금", "죽음"),
    ("죽구", "죽고"),
    ("주그", "죽으"),
    ("고십", "고싶"),
    ("고시퍼", "고싶어"),
    ("고시프", "고싶"),
    ("구싶", "고싶"),
    ("고싶당", "고싶다"),
    ("싶어여", "싶어요"),
    ("살기시러", "살기싫어"),
    ("살기실어", "살기싫어"),
    ("살기실타", "살기싫다"),
    ("살기시르", "살기싫"),
    ("햇어", "했어"),
    ("햇다", "했다"),
    ("햇는", "했는"),
    ("하구싶", "하고싶"),
    ("자살하구", "자살하고"),
    ("ㅈㅅ하고싶", "자살하고싶"),
    ("ㅈㅅ하고 싶", "자살하고 싶"),
    ("ㅈㅅ할래", "자살할래"),
    ("ㅈㅅ할까", "자살할까"),
    ("ㅈㅅ하려", "자살하려"),
    ("ㅈㅅ각", "자살각"),
    ("ㅈㅅ마렵", "자살마렵"),
    ("을려고", "으려고"),
    ("죽을라고", "죽으려고"),
    ("꺼야", "거야"),
    ("꺼예요", "거예요"),
    ("꺼에요", "거예요"),
    ("고십지", "고싶지"),
    ("싶당", "싶다"),
    ("ㅈ살", "자살"),
    ("자1살", "자살"),
    ("ㅈㄱㅅㅇ", "죽고싶어"),
    ("ㅈㄱㅅㄷ", "죽고싶다"),
    ("ㅈㄱㅅㅍ", "죽고싶"),
    ("ㅈㄱㅅㅍㄷ", "죽고싶다"),
)
_NOISE = re.compile(r"[\sㅠㅜㅋㅎ~!?.,·…'\"“”‘’()\[\]{}^;:*_+=/\\|<>-]+")
_REPEAT = re.compile(r"(.)\1{2,}")


def compact(text: str) -> str:
    t = unicodedata.normalize("NFC", text).lower()
    t = _NOISE.sub("", t)
    t = _REPEAT.sub(r"\1\1", t)
    for a, b in _TYPOS:
        if a in t:
            t = t.replace(a, b)
    return t


_TAGS = {
    "VV": "V",
    "VA": "V",
    "VX": "V",
    "XSV": "V",
    "XSA": "V",
    "VCP": "V",
    "VCN": "V",
    "NNG": "N",
    "NNP": "N",
    "NNB": "N",
    "NNBC": "N",
    "NP": "N",
    "NR": "N",
    "XR": "N",
    "MAG": "M",
    "MAJ": "M",
    "MM": "M",
    "IC": "M",
}


def _tag(pos: str) -> str:
    if pos in _TAGS:
        return _TAGS[pos]
    if pos.startswith(("E",)):
        return "E"
    if pos.startswith("J"):
        return "J"
    return "S"


def lemmas(text: str) -> str:
    """``lemma/TAG`` morphemes of `text`, space separated (mecab; empty string if unavailable)."""
    try:
        from bot.korean.morph import MecabBackend

        tagger = MecabBackend._get()
        parsed = tagger.parse(text.replace("ㅈㅅ", " ").replace("ㅠ", " "))
    except Exception:  # pragma: no cover - mecab is a hard dependency of the project
        return ""
    out: List[str] = []
    for m in parsed:
        expr = m.feature.expression
        if expr:
            for part in expr.split("+"):
                bits = part.split("/")
                if len(bits) >= 2:
                    out.append(f"{_jamo(bits[0])}/{_tag(bits[1])}")
        else:
            out.append(f"{_jamo(m.surface)}/{_tag(m.pos.split('+')[0])}")
    return " ".join(out)


_VOWEL_START = {"ㅓ": "어", "ᅥ": "어", "ㅏ": "아", "ᅡ": "아", "ㅕ": "여", "ᅧ": "여"}


def _jamo(s: str) -> str:
    s = s.replace("ᆯ", "ㄹ").replace("ᆫ", "ㄴ").replace("ᆸ", "ㅂ").replace("ᆷ", "ㅁ")
    if s and s[0] in _VOWEL_START:  # contracted endings come back as a bare vowel: 져야 -> 지 + ㅓ야
        s = _VOWEL_START[s[0]] + s[1:]
    return s


# ----------------------------------------------------------------------------- rules
@dataclass(frozen=True)
class Rule:
    name: str
    level: str
    kind: str
    pattern: "re.Pattern[str]"
    on: str = "c"  # "c" compact text, "l" lemma stream
    mention: bool = False  # a word that can be about someone else / an idiom: context may explain it away
    needs: Optional["re.Pattern[str]"] = None  # lemma-stream check for compact rules (자살 the noun, not 혼자 살)
    unless_before: Optional["re.Pattern[str]"] = None  # the hit does not count after this (서류 다 끝내고 싶어요)


def _c(name, level, kind, rx, mention=False, needs=None, unless_before=None):
    return Rule(
        name,
        level,
        kind,
        re.compile(rx),
        "c",
        mention,
        re.compile(needs) if needs else None,
        re.compile(unless_before) if unless_before else None,
    )


# Things one "finishes" or "gives up" that are not one's life (see also explained_away()).
_TASKS = (
    r"서류|신청|작성|상담|대화|업무|공부|숙제|작업|등록|절차|이사|계약|접수|예약|회사|일을|일도|일은|알바|"
    r"시험|과제|치료|공사|수업|학교|운동|다이어트|게임|연애|결혼|사업|장사|가게|빚을|대출|장마|더위|추위|여름|겨울|코로나|야근|출장|훈련|재판|소송|방학|휴가"
)


def _l(name, level, kind, rx, mention=False):
    return Rule(name, level, kind, re.compile(rx), "l", mention)


# lemma-stream building blocks
_WISH = r"(?:고|구|기)/E (?:싶|시프|십)/V(?! 지/E 않/V)|고파/E|고프/V"
_INTENT = (
    r"(?:ㄹ래|을래|ㄹ래요|을래요|ㄹ까|을까|ㄹ까요|을까요|려고|으려고|려|으려|려고요|으려고요|ㄹ게|을게|ㄹ게요|을게요|"
    r"려다|으려다|려다가|으려다가|ㄹ려고|을려고|으러|러)/E"
    r"|(?:ㄹ|을)/E 거/N(?! 같/V)|(?:어야|아야)/E (?:하|겠)/[VE]|(?:어야|아야)/E 되/V"
)
_DIE = r"죽/V(?: (?:어|아)/E (?:버리|벌이)/V)?"
_SELF_V = r"(?:자살|자해)/N (?:하|시도하)/V"
_JUMP = r"(?:뛰어내리/V|떨어지/V|뛰어들/V)"
_SUI = r"자살/N"
_HARM = r"자해/N|(?:^| )자/N 하/V 아/E"  # mecab sometimes splits 자해 하는 into 자 + 해
_WILL = r"유서/N"

SUICIDE, SELF_HARM, VIOLENCE = "suicide", "self_harm", "violence"
_ABUSER = (
    r"(?:남편|남친|남자친구|전남친|전남편|전\s?남자친구|애인|아빠|새아빠|아버지|오빠|형|엄마|어머니|와이프|아내|"
    r"시아버지|시어머니|시댁(?:식구)?|동거인|동거남|동거(?:하는)?(?:남자|남성|여자)|여자친구|여친|그사람|그놈|아들|딸|사위)"
)

RULES: Tuple[Rule, ...] = (
    # ---- explicit: the verb 죽 / 자살하 / 자해하 with a wish, an intention, or a "how" -------------
    _l("wish_die", "risk", SUICIDE, rf"{_DIE} (?:{_WISH}|{_INTENT})"),
    _l("die_better", "risk", SUICIDE, rf"{_DIE} (?:는|ㄴ)/E (?:것|게)/N (?:이/J |밖에/J |J/J )?(?:낫|나/V|답|편)"),
    _l("die_better2", "risk", SUICIDE, rf"{_DIE} (?:는|ㄴ)/E (?:것|거|게)/N (?:밖에|말고는?)/J"),
    _l("die_relief", "risk", SUICIDE, rf"{_DIE} (?:으면|면)/E (?:\S+ ){{0,4}}(?:편|끝|행복|나아|나/V|좋/V|해결)"),
    _l("die_ok", "risk", SUICIDE, rf"{_DIE} (?:어도|아도)/E (?:\S+ )?(?:(?:되|괜찮)/V|상관/N)"),
    _l(
        "die_must",
        "risk",
        SUICIDE,
        rf"{_DIE} (?:(?:ㄹ|을)/E (?:수/N 밖에|용기/N|생각/N|결심/N|계획/N|각오/N|궁리/N|고민/N|마음/N|준비/N)|(?:ㄹ수밖에|을수밖에)/E|(?:었|았)/E (?:으면|면)/E)",
    ),
    _l(
        "death_noun",
        "risk",
        SUICIDE,
        r"(?:죽음/N|죽/N 음/N) (?:\S+ ){0,3}(?:생각/N|원하/V|검색/N|편하/V|편/N|답/N|길/N|동경/N|준비/N|유혹/N|밖에/J|말고/J|뿐/J)",
    ),
    _l(
        "go_euphemism",
        "risk",
        SUICIDE,
        r"(?:빨리/M|먼저/M|편하/V 게/E|아프/V 지/E 않/V 게/E|안/M 아프/V 게/E|조용히/M|고통/N 없이/M) (?:\S+ ){0,2}가/V (?:(?:는|ㄴ)/E (?:방법|법|길)/N|(?:았|었)/E (?:으면|면)/E|고/E 싶/V|ㄹ래/E|려고/E)",
    ),
    _l("die_end", "risk", SUICIDE, rf"{_DIE} (?:어야|아야)/E (?:\S+ )?끝/N"),
    _l("die_how", "imminent", SUICIDE, rf"{_DIE} (?:는|ㄹ|을|ㄴ)/E (?:방법|법|약|수/N (?:\S+ )?있)"),
    _l(
        "die_how5",
        "imminent",
        SUICIDE,
        rf"(?:어떻게/M|덜/M|안/M 아프/V 게/E|편하/V 게/E|아프/V 지/E 않/V 게/E) (?:\S+ ){{0,3}}{_DIE} (?:어야|아야|나요|어요|을까|ㄹ까|을까요|ㄹ까요|나|니|냐|는지)\S*/E",
    ),
    _l("die_how2", "imminent", SUICIDE, rf"어떻게/M (?:\S+ ){{0,4}}{_DIE} (?:(?:ㄹ|을)/E (?:지|수)|(?:ㄹ지|을지)/E)"),
    _l(
        "die_how3",
        "imminent",
        SUICIDE,
        rf"(?:몇/\S+ \S+ (?:\S+ ){{0,3}}|먹/V (?:으면|면)/E (?:\S+ )?){_DIE} (?:나요|나|냐|니|ㄹ까|을까)\S*/E",
    ),
    _l(
        "lethal_how",
        "imminent",
        SUICIDE,
        rf"(?:떨어지|먹|뛰어내리|마시|뛰어들)/V (?:어야|아야|으면|면)/E (?:\S+ ){{0,2}}{_DIE}",
    ),
    _l("die_how4", "imminent", SUICIDE, rf"{_DIE} (?:(?:ㄹ|을)/E 지/N|(?:ㄹ지|을지)/E)"),
    _l("self_wish", "risk", SUICIDE, rf"{_SELF_V} (?:{_WISH}|{_INTENT}|ㄹ래요/E)"),
    _c("suicide_attempt", "risk", SUICIDE, r"자살(?:을)?(?:시도|기도)|자살미수", mention=True, needs=_SUI),
    _c(
        "suicide_thought",
        "risk",
        SUICIDE,
        r"자살(?:을|에)?(?:대한|관한)?(?:생각|충동|계획|결심)|자살이답|자살각|자살마렵|자살하고싶|자살할래|자살할거|자살하려",
        needs=_SUI,
    ),
    _c("suicide_how", "imminent", SUICIDE, r"자살(?:하는|할|할수있는)?(?:방법|법|장소|도구)", needs=_SUI),
    _c("suicide_word", "risk", SUICIDE, r"자살", mention=True, needs=_SUI),
    _c("self_harm_word", "risk", SELF_HARM, r"자해", mention=True, needs=_HARM),
    _c("self_life", "risk", SUICIDE, r"스스로목숨|목숨(?:을)?(?:\S{0,4})(?:끊|끈)", mention=True),
    _c("extreme_choice", "risk", SUICIDE, r"극단적(?:인)?(?:선택|생각)(?!은?(?:안|하지않|없|절대))", mention=True),
    _c(
        "not_live",
        "risk",
        SUICIDE,
        r"살고싶지않|살고싶지가않|그만살고싶|살기싫|살기가싫|사는게싫|더(?:이상|는)?못살겠|살(?:아있을|아갈|아야할)?(?:이유|가치|자격|필요|자신|힘|용기)(?:가|도|를|이)?(?:\S{0,4})(?:없|모르겠|못느끼|잃|사라졌)|(?:세상에|이세상에|여기)(?:더)?(?:있을|남을|머물|살)(?:이유|필요|자격)(?:가|도)?(?:\S{0,2})없|그만살(?:래|까|아야|고싶)|"
        r"(?:사는거|사는것|살기)(?:를|을)?그만(?:하|두)고싶|그만(?:하|두)고싶(?:어|다)?(?:요)?(?:사는거|사는것|인생|삶)|태어나지(?:말았어야|않았으면)|"
        r"목숨(?:이|도)?(?:아깝지않|필요없)|(?:나|저)같은(?:사람|건|놈|년|애)(?:은|는)?(?:\S{0,6})(?:필요없|없어져|죽어|사라져)",
    ),
    _c(
        "dont_want_live",
        "risk",
        SUICIDE,
        r"안살고싶|살고싶은(?:마음|생각|의지|의욕)(?:이|도|은)?(?:\S{0,4})없|살(?:아갈|)의지(?:가|도)?(?:\S{0,3})없",
    ),
    _c(
        "end_life",
        "risk",
        SUICIDE,
        r"(?:삶|인생|생)(?:을|를)?(?:여기서)?(?:끝내|마감|마치|정리하고싶|정리하려|정리할|포기하고싶|그만두고싶|그만하고싶)(?!하신|하셨|하시|신)|이번생은(?:\S{0,6})(?:그만|끝내)|"
        r"(?:정리|포기|그만두|그만하)(?:하)?고싶(?:어|다)?(?:요)?(?:인생|삶)|(?:인생|삶)(?:이고|이든)뭐고",
    ),
    _c(
        "world_leave",
        "risk",
        SUICIDE,
        r"세상(?:을|에서)?(?:떠나|등지)(?:고싶|고파|려|ㄹ래|겠)|하늘(?:나라)?(?:에|로)?가고싶|(?:먼저간|먼저떠난)(?:\S{0,6})(?:한테|에게|곁|옆)(?:\S{0,3})가고싶|세상이싫(?:\S{0,4})(?:떠나|사라|가고싶)|(?:내려놓고|다놓고|포기하고)떠나(?:고싶|버리)|(?:곁|옆)으로가고싶|저세상|다음생(?:에|엔)(?!\S{0,4}(?:잘하|잘해|잘살|부자|금수저|재벌|태어나면|는꼭))",
    ),
    # ---- indirect: disappear, end it all, sleep and not wake, burden, farewell ------------------
    _l(
        "disappear",
        "risk",
        SUICIDE,
        rf"(?:사라지/V|없/V (?:어|아)/E 지/V) (?:{_WISH}|{_INTENT}|(?:었|았)/E (?:으면|면)/E|(?:어야|아야)/E|(?:어|아)/E 버리/V (?:(?:으면|면|고)/E|(?:었|았)/E (?:으면|면)/E))",
    ),
    _l(
        "disappear_better",
        "risk",
        SUICIDE,
        r"(?:사라지/V|없/V (?:어|아)/E 지/V|없/V) (?:는|ㄴ)/E (?:것|게|거)/N (?:이/J |가/J )?(?:\S+ )?(?:낫|나/V|나아|좋|답/N|맞/V)",
    ),
    _l(
        "disappear_if",
        "risk",
        SUICIDE,
        r"(?:내|제|나|저)/N (?:가/J |이/J )?(?:사라지/V|없어지/V|없/V (?:어|아)/E 지/V|죽/V) (?:으면|면)/E",
    ),
    _c(
        "without_me",
        "risk",
        SUICIDE,
        r"(?:나|내가|저|제가)(?:만)?없(?:으면|어야|는게|어지면|어져야)(?:\S{0,8})(?:편|나아|낫|행복|좋|끝나|해결|잘살)",
    ),
    _c(
        "without_me2",
        "risk",
        SUICIDE,
        r"(?:나|저|제가|내가)(?:는|가)?없는게(?:나아|낫|훨씬|좋)|제가없어야|내가없어야|(?:없어지|사라지)는게(?:\S{0,6})(?:위한|위해|효도|도와)",
    ),
    _c(
        "burden",
        "risk",
        SUICIDE,
        r"짐(?:만|밖에|덩어리|이될|이되는|이돼|짝)(?!센터|정리|싸|을|이많)|(?:폐|부담|짐)(?:만|밖에)(?:\S{0,2})(?:끼치|주는|줘|되는|돼|안되)|짐(?:이)?(?:되기|되는게)싫|(?:부담|짐|폐)(?:\S{0,2})(?:주기|되기|끼치기)싫",
    ),
    _c(
        "end_all",
        "risk",
        SUICIDE,
        r"(?:다|모든걸|모든것을?|전부|이제|이젠|오늘밤|오늘|내일|그만|정말|진짜|이번엔|빨리|조용히|혼자|여기서|이쯤에서)(?:에|은|는)?(?:다|정말|진짜)?끝(?:내고싶|내고파|내려|낼래|낼까|내버리|내야겠|낼거|낼게|낼생각|낼때가|내고편해지고싶)",
        unless_before=_TASKS,
    ),
    _c(
        "end_final",
        "risk",
        SUICIDE,
        r"끝내버리고싶|끝내버릴|끝내버리려|더이상(?:여기|이세상에)?없을거",
        unless_before=_TASKS,
    ),
    _c("ends_soon", "risk", SUICIDE, r"^(?!.*(?:" + _TASKS + r")).*?(?:곧다끝날거|이제다끝나서편|이제다정리됐)"),
    _c(
        "no_fear_death",
        "risk",
        SUICIDE,
        r"죽(?:는게|는것이|는것도|음이|음도)(?:\S{0,2})(?:무섭지(?:가|도)?않|두렵지(?:가|도)?않|안무서|안두려)",
    ),
    _c("leave_time", "risk", SUICIDE, r"떠날때가(?:된|왔|됐)", unless_before=_TASKS),
    _c(
        "die_only_answer",
        "risk",
        SUICIDE,
        r"죽는(?:게|것|거)(?:말고는?|밖에|빼고)(?:\S{0,4})(?:답|방법|길)(?:이|도)?없",
    ),
    _c(
        "not_needed",
        "risk",
        SUICIDE,
        r"(?:저|나|제가|내가)(?:는|은)?없어도(?:돼|되|괜찮|상관|다들|세상)|(?:나|저)없이도(?:\S{0,4})(?:잘살|잘지내|괜찮|행복|잘돌아)",
    ),
    _c("time_to_end", "risk", SUICIDE, r"끝낼때가(?:된|왔|됐)|끝내야할때", unless_before=_TASKS),
    _c(
        "sleep_forever",
        "risk",
        SUICIDE,
        r"(?:잠들|자고|눈감(?:으면|고)?|잠)(?:서|어서)?(?:\S{0,6})(?:안깼으면|깨지않았으면|깨지않|안깨|일어나지않았으면|일어나지않|안일어났|영영안떴|안떴으면|안떠졌으면|깨어나지않)|영원히잠들(?!지않|지못|지도|지마)|영원히잠자|영영(?:안|잠들|눈)|(?:안|못)깨어났으면|눈(?:을)?(?:안|못)떴으면|눈(?:을)?뜨지(?:않았|말았)으면|깨어나지않았으면|영원히(?:\S{0,4})(?:쉬고싶|잠들(?!지않|지못|지도|지마)|자고싶|눈감)|"
        r"(?:잠들|쉬|자)고싶(?:어|다)?(?:요)?영원히|다시는?(?:눈을?)?안(?:뜨|깨|일어나)고싶|(?:숨|심장|호흡)(?:을|이)?(?:\S{0,4})(?:멈(?:추고싶|췄으면|춰버렸으면|추면좋)|멎었으면|멎어버렸으면)|"
        r"(?:내일|아침)이(?:\S{0,2})(?:안왔으면|오지않았으면|없었으면)|마지막(?:날)?이었으면|(?:누가|신이)?(?:나|저)(?:좀|를)?데려갔으면|데려가줬으면",
    ),
    _c(
        "farewell",
        "risk",
        SUICIDE,
        r"마지막인사|먼저갈게(?!요?센터)|먼저떠(?:날게|나요|납니다|나려)|신세(?:\S{0,4})졌(?:\S{0,8})(?:안녕|마지막|미안)|(?:내|제|나의)장례식|"
        r"(?:가족|엄마|아빠|애들|아이들|부모님|동생|남편|아내)(?:들)?(?:한테|에게|께)(?:\S{0,8})편지(?:\S{0,4})(?:써놨|남겼|써뒀)|"
        r"편지(?:를)?(?:\S{0,4})(?:써놨|써뒀|남겼)(?:\S{0,8})(?:가족|엄마|아빠|애들|부모님|보라고|읽으라고)|"
        r"세상에(?:\S{0,4})(?:있고싶지않|남고싶지않|머물고싶지않)|(?:세상|이세상)과(?:\S{0,2})(?:이별|작별)(?:하고싶|할래|하려)|"
        r"(?:삶|생명|목숨)(?:의)?끈(?:을)?(?:놓|놔)|"
        r"(?:통장|계좌|카드)(?:\S{0,4})비밀번호(?:\S{0,8})(?:적어|알려|넘겨)줬|보험(?:을|도)?(?:다)?정리하고|"
        r"(?:아니면|아니었으면|없었으면|없으면)(?:\S{0,4})(?:벌써|진작|이미)(?:\S{0,4})(?:죽|떠났|갔|끝냈|사라졌)|떠날준비|남은사람들?(?:잘)?부탁|미안하다고(?:\S{0,2})전해|잘지내라고전해|신변정리|(?:아끼던|소중한)(?:\S{0,12})(?:나눠|나누어|줬|주었)",
    ),
    _c(
        "farewell_leave",
        "risk",
        SUICIDE,
        r"(?:그동안|다들|모두)(?:\S{0,20})(?:이만|먼저)떠나(?:겠|ㄹ게|려|요)|(?:이만|먼저)떠나(?:겠|ㄹ게|려)(?:\S{0,12})(?:다들|모두)",
    ),
    _c(
        "farewell_sorry",
        "risk",
        SUICIDE,
        r"(?:미안했|미안해)(?:\S{0,10})(?:잘지내|안녕(?!하세요|히계))|(?:고마웠)(?:\S{0,6})미안했",
    ),
    _c(
        "farewell_thanks",
        "risk",
        SUICIDE,
        r"(?:그동안|그간)(?:정말)?고마웠(?:어|어요|습니다|다)?(?:\S{0,10})(?:미안|마지막|안녕히|잘지내)|마지막이될",
    ),
    _c(
        "bad_thought",
        "risk",
        SUICIDE,
        r"(?:나쁜|안좋은|몹쓸|극단적인|위험한)생각(?!(?:은|는|을|일랑|들은|들을)?(?:다|좀|이제|일단|잠시)?(?:안하|안할|하지않|말고|안|없|하지마|하지말|말자|마시|접어|접고|접자|떨치|떨쳐|털어|털고|지우고|지워버리고|버리고|버리자|멀리하|이겨내|이기고))",
    ),
    _c(
        "slang_die",
        "risk",
        SUICIDE,
        r"(?:뒤지|디지)(?:고싶|고파|ㄹ래|려고)|뒤질래|디질래|뒤져버리|디져버리|뒤져야겠|목숨(?:을)?버리",
    ),
    _c("never_born", "risk", SUICIDE, r"태어나지말걸|안태어났으면|이세상에없을|세상에없을거|숨쉬(?:기|는것)(?:도)?싫"),
    _c(
        "no_one_cares",
        "risk",
        SUICIDE,
        r"(?:내가|제가|나|저)죽어도(?:아무도|누가|아무)|(?:제가|내가)죽은(?:걸|것을|줄)(?:\S{0,4})(?:모를|모르)|(?:사라져도|없어져도)(?:\S{0,6})(?:잘돌아가|아무일없|티도안)|(?:죽는다고|죽어도|죽으면|사라져도|사라지면|없어져도|없어지면|없어도)(?:\S{0,8})(?:누가|아무도|누구도|상관없|다들잘|잘살|슬퍼할|울어줄|신경쓸|알아줄)|"
        r"(?:나|저|내)하나(?:\S{0,2})(?:없어|사라|죽)|(?:암|병|사고)(?:이라도|라도)(?:\S{0,8})(?:갔으면|죽었으면|죽으면)",
    ),
    # ---- methods, means, places, time -> imminent --------------------------------------------
    _l(
        "pills_saved",
        "imminent",
        SUICIDE,
        r"(?:약|수면제|제|알약|진통제|수면유도제|유도제|안정제|타이레놀)/N (?:\S+ ){0,4}(?:모으|사모으|모이|쌓)/V",
    ),
    _c(
        "pills_many",
        "imminent",
        SUICIDE,
        r"(?:약|수면제|알약|진통제|수면유도제|안정제)(?:을|를)?(?:\S{0,6})(?:한꺼번에|한번에|털어|한통|한통다|다먹|몽땅|잔뜩|왕창|몇알|모아|모은|모았)",
    ),
    _c(
        "pills_far",
        "imminent",
        SUICIDE,
        r"(?:모아둔|모아놓은|모은|모아뒀던)(?:\S{0,2})(?:약|수면제|알약)|약(?:이)?한주먹|(?:약|수면제|수면유도제|안정제|진통제)(?:\S{0,12})(?:모아두|모아놨|모아뒀|모으고|모았|모은)|"
        r"(?:약국|병원)(?:\S{0,4})(?:몇군데|여러군데|여기저기)(?:\S{0,10})(?:수면제|약)|수면제(?:를|도)?(?:샀|사왔|사놨|구했|구입)|"
        r"(?:얼마나|몇알|몇개|몇통)(?:\S{0,4})먹(?:어야|으면)(?:\S{0,6})(?:안깨|못깨|죽|영원히|깨지않)",
    ),
    _c(
        "place_now",
        "imminent",
        SUICIDE,
        r"(?:옥상|난간|다리위|대교위|베란다난간|창틀|철로|선로)(?:이에요|에요|예요|이야|야|입니다|인데)|"
        r"난간(?:에|위에)(?:\S{0,2})(?:앉아|서있|매달|올라)|(?:다리|대교|난간|옥상)위(?:에서|에)(?:\S{0,8})(?:보고있|서있|앉아)|"
        r"(?:한강|강물|바다)(?:에|으로|물에)?(?:\S{0,6})(?:들어가(?:려|고싶|ㄹ래|면)|들어갈수있)",
    ),
    _c(
        "blade_plan",
        "imminent",
        SELF_HARM,
        r"(?:칼|커터칼|면도칼|면도날)(?:로)?(?:\S{0,6})(?:그으려|그을래|그을거|긋으려|그으려고)|"
        r"(?:자해|그었|그어|긋|칼|손목|커터|면도)(?:\S{0,12})피(?:가)?(?:\S{0,3})(?:안멈|안멎|멈추지않|멈추지가않|안그쳐|계속나|많이나)",
    ),
    _c(
        "jump_height",
        "imminent",
        SUICIDE,
        r"(?:몇층|몇미터|얼마나높)(?:\S{0,6})(?:떨어지면|뛰어내리면)(?:\S{0,6})(?:확실|죽|즉사|살아남|안살|끝)|뛰어내리면(?:\S{0,10})(?:\d+층|층인데|옥상)|\d+층(?:\S{0,8})(?:뛰어내리|떨어지면)",
    ),
    _c(
        "blade_on2",
        "imminent",
        SELF_HARM,
        r"(?:칼|커터칼|면도칼|면도날)(?:을|를)?(?:손목|목|팔|허벅지)에(?:\S{0,2})(?:대|댔|갖다)",
    ),
    _c(
        "blade_on",
        "imminent",
        SELF_HARM,
        r"(?:손목|목|팔|허벅지)(?:에)?(?:\S{0,2})(?:칼|커터칼|면도칼)(?:을)?(?:대|댔|갖다)",
    ),
    _c(
        "affairs",
        "risk",
        SUICIDE,
        r"(?:통장|도장|보험|비밀번호|수익자)(?:\S{0,15})(?:넣어뒀|맡겨뒀|정리했|적어뒀|적어놨|바꿔놨|바꿔뒀|바꿨|변경해놨|변경해뒀|변경했)(?:\S{0,10})(?:마음이편|이제됐|끝|편해)",
    ),
    _c(
        "rail",
        "imminent",
        SUICIDE,
        r"(?:철길|철로|선로|기찻길)(?:\S{0,4})(?:서있|누워|들어가|앞이|옆이)|(?:\d+층|창문|베란다|난간)(?:\S{0,6})(?:앞|위|밖)(?:이에요|에요|예요|이야|인데|에서있)",
    ),
    _c(
        "vehicle",
        "imminent",
        SUICIDE,
        r"(?:차|차도|도로|철로|선로|기찻길|지하철|트럭)(?:에|로)(?:\S{0,3})(?:뛰어들|누워버리|누워|몸을던)",
    ),
    _c(
        "how_go",
        "imminent",
        SUICIDE,
        r"(?:조용히|편하게|안아프게|아프지않게|고통없이)(?:\S{0,2})(?:가|사라지|떠나|잠드|죽)는(?:방법|법|약)|(?:사라지|없어지)는(?:방법|법)",
    ),
    _c(
        "with_children",
        "imminent",
        SUICIDE,
        r"(?:애들|아이들|아이|애|아기)(?:을|를)?데리고(?:같이|함께)?(?:가려|갈래|가야겠|죽|떠나려)",
    ),
    _c(
        "charcoal",
        "imminent",
        SUICIDE,
        r"번개탄|연탄(?:을)?(?:피우|피울|피워|피운)|차안에서(?:\S{0,6})피우",
        mention=True,
    ),
    _c(
        "rope",
        "imminent",
        SUICIDE,
        r"(?:밧줄|노끈)(?:을|도)?(?:샀|사왔|사놨|준비했|걸었|걸어놨|걸데)|끈(?:을)?(?:걸|묶을)데|(?<!돈에)(?<!일에)(?<!취업에)(?<!성적에)(?<!점수에)(?<!결과에)(?<!승진에)(?<!사랑에)(?<!연애에)(?<!시험에)(?<!합격에)(?<!외모에)(?<!스펙에)(?<!학벌에)목(?:을)?(?:매|맬|맸|매달)(?!는줄|는것같|달린것같|는느낌|이는)",
    ),
    _c(
        "poison",
        "imminent",
        SUICIDE,
        r"(?:농약|제초제|락스|독약)(?:을|를)?(?:\S{0,4})(?:마시|먹|사놨|사왔|사다놨|사다뒀|준비)",
    ),
    _c("knife_now", "imminent", SELF_HARM, r"칼(?:을)?들고(?:\S{0,8})(?:있|앉아|서있)"),
    _c(
        "cut",
        "risk",
        SELF_HARM,
        r"(?:손목|팔|허벅지|몸)(?:\S{0,6})(?:긋|그어|그었|그을|그엇|그으)|(?:칼자국|흉터|상처)(?:\S{0,10})(?:요즘도|아직도|계속|또)(?:\S{0,3})(?:그어|긋|내|해요)|(?:손목|팔|허벅지|몸|다리)(?:에|을|을자꾸)?(?:\S{0,3})상처(?:를)?(?:내|냈)|(?:커터칼|면도칼|칼)로(?:\S{0,4})(?:긋|그어|그었|그을)",
    ),
    _c(
        "blood",
        "risk",
        SELF_HARM,
        r"피(?:가)?(?:나는거|나야|를봐야|흘려야)(?:\S{0,6})(?:살것같|진정|편)|(?:담뱃불|라이터|불)로(?:\S{0,4})(?:지져|지지|지졌)|피를봐야|상처(?:를)?내야|상처(?:를)?내고싶|흉터(?:\S{0,8})요즘도|(?:몸|나|저|자신|스스로|내몸|제몸)(?:를|을|에게)?(?:자꾸)?(?:해치|다치게하)(?:고싶|고파|려|ㄹ래|고있|게돼)",
    ),
    _l(
        "jump_wish",
        "risk",
        SUICIDE,
        rf"{_JUMP} (?:{_WISH}|{_INTENT}|고/E 싶/V 어/E 지/V|(?:으면|면)/E (?:어떻|어떨|죽|바로|아프|아플))",
    ),
    _c("devote_jump", "risk", SUICIDE, r"투신(?:하고싶|하고파|하려|할래|할까|해버리|할거)", mention=True),
    _c(
        "jump_place",
        "imminent",
        SUICIDE,
        r"(?:옥상|난간|다리위|대교|한강|창문|베란다|높은(?:데|곳)|몇층에서|층에서)(?:\S{0,8})(?:뛰어내리(?:고싶|려|ㄹ까|ㄹ래|면)|뛰어내릴|투신하(?:고싶|려)|떨어지면(?:바로)?죽|뛰어들(?:면|고싶|ㄹ까|려)|(?:위에|에)서있)",
    ),
    _c(
        "river",
        "imminent",
        SUICIDE,
        r"(?:한강|마포대교|대교|강물|다리)(?:에|으로|로)?(?:가고싶|가서(?:\S{0,6})(?:끝|죽|뛰어)|가려고|갈래|갈거|위에서있|위에서있어|난간)|(?:한강|강|바다|강물)(?:\S{0,3})(?:수온|물온도|물의온도)|(?:한강|강물)(?:\S{0,3})(?:차갑|차가울|차가워|얼마나차)|(?:다리|대교|한강|난간)위(?:인데|예요|에요|야|에있|입니다|에서있)|(?:마포대교|[가-힣]{1,3}대교|한강)(?:이에요|에요|예요|입니다|인데|이야)|(?:수온|물온도)(?:\S{0,6})(?:한강|강물)",
    ),
    _c(
        "roof_now",
        "imminent",
        SUICIDE,
        r"옥상(?:에|위에|에서)?(?:올라와|올라왔|올라가려|서있)|옥상(?:\S{0,16})올라가(?:려|보려|ㄹ래|고싶|볼까)",
    ),
    _c("drown", "imminent", SUICIDE, r"물에빠져(?:서)?(?:죽|사라지)"),
    _c("will_note", "risk", SUICIDE, r"유서", mention=True, needs=_WILL),
    _c(
        "will_write",
        "imminent",
        SUICIDE,
        r"유서(?:를|도)?(?:쓰|써|작성|남기|남겼|정리|어떻게쓰)",
        mention=True,
        needs=_WILL,
    ),
    _c("dated_plan", "imminent", SUICIDE, r"(?:이번달|이번주|이번주말|올해|오늘|내일)까지만살"),
    _c("go_plan", "imminent", SUICIDE, r"(?:다)?정리하고(?:가려|떠나려|갈게|갈거)"),
    # ---- check: mild or ambiguous -----------------------------------------------------------
    _c(
        "give_up",
        "check",
        SUICIDE,
        r"(?:다|모든걸|모든것을?|전부|그냥)포기하고싶(?!지않|지만|진않|지는않|었는데|었지만|을때(?:도|가)?(?:\S{0,3})(?:있|많)지만)|다그만(?:하|두)고싶(?!지않|었는데)|포기하고싶어요?모든|다놓(?:아버리|고)(?:\S{0,3})(?:싶|편해지고싶)|다놔버리고싶|다내려놓고싶|놓아버리고싶|"
        r"왜(?:나만)?(?:이렇게)?살아야",
        unless_before=_TASKS,
    ),
    _c(
        "hard_living",
        "check",
        SUICIDE,
        r"(?<!먹고)(?:살기|사는게|삶이|하루하루버티는게|버티는게)(?:너무|정말|진짜|넘|참)?(?:가)?(?:너무|정말|진짜|넘|참)?(?:힘들|지쳐|지치|고통|괴로|버거|의미가없|무의미)|사는게(?:너무)?(?:힘들|지쳐)|"
        r"(?:사는게|살아있는게|하루하루가|삶이|인생이)(?:\S{0,6})(?:지옥|고문|벌받|죄같|죄예요|지긋지긋|지겨)|(?:삶|사는것|사는게|인생|살아있는게)(?:이|은|에)?(?:아무|별)?의미(?:가|도)?없|"
        r"살아서뭐|살아봤자|버티기가(?:\S{0,4})힘들|견딜수가없|버틸수가없|숨쉬는(?:것|게)(?:\S{0,3})(?:버거|힘들|고통)|눈뜨는게(?:\S{0,4})(?:싫|무서|괴로)",
    ),
    _c(
        "hopeless",
        "check",
        SUICIDE,
        r"(?:버틸|견딜|살)힘(?:이|도)?(?:\S{0,4})(?:없|안남)|희망(?:이|도|이라는게)?(?:\S{0,3})(?:없|남지않|안보)(?!이|는일)|다소용없|한계인것같|아무의미(?:가|도)?없|죽을만큼(?:힘들|괴로|고통)|절망적|앞이캄캄|벼랑끝|한계(?:예요|야|다)(?:\S{0,6})못|더(?:는|이상)못(?:견디|버티|하겠)|더는?못(?:견디|버티)|버틸힘이없|견딜힘이없|못견디겠",
    ),
    _c(
        "worthless",
        "check",
        SUICIDE,
        r"(?:아무|아무짝에도)쓸모(?:가)?없(?:는사람|어|다|는존재)|(?:저|나)(?:는|은)?(?:정말|진짜)?쓸모(?:가)?없|아무도(?:날|나를|저를)필요로|도움이안되는사람|무슨일이생기든상관없|무슨소용이",
    ),
    _c(
        "why_live",
        "check",
        SUICIDE,
        r"왜살아야|왜사는지(?:모르|몰)|아무것도의미(?:가)?없|어떻게살아야할지모르|살맛이안|사는게무슨의미|사는게의미|무슨의미가있나|인생이끝난|다끝난것같|모든게(?:다)?끝난",
    ),
    _c(
        "no_will",
        "check",
        SUICIDE,
        r"아무의욕(?:도)?없|아무것도하고싶지않|숨이막혀(?:요)?(?:너무)?괴로|괴로워서숨이|울기만",
    ),
    # ---- violence (domestic / sexual / dating) -> 1366 -----------------------------------------
    _c(
        "dv_hit",
        "risk",
        VIOLENCE,
        _ABUSER
        + r"(?:이|가|은|는|한테|에게|께서)?(?:\S{0,12})(?:때려|때리|때린|때렸|폭행|폭력을?휘(?:두|둘)|폭력(?:을|에|이)?(?:피해|당|시달|때문|무서|써|쓰|행사)|폭언에폭행|목을?졸|죽이겠|죽여버린|죽인다|위협|협박|밀쳐|밀치|밀쳤|밀친|부수고|물건(?:을)?던지|발로차|걷어차|손찌검|주먹질|발길질|"
        r"가두|가둬|가뒀|감금|스토킹|따라다니|쫓아다니|몰래찍)|"
        r"멍(?:\S{0,8})(?:남편|남친|애인|아빠|오빠|아버지)(?:\S{0,2})때문",
    ),
    _c(
        "dv_beaten",
        "risk",
        VIOLENCE,
        r"맞고살|맞고있|맞고자랐|맞는게(?:\S{0,3})일상|(?:매일|맨날|자주|또|지금도|아직도)맞(?:아|고|는|았|을)|(?:한테|에게)(?:\S{0,2})맞(?:고살|고자라|고자랐|고있|아서멍|을까봐|는게일상)|"
        + _ABUSER
        + r"(?:한테|에게|께)(?:\S{0,4})맞(?:아|았|고|을|는)|맞아서멍|집에가면맞|맞을까봐|데이트폭력(?:을)?(?:당|피해)|데이트폭력이에|가정폭력(?:때문에|을?피해|을?당|피해자|으로)|(?:성폭력|성폭행|성추행|강간|스토킹|불법촬영|몰카|디지털성범죄|데이트폭력)(?:을|를)?(?:당|당했|당한|피해)",
    ),
    _c(
        "sexual_abuse",
        "risk",
        VIOLENCE,
        r"(?:아빠|새아빠|아버지|의붓|삼촌|오빠|형|사장|상사|팀장|선생|남친|남자친구)(?:이|가|님이)?(?:\S{0,8})(?:몸을|가슴을|엉덩이를)?(?:\S{0,3})(?:만져|만지|더듬)",
    ),
    # ---- second author's categories (blind8 misses, generalised by kind of phrasing) ---------------
    # explicit wish/intention spelt so that the lemma stream breaks (죽고 시퍼요, 죽어버릴래요, 죽어야 편해질 듯)
    _c(
        "wish_die_c",
        "risk",
        SUICIDE,
        r"(?<!먹고)죽(?:고싶|고파|을래|으려고|으련다|을거(?!같)|어버리고싶|어버릴래|어버릴까|어버릴거(?!같)|어버리려|어야겠)"
        r"|죽어야(?:\S{0,4})(?:편해|편하|끝나|끝날|해결|나아|낫)",
    ),
    _c(
        "die_solution",
        "risk",
        SUICIDE,
        r"죽(?:는게|는것이?|는거|음(?:만)?이?)(?:\S{0,6})(?:쉬운방법|해결책|유일한|답인|답이|낫겠|나을|편할)",
    ),
    _c(
        "passive_wish",
        "risk",
        SUICIDE,
        r"(?:영원히|아무도없는곳으로|아무도모르는곳으로)(?:\S{0,4})(?:떠나고싶|떠나고파|가버리고싶|사라지고싶)|(?:자다가|잠자다가|자는중에|자면서)(?:\S{0,4})(?:갔으면|가고싶|떠났으면|죽었으면)|"
        r"사라지면(?:\S{0,3})(?:편할|편하|나을|좋을|끝날)|(?:지워지|소멸하|증발하)(?:고싶|고파|고싶어|면좋|버리고싶)|살(?:만큼|만치)살았|그만살아도|"
        r"살아있는(?:게|것이|것)(?:\S{0,3})(?:미안|죄송)|다놓고(?:\S{0,2})가고싶|숨(?:쉬는것|쉬는거|쉬기)(?:까지|조차|도)(?:\S{0,4})(?:그만|멈추|싫|포기)|(?:그만|포기)(?:\S{0,10})숨(?:쉬는것|쉬는거|쉬기)(?:까지|조차)|"
        r"그만(?:하|두)고싶(?:어|다)?(?:요)?다$|살(?:아야|아갈)?할?이유가(?:\S{0,4})안보",
    ),
    _c(
        "self_punish",
        "risk",
        SELF_HARM,
        r"(?:벽에|바닥에)?머리(?:를)?(?:\S{0,4})(?:박았|박아|찧)(?:\S{0,10})(?:벌주|벌받|미워|싫어서|화나서)|(?:나|저|내|제)(?:를|자신을|몸을)?(?:\S{0,2})벌주고싶|스스로(?:를)?(?:\S{0,2})(?:때리|벌주|학대)",
    ),
    _c(
        "fall_end",
        "imminent",
        SUICIDE,
        r"(?:떨어지면|뛰어내리면|떨어져버리면)(?:\S{0,3})(?:끝나|끝날|편해|편할|편하겠|죽겠|죽을까|다끝)",
    ),
    _c(
        "farewell_done", "risk", SUICIDE, r"(?:작별|마지막)인사(?:를|도)?(?:미리|다)?(?:\S{0,2})(?:했|하고왔|남겼|드렸)"
    ),
    # how-to for ending one's life, phrased without 죽/자살 (목숨 끊는 방법)
    _c(
        "life_how",
        "imminent",
        SUICIDE,
        r"(?:목숨|삶|인생|생)(?:을|를)?(?:끊|끝내|마감하|마치)(?:는|ㄹ|을)?(?:\S{0,2})(?:방법|법|약)",
    ),
    # acquiring a means: going to buy / looking for rope, charcoal, poison
    _c(
        "means_get",
        "imminent",
        SUICIDE,
        r"(?:밧줄|노끈|번개탄|독약|청산가리)(?:을|를|도|이랑)?(?:\S{0,2})(?:사러|사려|살거|살까|사야|구하|구했|구입|주문|사다|찾으러)",
    ),
    # "if I had a gun / the pills, I would go": a means wished for
    _c(
        "means_if",
        "risk",
        SUICIDE,
        r"(?:총|독약|농약|수면제|밧줄|번개탄|청산가리)(?:이|만|이라도|라도)?(?:\S{0,2})있(?:으면|었으면|다면)(?:\S{0,8})(?:갈|가|죽|끝|떠나|떠날|편하게)",
    ),
    _c(
        "go_softly",
        "risk",
        SUICIDE,
        r"(?:편하게|조용히|안아프게|고통없이)(?:갈|떠날|잠들|눈감을)(?:텐데|건데|것같은데|수있을텐데)",
    ),
    # longing for the afterlife
    _c(
        "afterlife",
        "risk",
        SUICIDE,
        r"(?:천국|하늘나라|저승|사후세계|천당)(?:에|으로|로|은|는|이)?(?:\S{0,14})(?:가고싶|가보고싶|가고파|갈래|가면편|가면좋|빨리가)",
    ),
    _c(
        "afterlife_wonder",
        "check",
        SUICIDE,
        r"(?:천국|저승|사후세계|천당)(?:은|는|이|가)?(?:\S{0,4})(?:어떤곳|어떨까|있을까|어떻게생)",
    ),
    # following a dead one
    _c(
        "follow_dead",
        "risk",
        SUICIDE,
        r"(?:죽|돌아가|떠나|먼저간|하늘나라|세상을떠)(?:\S{0,20})(?:따라가고싶|따라가고파|따라갈래|따라가야겠|따라갈까|곁으로가고싶|옆으로가고싶|보러가고싶)",
    ),
    # asking about access to a height or a bridge on foot / at night
    _c(
        "place_access",
        "imminent",
        SUICIDE,
        r"(?:[가-힣]{1,3}대교|한강다리|다리위|옥상|고층|(?:제일|가장)높은(?:건물|아파트|빌딩))(?:\S{0,10})(?:걸어(?:서)?(?:갈|가|건너|건널)|몇시까지(?:\S{0,3})(?:올라|들어|걸어)|열려있|열린|문열|올라갈수|들어갈수|출입되|출입가능|난간높이|높이가몇|몇미터)",
    ),
    # imagining the act
    _c(
        "imagine_act",
        "risk",
        SUICIDE,
        r"(?:투신|뛰어내리|목매|죽|자살하|사라지|떨어지)(?:는|기)?(?:\S{0,2})상상(?:을|만|이|도)?(?:\S{0,4})(?:해|하|들|나|자주|매일|계속)",
    ),
    # not wanting the next morning
    _c(
        "no_morning",
        "risk",
        SUICIDE,
        r"(?:아침|내일|눈뜨는날|하루)(?:을|를|이|가)?(?:\S{0,3})(?:맞고싶지않|맞기싫|안왔으면|오지않았으면|없었으면|오는게(?:\S{0,2})(?:싫|무서))",
    ),
    # farewell through someone else, to the family
    _c(
        "farewell_proxy",
        "risk",
        SUICIDE,
        r"(?:부모님|엄마|아빠|가족|애들|아이들|남편|아내|동생|언니|누나|형|오빠|딸|아들)(?:들)?(?:께|한테|에게)?(?:\S{0,8})(?:죄송했|미안했|고마웠|감사했|사랑했|사랑한)다고(?:\S{0,3})전해",
    ),
    _c(
        "last_note",
        "imminent",
        SUICIDE,
        r"(?:남길|마지막)(?:말|편지|글|메시지|인사)(?:을|를)?(?:\S{0,4})(?:적고|쓰고|써놨|써뒀|남겼|적어놨|적어뒀|녹음)",
    ),
    _c("farewell_go", "risk", SUICIDE, r"먼저(?:갈|가|떠나|떠날)(?:\S{0,6})(?:잘지내|건강히|건강하|행복하|미안|안녕)"),
    _c(
        "done_all",
        "risk",
        SUICIDE,
        r"(?:할일|할도리)(?:은|도)?(?:다|모두)(?:한것같|했어|했다|했네|끝났)|여한(?:이|도|은)?없|(?:이제|더는?)(?:\S{0,4})미련(?:이|도)?없",
    ),
    _c(
        "gave_away",
        "risk",
        SUICIDE,
        r"(?:돈|현금|예금|적금|통장)(?:\S{0,8})(?:찾아서|인출해|뽑아서|빼서)(?:\S{0,8})(?:애들|아이들|가족|딸|아들|동생|엄마|아빠|자식)(?:\S{0,4})(?:줬|주었|넘겼|보냈)|"
        r"(?:남은|남아있는|모아둔|모은)(?:돈|재산|현금)(?:은|을|도)?(?:다|전부)?(?:애들|아이들|가족|딸|아들|동생|엄마|아빠|자식|부모님)(?:들)?(?:한테|에게|께)(?:\S{0,2})(?:보냈|줬|주었|넘겼|드렸)",
    ),
    _c(
        "last_day",
        "risk",
        SUICIDE,
        r"^(?!.*(?:"
        + _TASKS
        + r"|기한|마감|세일|할인|출근|근무|휴가|방학|학기|여행|전시|공연|행사)).*?오늘이(?:제)?(?:인생)?마지막(?:날)?(?:이에요|이야|입니다|예요|일거|일것|이네|이다)",
    ),
    _c(
        "leaving_soon",
        "risk",
        SUICIDE,
        r"(?:상관없|필요없|의미없|소용없)(?:\S{0,10})(?:곧|이제)(?:떠날|갈|없어질|사라질|끝날)(?:거|것|꺼|테니)|(?:곧|이제)(?:떠날|없어질|사라질)(?:거|것|테니)(?:\S{0,8})(?:상관없|필요없|의미없|소용없)",
    ),
    _c(
        "end_pain",
        "risk",
        SUICIDE,
        r"(?:고통|괴로움|아픔)(?:을|를)?(?:\S{0,3})(?:끝내|멈추)(?:고싶|고파|려|ㄹ래)(?:\S{0,4})(?:영원히|완전히)|(?:영원히|완전히)(?:\S{0,4})(?:고통|괴로움)(?:을|를)?(?:\S{0,3})(?:끝내|멈추)",
    ),
    _c("end_pain_mild", "check", SUICIDE, r"(?:이|모든)?(?:고통|괴로움)(?:을|를)?(?:\S{0,3})끝내(?:고싶|고파|려|ㄹ래)"),
    _c(
        "give_up_all",
        "risk",
        SUICIDE,
        r"그만(?:하|두)고싶(?:어|다)?(?:요)?(?:모든걸|모든것|전부)|(?:모든걸|모든것을?|전부)(?:다)?(?:여기서)?그만(?:하|두)고싶",
        unless_before=_TASKS,
    ),
    # threats to hurt someone else (violence; a named weapon or a plan to go there -> imminent)
    _c(
        "threat_plan",
        "imminent",
        VIOLENCE,
        r"(?:칼|흉기|망치|휘발유|기름)(?:을|를|이랑)?(?:\S{0,2})(?:들고|갖고|가지고|사서)(?:\S{0,6})(?:찾아가|쫓아가|갈거|가서)|(?:불질러|불을질러|불지를|불싸질러)(?:버리|버릴|버린|야겠|ㄹ거|려고|겠)|(?:불질러|불지를)거|찔러(?:죽이|버리|버릴)",
    ),
    _c(
        "threat_wish",
        "risk",
        VIOLENCE,
        r"(?<!모기)(?<!벌레)(?<!바퀴)(?:죽여버리|죽여버릴|죽여놓|패죽이|때려죽이)(?:고싶|ㄹ거|겠|려고|ㄹ래)?|(?:죽여버리|죽여)고싶|죽이러",
    ),
    # sexual harassment and school violence (bullying) -> help line
    _c("harassment", "risk", VIOLENCE, r"성희롱(?:을|를)?(?:\S{0,2})(?:당|받|피해)|성적(?:인)?괴롭힘(?:을)?(?:당|받)"),
    _c(
        "bullying",
        "risk",
        VIOLENCE,
        r"(?:애들|친구들|선배|선배들|동기|반애들|일진|같은반)(?:이|가|한테|에게)(?:\S{0,8})(?:때려|때리|때렸|돈(?:을)?(?:뺏|빼앗|뜯)|괴롭혀|괴롭히|괴롭힘|왕따)",
    ),
    # ---- third author's categories (blind10 misses, generalised by kind of phrasing) ----------------
    # internet/game slang for leaving life: 인생 로그아웃, 이 세상에서 하차, 현생 종료 (not "…싶을 정도로 바빠요")
    _c(
        "slang_exit",
        "risk",
        SUICIDE,
        r"(?:세상|이세상|인생|이생|삶|이번생|현생|생)(?:에서|을|를|은|는|도)?(?:그냥|이제|그만|영원히)?"
        r"(?:로그아웃|하차|퇴장|강제종료|강종|종료|게임오버|탈주|삭제)(?:하고싶|하고파|할래|하려|해버리고싶|해버릴|하고싶다|각|마렵|시키고싶)(?!을정도|을만큼|은정도)|"
        r"(?:나|저|내존재|나자신|저자신)(?:를|을|는)?(?:그냥|이제|세상에서)?(?:삭제|로그아웃|지워버리|소멸시키)(?:하고싶|되고싶|고싶|하고파|하면좋|됐으면)",
    ),
    # leaving the insurance payout / savings to the family and "going"
    _c(
        "leave_money_go",
        "imminent",
        SUICIDE,
        r"(?:보험금|사망보험금|유산|남은돈|모은돈|재산)(?:이라도|이나마|만이라도|은|을|만)?(?:\S{0,8})(?:남겨주|남기|물려주|받게하|타게하)(?:\S{0,2})(?:고|구)(?:\S{0,2})(?:가려|갈게|갈거|가야겠|가야지|떠나려|떠날|갈래|죽)|"
        r"(?:내가|제가|나|저)(?:죽으면|없어지면|가면)(?:\S{0,6})보험금(?:이라도|은|이)?(?:\S{0,6})(?:나오|받|남)",
    ),
    # threats from a partner/family member, however far the verb is (가만 안 둔다고 협박해요)
    _c(
        "dv_threat",
        "risk",
        VIOLENCE,
        _ABUSER
        + r"(?:이|가|은|는|한테|에게|께서)?(?:\S{0,30})(?:협박|위협|스토킹|가만안둔다|가만안두겠|가만두지않|찾아가겠다고|죽여버린다고|죽인다고)|"
        r"(?:가만안둔다|가만안두겠다|가만두지않겠다|죽여버리겠다|죽여버린다)(?:고|며|면서)(?:\S{0,6})(?:협박|위협|문자|연락|찾아와|찾아왔)",
    ),
    # gas left on as a method; looking down from a height again and again
    # self-harm that is getting worse (깊게, 피가 많이, 꿰매야): imminent (119)
    _c(
        "cut_deep",
        "imminent",
        SELF_HARM,
        r"(?:손목|팔|허벅지|목)(?:\S{0,8})(?:그었|그어|긋|베었|벴)(?:\S{0,10})(?:깊게|깊이|깊어|많이|꿰매|봉합|안멈)|"
        r"(?:깊게|깊이)(?:\S{0,4})(?:그었|그어|긋|베었)",
    ),
    _c(
        "gas",
        "imminent",
        SUICIDE,
        r"(?:가스|가스밸브|가스레인지)(?:를|을)?(?:\S{0,3})(?:틀어놓|열어놓|켜놓|틀어놔|열어두)(?:고|면)?(?:\S{0,6})(?:자면|잠들|죽|끝|편하|안아프|아플까|안깨)",
    ),
    _c(
        "look_down",
        "risk",
        SUICIDE,
        r"(?:베란다|옥상|난간|다리|대교|창문|창밖|아파트)(?:\S{0,6})(?:계속|자꾸|매일|한참|멍하니)(?:\S{0,4})(?:내려다|아래를봐|밑을봐|아래만)",
    ),
    # "이러다 죽을 것 같아요" with not eating / not sleeping: a check, not a joke (좋아서/웃겨서 죽을 것 같아 is)
    _c(
        "die_feeling",
        "check",
        SUICIDE,
        r"^(?!.*(?:좋아서|좋아|웃겨|웃기|맛있|배고|배불|추워|더워|졸려|피곤|바빠|설레|귀여|행복|사랑|재밌|심심|떨려|긴장)).*?"
        r"(?:정말|진짜|이러다|이러다가|이대로면|곧)(?:\S{0,4})죽을(?:것|거|꺼)같(?:\S{0,20})(?:못먹|못자|안먹|밥도|잠도|숨|우울|괴로|힘들|아무것도)",
    ),
    _c(
        "dv_strangle",
        "imminent",
        VIOLENCE,
        r"목(?:을|이)?(?:졸(?!리는느낌|리는것같|린느낌|린듯|려서답답|리는넥타이)|조르|조를|조른|조름)|칼(?:을)?(?:휘둘|휘두|들이대|들이밀)|죽이겠|죽여버린|죽여버리겠|죽인다고|죽인대|"
        + _ABUSER
        + r"(?:이|가|은|는)?(?:\S{0,14})(?:칼|흉기|가위|망치)(?:을|를)?(?:들고|들었|들어|꺼냈|꺼내|휘둘)",
    ),
)

_RULES_BY_NAME = {r.name: r for r in RULES}

# The whole sentence is about someone else / a story / statistics / an institution.
_OTHER = re.compile(
    r"뉴스|기사|보도|통계|자살률|예산|정책|대책|규제|발표|추모|연예인|가수|배우|주인공|드라마|영화|소설|웹툰|만화|게임|"
    r"캐릭터|보스|스킬|기술이|패턴|롤에서|롤하|랭겜|랭크게임|겜하|한판|[a-z]씨가|\d+대(?:남성|여성)|남성이|여성이|경찰|교육|채용|강사|상담사|센터위치|"
    r"예방|유족|지원프로그램|했대|했대요|한대요|하대요|였대|이래요|라던데|다던데|다고하네|다고해요|라고하네|구조됐|장면|"
    r"상담소|신고건수|의무화|안타깝|소식|했다는|했다고|다큐|인터뷰|캠페인|봉사|모집|공고"
)
# Fiction, news and third persons: even a wish form is theirs, unless the person says "I".
_STORY = re.compile(
    r"웹툰|드라마|영화|소설|만화|뉴스|기사|주인공|캐릭터|장면|연예인|가수|배우|[a-z]씨가|\d+대(?:남성|여성)"
)
_I_SAID = re.compile(
    r"(?:^|[^가-힣])?(?:저도|나도|저는|나는|제가|내가|저|난)(?:[가-힣]{0,2})(?:죽|자살|자해|사라|없어|끝내|살기)"
)
# Idioms that contain a mention word.
_IDIOM = re.compile(
    r"자살(?:예방|률|유족|방지|고위험군|위기대응|돌격|공격|플레이|특공|보험|면책)|자해(?:예방|방지)|자살행위|자살골|번개탄(?:구이|고기|불고기|석쇠|숯불)|자살특공|자살폭탄|유서(?:가)?깊|(?:에|에게|으로|로)투신|투신(?:한지|했어요|한|하겠다고|하고싶어서)(?!.*(?:한강|다리|옥상|대교))"
)
# Hyperbole: an adjective/verb in -어/-아 + 죽겠다 / 죽는 줄 / 죽을 뻔 / 죽을 맛 / 죽기 살기 ...
_HYPERBOLE = re.compile(
    r"죽겠|죽는줄|죽을뻔|죽을맛|죽기살기|죽어라|죽도록|죽을똥|죽이되든|죽을지경|죽을(?:것|거|꺼)같|죽을듯|죽여주|죽이네|죽인다ㅋ"
)
# Own wish / intention forms: keep a mention even in an "other" sentence.
_OWN = re.compile(r"(?:고싶|고파|ㄹ래|을래|할래|려고|할까|할거|하고싶|겠어요|야겠)")


_NEGATED_WISH = re.compile(
    r"싶지(?:는|도)?않|싶진않|싶지가않|때려치|그만두고싶|그만하고싶어요?$|"
    r"열심히살|힘낼게|잘살게|다시해볼|다시시작|살아볼게|버텨볼게|좋은생각만|생각말고|다짐했|화이팅|파이팅|힘내자|잠들지않는"
)


def explained_away(text: str) -> bool:
    """A known ordinary reading is present (hyperbole, idiom, someone else, a negated wish, a task
    one finishes or quits): the classifier's second opinion is not asked for such a message."""
    c = compact(bounded(text))
    return bool(
        _HYPERBOLE.search(c)
        or _IDIOM.search(c)
        or _OTHER.search(c)
        or _NEGATED_WISH.search(c)
        or _TASKS_RE.search(c)
        or _BARE_ANSWER.match(c)
        or (_ORDINARY_USE.search(c) and not _DEATH_CUE.search(c))
        or _NOT_A_PERSON.search(c)
        or _HELP_OTHER.search(c)
        or _CHILD_SUBJECT.search(c)
        or _LOST_THING.search(c)
        or _SET_ASIDE.search(c)
        or (_PLAYFUL.search(c) and not _SEVERE.search(c))
        or (_PAST_OK.search(c) and _PAST_WISH.search(c) and not _PRESENT_WISH.search(c))
    )


# A bare "none / not" answer to a form question (소득은요? "없어", 연금은요? "받지 않아요", "놉 없어"): the
# classifier leans on 없/않 and must not read these as despair (rules still see real wishes).
_BARE_ANSWER = re.compile(
    r"^(?!.*(?:의욕|희망|기운|이유|의미|미래|낙이|재미|살맛|갈곳|기댈|꿈|용기|자신|사람|친구|아무도|아무것|다없|전부|모두))(?:놉|노|ㄴㄴ|아니|아뇨|아니요|응|네|예|그런거|그런건|그건|저는|전|난|나는)?[가-힣]{0,4}?"
    r"(?:없어|없어요|없음|없다|없는데|없는데요|없습니다|않아|않아요|않았|않았어요|않은|않습니다|안해|안해요|안했어요|안받아요)$"
)


@dataclass(frozen=True)
class Hit:
    rule: str
    level: str
    kind: str
    evidence: str


_TASKS_RE = re.compile(_TASKS)
_SENT_SPLIT = re.compile(r"(?<=[.!?。\n])")


def sentences(text: str) -> List[str]:
    parts = [p.strip() for p in _SENT_SPLIT.split(text) if p and p.strip()]
    return parts or ([text] if text.strip() else [])


def detect(text: str) -> List[Hit]:
    """All rule hits in `text` that survive their context, strongest first."""
    text = bounded(text)
    if not text.strip():
        return []
    hits: List[Hit] = []
    for sent in sentences(text):
        c = compact(sent)
        if not c:
            continue
        hits.extend(_detect_sentence(sent, c))
    hits = _preparation(hits)
    if any(h.kind != VIOLENCE for h in hits) and _IMMINENT_CUE.search(compact(text)):
        hits = [Hit(h.rule, "imminent", h.kind, h.evidence) if h.kind != VIOLENCE else h for h in hits]
    hits.sort(key=lambda h: -RANK[h.level])
    return hits


# With any sign of suicide or self-harm, a named method, means, place, preparation or a resolute
# "this time for real / don't stop me" makes it imminent (112/119 now), whatever rule raised it.
_IMMINENT_CUE = re.compile(
    r"뛰어내리|투신|떨어지면|목(?:을)?매(?!는줄)|밧줄|노끈|번개탄|연탄(?:을)?피|농약|제초제|독약|수면제|약(?:을|들)?(?:다)?(?:모아|모았|모은|한꺼번)|"
    r"유서|편지(?:를)?(?:다|미리)?(?:써놨|써뒀|남겼|썼)|작별(?:인사)?(?:를)?(?:했|하고)|신변정리|떠날준비|"
    r"(?:통장|도장|비밀번호)(?:\S{0,12})(?:넣어뒀|적어줬|적어뒀|맡겼|넘겼)|한강|[가-힣]{1,3}대교|옥상|베란다|난간|철로|선로|기찻길|"
    r"방법(?:을|이|은)?(?:\S{0,3})(?:모르|있을까|있나|있어|알려|찾|뭐)|사이트|"
    r"말리지마|막지마|결심했|마음먹었|각오했|(?:이번엔|이제|오늘은)진짜(?:\S{0,6})(?:ㄹ거|할거|죽을거|갈거|끝낼거|거야|거예요)"
)


# A farewell together with a sign of having put affairs in order (gifts, money handed over, "다 정리됐어",
# a note) is a plan being carried out: imminent (심리부검 warning signs), whatever each alone would be.
_FAREWELL_RULES = frozenset(
    {
        "farewell",
        "farewell_sorry",
        "farewell_thanks",
        "farewell_leave",
        "ends_soon",
        "farewell_proxy",
        "done_all",
        "farewell_go",
        "farewell_done",
    }
)
_PREP_RULES = frozenset({"affairs", "gave_away", "ends_soon", "last_note", "will_note", "will_write"})


def _preparation(hits: List[Hit]) -> List[Hit]:
    names = {h.rule for h in hits}
    if len(names) >= 2 and names & _FAREWELL_RULES and names & _PREP_RULES:
        return [
            Hit(h.rule, "imminent", h.kind, h.evidence)
            if h.kind != VIOLENCE and h.rule in (_FAREWELL_RULES | _PREP_RULES)
            else h
            for h in hits
        ]
    return hits


def _detect_sentence(sent: str, c: str) -> List[Hit]:
    lem: Optional[str] = None
    other = bool(_OTHER.search(c))
    story = bool(_STORY.search(c))
    own = bool(_OWN.search(c))
    idiom_free = _IDIOM.sub("", c)
    out: List[Hit] = []
    for r in RULES:
        if r.on == "l":
            if lem is None:
                lem = lemmas(_TYPO_SURFACE(sent))
            m = r.pattern.search(lem)
            if not m:
                continue
            ev = _surface_evidence(sent, m.group(0))
        else:
            target = idiom_free if r.mention else c
            m = r.pattern.search(target)
            if not m:
                continue
            if r.unless_before is not None and r.unless_before.search(
                target[max(0, m.start() - _TASK_WINDOW) : m.start()]
            ):
                continue
            if r.needs is not None:
                if lem is None:
                    lem = lemmas(_TYPO_SURFACE(sent))
                if not r.needs.search(lem):
                    continue
            ev = _surface_evidence(sent, m.group(0))
        if r.mention and other and not (own and (r.on == "l" or _OWN.search(target[m.start() : m.end() + 10]))):
            continue  # the wish must be about the mention ("자해 방지 교육 신청하고 싶어요" is not)
        if r.kind != VIOLENCE and other and not own and r.level != "check" and r.name not in _FIRST_PERSON_RULES:
            continue
        if r.kind != VIOLENCE and story and not _I_SAID.search(c):
            continue  # fiction, news or a report about a named other person: "주인공이 자살하려다"
        out.append(Hit(r.name, r.level, r.kind, ev))
    if out:
        out = _hyperbole_filter(c, out)
    if out and _PAST_OK.search(c):
        out = [h for h in out if h.level != "check"]  # "죽을 만큼 힘들던 때도 지나갔어요, 지금은 괜찮아요"
        if _PAST_WISH.search(c) and not _PRESENT_WISH.search(c):
            # "그때는 죽고 싶을 만큼 힘들었는데 지금은 잘 살아요": a wish told as past and over
            out = [h for h in out if h.kind == VIOLENCE or h.level == "imminent" and h.rule not in _WISH_RULES]
    if out and _ORDINARY_USE.search(c) and not _DEATH_CUE.search(c):
        # a means named for its ordinary use: 폐의약품 버리는 곳, 번개탄 말고 숯으로 고기, 농약 살포 드론
        out = [h for h in out if h.rule not in _MEANS_RULES]
    if out and _PLAYFUL.search(c) and not _SEVERE.search(c):
        out = [h for h in out if h.kind != VIOLENCE]  # 때리는 시늉, 등짝 스매싱: play, not violence
    if out and _HELP_OTHER.search(c) and not _I_SAID.search(c) and not _OWN_WISH.search(c):
        # "자해하는 친구가 있는데 어떻게 도와야 할까요": the mention is someone else's
        out = [h for h in out if not _rule(h.rule).mention]
    if out and "ㅋ" in sent and _TIRED.search(c):
        out = [h for h in out if h.rule != "sleep_forever"]  # "애들 재우고 나니 영원히 자고 싶다 ㅋㅋ 피곤해"
    if out and _DIRECTIONS.search(c) and not _DEATH_CUE.search(c) and not _NIGHT.search(c):
        out = [h for h in out if h.rule != "place_access"]  # "마포대교 걸어서 건너면 몇 분 걸려요": directions
    if out and _NOT_A_PERSON.search(c) and not _ABUSER_RE.search(c):
        # sport, pests, games: 스파링에서 맞아서 멍, 모기 다 죽여버리고 싶다
        out = [h for h in out if h.kind != VIOLENCE]
    return out


# A task named this close before "끝내고 싶어요" is what is being finished (서류 다 끝내고 싶어요); further
# back in a long welfare story it is not ("긴급복지 신청하려다 … 이 모든 걸 끝내고 싶단 생각이").
_TASK_WINDOW = 12
# Hard times told as past and over: the mild (check) reading no longer applies.
_PAST_OK = re.compile(
    r"(?:지나갔|지났|이겨냈|극복했|나아졌|견뎌냈|버텨냈)(?:\S{0,12})(?:지금은|이제는?|요즘은)(?:\S{0,4})(?:괜찮|좋|살만|행복|나아)|"
    r"(?:예전|옛날|그때|한때|작년|몇년전|어릴때|젊을때)(?:\S{0,20})(?:지금은|이제는?|요즘은)(?:\S{0,10})(?:괜찮|살만|행복|잘살|잘지내|나아졌|좋아졌)|"
    r"(?:지금은|이제는?|요즘은)(?:\S{0,4})(?:괜찮|살만|행복|잘살|잘지내)(?:\S{0,10})(?:예전|옛날|그때|한때)"
)


# A thing that went missing (통장이 없어졌어요, 카드가 사라졌어요): not the speaker disappearing.
_LOST_THING = re.compile(
    r"(?:통장|카드|지갑|서류|계좌|휴대폰|핸드폰|폰|신분증|도장|고지서|우편물|짐|물건|자료|파일|문자|앱|돈)(?:이|가|을|를|도)?(?:\S{0,4})(?:없어졌|없어진|사라졌|사라진|잃어버|분실|안보여)"
)
_SET_ASIDE = re.compile(
    r"(?:나쁜|안좋은|몹쓸|극단적인|위험한)생각(?:은|는|을|일랑|들은|들을)?(?:다|좀|이제|일단|잠시)?(?:하지말|말자|말고|접어|접고|접자|떨치|떨쳐|털어|털고|지우고|지워버리고|버리고|버리자|멀리하|이겨내|이기고)"
)
_CHILD_SUBJECT = re.compile(
    r"^(?:우리|저희|제|내)?(?:애|아이|아기|아들|딸|손주|손자|손녀|강아지|고양이)(?:가|이|는|은)"
)
_DIRECTIONS = re.compile(
    r"몇분|몇시간|얼마나걸|걸려요|걸리나|가는길|버스|지하철|역에서|역까지|센터|주소|출근|퇴근|자전거|산책|구경|야경|공원"
)
_NIGHT = re.compile(r"새벽|한밤|밤에|밤늦게|아무도없|혼자")
_PLAYFUL = re.compile(r"시늉|장난(?:으로|쳐|치|이에요|이야)|등짝|꿀밤|딱밤|간지럼|베개싸움|스매싱")
_SEVERE = re.compile(r"멍|피가|피났|병원|응급|매일|맨날|무서|칼|목을|목졸|죽|경찰|신고|도망|숨어")
_HELP_OTHER = re.compile(
    r"(?:친구|동생|언니|누나|형|오빠|아들|딸|애가|아이가|학생|동기|동료|후배|선배|지인|이웃|조카|제자)(?:가|이|는|은|도)?(?:\S{0,10})(?:자해|자살|죽고싶)"
    r"(?:\S{0,20})(?:도와|도울|말려|말릴|걱정|어떻게해야|어떡해야|어떻게대해|어떻게말|방법|상담받게|병원)|"
    r"(?:자해|자살|죽고싶)(?:\S{0,8})(?:친구|동생|언니|누나|형|오빠|아들|딸|아이|학생|동기|동료|후배|선배|지인|이웃|조카|제자)"
    r"(?:\S{0,16})(?:도와|도울|말려|말릴|걱정|어떻게해야|어떡해야|어떻게대해|어떻게말|상담받게|병원)"
)
_OWN_WISH = re.compile(
    r"(?:저도|나도|저까지|나까지)(?:\S{0,6})(?:죽|사라|따라)|(?:죽|사라지|없어지)고싶(?:어|다|네)(?:요)?$"
)
_TIRED = re.compile(r"피곤|졸려|졸리|야근|밤샜|밤새|육아|재우고|출근|잠이부족|꿀잠")


def _rule(name: str) -> "Rule":
    return _RULES_BY_NAME[name]


# A wish to die told in the past (…싶었는데 / …싶을 만큼 힘들었는데) vs one still present.
_PAST_WISH = re.compile(r"(?:죽고|사라지고|없어지고|자살하고|끝내고)(?:싶었|싶을(?:만큼|정도|때)|싶던|싶었던)")
_PRESENT_WISH = re.compile(
    r"(?:죽고|사라지고|없어지고|자살하고|끝내고)싶(?:어|다|네|은데|음|고|지만)(?!었)|죽을래|죽을거(?!같)|죽으려"
)
_WISH_RULES = frozenset({"wish_die", "wish_die_c", "self_wish", "disappear", "end_all", "not_live", "suicide_thought"})
# Means rules and the ordinary uses of the same things (disposal, cooking, camping, farming, work, buying for a shop).
_MEANS_RULES = frozenset(
    {"pills_saved", "pills_many", "pills_far", "charcoal", "poison", "rope", "means_get", "means_if"}
)
_ORDINARY_USE = re.compile(
    r"폐의약품|폐약|버리는(?:곳|데|법|방법)|수거함|분리수거|유통기한|복용법|처방전|약국에서(?:\S{0,4})(?:사|샀|받)|"
    r"고기|굽|구이|바베큐|바비큐|캠핑|화로|난로|난방|장사|가게|식당|폐업|사장님|"
    r"살포|드론|방제|농사|밭|과수원|텃밭|잡초|제초작업|청소|소독|세탁|빨래|곰팡이|"
    r"포장|택배|이삿짐|운동|줄넘기|등산|알바|일자리|자격증|시급|할인|영양제|비타민|유산균|쿠폰|구매하면|사면|주문하면|적립"
)
_DEATH_CUE = re.compile(
    r"죽|자살|끝내|끝낼|사라지|사라질|떠나|떠날|영원히|마지막|유서|혼자쓸|혼자쓰|편하게|안아프게|몇개면|몇알|얼마나먹|한꺼번에|모아뒀|모아놨|목매|매달|마시려|마실래|마시고싶|먹으려|먹을래|먹고싶|삼키|들이켜|다먹|차안|밀폐|문닫고|창문닫|얼마나걸|방에서피우|피워놓"
)
_NOT_A_PERSON = re.compile(
    r"권투|복싱|스파링|태권도|유도|주짓수|격투기|검도|합기도|축구|농구|야구|배구|피구|공에|공을|체육관|도장에서|운동하다|"
    r"모기|파리|벌레|바퀴|쥐|날파리|초파리|개미|진드기|좀비|몬스터|보스|몹|게임|캐릭터|세균|곰팡이|잡초"
)
_ABUSER_RE = re.compile(_ABUSER + r"(?:이|가|은|는|한테|에게|께서)")


# Rules whose grammar already says "I" (a wish/intention in the speaker's voice): never explained away.
_FIRST_PERSON_RULES = frozenset(
    {
        "farewell_proxy",
        "wish_die_c",
        "wish_die",
        "self_wish",
        "not_live",
        "dont_want_live",
        "suicide_thought",
        "without_me",
        "without_me2",
        "burden",
        "pills_saved",
    }
)


def _hyperbole_filter(c: str, hits: List[Hit]) -> List[Hit]:
    """ "힘들어 죽겠어" alone is hyperbole; with a real wish or method it is not."""
    if not _HYPERBOLE.search(c):
        return hits
    strong = [h for h in hits if h.rule not in ("die_how4",)]
    return strong


def _TYPO_SURFACE(sent: str) -> str:
    """The sentence with the typo map applied but spaces kept (for mecab)."""
    t = unicodedata.normalize("NFC", sent)
    for a, b in _TYPOS:
        if a in t:
            t = t.replace(a, b)
    return t


def _surface_evidence(sent: str, lemma_match: str) -> str:
    """A readable phrase for the counselor: the sentence (trimmed) that raised the hit."""
    s = sent.strip()
    return s if len(s) <= 80 else s[:77] + "…"
