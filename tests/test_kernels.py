"""Warm kernels: forked from the kernel server, they behave like kernels started from scratch.

Real kernels, a real server and real signals (Linux; the server is off elsewhere).
"""

import asyncio
import os
import socket
import tempfile
import threading
import time

import pytest

from newsframe import kernels

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


async def _stop(manager, client, now=False):
    client.stop_channels()
    await manager.shutdown_kernel(now=now)


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

    async def probe():
        manager, client = await _start(tmp_path)
        try:
            return manager.provisioner.process.pid, await _run(client, (
                "import os, sys\n"
                "print('pandas' in sys.modules, 'matplotlib' in sys.modules)\n"
                "print(os.getcwd()); print(os.environ['NEWSFRAME_TEST_MARK'],\n"
                f"      {kernels.SOCKET_ENV!r} in os.environ)\n"
                "print(os.getppid())"))
        finally:
            await _stop(manager, client)

    with kernels.kernel_server(preload=SMALL) as ready:
        assert ready()
        trampoline, (printed, reply, _) = asyncio.run(probe())
    assert reply["status"] == "ok"
    preloaded, cwd, mark, parent = printed.splitlines()
    assert preloaded == "True False"  # pandas came with the fork; matplotlib was not asked for
    assert cwd == str(tmp_path) and mark == "from the caller False"
    assert int(parent) not in (trampoline, os.getpid())  # the server's child, not a launch


PROBE = """
import builtins, os, sys
import matplotlib, matplotlib.pyplot as plt, pandas as pd
print(pd.get_option("display.max_columns"), pd.get_option("display.width"))
print(matplotlib.get_backend(), os.environ.get("MPLBACKEND"), plt.isinteractive())
print(sys.path[0] == "", sys.argv[0].endswith("ipykernel_launcher.py"))
plt.plot([1, 2, 3])
"""


def test_warm_kernel_sees_what_a_cold_kernel_sees(tmp_path):
    async def probe():
        manager, client = await _start(tmp_path)
        try:
            return await _run(client, PROBE)
        finally:
            await _stop(manager, client)

    cold = asyncio.run(probe())
    with kernels.kernel_server() as ready:
        assert ready()
        warm = asyncio.run(probe())
    assert cold[1]["status"] == warm[1]["status"] == "ok"
    assert warm[0] == cold[0], (warm[0], cold[0])  # pandas options, backend, paths
    assert warm[2] == cold[2] == 1  # the figure is displayed inline by both


def test_interrupt_reaches_the_kernel(tmp_path):
    async def interrupted():
        manager, client = await _start(tmp_path)
        try:
            message_id = client.execute("import time; time.sleep(60)")
            await asyncio.sleep(0.5)
            started = time.monotonic()
            await manager.interrupt_kernel()
            while True:
                reply = await client.get_shell_msg(timeout=30)
                if reply["parent_header"].get("msg_id") == message_id:
                    return reply["content"], time.monotonic() - started
        finally:
            await _stop(manager, client)

    with kernels.kernel_server(preload=SMALL) as ready:
        assert ready()
        content, seconds = asyncio.run(interrupted())
    assert content["status"] == "error" and content["ename"] == "KeyboardInterrupt"
    assert seconds < 10


def test_kernel_exit_status_and_a_killed_kernel(tmp_path):
    async def exits():
        manager, client = await _start(tmp_path)
        client.execute("import os; os._exit(3)")
        for _ in range(200):
            if not await manager.is_alive():
                break
            await asyncio.sleep(0.05)
        status = await manager.provisioner.poll()
        await _stop(manager, client, now=True)
        return status

    async def killed():
        manager, client = await _start(tmp_path)
        printed, _, _ = await _run(client, "import os; print(os.getpid())")
        await _stop(manager, client, now=True)  # SIGKILL to the trampoline's group
        return int(printed)

    with kernels.kernel_server(preload=SMALL) as ready:
        assert ready()
        assert asyncio.run(exits()) == 3
        assert _gone(asyncio.run(killed()))  # the server took the kernel with its trampoline


def test_kernel_ends_like_a_kernel_exit_handlers_run(tmp_path):
    marker = tmp_path / "atexit.txt"

    async def run_and_stop():
        manager, client = await _start(tmp_path)
        await _run(client, f"import atexit, pathlib\n"
                           f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'bye')")
        await _stop(manager, client)  # a shutdown request: the kernel ends on its own
        return await manager.provisioner.poll() if manager.provisioner else 0

    with kernels.kernel_server(preload=SMALL) as ready:
        assert ready()
        assert asyncio.run(run_and_stop()) in (0, None)
    assert marker.read_text() == "bye"


def test_closing_the_server_ends_its_kernels(tmp_path):
    async def start():
        manager, client = await _start(tmp_path)
        printed, _, _ = await _run(client, "import os; print(os.getpid())")
        return manager, client, int(printed)

    with kernels.kernel_server(preload=SMALL) as ready:
        assert ready()
        manager, client, pid = asyncio.run(start())
    assert _gone(pid)
    asyncio.run(_stop(manager, client, now=True))


def test_command_is_the_ordinary_one_without_a_server(tmp_path, monkeypatch):
    manager = kernels.WarmKernelManager(kernel_name="python3")
    monkeypatch.delenv(kernels.SOCKET_ENV, raising=False)
    assert manager.format_kernel_cmd()[1:3] == ["-m", "ipykernel_launcher"]
    monkeypatch.setenv(kernels.SOCKET_ENV, str(tmp_path / "server.sock"))
    command = manager.format_kernel_cmd()
    assert command[4] == kernels.TRAMPOLINE and command[5] == str(tmp_path / "server.sock")
    assert command[7:9] == ["-m", "ipykernel_launcher"]


def test_unreachable_server_means_an_ordinary_kernel(tmp_path, monkeypatch):
    monkeypatch.setenv(kernels.SOCKET_ENV, str(tmp_path / "no-server.sock"))

    async def probe():
        manager, client = await _start(tmp_path)
        try:
            return await _run(client, "import sys; print('pandas' in sys.modules)")
        finally:
            await _stop(manager, client)

    printed, reply, _ = asyncio.run(probe())
    assert reply["status"] == "ok" and printed.strip() == "False"  # started cold


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

    async def probe():
        manager, client = await _start(tmp_path)
        try:
            return await _run(client, "import sys; print('pandas' in sys.modules)")
        finally:
            await _stop(manager, client)

    printed, reply, _ = asyncio.run(probe())
    listener.close()
    assert reply["status"] == "ok" and printed.strip() == "False"  # started cold


def test_failed_preload_or_disabled_means_no_server(capfd):
    with kernels.kernel_server(preload=("no_such_module_here",)) as ready:
        assert not ready()
        assert kernels.SOCKET_ENV not in os.environ
    assert "warm kernels off (ModuleNotFoundError" in capfd.readouterr().err
    with kernels.kernel_server(enabled=False) as ready:
        assert not ready()


def test_nested_blocks_share_one_server_unless_disabled():
    with kernels.kernel_server(preload=SMALL) as outer:
        with kernels.kernel_server() as inner:
            assert inner is outer and inner()
        path = os.environ[kernels.SOCKET_ENV]  # the inner block did not close it
        with kernels.kernel_server(enabled=False) as off:
            assert not off() and kernels.SOCKET_ENV not in os.environ
        assert os.environ[kernels.SOCKET_ENV] == path
    assert kernels.SOCKET_ENV not in os.environ
