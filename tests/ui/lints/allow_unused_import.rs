#[allow(unused_imports)]
use std::collections::HashMap;
use std::collections::HashSet;
fn main() {}
