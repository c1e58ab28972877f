# CPython equivalent of bintrees.rs.
def make(depth):
    if depth == 0:
        return None
    return (make(depth - 1), make(depth - 1))


def check(t):
    if t is None:
        return 1
    return 1 + check(t[0]) + check(t[1])


max_depth = 17
long = make(max_depth)
depth = 4
while depth <= max_depth:
    iterations = 1 << (max_depth - depth + 4) >> 4
    total = 0
    for _ in range(iterations):
        total += check(make(depth))
    print(f"{iterations} trees of depth {depth} check: {total}")
    depth += 2
print(f"long lived tree of depth {max_depth} check: {check(long)}")
