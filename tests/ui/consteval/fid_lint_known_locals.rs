// rustc's deny-by-default `arithmetic_overflow` / `unconditional_panic` lints see through
// locals whose value is a known constant (and not through borrowed ones).
fn log(msg: &str) {
    let _ = msg;
}

fn buffer_demo() {
    let capacity: u8 = 255;
    let next = capacity + 1;
    let shown: u8 = 200;
    println!("shown {}", shown);
    let doubled = shown * 2; // borrowed by println!: not linted
    let _ = (next, doubled);
}

fn counters() {
    let mut hits: u8 = 250;
    hits += 10;
    let mut total: i32 = i32::MAX;
    log("between");
    total += 1; // a call ended the block: not linted
    let mut flags = 0u32;
    flags |= 4;
    flags -= 5;
    let mut halves = 1u32;
    halves /= 1;
    halves *= u32::MAX; // not propagated through `/=`
    let _ = (hits, total, flags, halves);
}

fn table() {
    let slots = [0u8; 3];
    let mut i = 2usize;
    i = i + 1;
    let _ = slots[i];
    let per_row = 10;
    let rows = 0;
    if per_row > 5 {
        let _ = per_row / rows;
    }
    let pair = (2u32, 40u32);
    let _ = 1u32 << pair.1;
    let bump = |x: u8| {
        let step: u8 = 128;
        x + step * 2
    };
    let _ = bump(1);
}

fn main() {
    buffer_demo();
    counters();
    table();
    for i in 0..3 {
        let base: i8 = 100;
        let _ = base * 2 + i;
    }
    let minimum = i32::MIN;
    let offset = 0;
    let _ = -(minimum + offset);
}
