"""The friend page a relay serves at /s/{id}: the bundle page's WebCrypto core, fetched on "Open".

The shell is the same bytes for every id, so loading a link (a person or a link-preview bot)
reveals nothing and counts nothing. The page then asks the relay whether the link is available
(`peek`, no view counted), and only a click on "Open" counts a view and releases the sealed
envelope. The key comes from the URL fragment, which the browser never sends; a passcode, when
set, is mixed in with PBKDF2 exactly as in the offline bundle. A reply is sealed in the browser
to the owner's public key (ECDH P-256 -> HKDF-SHA256 -> AES-256-GCM), see `relay_client`.
"""

from __future__ import annotations

import base64
import hashlib

from dreamjournal.share.bundle_page import DREAM_ARTICLE, PAGE_KEYS, STYLE, page_script, texts_json

RELAY_STYLE = (
    STYLE
    + """
textarea { font: inherit; padding: .55rem .7rem; border-radius: .6rem; border: 1px solid #2a3150;
  background: #181e33; color: inherit; min-height: 8rem; width: 100%; box-sizing: border-box; }
#intro, #reply-sec { margin-top: 1rem; }
#reply-sec form { max-width: none; }
"""
)

RELAY_BOOT = r"""
  const left = (n) => n === 1 ? T["relay_page.left_one"]
    : T["relay_page.left_other"].replace("{n}", String(n));
  // Relative paths, so a relay served under a path prefix (/relay/s/ID) works as well.
  const match = /\/s\/([A-Za-z0-9_-]{43})$/.exec(location.pathname);
  const shareId = match ? match[1] : null;
  let fragment = keyFrom(location.hash);
  let opened = null;

  // Same-origin only, no cookies, no referrer: the fragment is never part of any request.
  const call = (path, options) => fetch("../api/shares/" + shareId + path, Object.assign(
    { credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer" }, options));
  const post = (path, body, ticket) => call(path, {
    method: "POST", body: JSON.stringify(body || {}),
    headers: Object.assign({ "Content-Type": "application/json" },
      ticket ? { "X-Ticket": ticket } : {}) });

  function gone() {
    $("intro").hidden = true;
    $("dream").hidden = true;
    $("reply-sec").hidden = true;
    $("status").textContent = T["relay_page.gone"];
    document.body.dataset.state = "gone";
  }

  async function start() {
    if (!shareId) return gone();
    let info;
    try {
      const r = await post("/peek");
      if (!r.ok) return gone();
      info = await r.json();
    } catch (e) { return gone(); }
    $("intro-h").textContent = T["relay_page.title"];
    $("intro-p").textContent = info.burn ? T["relay_page.burn"]
      : (info.views_left === null ? T["relay_page.calm"] : left(info.views_left));
    $("key-label").textContent = T["page.key"];
    $("pass-label").textContent = T["page.pass"];
    $("submit").textContent = T["relay_page.open"];
    $("key-row").hidden = fragment !== null;
    $("pass-row").hidden = !info.passcode;
    $("status").textContent = "";
    $("intro").hidden = false;
    document.body.dataset.state = "ready";
  }

  async function loadClip(key) {
    const r = await call("/clip", { headers: { "X-Ticket": opened.ticket } });
    if (!r.ok) throw new Error("clip");
    const clip = await decryptPart(key, "clip", opened.payload.clip.n, await r.arrayBuffer());
    $("video").src = URL.createObjectURL(new Blob([clip], { type: "video/mp4" }));
    $("clip-sec").hidden = false;
    document.body.dataset.clip = "ready";
  }

  async function sealReply(ownerKey, text) {
    const curve = { name: "ECDH", namedCurve: "P-256" };
    const owner = await crypto.subtle.importKey("raw", b64(ownerKey), curve, false, []);
    const eph = await crypto.subtle.generateKey(curve, false, ["deriveBits"]);
    const shared = await crypto.subtle.deriveBits({ name: "ECDH", public: owner },
      eph.privateKey, 256);
    const epk = new Uint8Array(await crypto.subtle.exportKey("raw", eph.publicKey));
    const hk = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    const key = await crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: epk, info: enc.encode("dreamjournal:reply:v1") },
      hk, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv: nonce,
        additionalData: enc.encode("dreamjournal:reply:v1:" + shareId) },
      key, enc.encode(JSON.stringify({ v: 1, text })));
    return { epk: b64enc(epk), n: b64enc(nonce), c: b64enc(sealed) };
  }

  function offerReply(ownerKey) {
    $("reply-h").textContent = T["relay_page.reply_h"];
    $("reply-label").textContent = T["relay_page.reply_label"];
    $("reply-send").textContent = T["relay_page.send"];
    $("reply-sec").hidden = false;
    $("reply-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = $("reply").value.trim();
      if (!text) return;
      $("reply-send").disabled = true;
      try {
        const r = await post("/replies", await sealReply(ownerKey, text), opened.ticket);
        if (!r.ok) throw new Error("reply");
        $("reply").value = "";
        $("reply-status").textContent = T["relay_page.sent"];
        document.body.dataset.reply = "sent";
      } catch (e) {
        $("reply-status").textContent = T["relay_page.not_sent"];
        document.body.dataset.reply = "failed";
      }
      $("reply-send").disabled = false;
    });
  }

  $("unlock").addEventListener("submit", async (event) => {
    event.preventDefault();
    fragment = fragment || keyFrom($("key").value);
    if (!fragment) { $("error").textContent = T["page.need"]; $("key-row").hidden = false; return; }
    $("submit").disabled = true;
    $("error").textContent = "";
    $("status").textContent = T["page.opening"];
    if (!opened) {
      let r = null;
      try { r = await post("/open"); } catch (e) { r = null; }
      if (!r || !r.ok) return gone();
      opened = await r.json();
    }
    let key, meta;
    try {
      key = await deriveKey(fragment, $("pass").value, opened.payload.salt, opened.payload.iter);
      const plain = await decryptPart(key, "meta", opened.payload.meta.n,
        b64(opened.payload.meta.c));
      meta = JSON.parse(new TextDecoder().decode(plain));
    } catch (e) {
      // The view is counted and the envelope is in memory: let the friend retry right here.
      $("status").textContent = "";
      $("error").textContent = opened.payload.iter ? T["relay_page.wrong"] : T["page.wrong"];
      if (!opened.payload.iter) { fragment = null; $("key-row").hidden = false; }
      $("submit").disabled = false;
      document.body.dataset.state = "failed";
      return;
    }
    $("intro").hidden = true;
    renderDream(meta, null);
    $("status").textContent = "";
    document.body.dataset.state = "open";
    if (opened.replies && typeof meta.reply_key === "string") offerReply(meta.reply_key);
    if (opened.payload.clip) {
      try { await loadClip(key); }
      catch (e) { $("status").textContent = T["relay_page.clip_gone"]; }
    }
  });

  start();
"""

BODY = f"""<main>
<p id="status" class="muted">…</p>
<section id="intro" hidden>
  <h1 id="intro-h"></h1>
  <p id="intro-p" class="muted"></p>
  <form id="unlock" autocomplete="off">
    <label id="key-row"><span id="key-label"></span><input id="key" spellcheck="false"></label>
    <label id="pass-row"><span id="pass-label"></span><input id="pass" type="password"></label>
    <button id="submit" type="submit"></button>
    <p id="error" class="error" role="alert"></p>
  </form>
</section>
{DREAM_ARTICLE}
<section id="reply-sec" hidden>
  <h2 id="reply-h"></h2>
  <form id="reply-form" autocomplete="off">
    <label><span id="reply-label"></span><textarea id="reply" maxlength="4000"></textarea></label>
    <button id="reply-send" type="submit"></button>
    <p id="reply-status" class="muted" role="status"></p>
  </form>
</section>
</main>"""

SCRIPT = page_script(RELAY_BOOT)
RELAY_PAGE_KEYS = (
    *PAGE_KEYS,
    "relay_page.title", "relay_page.calm", "relay_page.burn", "relay_page.left_one",
    "relay_page.left_other", "relay_page.open", "relay_page.gone", "relay_page.wrong",
    "relay_page.clip_gone", "relay_page.reply_h", "relay_page.reply_label", "relay_page.send",
    "relay_page.sent", "relay_page.not_sent",
)  # fmt: skip


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


# Inline code is allowed by hash only; fetches go to this origin only; the clip is a blob: URL.
CSP = "; ".join(
    (
        "default-src 'none'",
        f"script-src {_csp_hash(SCRIPT)}",
        f"style-src {_csp_hash(RELAY_STYLE)}",
        "connect-src 'self'",
        "media-src blob:",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)

HTML = (
    '<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n'
    '<meta name="referrer" content="no-referrer">\n'
    '<meta name="robots" content="noindex">\n'
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<link rel="icon" href="data:,">\n'
    "<title>A shared dream</title>\n"
    f"<style>{RELAY_STYLE}</style>\n</head>\n<body>\n{BODY}\n"
    f"{texts_json(RELAY_PAGE_KEYS)}\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
)
