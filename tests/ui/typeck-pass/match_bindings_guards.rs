// @ bindings, guards, or-patterns, ranges, nested destructuring of structs and tuples.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Msg {
    Move(Point),
    Resize { w: u32, h: u32 },
    Key(char),
    Quit,
}

fn classify(n: i32) -> String {
    match n {
        i32::MIN..=-1 => "negative".into(),
        0 => "zero".into(),
        d @ 1..=9 => format!("digit {}", d),
        n @ (10 | 100 | 1000) => format!("power of ten {}", n),
        n if n % 2 == 0 => format!("even {}", n),
        _ => "odd".into(),
    }
}

fn handle(m: &Msg) -> String {
    match m {
        Msg::Move(Point { x: 0, y: 0 }) => "origin".to_string(),
        Msg::Move(Point { x, y: 0 }) => format!("on x axis at {}", x),
        Msg::Move(p @ Point { x, y }) if x == y => format!("diagonal {:?}", p),
        Msg::Move(Point { x, .. }) => format!("x = {}", x),
        Msg::Resize { w, h: height @ 100..=200 } => format!("medium height {} (w {})", height, w),
        Msg::Resize { w, h } if w * h > 10_000 => "large".to_string(),
        Msg::Resize { .. } => "small".to_string(),
        Msg::Key(c @ ('a'..='z' | 'A'..='Z')) => format!("letter {}", c),
        Msg::Key(c) if c.is_ascii_digit() => format!("digit key {}", c),
        Msg::Key(_) | Msg::Quit => "other".to_string(),
    }
}

fn main() {
    for n in [-5, 0, 7, 10, 1000, 42, 43] {
        println!("{}", classify(n));
    }
    let msgs = [
        Msg::Move(Point { x: 0, y: 0 }),
        Msg::Move(Point { x: 4, y: 0 }),
        Msg::Move(Point { x: 3, y: 3 }),
        Msg::Move(Point { x: 1, y: 2 }),
        Msg::Resize { w: 10, h: 150 },
        Msg::Resize { w: 500, h: 500 },
        Msg::Resize { w: 1, h: 1 },
        Msg::Key('q'),
        Msg::Key('7'),
        Msg::Key('#'),
        Msg::Quit,
    ];
    for m in &msgs {
        println!("{}", handle(m));
    }
    let ((a, b), Point { x, y: py }) = ((1, 2.5), Point { x: 9, y: 8 });
    println!("{} {} {} {}", a, b, x, py);
    let pair = (3, -3);
    match pair {
        (x, y) if x + y == 0 => println!("opposites"),
        (x, _) if x % 2 == 1 => println!("odd first"),
        _ => println!("nothing"),
    }
    let v = matches!(msgs[7], Msg::Key(c) if c > 'p');
    println!("{}", v);
}
