//! Float formatting: `Display`, `Debug`, `LowerExp`, `UpperExp` for `f32` and `f64`
//! (library/core/src/fmt/float.rs). The digits come from the backend
//! (`intrinsics::ferric_float_digits`, real core's `flt2dec`); sign, special values and
//! padding are handled here as `Formatter::pad_formatted_parts` does.

use crate::fmt::{Alignment, Debug, Display, Formatter, LowerExp, Result, UpperExp};
use crate::intrinsics;
use crate::marker::Copy;
use crate::option::Option::{None, Some};
use crate::result::Result::Ok;
use crate::string::String;

/// What the float formatting code needs from `f32`/`f64`.
trait FloatFmt: Copy {
    fn is_nan_(self) -> bool;
    fn is_infinite_(self) -> bool;
    fn is_sign_negative_(self) -> bool;
    fn abs_(self) -> Self;
    /// `true` when `{:?}` prints the value in scientific notation (`|x| < 1e-4` or
    /// `|x| >= 1e16`, except zero).
    fn debug_uses_exponential(self) -> bool;
}

macro_rules! impl_float_fmt {
    ($($t:ident)*) => {$(
        impl FloatFmt for $t {
            #[inline]
            fn is_nan_(self) -> bool {
                self != self
            }
            #[inline]
            fn is_infinite_(self) -> bool {
                self == $t::INFINITY || self == $t::NEG_INFINITY
            }
            #[inline]
            fn is_sign_negative_(self) -> bool {
                self.is_sign_negative()
            }
            #[inline]
            fn abs_(self) -> Self {
                self.abs()
            }
            #[inline]
            fn debug_uses_exponential(self) -> bool {
                let abs = self.abs();
                (abs != 0.0 && abs < 1e-4) || abs >= 1e+16
            }
        }
    )*};
}

impl_float_fmt! { f32 f64 }

/// Digit modes of `intrinsics::ferric_float_digits`.
const SHORTEST: u8 = 0;
const EXACT: u8 = 1;
const SHORTEST_EXP: u8 = 2;
const EXACT_EXP: u8 = 3;

/// Formats `num` with the given digit mode: `min_one_frac` adds `.0` to integral
/// positional output (`{:?}`), `upper` uppercases the exponent marker.
fn float_to_str<T: FloatFmt>(
    fmt: &mut Formatter<'_>,
    num: T,
    mode: u8,
    precision: usize,
    min_one_frac: bool,
    upper: bool,
) -> Result {
    let sign: &str = if num.is_nan_() {
        ""
    } else if num.is_sign_negative_() {
        "-"
    } else if fmt.sign_plus() {
        "+"
    } else {
        ""
    };

    let mut body = String::new();
    if num.is_nan_() {
        body.push_str("NaN");
    } else if num.is_infinite_() {
        body.push_str("inf");
    } else {
        let digits = intrinsics::ferric_float_digits(num.abs_(), mode, precision);
        for c in digits.chars() {
            if upper && c == 'e' { body.push('E') } else { body.push(c) }
        }
        if min_one_frac && !body.contains('.') && !body.contains('e') && !body.contains('E') {
            body.push_str(".0");
        }
    }

    pad_formatted(fmt, sign, &body)
}

/// `Formatter::pad_formatted_parts`: the sign goes before zero padding, and the whole is
/// right-aligned by default.
fn pad_formatted(fmt: &mut Formatter<'_>, sign: &str, body: &str) -> Result {
    let width = match fmt.width() {
        None => {
            fmt.write_str(sign)?;
            return fmt.write_str(body);
        }
        Some(width) => width,
    };

    let old_options = fmt.options;
    let mut width = width;
    let mut sign = sign;
    if fmt.sign_aware_zero_pad() {
        // a sign always goes first
        fmt.write_str(sign)?;
        width = width.saturating_sub(sign.len());
        sign = "";
        fmt.options.fill('0').align(Some(Alignment::Right));
    }

    // remaining parts go through the ordinary padding process.
    let len = sign.len() + body.len();
    let ret = if width <= len {
        // no padding
        fmt.write_str(sign)?;
        fmt.write_str(body)
    } else {
        let post_padding = fmt.padding((width - len) as u16, Alignment::Right)?;
        fmt.write_str(sign)?;
        fmt.write_str(body)?;
        post_padding.write(fmt)
    };
    fmt.options = old_options;
    ret
}

fn float_to_decimal_display<T: FloatFmt>(fmt: &mut Formatter<'_>, num: T) -> Result {
    match fmt.precision() {
        Some(precision) => float_to_str(fmt, num, EXACT, precision, false, false),
        None => float_to_str(fmt, num, SHORTEST, 0, false, false),
    }
}

fn float_to_exponential_common<T: FloatFmt>(fmt: &mut Formatter<'_>, num: T, upper: bool) -> Result {
    match fmt.precision() {
        Some(precision) => float_to_str(fmt, num, EXACT_EXP, precision, false, upper),
        None => float_to_str(fmt, num, SHORTEST_EXP, 0, false, upper),
    }
}

fn float_to_general_debug<T: FloatFmt>(fmt: &mut Formatter<'_>, num: T) -> Result {
    match fmt.precision() {
        // this behavior of {:.PREC?} predates exponential formatting for {:?}
        Some(precision) => float_to_str(fmt, num, EXACT, precision, false, false),
        None => {
            // since there is no precision, there will be no rounding
            if num.debug_uses_exponential() {
                float_to_str(fmt, num, SHORTEST_EXP, 0, false, false)
            } else {
                float_to_str(fmt, num, SHORTEST, 0, true, false)
            }
        }
    }
}

macro_rules! floating {
    ($($ty:ident)*) => {
        $(
            impl Debug for $ty {
                fn fmt(&self, fmt: &mut Formatter<'_>) -> Result {
                    float_to_general_debug(fmt, *self)
                }
            }

            impl Display for $ty {
                fn fmt(&self, fmt: &mut Formatter<'_>) -> Result {
                    float_to_decimal_display(fmt, *self)
                }
            }

            impl LowerExp for $ty {
                fn fmt(&self, fmt: &mut Formatter<'_>) -> Result {
                    float_to_exponential_common(fmt, *self, false)
                }
            }

            impl UpperExp for $ty {
                fn fmt(&self, fmt: &mut Formatter<'_>) -> Result {
                    float_to_exponential_common(fmt, *self, true)
                }
            }
        )*
    };
}

floating! { f32 f64 }

