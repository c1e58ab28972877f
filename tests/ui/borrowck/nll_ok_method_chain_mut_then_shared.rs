// A `&mut self` builder method returning `&mut Self`, followed by shared reads.
struct Query {
    parts: Vec<String>,
}

impl Query {
    fn and(&mut self, p: &str) -> &mut Self {
        self.parts.push(p.to_string());
        self
    }
    fn render(&self) -> String {
        self.parts.join(" AND ")
    }
}

fn main() {
    let mut q = Query { parts: Vec::new() };
    q.and("a = 1").and("b = 2").and("c > 3");
    let text = q.render();
    q.and("d");
    println!("{text} | {}", q.render());
}
