// `overflowing_literals` (deny by default): decimal, negative, suffixed, binary/hex and float
// literals that do not fit their (annotated, suffixed or fallback) type.
#[allow(overflowing_literals)]
fn quiet() -> u8 {
    256
}

fn main() {
    let a: u8 = 256;
    let b: i8 = -129;
    let c: i8 = 128;
    let d: i8 = -128;
    let e: i8 = 0xFF;
    let f = 300u8;
    let g: f32 = 1e40;
    let h: u32 = 0x1_0000_0000;
    let i: usize = 18446744073709551616;
    let j: i32 = -2147483649;
    let k: u8 = 0b1_0000_0000;
    let m = [1u8, 2, 256];
    let n: i64 = 9223372036854775808;
    let y = 0x1FFu8;
    let z = 3000000000;
    let w = 0x8000_0000i32;
    let v: Vec<u8> = vec![1, 2, 1000];
    println!("{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{m:?}{n}{y}{z}{w}{v:?}{}", quiet());
}
