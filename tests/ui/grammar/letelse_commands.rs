// A tiny command interpreter for a robot on a grid; each handler uses
// let-else to validate arguments, with else-blocks that return, continue,
// or break.

#[derive(Debug, Clone, Copy)]
enum Dir {
    N,
    E,
    S,
    W,
}

fn parse_dir(s: &str) -> Option<Dir> {
    match s {
        "n" | "north" => Some(Dir::N),
        "e" | "east" => Some(Dir::E),
        "s" | "south" => Some(Dir::S),
        "w" | "west" => Some(Dir::W),
        _ => None,
    }
}

fn step(pos: (i32, i32), d: Dir, n: i32) -> (i32, i32) {
    match d {
        Dir::N => (pos.0, pos.1 + n),
        Dir::E => (pos.0 + n, pos.1),
        Dir::S => (pos.0, pos.1 - n),
        Dir::W => (pos.0 - n, pos.1),
    }
}

fn main() {
    let script = "move n 3\nmove east 2\nmove up 1\nmove s\nmove w x\nteleport 10 -4\nteleport 1\nreport\nhalt\nmove n 100";
    let mut pos = (0, 0);
    let mut errors = 0;
    for line in script.lines() {
        let mut words = line.split(' ');
        let Some(cmd) = words.next() else { continue };
        match cmd {
            "move" => {
                let Some(d) = words.next().and_then(parse_dir) else {
                    println!("bad direction in {:?}", line);
                    errors += 1;
                    continue;
                };
                let n = match words.next() {
                    None => 1,
                    Some(t) => {
                        let Ok(n) = t.parse::<i32>() else {
                            println!("bad distance in {:?}", line);
                            errors += 1;
                            continue;
                        };
                        n
                    }
                };
                pos = step(pos, d, n);
                println!("moved {:?} {} -> {:?}", d, n, pos);
            }
            "teleport" => {
                let (Some(x), Some(y)) = (words.next(), words.next()) else {
                    println!("teleport needs two coordinates");
                    errors += 1;
                    continue;
                };
                let (Ok(x), Ok(y)) = (x.parse(), y.parse()) else {
                    errors += 1;
                    continue;
                };
                pos = (x, y);
                println!("teleported to {:?}", pos);
            }
            "report" => println!("at {:?}, manhattan distance {}", pos, pos.0.abs() + pos.1.abs()),
            "halt" => {
                println!("halting");
                break;
            }
            other => println!("unknown {}", other),
        }
    }
    println!("final position {:?} with {} errors", pos, errors);
}
