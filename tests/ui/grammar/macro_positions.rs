// Macros invoked in item, statement, expression, pattern and type position.

macro_rules! pair_type {
    ($t:ty) => { ($t, $t) };
}

macro_rules! digit_pat {
    () => { '0'..='9' };
}

macro_rules! ws_pat {
    () => { ' ' | '\t' | '\n' };
}

macro_rules! point_struct {
    ($name:ident) => {
        #[derive(Debug, Default)]
        struct $name {
            x: i32,
            y: i32,
        }
    };
}

macro_rules! declare {
    ($v:ident : $t:ty = $e:expr) => {
        let mut $v: $t = $e;
    };
}

macro_rules! bump {
    ($v:ident) => {
        $v += 1
    };
}

point_struct!(Pos);

fn classify(c: char) -> &'static str {
    match c {
        digit_pat!() => "digit",
        ws_pat!() => "space",
        'a'..='z' | 'A'..='Z' => "letter",
        _ => "other",
    }
}

fn split_pair(p: pair_type!(u8)) -> pair_type!(String) {
    (p.0.to_string(), p.1.to_string())
}

fn bounds(points: &[Pos]) -> pair_type!(pair_type!(i32)) {
    let xs = points.iter().map(|p| p.x);
    let ys = points.iter().map(|p| p.y);
    ((xs.clone().min().unwrap(), xs.max().unwrap()), (ys.clone().min().unwrap(), ys.max().unwrap()))
}

fn main() {
    let text = "a1 b2\tZ!";
    let kinds: Vec<&str> = text.chars().map(classify).collect();
    println!("{:?}", kinds);

    declare!(counter: u32 = 10);
    bump!(counter);
    bump!(counter);
    println!("counter = {}", counter);

    let p: pair_type!(u8) = (3, 4);
    println!("{:?}", split_pair(p));

    let pts = vec![Pos { x: 3, y: -1 }, Pos { x: -2, y: 5 }, Pos::default()];
    println!("bounds {:?}", bounds(&pts));
    if let Some(digit_pat!()) = text.chars().nth(1) {
        println!("second char is a digit");
    }
    let v: Vec<pair_type!(char)> = vec![('a', 'b')];
    println!("{:?} {}", v, std::mem::size_of::<pair_type!(u16)>());
    println!("{:?}", pts[0]);
}
