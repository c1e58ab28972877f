// A deferred-initialized immutable binding assigned on two paths in sequence: E0384.
fn main() {
    let status: &str;
    status = "pending";
    println!("{status}");
    status = "done";
    println!("{status}");
}
