// Calling a `self`-consuming method while a field borrow is live: E0505.
struct Report {
    title: String,
    body: String,
}

impl Report {
    fn finish(self) -> String {
        format!("{}\n{}", self.title, self.body)
    }
}

fn main() {
    let r = Report { title: "T".into(), body: "B".into() };
    let t = &r.title;
    let text = r.finish();
    println!("{t}: {text}");
}
