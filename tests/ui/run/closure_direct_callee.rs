// Closures that only pass their parameters to one function (filter/map over chars, ranges,
// slices), and a #[track_caller] callee whose panic location is the closure's call.
fn double(x: i32) -> i32 { x * 2 }
fn big(x: &i32) -> bool { *x > 3 }
#[track_caller]
fn checked(x: u8) -> u8 { if x > 200 { panic!("too big") } x }
fn main() {
    let s = "a1b22c333 ٣x";
    println!("{}", s.chars().filter(|c| c.is_ascii_digit()).count());
    println!("{}", s.chars().filter(|c| c.is_numeric()).count());
    let v: Vec<i32> = (0..6).map(|x| double(x)).collect();
    println!("{:?}", v);
    let w: Vec<&i32> = v.iter().filter(|x| big(x)).collect();
    println!("{:?}", w);
    let u: Vec<char> = s.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{:?}", u);
    let z: Vec<u8> = [1u8, 2, 250].iter().map(|&b| checked(b)).collect();
    println!("{:?}", z);
}
