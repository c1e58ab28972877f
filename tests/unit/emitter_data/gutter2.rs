fn main() {
    // padding line 2
    // padding line 3
    // padding line 4
    // padding line 5
    // padding line 6
    // padding line 7
    // padding line 8
    // padding line 9
    // padding line 10
    let a: i32 = "ten";
}
