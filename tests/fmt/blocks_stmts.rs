fn main() {
    {}
    { let x = 1; }
    {
        let y = 2;


        let z = 3;
    }
    ;
    let a = { 1 };
    let b = { let c = 2; c };
    unsafe {}
    foo();;
    x = 5; y = 6;
    return;
}
fn empty() {}
fn one() { 1; }
fn ret() -> u32 { return 5 }
