// Sorting structs by key, binary search and dedup.
#[derive(Debug, Clone, PartialEq)]
struct Person { name: String, age: u32, score: i64 }

fn main() {
    let mut people = Vec::new();
    let mut seed: u32 = 7;
    for i in 0..100_000 {
        seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
        let age = (seed >> 16) % 90;
        let score = ((seed >> 8) % 10_000) as i64 - 5_000;
        people.push(Person { name: format!("p{}", i % 1000), age, score });
    }
    people.sort_by_key(|p| p.age);
    let oldest = people.last().unwrap().age;
    people.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
    let mut ages: Vec<u32> = people.iter().map(|p| p.age).collect();
    ages.sort_unstable();
    ages.dedup();
    println!("{} {:?} {:?} {}", oldest, people[0], people[people.len() - 1], ages.len());
}
