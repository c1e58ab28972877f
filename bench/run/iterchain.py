# CPython equivalent of iterchain.rs.
from itertools import pairwise

v = [(x * 37 + 11) % 1000 for x in range(1_000_000)]
evens = sum(x * 2 for x in v if x % 2 == 0)
big = sum(1 for x in v if x > 500)
dot = sum(a * b for a, b in pairwise(v))
squares = [x * x for x in v[:250_000]]
maxv = max(squares)
pos = v.index(999)
anyneg = any(x < 0 for x in v)
print(evens, big, dot, len(squares), maxv, pos, str(anyneg).lower())
