// An associated type named through the trait instead of a type: E0223.
trait Graph {
    type Node;
    fn nodes(&self) -> Vec<Self::Node>;
}

struct Line;

impl Graph for Line {
    type Node = u32;
    fn nodes(&self) -> Vec<u32> {
        vec![0, 1]
    }
}

fn main() {
    let first: Graph::Node = Line.nodes()[0];
    println!("{first}");
}
