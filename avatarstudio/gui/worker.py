"""Background rendering: one QThread with its own Renderer (a Renderer is never shared across threads).

Jobs go to named channels; a new batch on a channel makes the older, unfinished jobs of that channel
stale, so fast edits never queue up work nobody will see. Results come back as QImages through a
queued signal.
"""

from __future__ import annotations

import queue
import time
from dataclasses import dataclass

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from ..core.compose import View, compose_layers


@dataclass(frozen=True)
class Job:
    channel: str
    key: object
    pack: object
    design: object
    view: View
    width: int
    height: int
    dpr: float = 1.0


class RenderThread(QThread):
    rendered = Signal(str, object, QImage)  # channel, key, image
    failed = Signal(str, object, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._queue: queue.Queue = queue.Queue()
        self._generation: dict[str, int] = {}
        self._quiet_until = 0.0
        self._stopped = False
        self._paused = False

    def pause(self) -> None:
        """Queue jobs without starting the thread until ``resume``: while the studio starts, the
        thumbnails' SVG rendering would hold the GIL and delay the first window."""
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        if self._queue.unfinished_tasks and not self._stopped and not self.isRunning():
            self.start(QThread.Priority.LowPriority)

    def hold(self, seconds: float = 0.12) -> None:
        """Keep background work off the CPU while the user is editing (the preview comes first)."""
        self._quiet_until = time.monotonic() + seconds

    def submit(self, channel: str, jobs: list[Job]) -> None:
        """Replace whatever is pending on ``channel`` by ``jobs``."""
        if self._stopped:
            return  # the window is closing; a late debounce timer must not restart the thread
        gen = self._generation.get(channel, 0) + 1
        self._generation[channel] = gen
        for job in jobs:
            self._queue.put((gen, job))
        if not self._paused and not self.isRunning():
            self.start(QThread.Priority.LowPriority)

    def cancel(self, channel: str) -> None:
        self._generation[channel] = self._generation.get(channel, 0) + 1

    def stop(self) -> None:
        self._stopped = True
        if self.isRunning():
            for channel in list(self._generation):
                self.cancel(channel)
            self._queue.put(None)
            self.wait()

    def idle(self) -> bool:
        return self._queue.unfinished_tasks == 0

    def run(self) -> None:
        from ..render import Renderer

        renderer = Renderer(cache_megabytes=96, layers=True)
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                gen, job = item
                while time.monotonic() < self._quiet_until and self._generation.get(job.channel) == gen:
                    time.sleep(0.01)
                if self._generation.get(job.channel) != gen:
                    continue
                try:
                    w, h = max(1, round(job.width * job.dpr)), max(1, round(job.height * job.dpr))
                    image = renderer.render_qimage(compose_layers(job.pack, job.design, job.view), w, h)
                    image.setDevicePixelRatio(job.dpr)
                except Exception as exc:  # shown to the user as a failed tile, never a crash
                    self.failed.emit(job.channel, job.key, str(exc))
                    continue
                if self._generation.get(job.channel) == gen:
                    self.rendered.emit(job.channel, job.key, image)
            finally:
                self._queue.task_done()
