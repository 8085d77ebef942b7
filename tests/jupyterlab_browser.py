"""A real JupyterLab driven by headless Chromium over the DevTools protocol: start ``jupyter
lab`` on the repository's notebooks (a free port, a token, throw-away settings, workspaces and
runtime folders), open a notebook, Run All, save, read what the page shows. Test support, not
part of the package.

The server's root is a temporary folder holding a link to ``notebooks/`` (the notebooks
themselves are opened, run and saved) and room for scratch notebooks outside the repository.
JupyterLab's own commands do the work (``window.jupyterapp``, ``--expose-app-in-browser``):
``notebook:run-all-cells`` is the Run All of the menu, ``docmanager:save`` its Save.
"""

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from newsframe import paths

from .present.chromium_pages import Chromium

TOKEN = "newsframe-lab-test"
AUTOSAVE_SECONDS = 3  # JupyterLab's default is 120 s: the test waits for one autosave

OPEN = """(async () => {
  const app = window.jupyterapp;
  const panel = await app.commands.execute('docmanager:open', {path: %(path)s});
  await panel.context.ready;
  await panel.sessionContext.ready;
  app.shell.activateById(panel.id);
  window.nfPanel = panel;  // the notebook the next calls work on
  return panel.id;
})()"""

SAVE = """(async () => {
  const app = window.jupyterapp;
  const panel = window.nfPanel;
  app.shell.activateById(panel.id);
  const saving = app.commands.execute('docmanager:save').then(() => true);
  const pause = () => new Promise(resolve => setTimeout(() => resolve(false), 100));
  for (let i = 0; i < 1000; i++) {
    if (await Promise.race([saving, pause()])) return true;
    for (const dialog of document.querySelectorAll('.jp-Dialog')) {
      if (dialog.innerText.includes(panel.context.path + '" has changed on disk')) {
        const buttons = dialog.querySelectorAll('.jp-Dialog-footer button');
        buttons[buttons.length - 1].click();  // Overwrite
      }
    }
  }
  return false;
})()"""

RUN_ALL = """(async () => {
  const app = window.jupyterapp;
  const panel = window.nfPanel;
  app.shell.activateById(panel.id);
  const started = performance.now();
  await app.commands.execute('notebook:run-all-cells');
  while (panel.sessionContext.session.kernel.status !== 'idle') {
    await new Promise(r => setTimeout(r, 100));
  }
  await new Promise(r => setTimeout(r, 300));  // late renders (widgets, images)
  return performance.now() - started;
})()"""

READ = """(() => {
  const panel = window.nfPanel;
  const node = panel.content.node;
  const area = node.querySelector('.jp-OutputArea-output') || node;
  const errors = [];
  panel.content.widgets.forEach((cell, index) => {
    if (cell.model.type !== 'code') return;
    for (const out of cell.model.outputs.toJSON()) {
      if (out.output_type === 'error') errors.push(`${index}: ${out.ename}: ${out.evalue}`);
    }
  });
  const text = el => el.innerText.trim();
  const visible = el => el.getBoundingClientRect().height > 0;
  return JSON.stringify({
    path: panel.context.path,
    dirty: panel.context.model.dirty,
    errors,
    headings: [...node.querySelectorAll('.jp-MarkdownOutput h1, .jp-MarkdownOutput h2')]
      .filter(visible).map(text),
    markdown: [...node.querySelectorAll('.jp-MarkdownOutput')].filter(visible).map(text),
    outputs: [...node.querySelectorAll('.jp-OutputArea-output')].map(text),
    outputWidth: Math.round(area.getBoundingClientRect().width),
    tables: [...node.querySelectorAll('.jp-OutputArea-output table')].map(t => ({
      width: Math.round(t.getBoundingClientRect().width),
      right: Math.round(t.getBoundingClientRect().right),
      parentRight: Math.round(t.closest('.jp-OutputArea-output').getBoundingClientRect().right),
      headers: [...t.querySelectorAll('th')].map(text).join(' | ')})),
    images: [...node.querySelectorAll('.jp-OutputArea-output img')].map(i => ({
      width: Math.round(i.getBoundingClientRect().width),
      height: Math.round(i.getBoundingClientRect().height)})),
    widgets: node.querySelectorAll('.jupyter-widgets').length,
    widgetText: [...node.querySelectorAll('.jupyter-widgets')].map(text).join('\\n'),
    menu: [...document.querySelectorAll('.lm-MenuBar-itemLabel')].map(text),
  });
})()"""

CLOSE = """(async () => {
  const panel = window.nfPanel;
  await panel.sessionContext.shutdown();
  panel.dispose();
  return true;
})()"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Lab:
    """One ``jupyter lab`` server and one headless Chromium on it; ``workdir`` holds the
    server's root (``notebooks`` links to the repository's), settings and runtime files."""

    def __init__(self, workdir: Path, ui_locale: str = "id_ID"):
        self.workdir = Path(workdir)
        self.root = self.workdir / "root"
        self.root.mkdir(parents=True)
        (self.root / "notebooks").symlink_to(paths.NOTEBOOKS, target_is_directory=True)
        settings = self.workdir / "settings"
        for plugin, values in {
            "@jupyterlab/docmanager-extension/plugin": {"autosaveInterval": AUTOSAVE_SECONDS},
            # every cell in the page, so that all of it can be read (4.x draws only the
            # cells in view by default)
            "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
            # JupyterLab's own menus in Indonesian: the one setting the README names
            "@jupyterlab/translation-extension/plugin": {"locale": ui_locale},
            "@jupyterlab/apputils-extension/notification": {"fetchNews": "false",
                                                            "checkForUpdates": False},
        }.items():
            file = settings / f"{plugin}.jupyterlab-settings"
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(json.dumps(values))
        self.port = _free_port()
        jupyter = Path(sys.executable).with_name("jupyter")
        flags = ["--allow-root"] if os.geteuid() == 0 else []
        self.server = subprocess.Popen(
            [str(jupyter), "lab", "--no-browser", f"--port={self.port}", "--ip=127.0.0.1",
             f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={self.root}",
             f"--LabApp.user_settings_dir={settings}",
             f"--LabApp.workspaces_dir={self.workdir / 'workspaces'}",
             "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
             "--ServerApp.disable_check_xsrf=False", *flags],
            stdout=subprocess.DEVNULL, stderr=open(self.workdir / "server.log", "wb"),
            cwd=self.root, env={**os.environ, "JUPYTER_RUNTIME_DIR": str(self.workdir / "run"),
                                "JUPYTER_PLATFORM_DIRS": "1"})
        self.browser = None
        try:
            self._wait_for_server()
            self.browser = Chromium()
            self.browser.call("Emulation.setFocusEmulationEnabled", enabled=True)
            self.browser.call("Emulation.setDeviceMetricsOverride", width=1440, height=900,
                              deviceScaleFactor=1, mobile=False)
            self.browser.call("Page.navigate",
                              url=f"http://127.0.0.1:{self.port}/lab?reset&token={TOKEN}")
            self.wait_until("window.jupyterapp !== undefined && "
                            "document.querySelector('#jp-main-dock-panel') !== null", 60)
            self.evaluate("window.jupyterapp.restored")
        except BaseException:
            self.close()
            raise

    def _wait_for_server(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(
                    f"http://127.0.0.1:{self.port}/api/status?token={TOKEN}", timeout=5)
                return
            except OSError:
                if self.server.poll() is not None:
                    break
                time.sleep(0.2)
        log = (self.workdir / "server.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"jupyter lab did not start: {log}")

    def evaluate(self, expression: str, timeout: float = 300):
        """The value of a JavaScript expression in the JupyterLab page (promises awaited)."""
        self.browser.socket.settimeout(timeout)
        result = self.browser.call("Runtime.evaluate", seconds=timeout, expression=expression,
                                   awaitPromise=True, returnByValue=True,
                                   timeout=int(timeout * 1000))
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise RuntimeError(details.get("exception", {}).get("description")
                               or details.get("text"))
        return result["result"].get("value")

    def wait_until(self, condition: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if self.evaluate(f"Boolean({condition})", timeout=10):
                    return
            except RuntimeError:
                pass
            time.sleep(0.2)
        raise TimeoutError(condition)

    def open(self, path: str) -> None:
        """Open a notebook (a path under the server's root) and wait for its kernel."""
        self.evaluate(OPEN % {"path": json.dumps(path)})

    def run_all(self) -> float:
        """Run All on the current notebook; seconds it took."""
        return self.evaluate(RUN_ALL) / 1000

    def save(self) -> None:
        """Save the current notebook. The autosave (every AUTOSAVE_SECONDS here) may write it
        while this save is under way; JupyterLab then asks whether to overwrite the file it
        has just written itself ("… has changed on disk"): the same notebook, so Overwrite."""
        if not self.evaluate(SAVE, timeout=120):
            raise TimeoutError("the notebook was not saved")

    def read(self) -> dict:
        """What the current notebook shows: headings, markdown, outputs, errors, tables,
        images, widgets, the menu bar."""
        return json.loads(self.evaluate(READ))

    def close_notebook(self) -> None:
        self.evaluate(CLOSE)

    def screenshot(self, target: Path) -> Path:
        data = self.browser.call("Page.captureScreenshot", format="png")["data"]
        Path(target).write_bytes(base64.b64decode(data))
        return Path(target)

    def close(self) -> None:
        try:
            if self.browser is not None:
                self.browser.close()
        finally:
            self.server.terminate()
            try:
                self.server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.server.kill()
