"""국민내일배움카드 (직업훈련비) — 고용센터 / 고용24."""

from ..screen import Screen

ID = "tomorrow_learning_card"
G = "tomorrow_learning_card"


def age(s: Screen):
    limit = s.param(f"{G}.age_max_exclusive")
    a = s.need("age")
    if a is not None:
        (s.unlikely if a >= limit else s.likely)("age_over" if a >= limit else "age_ok", age=a, limit=limit)


def status(s: Screen):
    st = s.need("employment_status")
    if st == "student":
        s.refer("student")
    elif st in ("employed", "self_employed"):
        s.likely("working")
    elif st is not None:
        s.likely("jobseeker")
    s.caveat("civil_servants")


CONDITIONS = (age, status)


def amount(s: Screen):
    special = s.get("single_parent") is True or s.get("disability") is True
    amt = s.param(f"{G}.amount_special") if special else s.param(f"{G}.amount")
    s.set_amount(
        "amount_special" if special else "amount_general",
        total=amt,
        maximum=True,
        amt=amt,
        sp_amt=s.peek(f"{G}.amount_special"),
    )
