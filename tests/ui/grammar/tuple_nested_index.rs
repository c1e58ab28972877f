// Tuple field access, including nested `t.0.1`, the spaced form `x.0 .1`,
// tuple structs inside tuples, assignment to nested tuple fields, and
// tuples as return values.

#[derive(Debug, Clone, Copy)]
struct Span(usize, usize);

type Entry = (&'static str, (u32, u32), Span);

fn bounding(entries: &[Entry]) -> ((u32, u32), (u32, u32)) {
    let mut lo = (u32::MAX, u32::MAX);
    let mut hi = (0, 0);
    for e in entries {
        lo.0 = lo.0.min(e.1.0);
        lo.1 = lo.1.min(e.1 .1);
        hi.0 = hi.0.max(e.1 .0);
        hi.1 = hi.1.max(e.1.1);
    }
    (lo, hi)
}

fn main() {
    let t = ((1, 2), (3, (4, 5)));
    println!("t.0.0 = {}", t.0.0);
    println!("t.0.1 = {}", t.0.1);
    println!("t.1.1.0 = {}", t.1.1.0);
    println!("t.1 .1 .1 = {}", t.1 .1 .1);
    println!("(t.1).0 = {}", (t.1).0);

    let x = ((10.5, 'c'), "str");
    println!("x.0 .1 = {:?}", x.0 .1);
    println!("x.0.0 = {}", x.0.0);

    let entries: Vec<Entry> = vec![
        ("alpha", (3, 9), Span(0, 5)),
        ("beta", (7, 2), Span(6, 10)),
        ("gamma", (1, 4), Span(11, 16)),
    ];
    for e in &entries {
        println!("{:<6} at ({}, {}) span {}..{} len {}", e.0, e.1.0, e.1.1, e.2.0, e.2 .1, e.2.1 - e.2.0);
    }
    let (lo, hi) = bounding(&entries);
    println!("bounding box {:?} .. {:?}", lo, hi);
    let area = (hi.0 - lo.0) * (hi.1 - lo.1);
    println!("area {}", area);

    // mutate nested fields
    let mut state = ((0u32, 0u32), [0u8; 3], (String::new(), 0.0f32));
    state.0.1 += 5;
    state.0 .0 = state.0.1 * 2;
    state.1[2] = 9;
    state.2.0.push_str("ok");
    state.2 .1 += 1.25;
    println!("state = {:?}", state);

    // tuple of tuple-structs with nested indexing through references
    let spans = (Span(1, 4), (Span(5, 9), Span(10, 20)));
    let r = &spans;
    let total = r.0.1 - r.0.0 + r.1.0.1 - r.1.0.0 + r.1 .1 .1 - r.1 .1 .0;
    println!("total span length {}", total);

    // single-element tuple vs parenthesised expression
    let one = (42,);
    let paren = (42);
    println!("one.0 = {}, paren = {}, unit = {:?}", one.0, paren, ());

    // tuple comparison and method on a field
    let scores = [("ann", (88, 92)), ("bob", (95, 70)), ("cid", (88, 99))];
    let mut sorted = scores.to_vec();
    sorted.sort_by(|a, b| b.1.cmp(&a.1));
    for s in &sorted {
        println!("{} {:?} total {}", s.0, s.1, s.1.0 + s.1.1);
    }
    println!("longest name len {}", scores.iter().map(|s| s.0.len()).max().unwrap());
}
