//! Inspection and manipulation of the process's environment (`std::env`): arguments,
//! environment variables, the current directory, `consts` (x86_64 Linux), in Rust over
//! the intrinsics of `io::sys`.

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::convert::{AsRef, From};
use crate::error::Error;
use crate::ffi::{OsStr, OsString};
use crate::fmt;
use crate::io;
use crate::io::sys;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::path::{Path, PathBuf};
use crate::result::Result::{self, Err, Ok};
use crate::string::String;
use crate::vec::{self, Vec};

fn cvt<T>(r: Result<T, i32>) -> io::Result<T> {
    r.map_err(io::Error::from_raw_os_error)
}

fn os_string(bytes: Vec<u8>) -> OsString {
    unsafe { OsString::from_encoded_bytes_unchecked(bytes) }
}

pub fn current_dir() -> io::Result<PathBuf> {
    cvt(sys::getcwd()).map(|b| PathBuf::from(os_string(b)))
}

pub fn set_current_dir<P: AsRef<Path>>(path: P) -> io::Result<()> {
    let bytes = path.as_ref().as_os_str().as_encoded_bytes();
    if bytes.contains(&0) {
        return Err(io::Error::INVALID_FILENAME_NUL);
    }
    cvt(sys::chdir(bytes))
}

/// An iterator over a snapshot of the environment variables of this process (`vars`).
pub struct Vars {
    inner: VarsOs,
}

/// An iterator over a snapshot of the environment variables of this process
/// (`vars_os`).
pub struct VarsOs {
    inner: vec::IntoIter<(OsString, OsString)>,
}

pub fn vars() -> Vars {
    Vars { inner: vars_os() }
}

pub fn vars_os() -> VarsOs {
    let pairs: Vec<(OsString, OsString)> = sys::environ().into_iter().map(|(k, v)| (os_string(k), os_string(v))).collect();
    VarsOs { inner: pairs.into_iter() }
}

impl Iterator for Vars {
    type Item = (String, String);

    fn next(&mut self) -> Option<(String, String)> {
        self.inner.next().map(|(a, b)| (a.into_string().unwrap(), b.into_string().unwrap()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl fmt::Debug for Vars {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self { inner: VarsOs { inner } } = self;
        f.debug_struct("Vars").field("inner", &inner.as_slice()).finish()
    }
}

impl Iterator for VarsOs {
    type Item = (OsString, OsString);

    fn next(&mut self) -> Option<(OsString, OsString)> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl fmt::Debug for VarsOs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self { inner } = self;
        f.debug_struct("VarsOs").field("inner", &inner.as_slice()).finish()
    }
}

pub fn var<K: AsRef<OsStr>>(key: K) -> Result<String, VarError> {
    _var(key.as_ref())
}

fn _var(key: &OsStr) -> Result<String, VarError> {
    match var_os(key) {
        Some(s) => s.into_string().map_err(VarError::NotUnicode),
        None => Err(VarError::NotPresent),
    }
}

pub fn var_os<K: AsRef<OsStr>>(key: K) -> Option<OsString> {
    _var_os(key.as_ref())
}

fn _var_os(key: &OsStr) -> Option<OsString> {
    let bytes = key.as_encoded_bytes();
    if bytes.contains(&0) {
        return None;
    }
    sys::getenv(bytes).map(os_string)
}

/// The error type for operations interacting with environment variables (`var`).
#[derive(Debug, PartialEq, Eq, Clone)]
pub enum VarError {
    /// The specified environment variable was not present in the current process's
    /// environment.
    NotPresent,
    /// The specified environment variable was found, but it did not contain valid
    /// unicode data.
    NotUnicode(OsString),
}

impl fmt::Display for VarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            VarError::NotPresent => write!(f, "environment variable not found"),
            VarError::NotUnicode(ref s) => {
                write!(f, "environment variable was not valid unicode: {:?}", s)
            }
        }
    }
}

impl Error for VarError {
    #[allow(deprecated)]
    fn description(&self) -> &str {
        match *self {
            VarError::NotPresent => "environment variable not found",
            VarError::NotUnicode(..) => "environment variable was not valid unicode",
        }
    }
}

#[rustc_deprecated_safe_2024(audit_that = "the environment access only happens in single-threaded code")]
pub unsafe fn set_var<K: AsRef<OsStr>, V: AsRef<OsStr>>(key: K, value: V) {
    let (key, value) = (key.as_ref(), value.as_ref());
    let k = key.as_encoded_bytes();
    let v = value.as_encoded_bytes();
    let r = if k.is_empty() || k.contains(&b'=') || k.contains(&0) || v.contains(&0) {
        Err(io::Error::from_raw_os_error(22))
    } else {
        cvt(unsafe { sys::setenv(k, v) })
    };
    if let Err(e) = r {
        panic!("failed to set environment variable `{key:?}` to `{value:?}`: {e}");
    }
}

#[rustc_deprecated_safe_2024(audit_that = "the environment access only happens in single-threaded code")]
pub unsafe fn remove_var<K: AsRef<OsStr>>(key: K) {
    let key = key.as_ref();
    let k = key.as_encoded_bytes();
    let r = if k.is_empty() || k.contains(&b'=') || k.contains(&0) {
        Err(io::Error::from_raw_os_error(22))
    } else {
        cvt(unsafe { sys::unsetenv(k) })
    };
    if let Err(e) = r {
        panic!("failed to remove environment variable `{key:?}`: {e}");
    }
}

/// An iterator that splits an environment variable into paths according to
/// platform-specific conventions (`split_paths`).
pub struct SplitPaths<'a> {
    inner: crate::slice::Split<'a, u8, fn(&u8) -> bool>,
}

pub fn split_paths<T: AsRef<OsStr> + ?Sized>(unparsed: &T) -> SplitPaths<'_> {
    fn is_separator(b: &u8) -> bool {
        *b == b':'
    }
    let f: fn(&u8) -> bool = is_separator;
    SplitPaths { inner: unparsed.as_ref().as_encoded_bytes().split(f) }
}

use crate::marker::Sized;

impl<'a> Iterator for SplitPaths<'a> {
    type Item = PathBuf;

    fn next(&mut self) -> Option<PathBuf> {
        self.inner.next().map(|bytes| PathBuf::from(os_string(Vec::from(bytes))))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl fmt::Debug for SplitPaths<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SplitPaths").finish_non_exhaustive()
    }
}

/// The error type for operations on the `PATH` variable (`join_paths`).
#[derive(Debug)]
pub struct JoinPathsError;

pub fn join_paths<I, T>(paths: I) -> Result<OsString, JoinPathsError>
where
    I: IntoIterator<Item = T>,
    T: AsRef<OsStr>,
{
    let mut joined = Vec::new();
    for (i, path) in paths.into_iter().enumerate() {
        let path = path.as_ref().as_encoded_bytes();
        if i > 0 {
            joined.push(b':')
        }
        if path.contains(&b':') {
            return Err(JoinPathsError);
        }
        joined.extend_from_slice(path);
    }
    Ok(os_string(joined))
}

impl fmt::Display for JoinPathsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "path segment contains separator `:`")
    }
}

impl Error for JoinPathsError {
    #[allow(deprecated)]
    fn description(&self) -> &str {
        "failed to join paths"
    }
}

pub fn home_dir() -> Option<PathBuf> {
    var_os("HOME").map(PathBuf::from)
}

pub fn temp_dir() -> PathBuf {
    var_os("TMPDIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/tmp"))
}

pub fn current_exe() -> io::Result<PathBuf> {
    cvt(sys::current_exe()).map(|b| PathBuf::from(os_string(b)))
}

/// An iterator over the arguments of a process, yielding a `String` value for each
/// argument (`args`).
pub struct Args {
    inner: ArgsOs,
}

/// An iterator over the arguments of a process, yielding an `OsString` value for each
/// argument (`args_os`).
pub struct ArgsOs {
    inner: vec::IntoIter<OsString>,
}

pub fn args() -> Args {
    Args { inner: args_os() }
}

pub fn args_os() -> ArgsOs {
    let args: Vec<OsString> = sys::args().into_iter().map(os_string).collect();
    ArgsOs { inner: args.into_iter() }
}

impl !crate::marker::Send for Args {}

impl !crate::marker::Sync for Args {}

impl Iterator for Args {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        self.inner.next().map(|s| s.into_string().unwrap())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Args {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String> {
        self.inner.next_back().map(|s| s.into_string().unwrap())
    }
}

impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self { inner: ArgsOs { inner } } = self;
        f.debug_struct("Args").field("inner", &inner.as_slice()).finish()
    }
}

impl !crate::marker::Send for ArgsOs {}

impl !crate::marker::Sync for ArgsOs {}

impl Iterator for ArgsOs {
    type Item = OsString;

    fn next(&mut self) -> Option<OsString> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for ArgsOs {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl DoubleEndedIterator for ArgsOs {
    fn next_back(&mut self) -> Option<OsString> {
        self.inner.next_back()
    }
}

impl fmt::Debug for ArgsOs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self { inner } = self;
        f.debug_struct("ArgsOs").field("inner", &inner.as_slice()).finish()
    }
}

/// Constants associated with the current target (x86_64 Linux).
pub mod consts {
    pub const ARCH: &str = "x86_64";
    pub const FAMILY: &str = "unix";
    pub const OS: &str = "linux";
    pub const DLL_PREFIX: &str = "lib";
    pub const DLL_SUFFIX: &str = ".so";
    pub const DLL_EXTENSION: &str = "so";
    pub const EXE_SUFFIX: &str = "";
    pub const EXE_EXTENSION: &str = "";
}
