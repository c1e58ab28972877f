// A `for_each` closure annotated as taking values where it gets `&i32`: E0631.
fn main() {
    let v = vec![1, 2, 3, 4];
    let mut total = 0;
    v.iter().for_each(|x: i32| total += x);
    println!("{total}");
}
