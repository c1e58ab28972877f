fn main() {
    let s = "a string literal that is so very long that it cannot possibly fit within the one hundred column limit";
    println!("a string literal that is so very long that it cannot possibly fit within the column limit {}", x);
    let r = r#"raw "string" here"#;
    let m = "multi
line string";
    let b = b"bytes";
    let c = 'c';
    let e = "escapes \n \t \" \\";
    let cont = "line one \
                line two";
    foo("short", "another string argument that makes this call too long for the line", 1234);
}
