fn main() {
    let a = || 1;
    let b = |x| x;
    let c = |x: u32, y: u32| -> u32 { x + y };
    let d = move || { println!("{}", v); };
    let e = |x| { x + 1 };
    let f = |a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal).reverse().then(std::cmp::Ordering::Less);
    let g = items.iter().map(|(k, v)| (k.clone(), v.len())).collect::<HashMap<String, usize>>();
    let h = |x| match x { 1 => 2, _ => 3 };
    let i = |&x: &u32| x;
    let j = |Point { x, y }| x + y;
    thread::spawn(move || { loop { work(); } });
    let k = || -> Result<(), Error> { Ok(()) };
    sort_by(|a, b| { b.cmp(a) });
    let l = async move |x| x;
    let m = |_| ();
    let n = |x| if x { 1 } else { 2 };
}
