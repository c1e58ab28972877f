// From/Into/TryFrom/FromStr/AsRef implementations for a domain type.
use std::convert::TryFrom;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Ipv4([u8; 4]);

#[derive(Debug, PartialEq)]
enum IpError {
    Parts(usize),
    Octet(String),
}

impl From<[u8; 4]> for Ipv4 {
    fn from(octets: [u8; 4]) -> Self {
        Ipv4(octets)
    }
}

impl From<Ipv4> for u32 {
    fn from(ip: Ipv4) -> u32 {
        u32::from_be_bytes(ip.0)
    }
}

impl From<u32> for Ipv4 {
    fn from(n: u32) -> Self {
        Ipv4(n.to_be_bytes())
    }
}

impl FromStr for Ipv4 {
    type Err = IpError;
    fn from_str(s: &str) -> Result<Self, IpError> {
        let parts: Vec<&str> = s.split('.').collect();
        if parts.len() != 4 {
            return Err(IpError::Parts(parts.len()));
        }
        let mut out = [0u8; 4];
        for (slot, p) in out.iter_mut().zip(&parts) {
            *slot = p.parse().map_err(|_| IpError::Octet(p.to_string()))?;
        }
        Ok(Ipv4(out))
    }
}

impl TryFrom<&[u8]> for Ipv4 {
    type Error = IpError;
    fn try_from(b: &[u8]) -> Result<Self, IpError> {
        <[u8; 4]>::try_from(b).map(Ipv4).map_err(|_| IpError::Parts(b.len()))
    }
}

impl AsRef<[u8]> for Ipv4 {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Display for Ipv4 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let [a, b, c, d] = self.0;
        write!(f, "{}.{}.{}.{}", a, b, c, d)
    }
}

fn checksum(data: impl AsRef<[u8]>) -> u32 {
    data.as_ref().iter().map(|&b| b as u32).sum()
}

fn main() {
    for s in ["192.168.1.20", "10.0.0", "1.2.3.999", "8.8.8.8"] {
        match s.parse::<Ipv4>() {
            Ok(ip) => {
                let n: u32 = ip.into();
                println!("{} -> {} -> {}", s, n, Ipv4::from(n + 1));
            }
            Err(e) => println!("{} -> {:?}", s, e),
        }
    }
    let raw: &[u8] = &[127, 0, 0, 1];
    let lo = Ipv4::try_from(raw).unwrap();
    println!("{} checksum {}", lo, checksum(lo));
    println!("{:?}", Ipv4::try_from(&raw[..3]));
    let mut ips: Vec<Ipv4> = vec![[10, 0, 0, 2].into(), Ipv4::from(0x0A000001), [9, 255, 255, 255].into()];
    ips.sort();
    let shown: Vec<String> = ips.iter().map(ToString::to_string).collect();
    println!("{}", shown.join(" < "));
}
