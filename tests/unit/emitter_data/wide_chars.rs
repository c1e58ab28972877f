fn main() {
    let 名前 = "日本語のテキスト"; let n: i32 = 名前;
    let s: i32 = "añb😀c";
}
