// Bindings that shadow a tuple struct and a static: E0530.
struct Wrapper(i32);
static COUNT: i32 = 0;

fn main() {
    let x = 5;
    match x {
        Wrapper => println!("wrapper"),
    }
    let COUNT = 3;
}
