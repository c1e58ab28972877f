fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(top) == stack.pop() {
        println!("{}", top);
    }
}
