// A reference to a value declared in an inner block outlives the block: E0597.
fn main() {
    let longest: &String;
    {
        let candidate = String::from("temporary");
        longest = &candidate;
    }
    println!("{longest}");
}
