# CPython equivalent of fib.rs.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


total = 0
for n in range(15, 31):
    total += fib(n)
print(total)
