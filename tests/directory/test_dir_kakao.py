"""Optional Kakao Local geocoding against a loopback fake server (no real network)."""

from bot.directory import kakao_local as kakao
from bot.directory import resolve_text


def test_disabled_without_key(no_kakao):
    assert kakao.enabled() is False
    assert kakao.geocode("코엑스") is None


def test_keyword_fallback_after_empty_address_search(fake_kakao):
    hit = kakao.geocode("코엑스")
    assert hit == {"lat": 37.5115, "lon": 127.0588, "address_name": "서울 강남구 삼성동 159", "source": "kakao-keyword"}
    paths = [c[0] for c in fake_kakao.calls]
    assert paths == ["/v2/local/search/address.json", "/v2/local/search/keyword.json"]
    assert all(c[2] == "KakaoAK test-key" for c in fake_kakao.calls)


def test_resolve_text_uses_kakao_for_unknown_places(fake_kakao):
    r = resolve_text("코엑스")
    assert r["center"]["name"] == "서울강남고용센터"
    assert r["region"]["sigungu"] == "강남구"
    assert r["geocoder"] == "kakao-keyword"
    assert r["query"] == "코엑스"
    assert "카카오" in r["message"]


def test_kakao_disambiguates_an_ambiguous_address(fake_kakao):
    r = resolve_text("중구 세종대로 110")
    assert r["center"]["name"] == "서울고용센터"
    assert r["region"]["sido"] == "서울특별시" and r["region"]["sigungu"] == "중구"
    assert r["geocoder"] == "kakao-address"


def test_offline_hit_does_not_call_kakao(fake_kakao):
    r = resolve_text("서울 마포구")
    assert r["center"]["name"] == "서울서부고용센터"
    assert fake_kakao.calls == []


def test_timeout_falls_back_offline(fake_kakao, monkeypatch):
    fake_kakao.mode = "slow"  # server sleeps 1 s, client timeout 0.3 s
    assert kakao.geocode("코엑스") is None
    # 1 attempt + 2 retries on the address endpoint, then the same on keyword
    assert [c[0] for c in fake_kakao.calls].count("/v2/local/search/address.json") == 3
    r = resolve_text("코엑스")
    assert r["center"] is None and "찾지 못했어요" in r["message"]
    fake_kakao.mode = "ok"
    assert resolve_text("마포구")["center"]["name"] == "서울서부고용센터"


def test_server_error_is_retried_then_given_up(fake_kakao):
    fake_kakao.mode = "error500"
    assert kakao.geocode("코엑스") is None
    assert len(fake_kakao.calls) == 6  # 3 attempts x 2 endpoints


def test_unauthorized_is_not_retried(fake_kakao):
    fake_kakao.mode = "unauthorized"
    assert kakao.geocode("코엑스") is None
    assert len(fake_kakao.calls) == 2  # one per endpoint


def test_bad_json_and_connection_refused(fake_kakao, monkeypatch):
    fake_kakao.mode = "badjson"
    assert kakao.geocode("코엑스") is None
    fake_kakao.close()  # nothing listens on the port any more
    assert kakao.geocode("코엑스") is None
    assert resolve_text("분당")["center"]["name"] == "성남고용센터"


def test_timeout_is_capped_at_three_seconds(monkeypatch):
    monkeypatch.setenv("KAKAO_TIMEOUT_S", "30")
    assert kakao._timeout() == 3.0
    monkeypatch.setenv("KAKAO_TIMEOUT_S", "nonsense")
    assert kakao._timeout() == 3.0
