use private::shapes::clamp;

fn main() {
    println!("{}", clamp(3));
    println!("{}", private::shapes::internal());
    println!("{}", private::uses_internal());
}
