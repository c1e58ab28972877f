// Closures with type annotations on parameters and return type, with block
// bodies, patterns in parameters, and use as sort keys and comparators.

#[derive(Debug, Clone)]
struct Student {
    name: &'static str,
    grade: u8,
    score: f64,
}

fn main() {
    let mul = |a: i32, b: i32| -> i32 { a * b };
    let area = |(w, h): (u32, u32)| -> u32 { w * h };
    let describe = |n: i64| -> &'static str {
        if n < 0 {
            "negative"
        } else if n == 0 {
            "zero"
        } else {
            "positive"
        }
    };
    let clamp = |x: f64, lo: f64, hi: f64| -> f64 { x.max(lo).min(hi) };
    let no_args = || -> u8 { 42 };
    let ignore = |_: i32, _unused: &str| ();

    println!("mul(6, 7) = {}", mul(6, 7));
    println!("area((3, 5)) = {}", area((3, 5)));
    println!("{} {} {}", describe(-9), describe(0), describe(9));
    println!("clamp = {} {} {}", clamp(-1.0, 0.0, 1.0), clamp(0.5, 0.0, 1.0), clamp(7.0, 0.0, 1.0));
    println!("no_args() = {}", no_args());
    println!("ignore(...) = {:?}", ignore(1, "x"));

    let mut students = vec![
        Student { name: "Mia", grade: 10, score: 88.5 },
        Student { name: "Leo", grade: 11, score: 92.0 },
        Student { name: "Ava", grade: 10, score: 95.25 },
        Student { name: "Eli", grade: 11, score: 79.0 },
        Student { name: "Zoe", grade: 12, score: 88.5 },
    ];

    students.sort_by(|a: &Student, b: &Student| -> std::cmp::Ordering {
        b.score.partial_cmp(&a.score).unwrap().then_with(|| a.name.cmp(b.name))
    });
    for s in &students {
        println!("{:<4} grade {:>2} score {:>6.2}", s.name, s.grade, s.score);
    }

    let by_grade = |g: u8| -> Vec<&'static str> {
        students.iter().filter(|s| s.grade == g).map(|s| s.name).collect()
    };
    for g in 10..=12 {
        println!("grade {}: {:?}", g, by_grade(g));
    }

    let stats = |xs: &[f64]| -> (f64, f64, f64) {
        let n = xs.len() as f64;
        let mean = xs.iter().sum::<f64>() / n;
        let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
        (mean, var, var.sqrt())
    };
    let scores: Vec<f64> = students.iter().map(|s| s.score).collect();
    let (mean, var, sd) = stats(&scores);
    println!("mean {:.3} var {:.3} sd {:.3}", mean, var, sd);

    let reference_param = |&x: &i32| -> i32 { x * 2 };
    let doubled: Vec<i32> = [1, 2, 3].iter().map(reference_param).collect();
    println!("doubled: {:?}", doubled);

    let pair_sum = |Student { score, grade, .. }: &Student| -> f64 { *score + *grade as f64 };
    println!("pair sums: {:?}", students.iter().map(pair_sum).collect::<Vec<f64>>());
}
