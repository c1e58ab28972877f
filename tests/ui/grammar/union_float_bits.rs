// Type punning with unions: inspecting the bits of f32 and f64 values.

#[repr(C)]
union F32Bits {
    f: f32,
    u: u32,
    bytes: [u8; 4],
}

#[repr(C)]
#[derive(Clone, Copy)]
union F64Bits {
    f: f64,
    u: u64,
}

fn decompose(x: f32) -> (u32, i32, u32) {
    let bits = F32Bits { f: x };
    let u = unsafe { bits.u };
    let sign = u >> 31;
    let exp = ((u >> 23) & 0xFF) as i32 - 127;
    let mantissa = u & 0x7F_FFFF;
    (sign, exp, mantissa)
}

fn next_up(x: f64) -> f64 {
    let mut b = F64Bits { f: x };
    unsafe {
        b.u += 1;
        b.f
    }
}

fn fast_inv_sqrt(x: f32) -> f32 {
    let mut conv = F32Bits { f: x };
    unsafe {
        conv.u = 0x5f3759df - (conv.u >> 1);
        let y = conv.f;
        y * (1.5 - 0.5 * x * y * y)
    }
}

fn main() {
    for x in [1.0f32, -2.5, 0.15625, 1024.0] {
        let (s, e, m) = decompose(x);
        println!("{:>8}: sign {} exp {:>3} mantissa {:#08x}", x, s, e, m);
    }
    let b = F32Bits { f: 1.0 };
    let bytes = unsafe { b.bytes };
    let (lo, hi) = if cfg!(target_endian = "little") { (bytes[0], bytes[3]) } else { (bytes[3], bytes[0]) };
    println!("1.0f32 low byte {:#04x} high byte {:#04x}", lo, hi);

    let one_ulp = next_up(1.0) - 1.0;
    println!("ulp(1.0) == EPSILON: {}", one_ulp == f64::EPSILON);
    let copy = F64Bits { u: 0x4000_0000_0000_0000 };
    let copied = copy;
    println!("bits 0x4000.. as f64 = {}", unsafe { copied.f });

    for x in [4.0f32, 16.0, 2.0] {
        let approx = fast_inv_sqrt(x);
        println!("1/sqrt({}) ~ {:.4} (exact {:.4})", x, approx, 1.0 / x.sqrt());
    }
    println!("size {} {}", std::mem::size_of::<F32Bits>(), std::mem::size_of::<F64Bits>());
}
