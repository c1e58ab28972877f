//! Operations on ASCII strings and characters (library/core/src/ascii.rs):
//! `escape_default` and its iterator `EscapeDefault` (also returned by `u8::escape_ascii`).
//!
//! The deprecated `AsciiExt` trait and the unstable `ascii::Char` are not declared.

use crate::clone::Clone;
use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use crate::ops::Range;
use crate::option::Option::{self, None, Some};

/// An iterator over the escaped version of a byte (created by `escape_default` and
/// `u8::escape_ascii`).
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[derive(Clone)]
pub struct EscapeDefault {
    data: [u8; 4],
    alive: Range<u8>,
}

/// Returns an iterator that produces an escaped version of a `u8`: `\t`, `\r`, `\n`,
/// `\\`, `\'` and `\"` for those characters, the byte itself for the other printable
/// ASCII characters (`0x20..=0x7e`), `\xNN` (lowercase hex) for everything else.
pub fn escape_default(c: u8) -> EscapeDefault {
    EscapeDefault::new(c)
}

impl EscapeDefault {
    pub(crate) fn new(c: u8) -> Self {
        const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";
        let (data, len) = match c {
            b'\t' => ([b'\\', b't', 0, 0], 2),
            b'\r' => ([b'\\', b'r', 0, 0], 2),
            b'\n' => ([b'\\', b'n', 0, 0], 2),
            b'\\' => ([b'\\', b'\\', 0, 0], 2),
            b'\'' => ([b'\\', b'\'', 0, 0], 2),
            b'"' => ([b'\\', b'"', 0, 0], 2),
            0x20..=0x7e => ([c, 0, 0, 0], 1),
            _ => ([b'\\', b'x', HEX_DIGITS[(c >> 4) as usize], HEX_DIGITS[(c & 0xf) as usize]], 4),
        };
        EscapeDefault { data, alive: 0..len }
    }

    pub(crate) fn empty() -> Self {
        EscapeDefault { data: [0; 4], alive: 0..0 }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.data[(self.alive.start as usize)..(self.alive.end as usize)]
    }
}

impl Iterator for EscapeDefault {
    type Item = u8;

    #[inline]
    fn next(&mut self) -> Option<u8> {
        match self.alive.next() {
            Some(i) => Some(self.data[i as usize]),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.alive.len();
        (n, Some(n))
    }

    fn count(self) -> usize {
        self.alive.len()
    }

    fn last(mut self) -> Option<u8> {
        self.next_back()
    }
}

impl DoubleEndedIterator for EscapeDefault {
    fn next_back(&mut self) -> Option<u8> {
        match self.alive.next_back() {
            Some(i) => Some(self.data[i as usize]),
            None => None,
        }
    }
}

impl ExactSizeIterator for EscapeDefault {
    #[inline]
    fn len(&self) -> usize {
        self.alive.len()
    }
}

impl FusedIterator for EscapeDefault {}

impl fmt::Display for EscapeDefault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // SAFETY: the escaped bytes are printable ASCII.
        f.write_str(unsafe { crate::str::from_utf8_unchecked(self.as_bytes()) })
    }
}

impl fmt::Debug for EscapeDefault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EscapeDefault").finish_non_exhaustive()
    }
}
