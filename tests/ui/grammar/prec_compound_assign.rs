// Every compound assignment operator, plus the fact that assignment is an
// expression of type () and binds loosest of all.

fn main() {
    let mut n: i32 = 10;
    n += 5;
    println!("+= -> {}", n);
    n -= 3;
    println!("-= -> {}", n);
    n *= 4;
    println!("*= -> {}", n);
    n /= 5;
    println!("/= -> {}", n);
    n %= 7;
    println!("%= -> {}", n);

    let mut bits: u16 = 0b1100_1010;
    bits &= 0b1111_0000;
    println!("&= -> {:#010b}", bits);
    bits |= 0b0000_0101;
    println!("|= -> {:#010b}", bits);
    bits ^= 0b1111_1111;
    println!("^= -> {:#010b}", bits);
    bits <<= 3;
    println!("<<= -> {:#018b}", bits);
    bits >>= 5;
    println!(">>= -> {:#018b}", bits);

    // right-hand side is a full expression evaluated first
    let mut acc = 2;
    acc *= 1 + 2;
    println!("acc *= 1 + 2 -> {}", acc);
    acc -= acc - 1;
    println!("acc -= acc - 1 -> {}", acc);
    acc <<= 1 + 1;
    println!("acc <<= 1 + 1 -> {}", acc);

    // assignment evaluates to ()
    let mut x = 0;
    let unit = x = 5;
    println!("x = {}, unit = {:?}", x, unit);
    let unit2: () = x += 1;
    println!("x = {}, unit2 = {:?}", x, unit2);

    // compound assignment through references and indexes
    let mut totals = [0u32; 4];
    let sales = [(0, 120), (2, 40), (0, 15), (3, 99), (2, 1), (1, 7)];
    for &(region, amount) in sales.iter() {
        totals[region] += amount;
    }
    println!("totals = {:?}", totals);
    {
        let first = &mut totals[0];
        *first *= 2;
        *first -= 10;
    }
    println!("totals = {:?}", totals);

    // running hash with compound operators
    let mut hash: u32 = 2166136261;
    for byte in "ferric".bytes() {
        hash ^= byte as u32;
        hash = hash.wrapping_mul(16777619);
    }
    println!("fnv1a(\"ferric\") = {:08x}", hash);

    let mut f = 1.5f64;
    f += 0.25;
    f *= 2.0;
    f /= 0.5;
    f -= 1.0;
    f %= 4.0;
    println!("float chain -> {}", f);

    let mut s = String::from("ab");
    s += "cd";
    s += &"ef".to_uppercase();
    println!("string += -> {}", s);
}
