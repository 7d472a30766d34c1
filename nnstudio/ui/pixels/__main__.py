"""`python -m nnstudio.ui.pixels [IMAGE]`: the app opened on the Pixels tab, for quick looks."""

from __future__ import annotations

import sys


def main() -> int:
    from ..app import create_application
    from ..main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.select_tab("pixels")
    window.show()
    if len(sys.argv) > 1:
        window.open_path(sys.argv[1])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
