fn main() {
    let values = vec![4, 8, 15];
    let total = (let sum = values.iter().sum::<i32>());
    println!("{:?}", total);
}
