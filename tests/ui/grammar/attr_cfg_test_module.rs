// cfg(test) modules and #[test] fns are stripped from a normal build; cfg in expressions.
#![allow(dead_code)]

pub struct Queue<T> {
    items: Vec<T>,
    served: usize,
}

impl<T: std::fmt::Debug> Queue<T> {
    pub fn new() -> Self {
        Queue { items: Vec::new(), served: 0 }
    }

    #[inline]
    pub fn join(&mut self, t: T) -> usize {
        self.items.push(t);
        self.items.len()
    }

    #[must_use]
    pub fn serve(&mut self) -> Option<T> {
        if self.items.is_empty() {
            return None;
        }
        self.served += 1;
        Some(self.items.remove(0))
    }

    #[cfg(debug_assertions)]
    fn check_invariants(&self) {
        println!("  [debug] {} waiting, {} served", self.items.len(), self.served);
    }

    #[cfg(not(debug_assertions))]
    fn check_invariants(&self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_in_order() {
        let mut q = Queue::new();
        q.join(1);
        q.join(2);
        assert_eq!(q.serve(), Some(1));
    }
}

#[cfg(any(target_os = "linux", target_os = "macos", windows))]
fn os_family() -> &'static str {
    "mainstream"
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
fn os_family() -> &'static str {
    "mainstream"
}

fn main() {
    let mut q = Queue::new();
    for name in ["ana", "ben", "cat"] {
        let pos = q.join(name);
        println!("{} joined at position {}", name, pos);
    }
    q.check_invariants();
    while let Some(n) = q.serve() {
        println!("serving {}", n);
        q.check_invariants();
    }
    let level = if cfg!(test) { "test" } else { "normal" };
    println!("build kind: {}, family: {}", level, os_family());
    #[cfg(debug_assertions)]
    println!("debug assertions are on");
    #[cfg(not(debug_assertions))]
    println!("debug assertions are off");
    let extra = {
        #[cfg(target_pointer_width = "64")]
        {
            8
        }
        #[cfg(not(target_pointer_width = "64"))]
        {
            4
        }
    };
    println!("pointer bytes: {}", extra);
}
