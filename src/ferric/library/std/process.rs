//! A module for working with processes (`std::process`): `exit`, `abort`, `id`,
//! `ExitCode`, `ExitStatus`, the `Termination` trait (lang item `termination`: what
//! `main` may return; `Err(e)` prints `Error: {e:?}` on stderr and exits 1), and a
//! minimal `Command` (spawn, wait, output, piped standard streams) over `io::sys`.

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::convert::{AsRef, From, Infallible};
use crate::ffi::{OsStr, OsString};
use crate::fmt;
use crate::io::{self, Read, Write};
use crate::io::sys;
use crate::iter::{ExactSizeIterator, IntoIterator, Iterator};
use crate::marker::Copy;
use crate::mem::drop;
use crate::ops::Drop;
use crate::option::Option::{self, None, Some};
use crate::path::Path;
use crate::result::Result::{self, Err, Ok};
use crate::str;
use crate::vec::Vec;

fn cvt<T>(r: Result<T, i32>) -> io::Result<T> {
    r.map_err(io::Error::from_raw_os_error)
}

/// Terminates the current process with the specified exit code (after flushing stdout).
pub fn exit(code: i32) -> ! {
    crate::rt::cleanup();
    sys::exit(code)
}

/// Terminates the process in an abnormal fashion.
pub fn abort() -> ! {
    sys::abort()
}

/// Returns the OS-assigned process identifier associated with this process.
pub fn id() -> u32 {
    sys::getpid()
}

// ---------------------------------------------------------------------------------------
// ExitCode and Termination

/// This type represents the status code the current process can return to its parent
/// under normal termination.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ExitCode(u8);

impl ExitCode {
    /// The canonical `ExitCode` for successful termination on this platform.
    pub const SUCCESS: ExitCode = ExitCode(0);

    /// The canonical `ExitCode` for unsuccessful termination on this platform.
    pub const FAILURE: ExitCode = ExitCode(1);

    /// Exit the current process with the given `ExitCode` (unstable in rustc).
    pub fn exit_process(self) -> ! {
        exit(self.to_i32())
    }

    #[doc(hidden)]
    pub fn to_i32(self) -> i32 {
        self.0 as i32
    }
}

impl fmt::Debug for ExitCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ExitCode(unix_exit_status({}))", self.0)
    }
}

impl crate::default::Default for ExitCode {
    fn default() -> Self {
        ExitCode::SUCCESS
    }
}

impl From<u8> for ExitCode {
    fn from(code: u8) -> Self {
        ExitCode(code)
    }
}

/// A trait for implementing arbitrary return types in the `main` function.
#[lang = "termination"]
pub trait Termination {
    /// Is called to get the representation of the value as status code.
    fn report(self) -> ExitCode;
}

impl Termination for () {
    fn report(self) -> ExitCode {
        ExitCode::SUCCESS
    }
}

impl Termination for ! {
    fn report(self) -> ExitCode {
        self
    }
}

impl Termination for Infallible {
    fn report(self) -> ExitCode {
        match self {}
    }
}

impl Termination for ExitCode {
    fn report(self) -> ExitCode {
        self
    }
}

impl<T: Termination, E: fmt::Debug> Termination for Result<T, E> {
    fn report(self) -> ExitCode {
        match self {
            Ok(val) => val.report(),
            Err(err) => {
                // A failure to print is ignored, as rustc's `attempt_print_to_stderr`.
                let _ = io::stderr().write_fmt(format_args!("Error: {err:?}\n"));
                ExitCode::FAILURE
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// ExitStatus

/// Describes the result of a process after it has terminated (a raw `wait` status).
#[derive(PartialEq, Eq, Clone, Copy)]
pub struct ExitStatus(i32);

impl ExitStatus {
    pub fn success(&self) -> bool {
        self.code() == Some(0)
    }

    pub fn code(&self) -> Option<i32> {
        if self.0 & 0x7f == 0 { Some((self.0 >> 8) & 0xff) } else { None }
    }

    fn signal(&self) -> Option<i32> {
        let sig = self.0 & 0x7f;
        if sig != 0 && sig != 0x7f { Some(sig) } else { None }
    }

    fn core_dumped(&self) -> bool {
        self.signal().is_some() && (self.0 & 0x80) != 0
    }

    /// Was termination successful? Returns a `Result` (unstable in rustc).
    pub fn exit_ok(&self) -> Result<(), ExitStatusError> {
        if self.success() { Ok(()) } else { Err(ExitStatusError(*self)) }
    }
}

impl crate::default::Default for ExitStatus {
    fn default() -> Self {
        ExitStatus(0)
    }
}

impl fmt::Debug for ExitStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ExitStatus(unix_wait_status({}))", self.0)
    }
}

fn signal_string(signal: i32) -> &'static str {
    match signal {
        1 => " (SIGHUP)",
        2 => " (SIGINT)",
        3 => " (SIGQUIT)",
        4 => " (SIGILL)",
        5 => " (SIGTRAP)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        10 => " (SIGUSR1)",
        11 => " (SIGSEGV)",
        12 => " (SIGUSR2)",
        13 => " (SIGPIPE)",
        14 => " (SIGALRM)",
        15 => " (SIGTERM)",
        17 => " (SIGCHLD)",
        18 => " (SIGCONT)",
        19 => " (SIGSTOP)",
        20 => " (SIGTSTP)",
        21 => " (SIGTTIN)",
        22 => " (SIGTTOU)",
        23 => " (SIGURG)",
        24 => " (SIGXCPU)",
        25 => " (SIGXFSZ)",
        26 => " (SIGVTALRM)",
        27 => " (SIGPROF)",
        28 => " (SIGWINCH)",
        29 => " (SIGIO)",
        30 => " (SIGPWR)",
        31 => " (SIGSYS)",
        _ => "",
    }
}

impl fmt::Display for ExitStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = self.code() {
            write!(f, "exit status: {code}")
        } else if let Some(signal) = self.signal() {
            let signal_string = signal_string(signal);
            if self.core_dumped() {
                write!(f, "signal: {signal}{signal_string} (core dumped)")
            } else {
                write!(f, "signal: {signal}{signal_string}")
            }
        } else {
            write!(f, "unrecognised wait status: {} {:#x}", self.0, self.0)
        }
    }
}

/// Describes the result of a process after it has failed (unstable in rustc).
#[derive(PartialEq, Eq, Clone, Copy, Debug)]
pub struct ExitStatusError(ExitStatus);

impl fmt::Display for ExitStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "process exited unsuccessfully: {}", self.0)
    }
}

impl crate::error::Error for ExitStatusError {}

/// The output of a finished process.
#[derive(PartialEq, Eq, Clone)]
pub struct Output {
    /// The status (exit code) of the process.
    pub status: ExitStatus,
    /// The data that the process wrote to stdout.
    pub stdout: Vec<u8>,
    /// The data that the process wrote to stderr.
    pub stderr: Vec<u8>,
}

impl fmt::Debug for Output {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        let stdout_utf8 = str::from_utf8(&self.stdout);
        let stdout_debug: &dyn fmt::Debug = match stdout_utf8 {
            Ok(ref s) => s,
            Err(_) => &self.stdout,
        };

        let stderr_utf8 = str::from_utf8(&self.stderr);
        let stderr_debug: &dyn fmt::Debug = match stderr_utf8 {
            Ok(ref s) => s,
            Err(_) => &self.stderr,
        };

        fmt.debug_struct("Output")
            .field("status", &self.status)
            .field("stdout", stdout_debug)
            .field("stderr", stderr_debug)
            .finish()
    }
}

// ---------------------------------------------------------------------------------------
// Command

/// Describes what to do with a standard I/O stream for a child process.
pub struct Stdio(u8);

impl Stdio {
    pub fn piped() -> Stdio {
        Stdio(1)
    }

    pub fn inherit() -> Stdio {
        Stdio(0)
    }

    pub fn null() -> Stdio {
        Stdio(2)
    }

    pub fn makes_pipe(&self) -> bool {
        self.0 == 1
    }
}

impl fmt::Debug for Stdio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stdio").finish_non_exhaustive()
    }
}

/// A process builder, providing fine-grained control over how a new process should be
/// spawned.
pub struct Command {
    program: OsString,
    args: Vec<OsString>,
    env: Vec<(OsString, Option<OsString>)>,
    env_clear: bool,
    cwd: Option<OsString>,
    stdio: [Option<u8>; 3],
}

impl Command {
    pub fn new<S: AsRef<OsStr>>(program: S) -> Command {
        Command {
            program: program.as_ref().to_os_string(),
            args: Vec::new(),
            env: Vec::new(),
            env_clear: false,
            cwd: None,
            stdio: [None, None, None],
        }
    }

    pub fn arg<S: AsRef<OsStr>>(&mut self, arg: S) -> &mut Command {
        self.args.push(arg.as_ref().to_os_string());
        self
    }

    pub fn args<I, S>(&mut self, args: I) -> &mut Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        for arg in args {
            self.arg(arg.as_ref());
        }
        self
    }

    pub fn env<K, V>(&mut self, key: K, val: V) -> &mut Command
    where
        K: AsRef<OsStr>,
        V: AsRef<OsStr>,
    {
        self.env.push((key.as_ref().to_os_string(), Some(val.as_ref().to_os_string())));
        self
    }

    pub fn envs<I, K, V>(&mut self, vars: I) -> &mut Command
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<OsStr>,
        V: AsRef<OsStr>,
    {
        for (ref key, ref val) in vars {
            self.env(key.as_ref(), val.as_ref());
        }
        self
    }

    pub fn env_remove<K: AsRef<OsStr>>(&mut self, key: K) -> &mut Command {
        self.env.push((key.as_ref().to_os_string(), None));
        self
    }

    pub fn env_clear(&mut self) -> &mut Command {
        self.env.clear();
        self.env_clear = true;
        self
    }

    pub fn current_dir<P: AsRef<Path>>(&mut self, dir: P) -> &mut Command {
        self.cwd = Some(dir.as_ref().as_os_str().to_os_string());
        self
    }

    pub fn stdin<T: Into<Stdio>>(&mut self, cfg: T) -> &mut Command {
        self.stdio[0] = Some(cfg.into().0);
        self
    }

    pub fn stdout<T: Into<Stdio>>(&mut self, cfg: T) -> &mut Command {
        self.stdio[1] = Some(cfg.into().0);
        self
    }

    pub fn stderr<T: Into<Stdio>>(&mut self, cfg: T) -> &mut Command {
        self.stdio[2] = Some(cfg.into().0);
        self
    }

    fn spawn_with(&mut self, default: [u8; 3]) -> io::Result<Child> {
        let stdio = [
            self.stdio[0].unwrap_or(default[0]),
            self.stdio[1].unwrap_or(default[1]),
            self.stdio[2].unwrap_or(default[2]),
        ];
        let args: Vec<Vec<u8>> = self.args.iter().map(|a| Vec::from(a.as_encoded_bytes())).collect();
        let env: Vec<(Vec<u8>, Option<Vec<u8>>)> = self
            .env
            .iter()
            .map(|(k, v)| (Vec::from(k.as_encoded_bytes()), v.as_ref().map(|v| Vec::from(v.as_encoded_bytes()))))
            .collect();
        let cwd = self.cwd.as_ref().map(|c| c.as_encoded_bytes());
        let (pid, stdin, stdout, stderr) =
            cvt(sys::spawn(self.program.as_encoded_bytes(), &args, &env, self.env_clear, cwd, stdio))?;
        Ok(Child {
            pid,
            status: None,
            stdin: if stdin >= 0 { Some(ChildStdin { fd: stdin }) } else { None },
            stdout: if stdout >= 0 { Some(ChildStdout { fd: stdout }) } else { None },
            stderr: if stderr >= 0 { Some(ChildStderr { fd: stderr }) } else { None },
        })
    }

    pub fn spawn(&mut self) -> io::Result<Child> {
        self.spawn_with([0, 0, 0])
    }

    pub fn output(&mut self) -> io::Result<Output> {
        self.spawn_with([2, 1, 1])?.wait_with_output()
    }

    pub fn status(&mut self) -> io::Result<ExitStatus> {
        let mut child = self.spawn_with([0, 0, 0])?;
        drop(child.stdin.take());
        child.wait()
    }

    pub fn get_program(&self) -> &OsStr {
        &self.program
    }

    pub fn get_args(&self) -> CommandArgs<'_> {
        CommandArgs { inner: self.args.iter() }
    }

    pub fn get_current_dir(&self) -> Option<&Path> {
        self.cwd.as_ref().map(|cs| Path::new(cs))
    }
}

use crate::convert::Into;

impl fmt::Debug for Command {
    /// Format the program and arguments of a Command for display. Any non-utf8 data is
    /// lossily converted using the utf8 replacement character.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(ref cwd) = self.cwd {
            write!(f, "cd {cwd:?} && ")?;
        }
        if self.env_clear {
            write!(f, "env -i ")?;
        } else {
            let mut any_removed = false;
            for (key, value) in &self.env {
                if value.is_none() {
                    if !any_removed {
                        write!(f, "env ")?;
                        any_removed = true;
                    }
                    write!(f, "-u {} ", key.to_string_lossy())?;
                }
            }
        }
        for (key, value) in &self.env {
            if let Some(value) = value {
                write!(f, "{}={value:?} ", key.to_string_lossy())?;
            }
        }
        write!(f, "{:?}", self.program)?;
        for arg in &self.args {
            write!(f, " {arg:?}")?;
        }
        Ok(())
    }
}

/// An iterator over the command arguments (`Command::get_args`).
#[derive(Debug)]
pub struct CommandArgs<'a> {
    inner: crate::slice::Iter<'a, OsString>,
}

impl<'a> Iterator for CommandArgs<'a> {
    type Item = &'a OsStr;

    fn next(&mut self) -> Option<&'a OsStr> {
        self.inner.next().map(|s| s.as_os_str())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a> ExactSizeIterator for CommandArgs<'a> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

/// Representation of a running or exited child process.
pub struct Child {
    pid: u32,
    status: Option<ExitStatus>,
    /// The handle for writing to the child's standard input (stdin), if it has been
    /// captured.
    pub stdin: Option<ChildStdin>,
    /// The handle for reading from the child's standard output (stdout), if it has been
    /// captured.
    pub stdout: Option<ChildStdout>,
    /// The handle for reading from the child's standard error (stderr), if it has been
    /// captured.
    pub stderr: Option<ChildStderr>,
}

impl Child {
    pub fn kill(&mut self) -> io::Result<()> {
        if self.status.is_some() {
            return Ok(());
        }
        cvt(sys::kill(self.pid))
    }

    pub fn id(&self) -> u32 {
        self.pid
    }

    pub fn wait(&mut self) -> io::Result<ExitStatus> {
        drop(self.stdin.take());
        if let Some(status) = self.status {
            return Ok(status);
        }
        let status = ExitStatus(cvt(sys::waitpid(self.pid))?);
        self.status = Some(status);
        Ok(status)
    }

    pub fn try_wait(&mut self) -> io::Result<Option<ExitStatus>> {
        if let Some(status) = self.status {
            return Ok(Some(status));
        }
        match cvt(sys::try_waitpid(self.pid))? {
            Some(raw) => {
                let status = ExitStatus(raw);
                self.status = Some(status);
                Ok(Some(status))
            }
            None => Ok(None),
        }
    }

    pub fn wait_with_output(mut self) -> io::Result<Output> {
        drop(self.stdin.take());

        let mut stdout = Vec::new();
        let mut stderr = Vec::new();
        if let Some(mut out) = self.stdout.take() {
            out.read_to_end(&mut stdout)?;
        }
        if let Some(mut err) = self.stderr.take() {
            err.read_to_end(&mut stderr)?;
        }

        let status = self.wait()?;
        Ok(Output { status, stdout, stderr })
    }
}

impl fmt::Debug for Child {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Child")
            .field("stdin", &self.stdin)
            .field("stdout", &self.stdout)
            .field("stderr", &self.stderr)
            .finish_non_exhaustive()
    }
}

/// A handle to a child process's standard input (stdin).
pub struct ChildStdin {
    fd: i32,
}

/// A handle to a child process's standard output (stdout).
pub struct ChildStdout {
    fd: i32,
}

/// A handle to a child process's stderr.
pub struct ChildStderr {
    fd: i32,
}

impl Drop for ChildStdin {
    fn drop(&mut self) {
        let _ = sys::close(self.fd);
    }
}

impl Drop for ChildStdout {
    fn drop(&mut self) {
        let _ = sys::close(self.fd);
    }
}

impl Drop for ChildStderr {
    fn drop(&mut self) {
        let _ = sys::close(self.fd);
    }
}

impl Write for ChildStdin {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        cvt(sys::write(self.fd, buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Write for &ChildStdin {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        cvt(sys::write(self.fd, buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Read for ChildStdout {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        cvt(sys::read(self.fd, buf))
    }
}

impl Read for ChildStderr {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        cvt(sys::read(self.fd, buf))
    }
}

impl fmt::Debug for ChildStdin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChildStdin").finish_non_exhaustive()
    }
}

impl fmt::Debug for ChildStdout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChildStdout").finish_non_exhaustive()
    }
}

impl fmt::Debug for ChildStderr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChildStderr").finish_non_exhaustive()
    }
}
