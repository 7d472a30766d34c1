"""Entry script of the frozen bundle: the same main() as the `nnstudio` command."""

import sys

from nnstudio.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
