// A closure whose body returns different types on two paths: E0308.
fn main() {
    let classify = |n: i32| {
        if n % 2 == 0 {
            return "even";
        }
        n
    };
    println!("{}", classify(4));
}
