"""Warm kernels for report builds: fresh kernel processes forked from a process that has
already imported the stack the notebooks use.

A report build starts one *kernel server* (``python -m newsframe.publish.kernels SOCKET MODULE…``).
It imports ipykernel, numpy, pandas, matplotlib.pyplot and newsframe's modules once, then
waits. Each notebook's kernel is still launched by jupyter_client as usual; only its command
is wrapped in a *trampoline*, a stdlib-only Python process that asks the server to fork a
kernel with the trampoline's arguments, working directory, environment and standard streams,
then stands in for it: signals are passed on to the kernel, and its exit status is the
kernel's. Every notebook therefore runs in its own new process, with a real ipykernel, under
stock papermill and nbclient. The difference from a cold kernel is that these modules are
already in ``sys.modules`` when the notebook imports them, so:

- they are imported the way a kernel would import them (``_preload``), in the folder and
  environment the kernels get: a kernel whose folder or environment differs from the
  server's (``VARYING`` aside) is not forked but starts cold;
- per-process state is renewed after the fork where it can be (``random`` reseeds itself,
  numpy's global generator is reseeded); the string hash seed cannot be, so the warm
  kernels of one build share it (a cold kernel's is random, so no output can rely on it);
- the preloaded objects are frozen out of garbage collection (``gc.freeze``), and
  ``sys.orig_argv`` names the server.

The tests compare warm and cold kernels and warm and cold builds of every notebook.

Nothing depends on the server: if it is not running (not Linux, ``--fresh-kernels``, an
import failed) kernels start the ordinary way, and a trampoline that cannot reach the server,
or is turned away, runs the kernel command itself.
"""

import gc
import json
import os
import select
import shutil
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
from traitlets import Unicode

# imported by the server before it forks: the kernel itself, and what report notebooks import
# (pyarrow's Parquet reader, pandas' Styler with Jinja2, YAML and Babel: what opening a page's
# tables and showing them import in every notebook. Not debugpy, which a kernel imports as it
# starts: it keeps the standard error stream of the process that imported it for its log.)
PRELOAD = ("ipykernel.kernelapp", "numpy", "pandas", "matplotlib.pyplot",
           "pyarrow.parquet", "pyarrow.dataset", "pandas.io.formats.style", "yaml",
           "babel.dates", "newsframe.store.tables", "newsframe.read.corpus",
           "newsframe.annotate.tables", "newsframe.analyse.reference",
           "newsframe.analyse.indicators", "newsframe.analyse.chronology",
           "newsframe.present.charts", "newsframe.present.briefing", "newsframe.present.render",
           "newsframe.params", "newsframe.notebook")
INLINE = "module://matplotlib_inline.backend_inline"  # what ipykernel sets MPLBACKEND to
SOCKET_ENV = "NEWSFRAME_KERNEL_SERVER"  # the running server's socket, for WarmKernelManager
# A kernel is forked only when its folder and environment are the server's (matplotlib, for
# one, reads a matplotlibrc in the working folder and several variables when imported);
# else it starts cold. These variables may differ, as nothing reads them on import:
# jupyter_client sets them for the kernel, the report runner sets them after the server
# started, or they follow the terminal or test runner while a process runs.
VARYING = {"JPY_PARENT_PID", "JPY_SESSION_NAME", SOCKET_ENV, "COLUMNS",
           "LINES", "PYTEST_CURRENT_TEST", "NEWSFRAME_CHECKED_TABLES",
           "NEWSFRAME_EVIDENCE_GUARDED", "NEWSFRAME_GIVEN_FOLDERS"}
SCRATCH_PREFIX = "newsframe-kernels-"  # + the pid of the run, so leftovers are recognised
HANDSHAKE_SECONDS = 5  # a trampoline that says nothing for this long is dropped
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
if not reply.strip().isdigit():  # no server, or not for this kernel: start it here, cold
    os.environ.pop("SOCKET_ENV", None)
    os.execv(command[0], command)
pid = int(reply)
def forward(signum, frame):  # to the kernel's process group, as jupyter_client signals ours
    try:
        os.killpg(pid, signum)
    except ProcessLookupError:
        pass
for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2"):
    signal.signal(getattr(signal, name), forward)
line = replies.readline().split()
code = int(line[1]) if len(line) == 2 and line[0] == "exit" else 1
if code < 0:  # killed by a signal: end the same way, so our status reads the same
    if -code != signal.SIGKILL:
        signal.signal(-code, signal.SIG_DFL)
    os.kill(os.getpid(), -code)
sys.exit(code)
""".replace("SOCKET_ENV", SOCKET_ENV)


class ReportKernelManager(AsyncKernelManager):
    """jupyter_client's kernel manager with the kernel's standard error in the file
    ``stderr_log`` (when set): what a kernel process writes there itself, not through a cell
    (libzmq's C assertions as it exits, say), is a report build's noise; the runner reads
    the file only when the notebook failed."""

    stderr_log = Unicode("", help="file the kernel's standard error goes to").tag(config=True)

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        if not self.stderr_log:
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        with open(self.stderr_log, "ab") as log:  # the kernel keeps its own descriptor
            return await super()._async_launch_kernel(kernel_cmd, **{**kw, "stderr": log})


class WarmKernelManager(ReportKernelManager):
    """A kernel manager whose ipykernel command goes through the trampoline while a kernel
    server runs in this process (else it is the ordinary command)."""

    def format_kernel_cmd(self, extra_arguments=None):
        command = super().format_kernel_cmd(extra_arguments)
        path = os.environ.get(SOCKET_ENV)
        if (not path or command[1:3] != ["-m", "ipykernel_launcher"]
                or os.path.realpath(command[0]) != os.path.realpath(sys.executable)):
            return command  # no server, or a kernel of another kind or interpreter
        return [sys.executable, "-I", "-S", "-c", TRAMPOLINE, path, *command]


class KernelServer:
    """Handle on a kernel server: ``ready()`` waits until it has imported and publishes its
    socket in ``SOCKET_ENV`` (True), or reports that there is none (False); once its block
    has ended, ``forked`` is how many kernels it forked."""

    def __init__(self, process: subprocess.Popen | None = None, path: str = ""):
        self.process, self.path, self.forked = process, path, 0

    def ready(self) -> bool:
        if self.process and os.environ.get(SOCKET_ENV) != self.path:
            if self.process.stdout.readline().strip() == "ready":
                os.environ[SOCKET_ENV] = self.path
        return bool(self.process) and os.environ.get(SOCKET_ENV) == self.path

    def close(self) -> None:
        """End the server: it kills any kernel still running, says how many it forked. A
        server never made ready (the build stopped first) has forked nothing: killed."""
        if os.environ.get(SOCKET_ENV) != self.path:
            self.process.kill()
            self.process.communicate()
            return
        try:  # communicate() closes the server's stdin: its cue to end
            told, _ = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            told, _ = self.process.communicate()
        counts = [line.split()[1] for line in told.splitlines() if line.startswith("forked ")]
        self.forked = int(counts[-1]) if counts else 0


_running: list[KernelServer] = []  # the server this process runs (kernel_server blocks nest)


@contextmanager
def kernel_server(enabled: bool = True, preload=PRELOAD, folder: Path | None = None):
    """Start a kernel server for the block and yield its :class:`KernelServer`. Kernels whose
    working folder is ``folder`` (default: the notebooks folder) are forked warm, others
    start cold. Start it early: it imports while the caller works. Inside another
    ``kernel_server`` block, yields that server; when not ``enabled``, kernels in the block
    start the ordinary way even inside one."""
    if _running and enabled:
        yield _running[-1]
        return
    with _socket_variable_kept():  # as it was on entry, once the block ends
        if not (enabled and AVAILABLE):
            os.environ.pop(SOCKET_ENV, None)
            yield KernelServer()
            return
        from ..paths import NOTEBOOKS
        from ..store.builds import cleanup_on_termination

        clean_stale_scratch()
        scratch = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")
        path = str(Path(scratch) / "server.sock")
        with cleanup_on_termination(lambda: shutil.rmtree(scratch, ignore_errors=True)):
            server = KernelServer(subprocess.Popen(
                [sys.executable, "-m", "newsframe.publish.kernels", path, *preload],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                cwd=folder or NOTEBOOKS), path)
            _running.append(server)
            try:
                yield server
            finally:
                _running.pop()
                try:
                    server.close()
                finally:
                    shutil.rmtree(scratch, ignore_errors=True)


def clean_stale_scratch() -> list[str]:
    """Remove the scratch folders (``/tmp/newsframe-kernels-PID-*``) of servers whose run
    was killed (PID not alive); returns their names."""
    from ..store.builds import pid_alive

    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"):
        pid = folder.name[len(SCRATCH_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


@contextmanager
def _socket_variable_kept():
    previous = os.environ.get(SOCKET_ENV)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(SOCKET_ENV, None)
        else:
            os.environ[SOCKET_ENV] = previous


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
    baseline, folder = dict(os.environ), os.getcwd()  # what the imports below see
    if sys.path and sys.path[0] in ("", folder):
        del sys.path[0]  # as ipykernel_launcher does before it imports anything
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's; stdin ends us
    try:
        _preload(modules)
    except Exception as failure:  # noqa: BLE001 - the build goes on with ordinary kernels
        print(f"newsframe: warm kernels off ({type(failure).__name__}: {failure}); "
              "kernels start the usual way", file=sys.stderr)
        return
    # Python threads would not survive a fork. (Native pools - OpenBLAS, jemalloc - have
    # their own at-fork handlers, as any fork after importing numpy relies on.)
    if threading.active_count() != 1:
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
    gone: set[socket.socket] = set()  # trampolines that ended before their kernel
    forked = 0
    # the preloaded objects live as long as the kernels: keep them out of the kernels'
    # garbage collections, whose visits would also copy every page they touch (an exiting
    # kernel's last collection took 0.3 s of its shutdown before this)
    gc.freeze()
    print("ready", flush=True)
    while True:
        watched = [c for c in kernels if c not in gone]
        readable, _, _ = select.select([listener, wake_read, sys.stdin, *watched], [], [])
        if sys.stdin in readable and not sys.stdin.readline():  # the build is over
            for pid in kernels.values():
                _kill(pid)
            print(f"forked {forked}", flush=True)
            os._exit(0)  # nothing to tear down: skip the interpreter's clean-up
        if wake_read in readable:
            os.read(wake_read, 512)
            _reap(kernels, gone)
        if listener in readable:
            connection, _ = listener.accept()
            request = _handshake(connection, baseline, folder)
            if request is not None:
                pid = _fork(request, [listener, *kernels], (wake_read, wake_write))
                forked += pid > 0
                try:
                    connection.sendall(f"{pid}\n".encode())
                except OSError:  # the trampoline is gone already
                    _kill(pid)
                    gone.add(connection)
                kernels[connection] = pid
            else:
                connection.close()  # the trampoline starts its kernel itself, cold
        for connection in [c for c in readable if c in kernels]:
            try:
                ended = not connection.recv(1)
            except OSError:
                ended = True
            if ended:  # the trampoline was killed: so is its kernel
                _kill(kernels[connection])
                gone.add(connection)


def _handshake(connection, baseline: dict, folder: str) -> dict | None:
    """A trampoline's request, with its standard streams in ``request["fds"]``, if its kernel
    can be forked here: it must arrive within HANDSHAKE_SECONDS, and the kernel's folder and
    environment must be the server's (VARYING aside). Else None."""
    fds = []
    connection.settimeout(HANDSHAKE_SECONDS)
    try:
        _, fds, _, _ = socket.recv_fds(connection, 1, 3)
        request = json.loads(connection.makefile("rb").readline(1 << 22))
        env = request["env"]
        same = (request["cwd"] == folder and len(fds) == 3
                and all(env.get(k) == baseline.get(k) for k in (env.keys() | baseline.keys())
                        if k not in VARYING))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        same = False
    connection.settimeout(None)
    if not same:
        for fd in fds:
            os.close(fd)
        return None
    return {**request, "fds": fds}


def _fork(request: dict, sockets: list, pipe: tuple) -> int:
    """Fork the kernel ``request`` asks for; in the parent, its pid (-1 if fork failed)."""
    try:
        pid = os.fork()
    except OSError:
        pid = -1
    if pid == 0:
        _become_kernel(request, sockets, pipe)
    for fd in request["fds"]:
        os.close(fd)
    return pid


def _become_kernel(request: dict, sockets: list, pipe: tuple) -> None:
    """In the forked child: run the kernel the trampoline asked for, then end the process
    the way a kernel's ends (exit handlers run), never returning to the server's loop."""
    try:
        _die_with_parent()
        for sock in sockets:
            sock.close()
        signal.set_wakeup_fd(-1)
        for fd in pipe:
            os.close(fd)
        for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.setsid()  # as jupyter_client starts kernels: a session of its own
        for target, fd in enumerate(request["fds"]):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ.pop(SOCKET_ENV, None)  # the runner's business, not the notebook's
        if "numpy.random" in sys.modules:  # seeded at import, as a cold kernel's would be
            sys.modules["numpy.random"].seed()
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


def _die_with_parent() -> None:
    """Have Linux kill this process if the server dies (a cold kernel ends with its runner;
    the server kills its kernels when the runner ends, but cannot if it crashed)."""
    import ctypes

    parent = os.getppid()
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the server died before the call
        os._exit(1)


def _kill(pid: int) -> None:
    """SIGKILL a kernel's process group, as jupyter_client kills a kernel's."""
    if pid <= 0:
        return
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        try:  # the child may not have become a group leader yet
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _reap(kernels: dict, gone: set) -> None:
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
            gone.discard(connection)


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2:])
