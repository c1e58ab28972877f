//! The string Pattern API (library/core/src/str/pattern.rs).
//!
//! `Pattern` is implemented for `char`, `&str`, `&&str`, `[char; N]`,
//! `&[char; N]`, `&[char]` and `F: FnMut(char) -> bool` (`&String` is in `string`). ferric's searchers are simpler
//! than real core's (no Two-Way algorithm): the `char`-like patterns walk the haystack one
//! `char` at a time, `&str` patterns compare bytes at each position. The matches they find
//! are the same.

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::fmt;
use crate::iter::{DoubleEndedIterator, Iterator};
use crate::marker::{Copy, Sized};
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};

use super::CharIndices;

// Pattern

/// A string pattern.
#[unstable(feature = "pattern")]
pub trait Pattern: Sized {
    /// Associated searcher for this pattern
    type Searcher<'a>: Searcher<'a>;

    /// Constructs the associated searcher from `self` and the `haystack` to search in.
    fn into_searcher(self, haystack: &str) -> Self::Searcher<'_>;

    /// Checks whether the pattern matches anywhere in the haystack
    #[inline]
    fn is_contained_in(self, haystack: &str) -> bool {
        self.into_searcher(haystack).next_match().is_some()
    }

    /// Checks whether the pattern matches at the front of the haystack
    #[inline]
    fn is_prefix_of(self, haystack: &str) -> bool {
        matches!(self.into_searcher(haystack).next(), SearchStep::Match(0, _))
    }

    /// Checks whether the pattern matches at the back of the haystack
    #[inline]
    fn is_suffix_of<'a>(self, haystack: &'a str) -> bool
    where
        Self::Searcher<'a>: ReverseSearcher<'a>,
    {
        matches!(self.into_searcher(haystack).next_back(), SearchStep::Match(_, j) if haystack.len() == j)
    }

    /// Removes the pattern from the front of haystack, if it matches.
    #[inline]
    fn strip_prefix_of(self, haystack: &str) -> Option<&str> {
        if let SearchStep::Match(start, len) = self.into_searcher(haystack).next() {
            debug_assert_eq!(
                start, 0,
                "The first search step from Searcher \
                 must include the first character"
            );
            // SAFETY: `Searcher` is known to return valid indices.
            unsafe { Some(haystack.get_unchecked(len..)) }
        } else {
            None
        }
    }

    /// Removes the pattern from the back of haystack, if it matches.
    #[inline]
    fn strip_suffix_of<'a>(self, haystack: &'a str) -> Option<&'a str>
    where
        Self::Searcher<'a>: ReverseSearcher<'a>,
    {
        if let SearchStep::Match(start, end) = self.into_searcher(haystack).next_back() {
            debug_assert_eq!(
                end,
                haystack.len(),
                "The first search step from ReverseSearcher \
                 must include the last character"
            );
            // SAFETY: `Searcher` is known to return valid indices.
            unsafe { Some(haystack.get_unchecked(..start)) }
        } else {
            None
        }
    }
}

// Searcher

/// Result of calling `Searcher::next()` or `ReverseSearcher::next_back()`.
#[derive(Copy, Clone, Eq, PartialEq, Debug)]
pub enum SearchStep {
    /// Expresses that a match of the pattern has been found at `haystack[a..b]`.
    Match(usize, usize),
    /// Expresses that `haystack[a..b]` has been rejected as a possible match of the
    /// pattern.
    Reject(usize, usize),
    /// Expresses that every byte of the haystack has been visited, ending the iteration.
    Done,
}

/// A searcher for a string pattern.
#[unstable(feature = "searcher")]
pub unsafe trait Searcher<'a> {
    /// Getter for the underlying string to be searched in
    fn haystack(&self) -> &'a str;

    /// Performs the next search step starting from the front.
    fn next(&mut self) -> SearchStep;

    /// Finds the next `Match` result.
    #[inline]
    fn next_match(&mut self) -> Option<(usize, usize)> {
        loop {
            match self.next() {
                SearchStep::Match(a, b) => return Some((a, b)),
                SearchStep::Done => return None,
                _ => continue,
            }
        }
    }

    /// Finds the next `Reject` result.
    #[inline]
    fn next_reject(&mut self) -> Option<(usize, usize)> {
        loop {
            match self.next() {
                SearchStep::Reject(a, b) => return Some((a, b)),
                SearchStep::Done => return None,
                _ => continue,
            }
        }
    }
}

/// A reverse searcher for a string pattern.
#[unstable(feature = "reversesearcher")]
pub unsafe trait ReverseSearcher<'a>: Searcher<'a> {
    /// Performs the next search step starting from the back.
    fn next_back(&mut self) -> SearchStep;

    /// Finds the next `Match` result from the back.
    #[inline]
    fn next_match_back(&mut self) -> Option<(usize, usize)> {
        loop {
            match self.next_back() {
                SearchStep::Match(a, b) => return Some((a, b)),
                SearchStep::Done => return None,
                _ => continue,
            }
        }
    }

    /// Finds the next `Reject` result from the back.
    #[inline]
    fn next_reject_back(&mut self) -> Option<(usize, usize)> {
        loop {
            match self.next_back() {
                SearchStep::Reject(a, b) => return Some((a, b)),
                SearchStep::Done => return None,
                _ => continue,
            }
        }
    }
}

/// A marker trait to express that a `ReverseSearcher` can be used for a
/// `DoubleEndedIterator` implementation.
#[unstable(feature = "doubleendedsearcher")]
pub trait DoubleEndedSearcher<'a>: ReverseSearcher<'a> {}

// ---------------------------------------------------------------------------------------
// Patterns matching one `char` at a time
// ---------------------------------------------------------------------------------------

#[doc(hidden)]
#[unstable(feature = "multichareq")]
pub trait MultiCharEq {
    fn matches(&mut self, c: char) -> bool;
}

impl MultiCharEq for char {
    #[inline]
    fn matches(&mut self, c: char) -> bool {
        *self == c
    }
}

impl<F> MultiCharEq for F
where
    F: FnMut(char) -> bool,
{
    #[inline]
    fn matches(&mut self, c: char) -> bool {
        (*self)(c)
    }
}

impl<const N: usize> MultiCharEq for [char; N] {
    #[inline]
    fn matches(&mut self, c: char) -> bool {
        self.iter().any(|&m| m == c)
    }
}

impl<const N: usize> MultiCharEq for &[char; N] {
    #[inline]
    fn matches(&mut self, c: char) -> bool {
        self.iter().any(|&m| m == c)
    }
}

impl MultiCharEq for &[char] {
    #[inline]
    fn matches(&mut self, c: char) -> bool {
        self.iter().any(|&m| m == c)
    }
}

#[derive(Clone, Debug)]
struct MultiCharEqSearcher<'a, C: MultiCharEq> {
    char_eq: C,
    haystack: &'a str,
    char_indices: CharIndices<'a>,
}

impl<'a, C: MultiCharEq> MultiCharEqSearcher<'a, C> {
    fn new(char_eq: C, haystack: &'a str) -> Self {
        MultiCharEqSearcher { char_eq, haystack, char_indices: haystack.char_indices() }
    }

    #[inline]
    fn next(&mut self) -> SearchStep {
        let s = &mut self.char_indices;
        // Compare lengths of the internal byte slice iterator
        // to find length of current char
        let pre_len = s.remaining_len();
        if let Some((i, c)) = s.next() {
            let len = s.remaining_len();
            let char_len = pre_len - len;
            if self.char_eq.matches(c) {
                return SearchStep::Match(i, i + char_len);
            } else {
                return SearchStep::Reject(i, i + char_len);
            }
        }
        SearchStep::Done
    }

    #[inline]
    fn next_back(&mut self) -> SearchStep {
        let s = &mut self.char_indices;
        // Compare lengths of the internal byte slice iterator
        // to find length of current char
        let pre_len = s.remaining_len();
        if let Some((i, c)) = s.next_back() {
            let len = s.remaining_len();
            let char_len = pre_len - len;
            if self.char_eq.matches(c) {
                return SearchStep::Match(i, i + char_len);
            } else {
                return SearchStep::Reject(i, i + char_len);
            }
        }
        SearchStep::Done
    }
}

macro_rules! char_like_searcher {
    (
        $(#[$attr:meta])*
        $Searcher:ident [$($gen:tt)*] [$($arg:tt)*] ($Eq:ty)
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug)]
        pub struct $Searcher<'a, $($gen)*>(MultiCharEqSearcher<'a, $Eq>);

        unsafe impl<'a, $($gen)*> Searcher<'a> for $Searcher<'a, $($arg)*> {
            #[inline]
            fn haystack(&self) -> &'a str {
                self.0.haystack
            }

            #[inline]
            fn next(&mut self) -> SearchStep {
                self.0.next()
            }
        }

        unsafe impl<'a, $($gen)*> ReverseSearcher<'a> for $Searcher<'a, $($arg)*> {
            #[inline]
            fn next_back(&mut self) -> SearchStep {
                self.0.next_back()
            }
        }

        impl<'a, $($gen)*> DoubleEndedSearcher<'a> for $Searcher<'a, $($arg)*> {}
    };
}

/// Associated type for `<char as Pattern>::Searcher<'a>`.
#[derive(Clone, Debug)]
pub struct CharSearcher<'a>(MultiCharEqSearcher<'a, char>);

/// The first `c` in `haystack[from..to]`: its byte range (the backend searches the bytes
/// for the char's UTF-8 encoding).
#[ferric::intrinsic]
fn find_char(haystack: &str, c: char, from: usize, to: usize) -> Option<(usize, usize)>;

/// The last `c` in `haystack[from..to]`, as `find_char`.
#[ferric::intrinsic]
fn rfind_char(haystack: &str, c: char, from: usize, to: usize) -> Option<(usize, usize)>;

unsafe impl<'a> Searcher<'a> for CharSearcher<'a> {
    #[inline]
    fn haystack(&self) -> &'a str {
        self.0.haystack
    }

    #[inline]
    fn next(&mut self) -> SearchStep {
        self.0.next()
    }

    /// The `Reject` steps up to the next match, taken at once.
    fn next_match(&mut self) -> Option<(usize, usize)> {
        let s = &mut self.0;
        let front = s.char_indices.offset();
        let back = front + s.char_indices.remaining_len();
        let found = find_char(s.haystack, s.char_eq, front, back);
        match found {
            Some((_, end)) => s.char_indices.skip_to(end),
            None => s.char_indices.skip_to(back),
        }
        found
    }
}

unsafe impl<'a> ReverseSearcher<'a> for CharSearcher<'a> {
    #[inline]
    fn next_back(&mut self) -> SearchStep {
        self.0.next_back()
    }

    /// The `Reject` steps back to the previous match, taken at once.
    fn next_match_back(&mut self) -> Option<(usize, usize)> {
        let s = &mut self.0;
        let front = s.char_indices.offset();
        let back = front + s.char_indices.remaining_len();
        let found = rfind_char(s.haystack, s.char_eq, front, back);
        match found {
            Some((start, _)) => s.char_indices.skip_back_to(start),
            None => s.char_indices.skip_back_to(front),
        }
        found
    }
}

impl<'a> DoubleEndedSearcher<'a> for CharSearcher<'a> {}

char_like_searcher! {
    /// Associated type for `<[char; N] as Pattern>::Searcher<'a>`.
    CharArraySearcher [const N: usize] [N] ([char; N])
}

char_like_searcher! {
    /// Associated type for `<&[char; N] as Pattern>::Searcher<'a>`.
    CharArrayRefSearcher ['b, const N: usize] ['b, N] (&'b [char; N])
}

char_like_searcher! {
    /// Associated type for `<&[char] as Pattern>::Searcher<'a>`.
    CharSliceSearcher ['b] ['b] (&'b [char])
}

/// Associated type for `<F as Pattern>::Searcher<'a>`.
#[derive(Clone)]
pub struct CharPredicateSearcher<'a, F>(MultiCharEqSearcher<'a, F>)
where
    F: FnMut(char) -> bool;

impl<F> fmt::Debug for CharPredicateSearcher<'_, F>
where
    F: FnMut(char) -> bool,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CharPredicateSearcher")
            .field("haystack", &self.0.haystack)
            .field("char_indices", &self.0.char_indices)
            .finish()
    }
}

impl<'a, F> CharPredicateSearcher<'a, F>
where
    F: FnMut(char) -> bool,
{
    /// Moves the front to byte `pos` (`CharIndices::skip_to`).
    #[inline]
    pub(crate) fn skip_to(&mut self, pos: usize) {
        self.0.char_indices.skip_to(pos)
    }

    /// Moves the back to byte `pos` (`CharIndices::skip_back_to`).
    #[inline]
    pub(crate) fn skip_back_to(&mut self, pos: usize) {
        self.0.char_indices.skip_back_to(pos)
    }
}

unsafe impl<'a, F> Searcher<'a> for CharPredicateSearcher<'a, F>
where
    F: FnMut(char) -> bool,
{
    #[inline]
    fn haystack(&self) -> &'a str {
        self.0.haystack
    }

    #[inline]
    fn next(&mut self) -> SearchStep {
        self.0.next()
    }
}

unsafe impl<'a, F> ReverseSearcher<'a> for CharPredicateSearcher<'a, F>
where
    F: FnMut(char) -> bool,
{
    #[inline]
    fn next_back(&mut self) -> SearchStep {
        self.0.next_back()
    }
}

impl<'a, F> DoubleEndedSearcher<'a> for CharPredicateSearcher<'a, F> where F: FnMut(char) -> bool {}

impl Pattern for char {
    type Searcher<'a> = CharSearcher<'a>;

    #[inline]
    fn into_searcher(self, haystack: &str) -> Self::Searcher<'_> {
        CharSearcher(MultiCharEqSearcher::new(self, haystack))
    }

    #[inline]
    fn is_contained_in(self, haystack: &str) -> bool {
        haystack.chars().any(|c| c == self)
    }

    #[inline]
    fn is_prefix_of(self, haystack: &str) -> bool {
        match haystack.chars().next() {
            Some(c) => c == self,
            None => false,
        }
    }

    #[inline]
    fn is_suffix_of<'a>(self, haystack: &'a str) -> bool
    where
        Self::Searcher<'a>: ReverseSearcher<'a>,
    {
        match haystack.chars().next_back() {
            Some(c) => c == self,
            None => false,
        }
    }
}

impl<const N: usize> Pattern for [char; N] {
    type Searcher<'a> = CharArraySearcher<'a, N>;

    fn into_searcher(self, haystack: &str) -> CharArraySearcher<'_, N> {
        CharArraySearcher(MultiCharEqSearcher::new(self, haystack))
    }
}

impl<'b, const N: usize> Pattern for &'b [char; N] {
    type Searcher<'a> = CharArrayRefSearcher<'a, 'b, N>;

    fn into_searcher(self, haystack: &str) -> CharArrayRefSearcher<'_, 'b, N> {
        CharArrayRefSearcher(MultiCharEqSearcher::new(self, haystack))
    }
}

impl<'b> Pattern for &'b [char] {
    type Searcher<'a> = CharSliceSearcher<'a, 'b>;

    fn into_searcher(self, haystack: &str) -> CharSliceSearcher<'_, 'b> {
        CharSliceSearcher(MultiCharEqSearcher::new(self, haystack))
    }
}

impl<F> Pattern for F
where
    F: FnMut(char) -> bool,
{
    type Searcher<'a> = CharPredicateSearcher<'a, F>;

    fn into_searcher(self, haystack: &str) -> CharPredicateSearcher<'_, F> {
        CharPredicateSearcher(MultiCharEqSearcher::new(self, haystack))
    }
}

// ---------------------------------------------------------------------------------------
// &str patterns
// ---------------------------------------------------------------------------------------

/// Delegates to the `&str` impl.
impl<'b, 'c> Pattern for &'c &'b str {
    type Searcher<'a> = StrSearcher<'a, 'b>;

    #[inline]
    fn into_searcher(self, haystack: &str) -> StrSearcher<'_, 'b> {
        StrSearcher::new(haystack, *self)
    }
}

/// Non-allocating substring search.
///
/// Will handle the pattern `""` as returning empty matches at each character boundary.
impl<'b> Pattern for &'b str {
    type Searcher<'a> = StrSearcher<'a, 'b>;

    /// Constructs the associated searcher from `self` and the `haystack` to search in.
    #[inline]
    fn into_searcher(self, haystack: &str) -> StrSearcher<'_, 'b> {
        StrSearcher::new(haystack, self)
    }

    /// Checks whether the pattern matches at the front of the haystack.
    #[inline]
    fn is_prefix_of(self, haystack: &str) -> bool {
        haystack.as_bytes().starts_with(self.as_bytes())
    }

    /// Checks whether the pattern matches anywhere in the haystack
    #[inline]
    fn is_contained_in(self, haystack: &str) -> bool {
        find_bytes(haystack.as_bytes(), self.as_bytes(), 0, haystack.len()).is_some()
    }

    /// Removes the pattern from the front of haystack, if it matches.
    #[inline]
    fn strip_prefix_of(self, haystack: &str) -> Option<&str> {
        if self.is_prefix_of(haystack) {
            // SAFETY: prefix was just verified to exist.
            unsafe { Some(haystack.get_unchecked(self.as_bytes().len()..)) }
        } else {
            None
        }
    }

    /// Checks whether the pattern matches at the back of the haystack.
    #[inline]
    fn is_suffix_of<'a>(self, haystack: &'a str) -> bool
    where
        Self::Searcher<'a>: ReverseSearcher<'a>,
    {
        haystack.as_bytes().ends_with(self.as_bytes())
    }

    /// Removes the pattern from the back of haystack, if it matches.
    #[inline]
    fn strip_suffix_of<'a>(self, haystack: &'a str) -> Option<&'a str>
    where
        Self::Searcher<'a>: ReverseSearcher<'a>,
    {
        if self.is_suffix_of(haystack) {
            let i = haystack.len() - self.as_bytes().len();
            // SAFETY: suffix was just verified to exist.
            unsafe { Some(haystack.get_unchecked(..i)) }
        } else {
            None
        }
    }
}

/// The first position `i` in `hay[from..to]` where `needle` starts (`from` when `needle`
/// is empty); the backend searches the bytes at once.
#[ferric::intrinsic]
fn find_bytes(hay: &[u8], needle: &[u8], from: usize, to: usize) -> Option<usize>;

/// The last position `i` in `hay[from..to]` where `needle` starts (`needle` non-empty).
#[ferric::intrinsic]
fn rfind_bytes(hay: &[u8], needle: &[u8], from: usize, to: usize) -> Option<usize>;

/// Associated type for `<&str as Pattern>::Searcher<'a>`.
#[derive(Clone, Debug)]
pub struct StrSearcher<'a, 'b> {
    haystack: &'a str,
    needle: &'b str,
    /// The unsearched part of the haystack is `haystack[position..end]`.
    position: usize,
    end: usize,
    // The state of the empty-needle search (matches at every char boundary).
    is_match_fw: bool,
    is_match_bw: bool,
    is_finished: bool,
}

impl<'a, 'b> StrSearcher<'a, 'b> {
    fn new(haystack: &'a str, needle: &'b str) -> StrSearcher<'a, 'b> {
        StrSearcher {
            haystack,
            needle,
            position: 0,
            end: haystack.len(),
            is_match_fw: true,
            is_match_bw: true,
            is_finished: false,
        }
    }

    /// The length of the char starting at byte `i` of the haystack.
    fn char_len_at(&self, i: usize) -> usize {
        match self.haystack[i..].chars().next() {
            Some(c) => c.len_utf8(),
            None => 0,
        }
    }

    /// The length of the char ending at byte `i` of the haystack.
    fn char_len_before(&self, i: usize) -> usize {
        match self.haystack[..i].chars().next_back() {
            Some(c) => c.len_utf8(),
            None => 0,
        }
    }
}

unsafe impl<'a, 'b> Searcher<'a> for StrSearcher<'a, 'b> {
    #[inline]
    fn haystack(&self) -> &'a str {
        self.haystack
    }

    #[inline]
    fn next(&mut self) -> SearchStep {
        if self.needle.is_empty() {
            if self.is_finished {
                return SearchStep::Done;
            }
            let is_match = self.is_match_fw;
            self.is_match_fw = !self.is_match_fw;
            let pos = self.position;
            if is_match {
                return SearchStep::Match(pos, pos);
            }
            if pos >= self.end {
                self.is_finished = true;
                return SearchStep::Done;
            }
            self.position += self.char_len_at(pos);
            return SearchStep::Reject(pos, self.position);
        }

        if self.position >= self.end {
            return SearchStep::Done;
        }
        let pos = self.position;
        let n = self.needle.len();
        if pos + n <= self.end && &self.haystack.as_bytes()[pos..pos + n] == self.needle.as_bytes() {
            self.position += n;
            SearchStep::Match(pos, pos + n)
        } else {
            self.position += self.char_len_at(pos);
            SearchStep::Reject(pos, self.position)
        }
    }

    #[inline]
    fn next_match(&mut self) -> Option<(usize, usize)> {
        if self.needle.is_empty() {
            loop {
                match self.next() {
                    SearchStep::Match(a, b) => return Some((a, b)),
                    SearchStep::Done => return None,
                    SearchStep::Reject(..) => {}
                }
            }
        }
        match find_bytes(self.haystack.as_bytes(), self.needle.as_bytes(), self.position, self.end) {
            Some(i) => {
                let end = i + self.needle.len();
                self.position = end;
                Some((i, end))
            }
            None => {
                self.position = self.end;
                None
            }
        }
    }
}

unsafe impl<'a, 'b> ReverseSearcher<'a> for StrSearcher<'a, 'b> {
    #[inline]
    fn next_back(&mut self) -> SearchStep {
        if self.needle.is_empty() {
            if self.is_finished {
                return SearchStep::Done;
            }
            let is_match = self.is_match_bw;
            self.is_match_bw = !self.is_match_bw;
            let end = self.end;
            if is_match {
                return SearchStep::Match(end, end);
            }
            if end <= self.position {
                self.is_finished = true;
                return SearchStep::Done;
            }
            self.end -= self.char_len_before(end);
            return SearchStep::Reject(self.end, end);
        }

        if self.end <= self.position {
            return SearchStep::Done;
        }
        let end = self.end;
        let n = self.needle.len();
        if end >= self.position + n && &self.haystack.as_bytes()[end - n..end] == self.needle.as_bytes() {
            self.end -= n;
            SearchStep::Match(end - n, end)
        } else {
            self.end -= self.char_len_before(end);
            SearchStep::Reject(self.end, end)
        }
    }

    #[inline]
    fn next_match_back(&mut self) -> Option<(usize, usize)> {
        if self.needle.is_empty() {
            loop {
                match self.next_back() {
                    SearchStep::Match(a, b) => return Some((a, b)),
                    SearchStep::Done => return None,
                    SearchStep::Reject(..) => {}
                }
            }
        }
        match rfind_bytes(self.haystack.as_bytes(), self.needle.as_bytes(), self.position, self.end) {
            Some(i) => {
                self.end = i;
                Some((i, i + self.needle.len()))
            }
            None => {
                self.end = self.position;
                None
            }
        }
    }
}

