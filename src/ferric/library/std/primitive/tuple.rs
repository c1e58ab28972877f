//! Comparison and default impls for tuples of up to twelve elements
//! (library/core/src/tuple.rs). `Debug` is in `fmt`, `Hash` in `hash`; `Clone` and `Copy`
//! of tuples are provided by the type checker (for every arity, as rustc does).

use crate::cmp::Ordering::{self, *};
use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
use crate::default::Default;
use crate::marker::{Sized, StructuralPartialEq};
use crate::option::Option::{self, Some};

macro_rules! tuple_impls {
    ($( ($idx:tt $T:ident) )+) => {
        impl<$($T: PartialEq),+> PartialEq for ($($T,)+)
        where
            last_type!($($T,)+): ?Sized
        {
            #[inline]
            fn eq(&self, other: &($($T,)+)) -> bool {
                $( self.$idx == other.$idx )&&+
            }
            #[inline]
            fn ne(&self, other: &($($T,)+)) -> bool {
                $( self.$idx != other.$idx )||+
            }
        }

        impl<$($T: Eq),+> Eq for ($($T,)+)
        where
            last_type!($($T,)+): ?Sized
        {}

        impl<$($T),+> StructuralPartialEq for ($($T,)+) {}

        impl<$($T: PartialOrd),+> PartialOrd for ($($T,)+)
        where
            last_type!($($T,)+): ?Sized
        {
            #[inline]
            fn partial_cmp(&self, other: &($($T,)+)) -> Option<Ordering> {
                lexical_partial_cmp!(self, other; $($idx)+)
            }
        }

        impl<$($T: Ord),+> Ord for ($($T,)+)
        where
            last_type!($($T,)+): ?Sized
        {
            #[inline]
            fn cmp(&self, other: &($($T,)+)) -> Ordering {
                lexical_cmp!(self, other; $($idx)+)
            }
        }

        impl<$($T: Default),+> Default for ($($T,)+) {
            #[inline]
            fn default() -> ($($T,)+) {
                ($({ let x: $T = Default::default(); x},)+)
            }
        }
    };
}

// Returns the last type of a non-empty list of types (the only one that may be unsized).
macro_rules! last_type {
    ($a:ident,) => { $a };
    ($a:ident, $($rest_a:ident,)+) => { last_type!($($rest_a,)+) };
}

// Lexicographic `partial_cmp` of two tuples, field by field.
macro_rules! lexical_partial_cmp {
    ($a:ident, $b:ident; $idx:tt) => {
        PartialOrd::partial_cmp(&$a.$idx, &$b.$idx)
    };
    ($a:ident, $b:ident; $idx:tt $($rest:tt)+) => {
        match PartialOrd::partial_cmp(&$a.$idx, &$b.$idx) {
            Some(Equal) => lexical_partial_cmp!($a, $b; $($rest)+),
            ordering => ordering,
        }
    };
}

// Lexicographic `cmp` of two tuples, field by field.
macro_rules! lexical_cmp {
    ($a:ident, $b:ident; $idx:tt) => {
        Ord::cmp(&$a.$idx, &$b.$idx)
    };
    ($a:ident, $b:ident; $idx:tt $($rest:tt)+) => {
        match Ord::cmp(&$a.$idx, &$b.$idx) {
            Equal => lexical_cmp!($a, $b; $($rest)+),
            ordering => ordering,
        }
    };
}

tuple_impls!((0 A));
tuple_impls!((0 A) (1 B));
tuple_impls!((0 A) (1 B) (2 C));
tuple_impls!((0 A) (1 B) (2 C) (3 D));
tuple_impls!((0 A) (1 B) (2 C) (3 D) (4 E));
tuple_impls!((0 A) (1 B) (2 C) (3 D) (4 E) (5 F));
tuple_impls!((0 A) (1 B) (2 C) (3 D) (4 E) (5 F) (6 G));
tuple_impls!((0 A) (1 B) (2 C) (3 D) (4 E) (5 F) (6 G) (7 H));
tuple_impls!((0 A) (1 B) (2 C) (3 D) (4 E) (5 F) (6 G) (7 H) (8 I));
tuple_impls!((0 A) (1 B) (2 C) (3 D) (4 E) (5 F) (6 G) (7 H) (8 I) (9 J));
tuple_impls!((0 A) (1 B) (2 C) (3 D) (4 E) (5 F) (6 G) (7 H) (8 I) (9 J) (10 K));
tuple_impls!((0 A) (1 B) (2 C) (3 D) (4 E) (5 F) (6 G) (7 H) (8 I) (9 J) (10 K) (11 L));
