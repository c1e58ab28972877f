mod outer {
pub mod inner {
    pub fn f() {}
        pub(crate) struct S;
  }
   pub(super) fn g() { inner::f() }
  mod empty {}
  mod with_comment {
      // only a comment
  }
}
pub mod api { pub use super::outer::*; }
#[cfg(test)] mod tests { use super::*; #[test] fn it_works() { assert_eq!(2 + 2, 4); } }
