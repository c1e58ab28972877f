// `while let Some(x) = stack.pop()` for a stack-based bracket checker and an
// iterative depth-first traversal.

fn check_brackets(src: &str) -> Result<(), String> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    for (i, c) in src.chars().enumerate() {
        match c {
            '(' | '[' | '{' => stack.push((c, i)),
            ')' | ']' | '}' => {
                let expected = match c { ')' => '(', ']' => '[', _ => '{' };
                match stack.pop() {
                    Some((open, _)) if open == expected => {}
                    Some((open, at)) => return Err(format!("{:?} at {} closed by {:?} at {}", open, at, c, i)),
                    None => return Err(format!("unmatched {:?} at {}", c, i)),
                }
            }
            _ => {}
        }
    }
    let mut unclosed = Vec::new();
    while let Some((open, at)) = stack.pop() {
        unclosed.push(format!("{:?}@{}", open, at));
    }
    if unclosed.is_empty() { Ok(()) } else { Err(format!("unclosed: {}", unclosed.join(", "))) }
}

fn dfs_order(adj: &[Vec<usize>], start: usize) -> Vec<usize> {
    let mut seen = vec![false; adj.len()];
    let mut order = Vec::new();
    let mut stack = vec![start];
    while let Some(node) = stack.pop() {
        if seen[node] {
            continue;
        }
        seen[node] = true;
        order.push(node);
        for &next in adj[node].iter().rev() {
            if !seen[next] {
                stack.push(next);
            }
        }
    }
    order
}

fn main() {
    for src in ["fn main() { let v = [1, (2)]; }", "(a[b)c]", "{[()]}}", "((x", ""] {
        match check_brackets(src) {
            Ok(()) => println!("{:<32} balanced", format!("{:?}", src)),
            Err(e) => println!("{:<32} {}", format!("{:?}", src), e),
        }
    }

    let adj = vec![vec![1, 2], vec![3], vec![3, 4], vec![5], vec![5], vec![]];
    println!("dfs from 0: {:?}", dfs_order(&adj, 0));
    println!("dfs from 2: {:?}", dfs_order(&adj, 2));

    // while let over a queue draining from the front
    let mut queue = std::collections::VecDeque::from(vec![5, 3, 8]);
    let mut processed = Vec::new();
    while let Some(job) = queue.pop_front() {
        processed.push(job);
        if job > 4 {
            queue.push_back(job / 2);
        }
    }
    println!("processed: {:?}", processed);

    // while let with a tuple pattern and an iterator
    let mut pairs = vec![(1, 'a'), (2, 'b'), (3, 'c')].into_iter();
    while let Some((n, c)) = pairs.next() {
        print!("{}{} ", c, n);
    }
    println!();

    // while let with a condition inside the pattern binding
    let mut numbers = vec![1, 4, 9, 16, 25, 36];
    while let Some(&last) = numbers.last() {
        if last < 10 {
            break;
        }
        numbers.pop();
    }
    println!("remaining small numbers: {:?}", numbers);
}
