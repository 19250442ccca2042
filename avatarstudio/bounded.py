"""Bounded rendering: parts from packs that are not built in are drawn in a child process that is stopped
when it takes too long.

A QSvgRenderer call cannot be interrupted, and a part can be cheap at one size and very slow at another
(one measured 2,000-segment stroked path: 0.14 s at 256 px, 9.7 s at 512 px, 47 s at 1024 px, because
QPainter's wide-stroke path is far slower than its hairline path). So:

* at import (and ``validate``), :func:`trial_render` draws every part once at the largest size the app
  produces, in a child with a CPU limit per part and a memory cap; a part over
  :data:`PART_BUDGET_SECONDS` is refused, naming it;
* at run time, :class:`avatarstudio.render.Renderer` sends every layer of a pack that is not built in
  to :func:`render_layer`, which runs it in a worker from a small pool (one per core at most), with a CPU
  limit in the child and a wall-clock watchdog in the parent. A layer over the limit gets its worker
  killed and raises :class:`RenderTooSlow` naming the part; the next render starts a fresh worker.

The built-in pack keeps the fast in-process path (it is ours, and it is checked by the test suite).
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager, suppress
from types import ModuleType

from .core.errors import PackError

LARGEST_SIDE = 4096  # the largest image the app writes (render.MAX_SIDE)
PART_BUDGET_SECONDS = 5  # CPU seconds one part may take at LARGEST_SIDE, or the pack is refused
LAYER_LIMIT_SECONDS = (
    10.0  # run time: a layer is stopped after this (twice the import budget: a busy machine)
)
WORKER_MEGABYTES = 2048
MAX_WORKERS = 2
_START_SECONDS = 60.0  # a child's first answer includes importing Qt on a busy machine


class RenderTooSlow(PackError):
    """A part took longer than its limit and was stopped."""


class RenderFailed(PackError):
    """A part could not be drawn (the renderer refused it, crashed or ran out of memory)."""


# --- the child -------------------------------------------------------------------------------------


def _child(conn, megabytes: int) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rlimits: ModuleType | None = None
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        rlimits = resource
    except (ImportError, ValueError, OSError):
        pass  # no rlimits on this OS: the parent's wall-clock watchdog still applies
    from .core.compose import LayerSvg
    from .render import Renderer

    renderer = Renderer(cache_megabytes=0)
    conn.send(("ready",))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message[0] == "stop":
            return
        _, name, svg, width, height, seconds, want_pixels = message
        if rlimits is not None:
            used = time.process_time()
            # the soft limit moves with each job, so every job gets ``seconds`` of its own
            with suppress(ValueError, OSError):
                rlimits.setrlimit(rlimits.RLIMIT_CPU, (int(used + seconds) + 1, rlimits.RLIM_INFINITY))
        start = time.process_time()
        try:
            image = renderer.render_qimage([LayerSvg(name, name, svg)], width, height)
        except Exception as exc:  # this part's problem, reported to the parent
            conn.send(("error", f"{type(exc).__name__}: {str(exc)[:200]}"))
            continue
        cpu = time.process_time() - start
        if want_pixels:
            conn.send(("ok", cpu, image.bytesPerLine()))
            conn.send_bytes(image.constBits())
        else:
            conn.send(("ok", cpu, 0))


# --- the parent ------------------------------------------------------------------------------------


class _Worker:
    def __init__(self, megabytes: int) -> None:
        import multiprocessing

        if multiprocessing.current_process().daemon:
            # multiprocessing.Pool workers are daemons, and daemons may not start processes
            raise RenderFailed(
                "parts of packs that are not built in cannot be drawn in a daemonic worker process "
                "(use concurrent.futures.ProcessPoolExecutor, whose workers are not daemons)"
            )
        ctx = multiprocessing.get_context("spawn")  # also works in a frozen bundle
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_child, args=(child, megabytes), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False

    def _wait(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if self.conn.poll(min(remaining, 0.5)):
                return True
            if not self.proc.is_alive() and not self.conn.poll(0):
                return True  # died: the read below reports it

    def _recv(self, name: str, seconds: float, size: str, limit: float | None = None):
        """The next message; after ``seconds`` the child is killed (``limit`` is the budget to name)."""
        if not self._wait(seconds):
            self.kill()
            raise RenderTooSlow(
                f"took too long to draw at {size} (limit {limit if limit is not None else seconds:g} s); "
                "it was stopped",
                file=name,
            )
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            self.proc.join(5)
            raise _death(name, self.proc.exitcode, seconds, size) from None

    def run(self, name: str, svg: str, width: int, height: int, seconds: float, want_pixels: bool):
        """(cpu seconds, pixels or None); raises RenderTooSlow or RenderFailed naming ``name``."""
        size = f"{width}x{height} px" if width != height else f"{width} px"
        if not self.ready:
            if self._recv(name, _START_SECONDS, size)[0] != "ready":
                raise RenderFailed("renderer could not start", file=name)
            self.ready = True
        try:
            self.conn.send(("render", name, svg, width, height, seconds, want_pixels))
        except (OSError, ValueError):
            self.kill()
            raise RenderFailed("renderer is not running", file=name) from None
        reply = self._recv(name, 2 * seconds + 2.0, size, seconds)  # the CPU limit in the child fires first
        if reply[0] == "error":
            raise RenderFailed(f"cannot be drawn ({reply[1]})", file=name)
        _, cpu, stride = reply
        if not want_pixels:
            return cpu, None
        if not self._wait(30.0):
            self.kill()
            raise RenderFailed("renderer stopped sending the picture", file=name)
        try:
            data = self.conn.recv_bytes()
        except (EOFError, OSError):
            raise _death(name, self.proc.exitcode, seconds, size) from None
        return cpu, (data, stride)

    def alive(self) -> bool:
        return self.proc.is_alive()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        with suppress(OSError, ValueError):
            self.conn.send(("stop",))
        self.proc.join(2)
        self.kill()


def _death(name: str, exitcode: int | None, seconds: float, size: str) -> PackError:
    import signal

    if exitcode in (-getattr(signal, "SIGXCPU", 24), -signal.SIGKILL):
        return RenderTooSlow(
            f"took too long to draw at {size} (limit {seconds:g} s); it was stopped", file=name
        )
    if exitcode == -signal.SIGABRT:
        return RenderFailed(f"ran out of memory drawing at {size} (renderer stopped)", file=name)
    return RenderFailed(f"crashed the renderer (exit code {exitcode}); it was stopped", file=name)


class _Pool:
    """Up to MAX_WORKERS children shared by every Renderer in this process (each job has one to itself)."""

    def __init__(self) -> None:
        self._idle: list[_Worker] = []
        self._count = 0
        self._lock = threading.Condition()

    @contextmanager
    def worker(self, megabytes: int):
        with self._lock:
            while not self._idle and self._count >= MAX_WORKERS:
                self._lock.wait()
            if self._idle:
                worker = self._idle.pop()
            else:
                worker = None
                self._count += 1
        try:
            if worker is None or not worker.alive():
                worker = _Worker(megabytes)
            yield worker
        finally:
            with self._lock:
                if worker is not None and worker.alive():
                    self._idle.append(worker)
                else:
                    self._count -= 1
                self._lock.notify()

    def shutdown(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            self._count -= len(idle)
        for worker in idle:
            worker.stop()


_POOL = _Pool()


def render_layer(name: str, svg: str, width: int, height: int, *, seconds: float | None = None):
    """Draw one layer in a pooled child; the premultiplied ARGB32 QImage. Raises RenderTooSlow/RenderFailed."""
    from PySide6.QtGui import QImage

    limit = LAYER_LIMIT_SECONDS if seconds is None else seconds
    with _POOL.worker(WORKER_MEGABYTES) as worker:
        _, (data, stride) = worker.run(name, svg, width, height, limit, True)
    image = QImage(data, width, height, stride, QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy()  # own the pixels; ``data`` goes away


def shutdown() -> None:
    """Stop the idle workers (they also end with this process: they are daemons)."""
    _POOL.shutdown()


def trial_render(
    items: list[tuple[str, str]],
    *,
    size: int = LARGEST_SIDE,
    seconds: float | None = None,
    megabytes: int = WORKER_MEGABYTES,
) -> dict[str, str]:
    """Draw each (name, svg) once at ``size`` in a child with a CPU limit per part and a memory cap.

    Returns {name: problem} for every part that failed, crashed the child or took longer than
    ``seconds`` of CPU; a crash or a stopped part costs only that child, and a fresh one goes on.
    """
    seconds = PART_BUDGET_SECONDS if seconds is None else seconds
    problems: dict[str, str] = {}
    worker: _Worker | None = None
    try:
        for name, svg in items:
            if worker is None or not worker.alive():
                worker = _Worker(megabytes)
            try:
                worker.run(name, svg, size, size, seconds, False)
            except PackError as exc:
                problems[name] = exc.problem
                if not worker.alive():
                    worker = None
    finally:
        if worker is not None:
            worker.stop()
    return problems
