"""The CLI fuzzer (tests/cli/cli_fuzzer.py): seeded random command lines over every
subcommand with hostile arguments and files, each checked against the CLI's rule: exit 0
with valid output, or exit 2 with one line on stderr and nothing written.
`python benchmarks/cli_fuzz.py` runs many more."""

from __future__ import annotations

import random

import pytest

import cli_fuzzer as fuzz

SEEDS = (11, 12)
PER_SEED = 160  # 320 in-process invocations in all


@pytest.fixture(scope="module")
def pools(tmp_path_factory):
    return fuzz.Pools(tmp_path_factory.mktemp("fuzz"))


@pytest.mark.parametrize("seed", SEEDS)
def test_random_command_lines_keep_the_cli_rule(pools, seed):
    outcomes = [fuzz.run_in_process(argv) for argv in fuzz.command_lines(seed, PER_SEED, pools)]
    broken = [(o.argv, o.problems, o.stderr[:200]) for o in outcomes if o.problems]
    assert broken == [], f"seed {seed}: {len(broken)} of {len(outcomes)} broke the rule: {broken[:5]}"
    codes = {o.code for o in outcomes}
    assert codes == {0, 2}, codes  # both successes and refusals were exercised
    assert {o.argv[0] for o in outcomes} >= {"info", "pixels", "filter", "train", "export",
                                              "activations", "screenshot", "backprop", "compare"}
    assert fuzz.left_over_temporaries(pools.work) == []


def test_a_sample_as_real_processes(pools):
    """Exit codes and stderr as a shell sees them, for a seeded sample of command lines."""
    rng = random.Random(13)
    lines = [argv for argv in fuzz.command_lines(13, 200, pools) if not any("\0" in a for a in argv)]
    fast = [a for a in lines if a[0] in ("info", "pixels", "filter", "screenshot")]
    torch_ones = [a for a in lines if a[0] in ("train", "export", "activations", "backprop", "compare")]
    sample = rng.sample(fast, 3) + rng.sample(torch_ones, 2)
    outcomes = [fuzz.run_subprocess(argv) for argv in sample]
    broken = [(o.argv, o.code, o.problems, o.stderr[:200]) for o in outcomes if o.problems]
    assert broken == []
