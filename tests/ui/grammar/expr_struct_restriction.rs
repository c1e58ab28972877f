// Struct literals are not allowed directly in the condition of if/while/match
// or the iterator of for, because `{` would be ambiguous with the body.
// Wrapping them in parentheses makes them legal.

#[derive(Debug, PartialEq, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, PartialEq)]
struct Span {
    lo: usize,
    hi: usize,
}

impl Span {
    fn iter(&self) -> std::ops::Range<usize> {
        self.lo..self.hi
    }
}

fn main() {
    let origin = Point { x: 0, y: 0 };
    let p = Point { x: 3, y: 4 };

    if p == (Point { x: 3, y: 4 }) {
        println!("p is (3, 4)");
    }
    if origin != (Point { x: 1, y: 0 }) {
        println!("origin is not (1, 0)");
    }

    match (Point { x: p.x * 2, y: p.y }) {
        Point { x: 6, y } => println!("doubled x is 6, y = {}", y),
        other => println!("unexpected {:?}", other),
    }

    let mut walker = Point { x: 0, y: 0 };
    while walker != (Point { x: 3, y: 3 }) {
        walker.x += 1;
        walker.y += 1;
    }
    println!("walker reached {:?}", walker);

    for i in (Span { lo: 2, hi: 5 }).iter() {
        print!("{} ", i);
    }
    println!();

    // inside other delimiters the restriction does not apply
    let spans = [Span { lo: 0, hi: 1 }, Span { lo: 4, hi: 9 }];
    if spans.contains(&Span { lo: 4, hi: 9 }) {
        println!("found span 4..9");
    }
    if { let s = Span { lo: 1, hi: 2 }; s.hi - s.lo == 1 } {
        println!("block condition with struct literal inside");
    }
    let check = |q: Point| q.x + q.y;
    if check(Point { x: 1, y: 1 }) == 2 {
        println!("call argument with struct literal");
    }

    let moved = match p {
        Point { x, y } if x == y => Point { x: 0, y: 0 },
        Point { x, y } => Point { x: y, y: x },
    };
    println!("moved = {:?}", moved);

    let dist = |a: Point, b: Point| (a.x - b.x).abs() + (a.y - b.y).abs();
    let far = if dist(p, origin) > 5 { Point { x: 99, y: 99 } } else { origin };
    println!("far = {:?}", far);
}
