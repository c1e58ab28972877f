// Array literals around array_width (60), repeat expressions, vec! macros.
fn main() {
    let a = [1, 2, 3];
    let b = [111111, 222222, 333333, 444444, 555555, 666666, 777777, 888888];
    let c = [1111111, 2222222, 3333333, 4444444, 5555555, 6666666, 7777777, 88888888];
    let d = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"];
    let e = [0u8; 1024];
    let f = vec![1, 2, 3, 4];
    let g = vec![0; n];
    let h = vec![String::from("first element"), String::from("second element"), String::new()];
    let i: [[i32; 3]; 3] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let j = [some_function(argument), another_function(argument, second), third(a, b, c)];
    let k = vec![];
    let l = [Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
}
