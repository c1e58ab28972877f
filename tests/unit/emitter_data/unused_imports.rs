use std::collections::{HashMap, HashSet, BTreeMap};
use std::fmt;

fn main() {
    let _m: BTreeMap<i32, i32> = BTreeMap::new();
}
