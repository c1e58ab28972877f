use std::thread;

#[derive(Debug)]
struct Report {
    title: String,
    lines: Vec<String>,
}

fn consume(r: Report) -> usize {
    r.lines.len()
}

fn summarize(r: &Report) -> String {
    format!("{}: {} lines", r.title, r.lines.len())
}

fn main() {
    let report = Report { title: "q3".into(), lines: vec!["a".into()] };
    let n = consume(report);
    println!("{} {}", n, summarize(&report));

    let title = String::from("shared");
    let handle = thread::spawn(|| {
        println!("{}", title);
    });
    handle.join().unwrap();

    let mut count = 0;
    let mut inc = || count += 1;
    println!("{}", count);
    inc();

    let data = vec![1, 2, 3];
    let sum_it = move || data.iter().sum::<i32>();
    println!("{} {:?}", sum_it(), data);

    let r;
    {
        let local = String::from("short-lived");
        r = &local;
    }
    println!("{}", r);

    let x = 5;
    x = 6;
    println!("{}", x);

    let s = String::from("hi");
    let t = s;
    let u = s.clone();
    println!("{} {}", t, u);
}
