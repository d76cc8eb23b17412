"""An order-keeping parallel map over processes, for per-document work.

Results come back in the order of the inputs whatever order the workers finish
in, so a build with ``jobs=N`` is byte-identical to one with ``jobs=1``.

>>> map_in_processes(abs, [-2, 3, -1], jobs=1)
[2, 3, 1]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

Progress = Callable[[int, int], None]


def effective_jobs(jobs: int, n_items: int) -> int:
    """Workers worth starting: at least 1, at most one per item.

    ``jobs <= 0`` means one per CPU.

    >>> effective_jobs(8, 3)
    3
    >>> effective_jobs(0, 1)
    1
    """
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    return max(1, min(jobs, n_items))


def _serial(func: Callable[..., R], items: Sequence[T], args: tuple, progress: Progress | None) -> list[R]:
    results = []
    for done, item in enumerate(items, 1):
        results.append(func(item, *args))
        if progress is not None:
            progress(done, len(items))
    return results


def map_in_processes(func: Callable[..., R], items: Sequence[T], *args: Any, jobs: int = 1,
                     progress: Progress | None = None) -> list[R]:
    """``[func(item, *args) for item in items]``, computed in up to ``jobs`` processes.

    Parameters
    ----------
    func
        A module-level function (it is pickled to the workers).
    items
        The inputs; each becomes one task.
    *args
        Extra arguments passed to every call after the item.
    jobs
        Number of worker processes; 1 runs in this process, ``<= 0`` one per CPU.
    progress
        Called as ``progress(done, total)`` after each task completes, in this process.

    Returns
    -------
    list
        The results in the order of ``items``.

    Raises
    ------
    Exception
        Whatever ``func`` raised in a worker, re-raised here.

    Examples
    --------
    >>> map_in_processes(divmod, [7, 9], 4, jobs=2)
    [(1, 3), (2, 1)]
    """
    items = list(items)
    workers = effective_jobs(jobs, len(items))
    if workers == 1:
        return _serial(func, items, args, progress)
    results: list[Any] = [None] * len(items)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(func, item, *args): i for i, item in enumerate(items)}
        for done, future in enumerate(as_completed(futures), 1):
            results[futures[future]] = future.result()
            if progress is not None:
                progress(done, len(items))
    return results
