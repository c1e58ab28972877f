

fn a() {}



fn b() {


    let x = 1;



    let y = 2;


}
fn c() {}
struct S {


    a: i32,



    b: i32,
}



