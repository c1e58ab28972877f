fn main() {
    let v: Result<Vec<i32>, String> = vec!["1", "2", "3"].iter().map(|s| s.parse::<i32>().map_err(|e| e.to_string())).collect();
    println!("{:?}", v);
    let w: Result<Vec<i32>, std::num::ParseIntError> = "4 x 6".split(' ').map(|s| s.parse()).collect();
    println!("{:?}", w);
    let o: Option<Vec<u8>> = vec![Some(1u8), None].into_iter().collect();
    println!("{:?}", o);
}
