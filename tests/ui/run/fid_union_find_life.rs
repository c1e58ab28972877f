struct Dsu {
    parent: Vec<usize>,
    rank: Vec<u8>,
    sets: usize,
}

impl Dsu {
    fn new(n: usize) -> Dsu {
        Dsu { parent: (0..n).collect(), rank: vec![0; n], sets: n }
    }
    fn find(&mut self, x: usize) -> usize {
        if self.parent[x] != x {
            let root = self.find(self.parent[x]);
            self.parent[x] = root;
        }
        self.parent[x]
    }
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        match self.rank[ra].cmp(&self.rank[rb]) {
            std::cmp::Ordering::Less => self.parent[ra] = rb,
            std::cmp::Ordering::Greater => self.parent[rb] = ra,
            std::cmp::Ordering::Equal => {
                self.parent[rb] = ra;
                self.rank[ra] += 1;
            }
        }
        self.sets -= 1;
        true
    }
}

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
    let mut out = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            out[r][c] = matches!((g[r][c], neighbours(g, r, c)), (true, 2) | (_, 3));
        }
    }
    out
}

fn show(g: &Grid) -> String {
    g.iter().map(|row| row.iter().map(|&b| if b { '#' } else { '.' }).collect::<String>()).collect::<Vec<_>>().join("\n")
}

fn main() {
    let mut d = Dsu::new(10);
    let edges = [(0, 1), (2, 3), (1, 3), (4, 5), (0, 2), (6, 7), (7, 8), (8, 6)];
    for (a, b) in edges {
        let merged = d.union(a, b);
        println!("union({}, {}) -> {} sets={}", a, b, merged, d.sets);
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut roots: Vec<usize> = Vec::new();
    for x in 0..10 {
        let r = d.find(x);
        match roots.iter().position(|&y| y == r) {
            Some(i) => groups[i].push(x),
            None => {
                roots.push(r);
                groups.push(vec![x]);
            }
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.len()));
    println!("{:?}", groups);

    let mut g: Grid = [[false; W]; H];
    for (r, c) in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)] {
        g[r][c] = true;
    }
    for gen in 0..4 {
        println!("gen {}:\n{}", gen, show(&g));
        g = step(&g);
    }
    let alive: usize = g.iter().flatten().filter(|&&b| b).count();
    println!("alive {}", alive);
}
