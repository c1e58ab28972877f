// A text statistics tool: word/line/char counts, longest word, average word
// length, sentence detection and a sorted word-frequency table.

use std::collections::BTreeMap;

struct Stats {
    lines: usize,
    words: usize,
    chars: usize,
    bytes: usize,
    sentences: usize,
    longest: String,
    freq: BTreeMap<String, usize>,
}

fn analyze(text: &str) -> Stats {
    let mut freq = BTreeMap::new();
    let mut longest = String::new();
    let mut words = 0;
    for raw in text.split_whitespace() {
        let w: String = raw.chars().filter(|c| c.is_alphanumeric() || *c == '\'').collect::<String>().to_lowercase();
        if w.is_empty() {
            continue;
        }
        words += 1;
        if w.chars().count() > longest.chars().count() {
            longest = w.clone();
        }
        *freq.entry(w).or_insert(0) += 1;
    }
    Stats {
        lines: text.lines().count(),
        words,
        chars: text.chars().count(),
        bytes: text.len(),
        sentences: text.matches(|c| c == '.' || c == '!' || c == '?').count(),
        longest,
        freq,
    }
}

fn main() {
    let text = "It was the best of times, it was the worst of times.\n\
                It was the age of wisdom; it was the age of foolishness!\n\
                Was it the époque of belief? It was.";
    let s = analyze(text);
    println!("lines {} words {} chars {} bytes {} sentences {}", s.lines, s.words, s.chars, s.bytes, s.sentences);
    println!("longest word: {:?}", s.longest);
    let total_len: usize = s.freq.iter().map(|(w, n)| w.chars().count() * n).sum();
    println!("average word length: {:.2}", total_len as f64 / s.words as f64);

    let mut table: Vec<(&String, &usize)> = s.freq.iter().collect();
    table.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, count) in table.iter().take(6) {
        println!("{:>8} {:>2} {}", word, count, "*".repeat(**count));
    }

    for (i, line) in text.lines().enumerate() {
        let caps = line.chars().filter(|c| c.is_uppercase()).count();
        let vowels = line.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
        println!("line {}: {} chars, {} capitals, {} vowels", i + 1, line.chars().count(), caps, vowels);
    }

    let title: String = "a tale of two cities"
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    println!("title case: {}", title);
    let reversed_words: String = title.split(' ').rev().collect::<Vec<_>>().join(" ");
    println!("reversed words: {}", reversed_words);
    println!("contains \"Two\": {}, position of \"Cities\": {:?}", title.contains("Two"), title.find("Cities"));
    println!("replace: {}", title.replace("Two", "2").to_lowercase());
}
