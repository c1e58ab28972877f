// Traits with default generic parameters, like std's Add<Rhs = Self>.

trait Combine<Rhs = Self> {
    type Output;
    fn combine(&self, rhs: &Rhs) -> Self::Output;
}

#[derive(Debug, Clone, PartialEq)]
struct Span {
    start: usize,
    end: usize,
}

impl Combine for Span {
    type Output = Span;
    fn combine(&self, rhs: &Span) -> Span {
        Span { start: self.start.min(rhs.start), end: self.end.max(rhs.end) }
    }
}

impl Combine<usize> for Span {
    type Output = Span;
    fn combine(&self, offset: &usize) -> Span {
        Span { start: self.start + offset, end: self.end + offset }
    }
}

#[derive(Debug)]
struct Text(String);

impl Combine<Text> for Text {
    type Output = Text;
    fn combine(&self, rhs: &Text) -> Text {
        Text(format!("{}{}", self.0, rhs.0))
    }
}

impl Combine<char> for Text {
    type Output = usize;
    fn combine(&self, rhs: &char) -> usize {
        self.0.matches(*rhs).count()
    }
}

fn fold_all<T: Combine<Output = T> + Clone>(items: &[T]) -> Option<T> {
    let mut iter = items.iter();
    let first = iter.next()?.clone();
    Some(iter.fold(first, |acc, x| acc.combine(x)))
}

trait Converter<From = String, To = i64> {
    fn convert(&self, input: From) -> To;
}

struct Lenient;

impl Converter for Lenient {
    fn convert(&self, input: String) -> i64 {
        input.trim().parse().unwrap_or(0)
    }
}

impl Converter<f64, u8> for Lenient {
    fn convert(&self, input: f64) -> u8 {
        input.round().clamp(0.0, 255.0) as u8
    }
}

fn main() {
    let spans = [Span { start: 4, end: 9 }, Span { start: 2, end: 5 }, Span { start: 7, end: 12 }];
    println!("{:?}", fold_all(&spans));
    println!("{:?}", Span { start: 1, end: 3 }.combine(&10usize));
    let t = Text("abra".into()).combine(&Text("cadabra".into()));
    println!("{:?} has {} a's", t, t.combine(&'a'));
    let c = Lenient;
    let n: i64 = c.convert(String::from(" 123 "));
    let m: u8 = c.convert(300.7);
    let z: i64 = Converter::<String, i64>::convert(&c, "oops".to_string());
    println!("{} {} {}", n, m, z);
    let none: Option<Span> = fold_all(&[]);
    println!("{:?}", none);
}
