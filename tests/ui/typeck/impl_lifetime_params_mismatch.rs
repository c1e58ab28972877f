// An impl method dropping the lifetime bound the trait method declares: E0195.
trait Matcher {
    fn pick<'a, 'b: 'a>(&self, short: &'a str, long: &'b str) -> &'a str;
}

struct Shortest;

impl Matcher for Shortest {
    fn pick<'a, 'b>(&self, short: &'a str, long: &'b str) -> &'a str {
        if short.len() <= long.len() { short } else { short }
    }
}

fn main() {
    println!("{}", Shortest.pick("ab", "abc"));
}
