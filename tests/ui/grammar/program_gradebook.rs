// A grade book: students with weighted assignment scores, letter grades via
// range patterns, class statistics, ranking with ties, and a report table.

#[derive(Debug, Clone)]
struct Student {
    name: String,
    scores: Vec<Option<f64>>, // None = missing assignment
}

const WEIGHTS: [f64; 4] = [0.2, 0.2, 0.25, 0.35];

fn weighted(s: &Student) -> f64 {
    s.scores
        .iter()
        .zip(WEIGHTS.iter())
        .map(|(score, w)| score.unwrap_or(0.0) * w)
        .sum()
}

fn letter(pct: f64) -> &'static str {
    match pct.round() as u32 {
        97..=100 => "A+",
        93..=96 => "A",
        90..=92 => "A-",
        87..=89 => "B+",
        83..=86 => "B",
        80..=82 => "B-",
        70..=79 => "C",
        60..=69 => "D",
        _ => "F",
    }
}

fn rank(totals: &[(String, f64)]) -> Vec<(usize, &str, f64)> {
    let mut sorted: Vec<&(String, f64)> = totals.iter().collect();
    sorted.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then_with(|| a.0.cmp(&b.0)));
    let mut out = Vec::new();
    let mut prev: Option<f64> = None;
    let mut place = 0;
    for (i, (name, t)) in sorted.into_iter().enumerate() {
        if prev != Some(*t) {
            place = i + 1;
        }
        prev = Some(*t);
        out.push((place, name.as_str(), *t));
    }
    out
}

fn main() {
    let roster = [
        ("Avery", [Some(95.0), Some(88.0), Some(92.0), Some(97.0)]),
        ("Blake", [Some(72.0), None, Some(81.0), Some(78.5)]),
        ("Casey", [Some(88.0), Some(91.0), Some(85.0), Some(90.0)]),
        ("Devon", [Some(100.0), Some(100.0), Some(98.0), Some(99.0)]),
        ("Emery", [Some(55.0), Some(62.0), None, Some(70.0)]),
        ("Finley", [Some(88.0), Some(91.0), Some(85.0), Some(90.0)]),
    ];
    let students: Vec<Student> = roster
        .iter()
        .map(|(n, sc)| Student { name: n.to_string(), scores: sc.to_vec() })
        .collect();

    println!("{:<8} {:>6} {:>6} {:>6} {:>6} | {:>6} {:<3} {}", "name", "hw1", "hw2", "mid", "final", "total", "gr", "missing");
    let mut totals = Vec::new();
    for s in &students {
        let cells: Vec<String> = s.scores.iter().map(|sc| match sc {
            Some(v) => format!("{:>6.1}", v),
            None => format!("{:>6}", "--"),
        }).collect();
        let t = weighted(s);
        let missing = s.scores.iter().filter(|x| x.is_none()).count();
        println!("{:<8} {} | {:>6.2} {:<3} {}", s.name, cells.join(" "), t, letter(t), missing);
        totals.push((s.name.clone(), t));
    }

    let n = totals.len() as f64;
    let mean = totals.iter().map(|(_, t)| t).sum::<f64>() / n;
    let var = totals.iter().map(|(_, t)| (t - mean).powi(2)).sum::<f64>() / n;
    println!("class mean {:.2}, std dev {:.2}", mean, var.sqrt());

    for col in 0..WEIGHTS.len() {
        let present: Vec<f64> = students.iter().filter_map(|s| s.scores[col]).collect();
        let best = present.iter().cloned().fold(f64::MIN, f64::max);
        println!("assignment {} avg {:.2} best {} submitted {}/{}", col + 1, present.iter().sum::<f64>() / present.len() as f64, best, present.len(), students.len());
    }

    for (place, name, t) in rank(&totals) {
        println!("#{} {:<8} {:.2}", place, name, t);
    }
    let mut dist = [0usize; 5];
    for (_, t) in &totals {
        let idx = match letter(*t).chars().next() {
            Some('A') => 0,
            Some('B') => 1,
            Some('C') => 2,
            Some('D') => 3,
            _ => 4,
        };
        dist[idx] += 1;
    }
    println!("distribution A..F: {:?}", dist);
}
