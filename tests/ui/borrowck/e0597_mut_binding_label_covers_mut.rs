// "binding declared here" spans the whole `mut x` pattern.
fn main() {
    let r;
    {
        let mut x = 5;
        x += 1;
        r = &x;
    }
    println!("{r}");
}
