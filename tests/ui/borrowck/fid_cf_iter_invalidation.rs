#[derive(Debug, Clone)]
struct Task {
    id: u32,
    done: bool,
    deps: Vec<u32>,
}

struct Scheduler {
    tasks: Vec<Task>,
    log: Vec<String>,
}

impl Scheduler {
    fn first_pending(&self) -> Option<&Task> {
        self.tasks.iter().find(|t| !t.done)
    }

    fn complete(&mut self, id: u32) {
        for t in self.tasks.iter_mut() {
            if t.id == id {
                t.done = true;
            }
        }
    }

    fn run_all(&mut self) {
        // Mistake 1: holding a shared borrow while mutating.
        let next = self.first_pending();
        self.complete(1);
        println!("{:?}", next);

        // Mistake 2: pushing while iterating.
        for t in &self.tasks {
            if t.deps.is_empty() {
                self.tasks.push(Task { id: t.id + 100, done: false, deps: vec![] });
            }
        }

        // Mistake 3: two mutable borrows of the same vector.
        let a = &mut self.tasks[0];
        let b = &mut self.tasks[1];
        a.done = b.done;

        // Mistake 4: moving out of a borrowed vector.
        let owned: Task = self.tasks[0];
        self.log.push(format!("{:?}", owned));
    }
}

fn main() {
    let mut s = Scheduler {
        tasks: vec![
            Task { id: 1, done: false, deps: vec![] },
            Task { id: 2, done: false, deps: vec![1] },
        ],
        log: vec![],
    };
    s.run_all();
    let names = vec![String::from("a"), String::from("b")];
    for n in names {
        println!("{}", n);
    }
    println!("{}", names.len());
}
