use std::collections::{HashMap BTreeMap, HashSet};
use std::fmt::{self Display};
use std::io::{Read, };
fn main(){}
