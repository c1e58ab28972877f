fn main() {
    let count = 3;
    let msg = f"found {count} items";
    println!("{}", msg);
}
