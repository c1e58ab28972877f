// ?Sized generics over str, slices and trait objects; Box<str> and Box<[T]>.
use std::fmt::Display;

trait Summary {
    fn summary(&self) -> String;
}

impl Summary for str {
    fn summary(&self) -> String {
        format!("text of {} chars", self.chars().count())
    }
}

impl<T: Display> Summary for [T] {
    fn summary(&self) -> String {
        match (self.first(), self.last()) {
            (Some(a), Some(b)) => format!("{} items from {} to {}", self.len(), a, b),
            _ => "no items".to_string(),
        }
    }
}

impl Summary for dyn Display {
    fn summary(&self) -> String {
        format!("displayable '{}'", self)
    }
}

fn print_summary<T: Summary + ?Sized>(label: &str, value: &T) {
    println!("{:<6} {}", label, value.summary());
}

struct Labeled<T: ?Sized> {
    label: &'static str,
    value: Box<T>,
}

impl<T: Summary + ?Sized> Labeled<T> {
    fn show(&self) -> String {
        format!("[{}] {}", self.label, self.value.summary())
    }
}

fn byte_len<T: AsRef<[u8]> + ?Sized>(v: &T) -> usize {
    v.as_ref().len()
}

fn main() {
    print_summary("str", "héllo wörld");
    print_summary("slice", &[3, 1, 4, 1, 5][..]);
    print_summary("empty", &[] as &[u8]);
    let d: &dyn Display = &2.5;
    print_summary("dyn", d);

    let boxed_str: Box<str> = "boxed".into();
    let boxed_slice: Box<[i32]> = vec![10, 20, 30].into_boxed_slice();
    let a = Labeled { label: "bs", value: boxed_str };
    let b = Labeled { label: "bsl", value: boxed_slice };
    let c: Labeled<dyn Display> = Labeled { label: "dd", value: Box::new('z') };
    println!("{}\n{}\n{}", a.show(), b.show(), c.show());

    println!("bytes: {} {} {}", byte_len("ab"), byte_len(&[1u8, 2, 3][..]), byte_len(&String::from("ü")));
    println!("size_of_val: {} {}", std::mem::size_of_val("four"), std::mem::size_of_val(&[0u16; 3][..]));
}
