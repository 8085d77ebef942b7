"""`make lab` serves notebooks/ with a real JupyterLab server whose kernel can use newsframe.

Starts `jupyter lab` (as `make lab` does, headless), opens a session on a notebook through the
REST API and runs code in its kernel over the websocket channel.
"""

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from tornado.websocket import websocket_connect

from newsframe import paths

TOKEN = "newsframe-test-token"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _api(port: int, path: str, payload: dict | None = None) -> dict | list:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", method="POST" if payload is not None else "GET",
        data=json.dumps(payload).encode() if payload is not None else None,
        headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture()
def lab_server(tmp_path):
    port = _free_port()
    jupyter = Path(sys.executable).with_name("jupyter")
    flags = ["--allow-root"] if os.geteuid() == 0 else []
    server = subprocess.Popen(
        [str(jupyter), "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--IdentityProvider.token={TOKEN}", f"--notebook-dir={paths.NOTEBOOKS}", *flags],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=paths.ROOT,
        env={**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")})
    try:
        for _ in range(120):
            try:
                _api(port, "/api/status")
                break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("jupyter lab did not start within 30 s")
        yield port
    finally:
        server.terminate()
        server.wait(timeout=20)


async def _execute(port: int, kernel_id: str, code: str) -> str:
    url = f"ws://127.0.0.1:{port}/api/kernels/{kernel_id}/channels?token={TOKEN}"
    connection = await websocket_connect(url)
    msg_id = uuid.uuid4().hex
    connection.write_message(json.dumps({
        "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex,
                   "msg_type": "execute_request", "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": False,
                    "user_expressions": {}, "allow_stdin": False},
    }))
    printed = []
    while True:
        message = json.loads(await asyncio.wait_for(connection.read_message(), timeout=60))
        if message.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])
        elif message["msg_type"] == "error":
            raise AssertionError(message["content"]["evalue"])
        elif message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            connection.close()
            return "".join(printed)


def test_lab_kernel_runs_newsframe_on_a_notebook_session(lab_server):
    assert "lab" in urllib.request.urlopen(
        f"http://127.0.0.1:{lab_server}/lab?token={TOKEN}", timeout=10).read().decode()
    session = _api(lab_server, "/api/sessions", {
        "path": "00_corpus.ipynb", "type": "notebook", "name": "00_corpus.ipynb",
        "kernel": {"name": "python3"}})
    code = ("import os, newsframe as nf\n"
            "print(os.path.basename(os.getcwd()), len(nf.load_corpus(nf.resolve_path('seeds'))))")
    output = asyncio.run(_execute(lab_server, session["kernel"]["id"], code))
    assert output.strip() == "notebooks 5"
