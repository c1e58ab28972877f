// `let ... else { return; }` / `let ... else { continue; }` for early exits
// while parsing simple "name: score" records.

#[derive(Debug)]
struct Record {
    name: String,
    score: u32,
    tags: Vec<String>,
}

fn parse_record(line: &str) -> Option<Record> {
    let Some((name, rest)) = line.split_once(':') else {
        return None;
    };
    let name = name.trim();
    let [first, ..] = name.as_bytes() else {
        return None;
    };
    if !first.is_ascii_uppercase() {
        return None;
    }
    let mut parts = rest.split_whitespace();
    let Some(score_text) = parts.next() else { return None };
    let Ok(score) = score_text.parse::<u32>() else {
        return None;
    };
    let tags = parts.map(|t| t.trim_start_matches('#').to_string()).collect();
    Some(Record { name: name.to_string(), score, tags })
}

fn report(records: &[Record]) {
    let [best, .., worst] = records else {
        println!("need at least two records to compare");
        return;
    };
    println!("best: {} ({}), worst: {} ({})", best.name, best.score, worst.name, worst.score);
}

fn main() {
    let input = "Alice: 93 #honors #math\nbob: 70\nCarol 88\nDave: ninety\nErin: 77 #art\n: 5\nFrank: 81";
    let mut records = Vec::new();
    for (n, line) in input.lines().enumerate() {
        let Some(rec) = parse_record(line) else {
            println!("line {}: skipped {:?}", n + 1, line);
            continue;
        };
        records.push(rec);
    }
    records.sort_by(|a, b| b.score.cmp(&a.score));
    for r in &records {
        println!("{:<6} {:>3} {:?}", r.name, r.score, r.tags);
    }
    report(&records);
    report(&records[..1]);

    // let-else with a refutable tuple/struct pattern
    let pair: (Option<i32>, Result<&str, ()>) = (Some(3), Ok("three"));
    let (Some(num), Ok(word)) = pair else {
        panic!("unexpected pair");
    };
    println!("{} is spelled {}", num, word);

    let Record { name, score: s @ 90.., .. } = &records[0] else {
        println!("no honours student");
        return;
    };
    println!("honours student {} with {}", name, s);
}
