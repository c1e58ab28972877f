struct Cache { data: Vec<String> }
impl Cache {
    fn get_or_add(&mut self, s: &str) -> &String {
        for item in &self.data { if item == s { return item; } }
        self.data.push(s.to_string());
        self.data.last().unwrap()
    }
}
fn main() { let mut c = Cache { data: vec![] }; c.get_or_add("a"); }
