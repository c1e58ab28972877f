//! Inherent methods of `char` (library/core/src/char/methods.rs).

use super::*;
use crate::char::unicode;
use crate::iter::IntoIterator;
use crate::option::Option::{self, None, Some};
use crate::str::from_utf8_unchecked_mut;

impl char {
    /// The lowest valid code point a `char` can have, `'\0'`.
    pub const MIN: char = '\0';

    /// The highest valid code point a `char` can have, `'\u{10FFFF}'`.
    pub const MAX: char = '\u{10FFFF}';

    /// The maximum number of bytes required to encode a `char` to UTF-8 encoding.
    pub const MAX_LEN_UTF8: usize = 4;

    /// The maximum number of two-byte units required to encode a `char` to UTF-16
    /// encoding.
    pub const MAX_LEN_UTF16: usize = 2;

    /// `U+FFFD REPLACEMENT CHARACTER` (�) is used in Unicode to represent a decoding error.
    pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

    /// The version of Unicode that the Unicode parts of `char` and `str` methods are based
    /// on.
    pub const UNICODE_VERSION: (u8, u8, u8) = crate::char::unicode::UNICODE_VERSION;

    /// Creates an iterator over the UTF-16 encoded code points in `iter`, returning
    /// unpaired surrogates as `Err`s.
    #[inline]
    pub fn decode_utf16<I: IntoIterator<Item = u16>>(iter: I) -> DecodeUtf16<I::IntoIter> {
        super::decode::decode_utf16(iter)
    }

    /// Converts a `u32` to a `char`.
    #[must_use]
    #[inline]
    pub const fn from_u32(i: u32) -> Option<char> {
        super::convert::from_u32(i)
    }

    /// Converts a `u32` to a `char`, ignoring validity.
    #[must_use]
    #[inline]
    pub const unsafe fn from_u32_unchecked(i: u32) -> char {
        // SAFETY: the safety contract must be upheld by the caller.
        unsafe { super::convert::from_u32_unchecked(i) }
    }

    /// Converts a digit in the given radix to a `char`.
    #[must_use]
    #[inline]
    pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
        super::convert::from_digit(num, radix)
    }

    /// Checks if a `char` is a digit in the given radix.
    #[inline]
    pub const fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }

    /// Converts a `char` to a digit in the given radix.
    #[must_use = "this returns the result of the operation, \
                  without modifying the original"]
    #[inline]
    #[ferric::rustc_location = "core/src/char/methods.rs:403:9"]
    pub const fn to_digit(self, radix: u32) -> Option<u32> {
        assert!(
            radix >= 2 && radix <= 36,
            "to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive"
        );
        // check radix to remove letter handling code when radix is a known constant
        let value = if self > '9' && radix > 10 {
            // mask to convert ASCII letters to uppercase
            const TO_UPPERCASE_MASK: u32 = !0b0010_0000;
            // Converts an ASCII letter to its corresponding integer value:
            // A-Z => 10-35, a-z => 10-35. Other characters produce values >= 36.
            //
            // Add Overflow Safety:
            // By applying the mask after the subtraction, the first addendum is
            // constrained such that it never exceeds u32::MAX - 0x20.
            ((self as u32).wrapping_sub('A' as u32) & TO_UPPERCASE_MASK) + 10
        } else {
            // convert digit to value, non-digits wrap to values > 36
            (self as u32).wrapping_sub('0' as u32)
        };
        // FIXME(const-hack): once then_some is const fn, use it here
        if value < radix { Some(value) } else { None }
    }

    /// Returns an iterator that yields the hexadecimal Unicode escape of a character as
    /// `char`s.
    #[must_use = "this returns the escaped char as an iterator, \
                  without modifying the original"]
    #[inline]
    pub fn escape_unicode(self) -> EscapeUnicode {
        EscapeUnicode(EscapeIterInner::unicode(self))
    }

    /// An extended version of `escape_debug` that optionally permits escaping Extended
    /// Grapheme codepoints, single quotes, and double quotes.
    #[inline]
    pub(crate) fn escape_debug_ext(self, args: EscapeDebugExtArgs) -> EscapeDebug {
        match self {
            '\0' => EscapeDebug(EscapeIterInner::backslash('0')),
            '\t' => EscapeDebug(EscapeIterInner::backslash('t')),
            '\r' => EscapeDebug(EscapeIterInner::backslash('r')),
            '\n' => EscapeDebug(EscapeIterInner::backslash('n')),
            '\\' => EscapeDebug(EscapeIterInner::backslash('\\')),
            '\"' if args.escape_double_quote => EscapeDebug(EscapeIterInner::backslash('"')),
            '\'' if args.escape_single_quote => EscapeDebug(EscapeIterInner::backslash('\'')),
            _ if args.escape_grapheme_extended && self.is_grapheme_extended() => {
                EscapeDebug(EscapeIterInner::unicode(self))
            }
            _ if is_printable(self) => EscapeDebug(EscapeIterInner::printable(self)),
            _ => EscapeDebug(EscapeIterInner::unicode(self)),
        }
    }

    /// Returns an iterator that yields the literal escape code of a character as `char`s.
    #[must_use = "this returns the escaped char as an iterator, \
                  without modifying the original"]
    #[inline]
    pub fn escape_debug(self) -> EscapeDebug {
        self.escape_debug_ext(EscapeDebugExtArgs::ESCAPE_ALL)
    }

    /// Returns an iterator that yields the literal escape code of a character as `char`s.
    #[must_use = "this returns the escaped char as an iterator, \
                  without modifying the original"]
    #[inline]
    pub fn escape_default(self) -> EscapeDefault {
        match self {
            '\t' => EscapeDefault(EscapeIterInner::backslash('t')),
            '\r' => EscapeDefault(EscapeIterInner::backslash('r')),
            '\n' => EscapeDefault(EscapeIterInner::backslash('n')),
            '\\' | '\'' | '\"' => EscapeDefault(EscapeIterInner::backslash(self)),
            '\x20'..='\x7e' => EscapeDefault(EscapeIterInner::printable(self)),
            _ => EscapeDefault(EscapeIterInner::unicode(self)),
        }
    }

    /// Returns the number of bytes this `char` would need if encoded in UTF-8.
    #[must_use]
    #[inline]
    pub const fn len_utf8(self) -> usize {
        len_utf8(self as u32)
    }

    /// Returns the number of 16-bit code units this `char` would need if encoded in
    /// UTF-16.
    #[must_use]
    #[inline]
    pub const fn len_utf16(self) -> usize {
        len_utf16(self as u32)
    }

    /// Encodes this character as UTF-8 into the provided byte buffer, and then returns the
    /// subslice of the buffer that contains the encoded character.
    #[inline]
    #[track_caller]
    pub const fn encode_utf8(self, dst: &mut [u8]) -> &mut str {
        // SAFETY: `char` is not a surrogate, so this is valid UTF-8.
        unsafe { from_utf8_unchecked_mut(encode_utf8_raw(self as u32, dst)) }
    }

    /// Encodes this character as native endian UTF-16 into the provided `u16` buffer, and
    /// then returns the subslice of the buffer that contains the encoded character.
    #[inline]
    #[track_caller]
    pub const fn encode_utf16(self, dst: &mut [u16]) -> &mut [u16] {
        encode_utf16_raw(self as u32, dst)
    }

    /// Returns `true` if this `char` has the `Alphabetic` property.
    #[must_use]
    #[inline]
    pub fn is_alphabetic(self) -> bool {
        match self {
            'a'..='z' | 'A'..='Z' => true,
            c => c > '\x7f' && unicode::alphabetic(c),
        }
    }

    /// Returns `true` if this `char` has the `Lowercase` property.
    #[must_use]
    #[inline]
    pub fn is_lowercase(self) -> bool {
        match self {
            'a'..='z' => true,
            c => c > '\x7f' && unicode::lowercase(c),
        }
    }

    /// Returns `true` if this `char` has the `Uppercase` property.
    #[must_use]
    #[inline]
    pub fn is_uppercase(self) -> bool {
        match self {
            'A'..='Z' => true,
            c => c > '\x7f' && unicode::uppercase(c),
        }
    }

    /// Returns `true` if this `char` has the `White_Space` property.
    #[must_use]
    #[inline]
    pub fn is_whitespace(self) -> bool {
        match self {
            ' ' | '\x09'..='\x0d' => true,
            c => c > '\x7f' && unicode::white_space(c),
        }
    }

    /// Returns `true` if this `char` satisfies either `is_alphabetic()` or `is_numeric()`.
    #[must_use]
    #[inline]
    pub fn is_alphanumeric(self) -> bool {
        if self.is_ascii() {
            self.is_ascii_alphanumeric()
        } else {
            unicode::alphabetic(self) || unicode::n(self)
        }
    }

    /// Returns `true` if this `char` has the general category for control codes.
    #[must_use]
    #[inline]
    pub fn is_control(self) -> bool {
        // According to
        // https://www.unicode.org/policies/stability_policy.html#Property_Value,
        // the set of codepoints in `Cc` will never change.
        // So we can just hard-code the patterns to match against instead of using a table.
        matches!(self, '\0'..='\x1f' | '\x7f'..='\u{9f}')
    }

    /// Returns `true` if this `char` has the `Grapheme_Extend` property.
    #[must_use]
    #[inline]
    pub(crate) fn is_grapheme_extended(self) -> bool {
        !self.is_ascii() && unicode::grapheme_extend(self)
    }

    /// Returns `true` if this `char` has one of the general categories for numbers.
    #[must_use]
    #[inline]
    pub fn is_numeric(self) -> bool {
        match self {
            '0'..='9' => true,
            c => c > '\x7f' && unicode::n(c),
        }
    }

    /// Returns an iterator that yields the lowercase mapping of this `char` as one or more
    /// `char`s.
    #[must_use = "this returns the lowercase character as a new iterator, \
                  without modifying the original"]
    #[inline]
    pub fn to_lowercase(self) -> ToLowercase {
        ToLowercase(CaseMappingIter::new(unicode::to_lower(self)))
    }

    /// Returns an iterator that yields the uppercase mapping of this `char` as one or more
    /// `char`s.
    #[must_use = "this returns the uppercase character as a new iterator, \
                  without modifying the original"]
    #[inline]
    pub fn to_uppercase(self) -> ToUppercase {
        ToUppercase(CaseMappingIter::new(unicode::to_upper(self)))
    }

    /// Checks if the value is within the ASCII range.
    #[must_use]
    #[inline]
    pub const fn is_ascii(&self) -> bool {
        (*self as u32) <= 0x7F
    }

    /// Makes a copy of the value in its ASCII upper case equivalent.
    #[must_use = "to uppercase the value in-place, use `make_ascii_uppercase()`"]
    #[inline]
    pub const fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() {
            (*self as u8).to_ascii_uppercase() as char
        } else {
            *self
        }
    }

    /// Makes a copy of the value in its ASCII lower case equivalent.
    #[must_use = "to lowercase the value in-place, use `make_ascii_lowercase()`"]
    #[inline]
    pub const fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() {
            (*self as u8).to_ascii_lowercase() as char
        } else {
            *self
        }
    }

    /// Checks that two values are an ASCII case-insensitive match.
    #[inline]
    pub const fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        // FIXME(const-hack) `arg.to_ascii_lowercase()` -> `arg.to_ascii_lowercase()`
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    /// Converts this type to its ASCII upper case equivalent in-place.
    #[inline]
    pub const fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    /// Converts this type to its ASCII lower case equivalent in-place.
    #[inline]
    pub const fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }

    /// Checks if the value is an ASCII alphabetic character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_alphabetic(&self) -> bool {
        matches!(*self, 'a'..='z' | 'A'..='Z')
    }

    /// Checks if the value is an ASCII uppercase character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_uppercase(&self) -> bool {
        matches!(*self, 'A'..='Z')
    }

    /// Checks if the value is an ASCII lowercase character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_lowercase(&self) -> bool {
        matches!(*self, 'a'..='z')
    }

    /// Checks if the value is an ASCII alphanumeric character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_alphanumeric(&self) -> bool {
        matches!(*self, '0'..='9') | matches!(*self, 'a'..='z' | 'A'..='Z')
    }

    /// Checks if the value is an ASCII decimal digit.
    #[must_use]
    #[inline]
    pub const fn is_ascii_digit(&self) -> bool {
        matches!(*self, '0'..='9')
    }

    /// Checks if the value is an ASCII hexadecimal digit.
    #[must_use]
    #[inline]
    pub const fn is_ascii_hexdigit(&self) -> bool {
        matches!(*self, '0'..='9') | matches!(*self, 'a'..='f' | 'A'..='F')
    }

    /// Checks if the value is an ASCII punctuation character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, '!'..='/')
            | matches!(*self, ':'..='@')
            | matches!(*self, '['..='`')
            | matches!(*self, '{'..='~')
    }

    /// Checks if the value is an ASCII graphic character: U+0021 '!' ..= U+007E '~'.
    #[must_use]
    #[inline]
    pub const fn is_ascii_graphic(&self) -> bool {
        matches!(*self, '!'..='~')
    }

    /// Checks if the value is an ASCII whitespace character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, '\t' | '\n' | '\x0C' | '\r' | ' ')
    }

    /// Checks if the value is an ASCII control character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_control(&self) -> bool {
        matches!(*self, '\0'..='\x1F' | '\x7F')
    }
}

/// The arguments of `char::escape_debug_ext` (which characters `{:?}` escapes).
pub(crate) struct EscapeDebugExtArgs {
    /// Escape Extended Grapheme codepoints?
    pub(crate) escape_grapheme_extended: bool,

    /// Escape single quotes?
    pub(crate) escape_single_quote: bool,

    /// Escape double quotes?
    pub(crate) escape_double_quote: bool,
}

impl EscapeDebugExtArgs {
    pub(crate) const ESCAPE_ALL: Self = Self {
        escape_grapheme_extended: true,
        escape_single_quote: true,
        escape_double_quote: true,
    };
}

#[inline]
fn is_printable(c: char) -> bool {
    if (c as u32) < 0x7f { c >= ' ' } else { unicode::is_printable(c) }
}

#[inline]
const fn len_utf8(code: u32) -> usize {
    match code {
        ..0x80 => 1,
        ..0x800 => 2,
        ..0x10000 => 3,
        _ => 4,
    }
}

#[inline]
const fn len_utf16(code: u32) -> usize {
    if (code & 0xFFFF) == code { 1 } else { 2 }
}

const TAG_CONT: u8 = 0b1000_0000;
const TAG_TWO_B: u8 = 0b1100_0000;
const TAG_THREE_B: u8 = 0b1110_0000;
const TAG_FOUR_B: u8 = 0b1111_0000;

/// Encodes a raw `u32` value as UTF-8 into the provided byte buffer, and then returns the
/// subslice of the buffer that contains the encoded character.
#[track_caller]
#[rustc_do_not_const_check] // the runtime message is formatted
const fn encode_utf8_fail(len: usize, code: u32, dst_len: usize) -> ! {
    panic!("encode_utf8: need {} bytes to encode U+{:04X} but buffer has just {}", len, code, dst_len)
}

#[track_caller]
#[rustc_do_not_const_check] // the runtime message is formatted
const fn encode_utf16_fail(len: usize, code: u32, dst_len: usize) -> ! {
    panic!("encode_utf16: need {} units to encode U+{:04X} but buffer has just {}", len, code, dst_len)
}

#[inline]
#[track_caller]
pub(crate) const fn encode_utf8_raw(code: u32, dst: &mut [u8]) -> &mut [u8] {
    let len = len_utf8(code);
    if dst.len() < len {
        encode_utf8_fail(len, code, dst.len());
    }
    match len {
        1 => {
            dst[0] = code as u8;
        }
        2 => {
            dst[0] = (code >> 6 & 0x1F) as u8 | TAG_TWO_B;
            dst[1] = (code & 0x3F) as u8 | TAG_CONT;
        }
        3 => {
            dst[0] = (code >> 12 & 0x0F) as u8 | TAG_THREE_B;
            dst[1] = (code >> 6 & 0x3F) as u8 | TAG_CONT;
            dst[2] = (code & 0x3F) as u8 | TAG_CONT;
        }
        _ => {
            dst[0] = (code >> 18 & 0x07) as u8 | TAG_FOUR_B;
            dst[1] = (code >> 12 & 0x3F) as u8 | TAG_CONT;
            dst[2] = (code >> 6 & 0x3F) as u8 | TAG_CONT;
            dst[3] = (code & 0x3F) as u8 | TAG_CONT;
        }
    };
    match dst.split_at_mut(len) {
        (encoded, _) => encoded,
    }
}

/// Encodes a raw `u32` value as native endian UTF-16 into the provided `u16` buffer, and
/// then returns the subslice of the buffer that contains the encoded character.
#[inline]
#[track_caller]
pub(crate) const fn encode_utf16_raw(mut code: u32, dst: &mut [u16]) -> &mut [u16] {
    let len = len_utf16(code);
    if dst.len() < len {
        encode_utf16_fail(len, code, dst.len());
    }
    if len == 1 {
        dst[0] = code as u16;
    } else {
        code -= 0x1_0000;
        dst[0] = 0xD800 | ((code >> 10) as u16);
        dst[1] = 0xDC00 | ((code as u16) & 0x3FF);
    }
    match dst.split_at_mut(len) {
        (encoded, _) => encoded,
    }
}
