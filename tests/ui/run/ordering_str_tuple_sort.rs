fn main() {
    println!("{}", "apple" < "banana");
    println!("{}", (1, 2) < (1, 3));
    let v = vec![3, 1, 2];
    let total: i32 = v.iter().sum();
    println!("{}", total / v.len() as i32);
    let mut r = vec!["b", "a", "b", "c"];
    r.sort();
    r.dedup();
    println!("{:?}", r);
}
