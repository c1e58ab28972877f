impl Foo { }
impl Foo { fn new() -> Self { Foo } pub fn get(&self) -> u32 { 0 } }
impl<T> From<T> for Bar where T: Into<u32> { fn from(t: T) -> Self { Bar(t.into()) } }
impl<'a> Iterator for Iter<'a> { type Item = &'a u32; fn next(&mut self) -> Option<Self::Item> { None } }
impl std::fmt::Display for SomeTypeWithAVeryLongName<WithGenericParameters, AndMoreParameters> {}
impl<T: std::fmt::Debug + Clone + Send + Sync + 'static, U: Default + Clone + PartialEq> Trait for Thing<T, U> {}
impl Foo {
    fn a(&self) {}


    fn b(&mut self) {}
    const C: u32 = 1;
}
