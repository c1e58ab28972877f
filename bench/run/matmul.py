# CPython equivalent of matmul.rs.
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0.0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


n = 150
a = [[float((i * j) % 7) + 0.5 for j in range(n)] for i in range(n)]
b = [[float((i + j) % 5) - 1.0 for j in range(n)] for i in range(n)]
c = matmul(a, b)
trace = sum(c[i][i] for i in range(n))
ints = [0] * (n * n)
for i in range(n):
    for j in range(n):
        ints[i * n + j] = int(c[i][j]) * 3 - 1
total = sum(ints)
print(f"{trace:.1f} {total}")
