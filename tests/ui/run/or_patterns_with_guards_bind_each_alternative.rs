enum E { A(String, i32), B(i32, String), C }
fn f(e: E) -> String {
    match e {
        E::A(s, n) | E::B(n, s) if n > 1 && !s.is_empty() => format!("{s}{n}"),
        E::A(s, _) | E::B(_, s) => s,
        E::C => String::new(),
    }
}
fn g(v: &mut Vec<i32>, o: Option<Result<i32, i32>>) {
    match o {
        Some(Ok(x) | Err(x)) if x > v.len() as i32 => v.push(x),
        _ => {}
    }
}
fn main() {
    println!("{}", f(E::A("a".into(), 2)));
    println!("{}", f(E::B(1, "b".into())));
    println!("{}", f(E::C));
    let mut v = vec![];
    g(&mut v, Some(Err(4)));
    g(&mut v, Some(Ok(0)));
    println!("{v:?}");
}
