//! Unicode character properties (library/core/src/unicode/unicode_data.rs in real core:
//! generated tables). Their data belongs to the backend: each is an intrinsic answering for
//! one `char` according to Unicode 17.0 (the version rustc 1.95's core uses).

/// The version of Unicode that `char` and `str` methods are based on.
pub(crate) const UNICODE_VERSION: (u8, u8, u8) = (17, 0, 0);

/// `Alphabetic` derived property.
#[ferric::intrinsic]
pub(crate) fn alphabetic(c: char) -> bool;

/// `Lowercase` derived property.
#[ferric::intrinsic]
pub(crate) fn lowercase(c: char) -> bool;

/// `Uppercase` derived property.
#[ferric::intrinsic]
pub(crate) fn uppercase(c: char) -> bool;

/// `White_Space` property (only asked for non-ASCII characters).
#[ferric::intrinsic]
pub(crate) fn white_space(c: char) -> bool;

/// General categories `Nd`, `Nl`, `No`.
#[ferric::intrinsic]
pub(crate) fn n(c: char) -> bool;

/// `Grapheme_Extend` property (escaped by `{:?}`).
#[ferric::intrinsic]
pub(crate) fn grapheme_extend(c: char) -> bool;

/// Whether `{:?}` prints the character as is (real core's `is_printable`: not a control,
/// format, separator other than space, unassigned or private-use character).
#[ferric::intrinsic]
pub(crate) fn is_printable(c: char) -> bool;

/// The full lowercase mapping of `c`: up to three characters, padded with `'\0'`.
#[ferric::intrinsic]
pub(crate) fn to_lower(c: char) -> [char; 3];

/// The full uppercase mapping of `c`: up to three characters, padded with `'\0'`.
#[ferric::intrinsic]
pub(crate) fn to_upper(c: char) -> [char; 3];
