"""Warm kernels for report builds: fresh kernel processes forked from a process that has
already imported the stack the notebooks use.

A report build starts one *kernel server* (``python -m newsframe.kernels SOCKET MODULE…``).
It imports ipykernel, numpy, pandas, matplotlib.pyplot and newsframe's modules once, then
waits. Each notebook's kernel is still launched by jupyter_client as usual; only its command
is wrapped in a *trampoline*, a stdlib-only Python process that asks the server to fork a
kernel with the trampoline's arguments, working directory, environment and standard streams,
then stands in for it: signals are passed on to the kernel, and its exit status is the
kernel's. Every notebook therefore runs in its own new process, with a real ipykernel, under
stock papermill and nbclient. The only difference from a cold kernel is that these modules
are already in ``sys.modules`` when the notebook imports them; ``_preload`` imports them the
way a kernel would, and the tests compare warm and cold runs of every notebook.

Nothing depends on the server: if it is not running (not Linux, ``--fresh-kernels``, an
import failed) kernels start the ordinary way, and a trampoline that cannot reach the server
runs the kernel command itself.
"""

import gc
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

# imported by the server before it forks: the kernel itself, and what report notebooks import
PRELOAD = ("ipykernel.kernelapp", "numpy", "pandas", "matplotlib.pyplot", "newsframe.corpus",
           "newsframe.pipeline", "newsframe.claims", "newsframe.timeline", "newsframe.sources",
           "newsframe.framing", "newsframe.reference", "newsframe.briefing", "newsframe.render",
           "newsframe.params")
INLINE = "module://matplotlib_inline.backend_inline"  # what ipykernel sets MPLBACKEND to
SOCKET_ENV = "NEWSFRAME_KERNEL_SERVER"  # the running server's socket, for WarmKernelManager
AVAILABLE = sys.platform == "linux"  # fork after numpy/matplotlib imports is not safe on macOS

# The trampoline: started by jupyter_client in place of the kernel (stdlib only, no site).
TRAMPOLINE = r"""
import json, os, signal, socket, sys
path, command = sys.argv[1], sys.argv[2:]
try:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.connect(path)
    socket.send_fds(server, [b"k"], [0, 1, 2])
    request = {"argv": command, "cwd": os.getcwd(), "env": dict(os.environ)}
    server.sendall(json.dumps(request).encode() + b"\n")
    replies = server.makefile("r")
    reply = replies.readline()
except OSError:
    reply = ""
if not reply.strip().isdigit():  # no server, or it could not fork: start the kernel here
    os.execv(command[0], command)
pid = int(reply)
def forward(signum, frame):
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass
for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2"):
    signal.signal(getattr(signal, name), forward)
line = replies.readline().split()
sys.exit(int(line[1]) % 256 if len(line) == 2 and line[0] == "exit" else 1)
"""


class WarmKernelManager(AsyncKernelManager):
    """A kernel manager whose ipykernel command goes through the trampoline while a kernel
    server runs in this process (else it is the ordinary command)."""

    def format_kernel_cmd(self, extra_arguments=None):
        command = super().format_kernel_cmd(extra_arguments)
        path = os.environ.get(SOCKET_ENV)
        if not path or command[1:3] != ["-m", "ipykernel_launcher"]:
            return command
        return [sys.executable, "-I", "-S", "-c", TRAMPOLINE, path, *command]


_running = []  # ready() of the server this process runs (kernel_server blocks nest)


@contextmanager
def kernel_server(enabled: bool = True, preload=PRELOAD):
    """Start a kernel server for the block and yield ``ready()``, which waits until the
    server has imported ``preload`` and then publishes its socket in ``SOCKET_ENV`` (True),
    or returns False when there is no server. Start it early: it imports while the caller
    works. Inside another ``kernel_server`` block, yields that server's ``ready``; when not
    ``enabled``, kernels in the block start the ordinary way even inside one."""
    if not (enabled and AVAILABLE):
        outer = os.environ.pop(SOCKET_ENV, None)
        try:
            yield lambda: False
        finally:
            if outer is not None:
                os.environ[SOCKET_ENV] = outer
        return
    if _running:
        yield _running[-1]
        return
    folder = tempfile.mkdtemp(prefix="newsframe-kernels-")
    path = str(Path(folder) / "server.sock")
    process = subprocess.Popen([sys.executable, "-m", "newsframe.kernels", path, *preload],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    previous = os.environ.get(SOCKET_ENV)

    def ready() -> bool:
        if os.environ.get(SOCKET_ENV) != path and process.stdout.readline().strip() == "ready":
            os.environ[SOCKET_ENV] = path
        return os.environ.get(SOCKET_ENV) == path

    _running.append(ready)
    try:
        yield ready
    finally:
        _running.pop()
        if previous is None:
            os.environ.pop(SOCKET_ENV, None)
        else:
            os.environ[SOCKET_ENV] = previous
        process.stdin.close()  # the server kills any kernel still running and exits
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for leftover in Path(folder).iterdir():
            leftover.unlink()
        os.rmdir(folder)


class _KernelShell:
    """What ``get_ipython()`` returns in a kernel, as far as an import can tell."""

    kernel = True


def _preload(modules) -> None:
    """Import ``modules`` under the conditions they would meet in a kernel.

    Two of them look at their surroundings when imported: matplotlib reads ``MPLBACKEND``,
    which ipykernel sets (when unset) before any notebook code runs, and pandas sizes its
    tables for a terminal unless ``get_ipython()`` answers with a kernel. pyplot, imported,
    looks for a GUI event loop when the backend is an interactive one, so it is preloaded
    only with the inline backend (whose module loads at the first figure, in the kernel,
    where it hooks into IPython).
    """
    import builtins

    os.environ.setdefault("MPLBACKEND", INLINE)
    builtins.get_ipython = _KernelShell
    try:
        for name in modules:
            if name != "matplotlib.pyplot" or os.environ["MPLBACKEND"] == INLINE:
                import_module(name)
    finally:
        del builtins.get_ipython


def serve(path: str, modules) -> None:
    """The kernel server: preload, then fork one kernel per trampoline until stdin closes."""
    if sys.path and sys.path[0] in ("", os.getcwd()):
        del sys.path[0]  # as ipykernel_launcher does before it imports anything
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's; stdin ends us
    try:
        _preload(modules)
    except Exception as failure:  # noqa: BLE001 - the build goes on with ordinary kernels
        print(f"newsframe: warm kernels off ({type(failure).__name__}: {failure}); "
              "kernels start the usual way", file=sys.stderr)
        return
    if threading.active_count() != 1:  # forking a process with threads is not safe
        print("newsframe: warm kernels off (a thread started while importing)", file=sys.stderr)
        return
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(16)
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # wakes select() through wake_read
    kernels: dict[socket.socket, int] = {}  # trampoline connection -> kernel pid
    # the preloaded objects live as long as the kernels: keep them out of the kernels'
    # garbage collections, whose visits would also copy every page they touch (an exiting
    # kernel's last collection took 0.3 s of its shutdown before this)
    gc.freeze()
    print("ready", flush=True)
    while True:
        readable, _, _ = select.select([listener, wake_read, sys.stdin, *kernels], [], [])
        if sys.stdin in readable and not sys.stdin.readline():  # the build is over
            for pid in kernels.values():
                _kill(pid)
            os._exit(0)  # nothing to tear down: skip the interpreter's clean-up
        if wake_read in readable:
            os.read(wake_read, 512)
            _reap(kernels)
        if listener in readable:
            connection, _ = listener.accept()
            _, fds, _, _ = socket.recv_fds(connection, 1, 3)
            request = json.loads(connection.makefile("r").readline())
            try:
                pid = os.fork()
            except OSError:  # the trampoline starts the kernel itself
                pid = None
            if pid == 0:
                _become_kernel(fds, request, [listener, connection, *kernels])
            for fd in fds:
                os.close(fd)
            if pid is None:
                connection.close()
                continue
            connection.sendall(f"{pid}\n".encode())
            kernels[connection] = pid
        for connection in [c for c in readable if c in kernels]:
            if not connection.recv(1):  # the trampoline was killed: so is its kernel
                _kill(kernels[connection])


def _become_kernel(fds, request, sockets) -> None:
    """In the forked child: run the kernel the trampoline asked for, then end the process
    the way a kernel's ends (exit handlers run), never returning to the server's loop."""
    try:
        for sock in sockets:
            sock.close()
        signal.set_wakeup_fd(-1)
        for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.setsid()  # as jupyter_client starts kernels: a session of its own
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ.pop(SOCKET_ENV, None)  # the runner's business, not the notebook's
        argv = request["argv"][3:]  # after: python -m ipykernel_launcher
        if os.environ.get("JPY_PARENT_PID"):  # ipykernel read it when imported: pass it on
            argv.append(f"--IPKernelApp.parent_handle={os.environ['JPY_PARENT_PID']}")
        sys.argv = [import_module("ipykernel_launcher").__file__, *argv]
        from ipykernel.kernelapp import launch_new_instance

        launch_new_instance()
    except SystemExit:
        raise  # out through serve(): the interpreter exits with its code
    except BaseException:  # noqa: BLE001 - reported on the kernel's stderr
        import traceback

        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    sys.exit(0)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _reap(kernels: dict) -> None:
    """Collect exited kernels and tell each one's trampoline its exit status."""
    by_pid = {pid: connection for connection, pid in kernels.items()}
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        connection = by_pid.get(pid)
        if connection is not None:
            try:
                connection.sendall(f"exit {os.waitstatus_to_exitcode(status)}\n".encode())
            except OSError:
                pass
            connection.close()
            del kernels[connection]


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2:])
