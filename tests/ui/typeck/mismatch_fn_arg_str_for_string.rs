// Passing a `&str` where the function takes an owned `String`: E0308.
fn shout(message: String) -> String {
    message.to_uppercase()
}

fn main() {
    let greeting = "hello";
    let loud = shout(greeting);
    println!("{loud}");
}
