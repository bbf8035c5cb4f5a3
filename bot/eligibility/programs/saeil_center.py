"""여성새로일하기센터 (새일센터) — 경력단절여성등 (여성경제활동법 2조: 일한 적 없는 여성 포함)."""

from ..screen import Screen

ID = "saeil_center"


def career_break_woman(s: Screen):
    cbw = s.get("career_break_woman")
    if cbw is True:
        s.likely("career_break")
    elif s.get("gender") == "male":
        s.unlikely("men")
    elif s.get("employment_status") == "never_worked":
        if s.need("gender") == "female":
            s.likely("never_worked_woman")
    elif s.need("career_break_woman") is False:
        s.unlikely("not_career_break")


CONDITIONS = (career_break_woman,)


def amount(s: Screen):
    return None
