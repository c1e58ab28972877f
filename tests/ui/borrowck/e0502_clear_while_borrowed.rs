// Clearing a Vec while a borrowed iterator adapter is alive: E0502.
fn main() {
    let mut queue = vec![5, 6, 7];
    let evens: Vec<&i32> = queue.iter().filter(|x| **x % 2 == 0).collect();
    queue.clear();
    println!("{:?}", evens);
}
