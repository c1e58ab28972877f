fn main() {
    let FooBar = 1;
    let camelCase = 2;
    println!("{} {}", FooBar, camelCase);
}
