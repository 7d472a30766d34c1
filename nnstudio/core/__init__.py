"""Pure compute: numpy, OpenCV and Pillow only. No Qt, no torch (checked by import-linter)."""
