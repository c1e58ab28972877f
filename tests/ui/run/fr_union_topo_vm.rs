use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

struct Dsu { parent: Vec<usize>, size: Vec<usize> }

impl Dsu {
    fn new(n: usize) -> Self { Dsu { parent: (0..n).collect(), size: vec![1; n] } }
    fn find(&mut self, x: usize) -> usize {
        if self.parent[x] != x {
            let r = self.find(self.parent[x]);
            self.parent[x] = r;
        }
        self.parent[x]
    }
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb { return false; }
        if self.size[ra] < self.size[rb] { std::mem::swap(&mut ra, &mut rb); }
        self.parent[rb] = ra;
        self.size[ra] += self.size[rb];
        true
    }
}

fn kruskal(n: usize, edges: &mut Vec<(u32, usize, usize)>) -> (u32, Vec<(usize, usize)>) {
    edges.sort_unstable();
    let mut d = Dsu::new(n);
    let mut total = 0;
    let mut used = vec![];
    for &(w, a, b) in edges.iter() {
        if d.union(a, b) {
            total += w;
            used.push((a, b));
        }
    }
    (total, used)
}

fn topo(deps: &[(&'static str, &'static str)]) -> Result<Vec<&'static str>, Vec<&'static str>> {
    let mut indeg: BTreeMap<&str, usize> = BTreeMap::new();
    let mut adj: HashMap<&str, Vec<&str>> = HashMap::new();
    for &(a, b) in deps {
        indeg.entry(a).or_insert(0);
        *indeg.entry(b).or_insert(0) += 1;
        adj.entry(a).or_default().push(b);
    }
    let mut ready: BTreeSet<&str> = indeg.iter().filter(|(_, &d)| d == 0).map(|(&k, _)| k).collect();
    let mut out = vec![];
    while let Some(&n) = ready.iter().next() {
        ready.remove(n);
        out.push(n);
        for &m in adj.get(n).map(|v| v.as_slice()).unwrap_or(&[]) {
            let d = indeg.get_mut(m).unwrap();
            *d -= 1;
            if *d == 0 { ready.insert(m); }
        }
    }
    if out.len() == indeg.len() { Ok(out) } else { Err(indeg.iter().filter(|(k, _)| !out.contains(k)).map(|(k, _)| *k).collect()) }
}

#[derive(Debug, Clone, Copy)]
enum Ins { Set(char, i64), Add(char, char), Mul(char, i64), Jnz(char, i32), Out(char), Dec(char) }

fn parse_prog(src: &str) -> Vec<Ins> {
    src.lines().filter(|l| !l.trim().is_empty()).map(|l| {
        let p: Vec<&str> = l.split_whitespace().collect();
        let reg = |s: &str| s.chars().next().unwrap();
        match p[0] {
            "set" => Ins::Set(reg(p[1]), p[2].parse().unwrap()),
            "add" => Ins::Add(reg(p[1]), reg(p[2])),
            "mul" => Ins::Mul(reg(p[1]), p[2].parse().unwrap()),
            "jnz" => Ins::Jnz(reg(p[1]), p[2].parse().unwrap()),
            "out" => Ins::Out(reg(p[1])),
            "dec" => Ins::Dec(reg(p[1])),
            other => panic!("bad op {}", other),
        }
    }).collect()
}

fn run(prog: &[Ins], limit: usize) -> (Vec<i64>, usize, BTreeMap<char, i64>) {
    let mut regs: BTreeMap<char, i64> = BTreeMap::new();
    let mut pc: i32 = 0;
    let mut out = vec![];
    let mut steps = 0;
    while let Some(&ins) = prog.get(pc as usize) {
        if steps >= limit { break; }
        steps += 1;
        match ins {
            Ins::Set(r, v) => { regs.insert(r, v); }
            Ins::Add(r, s) => { let v = regs.get(&s).copied().unwrap_or(0); *regs.entry(r).or_insert(0) += v; }
            Ins::Mul(r, k) => { *regs.entry(r).or_default() *= k; }
            Ins::Dec(r) => { *regs.entry(r).or_default() -= 1; }
            Ins::Out(r) => out.push(regs[&r]),
            Ins::Jnz(r, off) => {
                if regs.get(&r).copied().unwrap_or(0) != 0 {
                    pc += off;
                    continue;
                }
            }
        }
        pc += 1;
    }
    (out, steps, regs)
}

fn bfs_components(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut adj = vec![vec![]; n];
    for &(a, b) in edges { adj[a].push(b); adj[b].push(a); }
    let mut seen = vec![false; n];
    let mut comps = vec![];
    for s in 0..n {
        if seen[s] { continue; }
        let mut q = VecDeque::from([s]);
        seen[s] = true;
        let mut comp = vec![];
        while let Some(u) = q.pop_front() {
            comp.push(u);
            for &v in &adj[u] {
                if !seen[v] { seen[v] = true; q.push_back(v); }
            }
        }
        comp.sort();
        comps.push(comp);
    }
    comps
}

fn main() {
    let mut edges = vec![(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4), (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)];
    println!("{:?}", kruskal(7, &mut edges));
    println!("{:?}", topo(&[("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]));
    println!("{:?}", topo(&[("a", "b"), ("b", "c"), ("c", "a"), ("x", "a")]));
    let prog = parse_prog("
        set a 1
        set n 10
        set one 1
        mul a 2
        out a
        dec n
        jnz n -3
        add a a
        out a
    ");
    let (out, steps, regs) = run(&prog, 1000);
    println!("out {:?} steps {} regs {:?}", out, steps, regs);
    let (o2, s2, _) = run(&parse_prog("set x 1\njnz x 0\n"), 50);
    println!("{:?} {}", o2, s2);
    println!("{:?}", bfs_components(8, &[(0, 1), (1, 2), (3, 4), (6, 7), (7, 6)]));
    let mut d = Dsu::new(10);
    for (a, b) in [(1, 2), (3, 4), (2, 3), (7, 8)] { d.union(a, b); }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..10 { let r = d.find(i); groups.entry(r).or_default().push(i); }
    println!("{:?}", groups.values().collect::<Vec<_>>());
}
