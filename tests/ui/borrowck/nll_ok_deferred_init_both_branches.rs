// A binding declared without a value and initialized in every branch.
fn classify(n: i32) -> &'static str {
    let kind;
    if n < 0 {
        kind = "negative";
    } else if n == 0 {
        kind = "zero";
    } else {
        kind = "positive";
    }
    kind
}

fn main() {
    let label: String;
    match 3 {
        0 => label = String::from("none"),
        _ => label = String::from("some"),
    }
    println!("{} {} {} {label}", classify(-2), classify(0), classify(9));
}
