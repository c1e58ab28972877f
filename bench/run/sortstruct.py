# CPython equivalent of sortstruct.rs.
M = (1 << 32) - 1


class Person:
    __slots__ = ("age", "name", "score")

    def __init__(self, name, age, score):
        self.name, self.age, self.score = name, age, score

    def __repr__(self):
        return f'Person {{ name: "{self.name}", age: {self.age}, score: {self.score} }}'


people = []
seed = 7
for i in range(100_000):
    seed = (seed * 1103515245 + 12345) & M
    age = (seed >> 16) % 90
    score = (seed >> 8) % 10_000 - 5_000
    people.append(Person(f"p{i % 1000}", age, score))
people.sort(key=lambda p: p.age)
oldest = people[-1].age
people.sort(key=lambda p: (-p.score, p.name))
ages = sorted(set(p.age for p in people))
print(oldest, people[0], people[-1], len(ages))
