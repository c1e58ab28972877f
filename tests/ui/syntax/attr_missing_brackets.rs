#derive(Debug)
struct Pair(i32, i32);

fn main() {
    println!("{:?}", Pair(1, 2));
}
