"""The session's log: what went wrong since the app started, for Help ▸ Show log.

Records are kept in memory (the newest few thousand), and appended to a file as well when
the environment variable ``NNSTUDIO_LOG_FILE`` names one: the monkey test reads a child
window's errors from there. Standard ``logging`` under the name "nnstudio", so any module
may log with ``logging.getLogger("nnstudio.<part>")``.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque

LOGGER_NAME = "nnstudio"
MAX_RECORDS = 2000
LOG_FILE_ENV = "NNSTUDIO_LOG_FILE"


class SessionLog(logging.Handler):
    """Keeps the formatted records of this session, oldest first."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
        self.lines: deque[str] = deque(maxlen=MAX_RECORDS)
        self.errors = 0  # records at ERROR or above, this session

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
            if record.levelno >= logging.ERROR:
                self.errors += 1
        except Exception:  # a log that cannot format one record must not stop the app
            self.handleError(record)

    def text(self) -> str:
        return "\n".join(self.lines)


_session: SessionLog | None = None


def session_log() -> SessionLog:
    """The one SessionLog, attached to the "nnstudio" logger on first use."""
    global _session
    if _session is None:
        _session = SessionLog()
        logger = logging.getLogger(LOGGER_NAME)
        logger.setLevel(logging.INFO)
        logger.addHandler(_session)
        path = os.environ.get(LOG_FILE_ENV)
        if path:
            to_file = logging.FileHandler(path, encoding="utf-8")
            to_file.setFormatter(_session.formatter)
            logger.addHandler(to_file)
        logger.info("session started %s", time.strftime("%Y-%m-%d %H:%M:%S"))
    return _session


def logger(part: str = "") -> logging.Logger:
    session_log()
    return logging.getLogger(f"{LOGGER_NAME}.{part}" if part else LOGGER_NAME)
