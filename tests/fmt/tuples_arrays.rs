fn main() {
    let t = (1,);
    let u = (1, 2, 3);
    let v = ();
    let long_tuple = (first_element_value, second_element_value, third_element_value, fourth_one);
    let a = [1, 2, 3];
    let b = [0; 10];
    let c = [[1, 2], [3, 4]];
    let d = [first_array_element, second_array_element, third_array_element, fourth_element];
    let nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30];
    let strs = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"];
    let (x, y): (u32, u32) = (0, 0);
    let e = t.0 + u.2;
}
