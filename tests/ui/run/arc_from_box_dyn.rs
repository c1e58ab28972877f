// `Arc::from(boxed)` / `Rc::from(boxed)` where the expected type is `Arc<dyn Trait>`: the
// unknown `T` of `Arc<T>` may be unsized, so no unsizing coercion is tried and `T` is
// `dyn Trait` (rustc's `type_var_is_sized` check in `coerce_unsized`).
use std::rc::Rc;
use std::sync::Arc;
use std::thread;

trait Job: Send + Sync {
    fn run(&self) -> i32;
}

struct Add(i32, i32);

impl Job for Add {
    fn run(&self) -> i32 {
        self.0 + self.1
    }
}

fn boxed(a: i32) -> Box<dyn Job> {
    Box::new(Add(a, 1))
}

fn main() {
    let job: Arc<dyn Job> = Arc::from(boxed(41));
    let j2 = Arc::clone(&job);
    let r = thread::spawn(move || j2.run()).join().unwrap();
    println!("{} {} {}", r, job.run(), Arc::strong_count(&job));
    let local: Rc<dyn Job> = Rc::from(boxed(1));
    println!("{}", local.run());
    let direct: Box<dyn Job> = Box::new(Add(2, 3));
    println!("{}", direct.run());
}
