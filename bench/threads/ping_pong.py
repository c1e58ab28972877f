"""ping_pong.rs in idiomatic Python: two threads and two `queue.Queue`s (None ends)."""

import queue
import threading
import time

ROUNDS = 20_000


def main():
    to_pong = queue.Queue()
    to_ping = queue.Queue()
    seen = [0]

    def ponger():
        while True:
            v = to_pong.get()
            if v is None:
                break
            seen[0] += 1
            to_ping.put(v + 1)

    start = time.perf_counter()
    th = threading.Thread(target=ponger)
    th.start()
    v = 0
    for _ in range(ROUNDS):
        to_pong.put(v)
        v = to_ping.get() + 1
    to_pong.put(None)
    th.join()
    secs = time.perf_counter() - start
    messages = 2 * ROUNDS
    print(f"final {v} seen {seen[0]}")
    print(f"time {secs:.3f}")
    print(f"rate {messages / secs:.0f}")


main()
