// Array expressions: list form `[1, 2, 3]`, repeat form `[0; 16]`, nested
// arrays `[[0; W]; H]`, arrays of structs, and a Game of Life on a fixed grid.

const W: usize = 8;
const H: usize = 6;

type Grid = [[bool; W]; H];

fn neighbours(g: &Grid, r: usize, c: usize) -> usize {
    let mut n = 0;
    for dr in [H - 1, 0, 1] {
        for dc in [W - 1, 0, 1] {
            if dr == 0 && dc == 0 {
                continue;
            }
            if g[(r + dr) % H][(c + dc) % W] {
                n += 1;
            }
        }
    }
    n
}

fn step(g: &Grid) -> Grid {
    let mut next = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            next[r][c] = matches!((g[r][c], neighbours(g, r, c)), (true, 2) | (_, 3));
        }
    }
    next
}

fn show(g: &Grid) {
    for row in g {
        println!("{}", row.iter().map(|&b| if b { '#' } else { '.' }).collect::<String>());
    }
}

fn main() {
    let primes = [2, 3, 5, 7, 11];
    let zeros = [0u8; 16];
    let words = ["a"; 3];
    let empty: [i32; 0] = [];
    println!("{:?} len {}", primes, primes.len());
    println!("{:?} len {}", zeros, zeros.len());
    println!("{:?} {:?}", words, empty);

    let nested = [[1, 2, 3], [4, 5, 6]];
    let cube = [[[0u8; 2]; 2]; 2];
    println!("nested {:?} cube {:?}", nested, cube);
    let flat: Vec<i32> = nested.iter().flatten().copied().collect();
    println!("flattened {:?}", flat);

    let mut g: Grid = [[false; W]; H];
    for (r, c) in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)] {
        g[r][c] = true;
    }
    println!("generation 0:");
    show(&g);
    for _ in 0..4 {
        g = step(&g);
    }
    println!("generation 4:");
    show(&g);
    let alive = g.iter().map(|row| row.iter().filter(|&&b| b).count()).sum::<usize>();
    println!("alive cells: {}", alive);

    // arrays are values: copying and comparing whole arrays
    let a = [1, 2, 3];
    let mut b = a;
    b[0] = 100;
    println!("a {:?} b {:?} equal {}", a, b, a == b);
    let sums = [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
    println!("sums {:?}", sums);
    let mapped = a.map(|x| x * x);
    println!("squares {:?}", mapped);
    let lookup = [("zero", 0); 2];
    println!("lookup {:?}", lookup);
}
