fn main() {
    let x: i32 = (
        1,
        2,
    );
    let y: i32 =
        (
            1,
            2,
        );
}
