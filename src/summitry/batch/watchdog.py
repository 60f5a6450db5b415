"""Worker processes end with their parent.

A pool worker waits on its task queue and never notices that the process that started it
was killed (``kill -9`` runs no clean-up), so it would live on as an orphan. Each worker
starts this watchdog: a daemon thread that sees the parent change (the orphan is adopted by
init or a subreaper) and ends the worker at once.
"""

from __future__ import annotations

import os
import threading
import time

#: Seconds between two looks at the parent.
POLL_SECONDS = 1.0


def watch_parent(parent: int | None = None, poll: float = POLL_SECONDS) -> threading.Thread:
    """Start the watchdog. ``parent``: the pid the worker was started by, passed down from
    it (the parent may already be gone when a slow-starting worker gets here, and then
    ``getppid`` names init); by default, the current parent."""
    parent = os.getppid() if parent is None else parent

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll)
        os._exit(1)  # no clean-up to run: the parent's transaction is already gone

    thread = threading.Thread(target=watch, name="summitry-parent-watchdog", daemon=True)
    thread.start()
    return thread
