"""장애인 취업지원 (한국장애인고용공단)."""

from ..screen import Screen

ID = "disability_employment"


def disability(s: Screen):
    v = s.need("disability")
    if v is True:
        s.likely("disabled")
    elif v is False:
        s.unlikely("not_disabled")


CONDITIONS = (disability,)


def amount(s: Screen):
    return None
