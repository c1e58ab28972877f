fn main() {
    let m: HashMap<i32, i32> = HashMap::new();
    let r: Result<(), Error> = Ok(());
}
