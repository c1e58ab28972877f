// `Option::get_or_insert_with` and entry-style caching accepted under NLL.
struct Lazy {
    cached: Option<Vec<u32>>,
}

impl Lazy {
    fn get(&mut self) -> &Vec<u32> {
        self.cached.get_or_insert_with(|| (1..=4).map(|x| x * x).collect())
    }
}

fn main() {
    let mut l = Lazy { cached: None };
    let n = l.get().len();
    l.cached.as_mut().unwrap().push(25);
    println!("{n} {:?}", l.get());
}
