// An `async` block's body is borrow checked like any other body: moves, mutability and
// conflicting borrows inside it, and its captures against the code around it.
use std::future::Future;

async fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn returns_borrowing_block() -> impl Future<Output = usize> {
    let v = vec![1];
    async { v.len() }
}

fn main() {
    let inside = async {
        let v = vec![1];
        let w = v;
        v.len() + w.len()
    };
    drop(inside);

    let mut s = String::from("a");
    let pushes = async {
        s.push('b');
        add(1, 2).await
    };
    println!("{}", s);
    drop(pushes);

    let t = String::from("x");
    let takes = async move {
        let u = &t;
        u.len()
    };
    println!("{}", t);
    drop(takes);

    let n = 3;
    let bumps = async {
        n += 1;
    };
    drop(bumps);

    let mut both = String::new();
    let a = async { both.push('a'); };
    let b = async { both.push('b'); };
    drop(a);
    drop(b);
    drop(returns_borrowing_block());
}
