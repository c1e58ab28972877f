struct Guard {
    name: &'static str,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.name);
    }
}

struct Stack {
    items: Vec<Guard>,
}

impl Drop for Stack {
    fn drop(&mut self) {
        println!("drop stack with {} items", self.items.len());
    }
}

fn level3(n: i32) -> i32 {
    let _g = Guard { name: "level3" };
    let v = vec![1, 2, 3];
    let idx = n as usize * 2;
    v[idx]
}

fn level2(n: i32) -> i32 {
    let _a = Guard { name: "level2-a" };
    let r = level3(n);
    let _b = Guard { name: "level2-b" };
    r + 1
}

fn level1(n: i32) -> i32 {
    let _s = Stack { items: vec![Guard { name: "s1" }, Guard { name: "s2" }] };
    let t = (Guard { name: "tuple0" }, Guard { name: "tuple1" });
    let moved = t.0;
    println!("moved {}", moved.name);
    level2(n)
}

fn main() {
    let _top = Guard { name: "main" };
    println!("ok: {}", level1(0));
    {
        let _inner = Guard { name: "inner" };
        let boxed: Box<Guard> = Box::new(Guard { name: "boxed" });
        let opt = Some(Guard { name: "opt" });
        if let Some(g) = opt {
            println!("took {}", g.name);
        }
        std::mem::drop(boxed);
        println!("end of block");
    }
    let replaced = std::mem::replace(&mut Guard { name: "temp" }, Guard { name: "new" });
    println!("replaced {}", replaced.name);
    println!("boom: {}", level1(2));
}
