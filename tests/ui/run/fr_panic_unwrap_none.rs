use std::collections::HashMap;

#[derive(Debug)]
struct Employee {
    name: &'static str,
    manager: Option<&'static str>,
}

fn chain(staff: &HashMap<&str, Employee>, start: &str) -> Vec<String> {
    let mut out = vec![];
    let mut cur = staff.get(start);
    while let Some(e) = cur {
        out.push(e.name.to_string());
        cur = e.manager.and_then(|m| staff.get(m));
    }
    out
}

fn main() {
    let mut staff = HashMap::new();
    for (n, m) in [("ann", None), ("bob", Some("ann")), ("cid", Some("bob")), ("dee", Some("zed"))] {
        staff.insert(n, Employee { name: n, manager: m });
    }
    println!("{:?}", chain(&staff, "cid"));
    println!("{:?}", chain(&staff, "dee"));
    let top = staff["bob"].manager.unwrap();
    println!("bob reports to {}", top);
    let boss_of_ann = staff["ann"].manager;
    println!("{:?}", boss_of_ann.map(|s| s.len()));
    let x = boss_of_ann.unwrap();
    println!("{}", x);
}
