// Destructors run while a panic unwinds out of main (the process exits with 101).

struct Resource {
    name: String,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("releasing {}", self.name);
    }
}

fn open(name: &str) -> Resource {
    println!("opening {}", name);
    Resource { name: name.to_string() }
}

struct Job {
    id: u32,
    cost: u32,
}

fn run_job(job: &Job, budget: &mut u32) {
    let _scratch = open(&format!("scratch-{}", job.id));
    if job.cost > *budget {
        panic!("job {} costs {} but only {} left", job.id, job.cost, budget);
    }
    *budget -= job.cost;
    println!("job {} done, budget now {}", job.id, budget);
}

fn main() {
    let _db = open("database");
    let jobs = [Job { id: 1, cost: 30 }, Job { id: 2, cost: 50 }, Job { id: 3, cost: 40 }, Job { id: 4, cost: 5 }];
    let mut budget = 100;
    {
        let _tmp = open("temp-dir");
    }
    let moved = open("moved-away");
    std::mem::drop(moved);
    for job in &jobs {
        run_job(job, &mut budget);
    }
    println!("all jobs finished");
}
