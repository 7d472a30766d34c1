"""The main window: three tabs over one current image, menus, drag and drop, status bar."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMenu, QTabWidget

from ..core.errors import InputError
from ..core.image_io import READABLE_FORMATS, LoadedImage, image_from_array, load_image, save_png
from ..core.samples import DEFAULT_SAMPLE, load_sample, sample_labels
from ..core.video import is_video_path
from .device_status import DeviceLabel
from .document import ImageDocument, working_copy
from .filters import FiltersPage
from .language_menu import LanguageMenu, relaunch_command
from .learning import LearningPage
from .live.actions import VIDEO_PATTERNS, LiveActions
from .live.bar import LiveBar
from .live.feed import LiveFeed
from .network import NetworkPage
from .page import Page
from .pixels import PixelsPage
from .log_dialog import LogDialog
from .menu_action import add_action
from .qt_image import from_qimage
from .safety import install_guards, relay
from .help import HelpActions
from .session import SessionActions
from .settings import Settings
from .tensors import TensorsPage
from .workers import LatestJobRunner

PAGE_TYPES: tuple[type[Page], ...] = (PixelsPage, FiltersPage, NetworkPage, LearningPage, TensorsPage)
DEFAULT_SIZE = (1280, 820)  # first start, before any size has been remembered
OPEN_PATTERNS = "*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp"
ERROR_TIMEOUT_MS = 15_000


def _with_working_copy(load, *args) -> tuple[LoadedImage, np.ndarray]:
    """On the loader's thread: the image and its working copy (a 100-megapixel image's takes
    a quarter of a second to make, too long for the window's thread)."""
    image = load(*args)
    return image, working_copy(image.pixels)


class MainWindow(QMainWindow):
    """The application window. Every way of getting an image in ends in ``_load_in_background``
    or ``_use_image``; the document then tells every tab."""

    load_failed = Signal(str)  # the sentence shown to the user

    def __init__(self, image: LoadedImage | None = None, settings: Settings | None = None) -> None:
        install_guards()  # before any view draws: every Qt override of every loaded class
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("nnstudio")
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else Settings()
        self.document = ImageDocument(image if image is not None else load_sample(DEFAULT_SAMPLE), self)
        self.document.image_changed.connect(self._on_image_changed)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.pages: list[Page] = [page_type(self.document) for page_type in PAGE_TYPES]
        for page in self.pages:
            self.tabs.addTab(page, page.display_title())
            self.tabs.setTabToolTip(self.tabs.count() - 1, page.display_description())
        self.setCentralWidget(self.tabs)
        self._page(TensorsPage).follow_network(self._page(NetworkPage).network)

        self._loader = LatestJobRunner("loader", self)
        self._loader.finished.connect(self._use_image)
        self._loader.failed.connect(self.show_error)
        self._pending_path: str | None = None
        # A camera or video as the current image: frames go to the document whenever the
        # shown tab has finished with the previous one.
        self.live = LiveFeed(self.document, lambda: not self.current_page().busy(), self)
        self.live.failed.connect(self.show_error)
        self.live.said.connect(lambda text: self.statusBar().showMessage(text, ERROR_TIMEOUT_MS))
        self.live_bar = LiveBar(self.live)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.live_bar)

        self.image_label = QLabel()
        self.image_label.setObjectName("image_label")
        self.device_label = DeviceLabel()
        self.statusBar().addWidget(self.image_label)
        self.statusBar().addPermanentWidget(self.device_label)

        self.lessons_dock = None  # Help ▸ Lessons, made when first shown
        self._build_menus()
        self.tabs.setCurrentIndex(min(max(self.settings.last_tab(), 0), self.tabs.count() - 1))
        self._restored = False
        self._on_image_changed(self.document.image)
        # Errors nobody caught (see safety.py) arrive here after the current event is done.
        relay().reported.connect(self.show_error, Qt.ConnectionType.QueuedConnection)
        if self.settings.reset_reason:
            self.show_error(self.settings.reset_reason)

    # --- getting images in -------------------------------------------------------------
    def open_path(self, path: str | Path) -> None:
        """Decode a file in the background; the current image stays until it has succeeded.
        A video file becomes a live source instead."""
        if is_video_path(path):
            self.live.open_video(path)
            return
        self._pending_path = str(path)
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=Path(path).name))
        self._loader.submit(_with_working_copy, load_image, str(path))

    def open_sample(self, name: str) -> None:
        self._pending_path = None
        self._loader.submit(_with_working_copy, load_sample, name)

    def paste_image(self) -> None:
        """Edit > Paste image: an image on the clipboard, or a copied image file."""
        mime = QApplication.clipboard().mimeData()
        if mime is None:  # a cleared clipboard has no data at all
            files = []
        else:
            files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        if files:
            self.open_path(files[0])
        elif mime is not None and mime.hasImage():
            array = from_qimage(QApplication.clipboard().image())
            self._pending_path = None
            self._loader.submit(_with_working_copy, image_from_array, array, self.tr("clipboard"))
        else:
            self.show_error(self.tr("The clipboard holds no image: copy an image or an image file first."))

    def _use_image(self, loaded: tuple[LoadedImage, np.ndarray]) -> None:
        image, working = loaded
        self.live.stop()  # a still image replaces a live one
        self.document.set_image(image, working)
        if self._pending_path is not None and image.source.path is not None:
            self._set_recent(self.settings.add_recent_file(self._pending_path))
        self.statusBar().clearMessage()

    # --- getting results out -------------------------------------------------------------
    def save_result(self, path: str | Path | None = None) -> bool:
        """Save the current tab's output as PNG; asks for a file name when none is given."""
        page = self.current_page()
        result = page.result_image()
        if result is None:
            self.show_error(self.tr("The {tab} tab has no result to save yet.").format(tab=page.display_title()))
            return False
        if path is None:
            stem = Path(self.document.image.source.name).stem or "result"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save result as"), f"{stem}-{page.key}.png", self.tr("PNG image (*.png)")
            )
            if not path:
                return False
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            save_png(path, result)
        except InputError as exc:
            self.show_error(str(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 5000)
        return True

    # --- state and messages ----------------------------------------------------------------
    def _page(self, kind: type[Page]) -> Page:
        return next(page for page in self.pages if isinstance(page, kind))

    def current_page(self) -> Page:
        return self.pages[self.tabs.currentIndex()]

    def select_tab(self, key: str) -> None:
        """Show the tab with this key ("pixels", "filters", "network"), in any language."""
        keys = [page.key for page in self.pages]
        self.tabs.setCurrentIndex(keys.index(key.lower()))

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(f"⚠ {message}", ERROR_TIMEOUT_MS)
        self.load_failed.emit(message)

    def _on_image_changed(self, image: LoadedImage) -> None:
        src = image.source
        text = self.tr("{name} — {width} × {height}").format(name=src.name, width=src.width, height=src.height)
        working = self.document.working_pixels
        if working is not image.pixels:
            text += self.tr(" (the Filters tab works on a {w} × {h} copy)").format(w=working.shape[1], h=working.shape[0])
        self.image_label.setText(text)
        self.setWindowTitle(self.tr("{name} — nnstudio").format(name=src.name))

    # --- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open…"), self._ask_open, QKeySequence.StandardKey.Open, "action_open")
        samples = file_menu.addMenu(self.tr("Open &sample"))
        samples.setObjectName("menu_samples")
        for name, label in sample_labels().items():
            self._action(samples, label, lambda _=False, n=name: self.open_sample(n), None, f"sample_{name}")
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("menu_recent")
        self._set_recent(self.settings.recent_files())
        self.live_actions = LiveActions(self.live, self, file_menu)  # Open camera…, Open video…
        self.live_actions.failed.connect(self.show_error)
        self.live_actions.said.connect(lambda text: self.statusBar().showMessage(text, ERROR_TIMEOUT_MS))
        file_menu.addSeparator()
        self.sessions = SessionActions(self, file_menu)
        file_menu.addSeparator()
        for page in self.pages:
            if page.fill_file_menu(file_menu):
                file_menu.addSeparator()
        # Using a tab's own entry shows that tab.
        file_menu.triggered.connect(self._show_page_of)
        self._action(file_menu, self.tr("Open &lesson…"), lambda: self.show_lessons().ask_open(), None,
                     "action_open_lesson")
        self._action(file_menu, self.tr("Save &result as…"), lambda: self.save_result(), QKeySequence("Ctrl+Shift+S"), "action_save_result")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "action_quit")
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._action(edit_menu, self.tr("&Paste image"), self.paste_image, QKeySequence.StandardKey.Paste, "action_paste")
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("menu_view")
        self.language_menu = LanguageMenu(self.settings, view_menu)
        view_menu.addMenu(self.language_menu)
        self.language_menu.restart_requested.connect(self.restart)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        self._action(help_menu, self.tr("&Lessons"), self.show_lessons, None, "action_lessons")
        self.help = HelpActions(self, help_menu)  # Glossary, Keyboard shortcuts, About; show_place()
        self._action(help_menu, self.tr("Show &log"), self.show_log, None, "action_show_log")

    def show_lessons(self):
        """Help ▸ Lessons: the chapters beside the tabs (made when first asked for)."""
        from .lessons.panel import LessonsDock

        if self.lessons_dock is None:
            self.lessons_dock = LessonsDock(self)
            self.lessons_dock.failed.connect(self.show_error)
            self.lessons_dock.said.connect(lambda text: self.statusBar().showMessage(text, ERROR_TIMEOUT_MS))
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lessons_dock)
        self.lessons_dock.show()
        self.lessons_dock.raise_()
        return self.lessons_dock

    def show_log(self) -> LogDialog:
        """Help > Show log: what went wrong this session, in a small window."""
        dialog = self.findChild(LogDialog)
        if dialog is None:
            dialog = LogDialog(self)
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def _show_page_of(self, action: QAction) -> None:
        page = action.data()
        if isinstance(page, Page):
            self.tabs.setCurrentWidget(page)

    def _action(self, menu: QMenu, text: str, slot, shortcut, name: str) -> QAction:
        return add_action(self, menu, text, slot, name, shortcut)

    def _set_recent(self, paths: list[str]) -> None:
        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        self.recent_menu.setEnabled(bool(paths))

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self._set_recent(self.settings.remove_recent_file(path))
            self.show_error(
                self.tr("{name} is no longer there; removed it from Open recent.").format(name=Path(path).name)
            )
            return
        self.open_path(path)

    def _ask_open(self) -> None:
        title = self.tr("Open image ({formats})").format(formats=READABLE_FORMATS)
        filters = ";;".join((self.tr("Images ({patterns})").format(patterns=OPEN_PATTERNS),
                             self.tr("Videos ({patterns})").format(patterns=VIDEO_PATTERNS), self.tr("All files (*)")))
        path, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        if path:
            self.open_path(path)

    # --- Qt events -----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        mime = event.mimeData()
        if (mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())) or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files:
            self.open_path(files[0])
            if len(files) > 1:  # one current image: say which one was taken
                self.statusBar().showMessage(
                    self.tr("Opening {name}, the first of the %n file(s) dropped…", "", len(files))
                    .format(name=Path(files[0]).name)
                )
        elif mime.hasImage():
            self._pending_path = None
            self._loader.submit(_with_working_copy, image_from_array, from_qimage(mime.imageData()), self.tr("dropped image"))
        event.acceptProposedAction()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._restored:  # restore geometry once, on first show
            self._restored = True
            geometry = self.settings.geometry()
            if geometry is None or not self.restoreGeometry(geometry):
                self._default_size()
        super().showEvent(event)

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(DEFAULT_SIZE[0], int(screen.width() * 0.9)),
                    min(DEFAULT_SIZE[1], int(screen.height() * 0.9)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_last_tab(self.tabs.currentIndex())
        self.settings.set_lessons_shown(self.lessons_dock is not None and self.lessons_dock.isVisible())
        self.sessions.save_last_now()  # before the pages stop: the weights are read from them
        self.shutdown()
        super().closeEvent(event)

    def restart(self) -> None:
        """Close the window and start nnstudio again, as it was started (View ▸ Language)."""
        self.settings.sync()  # the new process reads the language just chosen
        program, arguments = relaunch_command()
        if self.close():
            QProcess.startDetached(program, arguments, str(Path.cwd()))
            QApplication.quit()

    def shutdown(self) -> None:
        """Stop and join every background worker (idempotent)."""
        self._loader.shutdown()
        self.live_actions.shutdown()  # joins the frame reader
        self.sessions.shutdown()
        self.device_label.shutdown()
        for page in self.pages:
            page.shutdown()

