// Matching through `*` on a box and on a reference, and through `as_ref`.
enum List {
    Nil,
    Cons(i32, Box<List>),
}

fn sum(l: &List) -> i32 {
    match *l {
        List::Nil => 0,
        List::Cons(v, ref rest) => v + sum(rest),
    }
}

fn main() {
    let l = Box::new(List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil)))));
    let total = match *l {
        List::Cons(v, ref rest) => v + sum(rest),
        List::Nil => 0,
    };
    println!("{total}");
    let o: Option<String> = Some("hi".to_string());
    match o.as_ref() {
        Some(s) => println!("{s}"),
        None => println!("none"),
    }
}
