use std::cell::RefCell;
use std::rc::Rc;

struct D(String);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn early(flag: bool) -> Option<u32> {
    let _x = D("early-x".to_string());
    if flag {
        let _y = D("early-y".to_string());
        return None;
    }
    let v: Option<u32> = None;
    let n = v?;
    Some(n)
}

fn with_closure() {
    let d = D("captured".to_string());
    let f = move || println!("closure sees {}", d.0);
    f();
    println!("after call");
}

fn once_closure() {
    let d = D("once".to_string());
    let f = move || {
        let inner = d;
        println!("once has {}", inner.0);
    };
    f();
    println!("after once");
}

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let b = cell.borrow();
        println!("len {}", b.len());
    }
    cell.borrow_mut().push(4);
    println!("sum {}", cell.borrow().iter().sum::<i32>());
    early(true);
    early(false);
    with_closure();
    once_closure();
    for i in 0..3 {
        let d = D(format!("iter{}", i));
        if i == 1 {
            println!("breaking");
            break;
        }
        println!("body {}", d.0);
    }
    let shared = Rc::new(RefCell::new(Vec::new()));
    let s2 = Rc::clone(&shared);
    s2.borrow_mut().push(D("in-vec".to_string()));
    println!("rc count {}", Rc::strong_count(&shared));
    drop(s2);
    println!("rc count {}", Rc::strong_count(&shared));
    let r = std::panic::catch_unwind(|| {
        let _g = D("unwound".to_string());
        if true { panic!("boom"); }
    });
    println!("caught {}", r.is_err());
    let m = match Some(D("matched".to_string())) {
        Some(d) if d.0.len() > 100 => 1,
        Some(d) => {
            println!("arm has {}", d.0);
            2
        }
        None => 3,
    };
    println!("m {}", m);
}
