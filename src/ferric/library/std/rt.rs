//! Runtime services (`std::rt`): the entry point rustc's generated `main` calls
//! (`lang_start`, lang item `start`), and the cleanup at exit.
//!
//! `lang_start` registers the main thread (so that it is `ThreadId(1)` named "main"),
//! runs `main` under `catch_unwind`, turns its result into an exit code through
//! `Termination` (101 after a panic), and flushes stdout. The process then exits with
//! that code (done by whoever called `lang_start`: the backend's program entry).

use crate::mem;
use crate::ops::Fn;
use crate::panic;
use crate::process::Termination;
use crate::result::Result::{Err, Ok};

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

