// The names of an unused-imports warning are listed sorted, as rustc lists them.
use std::collections::{HashSet, BTreeMap, hash_map};
use std::io::{self, Write};
use std::fmt::{Display, Debug};

fn main() {
    let d: &dyn Debug = &1;
    println!("{:?}", d);
}
