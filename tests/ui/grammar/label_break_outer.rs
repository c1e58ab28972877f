// Labelled loops: `break 'outer` and `continue 'outer` to search grids and
// skip rows.

fn find_in_grid(grid: &[[i32; 4]; 4], target: i32) -> Option<(usize, usize)> {
    let mut found = None;
    'rows: for (r, row) in grid.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v == target {
                found = Some((r, c));
                break 'rows;
            }
        }
    }
    found
}

fn main() {
    let grid = [[1, 2, 3, 4], [5, -6, 7, 8], [9, 10, 11, 12], [13, 14, -15, 16]];
    println!("find 11: {:?}", find_in_grid(&grid, 11));
    println!("find 99: {:?}", find_in_grid(&grid, 99));

    // skip any row with a negative number, summing the rest
    let mut clean_sum = 0;
    let mut skipped = Vec::new();
    'row: for (r, row) in grid.iter().enumerate() {
        let mut row_sum = 0;
        for &v in row {
            if v < 0 {
                skipped.push(r);
                continue 'row;
            }
            row_sum += v;
        }
        clean_sum += row_sum;
    }
    println!("sum of clean rows = {}, skipped rows {:?}", clean_sum, skipped);

    // find a Pythagorean triple with labelled nested loops
    let mut triple = None;
    'a: for a in 1..50 {
        for b in a..50 {
            for c in b..50 {
                if a * a + b * b == c * c && a + b + c == 40 {
                    triple = Some((a, b, c));
                    break 'a;
                }
            }
        }
    }
    println!("triple with perimeter 40: {:?}", triple);

    // labels on while and loop, with an unlabelled inner break
    let mut attempts = 0;
    let mut i = 0;
    'scan: while i < 10 {
        i += 1;
        let mut j = 0;
        loop {
            j += 1;
            attempts += 1;
            if j > i {
                break;
            }
            if (i * j) % 7 == 0 {
                continue 'scan;
            }
            if i + j == 15 {
                break 'scan;
            }
        }
    }
    println!("stopped at i = {} after {} attempts", i, attempts);

    // labels can shadow-free nest and be reused in sibling loops
    let mut log = String::new();
    'outer: for x in 0..3 {
        'inner: for y in 0..3 {
            if y == 2 {
                continue 'outer;
            }
            if x == 2 {
                break 'inner;
            }
            log.push_str(&format!("({},{})", x, y));
        }
        log.push('|');
    }
    'outer: for z in 0..5 {
        if z == 3 {
            break 'outer;
        }
        log.push_str(&z.to_string());
    }
    println!("{}", log);
}
