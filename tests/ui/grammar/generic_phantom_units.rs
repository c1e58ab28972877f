// Zero-cost typed quantities with PhantomData, checked at compile time.
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Add, Div};

#[derive(Debug, Clone, Copy)]
struct Meters;
#[derive(Debug, Clone, Copy)]
struct Seconds;
#[derive(Debug, Clone, Copy)]
struct Per<A, B>(PhantomData<(A, B)>);

trait UnitName {
    fn name() -> String;
}
impl UnitName for Meters {
    fn name() -> String {
        "m".into()
    }
}
impl UnitName for Seconds {
    fn name() -> String {
        "s".into()
    }
}
impl<A: UnitName, B: UnitName> UnitName for Per<A, B> {
    fn name() -> String {
        format!("{}/{}", A::name(), B::name())
    }
}

#[derive(Clone, Copy)]
struct Qty<U> {
    value: f64,
    unit: PhantomData<U>,
}

fn qty<U>(value: f64) -> Qty<U> {
    Qty { value, unit: PhantomData }
}

impl<U> Add for Qty<U> {
    type Output = Qty<U>;
    fn add(self, rhs: Qty<U>) -> Qty<U> {
        qty(self.value + rhs.value)
    }
}

impl<A, B> Div<Qty<B>> for Qty<A> {
    type Output = Qty<Per<A, B>>;
    fn div(self, rhs: Qty<B>) -> Self::Output {
        qty(self.value / rhs.value)
    }
}

impl<U: UnitName> fmt::Display for Qty<U> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.2} {}", self.value, U::name())
    }
}

fn total<U>(parts: &[Qty<U>]) -> Qty<U>
where
    U: Copy,
{
    parts.iter().copied().fold(qty(0.0), |a, b| a + b)
}

fn main() {
    let legs = [qty::<Meters>(120.0), qty(80.5), qty(300.0)];
    let times = [qty::<Seconds>(14.2), qty(9.8), qty(41.0)];
    let d = total(&legs);
    let t = total(&times);
    println!("distance {}", d);
    println!("time {}", t);
    let speed = d / t;
    println!("speed {}", speed);
    let per_leg: Vec<String> = legs.iter().zip(times.iter()).map(|(l, t)| (*l / *t).to_string()).collect();
    println!("legs: {}", per_leg.join(", "));
    println!("size of Qty<Meters> = {}", std::mem::size_of::<Qty<Meters>>());
}
