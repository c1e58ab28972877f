// Typos in local names, a missing `use`, and an unknown type.
fn average(values: &[f64]) -> f64 {
    let total: f64 = values.iter().sum();
    total / valuse.len() as f64
}

fn count_words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    counts
}

fn parse(s: &str) -> Result<i32, ParseError> {
    s.parse::<i32>().map_err(|_| ParseError)
}

fn main() {
    let number_of_items = 3;
    println!("{}", number_of_itmes);
    println!("{}", average(&[1.0, 2.0]));
    let c = count_words("a b a");
    println!("{:?} {:?}", c, parse("1"));
    let m = mem::size_of::<u64>();
}
