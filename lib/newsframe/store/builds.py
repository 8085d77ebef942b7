"""Output folders that always hold one whole build: a lock per folder, a staging folder
moved into place, stale leftovers of killed runs cleaned, and cleanup on SIGTERM.

``newsframe report`` and ``newsframe annotate`` (and :func:`build_reports`,
:func:`write_tables` called from Python) write an output folder ``OUT`` like this:

1. :func:`locked` takes ``.OUT.lock`` next to ``OUT`` (an ``flock``, so the kernel drops
   it when a run dies, however it dies). A second run refuses with one line naming the
   run that holds it (pid, start time, command), or waits for it with ``wait=True``.
2. Holding the lock, leftovers of killed runs next to ``OUT`` are cleaned
   (:func:`clean_stale`): staging folders ``.OUT.building-PID-*`` and swapped-out
   ``.OUT.old-PID-*`` folders whose process is gone.
3. :func:`staged` yields ``.OUT.building-PID-XXXX``; the build writes there. When the
   block ends without error, entries of the old ``OUT`` that are not part of a build
   (``keep``: e.g. a tables folder given with ``--tables``) are carried over, and the
   staging folder replaces ``OUT`` by two renames. On an error it is removed.
4. :func:`handle_termination` turns SIGTERM (and SIGHUP, Ctrl-C) into: kill the processes this
   run started (kernels, Dask workers), run the registered cleanups (staging folders,
   kernel scratch, the lock), exit ``128 + signal`` (143 for SIGTERM).

>>> import tempfile
>>> out = Path(tempfile.mkdtemp()) / "reports"
>>> with locked(out, "example"), staged(out) as staging:
...     _ = (staging / "index.html").write_text("one build")
>>> sorted(p.name for p in out.parent.iterdir()), (out / "index.html").read_text()
(['reports'], 'one build')
>>> sorted(p.name for p in out.iterdir())
['.newsframe-build.json', 'index.html']
"""

import fcntl
import json
import os
import shlex
import shutil
import signal
import sys
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..params import ParameterError

MANIFEST = ".newsframe-build.json"  # in OUT: which entries the build wrote (not carried)
_CARRIED = ".carried"  # in a staging folder while old entries move in: rolled back if killed


class OutputError(ParameterError):
    """An output folder that cannot be written, or that another run is building."""


# ------------------------------------------------------------------------------ processes
def pid_alive(pid: int) -> bool:
    """Does process ``pid`` run (a zombie does not)?

    >>> pid_alive(os.getpid()), pid_alive(0x3FFFFFFF)
    (True, False)
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, ValueError):
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (Linux /proc; empty elsewhere), parents first."""
    found, queue = [], [pid]
    while queue:
        parent = queue.pop(0)
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except (OSError, ValueError):
                continue
            found += children
            queue += children
    return found


def describe_command(argv=None) -> str:
    """The command line of this run, as a user would type it.

    >>> describe_command(["/usr/bin/newsframe", "report", "--out", "my reports"])
    "newsframe report --out 'my reports'"
    """
    argv = list(sys.argv if argv is None else argv)
    if argv:
        argv[0] = Path(argv[0]).name
        if argv[0] in ("__main__.py", "cli.py"):
            argv[0] = "newsframe"
    return " ".join(shlex.quote(a) for a in argv)


# ------------------------------------------------------------------------ cleanup registry
_cleanups: list = []  # (key, function) run last-in first-out when the process is terminated
_deferred = {"depth": 0, "signal": None}  # a signal that arrived while a commit moved folders


@contextmanager
def cleanup_on_termination(function):
    """Run ``function`` if the process is terminated (:func:`handle_termination`) inside
    the block."""
    key = object()
    _cleanups.append((key, function))
    try:
        yield
    finally:
        _cleanups[:] = [(k, f) for k, f in _cleanups if k is not key]


def _terminate(signum, frame=None) -> None:
    if _deferred["depth"]:
        _deferred["signal"] = signum  # after the renames: a folder is never half moved
        return
    for other in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(other, signal.SIG_IGN)
    children = _descendants(os.getpid())
    for pid in children:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    for _, function in reversed(list(_cleanups)):
        try:
            function()
        except Exception:  # noqa: BLE001, S110 - the next cleanup must run all the same
            pass
    print(f"newsframe: stopped by signal {signal.Signals(signum).name}; temporary files "
          "removed", file=sys.stderr)
    sys.stderr.flush()
    os._exit(128 + signum)


def handle_termination() -> None:
    """SIGTERM, SIGHUP and SIGINT (Ctrl-C) stop this run cleanly: child processes killed,
    temporary folders removed, the output folder left as the last whole build, exit
    128 + signal (143 for SIGTERM, 130 for Ctrl-C)."""
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, _terminate)


@contextmanager
def _moving():
    """Signals wait while folders are renamed."""
    _deferred["depth"] += 1
    try:
        yield
    finally:
        _deferred["depth"] -= 1
        signum, _deferred["signal"] = _deferred["signal"], None
        if not _deferred["depth"] and signum is not None:
            _terminate(signum)


# ------------------------------------------------------------------------------------ lock
_held: set[Path] = set()  # lock files this process holds


def output_path(out) -> Path:
    """``out`` as an absolute path; a symlink to a folder is followed (the folder is
    replaced, the link stays)."""
    out = Path(out).absolute()
    return out.resolve() if out.is_symlink() else out


def lock_path(out: Path) -> Path:
    return out.parent / f".{out.name}.lock"


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text("utf-8"))
        return f"pid {info['pid']}, started {info['started']}: {info['command']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "a run that is starting"


def _open_parent(out: Path, what: str) -> None:
    """``out``'s folder made, or OutputError naming ``out``."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{what} {out} is a file, not a folder; allowed values: a new or "
                          "existing folder")
    above = next((p for p in out.parents if p.exists()), None)
    if above is not None and not above.is_dir():
        raise OutputError(f"{what} {out} is inside {above}, which is a file; allowed values: "
                          "a new or existing folder")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot write {what} {out}: {error.strerror or error}") from None


@contextmanager
def locked(out, command: str | None = None, wait: bool = False, what: str = "--out"):
    """Hold the lock of output folder ``out`` for the block.

    Another run holding it: OutputError naming that run, or (``wait``) wait for it. Taking
    it cleans what killed runs left next to ``out`` (:func:`clean_stale`).
    """
    out = output_path(out)
    _open_parent(out, what)
    path = lock_path(out)
    if path in _held:  # this process holds it already (the CLI, then the library call)
        yield path
        return
    note = json.dumps({"pid": os.getpid(), "command": command or describe_command(),
                       "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")})
    told = False
    while True:
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise OutputError(f"cannot write {what} {out}: {error.strerror or error}") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(path)
            if not wait:
                os.close(handle)
                raise OutputError(f"{what} {out} is being written by another run ({holder}); "
                                  "wait for it to finish or pass --wait") from None
            if not told:
                print(f"newsframe: waiting for the run writing {out} ({holder})",
                      file=sys.stderr)
                told = True
            fcntl.flock(handle, fcntl.LOCK_EX)
        # the lock file may have been removed by the run that held it: lock the one there now
        try:
            same = os.stat(path).st_ino == os.fstat(handle).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(handle)
    os.ftruncate(handle, 0)
    os.write(handle, note.encode("utf-8"))

    def release():
        try:
            path.unlink()
        except OSError:
            pass

    _held.add(path)
    try:
        clean_stale(out)
        with cleanup_on_termination(release):
            yield path
    finally:
        _held.discard(path)
        release()
        os.close(handle)


# --------------------------------------------------------------------------------- staging
def _owner_pid(name: str, prefix: str) -> int | None:
    rest = name[len(prefix):]
    try:
        return int(rest.split("-", 1)[0])
    except ValueError:
        return None


def clean_stale(out) -> list[str]:
    """Remove staging and swapped-out folders next to ``out`` that killed runs left (their
    pid not alive); an old build a run was swapping out when killed is put back when
    ``out`` is missing, and entries it was carrying over go back to ``out``. Call it
    holding ``out``'s lock. Returns the names removed.
    """
    out = output_path(out)
    removed = []
    if not out.parent.is_dir():
        return removed
    for prefix in (f".{out.name}.old-", f".{out.name}.building-"):
        for leftover in sorted(out.parent.glob(f"{prefix}*")):
            pid = _owner_pid(leftover.name, prefix)
            if pid is None or pid_alive(pid):
                continue
            if prefix.endswith(".old-") and leftover.is_dir() and not out.exists():
                os.replace(leftover, out)  # killed between the two renames of a commit
                continue
            if leftover.is_dir() and (leftover / _CARRIED).is_file() and out.is_dir():
                for name in (leftover / _CARRIED).read_text("utf-8").splitlines():
                    if name and (leftover / name).exists() and not (out / name).exists():
                        os.replace(leftover / name, out / name)
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else \
                leftover.unlink(missing_ok=True)
            removed.append(leftover.name)
    return removed


def check_apart(out: Path, inputs: dict) -> None:
    """OutputError if ``out`` is or holds one of ``inputs`` (what -> path): a build replaces
    its folder, so it may not hold what the build reads or where the user stands.

    >>> check_apart(Path("/srv/reports"), {"the corpus": Path("/srv/reports/articles")})
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsframe.store.builds.OutputError: --out /srv/reports holds the corpus (/srv/...
    """
    for what, path in inputs.items():
        path = Path(path).absolute()
        if path == out or path.is_relative_to(out):
            raise OutputError(f"--out {out} holds {what} ({path}); allowed values: a folder "
                              "for the build alone")


def staging_name(out: Path, kind: str = "building") -> Path:
    return out.parent / f".{out.name}.{kind}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def _remove(folder: Path) -> None:
    # a thread still finishing a page may add a file while the folder is removed: again
    for attempt in range(5):
        left = list(folder.parent.glob(f"{folder.name}*"))  # and siblings: Dask's scratch
        if not left:
            return
        if attempt:
            time.sleep(0.1)
        for path in left:
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(
                missing_ok=True)


def _manifest_names(out: Path) -> set[str] | None:
    try:
        return set(json.loads((out / MANIFEST).read_text("utf-8"))["entries"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


@contextmanager
def staged(out, keep=()):
    """Yield a staging folder next to ``out``; when the block ends without error it
    replaces ``out`` (see :func:`commit`), else it is removed. Hold ``out``'s lock."""
    out = output_path(out)
    check_apart(out, {"the current folder": Path.cwd()})
    folder = staging_name(out)
    try:
        folder.mkdir()
    except OSError as error:
        raise OutputError(f"cannot write --out {out}: {error.strerror or error}") from None
    with cleanup_on_termination(lambda: _remove(folder)):
        try:
            yield folder
            commit(folder, out, keep=keep)
        finally:
            _remove(folder)


def commit(folder: Path, out: Path, keep=()) -> None:
    """Move a finished build ``folder`` into place as ``out``: never half old, half new.

    Entries of the old ``out`` named in ``keep``, or written by no build (not in its
    manifest ``.newsframe-build.json``), are carried into the new one first; the new
    build's entries are recorded in its manifest.
    """
    built = sorted(p.name for p in folder.iterdir())
    (folder / MANIFEST).write_text(json.dumps({"entries": built, "pid": os.getpid(),
                                               "finished": time.time()}), "utf-8")
    with _moving():
        if out.is_dir():
            previous = _manifest_names(out)
            # an old folder without a manifest (a user's folder, an older build) loses
            # only the names the new build writes
            carried = [p.name for p in out.iterdir() if p.name not in built and (
                p.name in keep or previous is None or p.name not in previous)
                and p.name != MANIFEST]
            if carried:
                (folder / _CARRIED).write_text("\n".join(carried), "utf-8")
                for name in carried:
                    os.replace(out / name, folder / name)
                (folder / _CARRIED).unlink()
            shutil.copymode(out, folder)
            old = staging_name(out, "old")
            os.replace(out, old)
            os.replace(folder, out)
            shutil.rmtree(old, ignore_errors=True)
        elif out.exists():
            raise OutputError(f"--out {out} is a file, not a folder")
        else:
            os.replace(folder, out)
