// Items declared inside function bodies: fns, structs, enums, consts, impls.

fn parse_grades(input: &str) -> Vec<(String, char)> {
    const PASS_MARK: u32 = 50;

    #[derive(Debug)]
    enum Band {
        A,
        B,
        C,
        F,
    }

    fn band_for(score: u32) -> Band {
        match score {
            90..=100 => Band::A,
            75..=89 => Band::B,
            PASS_MARK..=74 => Band::C,
            _ => Band::F,
        }
    }

    impl Band {
        fn letter(&self) -> char {
            match self {
                Band::A => 'A',
                Band::B => 'B',
                Band::C => 'C',
                Band::F => 'F',
            }
        }
    }

    let mut out = Vec::new();
    for entry in input.split(',') {
        let (name, score) = entry.trim().split_once(':').unwrap();
        let band = band_for(score.parse().unwrap());
        println!("  {} -> {:?}", name, band);
        out.push((name.to_string(), band.letter()));
    }
    out
}

fn stats(values: &[f64]) -> (f64, f64) {
    struct Acc {
        sum: f64,
        sq: f64,
        n: usize,
    }
    impl Acc {
        fn push(&mut self, v: f64) {
            self.sum += v;
            self.sq += v * v;
            self.n += 1;
        }
    }
    let mut acc = Acc { sum: 0.0, sq: 0.0, n: 0 };
    for &v in values {
        acc.push(v);
    }
    let mean = acc.sum / acc.n as f64;
    (mean, acc.sq / acc.n as f64 - mean * mean)
}

fn main() {
    let grades = parse_grades("ann:93, bob:77, cyd:50, dee:12");
    for (name, letter) in &grades {
        println!("{}: {}", name, letter);
    }
    let (mean, var) = stats(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
    println!("mean = {}, variance = {}", mean, var);
}
