// Edition 2021 closures capture disjoint fields, so other fields stay usable.
struct State {
    log: Vec<String>,
    count: u32,
}

fn main() {
    let mut st = State { log: Vec::new(), count: 0 };
    let mut note = |s: &str| st.log.push(s.to_string());
    st.count += 1;
    note("a");
    st.count += 1;
    note("b");
    println!("{} {:?}", st.count, st.log);
}
