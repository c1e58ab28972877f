# CPython equivalent of strbuild.rs.
parts = []
for i in range(350_000):
    line = f"{i}:{i * 7 % 13};"
    parts.append(line)
    if i % 100 == 0:
        parts.append("\n")
out = "".join(parts)
digits = sum(1 for c in out if c.isdigit() and c.isascii())
lines = len(out.splitlines())
print(len(out), digits, lines)
