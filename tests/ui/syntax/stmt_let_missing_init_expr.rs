fn main() {
    let retries = ;
    let limit: u32 = 3;
    println!("{}", limit);
}
