// A format argument must be `Sized` (`fmt::Argument::new_display::<T>(&T)`): one E0277 per
// argument, labelled at the last placeholder of its first (argument, trait) pair.
use std::fmt::Debug;

fn main() {
    let s: &str = "hi";
    let v: &[i32] = &[1];
    let b: Box<dyn Debug> = Box::new(1);
    println!("{}", *s);
    println!("{} {0:?} {0}", *s);
    println!("{:?}", *v);
    println!("{}", *b);
    println!("{:?} {}", *b, s);
}
