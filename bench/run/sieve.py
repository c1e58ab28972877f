# CPython equivalent of sieve.rs.
n = 1_000_000
is_prime = [True] * (n + 1)
is_prime[0] = False
is_prime[1] = False
i = 2
while i * i <= n:
    if is_prime[i]:
        j = i * i
        while j <= n:
            is_prime[j] = False
            j += i
    i += 1
count = sum(1 for p in is_prime if p)
total = 0
for k, p in enumerate(is_prime):
    if p:
        total += k
print(count, total)
