// A keyword where a struct literal's field is expected ends that field (with "while parsing
// this struct"); the literal recovers at the next `,`.
struct P { x: i32, y: i32 }
fn main() {
    let y = 2;
    let p = P { return; x: 1, y };
    let q = P { x: 1, match, y };
    let r = P { x: 1, y: 2, fn };
}
