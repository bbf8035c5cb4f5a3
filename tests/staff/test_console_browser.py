"""Playwright (Debian Chromium, headless) walk through the staff console.

The console is mounted on the real public web app (bot.web.app.create_app);
conversations are seeded through MaskingSQLTrackerStore (see conftest).
Needs /usr/bin/chromium (apt-get install -y chromium); never downloads a browser.
Writes reports/staff-console.png (reports/ is git-ignored).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from aiohttp import web

CHROMIUM = "/usr/bin/chromium"
REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium not installed")
TIMEOUT_MS = 15_000
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture
async def base_url(seeded_settings):
    from bot.web.app import create_app

    app = create_app("http://127.0.0.1:9", staff_settings=seeded_settings)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    yield f"http://{host}:{port}"
    await runner.cleanup()


@pytest.fixture
async def page():
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        ctx = await browser.new_context(locale="ko-KR", viewport={"width": 1280, "height": 900})
        ctx.set_default_timeout(TIMEOUT_MS)
        pg = await ctx.new_page()
        try:
            yield pg
        finally:
            await ctx.close()
            await browser.close()


UNLABELLED_JS = """() => Array.from(document.querySelectorAll('input, select, textarea'))
  .filter(el => el.type !== 'hidden')
  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
  .map(el => el.name || el.id)"""


async def test_login_filter_open_transcript_mark_reviewed(base_url, page, h):
    from playwright.async_api import expect

    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    await page.goto(base_url + "/staff/conversations")
    assert "/staff/login" in page.url  # not logged in: sent to the login form
    # an admin sees every center's conversations (counselors only those routed to their center)
    await page.get_by_label("아이디").fill(h.ADMIN[0])
    await page.get_by_label("비밀번호").fill(h.ADMIN[1])
    await page.get_by_role("button", name="로그인").click()
    await expect(page.get_by_role("heading", name="대화함")).to_be_visible()
    await expect(page.locator("#result-count")).to_contain_text("전체 4건 중 4건")
    assert await page.evaluate(UNLABELLED_JS) == []

    # filter: KakaoTalk conversations with a fallback
    await page.get_by_label("채널").select_option("kakao")
    await page.get_by_label("이해 실패").select_option("yes")
    await page.get_by_role("button", name="조회").click()
    await expect(page.locator("#result-count")).to_contain_text("전체 4건 중 1건")
    rows = page.locator("table.grid tbody tr")
    await expect(rows).to_have_count(1)
    await expect(rows.first).to_contain_text("kakao-lee-0002")

    # open the transcript
    await page.get_by_role("link", name="kakao-lee-0002").click()
    await expect(page.get_by_role("heading", name="대화 내용")).to_be_visible()
    await expect(page.locator(".readable .msg.user.fallback")).to_contain_text("ㅁㄴㅇㄹ")
    await expect(page.locator(".readable .msg.user").first).to_contain_text(
        "필요: 일자리·실업, 육아·돌봄"
    )  # facts beside the line
    await expect(page.locator(".readable .msg.bot").first).to_contain_text("취업과 보육 지원")
    # the Rasa trace stays behind its toggle
    await expect(page.locator(".trace .msg.user").first).to_be_hidden()
    await page.get_by_text("처리 기록 보기").click()
    await expect(page.locator(".trace .msg.user").first).to_contain_text("inform_need")
    await expect(page.locator("#review-status")).to_have_text("미검토")
    assert await page.evaluate(UNLABELLED_JS) == []

    # mark reviewed
    await page.get_by_label("검토 상태").select_option("reviewed")
    await page.get_by_role("button", name="상태 저장").click()
    await expect(page.locator("p.info")).to_have_text("검토 상태를 저장했습니다.")
    await expect(page.locator("#review-status")).to_contain_text("검토 완료")
    await expect(page.locator("#review-status")).to_contain_text(h.ADMIN[0])
    out = REPO / "reports" / "staff-console.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 10_000

    # back in the inbox, the review-status filter finds it
    await page.goto(base_url + "/staff/conversations?status=reviewed")
    await expect(page.locator("table.grid tbody tr")).to_have_count(1)
    await expect(page.locator("table.grid tbody")).to_contain_text("검토 완료")

    await page.screenshot(path=str(REPO / "reports" / "staff-console-inbox.png"), full_page=True)

    await page.goto(base_url + "/staff/conversations/web-kim-0001")
    await expect(page.locator(".readable .msg.user").nth(2)).to_contain_text("010-****-5678")
    assert errors == []  # no CSP violations or script errors


async def test_every_page_renders_accessibly_for_admin(base_url, page, h):
    """Each console page loads without errors/CSP violations, every field has a label."""
    from playwright.async_api import expect

    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    await page.goto(base_url + "/staff/login")
    await page.get_by_label("아이디").fill(h.ADMIN[0])
    await page.get_by_label("비밀번호").fill(h.ADMIN[1])
    await page.get_by_role("button", name="로그인").click()
    await expect(page.get_by_role("heading", name="대화함")).to_be_visible()
    for path, heading in [
        ("/staff/conversations", "대화함"),
        ("/staff/conversations/kakao-lee-0002", "대화 내용"),
        ("/staff/bookings", "상담 예약"),
        ("/staff/dashboard", "대시보드"),
        ("/staff/exports", "학습 데이터 내보내기"),
        ("/staff/account", "내 계정"),
        ("/staff/admin/users", "사용자 관리"),
        ("/staff/admin/audit", "감사 로그"),
        ("/staff/admin/retention", "대화 보존 기간과 삭제"),
    ]:
        await page.goto(base_url + path)
        await expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
        assert await page.evaluate(UNLABELLED_JS) == [], path
        assert await page.evaluate("() => document.documentElement.lang") == "ko"
    await page.goto(base_url + "/staff/dashboard")
    await page.screenshot(path=str(REPO / "reports" / "staff-console-dashboard.png"), full_page=True)
    assert errors == []
