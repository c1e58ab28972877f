// `?` on Option inside functions returning Option, and inside closures.

#[derive(Debug)]
struct Employee {
    name: &'static str,
    dept: Option<&'static str>,
    manager: Option<usize>,
}

fn manager_name(staff: &[Employee], idx: usize) -> Option<&'static str> {
    let e = staff.get(idx)?;
    let m = staff.get(e.manager?)?;
    Some(m.name)
}

fn grand_manager_dept(staff: &[Employee], idx: usize) -> Option<&'static str> {
    let boss = staff.get(staff.get(idx)?.manager?)?;
    staff.get(boss.manager?)?.dept
}

fn first_word_len(text: &str) -> Option<usize> {
    Some(text.split_whitespace().next()?.len())
}

fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let (a, b) = s.split_once(',')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

fn main() {
    let staff = vec![
        Employee { name: "Ada", dept: Some("exec"), manager: None },
        Employee { name: "Brian", dept: Some("eng"), manager: Some(0) },
        Employee { name: "Cleo", dept: None, manager: Some(1) },
        Employee { name: "Dan", dept: Some("ops"), manager: Some(7) },
    ];
    for i in 0..5 {
        println!(
            "#{} manager: {:?}, grand manager dept: {:?}",
            i,
            manager_name(&staff, i),
            grand_manager_dept(&staff, i)
        );
    }

    for text in ["hello world", "   ", "x"] {
        println!("{:?} first word len {:?}", text, first_word_len(text));
    }

    for s in ["3, 4", "10,-2", "5;6", "a,1", "7,"] {
        println!("parse_pair({:?}) = {:?}", s, parse_pair(s));
    }

    // ? inside a closure that returns Option
    let sum_first_two = |v: &[i32]| -> Option<i32> {
        let a = v.first()?;
        let b = v.get(1)?;
        a.checked_add(*b)
    };
    println!("{:?}", sum_first_two(&[1, 2, 3]));
    println!("{:?}", sum_first_two(&[1]));
    println!("{:?}", sum_first_two(&[i32::MAX, 1]));

    let lookups: Vec<Option<&str>> = (0..4).map(|i| manager_name(&staff, i)).collect();
    let all: Option<Vec<&str>> = lookups.iter().cloned().collect();
    println!("lookups {:?}, all present: {:?}", lookups, all);
    let some_only: Vec<&str> = lookups.into_iter().flatten().collect();
    println!("flattened: {:?}", some_only);
}
