# CPython equivalent of shapes.rs.
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def name(self):
        return "circle"


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def name(self):
        return "rect"


shapes = []
for i in range(300_000):
    x = float(i % 17) + 0.5
    if i % 3 == 0:
        shapes.append(Circle(x))
    else:
        shapes.append(Rect(x, float(i % 5) + 1.0))
total = sum(s.area() for s in shapes)
circles = sum(1 for s in shapes if s.name() == "circle")
big = [a for a in (s.area() for s in shapes) if a > 100.0]
print(f"{total:.3f} {circles} {len(big)}")
