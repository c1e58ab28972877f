//! Integer formatting: `Display`, `Debug`, `Binary`, `Octal`, `LowerHex`, `UpperHex`,
//! `LowerExp`, `UpperExp` for the primitive integers (library/core/src/fmt/num.rs).

use crate::fmt;
use crate::iter::Iterator;
use crate::option::Option::{None, Some};
use crate::str;

/// Writes the digits of `n` in base `base` (2..=16) into the end of `buf`, returning the
/// offset of the first digit.
fn digits_into(mut n: u128, base: u128, upper: bool, buf: &mut [u8; 128]) -> usize {
    let table: &[u8; 16] = if upper { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    let mut offset = buf.len();
    loop {
        let digit = n % base;
        n /= base;
        offset -= 1;
        buf[offset] = table[digit as usize];
        if n == 0 {
            break;
        }
    }
    offset
}

fn fmt_radix(n: u128, base: u128, upper: bool, prefix: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut buf = [0u8; 128];
    let offset = digits_into(n, base, upper, &mut buf);
    // SAFETY: only ASCII digits were written.
    let digits = unsafe { str::from_utf8_unchecked(&buf[offset..]) };
    f.pad_integral(true, prefix, digits)
}

fn fmt_decimal(n: u128, is_nonnegative: bool, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut buf = [0u8; 128];
    let offset = digits_into(n, 10, false, &mut buf);
    // SAFETY: only ASCII digits were written.
    let digits = unsafe { str::from_utf8_unchecked(&buf[offset..]) };
    f.pad_integral(is_nonnegative, "", digits)
}

macro_rules! radix_integer {
    (fmt::$Trait:ident for $Signed:ident and $Unsigned:ident, $prefix:literal, $base:literal, $upper:literal) => {
        impl fmt::$Trait for $Unsigned {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt_radix(*self as u128, $base, $upper, $prefix, f)
            }
        }

        impl fmt::$Trait for $Signed {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // The two's complement bits of the signed value, as its unsigned counterpart.
                fmt::$Trait::fmt(&(*self as $Unsigned), f)
            }
        }
    };
}

macro_rules! radix_integers {
    ($Signed:ident, $Unsigned:ident) => {
        radix_integer! { fmt::Binary   for $Signed and $Unsigned, "0b", 2, false }
        radix_integer! { fmt::Octal    for $Signed and $Unsigned, "0o", 8, false }
        radix_integer! { fmt::LowerHex for $Signed and $Unsigned, "0x", 16, false }
        radix_integer! { fmt::UpperHex for $Signed and $Unsigned, "0x", 16, true }
    };
}
radix_integers! { isize, usize }
radix_integers! { i8, u8 }
radix_integers! { i16, u16 }
radix_integers! { i32, u32 }
radix_integers! { i64, u64 }
radix_integers! { i128, u128 }

macro_rules! impl_Debug {
    ($($T:ident)*) => {
        $(
            impl fmt::Debug for $T {
                #[inline]
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    if f.debug_lower_hex() {
                        fmt::LowerHex::fmt(self, f)
                    } else if f.debug_upper_hex() {
                        fmt::UpperHex::fmt(self, f)
                    } else {
                        fmt::Display::fmt(self, f)
                    }
                }
            }
        )*
    };
}

impl_Debug! {
    i8 i16 i32 i64 i128 isize
    u8 u16 u32 u64 u128 usize
}

macro_rules! impl_Display {
    ($($Signed:ident, $Unsigned:ident),*) => {
        $(
        impl fmt::Display for $Unsigned {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt_decimal(*self as u128, true, f)
            }
        }

        impl fmt::Display for $Signed {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt_decimal(self.unsigned_abs() as u128, *self >= 0, f)
            }
        }
        )*
    };
}

impl_Display! { i8, u8, i16, u16, i32, u32, i64, u64, i128, u128, isize, usize }

/// `{:e}` of an integer: `n` as a coefficient in `[1, 10)` and a power of ten.
fn exp_u128(f: &mut fmt::Formatter<'_>, n: u128, is_nonnegative: bool, letter_e: u8) -> fmt::Result {
    // Print the integer as a coefficient in range (-10, 10).
    let mut exp = match n.checked_ilog10() {
        Some(e) => e as usize,
        None => 0,
    };

    // Precision is counted as the number of digits in the fraction.
    let mut coef_prec = exp;
    // Keep the digits as an integer (paired with its coef_prec count).
    let mut coef = n;

    // A Formatter may set the precision to a fixed number of decimals.
    let more_prec = match f.precision() {
        None => {
            // Omit any and all trailing zeroes.
            while coef_prec != 0 && coef % 10 == 0 {
                coef /= 10;
                coef_prec -= 1;
            }
            0
        }

        Some(fmt_prec) if fmt_prec >= coef_prec => {
            // Count the number of additional zeroes needed.
            fmt_prec - coef_prec
        }

        Some(fmt_prec) => {
            // Count the number of digits to drop.
            let less_prec = coef_prec - fmt_prec;
            // Scale down the coefficient/precision pair.
            let scale = 10u128.pow(less_prec as u32);
            let floor = coef / scale;
            // Round half to even conform documentation.
            let over = coef % scale;
            let half = scale / 2;
            let round_up = if over < half {
                0
            } else if over > half {
                1
            } else {
                floor & 1 // round odd up to even
            };
            coef = floor + round_up;
            coef_prec = fmt_prec;

            // The round_up may have caused the coefficient to reach 10 (which is not
            // permitted). For example, anything in range [9.95, 10) becomes 10.0 when
            // adjusted to precision 1.
            let digits = match coef.checked_ilog10() {
                Some(d) => d as usize,
                None => 0,
            };
            if round_up != 0 && digits > coef_prec {
                coef /= 10; // drop one trailing zero
                exp += 1; // one power of ten higher
            }
            0
        }
    };

    // The coefficient's digits.
    let mut digit_buf = [0u8; 128];
    let offset = digits_into(coef, 10, false, &mut digit_buf);
    let digits = &digit_buf[offset..];

    // Assemble `d[.ddd][000]e<exp>`.
    let mut text = [0u8; 200];
    let mut len = 0;
    text[len] = digits[0];
    len += 1;
    if digits.len() > 1 || more_prec > 0 {
        text[len] = b'.';
        len += 1;
        for &d in &digits[1..] {
            text[len] = d;
            len += 1;
        }
    }
    text[len] = letter_e;
    len += 1;
    let mut exp_buf = [0u8; 128];
    let exp_offset = digits_into(exp as u128, 10, false, &mut exp_buf);
    for &d in &exp_buf[exp_offset..] {
        text[len] = d;
        len += 1;
    }

    if more_prec == 0 {
        // SAFETY: only ASCII was written.
        let s = unsafe { str::from_utf8_unchecked(&text[..len]) };
        return f.pad_integral(is_nonnegative, "", s);
    }

    // With additional zeroes: `pad_integral` takes one string, so build it with the zeroes
    // inserted before the exponent.
    let mut full = crate::string::String::new();
    // SAFETY: only ASCII was written.
    let mantissa_len = len - (exp_buf.len() - exp_offset) - 1;
    full.push_str(unsafe { str::from_utf8_unchecked(&text[..mantissa_len]) });
    for _ in 0..more_prec {
        full.push('0');
    }
    full.push_str(unsafe { str::from_utf8_unchecked(&text[mantissa_len..len]) });
    f.pad_integral(is_nonnegative, "", &full)
}

macro_rules! impl_Exp {
    ($($Signed:ident, $Unsigned:ident),*) => {
        $(
        impl fmt::LowerExp for $Signed {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let is_nonnegative = *self >= 0;
                exp_u128(f, self.unsigned_abs() as u128, is_nonnegative, b'e')
            }
        }
        impl fmt::LowerExp for $Unsigned {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                exp_u128(f, *self as u128, true, b'e')
            }
        }
        impl fmt::UpperExp for $Signed {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let is_nonnegative = *self >= 0;
                exp_u128(f, self.unsigned_abs() as u128, is_nonnegative, b'E')
            }
        }
        impl fmt::UpperExp for $Unsigned {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                exp_u128(f, *self as u128, true, b'E')
            }
        }
        )*
    };
}

impl_Exp! { i8, u8, i16, u16, i32, u32, i64, u64, i128, u128, isize, usize }
