

use std::io;



fn a() {}
fn b() {}



fn c() {


    let x = 1;



    let y = 2;


}



struct S;
