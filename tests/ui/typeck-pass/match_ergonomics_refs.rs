// Match ergonomics: matching on references binds by reference; explicit ref/ref mut; & patterns.
#[derive(Debug)]
enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Var(String),
}

fn eval(e: &Expr, x: i64) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Neg(inner) => -eval(inner, x),
        Expr::Add(a, b) => eval(a, x) + eval(b, x),
        Expr::Var(name) if name == "x" => x,
        Expr::Var(_) => 0,
    }
}

fn rename(e: &mut Expr, to: &str) {
    match e {
        Expr::Var(name) => *name = to.to_string(),
        Expr::Neg(inner) => rename(inner, to),
        Expr::Add(a, b) => {
            rename(a, to);
            rename(b, to);
        }
        Expr::Num(_) => {}
    }
}

fn main() {
    let mut e = Expr::Add(Box::new(Expr::Num(10)), Box::new(Expr::Neg(Box::new(Expr::Var("x".into())))));
    println!("{}", eval(&e, 3));
    rename(&mut e, "y");
    println!("{}", eval(&e, 3));
    println!("{:?}", e);

    let pairs = vec![(1, "one".to_string()), (2, "two".to_string())];
    for (n, s) in &pairs {
        println!("{} {}", n + 1, s.len());
    }
    for &(n, ref s) in &pairs {
        println!("{} {}", n * 10, s);
    }

    let mut scores = vec![("ann", 3), ("bo", 5)];
    for (_, score) in scores.iter_mut() {
        *score *= 2;
    }
    println!("{:?}", scores);

    let maybe: Option<String> = Some("hi".into());
    if let Some(s) = &maybe {
        println!("{} {}", s, s.len());
    }
    match maybe {
        Some(ref s) if s.starts_with('h') => println!("starts with h: {}", s),
        Some(_) => println!("other"),
        None => println!("none"),
    }
    println!("{:?}", maybe);

    let mut opt = Some(5);
    if let Some(v) = opt.as_mut() {
        *v += 1;
    }
    if let Some(ref mut v) = opt {
        *v *= 10;
    }
    println!("{:?}", opt);

    let nums = [1, 2, 3];
    let total: i32 = nums.iter().map(|&n| n * n).sum();
    let firsts: Vec<i32> = [(1, 'a'), (2, 'b')].iter().map(|&(n, _)| n).collect();
    println!("{} {:?}", total, firsts);
}
