//! The standard macros, adapted from real std (library/core/src/macros/mod.rs,
//! library/std/src/macros.rs, library/alloc/src/macros.rs, library/core/src/panic.rs).
//!
//! Every macro expands to `$crate::...` paths, so it works the same from user crates and
//! from inside std. Macros marked `#[rustc_builtin_macro]` are implemented by the expander
//! (ferric.expand.builtin); their bodies here are placeholders, as in real core, except
//! `panic!` and `unreachable!` whose bodies are the edition-2021 expansion (the expander may
//! route a 2015/2018 call site to `panic_2015!` / `unreachable_2015!` instead, as rustc does).
//!
//! Contracts with the other half of std (items this file's expansions name):
//! - `$crate::io::_print(args: fmt::Arguments<'_>)`, `$crate::io::_eprint(args: fmt::Arguments<'_>)`
//! - `$crate::vec::from_elem<T: Clone>(elem: T, n: usize) -> Vec<T>`
//! - `$crate::boxed::box_new<T>(x: T) -> Box<T>` (the `[..]` of `vec![a, b]` boxed, then
//!   `<[T]>::into_vec`, declared in `slice`)
//! - `$crate::thread::LocalKey<T>` with
//!   `impl<T: 'static> LocalKey<T> { pub const unsafe fn new(init: fn() -> T) -> LocalKey<T> }`
//!   (ferric's shape of the hidden constructor: the lazy initialiser of the thread-local).

// ---------------------------------------------------------------------------------------
// Compiler built-ins (implemented by the expander). Real core declares them the same way.
// ---------------------------------------------------------------------------------------

#[rustc_builtin_macro]
#[macro_export]
macro_rules! compile_error {
    ($msg:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! format_args {
    ($fmt:expr) => {{ /* compiler built-in */ }};
    ($fmt:expr, $($args:tt)*) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
#[doc(hidden)]
macro_rules! const_format_args {
    ($fmt:expr) => {{ /* compiler built-in */ }};
    ($fmt:expr, $($args:tt)*) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
#[doc(hidden)]
macro_rules! format_args_nl {
    ($fmt:expr) => {{ /* compiler built-in */ }};
    ($fmt:expr, $($args:tt)*) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! env {
    ($name:expr $(,)?) => {{ /* compiler built-in */ }};
    ($name:expr, $error_msg:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! option_env {
    ($name:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! concat {
    ($($e:expr),* $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! line {
    () => {
        /* compiler built-in */
    };
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! column {
    () => {
        /* compiler built-in */
    };
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! file {
    () => {
        /* compiler built-in */
    };
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! stringify {
    ($($t:tt)*) => {
        /* compiler built-in */
    };
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! include_str {
    ($file:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! include_bytes {
    ($file:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! module_path {
    () => {
        /* compiler built-in */
    };
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! cfg {
    ($($cfg:tt)*) => {
        /* compiler built-in */
    };
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! include {
    ($file:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! assert {
    ($cond:expr $(,)?) => {{ /* compiler built-in */ }};
    ($cond:expr, $($arg:tt)+) => {{ /* compiler built-in */ }};
}

// ---------------------------------------------------------------------------------------
// Panicking (library/core/src/panic.rs, library/std/src/panic.rs)
// ---------------------------------------------------------------------------------------

/// `panic!`: rustc routes it by the caller's edition to `panic_2015!` or `panic_2021!`
/// (`#[rustc_builtin_macro(std_panic)]`). The body is the 2021 (and 2024) expansion.
#[rustc_builtin_macro(std_panic)]
#[macro_export]
macro_rules! panic {
    ($($arg:tt)*) => {
        $crate::panic_2021!($($arg)*)
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! panic_2015 {
    () => ({
        $crate::panicking::begin_panic("explicit panic")
    });
    ($msg:expr $(,)?) => ({
        $crate::panicking::begin_panic($msg);
    });
    // Special-case the single-argument case for const_panic.
    ("{}", $arg:expr $(,)?) => ({
        $crate::panicking::panic_display(&$arg);
    });
    ($fmt:expr, $($arg:tt)+) => ({
        // Semicolon to prevent temporaries inside the formatting machinery from
        // being considered alive in the caller after the panic_fmt call.
        $crate::panicking::panic_fmt($crate::const_format_args!($fmt, $($arg)+));
    });
}

#[doc(hidden)]
#[macro_export]
macro_rules! panic_2021 {
    () => (
        $crate::panicking::panic("explicit panic")
    );
    // Special-case the single-argument case for const_panic.
    ("{}", $arg:expr $(,)?) => ({
        $crate::panicking::panic_display(&$arg);
    });
    ($($t:tt)+) => ({
        // Semicolon to prevent temporaries inside the formatting machinery from
        // being considered alive in the caller after the panic_fmt call.
        $crate::panicking::panic_fmt($crate::const_format_args!($($t)+));
    });
}

/// `unreachable!`: routed by edition like `panic!` (`#[rustc_builtin_macro(unreachable)]`);
/// the body is the 2021 expansion.
#[rustc_builtin_macro(unreachable)]
#[macro_export]
macro_rules! unreachable {
    ($($arg:tt)*) => {
        $crate::unreachable_2021!($($arg)*)
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! unreachable_2015 {
    () => (
        $crate::panicking::panic("internal error: entered unreachable code")
    );
    // Use of `unreachable_display` for non_fmt_panic lint.
    // NOTE: the message ("internal error ...") is embedded directly in unreachable_display
    ($msg:expr $(,)?) => ({
        $crate::panicking::unreachable_display(&$msg);
    });
    ($fmt:expr, $($arg:tt)*) => (
        $crate::panic!($crate::concat!("internal error: entered unreachable code: ", $fmt), $($arg)*)
    );
}

#[doc(hidden)]
#[macro_export]
macro_rules! unreachable_2021 {
    () => (
        $crate::panicking::panic("internal error: entered unreachable code")
    );
    ($($t:tt)+) => (
        $crate::panic!("internal error: entered unreachable code: {}", $crate::format_args!($($t)+))
    );
}

#[macro_export]
macro_rules! unimplemented {
    () => {
        $crate::panicking::panic("not implemented")
    };
    ($($arg:tt)+) => {
        $crate::panic!("not implemented: {}", $crate::format_args!($($arg)+))
    };
}

#[macro_export]
macro_rules! todo {
    () => {
        $crate::panicking::panic("not yet implemented")
    };
    ($($arg:tt)+) => {
        $crate::panic!("not yet implemented: {}", $crate::format_args!($($arg)+))
    };
}

// ---------------------------------------------------------------------------------------
// Assertions (library/core/src/macros/mod.rs)
// ---------------------------------------------------------------------------------------

#[macro_export]
macro_rules! assert_eq {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    let kind = $crate::panicking::AssertKind::Eq;
                    // The reborrows below are intentional. Without them, the stack slot for the
                    // borrow is initialized even before the values are compared, leading to a
                    // noticeable slow down.
                    $crate::panicking::assert_failed(kind, &*left_val, &*right_val, $crate::option::Option::None);
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    let kind = $crate::panicking::AssertKind::Eq;
                    // The reborrows below are intentional. Without them, the stack slot for the
                    // borrow is initialized even before the values are compared, leading to a
                    // noticeable slow down.
                    $crate::panicking::assert_failed(kind, &*left_val, &*right_val, $crate::option::Option::Some($crate::format_args!($($arg)+)));
                }
            }
        }
    };
}

#[macro_export]
macro_rules! assert_ne {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    let kind = $crate::panicking::AssertKind::Ne;
                    // The reborrows below are intentional. Without them, the stack slot for the
                    // borrow is initialized even before the values are compared, leading to a
                    // noticeable slow down.
                    $crate::panicking::assert_failed(kind, &*left_val, &*right_val, $crate::option::Option::None);
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&($left), &($right)) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    let kind = $crate::panicking::AssertKind::Ne;
                    // The reborrows below are intentional. Without them, the stack slot for the
                    // borrow is initialized even before the values are compared, leading to a
                    // noticeable slow down.
                    $crate::panicking::assert_failed(kind, &*left_val, &*right_val, $crate::option::Option::Some($crate::format_args!($($arg)+)));
                }
            }
        }
    };
}

#[macro_export]
macro_rules! debug_assert {
    ($($arg:tt)*) => {
        if $crate::cfg!(debug_assertions) {
            $crate::assert!($($arg)*);
        }
    };
}

#[macro_export]
macro_rules! debug_assert_eq {
    ($($arg:tt)*) => {
        if $crate::cfg!(debug_assertions) {
            $crate::assert_eq!($($arg)*);
        }
    };
}

#[macro_export]
macro_rules! debug_assert_ne {
    ($($arg:tt)*) => {
        if $crate::cfg!(debug_assertions) {
            $crate::assert_ne!($($arg)*);
        }
    };
}

#[macro_export]
macro_rules! matches {
    ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
        match $expression {
            $pattern $(if $guard)? => true,
            _ => false
        }
    };
}

/// `try!` (editions 2015; a reserved word from 2018 on, reachable only as `r#try!`).
#[macro_export]
#[deprecated(since = "1.39.0", note = "use the `?` operator instead")]
#[doc(alias = "?")]
macro_rules! r#try {
    ($expr:expr $(,)?) => {
        match $expr {
            $crate::result::Result::Ok(val) => val,
            $crate::result::Result::Err(err) => {
                return $crate::result::Result::Err($crate::convert::From::from(err));
            }
        }
    };
}

// ---------------------------------------------------------------------------------------
// Formatting and printing (library/core/src/macros/mod.rs, library/std/src/macros.rs,
// library/alloc/src/macros.rs)
// ---------------------------------------------------------------------------------------

#[macro_export]
macro_rules! write {
    ($dst:expr, $($arg:tt)*) => {
        $dst.write_fmt($crate::format_args!($($arg)*))
    };
    ($($arg:tt)*) => {
        compile_error!("requires a destination and format arguments, like `write!(dest, \"format string\", args...)`")
    };
}

#[macro_export]
macro_rules! writeln {
    ($dst:expr $(,)?) => {
        $crate::write!($dst, "\n")
    };
    ($dst:expr, $($arg:tt)*) => {
        $dst.write_fmt($crate::format_args_nl!($($arg)*))
    };
    ($($arg:tt)*) => {
        compile_error!("requires a destination and format arguments, like `writeln!(dest, \"format string\", args...)`")
    };
}

/// `format!`: real alloc wraps the call in `__export::must_use`, which is
/// `core::hint::must_use`; ferric names it directly.
#[macro_export]
macro_rules! format {
    ($($arg:tt)*) => {
        $crate::hint::must_use({
            $crate::fmt::format($crate::format_args!($($arg)*))
        })
    }
}

#[macro_export]
/*@ std/src/macros.rs:82:0 */
macro_rules! print {
    ($($arg:tt)*) => {{
        $crate::io::_print($crate::format_args!($($arg)*));
    }};
}

#[macro_export]
macro_rules! println {
    () => {
        $crate::print!("\n")
    };
    ($($arg:tt)*) => {{
        $crate::io::_print($crate::format_args_nl!($($arg)*));
    }};
}

#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => {{
        $crate::io::_eprint($crate::format_args!($($arg)*));
    }};
}

#[macro_export]
macro_rules! eprintln {
    () => {
        $crate::eprint!("\n")
    };
    ($($arg:tt)*) => {{
        $crate::io::_eprint($crate::format_args_nl!($($arg)*));
    }};
}

#[macro_export]
macro_rules! dbg {
    // NOTE: We cannot use `concat!` to make a static string as a format argument
    // of `eprintln!` because `file!` could contain a `{` or
    // `$val` expression could be a block (`{ .. }`), in which case the `eprintln!`
    // will be malformed.
    () => {
        $crate::eprintln!("[{}:{}:{}]", $crate::file!(), $crate::line!(), $crate::column!())
    };
    ($val:expr $(,)?) => {
        // Use of `match` here is intentional because it affects the lifetimes
        // of temporaries - https://stackoverflow.com/a/48732525/1063961
        match $val {
            tmp => {
                $crate::eprintln!("[{}:{}:{}] {} = {:#?}",
                    $crate::file!(),
                    $crate::line!(),
                    $crate::column!(),
                    $crate::stringify!($val),
                    // The `&T: Debug` check happens here (not in the format literal desugaring)
                    // to avoid format literal related messages and suggestions.
                    &&tmp as &dyn $crate::fmt::Debug,
                );
                tmp
            }
        }
    };
    ($($val:expr),+ $(,)?) => {
        ($($crate::dbg!($val)),+,)
    };
}

// ---------------------------------------------------------------------------------------
// Collections and thread-locals
// ---------------------------------------------------------------------------------------

/// `vec!` as real alloc wrote it before `write_box_via_move` (1.80 era): the elements are
/// boxed as an array, and the boxed slice becomes the vector without copying.
#[macro_export]
macro_rules! vec {
    () => (
        $crate::vec::Vec::new()
    );
    ($elem:expr; $n:expr) => (
        $crate::vec::from_elem($elem, $n)
    );
    ($($x:expr),+ $(,)?) => (
        <[_]>::into_vec(
            $crate::boxed::box_new([$($x),+])
        )
    );
}

/// `thread_local!`: each declaration becomes a `const` of type `LocalKey<T>` whose
/// initialiser runs lazily, once per thread, on first access (`const { .. }` initialisers
/// are accepted and behave the same).
#[macro_export]
macro_rules! thread_local {
    // empty (base case for the recursion)
    () => {};

    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = const $init:block; $($rest:tt)*) => (
        $crate::thread_local!($(#[$attr])* $vis static $name: $t = $init;);
        $crate::thread_local!($($rest)*);
    );

    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = const $init:block) => (
        $crate::thread_local!($(#[$attr])* $vis static $name: $t = $init;);
    );

    // process multiple declarations
    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = $init:expr; $($rest:tt)*) => (
        $crate::thread_local!($(#[$attr])* $vis static $name: $t = $init);
        $crate::thread_local!($($rest)*);
    );

    // handle a single declaration
    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = $init:expr) => (
        $(#[$attr])* $vis const $name: $crate::thread::LocalKey<$t> = {
            fn __init() -> $t {
                $init
            }
            unsafe { $crate::thread::LocalKey::new(__init) }
        };
    );
}

// ---------------------------------------------------------------------------------------
// Internal helpers for std's own modules (not exported; textually scoped to later modules),
// as real core's library/core/src/internal_macros.rs.
// ---------------------------------------------------------------------------------------

// implements the unary operator "op &T"
// based on "op T" where T is expected to be `Copy`able
macro_rules! forward_ref_unop {
    (impl $imp:ident, $method:ident for $t:ty) => {
        impl $imp for &$t {
            type Output = <$t as $imp>::Output;

            fn $method(self) -> <$t as $imp>::Output {
                $imp::$method(*self)
            }
        }
    };
}

// implements binary operators "&T op U", "T op &U", "&T op &U"
// based on "T op U" where T and U are expected to be `Copy`able
macro_rules! forward_ref_binop {
    (impl $imp:ident, $method:ident for $t:ty, $u:ty) => {
        impl<'a> $imp<$u> for &'a $t {
            type Output = <$t as $imp<$u>>::Output;

            #[track_caller]
            fn $method(self, other: $u) -> <$t as $imp<$u>>::Output {
                $imp::$method(*self, other)
            }
        }

        impl $imp<&$u> for $t {
            type Output = <$t as $imp<$u>>::Output;

            #[track_caller]
            fn $method(self, other: &$u) -> <$t as $imp<$u>>::Output {
                $imp::$method(self, *other)
            }
        }

        impl $imp<&$u> for &$t {
            type Output = <$t as $imp<$u>>::Output;

            #[track_caller]
            fn $method(self, other: &$u) -> <$t as $imp<$u>>::Output {
                $imp::$method(*self, *other)
            }
        }
    };
}

// implements "T op= &U", based on "T op= U"
// where U is expected to be `Copy`able
macro_rules! forward_ref_op_assign {
    (impl $imp:ident, $method:ident for $t:ty, $u:ty) => {
        impl $imp<&$u> for $t {
            #[track_caller]
            fn $method(&mut self, other: &$u) {
                $imp::$method(self, *other);
            }
        }
    };
}
