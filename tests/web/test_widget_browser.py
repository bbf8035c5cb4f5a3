"""Playwright (Debian Chromium, headless) tests of the widget against a fake Rasa.

Needs /usr/bin/chromium (apt-get install -y chromium); never downloads a browser.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.web.conftest import BackgroundServers

CHROMIUM = "/usr/bin/chromium"
REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium not installed")

sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def servers():
    s = BackgroundServers(rasa_timeout=3.0, slow_seconds=1.0).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser, servers):
    servers.fake.received.clear()
    ctx = browser.new_context(locale="ko-KR")
    ctx.set_default_timeout(TIMEOUT_MS)
    pg = ctx.new_page()
    pg.goto(servers.url + "/")
    yield pg
    ctx.close()


def send(page, text):
    page.fill("#chat-input", text)
    page.click("#chat-send")


def bot_texts(page):
    return page.locator("#chat-log .msg-bot").all_inner_texts()


def wait_idle(page):
    page.wait_for_selector('body[data-chat-state="idle"]')


def test_accessible_structure(page):
    log = page.locator("#chat-log")
    assert log.get_attribute("role") == "log" and log.get_attribute("aria-live") == "polite"
    assert page.get_by_label("메시지 입력").count() == 1
    assert page.locator("html").get_attribute("lang") == "ko"
    assert page.get_by_role("button", name="새 대화").is_visible()
    assert page.get_by_role("button", name="내 위치로 찾기").first.is_visible()
    assert "상담 도우미" in bot_texts(page)[0]  # local welcome


def test_send_text_and_quick_reply(page, servers):
    send(page, "안녕하세요")
    page.wait_for_selector("text=어떤 도움이 필요하세요?")
    assert page.locator("#chat-log .msg-user").last.inner_text().endswith("안녕하세요")
    page.get_by_role("button", name="일자리").click()
    page.wait_for_selector("text=받은 말: 일자리를 찾고 있어요")
    assert servers.fake.received[-1]["message"] == "일자리를 찾고 있어요"
    # quick replies of earlier turns are disabled
    assert page.get_by_role("button", name="빚 상담").is_disabled()
    senders = {r["sender"] for r in servers.fake.received}
    assert len(senders) == 1 and next(iter(senders)).startswith("web-")


def test_typing_indicator_while_waiting(page):
    assert page.locator("#chat-typing").is_hidden()
    send(page, "느리게 답해 주세요")
    page.wait_for_selector("#chat-typing", state="visible")
    assert page.locator("body").get_attribute("data-chat-state") == "waiting"
    assert page.locator("#chat-send").is_disabled()
    page.wait_for_selector("text=받은 말: 느리게 답해 주세요")
    wait_idle(page)
    assert page.locator("#chat-typing").is_hidden()


def test_transcript_survives_reload_and_reset_clears(page, servers):
    send(page, "안녕하세요")
    page.wait_for_selector("text=어떤 도움이 필요하세요?")
    before = page.locator("#chat-log > *").all_inner_texts()
    sender = page.evaluate("localStorage.getItem('gbchat.sender')")
    page.reload()
    page.wait_for_selector("text=어떤 도움이 필요하세요?")
    assert page.locator("#chat-log > *").all_inner_texts() == before
    assert page.evaluate("localStorage.getItem('gbchat.sender')") == sender
    # latest quick replies stay usable after reload
    assert page.get_by_role("button", name="일자리").is_enabled()
    page.get_by_role("button", name="일자리").click()
    page.wait_for_selector("text=받은 말: 일자리를 찾고 있어요")
    assert servers.fake.received[-1]["sender"] == sender

    page.click("#chat-reset")
    assert page.locator("#chat-log .msg-user").count() == 0
    assert page.evaluate("localStorage.getItem('gbchat.sender')") != sender
    assert page.evaluate("document.activeElement.id") == "chat-input"


def users_kept(page) -> str:
    """What localStorage keeps of the person's own messages (the fake Rasa echoes them back verbatim as
    "받은 말: …", which the real bot never does with an identifier)."""
    return page.evaluate(
        "JSON.stringify(JSON.parse(localStorage.getItem('gbchat.transcript') || '[]')"
        ".filter(function (e) { return e.from === 'user'; }))"
    )


def test_deletion_also_clears_the_browser_copy(page, servers):
    send(page, "제 번호는 010-1234-5678이에요")
    page.wait_for_selector("text=받은 말: 제 번호는")
    wait_idle(page)
    kept = users_kept(page)
    assert "010-1234-5678" not in kept and "010-****-5678" in kept  # the browser keeps the masked copy
    assert "010-1234-5678" in page.locator("#chat-log").inner_text()  # shown as typed until a reload
    old_sender = page.evaluate("localStorage.getItem('gbchat.sender')")
    page.evaluate("sessionStorage.setItem('gbchat.transcript', 'x')")
    send(page, "내 기록 삭제")
    page.wait_for_selector("text=대화 기록을 모두 삭제했어요")
    wait_idle(page)
    assert page.evaluate("localStorage.getItem('gbchat.transcript')") is None
    assert page.evaluate("sessionStorage.getItem('gbchat.transcript')") is None
    assert page.evaluate("localStorage.getItem('gbchat.sender')") is None
    assert "010-1234-5678" not in page.locator("#chat-log").inner_text()  # gone from the page too
    page.reload()
    page.wait_for_selector("#chat-log .msg-bot")
    assert "010-1234-5678" not in page.locator("#chat-log").inner_text()
    assert "대화 기록을 모두 삭제했어요" not in page.locator("#chat-log").inner_text()
    send(page, "안녕하세요")
    page.wait_for_selector("text=어떤 도움이 필요하세요?")
    assert servers.fake.received[-1]["sender"] != old_sender  # a fresh conversation id


def test_the_browser_keeps_identifiers_masked_whoever_answers(page, servers):
    def kept():
        return users_kept(page)

    send(page, "주민번호 900101-1234567 이에요")  # the proxy answers with its masked copy
    page.wait_for_selector("text=받은 말: 주민번호")
    wait_idle(page)
    assert "900101-1******" in kept() and "1234567" not in kept()
    servers.fake.mode = "error500"  # Rasa fails: the proxy still masks
    try:
        send(page, "카드 1234-5678-9012-3456")
        wait_idle(page)
    finally:
        servers.fake.mode = "normal"
    assert "5678-9012" not in kept()
    page.route("**/api/chat", lambda route: route.abort())  # nobody answers: the widget masks itself
    send(page, "계좌 110 234 567890 으로 보내요")
    wait_idle(page)
    assert "567890" not in kept() and "110 ***" in kept()
    page.unroute("**/api/chat")
    page.reload()
    page.wait_for_selector("#chat-log .msg-user")
    shown = " ".join(page.locator("#chat-log .msg-user").all_inner_texts())
    assert "900101-1******" in shown and "1234567" not in shown  # after a reload, the masked copy


def test_keyboard_only_send(page, servers):
    for _ in range(20):
        if page.evaluate("document.activeElement && document.activeElement.id") == "chat-input":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "chat-input"
    page.keyboard.type("키보드로 보냅니다")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=받은 말: 키보드로 보냅니다")
    assert servers.fake.received[-1]["message"] == "키보드로 보냅니다"
    # Shift+Enter makes a newline instead of sending
    page.keyboard.type("첫 줄")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("둘째 줄")
    assert page.input_value("#chat-input") == "첫 줄\n둘째 줄"


def test_slash_is_stripped_in_widget_and_text_is_not_html(page, servers):
    send(page, "/greet <b>굵게</b>")
    page.wait_for_selector("text=받은 말: greet <b>굵게</b>")
    assert servers.fake.received[-1]["message"] == "greet <b>굵게</b>"
    assert page.locator("#chat-log b").count() == 0


def test_geolocation_sends_metadata(browser, servers):
    servers.fake.received.clear()
    ctx = browser.new_context(
        locale="ko-KR", permissions=["geolocation"], geolocation={"latitude": 37.5665, "longitude": 126.978}
    )
    ctx.set_default_timeout(TIMEOUT_MS)
    try:
        pg = ctx.new_page()
        pg.goto(servers.url + "/")
        pg.click("#chat-locate")
        pg.wait_for_selector("text=받은 말: 내 위치로 센터 찾기")
        last = servers.fake.received[-1]
        assert last["message"] == "내 위치로 센터 찾기"
        assert last["metadata"] == {"location": {"lat": 37.5665, "lon": 126.978}}
    finally:
        ctx.close()


def test_geolocation_denied_gives_polite_notice(page, servers):
    page.click("#chat-locate")
    page.wait_for_selector("#chat-log .msg-notice")
    assert "시·군·구" in page.locator("#chat-log .msg-notice").inner_text()
    assert servers.fake.received == []


def test_center_card_results_and_location_request(page, servers):
    send(page, "센터 알려줘")
    card = page.locator(".center-card")
    card.wait_for()
    assert "서울고용복지플러스센터" in card.inner_text()
    assert "정보 확인 필요" in card.inner_text()  # verified: false
    assert card.locator('a[data-action="call"]').get_attribute("href") == "tel:02-2004-7301".replace("-", "")
    map_link = card.locator('a[data-action="map"]')
    assert map_link.get_attribute("target") == "_blank"
    assert "noopener" in map_link.get_attribute("rel")

    send(page, "제도 목록")
    results = page.locator(".results-card")
    results.wait_for()
    assert results.locator("li.result-item").count() == 2
    assert page.locator("#chat-log img").count() == 0  # hostile title rendered as text
    assert "<img src=x onerror=alert(1)>" in results.inner_text()
    results.get_by_role("button", name="국민취업지원제도 자세히 보기").click()
    page.wait_for_selector("text=받은 말: 자세히 국민취업지원제도")

    send(page, "센터 찾기")
    page.locator(".locate-box button.locate-inline").wait_for()
    assert page.locator(".locate-box button.locate-inline").is_enabled()


def test_mobile_layout_touch_targets_and_screenshot(browser, servers):
    ctx = browser.new_context(
        locale="ko-KR", viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    ctx.set_default_timeout(TIMEOUT_MS)
    try:
        pg = ctx.new_page()
        pg.goto(servers.url + "/")
        send(pg, "안녕하세요")
        pg.wait_for_selector("text=어떤 도움이 필요하세요?")
        send(pg, "센터 알려줘")
        pg.locator(".center-card").wait_for()
        wait_idle(pg)
        # no horizontal scrolling on a phone
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
        for btn in pg.locator("button:visible, a.btn:visible").all():
            box = btn.bounding_box()
            assert box and box["height"] >= 44 and box["width"] >= 44, btn.inner_text()
        out = REPO / "reports" / "web-widget.png"
        out.parent.mkdir(exist_ok=True)
        pg.screenshot(path=str(out), full_page=False)
        assert out.stat().st_size > 10_000
    finally:
        ctx.close()
