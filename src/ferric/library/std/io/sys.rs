//! The operating-system layer of the alloc/std half (private): a small POSIX-like set of
//! intrinsics (file descriptors, paths as bytes, errno codes) used by `io`, `fs`, `env`
//! and `process`. Every fallible call returns `Err(errno)` with Linux's errno values;
//! callers turn it into `io::Error::from_raw_os_error`.

use crate::option::Option;
use crate::result::Result;
use crate::string::String;
use crate::vec::Vec;

/// The calling thread's `errno`.
#[ferric::intrinsic]
pub(crate) fn errno() -> i32;

/// `strerror_r(code)`: the OS message for an errno value ("No such file or directory").
#[ferric::intrinsic]
pub(crate) fn error_string(code: i32) -> String;

/// `read(fd, buf)`: the number of bytes read (0 at end of file).
#[ferric::intrinsic]
pub(crate) fn read(fd: i32, buf: &mut [u8]) -> Result<usize, i32>;

/// `write(fd, buf)`: the number of bytes written.
#[ferric::intrinsic]
pub(crate) fn write(fd: i32, buf: &[u8]) -> Result<usize, i32>;

/// `isatty(fd)`.
#[ferric::intrinsic]
pub(crate) fn isatty(fd: i32) -> bool;

/// `open(path, flags, mode)` with Linux `O_*` flag values; returns the new descriptor.
#[ferric::intrinsic]
pub(crate) fn open(path: &[u8], flags: i32, mode: u32) -> Result<i32, i32>;

/// `close(fd)`.
#[ferric::intrinsic]
pub(crate) fn close(fd: i32) -> Result<(), i32>;

/// `dup(fd)`.
#[ferric::intrinsic]
pub(crate) fn dup(fd: i32) -> Result<i32, i32>;

/// `fcntl(fd, F_GETFL)`: the descriptor's status flags (access mode in the low 2 bits).
#[ferric::intrinsic]
pub(crate) fn fcntl_getfl(fd: i32) -> Result<i32, i32>;

/// `lseek(fd, offset, whence)` (whence 0 SET, 1 CUR, 2 END): the new offset.
#[ferric::intrinsic]
pub(crate) fn lseek(fd: i32, offset: i64, whence: i32) -> Result<u64, i32>;

/// `fsync(fd)`, or `fdatasync(fd)` when `data_only`.
#[ferric::intrinsic]
pub(crate) fn fsync(fd: i32, data_only: bool) -> Result<(), i32>;

/// `ftruncate(fd, len)`.
#[ferric::intrinsic]
pub(crate) fn ftruncate(fd: i32, len: u64) -> Result<(), i32>;

/// What `stat` reports about a file.
#[derive(Clone, Copy)]
pub(crate) struct FileStat {
    pub(crate) dev: u64,
    pub(crate) ino: u64,
    pub(crate) mode: u32,
    pub(crate) nlink: u64,
    pub(crate) uid: u32,
    pub(crate) gid: u32,
    pub(crate) size: u64,
    pub(crate) atime: (i64, u32),
    pub(crate) mtime: (i64, u32),
    pub(crate) ctime: (i64, u32),
    pub(crate) blksize: u64,
    pub(crate) blocks: u64,
}

use crate::clone::Clone;
use crate::marker::Copy;

/// `fstat(fd)`.
#[ferric::intrinsic]
pub(crate) fn fstat(fd: i32) -> Result<FileStat, i32>;

/// `stat(path)`, or `lstat(path)` when `!follow_symlinks`.
#[ferric::intrinsic]
pub(crate) fn stat(path: &[u8], follow_symlinks: bool) -> Result<FileStat, i32>;

/// `fchmod(fd, mode)`.
#[ferric::intrinsic]
pub(crate) fn fchmod(fd: i32, mode: u32) -> Result<(), i32>;

/// `chmod(path, mode)`.
#[ferric::intrinsic]
pub(crate) fn chmod(path: &[u8], mode: u32) -> Result<(), i32>;

/// `unlink(path)`.
#[ferric::intrinsic]
pub(crate) fn unlink(path: &[u8]) -> Result<(), i32>;

/// `rmdir(path)`.
#[ferric::intrinsic]
pub(crate) fn rmdir(path: &[u8]) -> Result<(), i32>;

/// `mkdir(path, mode)`.
#[ferric::intrinsic]
pub(crate) fn mkdir(path: &[u8], mode: u32) -> Result<(), i32>;

/// `rename(from, to)`.
#[ferric::intrinsic]
pub(crate) fn rename(from: &[u8], to: &[u8]) -> Result<(), i32>;

/// `link(original, link)`.
#[ferric::intrinsic]
pub(crate) fn link(original: &[u8], link: &[u8]) -> Result<(), i32>;

/// `symlink(original, link)`.
#[ferric::intrinsic]
pub(crate) fn symlink(original: &[u8], link: &[u8]) -> Result<(), i32>;

/// `readlink(path)`.
#[ferric::intrinsic]
pub(crate) fn readlink(path: &[u8]) -> Result<Vec<u8>, i32>;

/// `realpath(path)`.
#[ferric::intrinsic]
pub(crate) fn realpath(path: &[u8]) -> Result<Vec<u8>, i32>;

/// The entries of directory `path` (without `.` and `..`), in the order `readdir`
/// gives them: `(name, d_type)` with `d_type` as Linux's `DT_*` (0 unknown, 4 dir, 8 file,
/// 10 symlink, ...).
#[ferric::intrinsic]
pub(crate) fn read_dir(path: &[u8]) -> Result<Vec<(Vec<u8>, u8)>, i32>;

/// `getcwd()`.
#[ferric::intrinsic]
pub(crate) fn getcwd() -> Result<Vec<u8>, i32>;

/// `chdir(path)`.
#[ferric::intrinsic]
pub(crate) fn chdir(path: &[u8]) -> Result<(), i32>;

/// The process's arguments (`argv`), the program name first.
#[ferric::intrinsic]
pub(crate) fn args() -> Vec<Vec<u8>>;

/// `getenv(name)`.
#[ferric::intrinsic]
pub(crate) fn getenv(name: &[u8]) -> Option<Vec<u8>>;

/// `setenv(name, value, 1)`.
#[ferric::intrinsic]
pub(crate) unsafe fn setenv(name: &[u8], value: &[u8]) -> Result<(), i32>;

/// `unsetenv(name)`.
#[ferric::intrinsic]
pub(crate) unsafe fn unsetenv(name: &[u8]) -> Result<(), i32>;

/// A snapshot of the environment (`environ`), in its order.
#[ferric::intrinsic]
pub(crate) fn environ() -> Vec<(Vec<u8>, Vec<u8>)>;

/// The path of the running executable (`/proc/self/exe`).
#[ferric::intrinsic]
pub(crate) fn current_exe() -> Result<Vec<u8>, i32>;

/// `getpid()`.
#[ferric::intrinsic]
pub(crate) fn getpid() -> u32;

/// Terminates the process with `code` (`exit`, after the runtime's cleanup).
#[ferric::intrinsic]
pub(crate) fn exit(code: i32) -> !;

/// Terminates the process abnormally (`abort`: SIGABRT, status 134 in a shell).
#[ferric::intrinsic]
pub(crate) fn abort() -> !;

/// How a child's standard stream is set up: 0 inherit, 1 a new pipe, 2 /dev/null.
pub(crate) type StdioMode = u8;

/// Spawns `program` with `args` (not including the program name), the environment
/// changes `env` (`Some(value)` sets, `None` removes) applied to the inherited
/// environment (or to an empty one when `env_clear`), in `cwd` if given, with the three
/// standard streams configured by `stdio`. Returns `(pid, stdin, stdout, stderr)` where
/// each stream is the parent's end of its pipe, or -1.
#[ferric::intrinsic]
pub(crate) fn spawn(
    program: &[u8],
    args: &[Vec<u8>],
    env: &[(Vec<u8>, Option<Vec<u8>>)],
    env_clear: bool,
    cwd: Option<&[u8]>,
    stdio: [StdioMode; 3],
) -> Result<(u32, i32, i32, i32), i32>;

/// `waitpid(pid, 0)`: the raw wait status.
#[ferric::intrinsic]
pub(crate) fn waitpid(pid: u32) -> Result<i32, i32>;

/// `waitpid(pid, WNOHANG)`: the raw wait status if the child has exited.
#[ferric::intrinsic]
pub(crate) fn try_waitpid(pid: u32) -> Result<Option<i32>, i32>;

/// `kill(pid, SIGKILL)`.
#[ferric::intrinsic]
pub(crate) fn kill(pid: u32) -> Result<(), i32>;
