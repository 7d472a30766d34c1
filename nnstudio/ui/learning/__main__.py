"""`python -m nnstudio.ui.learning [PANEL]`: one panel of the Neurons & learning tab alone,
for quick looks (PANEL is one of the keys of panels.PANELS; the perceptron by default)."""

from __future__ import annotations

import sys


def main() -> int:
    from ..app import create_application
    from .panels import PANELS

    key = sys.argv[1] if len(sys.argv) > 1 else "perceptron"
    if key not in PANELS:
        print(f"Unknown panel '{key}'; choose one of {', '.join(PANELS)}.", file=sys.stderr)
        return 2
    app = create_application()
    panel = PANELS[key][0]()
    panel.resize(1280, 800)
    panel.show()
    code = app.exec()
    shutdown = getattr(panel, "shutdown", None)
    if shutdown is not None:
        shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
