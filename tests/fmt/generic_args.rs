fn main() {
    let a: Vec<Vec<Vec<u32>>> = Vec::new();
    let b: HashMap<String, Box<dyn Fn(&str) -> Result<Vec<u8>, std::io::Error> + Send + Sync>> = HashMap::new();
    let c = Foo::<A, B, C>::new();
    let d: Option<&'static mut [u8]> = None;
    let e: <T as Trait>::Assoc = x;
    let f: impl_trait_not_allowed_here::Path<'a, 'b, T, U, V, W, X, Y, Z, AA, BB, CC, DD, EE, FF> = y;
}
