//! I/O errors (`std::io::Error`, `ErrorKind`, `Result`): rustc's four representations
//! (an OS error code, a bare kind, a static message, a boxed custom error) as a Rust enum,
//! with rustc's `Display` and `Debug` texts:
//! `No such file or directory (os error 2)` /
//! `Os { code: 2, kind: NotFound, message: "No such file or directory" }`,
//! `entity not found` / `Kind(NotFound)`, `oh no` / `Custom { kind: Other, error: "oh no" }`,
//! `failed to fill whole buffer` / `Error { kind: UnexpectedEof, message: "failed to fill whole buffer" }`.

use crate::boxed::Box;
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
use crate::convert::{From, Into};
use crate::error;
use crate::fmt;
use crate::hash::Hash;
use crate::io::sys;
use crate::marker::{Copy, Send, Sync};
use crate::option::Option::{self, None, Some};
use crate::result;
use crate::result::Result::{Err, Ok};

/// A specialized `Result` type for I/O operations.
pub type Result<T> = result::Result<T, Error>;

/// The type of raw OS error codes returned by `Error::raw_os_error`.
pub type RawOsError = i32;

/// The error type for I/O operations of the `Read`, `Write`, `Seek`, and associated
/// traits.
pub struct Error {
    repr: Repr,
}

enum Repr {
    Os(RawOsError),
    Simple(ErrorKind),
    SimpleMessage(&'static SimpleMessage),
    Custom(Box<Custom>),
}

#[doc(hidden)]
#[derive(Debug)]
pub struct SimpleMessage {
    pub kind: ErrorKind,
    pub message: &'static str,
}

#[derive(Debug)]
struct Custom {
    kind: ErrorKind,
    error: Box<dyn error::Error + Send + Sync>,
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Os(code) => f
                .debug_struct("Os")
                .field("code", code)
                .field("kind", &decode_error_kind(*code))
                .field("message", &sys::error_string(*code))
                .finish(),
            Repr::Custom(c) => fmt::Debug::fmt(&c, f),
            Repr::Simple(kind) => f.debug_tuple("Kind").field(kind).finish(),
            Repr::SimpleMessage(msg) => f.debug_struct("Error").field("kind", &msg.kind).field("message", &msg.message).finish(),
        }
    }
}

impl Error {
    pub(crate) const INVALID_UTF8: Self = Error::from_static_message(&SimpleMessage {
        kind: ErrorKind::InvalidData,
        message: "stream did not contain valid UTF-8",
    });

    pub(crate) const READ_EXACT_EOF: Self = Error::from_static_message(&SimpleMessage {
        kind: ErrorKind::UnexpectedEof,
        message: "failed to fill whole buffer",
    });

    pub(crate) const UNKNOWN_THREAD_COUNT: Self = Error::from_static_message(&SimpleMessage {
        kind: ErrorKind::NotFound,
        message: "the number of hardware threads is not known for the target platform",
    });

    pub(crate) const UNSUPPORTED_PLATFORM: Self = Error::from_static_message(&SimpleMessage {
        kind: ErrorKind::Unsupported,
        message: "operation not supported on this platform",
    });

    pub(crate) const WRITE_ALL_EOF: Self = Error::from_static_message(&SimpleMessage {
        kind: ErrorKind::WriteZero,
        message: "failed to write whole buffer",
    });

    pub(crate) const INVALID_FILENAME_NUL: Self = Error::from_static_message(&SimpleMessage {
        kind: ErrorKind::InvalidInput,
        message: "file name contained an unexpected NUL byte",
    });
}

impl From<crate::collections::TryReserveError> for Error {
    fn from(_: crate::collections::TryReserveError) -> Error {
        ErrorKind::OutOfMemory.into()
    }
}

/// A list specifying general categories of I/O error.
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
/*@ std/src/io/error.rs:235:0 */
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    ConnectionRefused,
    ConnectionReset,
    HostUnreachable,
    NetworkUnreachable,
    ConnectionAborted,
    NotConnected,
    AddrInUse,
    AddrNotAvailable,
    NetworkDown,
    BrokenPipe,
    AlreadyExists,
    WouldBlock,
    NotADirectory,
    IsADirectory,
    DirectoryNotEmpty,
    ReadOnlyFilesystem,
    FilesystemLoop,
    StaleNetworkFileHandle,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    StorageFull,
    NotSeekable,
    QuotaExceeded,
    FileTooLarge,
    ResourceBusy,
    ExecutableFileBusy,
    Deadlock,
    CrossesDevices,
    TooManyLinks,
    InvalidFilename,
    ArgumentListTooLong,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    InProgress,
    Other,
    #[doc(hidden)]
    Uncategorized,
}

impl ErrorKind {
    pub(crate) fn as_str(&self) -> &'static str {
        use self::ErrorKind::*;
        match *self {
            AddrInUse => "address in use",
            AddrNotAvailable => "address not available",
            AlreadyExists => "entity already exists",
            ArgumentListTooLong => "argument list too long",
            BrokenPipe => "broken pipe",
            ConnectionAborted => "connection aborted",
            ConnectionRefused => "connection refused",
            ConnectionReset => "connection reset",
            CrossesDevices => "cross-device link or rename",
            Deadlock => "deadlock",
            DirectoryNotEmpty => "directory not empty",
            ExecutableFileBusy => "executable file busy",
            FileTooLarge => "file too large",
            FilesystemLoop => "filesystem loop or indirection limit (e.g. symlink loop)",
            HostUnreachable => "host unreachable",
            InProgress => "in progress",
            Interrupted => "operation interrupted",
            InvalidData => "invalid data",
            InvalidFilename => "invalid filename",
            InvalidInput => "invalid input parameter",
            IsADirectory => "is a directory",
            NetworkDown => "network down",
            NetworkUnreachable => "network unreachable",
            NotADirectory => "not a directory",
            NotConnected => "not connected",
            NotFound => "entity not found",
            NotSeekable => "seek on unseekable file",
            Other => "other error",
            OutOfMemory => "out of memory",
            PermissionDenied => "permission denied",
            QuotaExceeded => "quota exceeded",
            ReadOnlyFilesystem => "read-only filesystem or storage medium",
            ResourceBusy => "resource busy",
            StaleNetworkFileHandle => "stale network file handle",
            StorageFull => "no storage space",
            TimedOut => "timed out",
            TooManyLinks => "too many links",
            Uncategorized => "uncategorized error",
            UnexpectedEof => "unexpected end of file",
            Unsupported => "unsupported",
            WouldBlock => "operation would block",
            WriteZero => "write zero",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt.write_str(self.as_str())
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { repr: Repr::Simple(kind) }
    }
}

impl Error {
    pub fn new<E>(kind: ErrorKind, error: E) -> Error
    where
        E: Into<Box<dyn error::Error + Send + Sync>>,
    {
        Self::_new(kind, error.into())
    }

    pub fn other<E>(error: E) -> Error
    where
        E: Into<Box<dyn error::Error + Send + Sync>>,
    {
        Self::_new(ErrorKind::Other, error.into())
    }

    fn _new(kind: ErrorKind, error: Box<dyn error::Error + Send + Sync>) -> Error {
        Error { repr: Repr::Custom(Box::new(Custom { kind, error })) }
    }

    #[doc(hidden)]
    pub const fn from_static_message(msg: &'static SimpleMessage) -> Error {
        Self { repr: Repr::SimpleMessage(msg) }
    }

    pub fn last_os_error() -> Error {
        Error::from_raw_os_error(sys::errno())
    }

    pub fn from_raw_os_error(code: RawOsError) -> Error {
        Error { repr: Repr::Os(code) }
    }

    pub fn raw_os_error(&self) -> Option<RawOsError> {
        match self.repr {
            Repr::Os(i) => Some(i),
            _ => None,
        }
    }

    pub fn get_ref(&self) -> Option<&(dyn error::Error + Send + Sync + 'static)> {
        match &self.repr {
            Repr::Custom(c) => Some(&*c.error),
            _ => None,
        }
    }

    pub fn get_mut(&mut self) -> Option<&mut (dyn error::Error + Send + Sync + 'static)> {
        match &mut self.repr {
            Repr::Custom(c) => Some(&mut *c.error),
            _ => None,
        }
    }

    pub fn into_inner(self) -> Option<Box<dyn error::Error + Send + Sync>> {
        match self.repr {
            Repr::Custom(c) => Some(c.error),
            _ => None,
        }
    }

    pub fn downcast<E>(self) -> result::Result<E, Self>
    where
        E: error::Error + Send + Sync + 'static,
    {
        match self.repr {
            Repr::Custom(c) if c.error.is::<E>() => match c.error.downcast::<E>() {
                Ok(err) => Ok(*err),
                Err(_) => unreachable!(),
            },
            repr => Err(Error { repr }),
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match &self.repr {
            Repr::Os(code) => decode_error_kind(*code),
            Repr::Custom(c) => c.kind,
            Repr::Simple(kind) => *kind,
            Repr::SimpleMessage(m) => m.kind,
        }
    }

    pub(crate) fn is_interrupted(&self) -> bool {
        self.kind() == ErrorKind::Interrupted
    }
}

impl fmt::Display for Error {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Os(code) => {
                let detail = sys::error_string(*code);
                write!(fmt, "{detail} (os error {code})")
            }
            Repr::Custom(c) => c.error.fmt(fmt),
            Repr::Simple(kind) => write!(fmt, "{}", kind.as_str()),
            Repr::SimpleMessage(msg) => msg.message.fmt(fmt),
        }
    }
}

impl error::Error for Error {
    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn error::Error> {
        match &self.repr {
            Repr::Custom(c) => c.error.cause(),
            _ => None,
        }
    }

    fn source(&self) -> Option<&(dyn error::Error + 'static)> {
        match &self.repr {
            Repr::Custom(c) => c.error.source(),
            _ => None,
        }
    }
}

/// The `ErrorKind` of a Linux `errno` value (rustc's `sys::io::decode_error_kind`).
pub(crate) fn decode_error_kind(errno: i32) -> ErrorKind {
    use self::ErrorKind::*;
    match errno {
        7 => ArgumentListTooLong,     // E2BIG
        98 => AddrInUse,              // EADDRINUSE
        99 => AddrNotAvailable,       // EADDRNOTAVAIL
        16 => ResourceBusy,           // EBUSY
        103 => ConnectionAborted,     // ECONNABORTED
        111 => ConnectionRefused,     // ECONNREFUSED
        104 => ConnectionReset,       // ECONNRESET
        35 => Deadlock,               // EDEADLK
        122 => QuotaExceeded,         // EDQUOT
        17 => AlreadyExists,          // EEXIST
        27 => FileTooLarge,           // EFBIG
        113 => HostUnreachable,       // EHOSTUNREACH
        4 => Interrupted,             // EINTR
        22 => InvalidInput,           // EINVAL
        21 => IsADirectory,           // EISDIR
        40 => FilesystemLoop,         // ELOOP
        2 => NotFound,                // ENOENT
        12 => OutOfMemory,            // ENOMEM
        28 => StorageFull,            // ENOSPC
        38 => Unsupported,            // ENOSYS
        31 => TooManyLinks,           // EMLINK
        36 => InvalidFilename,        // ENAMETOOLONG
        100 => NetworkDown,           // ENETDOWN
        101 => NetworkUnreachable,    // ENETUNREACH
        107 => NotConnected,          // ENOTCONN
        20 => NotADirectory,          // ENOTDIR
        39 => DirectoryNotEmpty,      // ENOTEMPTY
        32 => BrokenPipe,             // EPIPE
        30 => ReadOnlyFilesystem,     // EROFS
        29 => NotSeekable,            // ESPIPE
        116 => StaleNetworkFileHandle, // ESTALE
        110 => TimedOut,              // ETIMEDOUT
        26 => ExecutableFileBusy,     // ETXTBSY
        18 => CrossesDevices,         // EXDEV
        115 => InProgress,            // EINPROGRESS
        95 => Unsupported,            // EOPNOTSUPP
        13 | 1 => PermissionDenied,   // EACCES, EPERM
        11 => WouldBlock,             // EAGAIN, EWOULDBLOCK
        _ => Uncategorized,
    }
}

fn _assert_error_is_sync_send() {
    fn _is_sync_send<T: Sync + Send>() {}
    _is_sync_send::<Error>();
}
