//! Platform-specific string types (`std::ffi`): `OsString` and `OsStr` (Unix: arbitrary
//! bytes, usually UTF-8). The C-string types (`CStr`, `CString`) and `c_*` aliases are
//! not declared yet.

pub mod os_str;

pub use self::os_str::{OsStr, OsString};
