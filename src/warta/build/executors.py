"""Where per-document work runs: in this process, on every local core, or on a Dask cluster.

Every executor maps a function over work items and yields the results *in input order*,
keeping only a bounded number of items in flight, so that a corpus of any size streams
through in flat memory and the output does not depend on how the work was spread.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("local", "dask")


class ExecutorError(Exception):
    """An executor that cannot be started (missing package, unreachable scheduler)."""


def available_cores() -> int:
    """Cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of worker processes; forkserver: they start clean, without the threads of this process."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))


class Executor(Protocol):
    """Runs ``fn(item)`` somewhere and hands back something with ``.result()``."""

    window: int  # items in flight at most

    def submit(self, fn: Callable[[Any], Any], item: Any) -> Any: ...

    def close(self) -> None: ...


def map_in_order(executor: Executor, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    """``fn`` over ``items`` on ``executor``, results in input order, ``executor.window`` in flight."""
    pending: deque = deque()
    for item in items:
        pending.append(executor.submit(fn, item))
        if len(pending) >= executor.window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class InlineExecutor:
    """Runs the work here, one item at a time (``--jobs 1``)."""

    window = 1

    def submit(self, fn: Callable[[Any], Any], item: Any) -> Future:
        future: Future = Future()
        future.set_result(fn(item))
        return future

    def close(self) -> None:
        pass


class ProcessExecutor:
    """A pool of ``jobs`` worker processes on this machine, started on first use."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.window = 2 * jobs  # keeps every worker busy while results are collected
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn: Callable[[Any], Any], item: Any) -> Future:
        if self._pool is None:
            self._pool = process_pool(self.jobs)
        return self._pool.submit(fn, item)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


class DaskExecutor:
    """Work sent to a Dask cluster: the scheduler at ``address``, else a local cluster of ``jobs`` workers.

    The workers need warta installed (the same version) to import the work function.
    """

    def __init__(self, address: str | None, jobs: int, timeout: float = 10):
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise ExecutorError("the dask executor needs dask.distributed: pip install 'warta[dask]'") from error
        self.cluster = None
        try:
            if address:
                self.client = Client(address, timeout=timeout)
            else:
                self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, dashboard_address=None)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as error:
            raise ExecutorError(f"cannot reach the Dask scheduler at {address}: {error}") from error
        threads = sum(worker["nthreads"] for worker in self.client.scheduler_info()["workers"].values())
        self.window = 2 * max(threads, 1)

    def submit(self, fn: Callable[[Any], Any], item: Any) -> Any:
        return self.client.submit(fn, item, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def open_executor(kind: str = "local", jobs: int | None = None, scheduler: str | None = None) -> Executor:
    """The executor for ``--executor kind --jobs N [--scheduler ADDRESS]``."""
    jobs = jobs or available_cores()
    if kind == "dask":
        return DaskExecutor(scheduler, jobs)
    if kind != "local":
        raise ExecutorError(f"unknown executor {kind!r} (choose from {', '.join(EXECUTORS)})")
    if scheduler:
        raise ExecutorError("--scheduler needs --executor dask")
    return InlineExecutor() if jobs == 1 else ProcessExecutor(jobs)


def single_or_all(items: Iterable[T]) -> tuple[bool, Iterator[T]]:
    """(whether ``items`` holds at most one item, the same items) — reading at most two ahead."""
    iterator = iter(items)
    head = [item for _, item in zip(range(2), iterator)]
    return len(head) <= 1, chain(head, iterator)
