// Pushing to a Vec bound without `mut`: E0596.
fn main() {
    let names = Vec::new();
    names.push(String::from("zed"));
    println!("{:?}", names);
}
