// clone_on_copy: `.clone()` on a value whose type is `Copy`.

#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Clone, Debug)]
struct Name {
    s: String,
}

fn ints(a: i32) -> i32 {
    let b = a.clone();
    b + 1
}

fn points(p: Point) -> Point {
    p.clone()
}

fn through_ref(r: &u8) -> u8 {
    r.clone()
}

// Near misses: not Copy.
fn strings(s: &String) -> String {
    s.clone()
}

fn names(n: &Name) -> Name {
    n.clone()
}

fn vectors(v: &[i32]) -> Vec<i32> {
    v.to_vec().clone()
}

#[allow(clippy::clone_on_copy)]
fn allowed(c: char) -> char {
    c.clone()
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let n = Name { s: String::from("n") };
    println!(
        "{} {:?} {} {} {:?} {:?} {} {} {}",
        ints(1),
        points(p),
        through_ref(&3),
        strings(&String::new()),
        names(&n),
        vectors(&[1]),
        allowed('c'),
        p.x + p.y,
        n.s
    );
}
