// Generic functions that use operations their type parameters do not promise.
fn show<T>(item: T) {
    println!("item: {}", item);
}

fn contains<T>(items: &[T], target: &T) -> bool {
    for it in items {
        if it == target {
            return true;
        }
    }
    false
}

fn duplicate<T>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn main() {
    show(5);
    println!("{}", contains(&[1, 2], &2));
    let _ = duplicate(&String::new());
}
