// toplevel_ref_arg: `let ref x = y;` is `let x = &y;`.

fn checks(v: i32, s: String) -> usize {
    let ref r = v;
    let ref t = s;
    *r as usize + t.len()
}

// Near misses: `ref` inside a pattern, a plain reference.
fn near(p: (i32, i32)) -> i32 {
    let (ref a, b) = p;
    let c = &b;
    *a + *c
}

#[allow(clippy::toplevel_ref_arg)]
fn allowed(v: i32) -> i32 {
    let ref r = v;
    *r
}

fn main() {
    println!("{} {} {}", checks(1, String::new()), near((1, 2)), allowed(3));
}
