"""중장년내일센터 — 만 40세 이상 재직·구직 중장년."""

from ..screen import Screen

ID = "middle_aged_job_center"
G = "middle_aged_job_center"


def age(s: Screen):
    amin = s.param(f"{G}.age_min")
    a = s.need("age")
    if a is not None:
        (s.likely if a >= amin else s.unlikely)("age_ok" if a >= amin else "age_under", age=a)


CONDITIONS = (age,)


def amount(s: Screen):
    return None
