fn main() {
    match v {
        [] => 0,
        [x] => 1,
        [first, .., last] => 2,
        [a, b, rest @ ..] => 3,
    }
    match p { Point { x: 0, .. } => 1, Point { x, y: 0 } => 2, Point { x: ref a, y: ref mut b } => 3 }
    match n { 0..=9 => "digit", 10.. => "big", i32::MIN..=-1 => "neg" }
    match t { (1, _) | (_, 1) => 1, (a, b) if a > b => 2, _ => 3 }
    match r { Ok(ref v) => v, Err(box e) => e }
    match c { 'a'..='z' | 'A'..='Z' => true, _ => false }
    match s { S(a, ..) => a, }
    let &(a, b) = pair;
    let (mut x, ref y) = (1, 2);
}
