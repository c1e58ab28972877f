// `chain` of ranges, slices and adapters (also after the first part is used up), and
// `chars().rev()`.
fn main() {
    let v = vec![1, 2, 3];
    let w = [10, 20];
    let all: Vec<i32> = v.iter().chain(w.iter()).map(|x| x * 2).collect();
    println!("{:?} cap {}", all, all.capacity());
    let evens: Vec<i32> = (0..5).chain(8..=9).filter(|x| x % 2 == 0).collect();
    println!("{:?} cap {}", evens, evens.capacity());
    let mut it = (1..3).chain(7..9);
    it.next();
    it.next();
    let rest: i32 = it.sum();
    println!("{}", rest);
    let mut c = v.iter().chain(w.iter());
    let first = c.next();
    for x in c {
        print!("{} ", x);
    }
    println!("{:?}", first);
    let s: String = "héllo wörld".chars().rev().collect();
    let n = "abc".chars().rev().chain("xyz".chars()).filter(|c| *c != 'b').count();
    for ch in "añb".chars().rev() {
        print!("[{}]", ch);
    }
    println!(" {} {}", s, n);
}
