// Traits with default methods that call required ones, overriding defaults, generic callers.
trait Summary {
    fn author(&self) -> String;

    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }

    fn headline(&self) -> String {
        let s = self.summarize();
        if s.len() > 30 { format!("{}...", &s[..27]) } else { s }
    }
}

struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

struct Article {
    title: String,
    author: String,
}

impl Summary for Tweet {
    fn author(&self) -> String {
        format!("@{}", self.username)
    }
}

impl Summary for Article {
    fn author(&self) -> String {
        self.author.clone()
    }

    fn summarize(&self) -> String {
        format!("{}, by {}", self.title, self.author)
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking! {}", item.summarize());
}

fn longest_headline<'a, T: Summary>(items: &'a [T]) -> Option<&'a T> {
    items.iter().max_by_key(|it| it.headline().len())
}

fn all_authors(items: &[&dyn Summary]) -> Vec<String> {
    items.iter().map(|s| s.author()).collect()
}

fn main() {
    let t = Tweet { username: "rustlang".into(), content: "1.95 is out".into(), retweets: 12 };
    let a = Article { title: "Ownership explained for the impatient".into(), author: "Ferris".into() };
    notify(&t);
    notify(&a);
    println!("{}", t.headline());
    println!("{}", a.headline());
    println!("{} / {} retweets", t.content, t.retweets);

    let tweets = vec![
        Tweet { username: "a".into(), content: String::new(), retweets: 0 },
        Tweet { username: "longer_name".into(), content: String::new(), retweets: 1 },
    ];
    if let Some(best) = longest_headline(&tweets) {
        println!("longest: {}", best.author());
    }
    println!("{:?}", all_authors(&[&t, &a]));
}
