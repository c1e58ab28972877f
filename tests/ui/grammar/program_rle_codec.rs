// Run-length encoding and a base64 encoder over bytes: byte literals, byte
// strings, shifts and masks, chunked iteration, and round-trip checks.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn rle_encode(data: &[u8]) -> Vec<(u8, u8)> {
    let mut out: Vec<(u8, u8)> = Vec::new();
    for &b in data {
        match out.last_mut() {
            Some((last, n)) if *last == b && *n < u8::MAX => *n += 1,
            _ => out.push((b, 1)),
        }
    }
    out
}

fn rle_decode(runs: &[(u8, u8)]) -> Vec<u8> {
    runs.iter().flat_map(|&(b, n)| std::iter::repeat(b).take(n as usize)).collect()
}

fn rle_text(runs: &[(u8, u8)]) -> String {
    runs.iter().map(|&(b, n)| if n == 1 { (b as char).to_string() } else { format!("{}{}", n, b as char) }).collect()
}

fn base64(data: &[u8]) -> String {
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 0x3F) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn unbase64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for quad in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        let mut pad = 0;
        for &ch in quad {
            let v = match ch {
                b'A'..=b'Z' => ch - b'A',
                b'a'..=b'z' => ch - b'a' + 26,
                b'0'..=b'9' => ch - b'0' + 52,
                b'+' => 62,
                b'/' => 63,
                b'=' => {
                    pad += 1;
                    0
                }
                _ => return None,
            };
            n = n << 6 | v as u32;
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Some(out)
}

fn main() {
    let samples: [&[u8]; 4] = [b"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", b"abc", b"", b"aaaa\n\n\xff\xff"];
    for s in samples {
        let runs = rle_encode(s);
        let ok = rle_decode(&runs) == s;
        println!("{:>3} bytes -> {:>2} runs {:?} round-trip {}", s.len(), runs.len(), rle_text(&runs).escape_debug().to_string(), ok);
    }
    let long = vec![b'z'; 300];
    println!("300 z's -> {:?}", rle_encode(&long));

    for text in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."] {
        let enc = base64(text.as_bytes());
        let dec = unbase64(&enc).map(|v| String::from_utf8(v).unwrap());
        println!("{:<28} {:<40} {}", format!("{:?}", text), enc, dec.as_deref() == Some(text));
    }
    println!("binary: {}", base64(&[0x00, 0xff, 0x10, b'\x80', b'\t']));
    println!("invalid: {:?}", unbase64("ab$d"));
}
