"""The suite's own guard: a test that leaks a window or a thread must fail."""

from pathlib import Path

pytest_plugins = ["pytester"]

CONFTEST = (Path(__file__).parent / "conftest.py").read_text()


def test_leaked_widget_and_thread_fail_the_test_clean_one_passes(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        """
        import threading
        from PySide6.QtWidgets import QWidget

        def test_leaks_a_window(qapp):
            w = QWidget()
            w.show()
            test_leaks_a_window.keep = w

        def test_leaks_a_thread():
            stop = threading.Event()
            t = threading.Thread(target=stop.wait, name="forgotten", daemon=True)
            t.start()
            test_leaks_a_thread.stop = stop

        def test_cleans_up(qtbot):
            w = QWidget()
            qtbot.addWidget(w)
            w.show()
        """
    )
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=3, errors=2)
    result.stdout.fnmatch_lines(["*leaked*QWidget*", "*leaked threads*forgotten*"])
