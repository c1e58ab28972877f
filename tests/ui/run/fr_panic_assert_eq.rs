#[derive(Debug, PartialEq)]
struct Version {
    major: u32,
    minor: u32,
    tag: Option<String>,
}

fn parse_version(s: &str) -> Version {
    let (core, tag) = match s.split_once('-') {
        Some((c, t)) => (c, Some(t.to_string())),
        None => (s, None),
    };
    let mut parts = core.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    Version { major: parts.next().unwrap_or(0), minor: parts.next().unwrap_or(0), tag }
}

fn main() {
    let a = parse_version("1.2-beta");
    assert_eq!(a, Version { major: 1, minor: 2, tag: Some("beta".into()) });
    assert_ne!(a.major, a.minor, "major and minor should differ");
    assert!(a.tag.is_some());
    println!("checks passed for {:?}", a);
    let b = parse_version("2.x");
    assert_eq!(b, Version { major: 2, minor: 1, tag: None }, "parsing {:?} gave wrong minor", "2.x");
    println!("unreachable");
}
