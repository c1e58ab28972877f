
//! An implementation of SipHash (library/core/src/hash/sip.rs): `SipHasher13` is what
//! `DefaultHasher` uses, so `DefaultHasher::new()` gives the same hashes as rustc's std.

use crate::clone::Clone;
use crate::default::Default;
use crate::fmt;
use crate::hash::Hasher as _;
use crate::marker::{Copy, PhantomData, Sized};

#[derive(Debug, Clone, Default)]
pub struct SipHasher13 {
    hasher: Hasher<Sip13Rounds>,
}

#[derive(Debug, Clone, Default)]
struct SipHasher24 {
    hasher: Hasher<Sip24Rounds>,
}

#[derive(Debug, Clone, Default)]
#[deprecated(since = "1.13.0", note = "use `std::hash::DefaultHasher` instead")]
pub struct SipHasher(SipHasher24);

#[derive(Debug)]
struct Hasher<S: Sip> {
    k0: u64,
    k1: u64,
    length: usize, // how many bytes we've processed
    state: State,  // hash State
    tail: u64,     // unprocessed bytes le
    ntail: usize,  // how many bytes in tail are valid
    _marker: PhantomData<S>,
}

#[derive(Debug, Clone, Copy)]
struct State {
    v0: u64,
    v2: u64,
    v1: u64,
    v3: u64,
}

#[allow(deprecated)]
impl SipHasher {
    #[must_use]
    #[deprecated(since = "1.13.0", note = "use `std::hash::DefaultHasher` instead")]
    pub fn new() -> SipHasher {
        SipHasher::new_with_keys(0, 0)
    }

    #[must_use]
    #[deprecated(since = "1.13.0", note = "use `std::hash::DefaultHasher` instead")]
    pub fn new_with_keys(key0: u64, key1: u64) -> SipHasher {
        SipHasher(SipHasher24 { hasher: Hasher::new_with_keys(key0, key1) })
    }
}

impl SipHasher13 {
    pub const fn new() -> SipHasher13 {
        SipHasher13::new_with_keys(0, 0)
    }

    pub const fn new_with_keys(key0: u64, key1: u64) -> SipHasher13 {
        SipHasher13 { hasher: Hasher::new_with_keys(key0, key1) }
    }
}

impl<S: Sip> Hasher<S> {
    const fn new_with_keys(key0: u64, key1: u64) -> Hasher<S> {
        let mut state = Hasher {
            k0: key0,
            k1: key1,
            length: 0,
            state: State { v0: 0, v1: 0, v2: 0, v3: 0 },
            tail: 0,
            ntail: 0,
            _marker: PhantomData,
        };
        state.reset();
        state
    }

    const fn reset(&mut self) {
        self.length = 0;
        self.state.v0 = self.k0 ^ 0x736f6d6570736575;
        self.state.v1 = self.k1 ^ 0x646f72616e646f6d;
        self.state.v2 = self.k0 ^ 0x6c7967656e657261;
        self.state.v3 = self.k1 ^ 0x7465646279746573;
        self.ntail = 0;
    }
}

#[allow(deprecated)]
impl super::Hasher for SipHasher {
    fn write(&mut self, msg: &[u8]) {
        self.0.hasher.write(msg)
    }

    fn write_str(&mut self, s: &str) {
        self.0.hasher.write_str(s);
    }

    fn finish(&self) -> u64 {
        self.0.hasher.finish()
    }
}

impl super::Hasher for SipHasher13 {
    fn write(&mut self, msg: &[u8]) {
        self.hasher.write(msg)
    }

    fn write_str(&mut self, s: &str) {
        self.hasher.write_str(s);
    }

    fn finish(&self) -> u64 {
        self.hasher.finish()
    }
}

/// Absorbs `msg` into `state` (`[v0, v1, v2, v3, tail, ntail]`) with `c_rounds`
/// compressions per 8-byte word: the body of `Hasher::write` below, done by the backend
/// with whole-word arithmetic.
#[ferric::intrinsic]
fn sip_absorb(state: &mut [u64; 6], msg: &[u8], c_rounds: usize);

/// The hash of `state` (`[v0, v1, v2, v3, tail]`) after `length` bytes: the body of
/// `Hasher::finish` below, done by the backend.
#[ferric::intrinsic]
fn sip_finish(state: &[u64; 5], length: usize, c_rounds: usize, d_rounds: usize) -> u64;

impl<S: Sip> super::Hasher for Hasher<S> {
    // As core's: the bytes so far that do not fill a word wait in `tail` (`ntail` of them,
    // little-endian); each full word `m` is absorbed as `v3 ^= m; c_rounds; v0 ^= m`.
    fn write(&mut self, msg: &[u8]) {
        self.length += msg.len();
        let s = &mut self.state;
        let mut words = [s.v0, s.v1, s.v2, s.v3, self.tail, self.ntail as u64];
        sip_absorb(&mut words, msg, S::C_ROUNDS);
        s.v0 = words[0];
        s.v1 = words[1];
        s.v2 = words[2];
        s.v3 = words[3];
        self.tail = words[4];
        self.ntail = words[5] as usize;
    }

    fn write_str(&mut self, s: &str) {
        self.write(s.as_bytes());
        self.write_u8(0xFF);
    }

    // As core's: the last word is the tail with the length's low byte on top, then
    // `v2 ^= 0xff` and `d_rounds`; the hash is `v0 ^ v1 ^ v2 ^ v3`.
    fn finish(&self) -> u64 {
        let s = &self.state;
        sip_finish(&[s.v0, s.v1, s.v2, s.v3, self.tail], self.length, S::C_ROUNDS, S::D_ROUNDS)
    }
}

impl<S: Sip> Clone for Hasher<S> {
    fn clone(&self) -> Hasher<S> {
        Hasher {
            k0: self.k0,
            k1: self.k1,
            length: self.length,
            state: self.state,
            tail: self.tail,
            ntail: self.ntail,
            _marker: self._marker,
        }
    }
}

impl<S: Sip> Default for Hasher<S> {
    fn default() -> Hasher<S> {
        Hasher::new_with_keys(0, 0)
    }
}

trait Sip {
    /// Compressions per message word, and at the end.
    const C_ROUNDS: usize;
    const D_ROUNDS: usize;
}

#[derive(Debug, Clone, Default)]
struct Sip13Rounds;

impl Sip for Sip13Rounds {
    const C_ROUNDS: usize = 1;
    const D_ROUNDS: usize = 3;
}

#[derive(Debug, Clone, Default)]
struct Sip24Rounds;

impl Sip for Sip24Rounds {
    const C_ROUNDS: usize = 2;
    const D_ROUNDS: usize = 4;
}
