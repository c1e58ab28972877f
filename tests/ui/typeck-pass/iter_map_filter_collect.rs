// Iterator chains: map/filter/collect into Vec, with inference flowing through closures.
#[derive(Debug, Clone)]
struct Student {
    name: String,
    grade: u32,
    scores: Vec<u32>,
}

impl Student {
    fn new(name: &str, grade: u32, scores: &[u32]) -> Self {
        Student { name: name.to_string(), grade, scores: scores.to_vec() }
    }

    fn average(&self) -> f64 {
        if self.scores.is_empty() {
            return 0.0;
        }
        self.scores.iter().sum::<u32>() as f64 / self.scores.len() as f64
    }
}

fn main() {
    let students = vec![
        Student::new("Ana", 10, &[90, 85, 77]),
        Student::new("Ben", 11, &[60, 72]),
        Student::new("Cai", 10, &[]),
        Student::new("Dee", 12, &[99, 100, 98, 97]),
    ];

    let names: Vec<&str> = students.iter().map(|s| s.name.as_str()).collect();
    println!("{:?}", names);

    let tenth: Vec<String> = students
        .iter()
        .filter(|s| s.grade == 10)
        .map(|s| s.name.to_uppercase())
        .collect();
    println!("{:?}", tenth);

    let honours = students.iter().filter(|s| s.average() >= 80.0).count();
    println!("honours: {}", honours);

    let averages: Vec<_> = students.iter().map(Student::average).map(|a| (a * 10.0).round() / 10.0).collect();
    println!("{:?}", averages);

    let lengths = names.iter().map(|n| n.len());
    let total: usize = lengths.sum();
    println!("total name length {}", total);

    let all_scores: Vec<u32> = students.iter().flat_map(|s| s.scores.iter().copied()).collect();
    let mut sorted = all_scores.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", &sorted[..3]);

    let passing: Vec<u32> = all_scores.into_iter().filter(|&s| s >= 75).collect();
    println!("{} passing scores", passing.len());

    let cloned: Vec<Student> = students.iter().filter(|s| s.scores.len() > 2).cloned().collect();
    for s in &cloned {
        println!("{} ({}): {:.2}", s.name, s.grade, s.average());
    }
}
