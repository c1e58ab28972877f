// A trait object must give every associated type a value (E0191).
trait Graph {
    type Node;
    type Edge;
    fn count(&self) -> usize;
}

fn size(g: &dyn Graph) -> usize {
    g.count()
}

fn main() {}
