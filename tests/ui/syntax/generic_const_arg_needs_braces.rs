struct Buf<const N: usize> {
    data: [u8; N],
}

fn main() {
    let b: Buf<2 * 4> = Buf { data: [0; 8] };
    println!("{}", b.data.len());
}
