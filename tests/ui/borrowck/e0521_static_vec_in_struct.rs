// Pushing a borrowed parameter into a `'static` collection behind `&mut self`: E0521.
struct Log {
    lines: Vec<&'static str>,
}

fn record(log: &mut Log, line: &str) {
    log.lines.push(line);
}

fn main() {
    let mut log = Log { lines: Vec::new() };
    record(&mut log, "l");
    println!("{}", log.lines.len());
}
