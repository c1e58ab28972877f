// Reference patterns `&x`, `&(a, b)`, `&mut x`, `&&x`, in closures,
// for loops, let statements and match arms.

fn total_weight(items: &[(&str, u32)]) -> u32 {
    let mut sum = 0;
    for &(_, w) in items {
        sum += w;
    }
    sum
}

fn heaviest<'a>(items: &'a [(&'a str, u32)]) -> Option<&'a str> {
    let mut best: Option<&(&str, u32)> = None;
    for item in items {
        match (best, item) {
            (None, _) => best = Some(item),
            (Some(&(_, bw)), &(_, w)) if w > bw => best = Some(item),
            _ => {}
        }
    }
    best.map(|&(name, _)| name)
}

fn main() {
    let items = [("tent", 2400), ("stove", 800), ("rope", 650), ("lamp", 300)];
    println!("total weight {}g", total_weight(&items));
    println!("heaviest: {:?}", heaviest(&items));

    let light: Vec<&str> = items.iter().filter(|&&(_, w)| w < 700).map(|&(n, _)| n).collect();
    println!("light items: {:?}", light);

    let numbers = vec![5, 12, 7, 3, 20];
    let evens: Vec<i32> = numbers.iter().filter(|&&n| n % 2 == 0).cloned().collect();
    println!("evens: {:?}", evens);
    let max = numbers.iter().fold(i32::MIN, |acc, &n| acc.max(n));
    println!("max: {}", max);

    let r = &(3, "three");
    let &(num, word) = r;
    println!("{} = {}", num, word);

    let rr = &&42;
    let &&value = rr;
    println!("double reference value {}", value);

    // &mut pattern binds the referent by value (Copy types only)
    let mut counter = 10;
    let m = &mut counter;
    let &mut snapshot = m;
    *m += 1;
    println!("snapshot {} counter {}", snapshot, counter);

    let mut grid = [[0u8; 3]; 2];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = (r * 3 + c) as u8;
        }
    }
    let pairs: Vec<(u8, u8)> = grid[0].iter().zip(grid[1].iter()).map(|(&a, &b)| (a, b)).collect();
    println!("column pairs: {:?}", pairs);

    // matching on a reference with explicit & patterns
    let opt: &Option<(i32, i32)> = &Some((2, 9));
    match opt {
        &Some((a, b)) if a < b => println!("ordered pair {} < {}", a, b),
        &Some(_) => println!("unordered"),
        &None => println!("none"),
    }
    let words = ["alpha", "beta", "gamma"];
    let lens: Vec<usize> = words.iter().map(|&w| w.len()).collect();
    println!("lengths {:?}", lens);
    let mut refs: Vec<&mut i32> = Vec::new();
    let mut a = 1;
    let mut b = 2;
    refs.push(&mut a);
    refs.push(&mut b);
    for r in refs.iter_mut() {
        **r *= 10;
    }
    println!("a = {}, b = {}", a, b);
}
