# CPython equivalent of words.rs.
parts = []
for i in range(600_000):
    parts.append(f"word{i % 97} ")
    if i % 10 == 0:
        parts.append("the ")
text = "".join(parts)
words = sorted(set(text.split()))
longest = max((len(w) for w in words), default=0)
upper = text.upper()
print(len(words), longest, len(upper))
