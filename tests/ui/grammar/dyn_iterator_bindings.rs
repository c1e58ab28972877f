// Trait objects with associated-type bindings: Box<dyn Iterator<Item = T>> pipelines.

fn source(kind: &str) -> Box<dyn Iterator<Item = u32>> {
    match kind {
        "evens" => Box::new((0..).step_by(2)),
        "squares" => Box::new((1..).map(|x| x * x)),
        "countdown" => Box::new((1..=5).rev()),
        _ => Box::new(std::iter::empty()),
    }
}

fn stage<'a>(input: Box<dyn Iterator<Item = u32> + 'a>, op: &str) -> Box<dyn Iterator<Item = u32> + 'a> {
    match op.split_once(':') {
        Some(("take", n)) => Box::new(input.take(n.parse().unwrap())),
        Some(("skip", n)) => Box::new(input.skip(n.parse().unwrap())),
        Some(("mul", n)) => {
            let k: u32 = n.parse().unwrap();
            Box::new(input.map(move |x| x * k))
        }
        Some(("mod", n)) => {
            let k: u32 = n.parse().unwrap();
            Box::new(input.filter(move |x| x % k == 0))
        }
        _ => input,
    }
}

fn run(spec: &str) -> Vec<u32> {
    let mut parts = spec.split(" | ");
    let mut it = source(parts.next().unwrap());
    for op in parts {
        it = stage(it, op);
    }
    it.take(20).collect()
}

fn total(it: &mut dyn Iterator<Item = u32>) -> u32 {
    let mut sum = 0;
    for x in it {
        sum += x;
    }
    sum
}

fn lengths<'a>(words: &'a [&str]) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    words.iter().map(|w| (w.len(), *w))
}

fn main() {
    for spec in [
        "evens | take:5",
        "squares | mod:3 | take:4",
        "countdown | mul:10",
        "squares | skip:2 | take:3 | mul:2",
        "nothing | take:3",
    ] {
        println!("{:<36} => {:?}", spec, run(spec));
    }
    let mut it = source("countdown");
    println!("total countdown {}", total(&mut it));
    let mut dynamic: Box<dyn Iterator<Item = (usize, &str)>> = Box::new(lengths(&["a", "abc", "ab"]));
    println!("{:?}", dynamic.next());
    println!("{:?}", dynamic.collect::<Vec<_>>());
    let by_ref: &mut dyn Iterator<Item = u32> = &mut (1..=3);
    println!("{:?}", by_ref.map(|x| x + 1).collect::<Vec<_>>());
}
