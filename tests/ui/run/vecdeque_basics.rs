use std::collections::VecDeque;
fn main() {
    let mut d = VecDeque::new();
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    println!("{:?} {} {:?}", d, d.len(), d.front());
    while let Some(x) = d.pop_front() {
        print!("{} ", x);
    }
    println!();
    let mut q: VecDeque<String> = vec!["a".to_string(), "b".to_string()].into();
    q.rotate_left(1);
    println!("{:?} {:?}", q, q.iter().rev().collect::<Vec<_>>());
}
