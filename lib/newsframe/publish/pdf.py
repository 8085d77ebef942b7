"""The PDF handout: a report page printed by headless Chromium, sealed.

A page may hold something a missed escape let through, so the printer trusts nothing in it:

- **No JavaScript**: script execution is switched off for the page (DevTools
  ``Emulation.setScriptExecutionDisabled`` and ``--blink-settings=scriptEnabled=false``), so
  an injected script neither runs nor costs the print time (``while(true){}``).
- **No network**: Chromium runs in a network namespace of its own (``unshare -rn``: no
  interface but a loopback that is down) where this system allows one
  (:func:`network_isolation`); it is also started with every switch that keeps it off the
  network — DNS answered "not found" for every name (``--host-resolver-rules``), a dead
  proxy for every request including loopback, WebRTC without UDP outside a proxy, no QUIC,
  no prefetch, no pings, no background, component or sync traffic.
- **Only the page's folder**: every request the page makes is held (DevTools ``Fetch``)
  and let through only for a regular file inside the page's folder (after resolving
  links); anything else — another folder, ``/etc/passwd``, ``http:`` — fails and is named
  in :attr:`Printed.blocked`.
- **A time limit per page**: a page not printed within ``timeout`` seconds stops its
  browser and raises :class:`PdfTimeout` naming it (the report index shows it as a warning
  row); a throw-away profile per page.

Chromium is driven over ``--remote-debugging-pipe`` (two pipes, no TCP port that another
local process could reach).

>>> network_isolation() in ([], ["unshare", "-rn"], ["unshare", "-n"])
True
"""

import base64
import functools
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

# what keeps Chromium off the network when no namespace is to be had (and besides one)
SEALED_SWITCHES = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--no-default-browser-check", "--disable-extensions", "--disable-default-apps",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-domain-reliability", "--disable-client-side-phishing-detection",
    "--disable-breakpad", "--disable-crash-reporter", "--no-pings", "--dns-prefetch-disable",
    "--disable-quic", "--mute-audio", "--blink-settings=scriptEnabled=false",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--disable-features=WebRtcHideLocalIpsWithMdns,MediaRouter,DialMediaRouteProvider,"
    "OptimizationHints,Translate,AutofillServerCommunication",
    "--remote-debugging-pipe",
)
# a tiny trampoline: Chromium reads DevTools commands from fd 3 and answers on fd 4
_PIPES = ("import os, sys; r, w = int(sys.argv[1]), int(sys.argv[2]); os.dup2(r, 3); "
          "os.dup2(w, 4); os.close(r); os.close(w); os.execv(sys.argv[3], sys.argv[3:])")
PAGE_TIMEOUT = 60  # seconds for one page: start, load, print


class PdfError(RuntimeError):
    """Chromium could not print a page; the message says which and why."""


class PdfTimeout(PdfError):
    """A page was not printed within its time limit (it is left out of the handout)."""


@dataclass
class Printed:
    """A printed page: the PDF, and the requests the page made that were refused."""

    path: Path
    blocked: list[str] = field(default_factory=list)


def chromium() -> str:
    """The headless browser used for PDFs (Debian's ``chromium``; ``make browser``): its
    program itself, not Debian's start-up script, which would close the DevTools pipes."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            real = Path("/usr/lib/chromium/chromium")
            return str(real) if name == "chromium" and real.is_file() else found
    raise PdfError("chromium not found: install Debian's chromium (`make browser`) "
                   "to print the PDF handout")


@functools.cache
def network_isolation() -> list[str]:
    """The command prefix that starts a program in a network namespace of its own
    (``unshare -rn``, as root also ``unshare -n``), or ``[]`` where this system allows none
    (then the switches alone keep the browser off the network)."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return []
    for prefix in (["unshare", "-rn"], ["unshare", "-n"]):
        try:
            done = subprocess.run([unshare, *prefix[1:], "true"], capture_output=True,
                                  timeout=10, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return prefix
    return []


def _inside(url: str, folder: Path) -> bool:
    """Is ``url`` a regular file inside ``folder`` (links resolved)?"""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return False
    target = Path(unquote(parts.path)).resolve()
    return target.is_relative_to(folder) and target.is_file()


class _DevTools:
    """DevTools messages over Chromium's pipes (NUL-separated JSON), with a deadline; every
    request the page makes is answered on the way (let through only inside ``folder``)."""

    def __init__(self, process, commands: int, answers: int, folder: Path, deadline: float):
        self.process, self.commands, self.answers = process, commands, answers
        self.folder, self.deadline = folder, deadline
        self.buffer, self.next_id, self.session = b"", 0, None
        self.blocked: list[str] = []
        self.events: list[dict] = []

    def send(self, method: str, **params) -> int:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        return self.next_id

    def _read(self) -> dict:
        while b"\0" not in self.buffer:
            left = self.deadline - time.monotonic()
            if left <= 0 or not select.select([self.answers], [], [], left)[0]:
                raise PdfTimeout("time limit")
            chunk = os.read(self.answers, 1 << 20)
            if not chunk:
                raise PdfError(f"chromium stopped (exit {self.process.poll()})")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        found = json.loads(message)
        if found.get("method") == "Fetch.requestPaused":
            self._answer(found["params"])
        return found

    def _answer(self, request: dict) -> None:
        url = request["request"]["url"]
        if _inside(url, self.folder):
            self.send("Fetch.continueRequest", requestId=request["requestId"])
        else:
            self.blocked.append(url[:200])
            self.send("Fetch.failRequest", requestId=request["requestId"],
                      errorReason="BlockedByClient")

    def call(self, method: str, **params) -> dict:
        wanted = self.send(method, **params)
        while True:
            message = self._read()
            if message.get("id") == wanted:
                if "error" in message:
                    raise PdfError(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event: str) -> None:
        while not any(e.get("method") == event for e in self.events):
            self.events.append(self._read())


def print_pdf(page: Path, target: Path | None = None, timeout: float = PAGE_TIMEOUT
              ) -> Printed:
    """Print an HTML page to PDF (A4, the page's print CSS), sealed as the module says.
    Raises :class:`PdfTimeout` past ``timeout`` seconds, :class:`PdfError` otherwise."""
    import fcntl

    page = Path(page).resolve()
    target = Path(target) if target else page.with_suffix(".pdf")
    deadline = time.monotonic() + timeout
    commands_read, commands = os.pipe()
    answers, answers_write = os.pipe()
    # the child gets them as fds 3 and 4: first move them above the trampoline's numbers
    moved = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (commands_read, answers_write)]
    os.close(commands_read)
    os.close(answers_write)
    commands_read, answers_write = moved
    with tempfile.TemporaryDirectory(prefix="nf-chromium-") as profile:
        command = [*network_isolation(), sys.executable, "-c", _PIPES, str(commands_read),
                   str(answers_write), chromium(), *SEALED_SWITCHES,
                   f"--user-data-dir={profile}", "about:blank"]
        process = subprocess.Popen(command, pass_fds=(commands_read, answers_write),
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(commands_read)
        os.close(answers_write)
        devtools = _DevTools(process, commands, answers, page.parent, deadline)
        try:
            pdf = _print(devtools, page)
        except PdfTimeout:
            raise PdfTimeout(f"{page.name} was not printed within {timeout:g} s (left "
                             "out of the handout)") from None
        except (OSError, ValueError) as error:
            raise PdfError(f"chromium could not print {page.name}: {error}") from None
        finally:
            _stop(process)
            os.close(commands)
            os.close(answers)
    target.write_bytes(pdf)
    return Printed(target, devtools.blocked)


def _print(devtools: _DevTools, page: Path) -> bytes:
    target = devtools.call("Target.createTarget", url="about:blank")["targetId"]
    devtools.session = devtools.call("Target.attachToTarget", targetId=target,
                                     flatten=True)["sessionId"]
    devtools.call("Emulation.setScriptExecutionDisabled", value=True)
    devtools.call("Fetch.enable", patterns=[{"urlPattern": "*"}])
    devtools.call("Page.enable")
    devtools.call("Page.navigate", url=page.as_uri())
    devtools.wait_for("Page.loadEventFired")
    found = devtools.call("Page.printToPDF", printBackground=True, preferCSSPageSize=True,
                          displayHeaderFooter=False)
    pdf = base64.b64decode(found["data"])
    if not pdf.startswith(b"%PDF"):
        raise PdfError(f"chromium could not print {page.name}: no PDF came back")
    return pdf


def _stop(process: subprocess.Popen) -> None:
    """End the browser and every process it started (its own session)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=30)
