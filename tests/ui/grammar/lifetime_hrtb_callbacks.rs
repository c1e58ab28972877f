// Higher-ranked trait bounds: callbacks that must accept borrows of any lifetime.

fn for_each_line<F>(text: &str, mut f: F)
where
    F: for<'a> FnMut(usize, &'a str),
{
    for (i, line) in text.lines().enumerate() {
        f(i + 1, line);
    }
}

fn apply_to_local(f: &dyn for<'a> Fn(&'a str) -> usize) -> usize {
    let local = String::from("temporary buffer");
    f(&local)
}

fn pick<F>(items: &[String], choose: F) -> Vec<&str>
where
    for<'x> F: Fn(&'x str) -> Option<&'x str>,
{
    items.iter().filter_map(|s| choose(s)).collect()
}

trait Validator {
    fn check<'a>(&self, input: &'a str) -> Result<&'a str, String>;
}

struct NonEmpty;
struct MaxLen(usize);

impl Validator for NonEmpty {
    fn check<'a>(&self, input: &'a str) -> Result<&'a str, String> {
        if input.trim().is_empty() { Err("empty".into()) } else { Ok(input.trim()) }
    }
}

impl Validator for MaxLen {
    fn check<'a>(&self, input: &'a str) -> Result<&'a str, String> {
        if input.len() > self.0 { Err(format!("longer than {}", self.0)) } else { Ok(input) }
    }
}

fn run_all<'v>(validators: &[&'v dyn Validator], input: &str) -> Result<String, String> {
    let mut cur = input;
    for v in validators {
        cur = v.check(cur)?;
    }
    Ok(cur.to_string())
}

type LineHook = Box<dyn for<'a> Fn(&'a str) -> &'a str>;

fn main() {
    let text = "first line\n  second\nthird line here";
    let mut longest = (0, 0);
    for_each_line(text, |n, line| {
        println!("{:>2}: {:?}", n, line);
        if line.len() > longest.1 {
            longest = (n, line.len());
        }
    });
    println!("longest line #{} ({} bytes)", longest.0, longest.1);

    println!("words in local: {}", apply_to_local(&|s| s.split(' ').count()));

    let items: Vec<String> = vec!["key=value".into(), "novalue".into(), "a=b".into()];
    println!("{:?}", pick(&items, |s| s.split_once('=').map(|(k, _)| k)));

    let vs: [&dyn Validator; 2] = [&NonEmpty, &MaxLen(6)];
    for input in ["  hello ", "   ", "much too long"] {
        println!("{:?} -> {:?}", input, run_all(&vs, input));
    }

    let hooks: Vec<LineHook> = vec![Box::new(|s| s.trim()), Box::new(|s| s.split(' ').next().unwrap_or(s))];
    for h in &hooks {
        println!("hook -> {:?}", h("  padded words  "));
    }
}
