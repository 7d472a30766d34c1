"""A regression set in the window: it says where it trains instead of drawing classes."""

from __future__ import annotations


def test_regression_sets_say_where_they_train_in_the_window(network_page, qtbot):
    document = network_page.network
    network_page.data_panel.choose("reg-gauss")
    qtbot.waitUntil(lambda: document.problem() is not None and "regression" in str(document.problem()),
                    timeout=10_000)
    assert "nnstudio train mlp_regress" in network_page.data_panel.summary.text()
