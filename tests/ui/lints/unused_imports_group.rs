use std::collections::{BTreeMap, HashSet, VecDeque};
use std::fmt::{Debug, Display};
fn main() { let _s: HashSet<i32> = HashSet::new(); }
