// Two structs containing each other by value: one error naming both (E0072).
struct Department {
    head: Employee,
}

struct Employee {
    name: String,
    dept: Option<Department>,
}

fn main() {}
