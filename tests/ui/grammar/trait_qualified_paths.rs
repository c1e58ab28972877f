// Fully qualified paths: disambiguating methods and naming associated types.

trait Pilot {
    fn fly(&self) -> String;
    fn name() -> &'static str;
}

trait Wizard {
    fn fly(&self) -> String;
    fn name() -> &'static str;
}

struct Human {
    nick: &'static str,
}

impl Pilot for Human {
    fn fly(&self) -> String {
        format!("{}: this is your captain speaking", self.nick)
    }
    fn name() -> &'static str {
        "pilot"
    }
}

impl Wizard for Human {
    fn fly(&self) -> String {
        format!("{}: up!", self.nick)
    }
    fn name() -> &'static str {
        "wizard"
    }
}

impl Human {
    fn fly(&self) -> String {
        format!("{}: *waving arms furiously*", self.nick)
    }
    fn name() -> &'static str {
        "human"
    }
}

fn first_item<I: Iterator>(mut it: I) -> Option<<I as Iterator>::Item> {
    it.next()
}

fn sum_items<C>(c: C) -> i64
where
    C: IntoIterator,
    <C as IntoIterator>::Item: Into<i64>,
{
    c.into_iter().map(Into::into).sum()
}

fn main() {
    let h = Human { nick: "Ann" };
    println!("{}", h.fly());
    println!("{}", Pilot::fly(&h));
    println!("{}", <Human as Wizard>::fly(&h));
    println!("{} / {} / {}", Human::name(), <Human as Pilot>::name(), <Human as Wizard>::name());

    let v = <Vec<i32>>::new();
    println!("empty vec len {}", v.len());
    let w = <Vec<u8>>::with_capacity(4);
    println!("capacity at least 4: {}", w.capacity() >= 4);
    let s = <str>::len("hello");
    println!("str len {}", s);
    let parsed = <i32 as std::str::FromStr>::from_str("-17");
    println!("{:?}", parsed);
    let d = <u64 as Default>::default();
    println!("default u64 = {}", d);

    let item: Option<<std::ops::Range<u8> as Iterator>::Item> = first_item(5..9u8);
    println!("first = {:?}", item);
    println!("sum = {}", sum_items(vec![1i32, 2, 3]));
    println!("sum = {}", sum_items([10u8, 20]));
    let c = <char as From<u8>>::from(b'A');
    println!("char {}", c);
    println!("{}", <String as From<&str>>::from("converted") + "!");
}
