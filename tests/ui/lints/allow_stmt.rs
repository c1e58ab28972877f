fn main() {
    #[allow(unused_variables)]
    let x = 1;
    let y = 2;
}
