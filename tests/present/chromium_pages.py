"""Load a page in real headless Chromium over the DevTools protocol and measure it: table
widths against the page at a given width (screen or print media), cell texts, headings, the
title and every URL the page asked for; walk a reveal.js deck slide by slide, with a
screenshot of each. Test support, not part of the package."""

import base64
import io
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import websocket

A4_PRINT_WIDTH = 703  # CSS px: 210 mm minus the 12 mm side margins of the print CSS, 96 dpi

MEASURE = """(() => {
  const width = document.documentElement.clientWidth;
  const inArticle = el => el.closest('.nf-article') !== null;
  const text = el => el.textContent.replace('¶', '').trim();
  const tables = [...document.querySelectorAll('table')].filter(t => !inArticle(t))
    .map(t => ({right: Math.round(t.getBoundingClientRect().right),
                left: Math.round(t.getBoundingClientRect().left),
                id: t.id, caption: t.caption ? text(t.caption) : '',
                headers: [...t.querySelectorAll('th')].map(text).join(' | ')}));
  return JSON.stringify({
    width, title: document.title, lang: document.documentElement.lang,
    scrollWidth: document.documentElement.scrollWidth,
    tables,
    cells: [...document.querySelectorAll('td, th')].filter(c => !inArticle(c)).map(text),
    headings: [...document.querySelectorAll('h1, h2, h3')].filter(h => !inArticle(h)).map(text),
    images: [...document.querySelectorAll('img')]
      .map(i => Math.round(i.getBoundingClientRect().right)),
  });
})()"""


SLIDE = """(() => {
  const slide = Reveal.getCurrentSlide();
  const box = slide.getBoundingClientRect();
  const heading = slide.querySelector('h1, h2, h3');
  return JSON.stringify({
    indices: Reveal.getIndices(), text: slide.innerText.trim(),
    heading: heading ? heading.innerText.trim() : '',
    box: [box.left, box.top, box.width, box.height].map(Math.round),
  });
})()"""


def ink(png: bytes, height: int) -> float:
    """The share of pixels of a screenshot's top ``height`` px that are not near-white (the
    bottom strip holds reveal.js's controls, progress bar and slide number)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        top = image.convert("L").crop((0, 0, image.width, height))
        histogram = top.histogram()
    return sum(histogram[:200]) / (top.width * top.height)


class Chromium:
    """One headless Chromium with a throw-away profile, driven over CDP (no network: a
    dead proxy, so a page that asks for a remote file gets nothing and the test sees it)."""

    def __init__(self):
        binary = shutil.which("chromium")
        if binary is None:
            raise RuntimeError("chromium not found: run `make browser`")
        self.profile = tempfile.mkdtemp(prefix="nf-cdp-")
        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", "--proxy-server=127.0.0.1:9", "--remote-debugging-port=0",
             f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.05)
        port = port_file.read_text().splitlines()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            target = next(t for t in json.load(answer) if t["type"] == "page")
        self.socket = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=30)
        self.next_id = 0
        self.events = []
        self.call("Page.enable")
        self.call("Network.enable")

    def call(self, method: str, seconds: float | None = None, **params):
        """Send one command and return its result; with ``seconds``, give up after that long
        even while other events keep arriving (a socket timeout alone would not)."""
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        deadline = time.monotonic() + seconds if seconds else None
        while True:
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"{method}: no answer in {seconds} s")
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, seconds: float = 30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if any(e.get("method") == method for e in self.events):
                return
            self.events.append(json.loads(self.socket.recv()))
        raise TimeoutError(method)

    def measure(self, page: Path, width: int = 1280, media: str = "screen") -> dict:
        """Load ``page`` at ``width`` CSS px with ``media`` emulated; the measurements and
        ``requests`` (every URL asked for but inline ``data:`` ones)."""
        self.events = []
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=1000,
                  deviceScaleFactor=1, mobile=False)
        self.call("Emulation.setEmulatedMedia", media=media)
        self.call("Page.navigate", url=Path(page).resolve().as_uri())
        self.wait_for("Page.loadEventFired")
        time.sleep(0.2)  # late layout (fonts, images decoded)
        result = self.call("Runtime.evaluate", expression=MEASURE, returnByValue=True)
        found = json.loads(result["result"]["value"])
        asked = [e["params"]["request"]["url"] for e in self.events
                 if e.get("method") == "Network.requestWillBeSent"]
        found["requests"] = [url for url in asked if not url.startswith("data:")]
        return found

    def slides(self, deck: Path, width: int = 1440, height: int = 900) -> dict:
        """Open a reveal.js ``deck`` at ``width`` × ``height`` and show each slide in turn:
        ``lang``, ``requests`` (as :meth:`measure`), ``sections`` (slides: ``<section>``
        elements without one inside) and
        per slide its ``indices``, ``text``, first ``heading``, ``box`` (left, top, width,
        height in px) and ``ink`` (:func:`ink` of a screenshot above the controls)."""
        self.events = []
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=False)
        self.call("Emulation.setEmulatedMedia", media="screen")
        self.call("Page.navigate", url=Path(deck).resolve().as_uri())
        self.wait_for("Page.loadEventFired")
        evaluate = lambda expression: self.call(  # noqa: E731
            "Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")
        for _ in range(100):
            if evaluate("typeof Reveal !== 'undefined' && Reveal.isReady()"):
                break
            time.sleep(0.05)
        else:
            raise TimeoutError(f"reveal.js did not start in {deck}")
        found = {"lang": evaluate("document.documentElement.lang"),
                 "sections": evaluate("document.querySelectorAll("
                                     "'section:not(:has(section))').length"),
                 "slides": []}
        count = evaluate("Reveal.getTotalSlides()")
        for number in range(count):
            evaluate(f"Reveal.slide(...Object.values(Reveal.getIndices("
                     f"Reveal.getSlides()[{number}])))")
            time.sleep(0.05)  # layout and paint
            slide = json.loads(evaluate(SLIDE))
            shot = self.call("Page.captureScreenshot", format="png")["data"]
            slide["ink"] = ink(base64.b64decode(shot), height - 80)
            found["slides"].append(slide)
        asked = {e["params"]["requestId"]: e["params"]["request"]["url"] for e in self.events
                 if e.get("method") == "Network.requestWillBeSent"}
        blocked = {e["params"]["requestId"]: e["params"].get("blockedReason")
                   for e in self.events if e.get("method") == "Network.loadingFailed"}
        found["requests"] = [url for url in asked.values() if not url.startswith("data:")]
        found["blocked"] = {asked[key]: reason for key, reason in blocked.items()}
        return found

    def close(self):
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            self.process.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)
