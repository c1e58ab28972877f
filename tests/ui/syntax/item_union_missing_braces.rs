union Bits (u32, f32);

fn main() {
    let x = 1.5f32;
    println!("{}", x.to_bits());
}
