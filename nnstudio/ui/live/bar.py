"""The live bar above the tabs while a camera or video plays: Pause/▶, Snapshot, Close,
Loop (files), and the frame counter with the frames shown per second and dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from ..locale_numbers import count, decimal
from .feed import LiveFeed


class LiveBar(QToolBar):
    """A view of a LiveFeed; shown only while the feed is active."""

    def __init__(self, feed: LiveFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("live_bar")
        self.setWindowTitle(self.tr("Live"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # shown by the feed, not by the user
        self.feed = feed
        self.source_label = QLabel(objectName="live_source")
        self.pause_button = QPushButton(objectName="live_pause", checkable=True)
        self.pause_button.setToolTip(self.tr("Hold the current frame; every tab keeps working on it."))
        self.pause_button.toggled.connect(feed.set_paused)
        self.snapshot_button = QPushButton(self.tr("Snapshot"), objectName="live_snapshot")
        self.snapshot_button.setToolTip(self.tr("Keep the frame on show as the still image of every tab and "
                                                "close the camera or video."))
        self.snapshot_button.clicked.connect(feed.snapshot)
        self.close_button = QPushButton(self.tr("Close"), objectName="live_close")
        self.close_button.setToolTip(self.tr("Close the camera or video and go back to the image from before."))
        self.close_button.clicked.connect(feed.close)
        self.loop_box = QCheckBox(self.tr("Loop"), objectName="live_loop", checked=feed.loop)
        self.loop_box.setToolTip(self.tr("At its end the video starts again; without Loop it stops and its "
                                         "last frame stays."))
        self.loop_box.toggled.connect(feed.set_loop)
        self.counter = QLabel(objectName="live_counter")
        self.counter.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counter.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 40)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        for widget in (self.source_label, self.pause_button, self.snapshot_button, self.close_button,
                       self.loop_box, self.counter):
            self.addWidget(widget)
        feed.changed.connect(self._on_feed_changed)
        feed.counted.connect(self._update_counter)
        self._on_feed_changed()

    def _on_feed_changed(self) -> None:
        feed = self.feed
        self.setVisible(feed.active)
        info = feed.info
        if info is None:
            self.source_label.setText(self.tr("Opening…") if feed.active else "")
        else:
            self.source_label.setText(self.tr("● {name}").format(name=info.name))
        self.pause_button.blockSignals(True)  # the model's state, shown without echoing back
        self.pause_button.setChecked(feed.paused)
        self.pause_button.blockSignals(False)
        self.pause_button.setText(self.tr("▶ Play") if feed.paused else self.tr("❚❚ Pause"))
        for widget in (self.pause_button, self.snapshot_button):
            widget.setEnabled(info is not None)
        self.loop_box.setVisible(info is not None and not info.is_camera)
        self._update_counter()

    def _update_counter(self) -> None:
        feed, info, frame = self.feed, self.feed.info, self.feed.frame
        if info is None or frame is None:
            self.counter.setText("")
            return
        if info.is_camera or not info.frame_count:
            position = self.tr("frame {n}").format(n=count(frame.index))
        else:
            position = self.tr("frame {n} of {total}").format(
                n=count((frame.index - 1) % info.frame_count + 1), total=count(info.frame_count))
        if feed.paused:
            text = self.tr("{position} · paused · {dropped} dropped")
        else:
            text = self.tr("{position} · {fps} fps shown · {dropped} dropped")
        self.counter.setText(text.format(position=position, fps=decimal(feed.shown_fps, 1), dropped=count(feed.dropped)))
