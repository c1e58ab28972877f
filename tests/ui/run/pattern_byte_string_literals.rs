// Byte string literals as patterns, against slices and references to arrays.
fn kind(frame: &[u8]) -> &'static str {
    match frame {
        b"PING" => "ping",
        b"PONG" => "pong",
        b"" => "empty",
        [0, 1] => "handshake",
        _ => "payload",
    }
}

fn main() {
    let frames: [&[u8]; 5] = [b"PING", b"PONG", b"\x00\x01", b"data", b""];
    for f in frames {
        println!("{:?} {}", f, kind(f));
    }
    let a: [u8; 3] = *b"abc";
    match &a {
        b"abc" => println!("ref to array matched"),
        _ => println!("no"),
    }
    match &a {
        b"xyz" => println!("wrong"),
        [b'a', rest @ ..] => println!("rest {:?}", rest),
        _ => {}
    }
}
