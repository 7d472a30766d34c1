"""What each built-in data set is, in one sentence, marked for translation.

The names (``circle``, ``digits``) are keys that design files and the command line use, so
they stay as they are in every language; the Network tab's data picker shows these sentences
beside them, translated with ``translate("DataSets", DATASET_DESCRIPTIONS[name])``.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP

DATASET_DESCRIPTIONS = {
    "gate-and": QT_TRANSLATE_NOOP("DataSets", "The AND gate: its 4 input pairs, 1 only when both inputs are 1."),
    "gate-or": QT_TRANSLATE_NOOP("DataSets", "The OR gate: its 4 input pairs, 1 when either input is 1."),
    "gate-nand": QT_TRANSLATE_NOOP("DataSets", "The NAND gate: its 4 input pairs, 0 only when both inputs are 1."),
    "gate-xor": QT_TRANSLATE_NOOP(
        "DataSets", "The XOR gate: its 4 input pairs, 1 when the inputs differ; no straight line separates it."),
    "circle": QT_TRANSLATE_NOOP("DataSets", "2-D points: one class inside a circle, the other in the ring around it."),
    "quadrants": QT_TRANSLATE_NOOP(
        "DataSets", "2-D points: the class is the quadrant's sign pattern, XOR spread over the plane."),
    "gauss": QT_TRANSLATE_NOOP("DataSets", "2-D points: two overlapping Gaussian clouds, nearly separable by a line."),
    "spiral": QT_TRANSLATE_NOOP("DataSets", "2-D points: two interleaved spiral arms, hard for a straight line."),
    "moons": QT_TRANSLATE_NOOP("DataSets", "2-D points: two interlocking half moons."),
    "digits": QT_TRANSLATE_NOOP("DataSets", "1,797 real 8×8 handwritten digits, 0 to 9 (UCI)."),
    "shapes": QT_TRANSLATE_NOOP(
        "DataSets", "Generated 28×28 pictures of circles, squares and triangles at any size and place."),
    "fruit-table": QT_TRANSLATE_NOOP(
        "DataSets", "A table of 300 made-up fruits: four numbers each, and the fruit as the class."),
    "reg-plane": QT_TRANSLATE_NOOP(
        "DataSets", "Regression: 2-D points whose target is a number on a tilted plane, with noise."),
    "reg-gauss": QT_TRANSLATE_NOOP(
        "DataSets", "Regression: 2-D points whose target is the height of a hill and a valley, with noise."),
}
