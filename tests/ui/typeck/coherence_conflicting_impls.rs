// Two impls of the same trait for the same type: E0119.
trait Describe {
    fn describe(&self) -> String;
}

struct Robot;

impl Describe for Robot {
    fn describe(&self) -> String {
        "robot".into()
    }
}

impl Describe for Robot {
    fn describe(&self) -> String {
        "android".into()
    }
}

fn main() {
    println!("{}", Robot.describe());
}
