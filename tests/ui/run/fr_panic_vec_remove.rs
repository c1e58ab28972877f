fn main() {
    let mut q: Vec<String> = "a b c d".split(' ').map(String::from).collect();
    while q.len() > 1 {
        let x = q.remove(1);
        println!("removed {} -> {:?}", x, q);
    }
    q.insert(1, "z".to_string());
    println!("{:?}", q);
    q.remove(5);
}
