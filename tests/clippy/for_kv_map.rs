// for_kv_map: iterating a map for its keys or values only.

use std::collections::{BTreeMap, HashMap};

fn checks(m: &HashMap<String, i32>, b: &BTreeMap<i32, i32>) -> i32 {
    let mut s = 0;
    for (_, v) in m {
        s += v;
    }
    for (k, _) in b {
        s += k;
    }
    s
}

// Near misses: both used, a vector of pairs.
fn near(m: &HashMap<String, i32>, pairs: &[(i32, i32)]) -> i32 {
    let mut s = 0;
    for (k, v) in m {
        s += v + k.len() as i32;
    }
    for (_, v) in pairs {
        s += v;
    }
    s
}

#[allow(clippy::for_kv_map)]
fn allowed(m: &HashMap<String, i32>) -> i32 {
    let mut s = 0;
    for (_, v) in m {
        s += v;
    }
    s
}

fn main() {
    let m = HashMap::new();
    let b = BTreeMap::new();
    println!("{} {} {}", checks(&m, &b), near(&m, &[(1, 2)]), allowed(&m));
}
