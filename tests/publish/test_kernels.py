"""Warm kernels: forked from the kernel server, they behave like kernels started from scratch,
and a kernel the server cannot serve faithfully starts cold.

Real kernels, a real server and real signals (Linux; the server is off elsewhere). Every
test of a warm kernel first checks that it was forked (its parent is not its trampoline).
"""

import asyncio
import os
import socket
import tempfile
import threading
import time

import pytest

from newsframe.publish import kernels

pytestmark = pytest.mark.skipif(not kernels.AVAILABLE, reason="warm kernels are Linux only")

SMALL = ("ipykernel.kernelapp", "pandas")  # shows the preload and starts quickly


async def _start(cwd):
    manager = kernels.WarmKernelManager(kernel_name="python3")
    await manager.start_kernel(cwd=str(cwd), extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
    client = manager.client()
    client.start_channels()
    await client.wait_for_ready(timeout=60)
    return manager, client


async def _run(client, code: str) -> tuple[str, dict, int]:
    """stdout of ``code``, its reply content and how many PNG images it displayed."""
    printed, images = [], []

    def hook(message):
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])
        elif "image/png" in message["content"].get("data", {}):
            images.append(message)

    reply = await client.execute_interactive(code, output_hook=hook, timeout=60)
    return "".join(printed), reply["content"], len(images)


async def _warm(manager, client) -> bool:
    """Was the kernel forked by the server? (A trampoline that starts the kernel itself
    becomes it: same pid.)"""
    printed, _, _ = await _run(client, "import os as _os; print(_os.getpid()); del _os")
    return int(printed) != manager.provisioner.process.pid


async def _stop(manager, client, now=False):
    client.stop_channels()
    await manager.shutdown_kernel(now=now)


async def _probe(cwd, code: str) -> tuple[bool, str, dict, int]:
    """Start a kernel in ``cwd``, run ``code``, stop it: (warm?, stdout, reply, images)."""
    manager, client = await _start(cwd)
    try:
        return (await _warm(manager, client), *await _run(client, code))
    finally:
        await _stop(manager, client)


def _gone(pid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_kernel_is_forked_with_the_callers_folder_and_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFRAME_TEST_MARK", "from the caller")
    code = ("import os, sys\n"
            "print('pandas' in sys.modules, 'matplotlib' in sys.modules)\n"
            "print(os.getcwd())\n"
            f"print(os.environ['NEWSFRAME_TEST_MARK'], {kernels.SOCKET_ENV!r} in os.environ)")
    with kernels.kernel_server(preload=SMALL, folder=tmp_path) as server:
        assert server.ready()
        warm, printed, reply, _ = asyncio.run(_probe(tmp_path, code))
    assert warm and reply["status"] == "ok"
    preloaded, cwd, mark = printed.splitlines()
    assert preloaded == "True False"  # pandas came with the fork; matplotlib was not asked for
    assert cwd == str(tmp_path) and mark == "from the caller False"


PROBE = """
import builtins, os, sys
import matplotlib, matplotlib.pyplot as plt, pandas as pd
print(pd.get_option("display.max_columns"), pd.get_option("display.width"))
print(matplotlib.get_backend(), os.environ.get("MPLBACKEND"), plt.isinteractive())
print(list(matplotlib.rcParams["figure.figsize"]), matplotlib.rcParams["axes.grid"])
print(sys.path[0] == "", sys.argv[0].endswith("ipykernel_launcher.py"))
plt.plot([1, 2, 3])
"""


def test_warm_kernel_sees_what_a_cold_kernel_sees(tmp_path):
    # a matplotlibrc in the notebook's folder is read when matplotlib is imported
    (tmp_path / "matplotlibrc").write_text("figure.figsize: 3, 2\naxes.grid: True\n")
    cold = asyncio.run(_probe(tmp_path, PROBE))
    with kernels.kernel_server(folder=tmp_path) as server:
        assert server.ready()
        warm = asyncio.run(_probe(tmp_path, PROBE))
    assert warm[0] and not cold[0]
    assert cold[2]["status"] == warm[2]["status"] == "ok"
    assert warm[1] == cold[1], (warm[1], cold[1])  # pandas options, backend, rc file, paths
    assert "[3.0, 2.0] True" in warm[1]
    assert warm[3] == cold[3] == 1  # the figure is displayed inline by both


def test_another_folder_or_environment_means_a_cold_kernel(tmp_path, monkeypatch):
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    with kernels.kernel_server(preload=SMALL, folder=home) as server:
        assert server.ready()
        monkeypatch.setenv("COLUMNS", "123")  # a terminal width varies: still warm
        assert asyncio.run(_probe(home, "pass"))[0]
        assert not asyncio.run(_probe(elsewhere, "pass"))[0]
        monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))  # read on import: cold
        assert not asyncio.run(_probe(home, "pass"))[0]
    assert server.forked == 1


def test_two_warm_kernels_draw_different_random_numbers(tmp_path):
    code = "import numpy as np, random; print(np.random.rand(), random.random())"
    with kernels.kernel_server(preload=SMALL, folder=tmp_path) as server:
        assert server.ready()
        first, second = (asyncio.run(_probe(tmp_path, code)) for _ in range(2))
    assert first[0] and second[0]
    first_numpy, first_random = first[1].split()
    second_numpy, second_random = second[1].split()
    assert first_numpy != second_numpy and first_random != second_random


def test_interrupt_reaches_the_kernel_and_its_children(tmp_path):
    async def interrupted(code):
        manager, client = await _start(tmp_path)
        try:
            assert await _warm(manager, client)
            message_id = client.execute(code)
            await asyncio.sleep(0.5)
            started = time.monotonic()
            await manager.interrupt_kernel()
            while True:
                reply = await client.get_shell_msg(timeout=30)
                if reply["parent_header"].get("msg_id") == message_id:
                    return reply["content"], time.monotonic() - started
        finally:
            await _stop(manager, client)

    with kernels.kernel_server(preload=SMALL, folder=tmp_path) as server:
        assert server.ready()
        content, seconds = asyncio.run(interrupted("import time; time.sleep(60)"))
        assert content["status"] == "error" and content["ename"] == "KeyboardInterrupt"
        assert seconds < 10
        # the process group gets it, as with a cold kernel: `sleep` stops, not only Python
        _, seconds = asyncio.run(interrupted("import os; os.system('sleep 30')"))
        assert seconds < 10


def test_exit_status_signals_and_a_killed_kernel_with_its_children(tmp_path):
    async def exits(code):
        manager, client = await _start(tmp_path)
        assert await _warm(manager, client)
        client.execute(code)
        for _ in range(200):
            if not await manager.is_alive():
                break
            await asyncio.sleep(0.05)
        status = await manager.provisioner.poll()
        await _stop(manager, client, now=True)
        return status

    async def killed():
        manager, client = await _start(tmp_path)
        assert await _warm(manager, client)
        printed, _, _ = await _run(client, "import os, subprocess\n"
                                           "child = subprocess.Popen(['sleep', '60'])\n"
                                           "print(os.getpid(), child.pid)")
        await _stop(manager, client, now=True)  # SIGKILL to the trampoline's group
        return [int(pid) for pid in printed.split()]

    with kernels.kernel_server(preload=SMALL, folder=tmp_path) as server:
        assert server.ready()
        assert asyncio.run(exits("import os; os._exit(3)")) == 3
        assert asyncio.run(exits("import os; os.kill(os.getpid(), 9)")) == -9  # as Popen says
        kernel, child = asyncio.run(killed())
        assert _gone(kernel) and _gone(child)  # the server killed the kernel's process group


def test_kernel_ends_like_a_kernel_exit_handlers_run(tmp_path):
    marker = tmp_path / "atexit.txt"

    async def run_and_stop():
        manager, client = await _start(tmp_path)
        assert await _warm(manager, client)
        await _run(client, f"import atexit, pathlib\n"
                           f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'bye')")
        await _stop(manager, client)  # a shutdown request: the kernel ends on its own

    with kernels.kernel_server(preload=SMALL, folder=tmp_path) as server:
        assert server.ready()
        asyncio.run(run_and_stop())
    assert marker.read_text() == "bye"


def test_closing_the_server_ends_its_kernels(tmp_path):
    async def start():
        manager, client = await _start(tmp_path)
        assert await _warm(manager, client)
        printed, _, _ = await _run(client, "import os; print(os.getpid())")
        return manager, client, int(printed)

    with kernels.kernel_server(preload=SMALL, folder=tmp_path) as server:
        assert server.ready()
        manager, client, pid = asyncio.run(start())
    assert _gone(pid)
    asyncio.run(_stop(manager, client, now=True))


def test_broken_or_silent_trampolines_do_not_stop_the_server(tmp_path):
    with kernels.kernel_server(preload=SMALL, folder=tmp_path) as server:
        assert server.ready()
        path = os.environ[kernels.SOCKET_ENV]
        for message in (b"", b"k", b"k{not json\n"):  # each closes mid-handshake
            broken = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            broken.connect(path)
            if message:
                socket.send_fds(broken, [message[:1]], [0, 1, 2])
                broken.sendall(message[1:])
            broken.close()
        silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        silent.connect(path)  # says nothing: dropped after HANDSHAKE_SECONDS
        started = time.monotonic()
        warm, printed, reply, _ = asyncio.run(_probe(tmp_path, "print(6 * 7)"))
        silent.close()
    assert warm and printed.strip() == "42"
    assert time.monotonic() - started < kernels.HANDSHAKE_SECONDS + 10


def test_command_is_the_ordinary_one_without_a_server(tmp_path, monkeypatch):
    manager = kernels.WarmKernelManager(kernel_name="python3")
    monkeypatch.delenv(kernels.SOCKET_ENV, raising=False)
    assert manager.format_kernel_cmd()[1:3] == ["-m", "ipykernel_launcher"]
    monkeypatch.setenv(kernels.SOCKET_ENV, str(tmp_path / "server.sock"))
    command = manager.format_kernel_cmd()
    assert command[4] == kernels.TRAMPOLINE and command[5] == str(tmp_path / "server.sock")
    assert command[7:9] == ["-m", "ipykernel_launcher"]
    assert kernels.SOCKET_ENV in kernels.TRAMPOLINE  # the fallback drops it too
    manager.kernel_spec.argv[0] = "/usr/bin/python3-other"  # another interpreter: as is
    assert manager.format_kernel_cmd()[0] == "/usr/bin/python3-other"


def test_unreachable_server_means_an_ordinary_kernel(tmp_path, monkeypatch):
    monkeypatch.setenv(kernels.SOCKET_ENV, str(tmp_path / "no-server.sock"))
    code = f"import os, sys; print('pandas' in sys.modules, {kernels.SOCKET_ENV!r} in os.environ)"
    _, printed, reply, _ = asyncio.run(_probe(tmp_path, code))
    assert reply["status"] == "ok" and printed.strip() == "False False"  # started cold


def test_server_that_cannot_fork_means_an_ordinary_kernel(tmp_path, monkeypatch):
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(tempfile.mkdtemp(prefix="nf-test-") + "/s.sock")
    listener.listen(1)

    def refuse():  # what the server does when fork() fails: close without a pid
        connection, _ = listener.accept()
        connection.recv(65536)
        connection.close()

    threading.Thread(target=refuse, daemon=True).start()
    monkeypatch.setenv(kernels.SOCKET_ENV, listener.getsockname())
    code = "import sys; print('pandas' in sys.modules)"
    warm, printed, reply, _ = asyncio.run(_probe(tmp_path, code))
    listener.close()
    assert not warm and reply["status"] == "ok" and printed.strip() == "False"


def test_failed_preload_or_disabled_means_no_server(capfd):
    with kernels.kernel_server(preload=("no_such_module_here",)) as server:
        assert not server.ready()
        assert kernels.SOCKET_ENV not in os.environ
    assert "warm kernels off (ModuleNotFoundError" in capfd.readouterr().err
    with kernels.kernel_server(enabled=False) as server:
        assert not server.ready()


def test_nested_blocks_share_one_server_unless_disabled():
    with kernels.kernel_server(preload=SMALL) as outer:
        with kernels.kernel_server() as inner:
            assert inner is outer and inner.ready()
        path = os.environ[kernels.SOCKET_ENV]  # the inner block did not close it
        with kernels.kernel_server(enabled=False) as off:
            assert not off.ready() and kernels.SOCKET_ENV not in os.environ
        assert os.environ[kernels.SOCKET_ENV] == path
    assert kernels.SOCKET_ENV not in os.environ


def test_the_marks_a_report_build_sets_after_the_server_started_still_allow_a_fork():
    from newsframe import bounded

    assert {bounded.CHECKED_ENV, bounded.EVIDENCE_ENV} <= kernels.VARYING
