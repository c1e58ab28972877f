//! Filesystem manipulation operations (`std::fs`), Unix flavour, in Rust over the
//! POSIX-like intrinsics of `io::sys` (descriptors, `stat`, paths as bytes).
//!
//! `Debug` texts follow rustc on Linux: `File { fd: 3, path: "/tmp/x", read: true,
//! write: false }`, `Permissions(FilePermissions { mode: 0o100644 (-rw-r--r--) })`,
//! `FileType { is_file: true, is_dir: false, is_symlink: false, .. }`,
//! `ReadDir("/tmp")`, `DirEntry("/tmp/x")`, `OpenOptions(OpenOptions { read: true, ... })`.

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::convert::{AsRef, From};
use crate::ffi::{OsStr, OsString};
use crate::fmt;
use crate::hash::Hash;
use crate::io::{self, BufRead, IoSlice, IoSliceMut, IsTerminal, Read, Seek, SeekFrom, Write};
use crate::iter::{FusedIterator, IntoIterator, Iterator};
use crate::marker::Copy;
use crate::ops::Drop;
use crate::option::Option::{self, None, Some};
use crate::path::{Path, PathBuf};
use crate::result::Result::{Err, Ok};
use crate::string::String;
use crate::time::{Duration, SystemTime, UNIX_EPOCH};
use crate::vec::{self, Vec};

use crate::io::sys;

fn cvt<T>(r: crate::result::Result<T, i32>) -> io::Result<T> {
    r.map_err(io::Error::from_raw_os_error)
}

// The path as the bytes the OS calls take (a NUL byte inside is an error, as in rustc).
fn path_bytes(path: &Path) -> io::Result<&[u8]> {
    let bytes = path.as_os_str().as_encoded_bytes();
    if bytes.contains(&0) { Err(io::Error::INVALID_FILENAME_NUL) } else { Ok(bytes) }
}

// Linux open(2) flags.
const O_RDONLY: i32 = 0;
const O_WRONLY: i32 = 1;
const O_RDWR: i32 = 2;
const O_CREAT: i32 = 0o100;
const O_EXCL: i32 = 0o200;
const O_TRUNC: i32 = 0o1000;
const O_APPEND: i32 = 0o2000;
const O_CLOEXEC: i32 = 0o2000000;

const S_IFMT: u32 = 0o170000;
const S_IFDIR: u32 = 0o040000;
const S_IFREG: u32 = 0o100000;
const S_IFLNK: u32 = 0o120000;

const EINVAL: i32 = 22;

// ---------------------------------------------------------------------------------------
// File

/// An object providing access to an open file on the filesystem.
pub struct File {
    fd: i32,
}

impl File {
    pub fn open<P: AsRef<Path>>(path: P) -> io::Result<File> {
        OpenOptions::new().read(true).open(path.as_ref())
    }

    /// Attempts to open a file in read-only mode with buffering (unstable in rustc).
    pub fn open_buffered<P: AsRef<Path>>(path: P) -> io::Result<io::BufReader<File>> {
        File::open(path).map(io::BufReader::new)
    }

    pub fn create<P: AsRef<Path>>(path: P) -> io::Result<File> {
        OpenOptions::new().write(true).create(true).truncate(true).open(path.as_ref())
    }

    /// Opens a file in write-only mode with buffering (unstable in rustc).
    pub fn create_buffered<P: AsRef<Path>>(path: P) -> io::Result<io::BufWriter<File>> {
        File::create(path).map(io::BufWriter::new)
    }

    pub fn create_new<P: AsRef<Path>>(path: P) -> io::Result<File> {
        OpenOptions::new().read(true).write(true).create_new(true).open(path.as_ref())
    }

    pub fn options() -> OpenOptions {
        OpenOptions::new()
    }

    pub fn sync_all(&self) -> io::Result<()> {
        cvt(sys::fsync(self.fd, false))
    }

    pub fn sync_data(&self) -> io::Result<()> {
        cvt(sys::fsync(self.fd, true))
    }

    pub fn set_len(&self, size: u64) -> io::Result<()> {
        cvt(sys::ftruncate(self.fd, size))
    }

    pub fn metadata(&self) -> io::Result<Metadata> {
        cvt(sys::fstat(self.fd)).map(Metadata)
    }

    pub fn try_clone(&self) -> io::Result<File> {
        cvt(sys::dup(self.fd)).map(|fd| File { fd })
    }

    pub fn set_permissions(&self, perm: Permissions) -> io::Result<()> {
        cvt(sys::fchmod(self.fd, perm.mode))
    }

    fn read_inner(&self, buf: &mut [u8]) -> io::Result<usize> {
        cvt(sys::read(self.fd, buf))
    }

    fn write_inner(&self, buf: &[u8]) -> io::Result<usize> {
        cvt(sys::write(self.fd, buf))
    }

    fn seek_inner(&self, pos: SeekFrom) -> io::Result<u64> {
        let (whence, pos) = match pos {
            // Casting to `i64` is fine, too large values will end up as negative which
            // will cause an error in `lseek`.
            SeekFrom::Start(off) => (0, off as i64),
            SeekFrom::End(off) => (2, off),
            SeekFrom::Current(off) => (1, off),
        };
        cvt(sys::lseek(self.fd, pos, whence))
    }

    // A size hint for `read_to_end`: the bytes left from the current position.
    fn buffer_capacity_required(&self) -> Option<usize> {
        let size = self.metadata().map(|m| m.len()).ok()?;
        let pos = self.seek_inner(SeekFrom::Current(0)).ok()?;
        Some(size.saturating_sub(pos) as usize)
    }
}

impl Drop for File {
    fn drop(&mut self) {
        let _ = sys::close(self.fd);
    }
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut b = f.debug_struct("File");
        b.field("fd", &self.fd);
        let link = String::from("/proc/self/fd/") + &crate::string::ToString::to_string(&self.fd);
        if let Ok(path) = sys::readlink(link.as_bytes()) {
            b.field("path", &PathBuf::from(unsafe { OsString::from_encoded_bytes_unchecked(path) }));
        }
        // The access mode, as `fcntl(F_GETFL)` reports it.
        if let Ok((read, write)) = access_mode(self.fd) {
            b.field("read", &read).field("write", &write);
        }
        b.finish()
    }
}

fn access_mode(fd: i32) -> io::Result<(bool, bool)> {
    match cvt(sys::fcntl_getfl(fd))? & 3 {
        O_RDONLY => Ok((true, false)),
        O_RDWR => Ok((true, true)),
        O_WRONLY => Ok((false, true)),
        _ => Err(io::Error::from_raw_os_error(EINVAL)),
    }
}

impl Read for &File {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.read_inner(buf)
    }

    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> io::Result<usize> {
        io::default_read_vectored(|b| self.read_inner(b), bufs)
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        let size = self.buffer_capacity_required();
        buf.try_reserve(size.unwrap_or(0))?;
        io::default_read_to_end(self, buf, size)
    }

    fn read_to_string(&mut self, buf: &mut String) -> io::Result<usize> {
        let size = self.buffer_capacity_required();
        buf.try_reserve(size.unwrap_or(0))?;
        io::default_read_to_string(self, buf, size)
    }
}

impl Write for &File {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_inner(buf)
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
        io::default_write_vectored(|b| self.write_inner(b), bufs)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Seek for &File {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.seek_inner(pos)
    }
}

impl Read for File {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        (&*self).read(buf)
    }

    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> io::Result<usize> {
        (&*self).read_vectored(bufs)
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        (&*self).read_to_end(buf)
    }

    fn read_to_string(&mut self, buf: &mut String) -> io::Result<usize> {
        (&*self).read_to_string(buf)
    }
}

impl Write for File {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        (&*self).write(buf)
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
        (&*self).write_vectored(bufs)
    }

    fn flush(&mut self) -> io::Result<()> {
        (&*self).flush()
    }
}

impl Seek for File {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        (&*self).seek(pos)
    }
}

impl IsTerminal for File {
    fn is_terminal(&self) -> bool {
        sys::isatty(self.fd)
    }
}

impl crate::io::is_terminal_sealed::Sealed for File {}

// ---------------------------------------------------------------------------------------
// OpenOptions

/// Options and flags which can be used to configure how a file is opened.
#[derive(Clone)]
pub struct OpenOptions {
    read: bool,
    write: bool,
    append: bool,
    truncate: bool,
    create: bool,
    create_new: bool,
    custom_flags: i32,
    mode: u32,
}

impl OpenOptions {
    pub fn new() -> Self {
        OpenOptions {
            read: false,
            write: false,
            append: false,
            truncate: false,
            create: false,
            create_new: false,
            custom_flags: 0,
            mode: 0o666,
        }
    }

    pub fn read(&mut self, read: bool) -> &mut Self {
        self.read = read;
        self
    }

    pub fn write(&mut self, write: bool) -> &mut Self {
        self.write = write;
        self
    }

    pub fn append(&mut self, append: bool) -> &mut Self {
        self.append = append;
        self
    }

    pub fn truncate(&mut self, truncate: bool) -> &mut Self {
        self.truncate = truncate;
        self
    }

    pub fn create(&mut self, create: bool) -> &mut Self {
        self.create = create;
        self
    }

    pub fn create_new(&mut self, create_new: bool) -> &mut Self {
        self.create_new = create_new;
        self
    }

    pub fn open<P: AsRef<Path>>(&self, path: P) -> io::Result<File> {
        self._open(path.as_ref())
    }

    fn get_access_mode(&self) -> io::Result<i32> {
        match (self.read, self.write, self.append) {
            (true, false, false) => Ok(O_RDONLY),
            (false, true, false) => Ok(O_WRONLY),
            (true, true, false) => Ok(O_RDWR),
            (false, _, true) => Ok(O_WRONLY | O_APPEND),
            (true, _, true) => Ok(O_RDWR | O_APPEND),
            (false, false, false) => Err(io::Error::from_static_message(&io::SimpleMessage {
                kind: io::ErrorKind::InvalidInput,
                message: "must specify at least one of read, write, or append access",
            })),
        }
    }

    fn get_creation_mode(&self) -> io::Result<i32> {
        match (self.write, self.append) {
            (true, false) => {}
            (false, false) => {
                if self.truncate || self.create || self.create_new {
                    return Err(io::Error::from_static_message(&io::SimpleMessage {
                        kind: io::ErrorKind::InvalidInput,
                        message: "creating or truncating a file requires write or append access",
                    }));
                }
            }
            (_, true) => {
                if self.truncate && !self.create_new {
                    return Err(io::Error::from_static_message(&io::SimpleMessage {
                        kind: io::ErrorKind::InvalidInput,
                        message: "creating or truncating a file requires write or append access",
                    }));
                }
            }
        }

        Ok(match (self.create, self.truncate, self.create_new) {
            (false, false, false) => 0,
            (true, false, false) => O_CREAT,
            (false, true, false) => O_TRUNC,
            (true, true, false) => O_CREAT | O_TRUNC,
            (_, _, true) => O_CREAT | O_EXCL,
        })
    }

    fn _open(&self, path: &Path) -> io::Result<File> {
        let flags = O_CLOEXEC | self.get_access_mode()? | self.get_creation_mode()? | (self.custom_flags & !3);
        let fd = cvt(sys::open(path_bytes(path)?, flags, self.mode))?;
        Ok(File { fd })
    }
}

impl fmt::Debug for OpenOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Inner<'a>(&'a OpenOptions);
        impl fmt::Debug for Inner<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let o = self.0;
                f.debug_struct("OpenOptions")
                    .field("read", &o.read)
                    .field("write", &o.write)
                    .field("append", &o.append)
                    .field("truncate", &o.truncate)
                    .field("create", &o.create)
                    .field("create_new", &o.create_new)
                    .field("custom_flags", &o.custom_flags)
                    .field("mode", &Mode(o.mode))
                    .finish()
            }
        }
        f.debug_tuple("OpenOptions").field(&Inner(self)).finish()
    }
}

// ---------------------------------------------------------------------------------------
// Metadata, permissions, file types

/// Metadata information about a file.
#[derive(Clone)]
pub struct Metadata(sys::FileStat);

/// Representation of the various permissions on a file.
#[derive(Clone, PartialEq, Eq)]
pub struct Permissions {
    mode: u32,
}

/// A structure representing a type of file with accessors for each file type.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct FileType {
    mode: u32,
}

/// Representation of the various timestamps on a file (used by `File::set_times`).
#[derive(Copy, Clone, Debug, Default)]
pub struct FileTimes {
    accessed: Option<SystemTime>,
    modified: Option<SystemTime>,
}

impl FileTimes {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_accessed(mut self, t: SystemTime) -> Self {
        self.accessed = Some(t);
        self
    }

    pub fn set_modified(mut self, t: SystemTime) -> Self {
        self.modified = Some(t);
        self
    }
}

use crate::default::Default;

fn timestamp(t: (i64, u32)) -> SystemTime {
    if t.0 >= 0 {
        UNIX_EPOCH + Duration::new(t.0 as u64, t.1)
    } else {
        UNIX_EPOCH - Duration::new(t.0.unsigned_abs(), 0) + Duration::new(0, t.1)
    }
}

impl Metadata {
    pub fn file_type(&self) -> FileType {
        FileType { mode: self.0.mode }
    }

    pub fn is_dir(&self) -> bool {
        self.file_type().is_dir()
    }

    pub fn is_file(&self) -> bool {
        self.file_type().is_file()
    }

    pub fn is_symlink(&self) -> bool {
        self.file_type().is_symlink()
    }

    pub fn len(&self) -> u64 {
        self.0.size
    }

    pub fn permissions(&self) -> Permissions {
        Permissions { mode: self.0.mode }
    }

    pub fn modified(&self) -> io::Result<SystemTime> {
        Ok(timestamp(self.0.mtime))
    }

    pub fn accessed(&self) -> io::Result<SystemTime> {
        Ok(timestamp(self.0.atime))
    }

    pub fn created(&self) -> io::Result<SystemTime> {
        Err(io::Error::from_static_message(&io::SimpleMessage {
            kind: io::ErrorKind::Unsupported,
            message: "creation time is not available for the filesystem",
        }))
    }
}

impl fmt::Debug for Metadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Metadata");
        debug.field("file_type", &self.file_type());
        debug.field("permissions", &self.permissions());
        debug.field("len", &self.len());
        if let Ok(modified) = self.modified() {
            debug.field("modified", &modified);
        }
        if let Ok(accessed) = self.accessed() {
            debug.field("accessed", &accessed);
        }
        if let Ok(created) = self.created() {
            debug.field("created", &created);
        }
        debug.finish_non_exhaustive()
    }
}

impl Permissions {
    pub fn readonly(&self) -> bool {
        // check if any class (owner, group, others) has write permission
        self.mode & 0o222 == 0
    }

    pub fn set_readonly(&mut self, readonly: bool) {
        if readonly {
            // remove write permission for all classes; equivalent to `chmod a-w <file>`
            self.mode &= !0o222;
        } else {
            // add write permission for all classes; equivalent to `chmod a+w <file>`
            self.mode |= 0o222;
        }
    }
}

// `0o100664 (-rw-rw-r--)`, as rustc prints a mode.
struct Mode(u32);

impl fmt::Debug for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self(mode) = *self;
        write!(f, "0o{mode:06o}")?;

        let entry_type = match mode & S_IFMT {
            S_IFDIR => 'd',
            0o060000 => 'b',
            0o020000 => 'c',
            S_IFLNK => 'l',
            0o010000 => 'p',
            S_IFREG => '-',
            _ => return Ok(()),
        };

        let bit = |mask: u32, c: char| if mode & mask != 0 { c } else { '-' };
        let exec = |x: u32, s: u32, lower: char, upper: char| match (mode & x != 0, mode & s != 0) {
            (true, true) => lower,
            (false, true) => upper,
            (true, false) => 'x',
            (false, false) => '-',
        };

        write!(
            f,
            " ({}{}{}{}{}{}{}{}{}{})",
            entry_type,
            bit(0o400, 'r'),
            bit(0o200, 'w'),
            exec(0o100, 0o4000, 's', 'S'),
            bit(0o040, 'r'),
            bit(0o020, 'w'),
            exec(0o010, 0o2000, 's', 'S'),
            bit(0o004, 'r'),
            bit(0o002, 'w'),
            exec(0o001, 0o1000, 't', 'T'),
        )
    }
}

impl fmt::Debug for Permissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct FilePermissions(u32);
        impl fmt::Debug for FilePermissions {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct("FilePermissions").field("mode", &Mode(self.0)).finish()
            }
        }
        f.debug_tuple("Permissions").field(&FilePermissions(self.mode)).finish()
    }
}

impl FileType {
    pub fn is_dir(&self) -> bool {
        self.mode & S_IFMT == S_IFDIR
    }

    pub fn is_file(&self) -> bool {
        self.mode & S_IFMT == S_IFREG
    }

    pub fn is_symlink(&self) -> bool {
        self.mode & S_IFMT == S_IFLNK
    }
}

impl fmt::Debug for FileType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileType")
            .field("is_file", &self.is_file())
            .field("is_dir", &self.is_dir())
            .field("is_symlink", &self.is_symlink())
            .finish_non_exhaustive()
    }
}

// ---------------------------------------------------------------------------------------
// Directories

/// Iterator over the entries in a directory (`read_dir`).
pub struct ReadDir {
    root: PathBuf,
    entries: vec::IntoIter<(Vec<u8>, u8)>,
}

/// Entries returned by the `ReadDir` iterator.
pub struct DirEntry {
    root: PathBuf,
    name: Vec<u8>,
    d_type: u8,
}

impl fmt::Debug for ReadDir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ReadDir").field(&self.root).finish()
    }
}

impl Iterator for ReadDir {
    type Item = io::Result<DirEntry>;

    fn next(&mut self) -> Option<io::Result<DirEntry>> {
        let (name, d_type) = self.entries.next()?;
        Some(Ok(DirEntry { root: self.root.clone(), name, d_type }))
    }
}

impl FusedIterator for ReadDir {}

impl DirEntry {
    pub fn path(&self) -> PathBuf {
        self.root.join(self.file_name_os_str())
    }

    fn file_name_os_str(&self) -> &OsStr {
        unsafe { OsStr::from_encoded_bytes_unchecked(&self.name) }
    }

    pub fn metadata(&self) -> io::Result<Metadata> {
        symlink_metadata(self.path())
    }

    pub fn file_type(&self) -> io::Result<FileType> {
        match self.d_type {
            4 => Ok(FileType { mode: S_IFDIR }),
            8 => Ok(FileType { mode: S_IFREG }),
            10 => Ok(FileType { mode: S_IFLNK }),
            1 => Ok(FileType { mode: 0o010000 }),
            2 => Ok(FileType { mode: 0o020000 }),
            6 => Ok(FileType { mode: 0o060000 }),
            12 => Ok(FileType { mode: 0o140000 }),
            _ => self.metadata().map(|m| m.file_type()),
        }
    }

    pub fn file_name(&self) -> OsString {
        self.file_name_os_str().to_os_string()
    }
}

impl fmt::Debug for DirEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("DirEntry").field(&self.path()).finish()
    }
}

/// A builder used to create directories in various manners.
#[derive(Debug)]
pub struct DirBuilder {
    mode: u32,
    recursive: bool,
}

impl DirBuilder {
    pub fn new() -> DirBuilder {
        DirBuilder { mode: 0o777, recursive: false }
    }

    pub fn recursive(&mut self, recursive: bool) -> &mut Self {
        self.recursive = recursive;
        self
    }

    pub fn create<P: AsRef<Path>>(&self, path: P) -> io::Result<()> {
        self._create(path.as_ref())
    }

    fn _create(&self, path: &Path) -> io::Result<()> {
        if self.recursive { self.create_dir_all(path) } else { cvt(sys::mkdir(path_bytes(path)?, self.mode)) }
    }

    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        if path == Path::new("") {
            return Ok(());
        }

        match cvt(sys::mkdir(path_bytes(path)?, self.mode)) {
            Ok(()) => return Ok(()),
            Err(ref e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(_) if path.is_dir() => return Ok(()),
            Err(e) => return Err(e),
        }
        match path.parent() {
            Some(p) => self.create_dir_all(p)?,
            None => {
                return Err(io::Error::from_static_message(&io::SimpleMessage {
                    kind: io::ErrorKind::Uncategorized,
                    message: "failed to create whole tree",
                }));
            }
        }
        match cvt(sys::mkdir(path_bytes(path)?, self.mode)) {
            Ok(()) => Ok(()),
            Err(_) if path.is_dir() => Ok(()),
            Err(e) => Err(e),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Free functions

pub fn read<P: AsRef<Path>>(path: P) -> io::Result<Vec<u8>> {
    fn inner(path: &Path) -> io::Result<Vec<u8>> {
        let mut file = File::open(path)?;
        let size = file.metadata().map(|m| m.len() as usize).ok();
        let mut bytes = Vec::new();
        bytes.try_reserve_exact(size.unwrap_or(0))?;
        io::default_read_to_end(&mut file, &mut bytes, size)?;
        Ok(bytes)
    }
    inner(path.as_ref())
}

pub fn read_to_string<P: AsRef<Path>>(path: P) -> io::Result<String> {
    fn inner(path: &Path) -> io::Result<String> {
        let mut file = File::open(path)?;
        let size = file.metadata().map(|m| m.len() as usize).ok();
        let mut string = String::new();
        string.try_reserve_exact(size.unwrap_or(0))?;
        io::default_read_to_string(&mut file, &mut string, size)?;
        Ok(string)
    }
    inner(path.as_ref())
}

pub fn write<P: AsRef<Path>, C: AsRef<[u8]>>(path: P, contents: C) -> io::Result<()> {
    fn inner(path: &Path, contents: &[u8]) -> io::Result<()> {
        File::create(path)?.write_all(contents)
    }
    inner(path.as_ref(), contents.as_ref())
}

pub fn remove_file<P: AsRef<Path>>(path: P) -> io::Result<()> {
    cvt(sys::unlink(path_bytes(path.as_ref())?))
}

pub fn metadata<P: AsRef<Path>>(path: P) -> io::Result<Metadata> {
    cvt(sys::stat(path_bytes(path.as_ref())?, true)).map(Metadata)
}

pub fn symlink_metadata<P: AsRef<Path>>(path: P) -> io::Result<Metadata> {
    cvt(sys::stat(path_bytes(path.as_ref())?, false)).map(Metadata)
}

pub fn rename<P: AsRef<Path>, Q: AsRef<Path>>(from: P, to: Q) -> io::Result<()> {
    cvt(sys::rename(path_bytes(from.as_ref())?, path_bytes(to.as_ref())?))
}

pub fn copy<P: AsRef<Path>, Q: AsRef<Path>>(from: P, to: Q) -> io::Result<u64> {
    fn inner(from: &Path, to: &Path) -> io::Result<u64> {
        let mut reader = File::open(from)?;
        let metadata = reader.metadata()?;
        if !metadata.is_file() {
            return Err(io::Error::from_static_message(&io::SimpleMessage {
                kind: io::ErrorKind::InvalidInput,
                message: "the source path is neither a regular file nor a symlink to a regular file",
            }));
        }
        let perm = metadata.permissions();
        let mut writer = OpenOptions::new().write(true).create(true).truncate(true).open(to)?;
        writer.set_permissions(perm)?;
        io::copy(&mut reader, &mut writer)
    }
    inner(from.as_ref(), to.as_ref())
}

pub fn hard_link<P: AsRef<Path>, Q: AsRef<Path>>(original: P, link: Q) -> io::Result<()> {
    cvt(sys::link(path_bytes(original.as_ref())?, path_bytes(link.as_ref())?))
}

#[deprecated(since = "1.1.0", note = "replaced with std::os::unix::fs::symlink and std::os::windows::fs::{symlink_file, symlink_dir}")]
pub fn soft_link<P: AsRef<Path>, Q: AsRef<Path>>(original: P, link: Q) -> io::Result<()> {
    cvt(sys::symlink(path_bytes(original.as_ref())?, path_bytes(link.as_ref())?))
}

pub fn read_link<P: AsRef<Path>>(path: P) -> io::Result<PathBuf> {
    let bytes = cvt(sys::readlink(path_bytes(path.as_ref())?))?;
    Ok(PathBuf::from(unsafe { OsString::from_encoded_bytes_unchecked(bytes) }))
}

pub fn canonicalize<P: AsRef<Path>>(path: P) -> io::Result<PathBuf> {
    let bytes = cvt(sys::realpath(path_bytes(path.as_ref())?))?;
    Ok(PathBuf::from(unsafe { OsString::from_encoded_bytes_unchecked(bytes) }))
}

pub fn create_dir<P: AsRef<Path>>(path: P) -> io::Result<()> {
    DirBuilder::new().create(path.as_ref())
}

pub fn create_dir_all<P: AsRef<Path>>(path: P) -> io::Result<()> {
    DirBuilder::new().recursive(true).create(path.as_ref())
}

pub fn remove_dir<P: AsRef<Path>>(path: P) -> io::Result<()> {
    cvt(sys::rmdir(path_bytes(path.as_ref())?))
}

pub fn remove_dir_all<P: AsRef<Path>>(path: P) -> io::Result<()> {
    fn inner(path: &Path) -> io::Result<()> {
        let filetype = symlink_metadata(path)?.file_type();
        if filetype.is_symlink() { remove_file(path) } else { remove_dir_all_recursive(path) }
    }
    inner(path.as_ref())
}

fn remove_dir_all_recursive(path: &Path) -> io::Result<()> {
    for child in read_dir(path)? {
        let child = child?;
        if child.file_type()?.is_dir() {
            remove_dir_all_recursive(&child.path())?;
        } else {
            remove_file(&child.path())?;
        }
    }
    remove_dir(path)
}

pub fn read_dir<P: AsRef<Path>>(path: P) -> io::Result<ReadDir> {
    let root = path.as_ref().to_path_buf();
    let entries = cvt(sys::read_dir(path_bytes(&root)?))?;
    Ok(ReadDir { root, entries: entries.into_iter() })
}

pub fn set_permissions<P: AsRef<Path>>(path: P, perm: Permissions) -> io::Result<()> {
    cvt(sys::chmod(path_bytes(path.as_ref())?, perm.mode))
}

pub fn exists<P: AsRef<Path>>(path: P) -> io::Result<bool> {
    match metadata(path) {
        Ok(_) => Ok(true),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(error) => Err(error),
    }
}

