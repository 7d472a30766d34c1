"""The current image, shared by every tab: one model, many views."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.image_io import LoadedImage


class ImageDocument(QObject):
    """Holds the current LoadedImage and says when it changes.

    Tabs read ``document.image`` and listen to ``image_changed``. The image only ever changes
    as a whole, after it has been decoded completely, so no view sees a half-loaded state.
    """

    image_changed = Signal(object)  # the new LoadedImage

    def __init__(self, image: LoadedImage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._image = image

    @property
    def image(self) -> LoadedImage:
        return self._image

    def set_image(self, image: LoadedImage) -> None:
        self._image = image
        self.image_changed.emit(image)
