fn main() {
    let names = ["ann", "bob"];
    for name in names.iter() {
        println!("{}", name.to_uppercase(};
    }
}
