// Slicing arrays, vectors and strings with every range form.

fn window_sums(data: &[i32], width: usize) -> Vec<i32> {
    let mut sums = Vec::new();
    for start in 0..=data.len() - width {
        sums.push(data[start..start + width].iter().sum());
    }
    sums
}

fn split_header(packet: &[u8]) -> (&[u8], &[u8]) {
    let len = packet[0] as usize;
    (&packet[1..=len], &packet[len + 1..])
}

fn main() {
    let data = [5, 3, 8, 1, 9, 2, 7];
    println!("full    {:?}", &data[..]);
    println!("[2..5]  {:?}", &data[2..5]);
    println!("[..3]   {:?}", &data[..3]);
    println!("[4..]   {:?}", &data[4..]);
    println!("[1..=3] {:?}", &data[1..=3]);
    println!("[..=1]  {:?}", &data[..=1]);
    println!("[7..]   {:?}", &data[7..]);
    println!("[3..3]  {:?}", &data[3..3]);

    println!("window sums (3): {:?}", window_sums(&data, 3));

    let mut v: Vec<i32> = (1..=10).collect();
    v[..5].reverse();
    println!("reverse first half: {:?}", v);
    v[5..].fill(0);
    println!("zero second half: {:?}", v);
    let (left, right) = v.split_at_mut(3);
    left[0] += right[0];
    println!("after split_at_mut: {:?}", v);
    v.drain(2..4);
    println!("after drain(2..4): {:?}", v);
    v.truncate(4);
    let tail = v[1..].to_vec();
    println!("tail of truncated: {:?}", tail);

    let text = "hello, wonderful world";
    println!("[..5] = {:?}", &text[..5]);
    println!("[7..16] = {:?}", &text[7..16]);
    println!("[17..] = {:?}", &text[17..]);
    let comma = text.find(',').unwrap();
    println!("before comma {:?}, after comma {:?}", &text[..comma], &text[comma + 2..]);

    let utf = "naïve café";
    let idx = utf.char_indices().nth(3).map(|(i, _)| i).unwrap();
    println!("first three chars: {:?} (byte len {})", &utf[..idx], idx);
    println!("bytes 0..=2 = {:?}", &utf.as_bytes()[0..=2]);

    let packet = [3u8, 0xCA, 0xFE, 0x01, b'h', b'i'];
    let (header, body) = split_header(&packet);
    println!("header {:02x?} body {:?}", header, std::str::from_utf8(body).unwrap());

    let matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let middle: Vec<&[i32]> = matrix[1..].iter().map(|row| &row[..2]).collect();
    println!("sub-matrix: {:?}", middle);
}
