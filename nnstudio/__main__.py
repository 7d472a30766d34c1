"""`python -m nnstudio` and the `nnstudio` launcher."""

from __future__ import annotations

import sys


def main() -> int:
    if sys.platform == "win32":
        # torch >= 2.9 fails to load its DLLs on Windows when Qt's were loaded first.
        import torch  # noqa: F401
    from .cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
