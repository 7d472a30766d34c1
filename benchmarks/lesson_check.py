"""What a lesson's check costs on the window's thread: reading every fact of the real window
(`ui/lessons/facts.gather`) and evaluating a step's check, which the Lessons panel does once
after each burst of changes. Target: <= 5 ms (the GUI budget is ~30 ms per event). Printed
next to one Filters-tab recompute of the same state (a 3×3 conv, ReLU and 2×2 max pool of the
working image with core.pipeline), measured in the same run.
"""

from __future__ import annotations

from timing import median_ms

from nnstudio.core.lesson_catalog import builtin_lessons
from nnstudio.core.lesson_check import all_hold
from nnstudio.core.pipeline import run_pipeline
from nnstudio.ui.scripting import scripted_window


def main() -> None:
    with scripted_window("filters", (1280, 800)) as window:
        from nnstudio.ui.lessons.facts import gather

        step = next(lesson for lesson in builtin_lessons() if lesson.id == "convolution").steps[1]
        filters = next(page for page in window.pages if page.key == "filters")

        def check():
            return all_hold(step.check, gather(window))

        def recompute():
            return run_pipeline(window.document.working_pixels, filters.model.stages, gray=filters.model.gray)

        check_ms, recompute_ms = median_ms(check, 200), median_ms(recompute, 20)
        print(f"facts read: {len(gather(window))}")
        print(f"gather facts + evaluate a check (median): {check_ms:.3f} ms   target <= 5 ms   "
              f"{'OK' if check_ms <= 5 else 'SLOW'}")
        print(f"one Filters recompute of the same image (median): {recompute_ms:.3f} ms   "
              f"ratio check / recompute: {check_ms / recompute_ms:.3f}")


if __name__ == "__main__":
    main()
