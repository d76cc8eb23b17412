"""The order-keeping process map behind ``--jobs``."""

from timeline.parallel import effective_jobs, map_in_processes


def _square_plus(x: int, k: int) -> int:
    return x * x + k


def test_results_keep_input_order_with_several_processes():
    items = list(range(20, 0, -1))
    calls = []
    out = map_in_processes(_square_plus, items, 1, jobs=2, progress=lambda d, t: calls.append((d, t)))
    assert out == [x * x + 1 for x in items]
    assert calls == [(i, 20) for i in range(1, 21)]


def test_one_job_runs_in_this_process_and_reports_progress():
    calls = []
    assert map_in_processes(_square_plus, [3, 1], 0, jobs=1, progress=lambda d, t: calls.append(d)) == [9, 1]
    assert calls == [1, 2]


def test_effective_jobs_bounds():
    assert effective_jobs(4, 0) == 1 and effective_jobs(4, 2) == 2 and effective_jobs(-1, 100) >= 1
