// Moving out of an index, out of a `&self` field and out of a shared reference.
#[derive(Debug)]
struct Book {
    title: String,
    tags: Vec<String>,
}

impl Book {
    fn take_title(&self) -> String {
        self.title
    }
}

fn first_tag(b: &Book) -> String {
    let t = b.tags[0];
    t
}

fn main() {
    let books = vec![Book { title: "Dune".into(), tags: vec!["sf".into()] }];
    let b = books[0];
    let r = &books;
    let owned: Vec<Book> = *r;
    println!("{:?} {} {} {:?}", b, first_tag(&books[0]), books[0].take_title(), owned);
}
