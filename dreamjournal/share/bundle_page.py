"""The friend page's HTML, CSS and JavaScript, shared by the offline bundle and the relay page.

`CORE_SCRIPT` holds what both need: the WebCrypto key derivation (fragment key, optional PBKDF2
passcode, HKDF), AES-GCM decryption of one sealed part, and drawing a decrypted dream as text.
Its texts come from the catalogue when the page is built (`texts_json`: English and German,
chosen by the friend's browser language). Each page adds its own boot code: `SCRIPT` (the
bundle, its payload inline) here, and `relay_page.SCRIPT` (the payload fetched from the relay
after "Open").

The page decrypts with WebCrypto only and writes every decrypted string with `textContent`,
never `innerHTML`. Its Content-Security-Policy allows exactly these inline blocks (by hash), blob:
media for the clip and nothing else: no fetch, no images, no fonts, no form posts, so opening
it makes no network request even if something went wrong.
"""

from __future__ import annotations

import json

from dreamjournal.i18n import LANGUAGES, texts_for

# The catalogue keys the page's JavaScript shows; `texts_json` puts them into the page.
PAGE_KEYS = (
    "page.title", "page.opening", "page.key", "page.pass", "page.open", "page.wrong", "page.need",
    "page.prompt", "page.script", "page.sec", "page.broken", "page.intro",
    "phase.grounding", "phase.breathing", "phase.safe_place",
    "phase.rescripted_scene", "phase.anchoring", "phase.return",
)  # fmt: skip


def texts_json(keys: tuple[str, ...]) -> str:
    """A `<script type="application/json" id="texts">` block: `keys` in every language, from
    the catalogue (the page picks the friend's browser language); `<` is escaped, so no text
    can end the block."""
    texts = {lang: texts_for(list(keys), lang) for lang in LANGUAGES}
    data = json.dumps(texts, ensure_ascii=False).replace("<", "\\u003c")
    return f'<script type="application/json" id="texts">{data}</script>'


STYLE = """
:root { color-scheme: dark; }
[hidden] { display: none !important; }
body { margin: 0; background: #0e1222; color: #e4e2f0; font: 17px/1.6 system-ui, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 3rem 1.5rem 4rem; }
h1 { font-family: Georgia, serif; font-weight: 500; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-family: Georgia, serif; font-weight: 500; font-size: 1.2rem; margin-top: 2.5rem; }
.muted { color: #a7a5bd; margin-top: 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; background: #181e33; padding: 1rem; border-radius: .75rem; }
video { width: 100%; border-radius: .75rem; background: #000; margin-top: 1rem; }
form { display: grid; gap: .9rem; max-width: 26rem; }
label { display: grid; gap: .3rem; }
input { font: inherit; padding: .55rem .7rem; border-radius: .6rem; border: 1px solid #2a3150;
  background: #181e33; color: inherit; }
button { font: inherit; padding: .55rem 1rem; border-radius: .6rem; border: 0; background: #a99bff;
  color: #0e1222; cursor: pointer; justify-self: start; }
.error { color: #ff9b9b; min-height: 1.6em; margin: 0; }
li { margin-bottom: .8rem; }
"""

CORE_SCRIPT = r"""
  const $ = (id) => document.getElementById(id);
  const de = (navigator.language || "").toLowerCase().startsWith("de");
  const TEXTS = JSON.parse($("texts").textContent);
  const T = TEXTS[de ? "de" : "en"];
  document.title = T["page.title"];
  const enc = new TextEncoder();
  const b64 = (s) => {
    s = s.replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    const bin = atob(s), out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  };
  const b64enc = (bytes) => {
    let bin = "";
    const arr = new Uint8Array(bytes);
    for (let i = 0; i < arr.length; i++) bin += String.fromCharCode(arr[i]);
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  };
  const concat = (a, b) => {
    const out = new Uint8Array(a.length + b.length);
    out.set(a); out.set(b, a.length);
    return out;
  };
  const keyFrom = (text) => {
    const m = /(?:^|[#&])k=([A-Za-z0-9_-]{43})(?:&|$)/.exec(text || "")
      || /^\s*([A-Za-z0-9_-]{43})\s*$/.exec(text || "");
    return m ? b64(m[1]) : null;
  };

  // The key of a sealed envelope, exactly as `crypto.bundle_key` derives it in Python.
  async function deriveKey(fragment, passcode, saltText, iter) {
    const salt = b64(saltText);
    let ikm = fragment;
    if (iter) {
      const pk = await crypto.subtle.importKey(
        "raw", enc.encode(passcode.trim().normalize("NFC")), "PBKDF2", false, ["deriveBits"]);
      const bits = await crypto.subtle.deriveBits(
        { name: "PBKDF2", hash: "SHA-256", salt, iterations: iter }, pk, 256);
      ikm = concat(fragment, new Uint8Array(bits));
    }
    const hk = await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
    const raw = await crypto.subtle.deriveBits(
      { name: "HKDF", hash: "SHA-256", salt, info: enc.encode("dreamjournal:bundle:v1") }, hk, 256);
    return crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["decrypt"]);
  }
  const decryptPart = (key, part, nonce, sealed) => crypto.subtle.decrypt(
    { name: "AES-GCM", iv: b64(nonce),
      additionalData: enc.encode("dreamjournal:bundle:v1:" + part) },
    key, sealed);

  // "2026-12-25" as the friend's language writes a day; anything else is shown as it came.
  function dayText(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!m) return iso || "";
    const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return day.toLocaleDateString(de ? "de-DE" : "en-GB",
      { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  }

  // Every decrypted string goes through textContent: titles and bodies can never become markup.
  function renderDream(meta, clip) {
    $("title").textContent = meta.title;
    $("date").textContent = dayText(meta.date);
    if (typeof meta.text === "string") {
      $("text").textContent = meta.text;
      $("text-sec").hidden = false;
    }
    if (typeof meta.prompt === "string") {
      $("prompt-h").textContent = T["page.prompt"];
      $("prompt").textContent = meta.prompt;
      $("prompt-sec").hidden = false;
    }
    if (Array.isArray(meta.script) && meta.script.length) {
      $("script-h").textContent = T["page.script"];
      for (const step of meta.script) {
        const li = document.createElement("li");
        const head = document.createElement("div");
        head.className = "muted";
        const seconds = Math.round(step.seconds);
        const phase = T["phase." + step.phase] || step.phase.replace(/_/g, " ");
        head.textContent = phase + " · " + seconds + " " + T["page.sec"];
        const body = document.createElement("div");
        body.textContent = step.text;
        li.append(head, body);
        $("script").append(li);
      }
      $("script-sec").hidden = false;
    }
    if (clip) {
      $("video").src = URL.createObjectURL(new Blob([clip], { type: "video/mp4" }));
      $("clip-sec").hidden = false;
    }
    $("dream").hidden = false;
  }
"""

BUNDLE_BOOT = r"""
  let data;
  try { data = JSON.parse($("payload").textContent); } catch (e) { data = null; }
  const decrypt = (key, part) => decryptPart(key, part, data[part].n, b64(data[part].c));

  function show(meta, clip) {
    renderDream(meta, clip);
    $("unlock").hidden = true;
    $("status").textContent = "";
    document.body.dataset.state = "open";
  }

  async function attempt(fragment, passcode) {
    $("status").textContent = T["page.opening"];
    try {
      const key = await deriveKey(fragment, passcode, data.salt, data.iter);
      const meta = JSON.parse(new TextDecoder().decode(await decrypt(key, "meta")));
      const clip = data.clip ? new Uint8Array(await decrypt(key, "clip")) : null;
      show(meta, clip);
    } catch (e) {
      $("status").textContent = "";
      $("error").textContent = T["page.wrong"];
      document.body.dataset.state = "failed";
      ask(data.iter ? fragment : null);
    }
  }

  function ask(fragment) {
    $("status").textContent = T["page.intro"];
    $("key-label").textContent = T["page.key"];
    $("pass-label").textContent = T["page.pass"];
    $("submit").textContent = T["page.open"];
    $("key-row").hidden = fragment !== null;
    $("pass-row").hidden = !data.iter;
    $("unlock").hidden = false;
  }

  $("unlock").addEventListener("submit", (event) => {
    event.preventDefault();
    const fragment = keyFrom($("key").value) || keyFrom(location.hash);
    if (!fragment) { $("error").textContent = T["page.need"]; $("key-row").hidden = false; return; }
    attempt(fragment, $("pass").value);
  });

  if (!data || !data.meta) { $("status").textContent = T["page.broken"]; return; }
  const fragment = keyFrom(location.hash);
  if (fragment && !data.iter) attempt(fragment, "");
  else { $("status").textContent = ""; ask(fragment); }
"""


def page_script(boot: str) -> str:
    """One inline script: the shared core, then a page's boot code, in a strict-mode closure."""
    return '\n(() => {\n  "use strict";' + CORE_SCRIPT + boot + "})();\n"


SCRIPT = page_script(BUNDLE_BOOT)

DREAM_ARTICLE = """<article id="dream" hidden>
  <h1 id="title"></h1>
  <p id="date" class="muted"></p>
  <section id="clip-sec" hidden><video id="video" controls playsinline preload="metadata"></video>
  </section>
  <section id="text-sec" hidden><p id="text" class="text"></p></section>
  <section id="prompt-sec" hidden><h2 id="prompt-h"></h2><pre id="prompt"></pre></section>
  <section id="script-sec" hidden><h2 id="script-h"></h2><ol id="script"></ol></section>
</article>"""

BODY = f"""<main>
<p id="status" class="muted">…</p>
<form id="unlock" hidden autocomplete="off">
  <label id="key-row"><span id="key-label"></span><input id="key" spellcheck="false"></label>
  <label id="pass-row"><span id="pass-label"></span><input id="pass" type="password"></label>
  <button id="submit" type="submit"></button>
  <p id="error" class="error" role="alert"></p>
</form>
{DREAM_ARTICLE}
</main>"""
