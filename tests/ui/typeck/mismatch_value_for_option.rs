// Returning a bare value from a function returning `Option<T>`: E0308.
fn first_even(v: &[i32]) -> Option<i32> {
    for &x in v {
        if x % 2 == 0 {
            return x;
        }
    }
    None
}

fn main() {
    println!("{:?}", first_even(&[1, 3, 4]));
}
