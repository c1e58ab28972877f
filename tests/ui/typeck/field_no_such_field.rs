// Reading a field the struct does not have: E0609.
struct Employee {
    name: String,
    salary: u32,
}

fn main() {
    let e = Employee { name: "Grace".into(), salary: 100 };
    println!("{} earns {}", e.name, e.wage);
}
