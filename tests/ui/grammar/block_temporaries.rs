// Block expressions and temporaries: tail expressions, values moved out of
// blocks, `drop` timing of temporaries in statements vs let bindings, and
// blocks used as match scrutinees and function arguments.

struct Guard {
    name: String,
}

impl Guard {
    fn new(name: &str) -> Guard {
        println!("  acquire {}", name);
        Guard { name: name.to_string() }
    }
    fn len(&self) -> usize {
        self.name.len()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("  release {}", self.name);
    }
}

fn consume(g: Guard) -> usize {
    println!("  consuming {}", g.name);
    g.len()
}

fn main() {
    println!("temporary in a statement:");
    let n = Guard::new("temp").len();
    println!("  len {} (temp already released)", n);

    println!("bound guard lives to end of block:");
    {
        let g = Guard::new("bound");
        println!("  using {}", g.name);
    }

    println!("value moved out of a block:");
    let outer = {
        let inner = Guard::new("moved-out");
        let _scratch = Guard::new("scratch");
        inner
    };
    println!("  outer holds {}", outer.name);

    println!("block as function argument:");
    let size = consume({
        let mut g = Guard::new("arg");
        g.name.push_str("-modified");
        g
    });
    println!("  consumed size {}", size);

    println!("block as match scrutinee:");
    match { let g = Guard::new("scrutinee"); g.len() % 2 } {
        0 => println!("  even"),
        _ => println!("  odd"),
    }

    println!("shadowing does not drop the first binding early:");
    let s = Guard::new("first");
    let s = Guard::new(&format!("second-after-{}", s.name));
    println!("  now {}", s.name);

    println!("explicit drop:");
    let d = Guard::new("explicit");
    drop(d);
    println!("  after drop");

    let computed = {
        let base = 6;
        let factor = { let f = 7; f };
        base * factor
    };
    println!("computed {}", computed);
    println!("end of main");
}
