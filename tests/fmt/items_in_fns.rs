fn main() {
    fn helper(x: u32) -> u32 { x }
    struct Local { a: u32 }
    impl Local { fn get(&self) -> u32 { self.a } }
    enum Choice { A, B }
    use std::collections::HashMap;
    const LIMIT: usize = 10;
    static NAME: &str = "x";
    let l = Local { a: helper(1) };
    trait T {}
}
