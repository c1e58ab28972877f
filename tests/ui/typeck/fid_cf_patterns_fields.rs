#[derive(Debug)]
struct Employee {
    name: String,
    age: u32,
    dept: Dept,
}

#[derive(Debug)]
enum Dept {
    Eng { level: u8 },
    Sales(u32, u32),
    Admin,
}

fn describe(e: &Employee) -> String {
    match e.dept {
        Dept::Eng { level, team } => format!("eng {}", level),
        Dept::Sales(q) => format!("sales {}", q),
        Dept::Admin => "admin".to_string(),
    }
}

fn parse(kind: &str) -> Dept {
    match kind {
        "eng" => Dept::Eng { level: 1, years: 2 },
        "sales" => Dept::Sales(1),
        _ => Dept::Admins,
    }
}

fn main() {
    let e = Employee { name: "ann".into(), dept: Dept::Admin };
    let Employee { name, age } = &e;
    println!("{} {} {}", name, age, describe(&e));
    let d = parse("eng");
    if let Dept::Eng { level: l } | Dept::Sales(l, _) = d {
        println!("{}", l);
    }
    let p = Employee { name: "bo".into(), age: 3, dept: Dept::Admin, salary: 10 };
    println!("{:?}", p.salary);
}
