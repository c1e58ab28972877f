fn main() {
    let a = [1.5f64, 2.5, 3.5];
    for x in a { print!("{} ", x); }
    let names = ["a".to_string(), "b".to_string()];
    let v: Vec<String> = names.into_iter().rev().collect();
    println!("{:?}", v);
    let mut it = [1, 2, 3].into_iter();
    it.next();
    println!("{:?} {}", it.clone(), it.len());
}
