use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet, VecDeque};

#[derive(Copy, Clone, Eq, PartialEq, Debug)]
struct State {
    cost: u32,
    node: usize,
}

impl Ord for State {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| self.node.cmp(&other.node))
    }
}

impl PartialOrd for State {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Graph {
    adj: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn new(n: usize, edges: &[(usize, usize, u32)]) -> Self {
        let mut adj = vec![Vec::new(); n];
        for &(a, b, w) in edges {
            adj[a].push((b, w));
            adj[b].push((a, w));
        }
        Graph { adj }
    }
    fn dijkstra(&self, start: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
        let mut dist: Vec<Option<u32>> = vec![None; self.adj.len()];
        let mut prev = vec![None; self.adj.len()];
        let mut heap = BinaryHeap::new();
        dist[start] = Some(0);
        heap.push(State { cost: 0, node: start });
        while let Some(State { cost, node }) = heap.pop() {
            if let Some(d) = dist[node] {
                if cost > d {
                    continue;
                }
            }
            for &(next, w) in &self.adj[node] {
                let nc = cost + w;
                if dist[next].map_or(true, |d| nc < d) {
                    dist[next] = Some(nc);
                    prev[next] = Some(node);
                    heap.push(State { cost: nc, node: next });
                }
            }
        }
        (dist, prev)
    }
    fn bfs_order(&self, start: usize) -> Vec<usize> {
        let mut seen = HashSet::new();
        let mut q = VecDeque::from([start]);
        let mut order = vec![];
        seen.insert(start);
        while let Some(n) = q.pop_front() {
            order.push(n);
            let mut ns: Vec<usize> = self.adj[n].iter().map(|&(m, _)| m).collect();
            ns.sort();
            for m in ns {
                if seen.insert(m) {
                    q.push_back(m);
                }
            }
        }
        order
    }
}

fn path(prev: &[Option<usize>], mut to: usize) -> Vec<usize> {
    let mut p = vec![to];
    while let Some(f) = prev[to] {
        p.push(f);
        to = f;
    }
    p.reverse();
    p
}

fn main() {
    let g = Graph::new(7, &[(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)]);
    let (dist, prev) = g.dijkstra(0);
    for (n, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("0 -> {}: {:>3} via {:?}", n, d, path(&prev, n)),
            None => println!("0 -> {}: unreachable", n),
        }
    }
    println!("bfs {:?}", g.bfs_order(0));
    let mut mins = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] {
        mins.push(Reverse(x));
    }
    println!("peek {:?} len {}", mins.peek(), mins.len());
    let firsts: Vec<i32> = std::iter::from_fn(|| mins.pop().map(|Reverse(x)| x)).take(3).collect();
    println!("{:?}", firsts);
    let mut sorted = mins.into_sorted_vec();
    sorted.reverse();
    println!("{:?}", sorted.iter().map(|r| r.0).collect::<Vec<_>>());
    let mut dq: VecDeque<char> = "abcdef".chars().collect();
    dq.rotate_left(2);
    println!("{:?}", dq);
    dq.rotate_right(3);
    dq.push_front('z');
    println!("{:?} front={:?} back={:?}", dq.iter().collect::<String>(), dq.front(), dq.back());
    let (a, b) = dq.as_slices();
    println!("{}", a.len() + b.len());
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in text.split(' ') {
        *freq.entry(w).or_insert(0) += 1;
    }
    let mut fv: Vec<_> = freq.into_iter().collect();
    fv.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", &fv[..4]);
    let mut bt = BTreeMap::new();
    for (i, w) in text.split_whitespace().enumerate() {
        bt.entry(w.len()).or_insert_with(Vec::new).push(i);
    }
    for (len, idx) in bt.range(3..=4) {
        println!("len {} at {:?}", len, idx);
    }
    println!("{:?} {:?}", bt.first_key_value(), bt.keys().next_back());
    println!("{:?}", bt.range(..4).map(|(k, v)| (*k, v.len())).collect::<Vec<_>>());
}
