use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Book {
    title: String,
    year: u16,
}

struct Library {
    books: Vec<Book>,
    index: HashMap<String, usize>,
}

impl Library {
    fn new() -> Self {
        Library { books: Vec::new(), index: HashMap::new() }
    }

    fn add(&mut self, b: Book) {
        self.index.insert(b.title.clone(), self.books.len());
        self.books.push(b);
    }

    fn find(&self, title: &str) -> Option<&Book> {
        self.index.get(title).map(|&i| &self.books[i])
    }

    fn oldest(&self) -> Book {
        let mut best = &self.books[0];
        for b in &self.books {
            if b.year < best.year {
                best = b;
            }
        }
        *best
    }

    fn titles(self) -> Vec<String> {
        self.books.into_iter().map(|b| b.title).collect()
    }
}

fn main() {
    let mut lib = Library::new();
    lib.add(Book { title: "Dune".into(), year: 1965 });
    let found = lib.find("Dune");
    lib.add(Book { title: "Emma".into(), year: 1815 });
    println!("{:?}", found);
    let names = lib.titles();
    println!("{:?} {}", names, lib.books.len());
    let b = Book { title: "X".into(), year: 1 };
    let c = b;
    let years: Vec<u16> = vec![b].iter().map(|x| x.year).collect();
    println!("{:?} {:?}", c, years);
}
