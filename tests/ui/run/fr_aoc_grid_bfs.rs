use std::collections::{HashMap, HashSet, VecDeque};

const INPUT: &str = "\
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E
.#.####.#.
.#......#.
";

fn parse(input: &str) -> (Vec<Vec<char>>, (usize, usize), (usize, usize)) {
    let mut grid: Vec<Vec<char>> = input.lines().map(|l| l.chars().collect()).collect();
    let mut start = (0, 0);
    let mut end = (0, 0);
    for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            match ch {
                'S' => start = (r, c),
                'E' => end = (r, c),
                _ => {}
            }
        }
    }
    grid[start.0][start.1] = '.';
    grid[end.0][end.1] = '.';
    (grid, start, end)
}

fn neighbours(grid: &[Vec<char>], (r, c): (usize, usize)) -> impl Iterator<Item = (usize, usize)> + '_ {
    let dirs: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
    dirs.into_iter().filter_map(move |(dr, dc)| {
        let nr = r as i32 + dr;
        let nc = c as i32 + dc;
        if nr < 0 || nc < 0 {
            return None;
        }
        let (nr, nc) = (nr as usize, nc as usize);
        let row = grid.get(nr)?;
        match row.get(nc) {
            Some('.') => Some((nr, nc)),
            _ => None,
        }
    })
}

fn bfs(grid: &[Vec<char>], start: (usize, usize), end: (usize, usize)) -> Option<(usize, Vec<(usize, usize)>)> {
    let mut queue = VecDeque::new();
    let mut seen = HashSet::new();
    let mut parent: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    queue.push_back((start, 0usize));
    seen.insert(start);
    while let Some((pos, dist)) = queue.pop_front() {
        if pos == end {
            let mut path = vec![pos];
            let mut cur = pos;
            while let Some(&p) = parent.get(&cur) {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some((dist, path));
        }
        for next in neighbours(grid, pos) {
            if seen.insert(next) {
                parent.insert(next, pos);
                queue.push_back((next, dist + 1));
            }
        }
    }
    None
}

fn flood_count(grid: &[Vec<char>], start: (usize, usize)) -> usize {
    let mut stack = vec![start];
    let mut seen = HashSet::new();
    while let Some(p) = stack.pop() {
        if !seen.insert(p) {
            continue;
        }
        stack.extend(neighbours(grid, p).filter(|n| !seen.contains(n)));
    }
    seen.len()
}

fn main() {
    let (grid, start, end) = parse(INPUT);
    println!("grid {}x{}, start {:?}, end {:?}", grid.len(), grid[0].len(), start, end);
    let walls = grid.iter().flatten().filter(|&&c| c == '#').count();
    println!("walls: {}", walls);
    match bfs(&grid, start, end) {
        Some((d, path)) => {
            println!("shortest: {}", d);
            let mut shown = grid.clone();
            for &(r, c) in &path {
                shown[r][c] = 'o';
            }
            for row in &shown {
                println!("{}", row.iter().collect::<String>());
            }
            println!("first steps: {:?}", &path[..4]);
        }
        None => println!("no path"),
    }
    println!("reachable: {}", flood_count(&grid, start));
    let mut blocked = grid.clone();
    blocked[4][7] = '#';
    blocked[2][9] = '#';
    println!("after blocking: {:?}", bfs(&blocked, start, end).map(|(d, _)| d));
}
