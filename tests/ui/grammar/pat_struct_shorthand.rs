// Struct patterns: field shorthand, renaming `field: binding`, `..` to ignore
// the rest, nested struct patterns, and literal fields inside patterns.

#[derive(Debug, Clone)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone)]
struct Segment {
    start: Point,
    end: Point,
    color: &'static str,
    width: u8,
}

#[derive(Debug)]
enum Event {
    Click { pos: Point, button: u8 },
    Drag { from: Point, to: Point },
    Key { code: u32, shift: bool },
}

fn classify(s: &Segment) -> String {
    match s {
        Segment { start: Point { x: x1, y: y1 }, end: Point { x: x2, y: y2 }, .. } if x1 == x2 && y1 == y2 => {
            "a single point".to_string()
        }
        Segment { start: Point { x: sx, .. }, end: Point { x: ex, .. }, color, .. } if sx == ex => {
            format!("vertical {} line at x={}", color, sx)
        }
        Segment { start: Point { y, .. }, end: Point { y: y2, .. }, width: 1, .. } if *y == *y2 => {
            format!("thin horizontal line at y={}", y)
        }
        Segment { color: "red", width, .. } => format!("red diagonal of width {}", width),
        Segment { start, end, .. } => format!("segment {:?} to {:?}", (start.x, start.y), (end.x, end.y)),
    }
}

fn handle(e: &Event) -> String {
    match e {
        Event::Click { pos: Point { x, y }, button: 1 } => format!("left click at {},{}", x, y),
        Event::Click { button, .. } => format!("button {} click", button),
        Event::Drag { from, to: Point { x: tx, y: ty } } => format!("drag from {:?} to ({}, {})", from, tx, ty),
        Event::Key { code, shift: true } => format!("shift+{}", char::from_u32(*code).unwrap_or('?')),
        Event::Key { code, .. } => format!("key {}", code),
    }
}

fn main() {
    let p = |x, y| Point { x, y };
    let segs = [
        Segment { start: p(1, 1), end: p(1, 1), color: "blue", width: 2 },
        Segment { start: p(3, 0), end: p(3, 9), color: "green", width: 1 },
        Segment { start: p(0, 5), end: p(8, 5), color: "black", width: 1 },
        Segment { start: p(0, 0), end: p(4, 4), color: "red", width: 3 },
        Segment { start: p(0, 0), end: p(2, 7), color: "gray", width: 2 },
    ];
    for s in &segs {
        println!("{}", classify(s));
    }

    let events = [
        Event::Click { pos: p(10, 20), button: 1 },
        Event::Click { pos: p(0, 0), button: 3 },
        Event::Drag { from: p(1, 2), to: p(3, 4) },
        Event::Key { code: 'a' as u32, shift: true },
        Event::Key { code: 13, shift: false },
    ];
    for e in &events {
        println!("{}", handle(e));
    }

    // destructuring in let with shorthand and rename
    let Segment { color, width: w, start: Point { x: start_x, .. }, .. } = segs[3].clone();
    println!("color={} w={} start_x={}", color, w, start_x);

    // destructuring in function-style closure parameters
    let lengths: Vec<f64> = segs
        .iter()
        .map(|Segment { start, end, .. }| (((end.x - start.x).pow(2) + (end.y - start.y).pow(2)) as f64).sqrt())
        .collect();
    println!("lengths: {:?}", lengths.iter().map(|l| format!("{:.2}", l)).collect::<Vec<_>>());
}
