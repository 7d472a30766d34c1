"""The only package that imports torch. No Qt (checked by import-linter)."""
