// A text-processing pipeline whose stages are closures stored in
// Vec<Box<dyn Fn>>, with named stages and conditional execution.

struct Stage {
    name: &'static str,
    enabled: bool,
    run: Box<dyn Fn(String) -> String>,
}

fn stage(name: &'static str, run: impl Fn(String) -> String + 'static) -> Stage {
    Stage { name, enabled: true, run: Box::new(run) }
}

fn main() {
    let banned = vec!["darn", "heck"];
    let max_len = 40;

    let mut stages = vec![
        stage("trim", |s| s.trim().to_string()),
        stage("collapse", |s| s.split_whitespace().collect::<Vec<_>>().join(" ")),
        stage("censor", move |s| {
            let mut out = s;
            for word in &banned {
                out = out.replace(word, &"*".repeat(word.len()));
            }
            out
        }),
        stage("capitalize", |s| {
            let mut chars = s.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        }),
        stage("truncate", move |s| {
            if s.chars().count() > max_len {
                let cut: String = s.chars().take(max_len - 3).collect();
                cut + "..."
            } else {
                s
            }
        }),
        stage("shout", |s| s.to_uppercase()),
    ];
    stages[5].enabled = false;

    let inputs = [
        "   hello    world   ",
        "well   darn, that is a heck of a thing",
        "this sentence is definitely going to be far too long to keep",
        "",
    ];
    for input in inputs {
        let mut text = input.to_string();
        let mut applied = Vec::new();
        for st in stages.iter().filter(|s| s.enabled) {
            let before = text.clone();
            text = (st.run)(text);
            if text != before {
                applied.push(st.name);
            }
        }
        println!("{:?}", text);
        println!("  changed by: {:?}", applied);
    }

    // numeric pipeline of plain Fn trait objects
    let ops: Vec<(&str, Box<dyn Fn(f64) -> f64>)> = vec![
        ("double", Box::new(|x| x * 2.0)),
        ("square", Box::new(|x| x * x)),
        ("halve", Box::new(|x| x / 2.0)),
        ("negate", Box::new(|x: f64| -x)),
    ];
    let mut x = 3.0;
    for (name, op) in &ops {
        x = op(x);
        println!("{:>7}: {}", name, x);
    }
    let sum_all: f64 = ops.iter().map(|(_, f)| f(1.0)).sum();
    println!("sum of ops at 1.0 = {}", sum_all);
}
