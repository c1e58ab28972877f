// An array literal whose length differs from the annotated type: E0308.
fn main() {
    let weekdays: [&str; 5] = ["mon", "tue", "wed", "thu"];
    for d in weekdays {
        println!("{d}");
    }
}
