// An argument given to a function without parameters: E0061 naming the function (no
// parameter to point at), "unexpected argument" numbered only among several.
fn record_event() -> u32 {
    7
}
struct S;
impl S {
    fn get(&self) -> u32 { 1 }
}
fn main() {
    println!("events: {}", record_event(0));
    println!("{}", S.get(1, 2));
}
