// An `extern crate` and an import bind the same name: E0254.
extern crate alloc;
use std::alloc;

fn main() {
    println!("ok");
}
