"""The Pixels tab's settings as a model: what every control stands for, in one place.

The controls write into the model (``update``) and redraw from its ``changed`` signal; the
page converts whenever it changes. The model also decides which controls apply: with
dithering there is no threshold to set and no Otsu to tick, and the view shows exactly that.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...core.bitdepth import DITHERS, MODES, PLANE_CHANNELS, BitDepthSettings
from ...core.errors import InputError
from ...core.resample import INTERPOLATIONS
from ...core.pixel_pipeline import PixelSettings


@dataclass(frozen=True)
class PixelControls:
    """The value of every control of the tab, including those the current mode ignores."""

    mode: str = "rgb24"
    threshold: int = 128
    otsu: bool = False
    dither_1bit: str = "none"
    bits: int = 4
    dither_bits: str = "none"
    colors: int = 16
    dither_palette: str = "none"
    plane_channel: str = "gray"
    plane: int = 7
    rebuild: bool = False
    keep_planes: tuple[int, ...] = (7, 6, 5, 4)
    exact_size: bool = False
    width: int = 64
    height: int = 64
    scale: float = 1.0
    interp: str = "area"

    # --- which controls apply ------------------------------------------------------------
    @property
    def dithered_1bit(self) -> bool:
        return self.dither_1bit != "none"

    @property
    def otsu_applies(self) -> bool:
        """Error diffusion and ordered dithering decide without a threshold."""
        return not self.dithered_1bit

    @property
    def otsu_used(self) -> bool:
        return self.otsu and self.otsu_applies

    @property
    def threshold_applies(self) -> bool:
        return not self.dithered_1bit and not self.otsu

    def settings(self) -> PixelSettings:
        """What the conversion runs with."""
        dither = {"1bit": self.dither_1bit, "bits": self.dither_bits, "palette": self.dither_palette}.get(self.mode, "none")
        depth = BitDepthSettings(
            mode=self.mode,
            threshold=None if self.otsu_used else self.threshold,
            dither=dither,
            bits=self.bits,
            colors=self.colors,
            plane=self.plane,
            keep_planes=self.keep_planes if self.rebuild else None,
            channel=self.plane_channel,
        )
        if self.exact_size:
            return PixelSettings(depth, size=(self.width, self.height), interp=self.interp)
        return PixelSettings(depth, scale=None if self.scale >= 1.0 else self.scale, interp=self.interp)


FIELDS = frozenset(f.name for f in fields(PixelControls))


class PixelSettingsModel(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = PixelControls()

    @property
    def state(self) -> PixelControls:
        return self._state

    def settings(self) -> PixelSettings:
        return self._state.settings()

    def update(self, **changes) -> None:
        """Set some controls' values; ``changed`` only when something really changed."""
        unknown = set(changes) - FIELDS
        if unknown:
            raise TypeError(f"not a Pixels setting: {', '.join(sorted(unknown))}")
        new = replace(self._state, **changes)
        if new != self._state:
            self._state = new
            self.changed.emit()


# --- as a file stores them (sessions) -----------------------------------------------------
_CHOICES = {"mode": MODES, "dither_1bit": DITHERS, "dither_bits": DITHERS, "dither_palette": DITHERS,
            "plane_channel": PLANE_CHANNELS, "interp": tuple(INTERPOLATIONS)}
_RANGES = {"threshold": (0, 255), "bits": (1, 8), "colors": (2, 256), "plane": (0, 7),
           "width": (1, 20000), "height": (1, 20000), "scale": (0.01, 1.0)}


def controls_to_dict(state: PixelControls) -> dict:
    data = asdict(state)
    data["keep_planes"] = list(state.keep_planes)
    return data


def controls_from_dict(data) -> PixelControls:
    """The controls a file stored, checked value by value; InputError names the first bad one.
    Settings the file does not mention keep their defaults."""
    if not isinstance(data, dict):
        raise InputError(QCoreApplication.translate("PixelSettingsModel", "The Pixels settings are not a list of values."))
    defaults = PixelControls()
    values = {}
    for key, value in data.items():
        if key not in FIELDS:
            raise _bad_setting(key)
        default = getattr(defaults, key)
        if key == "keep_planes":
            ok = isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 7 for v in value)
            value = tuple(sorted(set(value), reverse=True)) if ok else value
        elif isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, float):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            value = float(value) if ok else value
        elif isinstance(default, int):
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, str) and value in _CHOICES.get(key, (value,))
        if ok and key in _RANGES:
            low, high = _RANGES[key]
            ok = low <= value <= high
        if not ok:
            raise _bad_setting(key)
        values[key] = value
    return replace(defaults, **values)


def _bad_setting(key: str) -> InputError:
    return InputError(QCoreApplication.translate(
        "PixelSettingsModel", "The Pixels setting \"{key}\" has a value nnstudio cannot use.").format(key=key[:40]))
