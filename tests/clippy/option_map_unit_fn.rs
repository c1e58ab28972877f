// option_map_unit_fn: `o.map(|x| side_effect(x));` is `if let Some(x) = o { .. }`.

fn show(n: i32) {
    println!("{}", n);
}

fn checks(o: Option<i32>) {
    o.map(|x| println!("{}", x));
    o.map(|y| show(y + 1));
}

// Near misses: the value is used.
fn near(o: Option<i32>) -> Option<i32> {
    o.map(|x| x + 1)
}

#[allow(clippy::option_map_unit_fn)]
fn allowed(o: Option<i32>) {
    o.map(|x| show(x));
}

fn main() {
    checks(Some(1));
    println!("{:?}", near(None));
    allowed(Some(2));
}
