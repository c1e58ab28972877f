// rustfmt::skip on items, statements, arms, fields and through inner attributes.
#[rustfmt::skip]
mod m {
    fn   a( ) {  }
}
#[rustfmt::skip]
impl   X { fn  y() {} }
fn f() {
    #[rustfmt::skip]
    let   x   =   [1,
        2];
    #[rustfmt::skip]
    {  a(); }
    let y = #[rustfmt::skip] (  1 + 2 );
    match x {
        #[rustfmt::skip]
        A   =>   {   }
        B=>{}
    }
}
#[rustfmt::skip::macros(html)]
fn g() { html!(  <div>  </div>  ); foo!(  a  ); }
struct S {
    #[rustfmt::skip]
    a   :   u32,
    b:u32,
}
mod m {
    #![rustfmt::skip]
    fn   a( ) {  }
}
fn   b( ) {  }
fn f() {
    #![rustfmt::skip]
    let   x=1;
}
impl X {
    #![rustfmt::skip]
    fn   a( ) {}
}
trait T {
    #![rustfmt::skip]
    fn   a( ) ;
}
extern "C" {
    #![rustfmt::skip]
    fn   a( ) ;
}
fn   g( ) {}
