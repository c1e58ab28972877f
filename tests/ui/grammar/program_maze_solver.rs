// Breadth-first search through a maze given as a raw string: parse the grid,
// find the shortest path with a VecDeque, and draw it back onto the map.

use std::collections::VecDeque;

const MAZE: &str = r#"
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########
"#;

type Pos = (usize, usize);

fn parse(src: &str) -> (Vec<Vec<char>>, Pos, Pos) {
    let grid: Vec<Vec<char>> = src.lines().filter(|l| !l.is_empty()).map(|l| l.chars().collect()).collect();
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
    (grid, start, end)
}

fn bfs(grid: &[Vec<char>], start: Pos, end: Pos) -> Option<Vec<Pos>> {
    let h = grid.len();
    let w = grid[0].len();
    let mut prev: Vec<Vec<Option<Pos>>> = vec![vec![None; w]; h];
    let mut seen = vec![vec![false; w]; h];
    let mut queue = VecDeque::from([start]);
    seen[start.0][start.1] = true;
    while let Some((r, c)) = queue.pop_front() {
        if (r, c) == end {
            let mut path = vec![end];
            let mut cur = end;
            while let Some(p) = prev[cur.0][cur.1] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        let candidates = [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)];
        for (nr, nc) in candidates {
            let Some(&cell) = grid.get(nr).and_then(|row| row.get(nc)) else { continue };
            if cell == '#' || seen[nr][nc] {
                continue;
            }
            seen[nr][nc] = true;
            prev[nr][nc] = Some((r, c));
            queue.push_back((nr, nc));
        }
    }
    None
}

fn main() {
    let (mut grid, start, end) = parse(MAZE);
    println!("maze {}x{}, start {:?}, end {:?}", grid.len(), grid[0].len(), start, end);
    match bfs(&grid, start, end) {
        Some(path) => {
            println!("shortest path: {} steps", path.len() - 1);
            for &(r, c) in &path[1..path.len() - 1] {
                grid[r][c] = '*';
            }
            for row in &grid {
                println!("{}", row.iter().collect::<String>());
            }
            let turns = path.windows(3).filter(|w| (w[0].0 == w[1].0) != (w[1].0 == w[2].0)).count();
            println!("turns along path: {}", turns);
        }
        None => println!("no path"),
    }
    // block the exit and try again
    grid[7][8] = '#';
    grid[8][7] = '#';
    println!("after blocking: {:?}", bfs(&grid, start, end).map(|p| p.len()));
}
