// `break 'label value` out of nested loops, so a labelled `loop` yields a value
// computed deep inside.

fn find_pair_with_sum(values: &[i32], target: i32) -> Option<(usize, usize)> {
    let mut i = 0;
    let result = 'outer: loop {
        if i >= values.len() {
            break None;
        }
        let mut j = i + 1;
        loop {
            if j >= values.len() {
                break;
            }
            if values[i] + values[j] == target {
                break 'outer Some((i, j));
            }
            j += 1;
        }
        i += 1;
    };
    result
}

fn main() {
    let values = [3, 9, -2, 14, 7, 5];
    for target in [12, 21, 100, 1] {
        match find_pair_with_sum(&values, target) {
            Some((i, j)) => println!("{} = values[{}] + values[{}] = {} + {}", target, i, j, values[i], values[j]),
            None => println!("{}: no pair", target),
        }
    }

    // find the smallest number expressible as a sum of two cubes in two ways
    let mut n = 1u32;
    let taxicab = 'search: loop {
        let mut ways = 0;
        let mut a = 1;
        while a * a * a < n {
            let mut b = a;
            while a * a * a + b * b * b <= n {
                if a * a * a + b * b * b == n {
                    ways += 1;
                    if ways == 2 {
                        break 'search n;
                    }
                }
                b += 1;
            }
            a += 1;
        }
        n += 1;
    };
    println!("taxicab number: {}", taxicab);

    // a retry loop that yields a tuple on success
    let responses = [503, 503, 429, 200, 200];
    let mut attempt = 0;
    let (status, tries) = 'retry: loop {
        let code = responses[attempt];
        attempt += 1;
        for transient in [429, 503] {
            if code == transient {
                continue 'retry;
            }
        }
        break 'retry (code, attempt);
    };
    println!("got {} after {} tries", status, tries);

    // nested labelled loops where the inner loop's value is used too
    let mut grid = [[0u8; 5]; 5];
    grid[3][2] = 9;
    let location = 'rows: loop {
        for r in 0..5 {
            let col = 'cols: loop {
                for c in 0..5 {
                    if grid[r][c] == 9 {
                        break 'cols Some(c);
                    }
                }
                break None;
            };
            if let Some(c) = col {
                break 'rows (r, c);
            }
        }
        break (usize::MAX, usize::MAX);
    };
    println!("9 found at {:?}", location);
}
