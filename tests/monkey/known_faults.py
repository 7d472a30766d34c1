"""Faults the monkey finds that are known and being fixed where they live (issue 11).

Each entry names the place and the error precisely enough that nothing else matches it. A
problem that matches none fails the monkey test; remove an entry once its fault is fixed
(the monkey then holds the fix in place).
"""

from __future__ import annotations

KNOWN: list[tuple[tuple[str, ...], str]] = [
    (("in export_current (inside_panel.py", "InputError"),
     "Export PNG of an inside view raises InputError out of its slot (a file that cannot be written, "
     "an SVG of a view other than the graph)"),
    (("UnicodeDecodeError", "in load_design"),
     "File ▸ Open design: a file that is not UTF-8 (a picture, a Latin-1 file) raises UnicodeDecodeError "
     "out of the slot"),
    (("in capture_activations (activations.py", "InputError"),
     "Activations/Use the current image with a model that no longer fits the design (stale model after "
     "a preset change): InputError out of the slot"),
    (("in __init__ (serialization.py", "RuntimeError"),
     "Save weights… to a missing folder or onto a folder: torch's RuntimeError out of the slot"),
    (("in show_layers (canvas.py", "OverflowError"),
     "A design with an integer above 2**63 reaches the canvas (setData): OverflowError"),
    (("in check_layer (design.py", "TypeError"),
     "A hostile design setting of the wrong type raises TypeError in the checker"),
    (("in <genexpr> (model_input.py", "TypeError"),
     "A nested input shape ([[2]]) raises TypeError in image_size_of"),
    (("RecursionError", "open_design"),
     "File ▸ Open design: a JSON nested 5,000 deep raises RecursionError out of the slot"),
    (("in to_model_input (model_input.py", "inv_scale_x > 0"),
     "Draw pad: to_model_input resizes to a zero-sized input shape (OpenCV assertion)"),
    (("froze", "in _model_for_views", "in build_model"),
     "Train / Step 1 epoch build the model for the inside views on the window's thread "
     "(InsidePanel._model_for_views): a design with very large layers freezes the window"),
    (("froze", "in _untrained_view", "in take_insight"),
     "Reset or a design edit while an inside view is shown takes the untrained network's insight on the "
     "window's thread (InsidePanel._untrained_view: every hidden unit over the 100×100 plane): a layer of "
     "thousands of units freezes the window"),
    (("RSS grew",),
     "Designs have no memory budget in this tree yet: Train with a layer the inspector lets the monkey set "
     "to 1,000,000 units takes gigabytes (seed 2 of the short run: +11 GB). Remove once the budget lands"),
    (("threads alive after closing", "nnstudio-training"),
     "Closing the window while such a training runs leaves the training thread running"),
    (("closing the window took",),
     "Closing the window while such a training runs waits 10 s for the training thread"),
    (("training_session.py", "in stop", "join"),
     "Reset/Train/close after Step 1 epoch joins the training thread on the window's thread and deadlocks"),
]


def explained_by(problem: str) -> str | None:
    for needles, what in KNOWN:
        if all(needle in problem for needle in needles):
            return what
    return None


def unexplained(problems: list[str]) -> list[str]:
    """The problems no known fault explains (known ones are printed, for the record)."""
    left = []
    for problem in problems:
        what = explained_by(problem)
        if what is None:
            left.append(problem)
        else:
            print(f"known fault: {what}\n  {problem.splitlines()[0]}")
    return left
