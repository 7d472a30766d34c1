"""Lessons: chapters that follow the study notes, step by step, beside the app they explain.

The file format lives in core (``core/lesson_format.py``); here the ui puts the app in a
step's state (``apply``), reads what the checks look at (``facts``), notices a finished task
by itself (``watcher``), shows the chapters (``panel``) and verifies lessons (``verify``).
"""
