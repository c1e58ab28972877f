use std::fmt::{self, Display};
use std::marker::PhantomData;
use std::ops::Add;

trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} with {} sides, area {:.2}, perimeter {:.2}", Self::NAME, Self::SIDES, self.area(), self.perimeter())
    }
    fn unit() -> Self where Self: Sized;
}

struct Square(f64);
struct Triangle { a: f64, b: f64, c: f64 }

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    fn area(&self) -> f64 { self.0 * self.0 }
    fn perimeter(&self) -> f64 { 4.0 * self.0 }
    fn unit() -> Self { Square(1.0) }
}

impl Shape for Triangle {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
    fn unit() -> Self { Triangle { a: 1.0, b: 1.0, c: 1.0 } }
}

fn total_sides<A: Shape, B: Shape>() -> u32 {
    A::SIDES + B::SIDES
}

trait Container {
    type Item;
    fn items(&self) -> Vec<Self::Item>;
    fn first(&self) -> Option<Self::Item> {
        self.items().into_iter().next()
    }
}

struct Range3(i32);
impl Container for Range3 {
    type Item = i32;
    fn items(&self) -> Vec<i32> { vec![self.0, self.0 + 1, self.0 + 2] }
}

struct Letters(&'static str);
impl Container for Letters {
    type Item = char;
    fn items(&self) -> Vec<char> { self.0.chars().collect() }
}

fn sum_all<C>(c: &C) -> C::Item
where
    C: Container,
    C::Item: Add<Output = C::Item> + Default,
{
    c.items().into_iter().fold(C::Item::default(), |a, b| a + b)
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Length<U> {
    value: f64,
    unit: PhantomData<U>,
}
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters;
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Feet;

trait UnitName { const SUFFIX: &'static str; }
impl UnitName for Meters { const SUFFIX: &'static str = "m"; }
impl UnitName for Feet { const SUFFIX: &'static str = "ft"; }

impl<U> Length<U> {
    fn new(value: f64) -> Self { Length { value, unit: PhantomData } }
}
impl<U> Add for Length<U> {
    type Output = Length<U>;
    fn add(self, o: Self) -> Self { Length::new(self.value + o.value) }
}
impl<U: UnitName> Display for Length<U> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}{}", self.value, U::SUFFIX)
    }
}
impl From<Length<Feet>> for Length<Meters> {
    fn from(l: Length<Feet>) -> Self { Length::new(l.value * 0.3048) }
}

trait Animal {
    fn name(&self) -> String;
    fn speak(&self) -> String { format!("{} makes a sound", self.name()) }
}
trait Pet: Animal {
    fn owner(&self) -> String;
    fn tag(&self) -> String { format!("{} (owner: {})", self.speak(), self.owner()) }
}
struct Dog;
impl Animal for Dog {
    fn name(&self) -> String { "Dog".into() }
    fn speak(&self) -> String { "Woof".into() }
}
impl Pet for Dog { fn owner(&self) -> String { "Ann".into() } }
struct Cat;
impl Animal for Cat { fn name(&self) -> String { "Cat".into() } }
impl Pet for Cat { fn owner(&self) -> String { "Ben".into() } }

trait Loud { fn loud(&self) -> String; }
impl<T: Display + ?Sized> Loud for T {
    fn loud(&self) -> String { self.to_string().to_uppercase() + "!" }
}

fn main() {
    let sq = Square(2.5);
    let tr = Triangle { a: 3.0, b: 4.0, c: 5.0 };
    println!("{}", sq.describe());
    println!("{}", tr.describe());
    println!("{}", Square::unit().describe());
    println!("{}", <Triangle as Shape>::unit().area());
    println!("total sides {}", total_sides::<Square, Triangle>());
    println!("{} {}", Square::NAME, <Triangle as Shape>::NAME);
    println!("{:?} {:?}", Range3(5).items(), Letters("abc").first());
    println!("{}", sum_all(&Range3(10)));
    let a: Length<Meters> = Length::new(1.5);
    let b = Length::<Feet>::new(10.0);
    let c = a + b.into();
    println!("{} + {} = {}", a, b, c);
    println!("{:?}", a < c);
    let pets: Vec<Box<dyn Pet>> = vec![Box::new(Dog), Box::new(Cat)];
    for p in &pets {
        println!("{}", p.tag());
    }
    println!("{} {} {}", "hey".loud(), 42.loud(), c.loud());
    let s: &str = "dyn";
    println!("{}", s.loud());
}
