// Raw strings r"..." / r#"..."# / r##"..."#..."##, byte strings b"...",
// raw byte strings br"..." / br#"..."#, and C strings c"..." (as &CStr).

use std::ffi::CStr;

fn main() {
    let path = r"C:\Users\ferric\notes.txt";
    let regex = r"^\d{3}-\d{4}$";
    let json = r#"{"name": "ferric", "tags": ["rust", "python"]}"#;
    let nested = r##"a raw string containing "# inside"##;
    let deeper = r###"contains "## and "# too"###;
    let multiline = r"first line
second line with \n not an escape";
    println!("{}", path);
    println!("{}", regex);
    println!("{}", json);
    println!("{}", nested);
    println!("{}", deeper);
    println!("{}", multiline);
    println!("{:?}", multiline);
    println!("raw empty {:?} and r#\"\"# {:?}", r"", r#""#);

    // a tiny JSON-ish field extractor over the raw string
    let key = r#""name": ""#;
    if let Some(start) = json.find(key) {
        let rest = &json[start + key.len()..];
        let end = rest.find('"').unwrap();
        println!("name field = {}", &rest[..end]);
    }

    // byte strings are &[u8; N]
    let greeting: &[u8; 5] = b"hello";
    let with_escapes = b"tab\t nul\0 hex\xff quote\" end";
    println!("{:?} len {}", greeting, greeting.len());
    println!("{:?}", with_escapes);
    println!("last hex byte {:#04x}", with_escapes[13]);
    let checksum: u32 = greeting.iter().map(|&b| b as u32).sum();
    println!("checksum {}", checksum);

    let raw_bytes = br"\d+ stays backslash-d";
    let raw_hash_bytes = br#"bytes with "quotes""#;
    println!("{:?}", raw_bytes);
    println!("{}", String::from_utf8_lossy(raw_hash_bytes));
    println!("first raw byte is backslash: {}", raw_bytes[0] == b'\\');

    // C strings are &CStr with an implicit trailing NUL
    let c: &CStr = c"hello";
    println!("{:?}", c);
    println!("bytes {:?}", c.to_bytes());
    println!("with nul {:?}", c.to_bytes_with_nul());
    println!("to_str {:?}", c.to_str());
    let c2 = c"tab\there \xe2\x98\x83 \u{263A}";
    println!("{:?} count {}", c2, c2.count_bytes());
    let raw_c = cr"raw\c string";
    println!("{:?} {}", raw_c, raw_c.to_string_lossy());
    let hashed_c = cr#"say "hi""#;
    println!("{:?}", hashed_c);
}
