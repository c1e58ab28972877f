# CPython equivalent of wordcount.rs.
M = (1 << 64) - 1
parts = []
seed = 12345
for _ in range(400_000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) & M
    w = (seed >> 33) % 500
    parts.append(f"w{w} ")
text = "".join(parts)
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:5]:
    print(w, c)
print(len(top))
