fn main() {
    let items = vec![1, 2, 3];
    printn!("{:?}", items);
    let total: i32 = sum_all!(items);
    println!("{}", total);
}
