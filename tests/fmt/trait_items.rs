trait Animal { fn name(&self) -> String; fn speak(&self) -> String { format!("{} speaks", self.name()) } const LEGS: u32; const DEFAULT: u32 = 4; type Food; type Toy: Clone + Default; }
trait Sub: Animal + Clone where Self: Sized {}
trait Empty {}
trait Generic<T>: Iterator<Item = T> { fn go<U>(&self, u: U) -> T where U: Into<T>; }
pub trait WithLongSupertraits: std::fmt::Debug + std::fmt::Display + Clone + Send + Sync + 'static {}
impl Animal for Dog { fn name(&self) -> String { "dog".into() } const LEGS: u32 = 4; type Food = Meat; type Toy = Ball; }
impl<T: Clone> Generic<T> for Wrapper<T> { fn go<U>(&self, u: U) -> T where U: Into<T> { u.into() } }
impl !Send for Raw {}
impl<T> Default for Holder<T> where T: Default { fn default() -> Self { Holder(T::default()) } }
