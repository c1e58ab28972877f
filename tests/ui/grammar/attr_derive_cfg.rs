#![allow(unused_variables)]
#![allow(clippy::needless_return)]
// Common attributes: derive, cfg, cfg_attr, inline, must_use, allow, deprecated.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
struct Version {
    major: u8,
    minor: u8,
    patch: u8,
}

#[cfg_attr(debug_assertions, derive(Debug))]
#[cfg_attr(not(debug_assertions), derive(Clone))]
struct BuildInfo {
    profile: &'static str,
}

#[cfg(debug_assertions)]
fn profile() -> &'static str {
    "debug"
}

#[cfg(not(debug_assertions))]
fn profile() -> &'static str {
    "release"
}

#[cfg(all(unix, target_pointer_width = "64"))]
const PLATFORM_OK: bool = true;
#[cfg(not(all(unix, target_pointer_width = "64")))]
const PLATFORM_OK: bool = true;

#[cfg(feature = "nonexistent")]
fn never_compiled() -> i32 {
    this_would_not_typecheck()
}

#[inline]
fn bump(v: Version) -> Version {
    Version { patch: v.patch + 1, ..v }
}

#[inline(always)]
fn is_stable(v: &Version) -> bool {
    v.major >= 1
}

#[inline(never)]
#[must_use = "the parsed version should be checked"]
fn parse(s: &str) -> Option<Version> {
    let mut it = s.split('.').map(|p| p.parse::<u8>().ok());
    let v = Version { major: it.next()??, minor: it.next()??, patch: it.next()?? };
    return Some(v);
}

#[deprecated(note = "use parse instead")]
#[allow(dead_code)]
fn old_parse(_s: &str) -> Version {
    Version::default()
}

#[derive(Debug)]
#[must_use]
struct Token(u32);

fn main() {
    let unused_but_allowed = 5;
    let info = BuildInfo { profile: profile() };
    println!("{:?} (profile {})", info, info.profile);
    println!("platform ok: {}", PLATFORM_OK);
    println!("cfg!(debug_assertions) = {}", cfg!(debug_assertions));
    println!("cfg!(feature = \"nonexistent\") = {}", cfg!(feature = "nonexistent"));

    let mut versions: Vec<Version> = ["1.2.3", "0.9.12", "1.10.0", "1.2.x", "2.0.0"]
        .iter()
        .filter_map(|s| parse(s))
        .collect();
    versions.sort();
    for v in &versions {
        println!("{}.{}.{} stable={} next={:?}", v.major, v.minor, v.patch, is_stable(v), bump(*v).patch);
    }
    println!("max {:?}", versions.iter().max());
    println!("default {:?}", Version::default());
    let t = Token(7);
    println!("{:?} holds {}", t, t.0);
    #[allow(deprecated)]
    let legacy = old_parse("1.0.0");
    println!("legacy {:?}", legacy);
}
