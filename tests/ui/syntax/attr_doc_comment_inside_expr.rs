fn f() -> i32 {
    let x = 1 //! note
    x
}
fn g() -> i32 {
    3 /** hm */
}
fn main(){}
