// `ref`, `ref mut` and `mut` bindings, default binding modes (match
// ergonomics) and moving versus borrowing out of patterns.

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

fn main() {
    let mut acct = Account { owner: "Rosa".to_string(), balance: 100, history: vec![] };

    // ref: borrow a field instead of moving it
    let Account { ref owner, balance, .. } = acct;
    println!("{} has {}", owner, balance);

    // ref mut: mutate fields in place through the pattern
    {
        let Account { ref mut balance, ref mut history, .. } = acct;
        for change in [50, -30, 200, -75] {
            *balance += change;
            history.push(change);
        }
    }
    println!("{:?}", acct);

    // mut: a mutable copy of a field value
    let Account { balance: mut projected, .. } = acct;
    projected = projected * 11 / 10;
    println!("projected {} vs actual {}", projected, acct.balance);

    // match on a tuple with ref mut on one element
    let mut pair = (String::from("left"), 7);
    match pair {
        (ref mut s, n) if n > 5 => s.push_str("-big"),
        (_, _) => {}
    }
    println!("pair = {:?}", pair);

    // default binding mode: matching a reference binds by reference
    let accounts = vec![
        Account { owner: "A".into(), balance: -20, history: vec![-20] },
        Account { owner: "B".into(), balance: 40, history: vec![10, 30] },
    ];
    for acct in &accounts {
        let Account { owner, balance, history } = acct; // owner: &String etc.
        println!("{} {} {} txns", owner, balance, history.len());
    }

    let mut values = vec![Some(3), None, Some(8)];
    for v in values.iter_mut() {
        if let Some(x) = v {
            *x *= 100; // x: &mut i32 via match ergonomics
        }
    }
    println!("values = {:?}", values);
    for slot in &mut values {
        match slot {
            Some(ref mut x) if *x > 500 => *x = 0,
            None => *slot = Some(-1),
            _ => {}
        }
    }
    println!("values = {:?}", values);

    // ref in a pattern of an owned Option keeps the Option intact
    let name: Option<String> = Some("Quinn".to_string());
    if let Some(ref n) = name {
        println!("hello {}", n);
    }
    let moved = match name {
        Some(n) => n, // moves the String out
        None => String::new(),
    };
    println!("moved out: {}", moved);

    // mut binding in function-like position: closure params
    let total = [1, 2, 3].iter().fold(0, |mut acc, &x| {
        acc += x * x;
        acc
    });
    println!("sum of squares {}", total);
}
