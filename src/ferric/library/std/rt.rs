//! Runtime services (`std::rt`): the entry point rustc's generated `main` calls
//! (`lang_start`, lang item `start`), and the cleanup at exit.
//!
//! `lang_start` registers the main thread (so that it is `ThreadId(1)` named "main"),
//! runs `main` under `catch_unwind`, turns its result into an exit code through
//! `Termination` (101 after a panic), and flushes stdout. The process then exits with
//! that code (done by whoever called `lang_start`: the backend's program entry).
//!
//! `test_start` (ferric's lang item `ferric_test_start`) is the part of libtest that runs
//! inside the program: the harness (`ferric.driver.libtest`, in Python) calls it once per
//! `#[test]` function.

use crate::mem;
use crate::ops::Fn;
use crate::panic;
use crate::process::Termination;
use crate::convert::From;
use crate::result::Result::{self, Err, Ok};
use crate::string::String;

/// Flushes the standard output (run at the end of `main` and by `process::exit`).
pub(crate) fn cleanup() {
    crate::io::cleanup();
}

fn lang_start_internal(main: &(dyn Fn() -> i32 + crate::marker::Sync + panic::RefUnwindSafe), _argc: isize, _argv: *const *const u8, _sigpipe: u8) -> isize {
    crate::thread::set_main_thread();

    let ret_code = match panic::catch_unwind(main) {
        Ok(code) => code,
        Err(payload) => {
            // The payload is dropped inside `catch_unwind`: a panic in its `Drop` aborts.
            let payload = panic::AssertUnwindSafe(payload);
            if let Err(e) = panic::catch_unwind(move || mem::drop({ payload }.0)) {
                mem::forget(e); // do *not* drop the 2nd payload
                crate::io::_eprint(format_args!("fatal runtime error: drop of the panic payload panicked, aborting\n"));
                crate::process::abort();
            }
            101
        }
    };

    cleanup();
    ret_code as isize
}

#[lang = "start"]
fn lang_start<T: Termination + 'static>(main: fn() -> T, argc: isize, argv: *const *const u8, sigpipe: u8) -> isize {
    lang_start_internal(&move || main().report().to_i32(), argc, argv, sigpipe)
}


/// Runs one `#[test]` function as libtest's `run_test` does: on a new thread named after the
/// test (the panic message names it), its result reported through `Termination`
/// (`test::assert_test_result`). `Ok(true)`: it returned success; `Ok(false)`: it returned
/// a failure (`Err(e)` prints `Error: {e:?}`); `Err(message)`: it panicked with `message`
/// (the payload as the panic hook shows it).
#[lang = "ferric_test_start"]
fn test_start<T: Termination + 'static>(test: fn() -> T, name: &'static str) -> Result<bool, String> {
    let spawned = crate::thread::Builder::new()
        .name(String::from(name))
        .spawn(move || test().report().to_i32() == 0);
    match spawned {
        Ok(handle) => match handle.join() {
            Ok(passed) => Ok(passed),
            Err(payload) => Err(String::from(crate::panicking::payload_as_str(&*payload))),
        },
        Err(e) => Err(crate::fmt::format(format_args!("failed to spawn thread: {e}"))),
    }
}
