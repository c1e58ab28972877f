// Closures returning closures: adders, composition, currying, and
// function pipelines built at runtime.

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_multiplier(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x * n)
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn twice<F: Fn(i32) -> i32>(f: F) -> impl Fn(i32) -> i32 {
    move |x| f(f(x))
}

fn main() {
    let add5 = make_adder(5);
    let times3 = make_multiplier(3);
    println!("add5(10) = {}", add5(10));
    println!("times3(7) = {}", times3(7));

    let add_then_mul = compose(make_adder(1), make_multiplier(10));
    println!("(4 + 1) * 10 = {}", add_then_mul(4));

    let quad = twice(twice(|x| x + 1));
    println!("quad increment of 0 = {}", quad(0));

    // a closure that returns a closure
    let curry = |a: i32| move |b: i32| move |c: i32| a * 100 + b * 10 + c;
    println!("curry(1)(2)(3) = {}", curry(1)(2)(3));
    let partial = curry(9);
    let partial2 = partial(8);
    println!("partial2(7) = {}, partial2(0) = {}", partial2(7), partial2(0));

    // building a list of transforms and folding them into one function
    let steps: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(make_adder(2)),
        make_multiplier(5),
        Box::new(|x| x - 1),
        Box::new(|x: i32| x.pow(2)),
    ];
    let pipeline = steps.into_iter().fold(Box::new(|x| x) as Box<dyn Fn(i32) -> i32>, |acc, step| {
        Box::new(move |x| step(acc(x)))
    });
    for x in 0..4 {
        println!("pipeline({}) = {}", x, pipeline(x));
    }

    // string-building closure factories
    let wrap = |open: char, close: char| move |s: &str| format!("{}{}{}", open, s, close);
    let paren = wrap('(', ')');
    let bracket = wrap('[', ']');
    println!("{} {}", paren("a"), bracket(&paren("b")));

    let counter_factory = || {
        let mut n = 0;
        move || {
            n += 10;
            n
        }
    };
    let mut c1 = counter_factory();
    let mut c2 = counter_factory();
    println!("c1: {} {} c2: {}", c1(), c1(), c2());

    // immediately-invoked closures
    let value = (|x: i32| x * x)(12);
    let greeting = (|| "hello")();
    println!("{} {}", value, greeting);
}
