// lazy_static! is formatted as a list of statics; other brace macros are left as written.
lazy_static! {
  static ref A: u32 = 1;
    pub static ref B: HashMap<u32, String> = { let mut m = HashMap::new(); m.insert(1, "a".to_string()); m };
  pub(crate) static ref C : Vec<u8> = vec![1,2,3]
}
lazy_static::lazy_static! { static ref D: u32 = 1; }
lazy_static! { }
lazy_static! {
    // comment
    static ref E: u32 = 1;
}
lazy_static! { #[doc="x"] static ref F: u32 = 1; }
fn f() {
    lazy_static! { static ref G: u32 = 1; }
    let x = lazy_static!(static ref H: u32 = 1;);
}
cfg_if! { if #[cfg(unix)] { fn a() {} } else { fn b() {} } }
fn g() { select! { a = x => 1, default => 2 } }
fn trailing_plus() { stringify!(( foo+ )); stringify!(( dyn foo+ )); x!(Box<dyn A+>); }
