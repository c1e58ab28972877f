impl<T> Trait for Type<T> where T: Clone { fn method(&self) -> T { self.0.clone() } }
impl<T: Debug + Clone + Send + Sync + 'static, U: Default + PartialEq + Eq + Hash> MyTrait<T> for MyStruct<T, U> {}
impl Display for Point { fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) } }
impl<'a> Iterator for Iter<'a> {
    type Item = &'a u8;
    const LEN: usize = 3;
    fn next(&mut self) -> Option<Self::Item> { None }
}
unsafe impl Send for Handle {}
impl !Sync for Cell {}
trait Shape: Debug + Clone { const SIDES: u32; type Output; fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
pub trait Visitor<'ast> where Self: Sized { fn visit(&mut self, node: &'ast Node) {} }
trait Empty {}
impl Empty for () {}
impl<T> From<T> for Wrapper<T> where T: Into<String> + Clone + Debug + Default + PartialEq + Send + Sync {
    fn from(t: T) -> Self { Wrapper(t) }
}
