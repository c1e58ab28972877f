// A struct with a lifetime parameter outliving the value it borrows: E0597.
struct Parser<'a> {
    input: &'a str,
}

fn main() {
    let p;
    {
        let text = String::from("1 + 2");
        p = Parser { input: &text };
    }
    println!("{}", p.input);
}
