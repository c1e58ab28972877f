"""par_collatz.rs in idiomatic Python: one thread, then THREADS `threading.Thread`s."""

import threading
import time

N = 60_000
THREADS = 4


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def range_total(lo, hi):
    return sum(collatz_len(i) for i in range(lo, hi))


def main():
    start = time.perf_counter()
    single = range_total(1, N + 1)
    t1 = time.perf_counter() - start

    start = time.perf_counter()
    chunk = N // THREADS
    results = [0] * THREADS

    def work(i, lo, hi):
        results[i] = range_total(lo, hi)

    threads = []
    for i in range(THREADS):
        lo = 1 + i * chunk
        hi = N + 1 if i == THREADS - 1 else lo + chunk
        th = threading.Thread(target=work, args=(i, lo, hi))
        th.start()
        threads.append(th)
    for th in threads:
        th.join()
    multi = sum(results)
    tn = time.perf_counter() - start

    print(f"total {single} {multi}")
    print(f"time single {t1:.3f}")
    print(f"time threads{THREADS} {tn:.3f}")


main()
