"""A wall-clock bound on one step of work on one untrusted document.

Hostile input finds the slow paths of any reader; a time limit turns a stalled crawl into
one failed document. SIGALRM interrupts Python code only (not a long C call, which needs a
bound of its own before it starts, as extract.guard does for the HTML parser), and only in
the main thread: elsewhere, e.g. inside a web server's thread pool, the step runs unbounded.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from contextlib import contextmanager


@contextmanager
def time_limit(seconds: float, error: Callable[[], Exception]):
    """Raise ``error()`` inside the block once ``seconds`` have passed (0 = no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise error()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
