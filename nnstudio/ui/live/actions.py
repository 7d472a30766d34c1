"""File ▸ Open camera… and File ▸ Open video…: the ways into the live feed.

Looking for cameras means trying to open each index, which takes a moment per index, so it
runs on a worker; the menu stays responsive and a second click while it looks is ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QWidget

from ...core.video import VIDEO_SUFFIXES, list_cameras
from ..menu_action import add_action
from ..workers import LatestJobRunner
from .feed import LiveFeed

VIDEO_PATTERNS = " ".join(f"*{suffix}" for suffix in VIDEO_SUFFIXES)


class LiveActions(QObject):
    failed = Signal(str)
    said = Signal(str)

    def __init__(self, feed: LiveFeed, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.feed = feed
        self._window = window
        self._lister = LatestJobRunner("cameras", self)
        self._lister.finished.connect(self._on_cameras_found)
        self._lister.failed.connect(self.failed)
        self.camera_action = add_action(window, menu, self.tr("Open camera…"), self.ask_camera, "action_open_camera")
        self.video_action = add_action(window, menu, self.tr("Open video…"), self.ask_video, "action_open_video")

    def ask_camera(self) -> None:
        if self._lister.busy:
            return
        self.said.emit(self.tr("Looking for cameras…"))
        self._lister.submit(list_cameras)

    def _on_cameras_found(self, cameras: list[int]) -> None:
        if not cameras:
            self.failed.emit(self.tr("No camera was found: plug one in (or close the program using it) and "
                                     "try again, or open a video with File ▸ Open video…."))
            return
        if len(cameras) == 1:
            self.feed.open_camera(cameras[0])
            return
        names = [self.tr("Camera {index}").format(index=index) for index in cameras]
        name, ok = QInputDialog.getItem(self._window, self.tr("Open camera"), self.tr("Camera:"), names, 0, False)
        if ok:
            self.feed.open_camera(cameras[names.index(name)])

    def ask_video(self) -> None:
        filters = self.tr("Videos ({patterns})").format(patterns=VIDEO_PATTERNS) + ";;" + self.tr("All files (*)")
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open video"), "", filters)
        if path:
            self.feed.open_video(path)

    def shutdown(self) -> None:
        self._lister.shutdown()
        self.feed.shutdown()
