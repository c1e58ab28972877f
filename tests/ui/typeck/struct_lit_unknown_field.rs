// A struct literal naming a field the struct does not have: E0560.
#[derive(Debug)]
struct Book {
    title: String,
    pages: u32,
}

fn main() {
    let b = Book {
        title: String::from("The Book"),
        pages: 550,
        author: String::from("Klabnik"),
    };
    println!("{:?}", b);
}
