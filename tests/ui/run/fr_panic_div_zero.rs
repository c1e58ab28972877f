fn average(xs: &[i32]) -> i32 {
    let total: i32 = xs.iter().sum();
    total / xs.len() as i32
}

fn main() {
    let groups = vec![vec![3, 4, 5], vec![10], vec![-7, 7, 1]];
    for g in &groups {
        println!("avg {:?} = {}", g, average(g));
    }
    println!("rem {}", 17 % 5);
    println!("checked {:?} {:?}", 5i32.checked_div(0), 5i32.checked_rem(0));
    println!("float {}", 1.0 / 0.0);
    let empty: Vec<i32> = Vec::new();
    println!("avg empty = {}", average(&empty));
}
