// A tiny binary protocol decoder: message kinds are associated constants of marker types,
// matched through qualified paths (`<Ping as Kind>::TAG`) and `Self::` variants.
trait Kind {
    const TAG: u8;
    const NAME: &'static str;
}

struct Ping;
struct Data;
struct Close;

impl Kind for Ping { const TAG: u8 = 0x01; const NAME: &'static str = "PING"; }
impl Kind for Data { const TAG: u8 = 0x02; const NAME: &'static str = "DATA"; }
impl Kind for Close { const TAG: u8 = 0xFF; const NAME: &'static str = "CLOSE"; }

#[derive(Debug, PartialEq)]
enum Msg {
    Ping(u16),
    Data { channel: u8, payload: Vec<u8> },
    Close,
}

#[derive(Debug, PartialEq)]
enum DecodeError {
    Truncated { needed: usize, had: usize },
    UnknownTag(u8),
    Checksum { expected: u8, found: u8 },
}

impl Msg {
    fn tag(&self) -> u8 {
        match self {
            Self::Ping(_) => Ping::TAG,
            Self::Data { .. } => Data::TAG,
            Self::Close => Close::TAG,
        }
    }
    fn name(&self) -> &'static str {
        match self.tag() {
            <Ping as Kind>::TAG => Ping::NAME,
            <Data as Kind>::TAG => <Data as Kind>::NAME,
            _ => Close::NAME,
        }
    }
    fn encode(&self) -> Vec<u8> {
        let mut out = vec![self.tag()];
        match self {
            Self::Ping(seq) => out.extend_from_slice(&seq.to_be_bytes()),
            Self::Data { channel, payload } => {
                out.push(*channel);
                out.push(payload.len() as u8);
                out.extend(payload);
            }
            Self::Close => {}
        }
        let sum = out.iter().fold(0u8, |a, &b| a.wrapping_add(b));
        out.push(sum);
        out
    }
}

fn need(buf: &[u8], n: usize) -> Result<(), DecodeError> {
    if buf.len() < n { Err(DecodeError::Truncated { needed: n, had: buf.len() }) } else { Ok(()) }
}

fn decode(buf: &[u8]) -> Result<(Msg, usize), DecodeError> {
    need(buf, 1)?;
    let (msg, len) = match buf[0] {
        <Ping as Kind>::TAG => {
            need(buf, 3)?;
            (Msg::Ping(u16::from_be_bytes([buf[1], buf[2]])), 3)
        }
        <Data as Kind>::TAG => {
            need(buf, 3)?;
            let n = buf[2] as usize;
            need(buf, 3 + n)?;
            (Msg::Data { channel: buf[1], payload: buf[3..3 + n].to_vec() }, 3 + n)
        }
        <Close as Kind>::TAG => (Msg::Close, 1),
        other => return Err(DecodeError::UnknownTag(other)),
    };
    need(buf, len + 1)?;
    let expected = buf[..len].iter().fold(0u8, |a, &b| a.wrapping_add(b));
    if buf[len] != expected {
        return Err(DecodeError::Checksum { expected, found: buf[len] });
    }
    Ok((msg, len + 1))
}

fn main() {
    let msgs = vec![Msg::Ping(258), Msg::Data { channel: 7, payload: b"hello".to_vec() }, Msg::Close];
    let mut stream = Vec::new();
    for m in &msgs {
        let e = m.encode();
        println!("{:<5} {:02x?}", m.name(), e);
        stream.extend(e);
    }
    let mut pos = 0;
    while pos < stream.len() {
        match decode(&stream[pos..]) {
            Ok((m, used)) => {
                println!("decoded {:?} ({} bytes)", m, used);
                pos += used;
            }
            Err(e) => {
                println!("error {:?}", e);
                break;
            }
        }
    }
    let mut corrupt = msgs[1].encode();
    corrupt[4] ^= 0x20;
    for bad in [&corrupt[..], &[0x02, 1][..], &[0x09, 0, 0][..], &[][..]] {
        println!("{:?}", decode(bad));
    }
    println!("{} {} {}", Ping::TAG, <Close as Kind>::TAG, Data::NAME.to_lowercase());
}
