// Orphan rules satisfied: a local type anywhere among the trait's inputs before any
// uncovered parameter (`From<Meters> for Vec<f64>`), local wrappers around parameters,
// `Box<Local>` (fundamental), and local traits for foreign types.
use std::fmt;

trait Named {
    fn name(&self) -> String;
}

struct Wrapper<T>(T);
struct Meters(f64);

impl<T: Named> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.0.name())
    }
}

impl From<Meters> for Vec<f64> {
    fn from(m: Meters) -> Vec<f64> {
        vec![m.0]
    }
}

impl<T> From<Wrapper<T>> for Vec<T> {
    fn from(w: Wrapper<T>) -> Vec<T> {
        vec![w.0]
    }
}

impl fmt::Debug for Box<Meters> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}m", self.0)
    }
}

impl Named for String {
    fn name(&self) -> String {
        self.clone()
    }
}

impl<T: Named> Named for Vec<T> {
    fn name(&self) -> String {
        self.iter().map(|x| x.name()).collect::<Vec<_>>().join(",")
    }
}

fn main() {
    println!("{}", Wrapper(String::from("a")));
    let v: Vec<f64> = Meters(2.5).into();
    let w: Vec<i32> = Wrapper(7).into();
    println!("{:?} {:?} {:?}", v, w, Box::new(Meters(1.0)));
    println!("{}", vec![String::from("x"), String::from("y")].name());
}
