struct Parser<'a> {
    input: &mut 'a str,
}

fn main() {
    let mut s = String::from("abc");
    let p = Parser { input: s.as_mut_str() };
    println!("{}", p.input);
}
