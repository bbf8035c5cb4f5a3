"""Hypothesis strategies for hostile user input (shared by the fuzz tests)."""

from __future__ import annotations

import json
import re

from hypothesis import strategies as st

HANGUL_RE = re.compile(r"[가-힣]")

NASTY = [
    "",
    " ",
    "\n\n\t",
    "/",
    "//",
    "/greet",
    "/restart",
    '/inform{"consent":"given"}',
    '/book{"booking_confirm":true}',
    "  /affirm",
    "/intent{…}",
    "'; DROP TABLE events; --",
    "1' OR '1'='1",
    '" OR 1=1 --',
    "Robert'); DROP TABLE bookings;--",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</textarea><svg/onload=alert(1)>",
    "javascript:alert(1)",
    "{{7*7}}",
    "${7*7}",
    "{% raw %}",
    "#{7*7}",
    "${jndi:ldap://127.0.0.1/a}",
    "%s%s%s%n",
    "{0.__class__}",
    "9" * 400,
    "99999999999999999999999999999999 만원",
    "1e309",
    "-1",
    "NaN",
    "Infinity",
    "0x7fffffff",
    "-0",
    "마이너스 천억 살이에요",
    "나이는 999999999999살",
    "월 1,000,000,000,000,000원 벌어요",
    "مرحبا، أريد المساعدة في العمل",
    "שלום, אני מחפש עבודה",
    "\u202e요세하녕안",
    "a\u200bb\u200cc\u200d",
    "\ufeff안녕하세요",
    "👨‍👩‍👧‍👦🙂🔥" * 30,
    "🇰🇷" * 200,
    "ㅋ" * 999,
    "ㅠㅠㅠㅠ",
    "…",
    "。。。",
    "\x00",
    "\x00\x01\x02\x1b[31mred\x1b[0m",
    "\x7f\x80\x9f",
    "줄\r\n바꿈\r끝",
    "\t탭\t",
    "010-1234-5678",
    "900101-1234567",
    "110-123-456789",
    "주민번호 9001011234567",
    "예약번호 ABC123",
    "실업급여 받을 수 있나요?",
    "빚 때문에 죽고 싶어요",
    "마포구 고용센터 어디예요",
    "동의합니다",
    "네",
    "아니요",
    "가" * 1001,
    "a" * 100_000,
    "가" * 34_000,
    "\ud800",
    "\udfff\ud800",
    "A\u0301\u0301\u0301",
]

KOREAN_BITS = [
    "실업급여",
    "일자리",
    "빚",
    "월세",
    "아이",
    "돌봄",
    "동의",
    "네",
    "아니요",
    "45살",
    "3인 가구",
    "월 150만원",
    "고용센터",
    "마포구",
    "부산",
    "예약",
    "취소",
    "내일 오후 2시",
    "건너뛰기",
    "상담원",
]

# text: any unicode (incl. lone surrogates), nasty samples, and Korean mixed with noise
user_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.tuples(
        st.sampled_from(KOREAN_BITS), st.sampled_from(NASTY[:60]), st.sampled_from(KOREAN_BITS), st.text(max_size=6)
    ).map(" ".join),
    st.tuples(st.sampled_from(NASTY[:60]), st.sampled_from(KOREAN_BITS)).map("".join),
    st.integers(min_value=1, max_value=5000).map(lambda n: "가나다라 " * n),
)

json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "x", "가", "1e999", "\u0000"]),
)
json_any = st.one_of(
    json_scalar,
    st.lists(json_scalar, max_size=3),
    st.dictionaries(st.sampled_from(["a", "lat", "lon", "text", ""]), json_scalar, max_size=3),
)

senders = st.one_of(
    st.sampled_from(
        ["fuzz-1", "fuzz-2", "a" * 128, "a" * 129, "", " ", "../../etc/passwd", "x;DROP", "유저", "u\x00", "web-x"]
    ),
    st.text(max_size=10),
    st.integers(),
    st.none(),
)

metadata = st.one_of(
    st.none(),
    json_any,
    st.builds(
        lambda lat, lon: {"location": {"lat": lat, "lon": lon}},
        st.one_of(st.floats(), st.sampled_from(["37.5", "x", ""])),
        st.one_of(st.floats(), st.sampled_from(["127.0", "NaN", None])),
    ),
    st.builds(lambda t: {"location_text": t}, st.one_of(user_text, json_scalar)),
)


def _dumps(obj) -> bytes:
    # allow_nan: NaN/Infinity literals are "JSON" some clients send; lone surrogates are escaped
    return json.dumps(obj, ensure_ascii=True, allow_nan=True).encode("utf-8")


def _broken(raw: bytes, cut: int) -> bytes:
    return raw[: max(0, len(raw) - 1 - cut % max(1, len(raw)))]


rest_dict = st.builds(
    lambda s, m, md, extra: {
        **({"sender": s} if s is not None else {}),
        "message": m,
        **({"metadata": md} if md is not None else {}),
        **extra,
    },
    senders,
    st.one_of(user_text, user_text, json_any),
    metadata,
    st.dictionaries(st.sampled_from(["input_channel", "stream", "intent", "__proto__"]), json_scalar, max_size=2),
)


def rest_bodies(fixed_sender=None):
    dicts = rest_dict if fixed_sender is None else rest_dict.map(lambda d: {**d, "sender": fixed_sender})
    return st.one_of(
        dicts.map(_dumps),
        st.builds(_broken, dicts.map(_dumps), st.integers(min_value=0, max_value=50)),
        st.binary(max_size=60),
        st.sampled_from(
            [
                b"",
                b"null",
                b"[]",
                b"{}",
                b'"x"',
                b"\xff\xfe\x00",
                b'{"sender": "a", "message": "\xed\xa0\x80"}',
                b"{" * 5000,
                b"[" * 100_000,
                b'{"sender":"a","message":"' + "가".encode() * 40_000 + b'"}',
            ]
        ),
        json_any.map(_dumps),
    )


def kakao_dict(utterance, user_id, params):
    return {
        "intent": {"id": "i", "name": "폴백 블록"},
        "userRequest": {
            "timezone": "Asia/Seoul",
            "utterance": utterance,
            "lang": "ko",
            "user": {"id": user_id, "type": "botUserKey", "properties": {}},
            "params": {"surface": "Kakaotalk.plusfriend"},
        },
        "bot": {"id": "b", "name": "봇"},
        "action": {"name": "a", "id": "x", "params": params, "detailParams": {}},
        "contexts": [],
    }


kakao_users = st.one_of(
    st.sampled_from(["kakao-user-1", "kakao-user-2", "", " ", "유저\x00"]),
    st.text(max_size=10),
    st.integers(),
    st.none(),
)


def kakao_bodies(fixed_user=None):
    users = kakao_users if fixed_user is None else st.just(fixed_user)
    dicts = st.builds(
        kakao_dict,
        st.one_of(user_text, json_any),
        users,
        st.one_of(
            st.just({}),
            st.dictionaries(
                st.sampled_from(["location", "sys_location", "주소", "x"]),
                st.one_of(user_text, json_scalar),
                max_size=2,
            ),
        ),
    )
    mangled = st.builds(
        lambda d, k: {kk: v for kk, v in d.items() if kk != k},
        dicts,
        st.sampled_from(["userRequest", "action", "bot", "intent"]),
    )
    return st.one_of(
        dicts.map(_dumps),
        mangled.map(_dumps),
        st.builds(_broken, dicts.map(_dumps), st.integers(min_value=0, max_value=80)),
        st.binary(max_size=60),
        json_any.map(_dumps),
        st.sampled_from([b"", b"null", b'{"userRequest": []}', b"{" * 5000]),
    )


def polite(text) -> bool:
    """A polite Korean reply: a non-empty string with Hangul in it."""
    return isinstance(text, str) and bool(text.strip()) and bool(HANGUL_RE.search(text))


def rest_messages(sender: str):
    """Well-formed REST bodies from one conversation with hostile text: these reach Rasa's NLU."""
    return st.builds(
        lambda m, md: _dumps({"sender": sender, "message": m, **({"metadata": md} if md else {})}),
        user_text,
        st.one_of(st.none(), metadata),
    )


def kakao_messages(user_id: str):
    """Well-formed skill payloads from one Kakao user with hostile utterances."""
    return st.builds(lambda u: _dumps(kakao_dict(u, user_id, {})), user_text)
