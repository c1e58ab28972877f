// Match arms in a method mixing `&str` and `String`: E0308.
enum Status {
    Active,
    Suspended { days: u32 },
    Closed,
}

impl Status {
    fn label(&self) -> &str {
        match self {
            Status::Active => "active",
            Status::Suspended { days } => format!("suspended for {days} days"),
            Status::Closed => "closed",
        }
    }
}

fn main() {
    let all = [Status::Active, Status::Suspended { days: 3 }, Status::Closed];
    for s in &all {
        println!("{}", s.label());
    }
}
