fn compute() -> u8 {
    let total: u8 = {
        let a = 1;
        let b = 2;
        let c = 3;
        let d = 4;
        let e = 5;
        let f = 6;
        a + b + c + d + e + f
    };
    total as u32
}
fn main() { compute(); }
