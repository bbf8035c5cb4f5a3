/*
 * 고용복지+센터 상담 도우미 — chat widget (plain JS, no build step).
 *
 * Why our own widget: a small widget over the Rasa REST proxy was chosen
 * instead of rasa-webchat, because rasa-webchat 1.0.1 targets Rasa 2.x
 * (socket.io) and pulls in React 16.
 *
 * Server contract: POST /api/chat {"sender","message","metadata"?}
 *   -> {"status","sender","messages":[{text?,buttons?,image?,custom?}],"truncated"}
 *
 * Stable hooks for tests and other code (please keep them):
 *   #chat-log            role="log", aria-live="polite"; every entry is a child
 *   .msg.msg-user        a user message   (data-from="user")
 *   .msg.msg-bot         a bot text bubble (data-from="bot")
 *   .msg.msg-notice      a local notice (e.g. geolocation error) (data-from="notice")
 *   .quick-replies > button.quick-reply   quick replies (accessible name = button title;
 *                        data-payload = text that is sent). Only the latest set is enabled.
 *   .card.center-card    a center card (a[data-action="call"], a[data-action="map"])
 *   .card.results-card   a results list (li.result-item, button.result-detail)
 *   .locate-box button.locate-inline   the in-conversation "내 위치로 찾기" button
 *   #chat-typing         typing indicator (role="status"; hidden attribute while idle)
 *   #chat-input, #chat-send, #chat-form   textarea (label "메시지 입력"), send button
 *   #chat-reset          "새 대화" (clears sender id + transcript)
 *   #chat-locate         "내 위치로 찾기" (sends "내 위치로 센터 찾기" + metadata.location)
 *   document.body[data-chat-state]  "idle" | "waiting"
 * localStorage keys: "gbchat.sender", "gbchat.transcript" (JSON list, last 200 entries). A user's
 * message is stored as the server's masked copy ("you": phone, 주민번호, account … starred), never raw.
 * When the bot answers "내 기록 삭제" (a message with custom {"type": "forget"}), both keys are
 * removed from localStorage and sessionStorage, the old messages leave the page and the next
 * message starts a new sender id: nothing of the deleted conversation stays in the browser.
 *
 * Safety: all bot/user text goes through textContent (never innerHTML); links
 * are limited to http(s)/tel and open with rel="noopener noreferrer".
 */
(function () {
  "use strict";

  var SENDER_KEY = "gbchat.sender";
  var TRANSCRIPT_KEY = "gbchat.transcript";
  var MAX_ENTRIES = 200;
  var LOCATION_MESSAGE = "내 위치로 센터 찾기";
  var REQUEST_TIMEOUT_MS = 30000;
  var WELCOME = {
    text: "안녕하세요. 고용복지+센터 상담 도우미예요.\n일자리, 빚(채무), 아이 돌봄, 주거, 생계 걱정을 편하게 말씀해 주세요. " +
      "받을 수 있을 만한 제도와 가까운 센터를 안내해 드려요.\n안내는 참고용이며 최종 결정은 담당 기관에서 합니다.",
    buttons: [{ title: "상담 시작하기", payload: "안녕하세요" }]
  };
  var UNAVAILABLE = "죄송해요, 지금 상담 챗봇에 연결하지 못했어요. 잠시 후 다시 시도해 주세요.\n" +
    "급하시면 고용노동부 고객상담센터(☎1350) 또는 보건복지상담센터(☎129)로 전화해 주세요.";
  var GEO_ERROR = "위치를 확인하지 못했어요. 사시는 곳의 시·군·구 이름(예: 서울 마포구)을 입력해 주시면 센터를 찾아 드릴게요.";
  var GEO_DENIED = "위치 사용이 허용되지 않았어요. 사시는 곳의 시·군·구 이름(예: 서울 마포구)을 입력해 주시면 센터를 찾아 드릴게요.";

  var log, form, input, sendBtn, typing, resetBtn, locateBtn;
  var busy = false;
  var queue = [];

  // ---------- storage ----------
  function storageGet(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function storageSet(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: keep in memory only */ }
  }
  function storageRemove(key) {
    try { window.localStorage.removeItem(key); } catch (e) { /* ignore */ }
    try { window.sessionStorage.removeItem(key); } catch (e) { /* ignore */ }
  }
  function newSenderId() {
    var id;
    if (window.crypto && window.crypto.randomUUID) {
      id = window.crypto.randomUUID().replace(/-/g, "");
    } else {
      id = "";
      for (var i = 0; i < 32; i++) { id += Math.floor(Math.random() * 16).toString(16); }
    }
    return "web-" + id;
  }
  function getSender() {
    var s = storageGet(SENDER_KEY);
    if (!s || !/^web-[A-Za-z0-9_-]{8,60}$/.test(s)) {
      s = newSenderId();
      storageSet(SENDER_KEY, s);
    }
    return s;
  }
  var transcript = [];
  function loadTranscript() {
    var raw = storageGet(TRANSCRIPT_KEY);
    if (!raw) { return []; }
    try {
      var t = JSON.parse(raw);
      return Array.isArray(t) ? t.filter(function (e) { return e && typeof e === "object"; }) : [];
    } catch (e) { return []; }
  }
  function saveEntry(entry) {
    transcript.push(entry);
    if (transcript.length > MAX_ENTRIES) { transcript = transcript.slice(-MAX_ENTRIES); }
    storageSet(TRANSCRIPT_KEY, JSON.stringify(transcript));
  }

  // ---------- DOM helpers ----------
  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "className") { n.className = attrs[k]; } else { n.setAttribute(k, attrs[k]); }
      });
    }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }
  function safeHttpUrl(u) {
    if (typeof u !== "string") { return null; }
    try {
      var url = new URL(u, window.location.href);
      return (url.protocol === "https:" || url.protocol === "http:") ? url.href : null;
    } catch (e) { return null; }
  }
  function telHref(phone) {
    if (typeof phone !== "string") { return null; }
    var digits = phone.replace(/[^0-9+]/g, "");
    return digits.length >= 3 ? "tel:" + digits : null;
  }
  function externalLink(href, label, action) {
    var a = el("a", { href: href, className: "btn btn-secondary", "data-action": action }, label);
    if (href.indexOf("tel:") !== 0) {
      a.setAttribute("target", "_blank");
      a.setAttribute("rel", "noopener noreferrer");
    }
    return a;
  }
  function scrollToEnd() { log.scrollTop = log.scrollHeight; }
  function str(v) { return (typeof v === "string" || typeof v === "number") ? String(v) : ""; }

  function disableOldQuickReplies() {
    var olds = log.querySelectorAll("button.quick-reply, button.result-detail, button.locate-inline");
    for (var i = 0; i < olds.length; i++) { olds[i].disabled = true; }
  }

  // ---------- renderers ----------
  function renderUser(text) {
    var n = el("div", { className: "msg msg-user", "data-from": "user" });
    n.appendChild(el("span", { className: "visually-hidden" }, "나: "));
    n.appendChild(document.createTextNode(text));
    log.appendChild(n);
  }
  function renderNotice(text) {
    log.appendChild(el("div", { className: "msg msg-notice", "data-from": "notice" }, text));
  }
  function renderButtons(buttons) {
    var group = el("div", { className: "quick-replies", role: "group", "aria-label": "빠른 답변" });
    buttons.forEach(function (b) {
      if (!b || typeof b !== "object") { return; }
      var title = str(b.title) || str(b.payload);
      var payload = str(b.payload) || title;
      if (!title) { return; }
      var btn = el("button", { type: "button", className: "btn quick-reply", "data-payload": payload }, title);
      btn.addEventListener("click", function () { send(payload); });
      group.appendChild(btn);
    });
    if (group.childNodes.length) { log.appendChild(group); }
  }
  function renderCenter(c) {
    if (!c || typeof c !== "object") { return; }
    var card = el("article", { className: "card center-card", "data-from": "bot" });
    card.appendChild(el("span", { className: "visually-hidden" }, "챗봇: 센터 안내 "));
    card.appendChild(el("h2", null, str(c.name) || "고용복지+센터"));
    if (c.verified === true) {
      card.appendChild(el("span", { className: "badge badge-ok" }, "확인된 정보"));
    } else {
      card.appendChild(el("span", { className: "badge badge-warn" }, "정보 확인 필요 · 방문 전 전화로 확인해 주세요"));
    }
    if (str(c.address)) { card.appendChild(el("p", null, "주소: " + str(c.address))); }
    if (str(c.phone)) { card.appendChild(el("p", null, "전화: " + str(c.phone))); }
    if (str(c.hours)) { card.appendChild(el("p", null, "운영 시간: " + str(c.hours))); }
    if (Array.isArray(c.desks) && c.desks.length) {
      card.appendChild(el("p", null, "상담 창구:"));
      var ul = el("ul");
      c.desks.forEach(function (d) {
        var label = typeof d === "object" && d ? (str(d.name) || str(d.title)) : str(d);
        if (label) { ul.appendChild(el("li", null, label)); }
      });
      card.appendChild(ul);
    }
    var actions = el("div", { className: "card-actions" });
    var tel = telHref(c.phone);
    if (tel) { actions.appendChild(externalLink(tel, "전화하기", "call")); }
    var map = safeHttpUrl(c.map_url);
    if (map) { actions.appendChild(externalLink(map, "지도 보기 (새 창)", "map")); }
    if (actions.childNodes.length) { card.appendChild(actions); }
    log.appendChild(card);
  }
  function renderResults(r) {
    if (!r || typeof r !== "object") { return; }
    var card = el("section", { className: "card results-card", "data-from": "bot" });
    card.appendChild(el("h2", null, str(r.title) || "안내 결과"));
    var ul = el("ul", { className: "results-list" });
    (Array.isArray(r.items) ? r.items : []).forEach(function (it) {
      if (!it || typeof it !== "object") { return; }
      var li = el("li", { className: "result-item" });
      li.appendChild(el("div", { className: "result-title" }, str(it.title)));
      if (str(it.description)) { li.appendChild(el("p", null, str(it.description))); }
      var payload = str(it.detail_payload);
      if (payload) {
        var b = el("button", { type: "button", className: "btn btn-secondary result-detail", "data-payload": payload,
          "aria-label": (str(it.title) || "항목") + " 자세히 보기" }, "자세히");
        b.addEventListener("click", function () { send(payload); });
        li.appendChild(b);
      }
      ul.appendChild(li);
    });
    card.appendChild(ul);
    log.appendChild(card);
  }
  function renderLocationRequest() {
    var box = el("div", { className: "locate-box", "data-from": "bot" });
    box.appendChild(el("div", { className: "msg msg-bot" },
      "가까운 센터를 찾으려면 아래 '내 위치로 찾기'를 누르시거나, 사시는 곳의 시·군·구 이름을 입력해 주세요."));
    var b = el("button", { type: "button", className: "btn btn-primary locate-inline" }, "내 위치로 찾기");
    b.addEventListener("click", locate);
    box.appendChild(b);
    log.appendChild(box);
  }
  function renderBot(m) {
    if (!m || typeof m !== "object") { return; }
    if (typeof m.text === "string" && m.text) {
      var n = el("div", { className: "msg msg-bot", "data-from": "bot" });
      n.appendChild(el("span", { className: "visually-hidden" }, "챗봇: "));
      n.appendChild(document.createTextNode(m.text));
      log.appendChild(n);
    }
    var img = safeHttpUrl(m.image);
    if (img) {
      var box = el("div", { className: "msg msg-bot", "data-from": "bot" });
      box.appendChild(el("img", { src: img, alt: "챗봇이 보낸 이미지", loading: "lazy" }));
      log.appendChild(box);
    }
    var c = m.custom;
    if (c && typeof c === "object") {
      if (c.type === "center") { renderCenter(c.center); }
      else if (c.type === "results") { renderResults(c); }
      else if (c.type === "location_request") { renderLocationRequest(); }
    }
    if (Array.isArray(m.buttons) && m.buttons.length) { renderButtons(m.buttons); }
  }
  function renderEntry(e) {
    if (e.from === "user") { renderUser(str(e.text)); }
    else if (e.from === "notice") { renderNotice(str(e.text)); }
    else if (e.from === "bot") { renderBot(e.msg); }
  }
  function addEntry(e) {
    if (e.from === "user") { disableOldQuickReplies(); }
    saveEntry(e);
    renderEntry(e);
    scrollToEnd();
  }

  // ---------- network ----------
  function setBusy(b) {
    busy = b;
    typing.hidden = !b;
    sendBtn.disabled = b;
    log.setAttribute("aria-busy", b ? "true" : "false");
    document.body.setAttribute("data-chat-state", b ? "waiting" : "idle");
    if (b) { scrollToEnd(); }
  }
  function post(text, metadata) {
    var body = { sender: getSender(), message: text };
    if (metadata) { body.metadata = metadata; }
    var ctrl = window.AbortController ? new AbortController() : null;
    var timer = ctrl ? setTimeout(function () { ctrl.abort(); }, REQUEST_TIMEOUT_MS) : null;
    return fetch("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: ctrl ? ctrl.signal : undefined,
      credentials: "same-origin"
    }).then(function (resp) {
      return resp.json().catch(function () { return null; });
    }).then(function (data) {
      if (timer) { clearTimeout(timer); }
      var you = data && typeof data.you === "string" && data.you ? data.you : maskLocal(text);
      if (!data || !Array.isArray(data.messages)) { return { you: you, messages: [{ text: UNAVAILABLE }] }; }
      return { you: you, messages: data.messages };
    }, function () {
      if (timer) { clearTimeout(timer); }
      return { you: maskLocal(text), messages: [{ text: UNAVAILABLE }] };
    });
  }
  // What the browser keeps of a message: the server's masked copy ("you"); when no server answered, any
  // run of 7+ digits (phone, 주민번호, account, card) keeps only its first three and last two digits.
  function maskLocal(text) {
    return String(text).replace(/\d(?:[\s.\-\/]{0,3}\d){6,}/g, function (run) {
      var seen = 0, total = run.replace(/\D/g, "").length;
      return run.replace(/\d/g, function (d) {
        seen += 1;
        return (seen <= 3 || seen > total - 2) ? d : "*";
      });
    });
  }
  function pump() {
    if (busy || !queue.length) { return; }
    var job = queue.shift();
    // shown now as typed; kept in localStorage only as the server's masked copy, once it answers
    disableOldQuickReplies();
    renderUser(job.text);
    scrollToEnd();
    setBusy(true);
    post(job.text, job.metadata).then(function (answer) {
      var messages = answer.messages;
      if (!messages.some(isForget)) { saveEntry({ from: "user", text: answer.you }); }
      if (messages.some(isForget)) {
        forgetLocal();
        messages.forEach(function (m) { renderBot(m); });  // shown, never stored
        scrollToEnd();
      } else {
        messages.forEach(function (m) { addEntry({ from: "bot", msg: m }); });
      }
      setBusy(false);
      pump();
    });
  }
  function isForget(m) {
    return !!(m && m.custom && typeof m.custom === "object" && m.custom.type === "forget");
  }
  function forgetLocal() {
    storageRemove(TRANSCRIPT_KEY);
    storageRemove(SENDER_KEY);
    transcript = [];
    while (log.firstChild) { log.removeChild(log.firstChild); }
  }
  function send(text, metadata) {
    text = (text || "").replace(/^[\s/]+/, "").replace(/\s+$/, "");
    if (!text) { return; }
    queue.push({ text: text, metadata: metadata || null });
    pump();
    if (input) { input.focus(); }
  }

  // ---------- geolocation ----------
  function locate() {
    if (!navigator.geolocation) {
      addEntry({ from: "notice", text: GEO_ERROR });
      return;
    }
    navigator.geolocation.getCurrentPosition(function (pos) {
      var lat = Number(pos.coords.latitude), lon = Number(pos.coords.longitude);
      if (!isFinite(lat) || !isFinite(lon)) { addEntry({ from: "notice", text: GEO_ERROR }); return; }
      send(LOCATION_MESSAGE, { location: { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 } });
    }, function (err) {
      addEntry({ from: "notice", text: err && err.code === 1 ? GEO_DENIED : GEO_ERROR });
    }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 });
  }

  // ---------- lifecycle ----------
  function showWelcome() {
    addEntry({ from: "bot", msg: WELCOME });
  }
  function reset() {
    storageRemove(TRANSCRIPT_KEY);
    storageRemove(SENDER_KEY);
    transcript = [];
    queue = [];
    while (log.firstChild) { log.removeChild(log.firstChild); }
    getSender();
    showWelcome();
    input.value = "";
    input.focus();
  }
  function autosize() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight + 4, 160) + "px";
  }
  function init() {
    log = document.getElementById("chat-log");
    form = document.getElementById("chat-form");
    input = document.getElementById("chat-input");
    sendBtn = document.getElementById("chat-send");
    typing = document.getElementById("chat-typing");
    resetBtn = document.getElementById("chat-reset");
    locateBtn = document.getElementById("chat-locate");
    document.body.setAttribute("data-chat-state", "idle");
    getSender();
    transcript = loadTranscript();
    if (transcript.length) {
      transcript.forEach(renderEntry);
      // Only the most recent quick replies stay usable after a reload.
      var lastUser = -1;
      var nodes = log.children;
      for (var i = 0; i < nodes.length; i++) { if (nodes[i].getAttribute("data-from") === "user") { lastUser = i; } }
      for (var j = 0; j <= lastUser; j++) {
        var bs = nodes[j].querySelectorAll ? nodes[j].querySelectorAll("button") : [];
        for (var k = 0; k < bs.length; k++) { bs[k].disabled = true; }
      }
      scrollToEnd();
    } else {
      showWelcome();
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var text = input.value;
      input.value = "";
      autosize();
      send(text);
    });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
        ev.preventDefault();
        if (typeof form.requestSubmit === "function") { form.requestSubmit(); }
        else { form.dispatchEvent(new Event("submit", { cancelable: true })); }
      }
    });
    input.addEventListener("input", autosize);
    resetBtn.addEventListener("click", reset);
    locateBtn.addEventListener("click", locate);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
