// A match guard may read the scrutinee and other state.
#[derive(Debug)]
enum Cmd {
    Push(i32),
    Pop,
}

fn main() {
    let cmds = vec![Cmd::Push(3), Cmd::Push(-1), Cmd::Pop, Cmd::Pop, Cmd::Pop];
    let mut stack: Vec<i32> = Vec::new();
    for c in &cmds {
        match c {
            Cmd::Push(n) if *n >= 0 => stack.push(*n),
            Cmd::Push(n) => println!("skip {n}"),
            Cmd::Pop if !stack.is_empty() => println!("pop {:?}", stack.pop()),
            Cmd::Pop => println!("empty on {:?}", c),
        }
    }
}
