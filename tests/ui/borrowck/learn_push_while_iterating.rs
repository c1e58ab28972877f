fn main() {
    let mut items = vec![1, 2, 3];
    for x in &items {
        if *x > 1 {
            items.push(*x * 10);
        }
    }
    println!("{:?}", items);
}
