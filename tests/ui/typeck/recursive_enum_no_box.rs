// A recursive enum (a cons list) without `Box`: E0072.
enum List {
    Cons(i32, List),
    Nil,
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

fn main() {
    println!("cons list");
}
